import type { Localized } from '../locale.js';
import { dueEnd, isOpen } from '../plan.js';
import type { Entity } from '../registry.js';
import { type Content, esc } from './blocks.js';
import { ACTION_STATUS, M } from './messages.js';
import type { Draft, Planner } from './planner.js';

// Reminders for the risk register and the action plan: a risk analysis falling due for review, an action in
// the plan falling due. They go the same ways as the other reminders (Planner.route), restricted ones only by
// direct message.

const R = {
  riskHeader: { sv: 'Översyn av riskanalys', nb: 'Gjennomgang av ROS-analyse', en: 'Risk analysis review' },
  riskIntro: {
    sv: '*{title}* ska ses över senast {date}. Ansvarig: {owner}.',
    nb: '*{title}* skal gjennomgås senest {date}. Ansvarlig: {owner}.',
    en: '*{title}* is due for review by {date}. Responsible: {owner}.',
  },
  riskHint: {
    sv: 'Gå igenom scenarierna med deltagarna, bedöm kvarvarande risker och flytta fram `nextReview`.',
    nb: 'Gå gjennom scenarioene med deltakerne, vurder gjenværende risiko og flytt `nextReview`.',
    en: 'Go through the scenarios with the participants, re-assess residual risks and move `nextReview`.',
  },
  planContext: {
    sv: 'Handlingsplanen. Status: {status}. Ansvarig: {owner}.',
    nb: 'Tiltaksplanen. Status: {status}. Ansvarlig: {owner}.',
    en: 'The action plan. Status: {status}. Responsible: {owner}.',
  },
} satisfies Record<string, Localized>;

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
      header: p.t(R.riskHeader),
      paragraphs: [
        p.t(R.riskIntro, { title: esc(r.data.title), date: p.date(due), owner: p.owner([owner]) }),
        p.t(R.riskHint),
      ],
      footer: p.footer(r),
    };
    p.route(d, content, [owner]);
  }
}

export function planActions(p: Planner): void {
  for (const a of p.registry.entities.plan.values()) {
    if (!a.valid || !isOpen(a)) continue;
    const due = dueEnd(a.data.due);
    if (!due) continue;
    const slot = p.slot(due, p.s.lead.action);
    if (!slot) continue;
    const owner = p.role(a.data.owner);
    const d: Draft = {
      kind: 'plan-action',
      ref: `plan/${a.id}`,
      entity: a,
      occurrence: due,
      deadline: due,
      ...slot,
      restricted: p.restricted(a),
    };
    const content: Content = {
      header: p.t(M.actionHeader, { date: p.date(due) }),
      paragraphs: [
        p.t(M.actionIntro, { date: p.date(due), action: esc(a.data.title) }),
        p.t(R.planContext, {
          status: ACTION_STATUS[a.data.status]?.[p.locale] ?? a.data.status,
          owner: p.owner([owner]),
        }),
        p.t(M.actionHint),
      ],
      footer: p.footer(a),
    };
    // The owner acts on it: a direct message, as for the audits' planned actions.
    p.route(d, content, [owner], true);
  }
}
