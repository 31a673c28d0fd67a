// The yearly report's assessment, conclusions and proposals (report/<year>.yaml).

import { isRestricted } from '../derive.js';
import { type Locale, pickText } from '../locale.js';
import type { Registry } from '../registry.js';
import { roleName } from '../roles.js';
import { type BoardRef, valid } from './common.js';
/** The year's assessment for this board: the board's own part where it has one, else the common part. */
export function assessmentView(
  registry: Registry,
  year: string,
  board: BoardRef | undefined,
  locale: Locale,
) {
  const record = valid(registry, 'report').find((r) => String(r.data.year) === year);
  if (!record || isRestricted(registry, record)) return undefined;
  const r = record.data;
  const own = board ? r.boards?.[board.id] : undefined;
  const texts = (list: typeof r.conclusions) => (list ?? []).map((x) => pickText(x, locale)).filter(Boolean);
  const assessment = pickText(own?.assessment ?? r.assessment, locale);
  const conclusions = texts(own?.conclusions ?? r.conclusions);
  const proposals = texts(own?.proposals ?? r.proposals);
  return {
    id: record.id,
    ...(assessment ? { assessment } : {}),
    conclusions,
    proposals,
    ...(r.author ? { author: roleName(registry, r.author, locale) } : {}),
    ...(r.date ? { date: r.date } : {}),
    ...(own?.registrationNumber || r.registrationNumber
      ? { registrationNumber: own?.registrationNumber ?? r.registrationNumber }
      : {}),
  };
}
