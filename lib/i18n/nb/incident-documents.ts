import type { incidentDocuments as sv } from '../sv/incident-documents.js';

// "Avvik" is what Norwegian municipalities call incidents; a personal-data breach is "brudd på
// personopplysningssikkerheten" (personvernforordningen art. 33), "personvernbrudd" for short.
export const incidentDocuments: Record<keyof typeof sv, string> = {
  'incidentReport.title': 'Avviksrapport {year} – {board}',
  'incidentReport.kind': 'Rapport om avvik og brudd på personopplysningssikkerheten',
  'incidentReport.to': 'Til',
  'incidentReport.period': 'Periode',
  'incidentReport.asOf': 'Per',
  'incidentReport.lead':
    '{total, plural, =0 {Ingen avvik ble registrert for {board} i perioden.} one {# avvik ble registrert for {board} i perioden, hvorav {breaches, plural, =0 {ingen personvernbrudd} one {# personvernbrudd} other {# personvernbrudd}}. {open, plural, =0 {Det er lukket.} other {Det er fortsatt åpent.}}} other {# avvik ble registrert for {board} i perioden, hvorav {breaches, plural, =0 {ingen personvernbrudd} one {# personvernbrudd} other {# personvernbrudd}}. {open, plural, =0 {Alle er lukket.} one {# er fortsatt åpent.} other {# er fortsatt åpne.}}}}',
  'incidentReport.carriedOver':
    '{n, plural, one {# avvik fra et tidligere år er fortsatt åpent.} other {# avvik fra tidligere år er fortsatt åpne.}}',
  'incidentReport.overdueClosure':
    '{n, plural, one {# åpent avvik har passert planlagt lukking.} other {# åpne avvik har passert planlagt lukking.}}',
  'incidentReport.restrictedNote':
    'Avvik er skjermede opplysninger. {n, plural, =0 {Alle avvik i perioden kan vises.} one {# avvik telles med i tabellene, men beskrives ikke i dette dokumentet.} other {# avvik telles med i tabellene, men beskrives ikke i dette dokumentet.}}',
  'incidentReport.byMonth': 'Avvik per måned',
  'incidentReport.byMonthCaption': 'Avvik per måned {year}, etter dato for oppdagelse',
  'incidentReport.month': 'Måned',
  'incidentReport.total': 'Totalt',
  'incidentReport.breachColumn': 'Hvorav personvernbrudd',
  'incidentReport.typeNote':
    'Et avvik kan ramme flere aspekter og telles da under hvert av dem, så aspektene kan summere til mer enn totalen.',
  'incidentReport.byType': 'Avvik per type',
  'incidentReport.typeColumn': 'Rammet aspekt',
  'incidentReport.countColumn': 'Antall',
  'incidentReport.type':
    '{type, select, confidentiality {Konfidensialitet} integrity {Integritet} availability {Tilgjengelighet} other {{type}}}',
  'incidentReport.breaches': 'Personvernbrudd og melding til {authority}',
  'incidentReport.breachesLead':
    'Et brudd på personopplysningssikkerheten skal meldes til {authority} innen 72 timer etter at det ble oppdaget, med mindre det er usannsynlig at det medfører risiko for de registrerte (art. 33 GDPR).',
  'incidentReport.noBreaches': 'Ingen personvernbrudd ble registrert i perioden.',
  'incidentReport.outcomeColumn': 'Utfall',
  'incidentReport.notified': 'Meldt til {authority}',
  'incidentReport.band':
    '{band, select, within24 {hvorav innen 24 timer} within72 {hvorav etter 24–72 timer} other {hvorav senere enn 72 timer}}',
  'incidentReport.notNotified': 'Ikke meldt, med dokumentert grunn',
  'incidentReport.pending': 'Verken meldt eller med dokumentert grunn',
  'incidentReport.informed': 'De registrerte ble informert (art. 34)',
  'incidentReport.protectedIdentities': 'Opplysninger om personer med skjermede adresser var berørt',
  'incidentReport.specialCategories': 'Særlige kategorier av personopplysninger var berørt',
  'incidentReport.timesCaption': 'Tid fra oppdagelse til melding, for avvik som kan vises',
  'incidentReport.incidentColumn': 'Avvik',
  'incidentReport.discoveredColumn': 'Oppdaget',
  'incidentReport.notifiedColumn': 'Meldt',
  'incidentReport.hoursColumn': 'Timer',
  'incidentReport.hours': '{hours, number} t',
  'incidentReport.late': 'Senere enn 72 timer',
  'incidentReport.notNotifiedShort': 'Ikke meldt',
  'incidentReport.pendingShort': 'Beslutning mangler',
  'incidentReport.restrictedBreaches':
    '{n, plural, one {# personvernbrudd er skjermet og telles bare med i sammenstillingen over.} other {# personvernbrudd er skjermet og telles bare med i sammenstillingen over.}}',
  'incidentReport.listed': 'Avvik som kan vises',
  'incidentReport.systemsColumn': 'System',
  'incidentReport.statusColumn': 'Status',
  'incidentReport.closedOn': 'Lukket {date}',
  'incidentReport.openNow': 'Åpent',
  'incidentReport.breachMark': 'personvernbrudd',
  'incidentReport.followUp': 'Tiltak og læring',
  'incidentReport.actionsSummary':
    '{n, plural, =0 {Ingen tiltak er registrert.} other {{n, plural, one {# tiltak er registrert} other {# tiltak er registrert}}. Fullført: {done}. Pågående eller planlagt: {open}.}}',
  'incidentReport.actionsOverdue':
    '{n, plural, one {# tiltak har passert fristen.} other {# tiltak har passert fristen.}}',
  'incidentReport.actionColumn': 'Tiltak',
  'incidentReport.ownerColumn': 'Ansvarlig',
  'incidentReport.dueColumn': 'Frist',
  'incidentReport.overdue': 'forsinket',
  'incidentReport.actionStatus':
    '{status, select, planned {Planlagt} in_progress {Pågår} done {Fullført} cancelled {Avbrutt} other {{status}}}',
  'incidentReport.lessons': 'Læring',
  'incidentReport.lessonsRestricted':
    '{n, plural, =0 {} one {I tillegg finnes # læringspunkt fra skjermede avvik.} other {I tillegg finnes # læringspunkter fra skjermede avvik.}}',
  'incidentReport.noLessons': 'Ingen læringspunkter er registrert for avvik som kan vises.',
  'yearly.incidents.heading': 'Avvik',
  'yearly.incidents.caption': 'Avvik {year}',
  'yearly.incidents.total': 'Registrerte avvik',
  'yearly.incidents.breaches': 'hvorav personvernbrudd',
  'yearly.incidents.within72': 'meldt til {authority} innen 72 timer',
  'yearly.incidents.late': 'meldt senere enn 72 timer',
  'yearly.incidents.notNotified': 'ikke meldt, med dokumentert grunn',
  'yearly.incidents.pending': 'verken meldt eller med dokumentert grunn',
  'yearly.incidents.open': 'Åpne avvik nå',
  'yearly.incidents.overdue': 'hvorav etter planlagt lukking',
  'yearly.incidents.more':
    '{n, plural, =0 {Avvikene er skjermede opplysninger og telles her bare.} other {Avvikene er skjermede opplysninger og telles her bare. Avviksrapporten viser dem per måned og type, tiden til melding, tiltak og læring.}}',
  'yearly.incidents.none': 'Registeret har ennå ingen avvik (incident/).',
  'yearly.agreements.heading': 'Avtaler som løper ut',
  'yearly.agreements.lead':
    '{total, plural, one {Av # avtale} other {Av # avtaler}} ({processor, plural, one {# databehandleravtale} other {# databehandleravtaler}}) {n, plural, =0 {løper ingen ut før {horizon}.} one {løper # ut før {horizon}, er innenfor oppsigelsestiden eller har løpt ut.} other {løper # ut før {horizon}, er innenfor oppsigelsestiden eller har løpt ut.}}',
  'yearly.agreements.counterparty': 'Motpart',
  'yearly.agreements.typeColumn': 'Type',
  'yearly.agreements.end': 'Sluttdato',
  'yearly.agreements.notice': 'Siste dag for oppsigelse',
  'yearly.agreements.owner': 'Ansvarlig',
  'yearly.agreements.stateColumn': 'Status',
  'yearly.agreements.state':
    '{state, select, expired {Har løpt ut} notice {Innenfor oppsigelsestiden} other {Løper ut innen ett år}}',
  'yearly.agreements.type':
    '{type, select, processor_agreement {Databehandleravtale} supplier_contract {Leverandøravtale} joint_controllership {Felles behandlingsansvar} data_sharing {Avtale om deling} other {{type}}}',
  'yearly.agreements.none': 'Registeret har ennå ingen avtaler (agreement/).',
  'yearly.training.heading': 'Opplæring',
  'yearly.training.lead':
    'Ansatte og folkevalgte skal få opplæring jevnlig, og deltakelsen skal følges opp. Andelen er de som deltok eller fullførte av dem opplæringen var rettet mot, i årets siste opplæring for gruppen.',
  'yearly.training.coverageCaption': 'Opplæring {year} per målgruppe',
  'yearly.training.groupColumn': 'Målgruppe',
  'yearly.training.latestColumn': 'Siste opplæring',
  'yearly.training.shareColumn': 'Andel',
  'yearly.training.share': '{share, number} %',
  'yearly.training.notHeld': 'Ingen opplæring registrert i år',
  'yearly.training.nameColumn': 'Opplæring',
  'yearly.training.dateColumn': 'Dato',
  'yearly.training.participantsColumn': 'Deltok',
  'yearly.training.participants': '{participants, number} av {invited, number}',
  'yearly.training.group':
    '{group, select, staff {Ansatte} managers {Ledere} elected_members {Folkevalgte} crisis_management {Kriseledelsen} specialists {Spesialister} other {{group}}}',
  'yearly.training.none': 'Registeret har ennå ingen opplæring eller øvelser (training/).',
  'yearly.exercises.heading': 'Øvelser',
  'yearly.exercises.lead':
    'Virksomheten bør øve minst én gang i året. Øvelsenes scenarioer og læringspunkter sier hvor virksomheten er sårbar; de vises ikke i dette dokumentet, men finnes i registeret for den som har tilgang.',
  'yearly.exercises.nameColumn': 'Øvelse',
  'yearly.exercises.lessonsColumn': 'Læringspunkter',
  'yearly.exercises.none': 'Ingen øvelse er registrert i år.',
  'processingRegister.agreement':
    'Avtale: {counterparty} ({type}), {end, select, none {løpende} other {til og med {end}}}{reference, select, none {} other {, {reference}}}',
  'processingRegister.agreementRestricted': 'Avtale: skjermet opplysning',
};
