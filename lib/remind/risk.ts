import { selector, t } from '../i18n/index.js';
import { dueEnd, isOpen } from '../plan.js';
import type { Entity } from '../registry.js';
import { actionRestricted } from '../risk-register.js';
import { type Content, esc, link } from './blocks.js';
import { addDays, daysBetween } from './calendar.js';
import type { Draft, Planner } from './planner.js';

// Reminders for the risk register and the action plan: a risk analysis falling due for review, an action in
// the plan falling due. They go the same ways as the other reminders (Planner.route), restricted ones only by
// direct message.

/** Who answers for an analysis: the owner of what it is about, else the first participant. */
function riskOwner(p: Planner, r: Entity<'risk'>) {
  const { object } = r.data;
  const about = object.system
    ? p.registry.entities.system.get(object.system)
    : object.asset
      ? p.registry.entities.asset.get(object.asset)
      : undefined;
  const owner = (about?.data as { owner?: string } | undefined)?.owner ?? r.data.participants[0];
  return p.role(owner);
}

export function riskReviews(p: Planner): void {
  for (const r of p.registry.entities.risk.values()) {
    if (!r.valid) continue;
    const due = r.data.nextReview;
    const slot = p.slot(due, p.s.lead.review);
    if (!slot) continue;
    const owner = riskOwner(p, r);
    const d: Draft = {
      kind: 'risk-review',
      ref: `risk/${r.id}`,
      entity: r,
      occurrence: due,
      deadline: due,
      ...slot,
      restricted: p.restricted(r),
    };
    const content: Content = {
      header: p.t('remind.risk.riskHeader'),
      paragraphs: [
        p.t('remind.risk.riskIntro', {
          title: esc(r.data.title),
          date: p.date(due),
          owner: p.owner([owner]),
        }),
        p.t('remind.risk.riskHint'),
      ],
      footer: p.footer(r),
    };
    p.route(d, content, [owner]);
  }
}

/** The Monday of the week a day falls in (weeks start on Monday). */
function mondayOf(day: string): string {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return addDays(day, -((weekday + 6) % 7));
}

interface Due {
  action: Entity<'plan'>;
  due: string;
  restricted: boolean;
}

/**
 * Actions in the plan falling due: one digest per owner role and week rather than a message per action, so
 * a role with many actions gets one message. An action is in the digest of the week its reminder day
 * (`reminders.actionLeadDays` before the due date) falls in, sent that Monday (or the working day before).
 * The owner's people get it directly; a role nobody has in Slack is named in the channel, with restricted
 * actions as a date only.
 */
export function planActions(p: Planner): void {
  const lead = p.s.lead.action;
  const groups = new Map<string, Due[]>();
  // Mondays repeat across a region's thousands of actions: each due date's Monday is worked out once.
  const mondays = new Map<string, string>();
  for (const a of p.registry.entities.plan.values()) {
    if (!a.valid || !isOpen(a)) continue;
    const due = dueEnd(a.data.due);
    if (!due) continue;
    let monday = mondays.get(due);
    if (monday === undefined) {
      monday = mondayOf(addDays(due, -lead));
      mondays.set(due, monday);
    }
    const key = `${a.data.owner}\u0000${monday}`;
    const item = { action: a, due, restricted: false };
    const list = groups.get(key);
    if (list) list.push(item);
    else groups.set(key, [item]);
  }
  for (const [key, items] of groups) {
    const [ownerId, monday] = key.split('\u0000') as [string, string];
    const slot = p.slot(monday, 0);
    if (!slot) continue;
    // Only the digests sent in the window are told, so only their actions are asked whether they are
    // restricted (most of a region's plan falls due outside a year): restricted also when the scenario an
    // action treats names a restricted asset or system.
    for (const x of items) x.restricted = p.restricted(x.action) || actionRestricted(p.registry, x.action);
    items.sort((x, y) => (x.due < y.due ? -1 : x.due > y.due ? 1 : x.action.id < y.action.id ? -1 : 1));
    const owner = p.role(ownerId);
    const first = items[0] as Due;
    const last = items[items.length - 1] as Due;
    const line = (x: Due, showRestricted: boolean) =>
      x.restricted && !showRestricted
        ? t(p.locale, 'riskdoc.digest.restrictedLine', { date: p.date(x.due) })
        : `• ${t(p.locale, 'riskdoc.digest.line', {
            title: p.named(x.action, x.action.data.title),
            date: p.date(x.due),
            status: t(p.locale, 'answer.plan.status', { status: selector(x.action.data.status) }),
          })}`;
    const folder = p.folderUrl('plan');
    const content = (showRestricted: boolean): Content => ({
      header: t(p.locale, 'riskdoc.digest.header'),
      paragraphs: [
        [
          t(p.locale, 'riskdoc.digest.intro', {
            n: items.length,
            owner: p.owner([owner]),
            days: Math.max(0, daysBetween(slot.day, last.due)),
          }),
          ...items.map((x) => line(x, showRestricted)),
        ].join('\n'),
        t(p.locale, 'riskdoc.digest.hint'),
      ],
      ...(items.length === 1
        ? { footer: p.footer(first.action) }
        : folder
          ? { footer: `${p.t('remind.edit')}: ${link(folder, 'plan/')}` }
          : {}),
    });
    const restricted = items.some((x) => x.restricted);
    const d: Draft = {
      kind: 'plan-action',
      ref: `plan/digest/${ownerId}`,
      entity: first.action,
      occurrence: monday,
      deadline: first.due,
      ...slot,
      restricted: restricted && owner.users.length > 0,
    };
    // The owner's people may read their own restricted actions; a channel never does.
    p.route(d, content(owner.users.length > 0), [owner], true);
  }
}
