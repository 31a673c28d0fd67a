import type { remind as sv } from '../sv/remind.js';

export const remind: Record<keyof typeof sv, string> = {
  'remind.kpiHeader': 'Quarterly KPI review {quarter}',
  'remind.kpiIntro': '*{activity}* is due by {date}. Responsible: {owner}.',
  'remind.kpiMissingHead': '*Values still missing for {quarter}* ({missing} of {total}):',
  'remind.kpiLine': '• {name} – {owner}',
  'remind.kpiRestrictedLine': '• A restricted KPI (details by direct message only) – {owner}',
  'remind.kpiAllReported': 'All {total} KPIs have values for {quarter}.',
  'remind.kpiReportedHead': '*Reported* ({count}): {names}',
  'remind.kpiReportedRestricted': '{count} restricted',
  'remind.kpiNone': 'The registry has no KPIs to follow up for {quarter}.',
  'remind.kpiDm':
    'Ahead of *{activity}* (due {date}), KPIs you are responsible for still lack values for {quarter}:',
  'remind.kpiDmLine': '• {name} ({role})',
  'remind.kpiDmHint':
    'Enter the value under `values:` as `{quarter}: …` in the file, with a comment under `comments:` if it helps.',
  'remind.cycleHeader': 'Yearly cycle: {activity}',
  'remind.cycleBoards': 'Boards concerned: {boards}.',
  'remind.actionHeader': 'Planned action – due {date}',
  'remind.actionIntro': 'The action is due by {date}: {action}',
  'remind.actionContext': 'Audit: *{audit}*, recommendation {rec}. Status: {status}. Responsible: {owner}.',
  'remind.actionHint': 'When the action is done: set `status: done` and `done:` with the date in the file.',
  'remind.overdueHeader': 'Overdue actions ({count})',
  'remind.overdueIntro': 'Planned actions in the answers to the auditors that are past their due date:',
  'remind.overdueLine':
    '• {action} – due {date} ({days, plural, one {# day} other {# days}} ago), {status}. Responsible: {owner}. _{audit}_, recommendation {rec}.',
  'remind.overdueRestrictedLine': '• An action in a restricted audit – due {date}. Responsible: {owner}.',
  'remind.overdueHint':
    'Mark it done (`status: done`, `done:` with the date) or set a new due date and explain the delay in the answer to the auditors.',
  'remind.documentHeader': 'Governing document review',
  'remind.documentIntro': '*{title}* is due for review by {date}. Document owner: {owner}.',
  'remind.documentHint': 'Review the document, have it decided again if needed, and move `nextReview`.',
  'remind.classificationHeader': 'Information classification review',
  'remind.classificationIntro':
    'The classification of *{asset}* is due for review by {date}. Information owner: {owner}.',
  'remind.classificationHint':
    'Review the classification with the information owner, system owner and administrator, and update `date` and `nextReview`.',
  'remind.answerHeader': 'Answer to the auditors – due {date}',
  'remind.answerIntro': 'The answer to *{title}* is due by {date}. Status: {status}. Responsible: {owner}.',
  'remind.answerBoards': 'Boards to answer: {boards}.',
  'remind.answerHint':
    'Have the board decide the answer and set `status: answered` with `decision` in the file.',
  'remind.restrictedHeader': 'Deadline for a restricted entry',
  'remind.restrictedIntro':
    'A restricted entry ({what}) has a deadline on {date}. Responsible: {owner}. Details are shown to authorised people only.',
  'remind.restrictedDmNote': '_Restricted entry: do not share the details in channels._',
  'remind.edit': 'Edit',
  'remind.file': 'File',
  'remind.noOwner': 'none given',
  'remind.risk.riskHeader': 'Risk analysis review',
  'remind.risk.riskIntro': '*{title}* is due for review by {date}. Responsible: {owner}.',
  'remind.risk.riskHint':
    'Go through the scenarios with the participants, re-assess residual risks and move `nextReview`.',
  'remind.breach.header': 'Personal-data breach: {hours} hours left to notify',
  'remind.breach.intro':
    '*{title}* was discovered {discovered}. It must be notified to {authority} by {deadline} (72 hours, GDPR Art. 33). Responsible: {owner}.',
  'remind.breach.hint':
    'Once notified: set notification.at and reference. If the breach is unlikely to result in a risk: set consequences with risk: unlikely, or notification.reason.',
  'remind.agreement.header': 'Agreement: last day to give notice {date}',
  'remind.agreement.intro':
    'The agreement with *{counterparty}* runs until {end}. To end, extend or re-procure it, decide by {date}. Responsible: {owner}.',
  'remind.what':
    '{kind, select, kpiReview {KPI} cycle {yearly-cycle activity} actionDue {planned action} documentReview {governing document} classificationReview {information classification} auditAnswer {answer to the auditors} riskReview {risk analysis} planAction {action in the plan} managementReview {management review} agreementNotice {notice on an agreement} trainingDue {training or exercise} breachNotification {notification of a personal-data breach} other {{kind}}}',
  'remind.auditStatus':
    '{status, select, received {received} inProgress {answer in progress} other {{status}}}',
};
