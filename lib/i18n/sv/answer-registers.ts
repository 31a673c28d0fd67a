// The bot's answers from the risk, action-plan, agreement, training and incident registers (lib/answer/intents/).
// Swedish defines the keys; nb/ and en/ are typed against them. ICU syntax.
export const answerRegisters = {
  'answer.risk.none': 'Det finns ingen riskanalys av {name} i registret.',
  'answer.risk.others': 'Riskanalyser finns för: {list}.',
  'answer.risk.top': 'De största riskerna i {title} ({date}):',
  'answer.risk.topAll': 'De största riskerna i riskanalyserna:',
  'answer.risk.line':
    '{id}: {threat} Nivå {level}{treatment, select, reduce {, ska minskas} accept {, accepterad} avoid {, ska undvikas} share {, delas} other {, ingen behandling beslutad}}{residual, select, none {} other {, kvarstående nivå {residual}}}.',
  'answer.risk.lineOf': '{title}, {id}: {threat} Nivå {level}.',
  'answer.risk.next': 'Nästa översyn av analysen: {date}. Frågor om den: {who}.',
  'answer.plan.none': 'Ingen åtgärd i handlingsplanen är försenad.',
  'answer.plan.overdue': '{n, plural, one {# åtgärd är försenad:} other {# åtgärder är försenade:}}',
  'answer.plan.open': '{n, plural, one {# åtgärd är öppen:} other {# åtgärder är öppna:}}',
  'answer.plan.line': '{title} – ägare {owner}, klar senast {due}, {status}.',
  'answer.plan.action': 'Åtgärden "{title}" ägs av {owner}. Klar senast {due}; status: {status}.',
  'answer.plan.note': 'Senast: {date} {note}',
  'answer.plan.next': 'Frågor om åtgärden: {owner}.',
  'answer.plan.status':
    '{status, select, planned {planerad} inProgress {pågår} done {klar} cancelled {avbruten} other {{status}}}',
  'answer.agreement.yes': 'Ja: {reference} med {counterparty} omfattar {systems}.',
  'answer.agreement.notWith': 'Nej, inget avtal med {counterparty} omfattar {system}.',
  'answer.agreement.covers': '{system} omfattas av {reference} med {counterparty} ({type}).',
  'answer.agreement.of': '{reference} med {counterparty} ({type}) omfattar {systems}.',
  'answer.agreement.noneFor': 'Det finns inget avtal för {system} i registret.',
  'answer.agreement.end':
    '{end, select, none {Avtalet gäller tills vidare} other {Avtalet gäller till {end}}}{notice, select, none {.} other {, uppsägningstid {notice} månader.}}',
  'answer.agreement.next': 'Avtalet förvaltas av {owner}.',
  'answer.agreement.type':
    '{type, select, processorAgreement {personuppgiftsbiträdesavtal} supplierContract {leverantörsavtal} jointControllership {avtal om gemensamt personuppgiftsansvar} dataSharing {avtal om informationsdelning} other {{type}}}',
  'answer.agreement.nothing': 'inga system du kan se',
  'answer.training.line':
    '{name} ({date}): {participants, select, none {deltagandet är inte angivet} other {{participants}{invited, select, none {} other { av {invited}}} deltog}}{share, select, none {} other { ({share} %)}}.',
  'answer.training.next': 'Frågor om utbildningen: {owner}.',
  'answer.incident.line':
    '{date}: {title} ({breach, select, yes {personuppgiftsincident} other {incident}}, {closed, select, yes {avslutad} other {öppen}}).',
  'answer.incident.count': '{n, plural, one {# incident registrerad} other {# incidenter registrerade}}:',
  'answer.report.assessment': 'Årsrapporten för {year} ({author}): {assessment}',
  'answer.report.conclusions': '{n, plural, one {Slutsats:} other {Slutsatser:}} {list}',
  'answer.report.proposals': '{n, plural, one {Förslag till beslut:} other {Förslag till beslut:}} {list}',
  'answer.review.held': '{title} hölls {date}.',
  'answer.review.participants': 'Deltog: {list}.',
  'answer.review.decisions': '{n, plural, one {Beslut:} other {# beslut:}} {list}',
  'answer.review.next': 'Nästa genomgång senast {date}.',
  'answer.training.lessons': 'Lärdomar från {name}: {list}',
  'answer.incident.lessons': 'Lärdomar: {list}',
} as const;
