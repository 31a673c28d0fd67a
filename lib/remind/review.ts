import { addMonths } from '../derive.js';
import { t } from '../i18n/index.js';
import type { Entity } from '../registry.js';
import type { Content } from './blocks.js';
import type { Draft, Planner } from './planner.js';

// The management review (ledningens genomgång, ISO/IEC 27001 9.3) once a year: the next one falls due on the
// latest review's `nextReview`, else a year after it. The security coordinators are named in the channel,
// `reminders.reviewLeadDays` ahead, so the inputs (plan, risk reports, KPIs, incidents) can be gathered.

export function managementReviews(p: Planner): void {
  let latest: Entity<'review'> | undefined;
  for (const r of p.registry.entities.review.values()) {
    if (!r.valid) continue;
    if (!latest || r.data.date > latest.data.date) latest = r;
  }
  if (!latest) return;
  const due = latest.data.nextReview ?? addMonths(latest.data.date, 12);
  const slot = p.slot(due, p.s.lead.review);
  if (!slot) return;
  const owners = p.rolesOfKind('security-coordinator');
  const d: Draft = {
    kind: 'management-review',
    ref: `review/${latest.id}`,
    entity: latest,
    occurrence: due,
    deadline: due,
    ...slot,
    restricted: p.restricted(latest),
  };
  const content: Content = {
    header: t(p.locale, 'riskdoc.reviewReminder.header'),
    paragraphs: [
      t(p.locale, 'riskdoc.reviewReminder.intro', { date: p.date(due), last: p.date(latest.data.date) }),
      `${p.owner(owners)}. ${t(p.locale, 'riskdoc.reviewReminder.hint')}`,
    ],
    footer: p.footer(latest),
  };
  p.route(d, content, owners);
}
