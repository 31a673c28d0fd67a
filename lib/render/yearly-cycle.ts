// The yearly report's cycle (årshjulet): whether each activity was done each time it fell due this year.

import { isRestricted } from '../derive.js';
import type { CycleActivity } from '../kinds.js';
import type { Locale } from '../locale.js';
import { roleName } from '../roles.js';
import { valid } from './common.js';
import { docWord } from './document-words.js';
import { monthName } from './format.js';
import type { YearlyScope } from './yearly-scope.js';

/** The last day of a month (for a day 31 in a short month, as the reminders do). */
function dueIn(year: string, month: number, day: number): string {
  const last = new Date(Date.UTC(Number(year), month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(day, last)).padStart(2, '0')}`;
}

/**
 * Whether a cycle activity was done this year: its completion records against the times it fell due by
 * today. done (every time so far), missed (a time passed with no record), later (not yet due this year).
 */
function cycleCompletion(x: CycleActivity, year: string, today: string, locale: Locale) {
  const t = (key: string, params?: Record<string, unknown>) => docWord(locale, key, params);
  const dueSoFar = x.months.map((m) => dueIn(year, m, x.day ?? 1)).filter((d) => d <= today).length;
  const records = (x.completed ?? [])
    .filter((c) => c.date.startsWith(year))
    .sort((a, b) => (a.date < b.date ? -1 : 1));
  const status =
    dueSoFar === 0 ? (records.length ? 'done' : 'later') : records.length >= dueSoFar ? 'done' : 'missed';
  const latest = records.at(-1);
  return {
    status,
    dueSoFar: dueSoFar > 0,
    statusText:
      status === 'later'
        ? t('cycleLater')
        : x.months.length > 1
          ? t('cycleCount', {
              done: Math.min(records.length, dueSoFar || records.length),
              n: dueSoFar || records.length,
            })
          : status === 'done'
            ? t('cycleDone')
            : t('cycleMissed'),
    ...(latest ? { lastDone: latest.date } : {}),
    ...(latest?.evidence ? { evidence: latest.evidence } : {}),
    ...(latest?.reference ? { reference: latest.reference } : {}),
  };
}

export function yearlyCycle({ registry, input, scope, c }: YearlyScope) {
  const { locale, today } = input;
  const year = today.slice(0, 4);
  // The yearly cycle: an activity for named boards is in their reports, one for none in every report.
  const cycle = valid(registry, 'cycle')
    .filter((e) => !scope || !e.data.boards?.length || e.data.boards.includes(scope.id))
    .map((e) => {
      const x = e.data;
      const first = Math.min(...x.months);
      if (isRestricted(registry, e)) return { name: x.name, restricted: true, first };
      return {
        name: x.name,
        restricted: false,
        first,
        months: [...x.months].sort((m1, m2) => m1 - m2).map((m) => monthName(m, locale)),
        owner: roleName(registry, x.owner, locale),
        ...cycleCompletion(x, year, today, locale),
      };
    })
    .sort((a, b) => a.first - b.first || c.compare(a.name, b.name));

  return {
    cycle,
    cycleDue: cycle.filter((x) => 'status' in x && (x.status === 'missed' || x.dueSoFar)).length,
    cycleDoneDue: cycle.filter((x) => 'status' in x && x.status === 'done' && x.dueSoFar).length,
  };
}
