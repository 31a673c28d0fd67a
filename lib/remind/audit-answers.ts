// Reminders of audit answers due to the auditors.
import { selector, t } from '../i18n/index.js';
import { esc } from './blocks.js';
import { type Draft, type Planner, valid } from './planner.js';

export function auditAnswers(p: Planner): void {
  const coordinators = p.rolesOfKind('security-coordinator');
  for (const audit of valid(p.registry, 'audit')) {
    const due = audit.data.answerDue;
    if (!due || (audit.data.status !== 'received' && audit.data.status !== 'in-progress')) continue;
    const slot = p.slot(due, p.s.lead.action);
    if (!slot) continue;
    const d: Draft = {
      kind: 'audit-answer',
      ref: `audit/${audit.id}`,
      entity: audit,
      occurrence: due,
      deadline: due,
      ...slot,
      restricted: p.restricted(audit),
    };
    const paragraphs = [
      p.t('remind.answerIntro', {
        title: esc(audit.data.title),
        date: p.date(due),
        status: t(p.locale, 'remind.auditStatus', { status: selector(audit.data.status) }),
        owner: p.owner(coordinators),
      }),
    ];
    if (audit.data.boards.length)
      paragraphs.push(p.t('remind.answerBoards', { boards: p.boardNames(audit.data.boards) }));
    paragraphs.push(p.t('remind.answerHint'));
    p.route(
      d,
      { header: p.t('remind.answerHeader', { date: p.date(due) }), paragraphs, footer: p.footer(audit) },
      coordinators,
    );
  }
}
