// Reminders of governing documents due for review.
import { type Content, esc } from './blocks.js';
import { type Draft, type Planner, valid } from './planner.js';

export function documents(p: Planner): void {
  for (const doc of valid(p.registry, 'document')) {
    if (doc.data.status !== 'decided' || !doc.data.nextReview) continue;
    const slot = p.slot(doc.data.nextReview, p.s.lead.review);
    if (!slot) continue;
    const owner = p.role(doc.data.owner);
    const d: Draft = {
      kind: 'document-review',
      ref: `document/${doc.id}`,
      entity: doc,
      occurrence: doc.data.nextReview,
      deadline: doc.data.nextReview,
      ...slot,
      restricted: p.restricted(doc),
    };
    const content: Content = {
      header: p.t('remind.documentHeader'),
      paragraphs: [
        p.t('remind.documentIntro', {
          title: esc(doc.data.title),
          date: p.date(d.deadline),
          owner: p.owner([owner]),
        }),
        p.t('remind.documentHint'),
      ],
      footer: p.footer(doc),
    };
    p.route(d, content, [owner]);
  }
}
