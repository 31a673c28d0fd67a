import type { documentsYearly as sv } from '../sv/documents-yearly.js';

export const documentsYearly: Record<keyof typeof sv, string> = {
  'documents.yearly.kind': 'Årlig oppfølging',
  'documents.yearly.positionAsOf': 'Status per',
  'documents.yearly.kpisUpTo': 'Nøkkeltall til og med',
  'documents.yearly.lead':
    'Rapporten viser status i {gen} systematiske informasjonssikkerhetsarbeid{scoped, select, yes { for {board}} other {}} per {date}. Den bygger på registrene over styringsdokumenter, informasjonsressurser, systemer, behandlinger av personopplysninger, nøkkeltall og revisjonens rapporter.',
  'documents.yearly.inBrief': 'Status i korte trekk',
  'documents.yearly.area': 'Område',
  'documents.yearly.position': 'Status',
  'documents.yearly.documents': 'Styringsdokumenter',
  'documents.yearly.documentsDecided': '{decided} av {n} vedtatt',
  'documents.yearly.documentsOverdue': '{n} har passert datoen for gjennomgang',
  'documents.yearly.documentsNotCommunicated': '{n} er ikke kommunisert etter vedtak',
  'documents.yearly.classification': 'Informasjonsklassifisering',
  'documents.yearly.classified':
    '{classified} av {n, plural, one {# informasjonsressurs er klassifisert} other {# informasjonsressurser er klassifisert}}',
  'documents.yearly.percent': '{value}\u00a0%',
  'documents.yearly.reviewsOverdue':
    '{n, plural, one {# klassifisering skulle vært gjennomgått} other {# klassifiseringer skulle vært gjennomgått}}',
  'documents.yearly.protection': 'Beskyttelse av systemer',
  'documents.yearly.systemsBelow':
    '{below} av {n} systemer har lavere beskyttelse enn informasjonen i dem krever.',
  'documents.yearly.systemsProtected':
    '{n, plural, =0 {Ingen systemer er registrert.} =2 {Begge systemene har minst den beskyttelsen informasjonen i dem krever.} one {Systemet har minst den beskyttelsen informasjonen i det krever.} other {Alle # systemer har minst den beskyttelsen informasjonen i dem krever.}}',
  'documents.yearly.register': 'Behandlingsprotokoll',
  'documents.yearly.processing':
    '{n, plural, one {# behandling} other {# behandlinger}} av personopplysninger.',
  'documents.yearly.dpiaDone':
    '{done} av {n, plural, one {# behandling} other {# behandlinger}} som krever vurdering av personvernkonsekvenser, har en gjennomført.',
  'documents.yearly.noDpiaNeeded': 'Ingen behandling krever vurdering av personvernkonsekvenser.',
  'documents.yearly.indicators': 'Nøkkeltall',
  'documents.yearly.kpisOnTarget': '{onTarget} av {n} nøkkeltall når målet for {quarter}',
  'documents.yearly.kpisMissing': '{n} mangler verdi for kvartalet',
  'documents.yearly.recommendations': 'Revisjonens anbefalinger',
  'documents.yearly.recommendationsOpen': '{n, plural, one {# åpen anbefaling} other {# åpne anbefalinger}}',
  'documents.yearly.actionsDone': '{done} av {n} planlagte tiltak er fullført',
  'documents.yearly.actionsOverdue': '{n} er forsinket',
  'documents.yearly.cycle': 'Årshjul',
  'documents.yearly.documentsIntro':
    'Styringsdokumentene skal være vedtatt, kjent i organisasjonen og gjennomgås jevnlig.',
  'documents.yearly.document': 'Dokument',
  'documents.yearly.type': 'Type',
  'documents.yearly.decision': 'Vedtak',
  'documents.yearly.communicated': 'Kommunisert',
  'documents.yearly.notSinceDecision': 'Ikke etter vedtak',
  'documents.yearly.noDocuments': 'Ingen styringsdokumenter er registrert.',
  'documents.yearly.classificationIntro':
    'Informasjonen klassifiseres av informasjonseieren{perBoard, select, yes { i hvert utvalg} other {}}. Klassifiseringen avgjør hvilken beskyttelse informasjonen og systemene som behandler den trenger, og gjennomgås minst én gang i året.',
  'documents.yearly.board': 'Utvalg',
  'documents.yearly.assets': 'Informasjonsressurser',
  'documents.yearly.classifiedColumn': 'Klassifisert',
  'documents.yearly.share': 'Andel',
  'documents.yearly.reviewsOverdueColumn': 'Forsinkede gjennomganger',
  'documents.yearly.unclassified': 'Informasjonsressurser uten klassifisering',
  'documents.yearly.allClassified': 'Alle informasjonsressurser er klassifisert.',
  'documents.yearly.overdueHeading': 'Klassifiseringer som skulle vært gjennomgått',
  'documents.yearly.reviewDue': 'Skulle gjennomgås senest',
  'documents.yearly.noneOverdue': 'Ingen klassifiseringer har passert datoen for gjennomgang.',
  'documents.yearly.protectionIntro':
    'Et system skal beskyttes minst på det nivået som den mest beskyttelsesverdige informasjonen i systemet krever, aspekt for aspekt.',
  'documents.yearly.aspect': 'Aspekt',
  'documents.yearly.protectionLevel': 'Beskyttelsesnivå',
  'documents.yearly.required': 'Krav',
  'documents.yearly.requiringInformation': 'Informasjon som stiller kravet',
  'documents.yearly.notGiven': 'ikke angitt',
  'documents.yearly.allProtected':
    'Alle systemer i drift har minst den beskyttelsen informasjonen i dem krever.',
  'documents.yearly.restrictedGaps':
    'I tillegg finnes {n, plural, one {# mangel} other {# mangler}} i beskyttelsen av systemer med skjermede opplysninger. De gjengis ikke i dette dokumentet.',
  'documents.yearly.registerHeading': 'Behandlingsprotokoll og personvernkonsekvenser',
  'documents.yearly.organisationController':
    '{org} er behandlingsansvarlig for alle behandlinger av personopplysninger og fører én samlet protokoll.',
  'documents.yearly.delegated': 'Det daglige ansvaret er delegert til rollen {role}.',
  'documents.yearly.boardsNotControllers': 'Utvalgene er ikke behandlingsansvarlige.',
  'documents.yearly.boardsControllers':
    'Hvert utvalg er behandlingsansvarlig og fører sin egen protokoll over behandlinger av personopplysninger.',
  'documents.yearly.dpiaWhen':
    'En vurdering av personvernkonsekvenser (DPIA) kreves når behandlingen omfatter særlige kategorier personopplysninger, beskyttede personopplysninger eller minst to av EDPBs kriterier.',
  'documents.yearly.activities': 'Behandlinger',
  'documents.yearly.withSensitive': 'Med sensitive opplysninger',
  'documents.yearly.needDpia': 'Krever DPIA',
  'documents.yearly.completed': 'Gjennomført',
  'documents.yearly.dpias': 'Vurderinger av personvernkonsekvenser',
  'documents.yearly.grounds': 'Grunn',
  'documents.yearly.notStarted': 'Ikke påbegynt',
  'documents.yearly.missing': 'Mangler',
  'documents.yearly.kpisIntro':
    'Nøkkeltallene følges opp hvert kvartal. {window}; den heltrukne linjen er resultatet og den stiplede linjen målet. Et kvartal uten verdi er markert med en prikket linje.',
  'documents.yearly.figure': 'Figur {n}. {name}.',
  'documents.yearly.figureTarget': 'Mål {target} ({direction}).',
  'documents.yearly.figureResult': 'Resultat {quarter}: {value}.',
  'documents.yearly.figureMissing': 'Verdi mangler for {quarters}.',
  'documents.yearly.openRecommendations': 'Åpne anbefalinger',
  'documents.yearly.openActions': 'Åpne tiltak',
  'documents.yearly.nextDue': 'Neste frist',
  'documents.yearly.noOpenRecommendations': 'Det er ingen åpne anbefalinger.',
  'documents.yearly.restrictedOpen':
    'I tillegg er det {n, plural, one {# åpen anbefaling} other {# åpne anbefalinger}} i revisjoner med skjermede opplysninger.',
  'documents.yearly.overdueActions': 'Forsinkede tiltak',
  'documents.yearly.dueColumn': 'Frist',
  'documents.yearly.noOverdueActions': 'Ingen tiltak er forsinket.',
  'documents.yearly.restrictedOverdue':
    'I tillegg er {n} tiltak i revisjoner med skjermede opplysninger forsinket.',
  'documents.yearly.cycleIntro': 'Det faste arbeidet gjennom året.',
  'documents.yearly.activity': 'Aktivitet',
  'documents.yearly.months': 'Måneder',
  'documents.yearly.noCycle': 'Ingen aktiviteter er registrert i årshjulet.',
};
