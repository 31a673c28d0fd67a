import { isRestricted } from '../derive.js';
import { t } from '../i18n/index.js';
import { participationShare } from '../participation.js';
import type { Registry } from '../registry.js';
import type { BoardRef, ModelInput } from './common.js';
import { boardRef, valid } from './common.js';

// The yearly report's sections on training and exercises: what was held this year, for whom and how many
// took part (counts and shares, never names), the coverage of staff and elected members that the auditors
// ask about (seed 002), and whether the yearly exercise was held (seed 003). An exercise's scenario and
// lessons say where the organisation is weak, so the board's public document gives their number only.

const COVERED_GROUPS = ['staff', 'elected-members'] as const;

export function yearlyTraining(registry: Registry, input: ModelInput, scope?: BoardRef) {
  const { locale, today } = input;
  const year = today.slice(0, 4);
  if (registry.entities.training.size === 0) return { kept: false as const };
  const held = valid(registry, 'training')
    .filter((x) => x.data.date.startsWith(year) && x.data.date <= today)
    .filter((x) => !scope || !x.data.audience.boards?.length || x.data.audience.boards.includes(scope.id))
    .sort((a, b) => (a.data.date < b.data.date ? -1 : 1));
  const row = (x: (typeof held)[number]) => {
    const d = x.data;
    const share = participationShare(d.participation);
    const base = {
      name: d.name,
      date: d.date,
      group: t(locale, 'yearly.training.group', { group: d.audience.group.replaceAll('-', '_') }),
    };
    if (isRestricted(registry, x)) return { ...base, restricted: true };
    return {
      ...base,
      restricted: false,
      ...(d.audience.boards?.length
        ? { boards: d.audience.boards.map((b) => boardRef(registry, b).name) }
        : {}),
      ...(d.participation?.invited !== undefined ? { invited: d.participation.invited } : {}),
      ...(d.participation?.participants !== undefined ? { participants: d.participation.participants } : {}),
      ...(share !== undefined ? { share: Math.round(share * 100) } : {}),
      lessons: d.lessons?.length ?? 0,
    };
  };
  const trainings = held.filter((x) => x.data.kind === 'training');
  const exercises = held.filter((x) => x.data.kind === 'exercise');
  // Coverage per group from its latest training this year: two courses for the same staff are not twice the staff.
  const coverage = COVERED_GROUPS.map((group) => {
    const latest = trainings.filter((x) => x.data.audience.group === group).at(-1);
    const share = latest ? participationShare(latest.data.participation) : undefined;
    return {
      group: t(locale, 'yearly.training.group', { group: group.replace('-', '_') }),
      held: Boolean(latest),
      ...(latest ? { name: latest.data.name, date: latest.data.date } : {}),
      ...(share !== undefined ? { share: Math.round(share * 100) } : {}),
    };
  });
  return {
    kept: true as const,
    year,
    coverage,
    trainings: trainings.map(row),
    exercises: exercises.map(row),
  };
}
