import { currentEnd, noticeDate } from '../rules/agreements.js';
import { esc } from './blocks.js';
import { addDays } from './calendar.js';
import type { Planner } from './planner.js';

// An agreement is ended or renewed by giving notice in time: the reminder comes before the last day for that.

/** Reminders `reviewLeadDays` before each agreement's last day to give notice, to its owner. */
export function agreementNotices(p: Planner): void {
  for (const agreement of p.registry.entities.agreement.values()) {
    const d = agreement.data;
    if (!agreement.valid || !d.end || !d.noticePeriod) continue;
    // An automatic renewal rolls the end on: the notice that matters is the one after the window starts.
    const asOf = addDays(p.fromDay, p.s.lead.review);
    const notice = noticeDate(d, asOf);
    const end = currentEnd(d, asOf);
    if (!notice || !end) continue;
    const slot = p.slot(notice, p.s.lead.review);
    if (!slot) continue;
    const owners = d.owner ? [p.role(d.owner)] : p.rolesOfKind('security-coordinator');
    p.route(
      {
        kind: 'agreement-notice',
        ref: `agreement/${agreement.id}`,
        entity: agreement,
        occurrence: notice,
        deadline: notice,
        ...slot,
        restricted: p.restricted(agreement),
      },
      {
        header: p.t('remind.agreement.header', { date: p.date(notice) }),
        paragraphs: [
          p.t('remind.agreement.intro', {
            counterparty: esc(d.counterparty),
            end: p.date(end),
            date: p.date(notice),
            owner: p.owner(owners),
          }),
        ],
        footer: p.footer(agreement),
      },
      owners,
    );
  }
}
