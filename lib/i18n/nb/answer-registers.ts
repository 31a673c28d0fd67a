import type { answerRegisters as sv } from '../sv/answer-registers.js';

export const answerRegisters: Record<keyof typeof sv, string> = {
  'answer.risk.none': 'Det finnes ingen risikovurdering av {name} i registeret.',
  'answer.risk.others': 'Risikovurderinger finnes for: {list}.',
  'answer.risk.top': 'De største risikoene i {title} ({date}):',
  'answer.risk.topAll': 'De største risikoene i risikovurderingene:',
  'answer.risk.line':
    '{id}: {threat} Nivå {level}{treatment, select, reduce {, skal reduseres} accept {, akseptert} avoid {, skal unngås} share {, deles} other {, ingen behandling besluttet}}{residual, select, none {} other {, gjenværende nivå {residual}}}.',
  'answer.risk.lineOf': '{title}, {id}: {threat} Nivå {level}.',
  'answer.risk.next': 'Neste gjennomgang av vurderingen: {date}. Spørsmål om den: {who}.',
  'answer.plan.none': 'Ingen tiltak i tiltaksplanen er forsinket.',
  'answer.plan.overdue': '{n, plural, one {# tiltak er forsinket:} other {# tiltak er forsinket:}}',
  'answer.plan.open': '{n, plural, one {# tiltak er åpent:} other {# tiltak er åpne:}}',
  'answer.plan.line': '{title} – eier {owner}, ferdig senest {due}, {status}.',
  'answer.plan.action': 'Tiltaket «{title}» eies av {owner}. Ferdig senest {due}; status: {status}.',
  'answer.plan.note': 'Sist: {date} {note}',
  'answer.plan.next': 'Spørsmål om tiltaket: {owner}.',
  'answer.plan.status':
    '{status, select, planned {planlagt} inProgress {pågår} done {ferdig} cancelled {avbrutt} other {{status}}}',
  'answer.agreement.yes': 'Ja: {reference} med {counterparty} omfatter {systems}.',
  'answer.agreement.notWith': 'Nei, ingen avtale med {counterparty} omfatter {system}.',
  'answer.agreement.covers': '{system} omfattes av {reference} med {counterparty} ({type}).',
  'answer.agreement.of': '{reference} med {counterparty} ({type}) omfatter {systems}.',
  'answer.agreement.noneFor': 'Det finnes ingen avtale for {system} i registeret.',
  'answer.agreement.end':
    '{end, select, none {Avtalen gjelder til den sies opp} other {Avtalen gjelder til {end}}}{notice, select, none {.} other {, oppsigelsestid {notice} måneder.}}',
  'answer.agreement.next': 'Avtalen forvaltes av {owner}.',
  'answer.agreement.type':
    '{type, select, processorAgreement {databehandleravtale} supplierContract {leverandøravtale} jointControllership {avtale om felles behandlingsansvar} dataSharing {avtale om deling av opplysninger} other {{type}}}',
  'answer.agreement.nothing': 'ingen systemer du kan se',
  'answer.training.line':
    '{name} ({date}): {participants, select, none {deltakelsen er ikke oppgitt} other {{participants}{invited, select, none {} other { av {invited}}} deltok}}{share, select, none {} other { ({share} %)}}.',
  'answer.training.next': 'Spørsmål om opplæringen: {owner}.',
  'answer.incident.line':
    '{date}: {title} ({breach, select, yes {brudd på personopplysningssikkerheten} other {avvik}}, {closed, select, yes {lukket} other {åpent}}).',
  'answer.incident.count': '{n, plural, one {# hendelse registrert} other {# hendelser registrert}}:',
  'answer.report.assessment': 'Årsrapporten for {year} ({author}): {assessment}',
  'answer.report.conclusions': '{n, plural, one {Konklusjon:} other {Konklusjoner:}} {list}',
  'answer.report.proposals': '{n, plural, one {Forslag til vedtak:} other {Forslag til vedtak:}} {list}',
  'answer.review.held': '{title} ble holdt {date}.',
  'answer.review.participants': 'Deltok: {list}.',
  'answer.review.decisions': '{n, plural, one {Beslutning:} other {# beslutninger:}} {list}',
  'answer.review.next': 'Neste gjennomgang senest {date}.',
  'answer.training.lessons': 'Lærdommer fra {name}: {list}',
  'answer.incident.lessons': 'Lærdommer: {list}',
};
