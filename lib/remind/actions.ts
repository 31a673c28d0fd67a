// Reminders of the audits' planned actions: each ahead of its due date, and a weekly digest of the overdue.
import { selector, t } from '../i18n/index.js';
import type { Entity } from '../registry.js';
import { type Content, esc, link } from './blocks.js';
import { addDays, daysBetween } from './calendar.js';
import { type Draft, type Planner, valid } from './planner.js';

export function actions(p: Planner): void {
  for (const audit of valid(p.registry, 'audit')) {
    if (audit.data.status === 'closed') continue;
    const restricted = p.restricted(audit);
    for (const rec of audit.data.recommendations) {
      for (const action of rec.plannedActions ?? []) {
        if (action.plan) continue; // followed up in the plan: its reminders are the plan's
        const status = action.status ?? 'planned';
        // Only a dated commitment is reminded: an undated one has no day to remind of (rule action-undated).
        if ((status !== 'planned' && status !== 'in-progress') || !action.due) continue;
        const due = action.due;
        const owner = p.role(action.owner);
        const base = {
          kind: 'action-due' as const,
          ref: `audit/${audit.id}/${rec.id}/${action.id}`,
          entity: audit,
          deadline: due,
          restricted,
        };
        const context = p.t('remind.actionContext', {
          audit: esc(audit.data.title),
          rec: esc(rec.id),
          status: t(p.locale, 'answer.plan.status', { status: selector(status) }),
          owner: p.owner([owner]),
        });
        const ahead = p.slot(due, p.s.lead.action);
        if (ahead) {
          const content: Content = {
            header: p.t('remind.actionHeader', { date: p.date(due) }),
            paragraphs: [
              p.t('remind.actionIntro', { date: p.date(due), action: esc(action.text) }),
              context,
              p.t('remind.actionHint'),
            ],
            footer: p.footer(audit),
          };
          p.route({ ...base, occurrence: due, ...ahead }, content, [owner], true);
        }
      }
    }
  }
  overdueDigests(p);
}

export interface Overdue {
  audit: Entity<'audit'>;
  rec: string;
  action: { id: string; text: string; owner?: string; due: string; status: string };
  restricted: boolean;
}

/** Mondays from a week before `from` to a week after `until`: the weekly overdue digests' occurrences. */
function mondays(p: Planner): string[] {
  const out: string[] = [];
  let d = addDays(p.fromDay, -7);
  while (new Date(`${d}T00:00:00Z`).getUTCDay() !== 1) d = addDays(d, 1);
  for (; d <= addDays(p.untilDay, 7); d = addDays(d, 7)) out.push(d);
  return out;
}

/**
 * Weekly while overdue: every Monday (a Monday off moves to the working day before) one digest of all overdue
 * actions to the channel, rather than one post per action, so the channel stays readable. Restricted audits'
 * actions appear as a line with a date and an owner only.
 */
function overdueDigests(p: Planner): void {
  const open: Overdue[] = [];
  for (const audit of valid(p.registry, 'audit')) {
    if (audit.data.status === 'closed') continue;
    const restricted = p.restricted(audit);
    for (const rec of audit.data.recommendations) {
      for (const action of rec.plannedActions ?? []) {
        if (action.plan) continue;
        const status = action.status ?? 'planned';
        if ((status === 'planned' || status === 'in-progress') && action.due)
          open.push({ audit, rec: rec.id, action: { ...action, due: action.due, status }, restricted });
      }
    }
  }
  if (!open.length) return;
  for (const monday of mondays(p)) {
    const slot = p.slot(monday, 0);
    if (!slot) continue;
    const overdue = open
      .filter((o) => o.action.due < slot.day)
      .sort((a, b) => (a.action.due < b.action.due ? -1 : a.action.due > b.action.due ? 1 : 0));
    if (!overdue.length) continue;
    const line = (o: Overdue, showRestricted: boolean) => {
      const owner = p.owner([p.role(o.action.owner)]);
      const date = p.date(o.action.due);
      if (o.restricted && !showRestricted) return p.t('remind.overdueRestrictedLine', { date, owner });
      return p.t('remind.overdueLine', {
        action: p.named(o.audit, o.action.text),
        date,
        days: daysBetween(o.action.due, slot.day),
        status: t(p.locale, 'answer.plan.status', { status: selector(o.action.status) }),
        owner,
        audit: esc(o.audit.data.title),
        rec: esc(o.rec),
      });
    };
    const folder = p.folderUrl('audit');
    const content = (items: Overdue[], showRestricted: boolean): Content => ({
      header: p.t('remind.overdueHeader', { count: items.length }),
      paragraphs: [
        [p.t('remind.overdueIntro'), ...items.map((o) => line(o, showRestricted))].join('\n'),
        p.t('remind.overdueHint'),
      ],
      ...(folder ? { footer: `${p.t('remind.edit')}: ${link(folder, 'audit/')}` } : {}),
    });
    const d: Draft = {
      kind: 'action-due',
      ref: 'audit/overdue',
      entity: (overdue[0] as Overdue).audit,
      occurrence: monday,
      deadline: (overdue[0] as Overdue).action.due,
      ...slot,
      restricted: false,
    };
    const owners = (items: Overdue[]) => [...new Set(items.flatMap((o) => p.role(o.action.owner).users))];
    if (p.s.channel) {
      p.add(d, 'channel', p.s.channel, content(overdue, false), owners(overdue), false);
      continue;
    }
    // No channel: each owner gets a digest of their own overdue actions, restricted ones in full.
    for (const user of owners(overdue)) {
      const mine = overdue.filter((o) => p.role(o.action.owner).users.includes(user));
      p.add(
        d,
        'dm',
        user,
        content(mine, true),
        [user],
        mine.some((o) => o.restricted),
      );
    }
  }
}
