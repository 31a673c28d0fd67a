import type { answerRegisters as sv } from '../sv/answer-registers.js';

export const answerRegisters: Record<keyof typeof sv, string> = {
  'answer.risk.none': 'There is no risk analysis of {name} in the registry.',
  'answer.risk.others': 'Risk analyses exist for: {list}.',
  'answer.risk.top': 'The biggest risks in {title} ({date}):',
  'answer.risk.topAll': 'The biggest risks in the risk analyses:',
  'answer.risk.line':
    '{id}: {threat} Level {level}{treatment, select, reduce {, to be reduced} accept {, accepted} avoid {, to be avoided} share {, shared} other {, no treatment decided}}{residual, select, none {} other {, residual level {residual}}}.',
  'answer.risk.lineOf': '{title}, {id}: {threat} Level {level}.',
  'answer.risk.next': 'Next review of the analysis: {date}. Questions about it: {who}.',
  'answer.plan.none': 'No action in the action plan is overdue.',
  'answer.plan.overdue': '{n, plural, one {# action is overdue:} other {# actions are overdue:}}',
  'answer.plan.open': '{n, plural, one {# action is open:} other {# actions are open:}}',
  'answer.plan.line': '{title} – owner {owner}, due {due}, {status}.',
  'answer.plan.action': 'The action "{title}" is owned by {owner}. Due {due}; status: {status}.',
  'answer.plan.note': 'Latest: {date} {note}',
  'answer.plan.next': 'Questions about the action: {owner}.',
  'answer.plan.status':
    '{status, select, planned {planned} inProgress {in progress} done {done} cancelled {cancelled} other {{status}}}',
  'answer.agreement.yes': 'Yes: {reference} with {counterparty} covers {systems}.',
  'answer.agreement.notWith': 'No, no agreement with {counterparty} covers {system}.',
  'answer.agreement.covers': '{system} is covered by {reference} with {counterparty} ({type}).',
  'answer.agreement.of': '{reference} with {counterparty} ({type}) covers {systems}.',
  'answer.agreement.noneFor': 'There is no agreement for {system} in the registry.',
  'answer.agreement.end':
    '{end, select, none {The agreement runs until terminated} other {The agreement runs until {end}}}{notice, select, none {.} other {, notice period {notice} months.}}',
  'answer.agreement.next': 'The agreement is managed by {owner}.',
  'answer.agreement.type':
    '{type, select, processorAgreement {data processing agreement} supplierContract {supplier contract} jointControllership {joint controllership agreement} dataSharing {data-sharing agreement} other {{type}}}',
  'answer.agreement.nothing': 'no systems you can see',
  'answer.training.line':
    '{name} ({date}): {participants, select, none {participation not recorded} other {{participants}{invited, select, none {} other { of {invited}}} took part}}{share, select, none {} other { ({share} %)}}.',
  'answer.training.next': 'Questions about the training: {owner}.',
  'answer.incident.line':
    '{date}: {title} ({breach, select, yes {personal data breach} other {incident}}, {closed, select, yes {closed} other {open}}).',
  'answer.incident.count': '{n, plural, one {# incident recorded} other {# incidents recorded}}:',
  'answer.report.assessment': 'The annual report for {year} ({author}): {assessment}',
  'answer.report.conclusions': '{n, plural, one {Conclusion:} other {Conclusions:}} {list}',
  'answer.report.proposals': '{n, plural, one {Proposed decision:} other {Proposed decisions:}} {list}',
  'answer.review.held': '{title} was held on {date}.',
  'answer.review.participants': 'Took part: {list}.',
  'answer.review.decisions': '{n, plural, one {Decision:} other {# decisions:}} {list}',
  'answer.review.next': 'Next review at the latest {date}.',
  'answer.training.lessons': 'Lessons from {name}: {list}',
  'answer.incident.lessons': 'Lessons: {list}',
};
