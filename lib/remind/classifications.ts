// Reminders of classifications due for review.
import { classificationReviewDue } from '../derive.js';
import { type Content, esc } from './blocks.js';
import type { Draft, Planner } from './planner.js';

export function classifications(p: Planner): void {
  const months = p.reviewMonths();
  for (const c of p.inForceList()) {
    const due = classificationReviewDue(c.data, months);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(due)) continue;
    const slot = p.slot(due, p.s.lead.review);
    if (!slot) continue;
    const asset = p.registry.entities.asset.get(c.data.asset);
    // The information owner answers for the classification; without the asset, those who took part.
    const owners = asset ? [p.role(asset.data.owner)] : c.data.participants.slice(0, 1).map((r) => p.role(r));
    const d: Draft = {
      kind: 'classification-review',
      ref: `classification/${c.id}`,
      entity: c,
      occurrence: due,
      deadline: due,
      ...slot,
      restricted: p.restricted(c),
    };
    const content: Content = {
      header: p.t('remind.classificationHeader'),
      paragraphs: [
        p.t('remind.classificationIntro', {
          asset: esc(asset?.data.name ?? c.data.asset),
          date: p.date(due),
          owner: p.owner(owners),
        }),
        p.t('remind.classificationHint'),
      ],
      footer: p.footer(c),
    };
    p.route(d, content, owners);
  }
}
