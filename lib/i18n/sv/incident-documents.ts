// The incident report and the yearly report's sections on incidents, agreements, training and exercises.
export const incidentDocuments = {
  'incidentReport.title': 'Incidentrapport {year}',
  'incidentReport.kind': 'Rapport om incidenter och personuppgiftsincidenter',
  'incidentReport.to': 'Till',
  'incidentReport.period': 'Period',
  'incidentReport.asOf': 'Per',
  'incidentReport.lead':
    '{total, plural, =0 {Inga incidenter} one {# incident} other {# incidenter}} registrerades för {board} under perioden, varav {breaches, plural, =0 {ingen personuppgiftsincident} one {# personuppgiftsincident} other {# personuppgiftsincidenter}}. {open, plural, =0 {Alla är avslutade.} one {# är fortfarande öppen.} other {# är fortfarande öppna.}}',
  'incidentReport.carriedOver':
    '{n, plural, one {# incident från ett tidigare år är fortfarande öppen.} other {# incidenter från tidigare år är fortfarande öppna.}}',
  'incidentReport.overdueClosure':
    '{n, plural, one {# öppen incident har passerat sitt planerade avslut.} other {# öppna incidenter har passerat sitt planerade avslut.}}',
  'incidentReport.restrictedNote':
    'Incidenter är begränsade uppgifter. {n, plural, =0 {Alla incidenter i perioden får visas.} one {# incident räknas med i tabellerna men beskrivs inte i denna handling.} other {# incidenter räknas med i tabellerna men beskrivs inte i denna handling.}}',
  'incidentReport.byMonth': 'Incidenter per månad',
  'incidentReport.byMonthCaption': 'Incidenter per månad {year}, efter upptäcktsdatum',
  'incidentReport.month': 'Månad',
  'incidentReport.total': 'Totalt',
  'incidentReport.breachColumn': 'Varav personuppgiftsincidenter',
  'incidentReport.typeNote':
    'En incident kan drabba flera aspekter och räknas då under var och en, så aspekterna kan summera till mer än totalen.',
  'incidentReport.byType': 'Incidenter per typ',
  'incidentReport.typeColumn': 'Drabbad aspekt',
  'incidentReport.countColumn': 'Antal',
  'incidentReport.type':
    '{type, select, confidentiality {Konfidentialitet} integrity {Riktighet} availability {Tillgänglighet} other {{type}}}',
  'incidentReport.breaches': 'Personuppgiftsincidenter och anmälan till {authority}',
  'incidentReport.breachesLead':
    'En personuppgiftsincident ska anmälas till {authority} inom 72 timmar från upptäckten, om den inte osannolikt medför risk för de registrerade (art. 33 GDPR).',
  'incidentReport.noBreaches': 'Inga personuppgiftsincidenter registrerades under perioden.',
  'incidentReport.outcomeColumn': 'Utfall',
  'incidentReport.notified': 'Anmälda till {authority}',
  'incidentReport.band':
    '{band, select, within24 {varav inom 24 timmar} within72 {varav efter 24–72 timmar} other {varav senare än 72 timmar}}',
  'incidentReport.notNotified': 'Inte anmälda, med dokumenterat skäl',
  'incidentReport.pending': 'Varken anmälda eller med dokumenterat skäl',
  'incidentReport.informed': 'De registrerade informerades (art. 34)',
  'incidentReport.protectedIdentities': 'Skyddade personuppgifter berördes',
  'incidentReport.specialCategories': 'Känsliga personuppgifter berördes',
  'incidentReport.timesCaption': 'Tid från upptäckt till anmälan, för incidenter som får visas',
  'incidentReport.incidentColumn': 'Incident',
  'incidentReport.discoveredColumn': 'Upptäckt',
  'incidentReport.notifiedColumn': 'Anmäld',
  'incidentReport.hoursColumn': 'Timmar',
  'incidentReport.hours': '{hours, number} h',
  'incidentReport.late': 'Senare än 72 timmar',
  'incidentReport.notNotifiedShort': 'Inte anmäld',
  'incidentReport.pendingShort': 'Beslut saknas',
  'incidentReport.restrictedBreaches':
    '{n, plural, one {# personuppgiftsincident är begränsad och räknas bara med i sammanställningen ovan.} other {# personuppgiftsincidenter är begränsade och räknas bara med i sammanställningen ovan.}}',
  'incidentReport.listed': 'Incidenter som får visas',
  'incidentReport.systemsColumn': 'System',
  'incidentReport.statusColumn': 'Status',
  'incidentReport.closedOn': 'Avslutad {date}',
  'incidentReport.openNow': 'Öppen',
  'incidentReport.breachMark': 'personuppgiftsincident',
  'incidentReport.followUp': 'Åtgärder och lärdomar',
  'incidentReport.actionsSummary':
    '{n, plural, =0 {Inga åtgärder är registrerade.} other {{n, plural, one {# åtgärd är registrerad} other {# åtgärder är registrerade}}. Klara: {done}. Pågående eller planerade: {open}.}}',
  'incidentReport.actionsOverdue':
    '{n, plural, one {# åtgärd har passerat sitt datum.} other {# åtgärder har passerat sitt datum.}}',
  'incidentReport.actionColumn': 'Åtgärd',
  'incidentReport.ownerColumn': 'Ansvarig',
  'incidentReport.dueColumn': 'Klar senast',
  'incidentReport.overdue': 'försenad',
  'incidentReport.actionStatus':
    '{status, select, planned {Planerad} in_progress {Pågår} done {Klar} cancelled {Avbruten} other {{status}}}',
  'incidentReport.lessons': 'Lärdomar',
  'incidentReport.lessonsRestricted':
    '{n, plural, =0 {} one {Därtill finns # lärdom från begränsade incidenter.} other {Därtill finns # lärdomar från begränsade incidenter.}}',
  'incidentReport.noLessons': 'Inga lärdomar är registrerade för incidenter som får visas.',
} as const;
