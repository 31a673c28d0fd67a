import { t } from '../i18n/index.js';
import { participationShare } from '../participation.js';
import type { Entity, Registry } from '../registry.js';
import { esc } from './blocks.js';
import { dayInMonth, nextWorkingDay } from './calendar.js';
import type { Planner } from './planner.js';

// Training and exercises are due when the yearly-cycle activity they fulfil is (training/ has no dates of its
// own to come: a record says what was held, `fulfils` which activity it completes). The cycle's own reminder
// comes ahead of the date; this one comes the working day after it, once per occurrence, and only when
// nothing fulfils that occurrence: a training/ record with `fulfils`, or a `completed` record in the cycle.

const KINDS = new Set(['training', 'exercise']);

/** The occurrences of an activity in a year, as deadlines. */
function deadlines(a: Entity<'cycle'>, year: number): string[] {
  return [...a.data.months].sort((x, y) => x - y).map((m) => dayInMonth(year, m, a.data.day ?? 1));
}

/** The deadline before `deadline` (the previous month listed, or last year's last): a record after it counts. */
function previousDeadline(a: Entity<'cycle'>, deadline: string): string {
  const year = Number(deadline.slice(0, 4));
  return [...deadlines(a, year - 1), ...deadlines(a, year)].filter((d) => d < deadline).at(-1) ?? '';
}

/** The dates the activity was recorded as done: training/ records that fulfil it and its own `completed`. */
function records(registry: Registry, a: Entity<'cycle'>) {
  const out: { date: string; share?: number }[] = [];
  for (const x of registry.entities.training.values()) {
    if (!x.valid || x.data.fulfils !== a.id) continue;
    const share = participationShare(x.data.participation);
    out.push({ date: x.data.date, ...(share !== undefined ? { share } : {}) });
  }
  for (const c of a.data.completed ?? []) out.push({ date: c.date });
  return out.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
}

/**
 * Whether a training or exercise activity's occurrence is already recorded as done: a record after the
 * previous occurrence. The cycle's own reminder ahead of the date is not sent then either.
 */
export function occurrenceFulfilled(registry: Registry, a: Entity<'cycle'>, deadline: string): boolean {
  if (!KINDS.has(a.data.kind)) return false;
  const since = previousDeadline(a, deadline);
  return records(registry, a).some((r) => r.date > since);
}

/** One reminder per training or exercise occurrence that passed with nothing recorded, to its owner. */
export function trainingDue(p: Planner): void {
  const first = Number(p.fromDay.slice(0, 4)) - 1;
  const last = Number(p.untilDay.slice(0, 4));
  for (const a of p.registry.entities.cycle.values()) {
    if (!a.valid || !KINDS.has(a.data.kind)) continue;
    const cycle = a as Entity<'cycle'>;
    const done = records(p.registry, cycle);
    for (let year = first; year <= last; year++) {
      for (const deadline of deadlines(cycle, year)) {
        const since = previousDeadline(cycle, deadline);
        if (done.some((r) => r.date > since)) continue;
        // The day after the deadline, so a training held on the day itself is not nagged about at 08:00.
        const slot = p.slot(nextWorkingDay(deadline, p.s.country), 0);
        if (!slot) continue;
        const owner = p.role(a.data.owner);
        const kind = a.data.kind;
        const latest = done.filter((r) => r.date <= deadline).at(-1);
        const tr = (key: Parameters<typeof t>[1], params: Parameters<typeof t>[2] = {}) =>
          t(p.locale, key, params);
        p.route(
          {
            kind: 'training-due',
            ref: `cycle/${a.id}`,
            entity: a,
            occurrence: deadline,
            deadline,
            ...slot,
            restricted: p.restricted(a),
          },
          {
            header: tr('trainingDue.header', { kind, activity: a.data.name }),
            paragraphs: [
              tr('trainingDue.intro', {
                activity: esc(a.data.name),
                date: p.date(deadline),
                kind,
                since: since ? p.date(since) : '–',
                owner: p.owner([owner]),
              }),
              latest
                ? tr('trainingDue.last', {
                    date: p.date(latest.date),
                    share: latest.share === undefined ? 'none' : Math.round(latest.share * 100),
                  })
                : tr('trainingDue.never', { kind }),
              tr('trainingDue.hint', { id: a.id }),
            ],
            footer: p.footer(a),
          },
          [owner],
        );
      }
    }
  }
}
