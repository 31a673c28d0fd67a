// Entity first, then what is asked of it: "who owns the ambulance records system" names the asset (the
// ambulance records) and asks about the system that holds it. When a question says it is about a system and
// the entry it names best is an asset or a processing activity, the system that entry lists is what was meant.
import type { Ctx, Match } from './context.js';
import type { Entry, EntryKind } from './index.js';

/** How far a held system may score below the entry that names it and still be meant: it is named by it. */
const CARRY = 0.01;

/**
 * The matches with the system behind the top asset or processing activity put first, when the question
 * asks about a system and that entry lists one system (or one it names better than the others). A restricted
 * system stays in the list as what it is: the caller's checks decide what may be shown.
 */
export function systemBehind(ctx: Ctx, matches: Match[], kinds: readonly EntryKind[]): Match[] {
  const top = matches[0];
  if (!top || !ctx.q.concepts.has('system') || !kinds.includes('system')) return matches;
  if (top.entry.kind !== 'asset' && top.entry.kind !== 'processing') return matches;
  const ids = top.entry.systems ?? [];
  if (ids.length === 0) return matches;
  const held = ids.map((id) => ctx.index.entries[id] as Entry);
  let system: Entry | undefined;
  if (held.length === 1) system = held[0];
  else {
    // Several systems hold it: the one the question also names, if exactly one of them is among the matches.
    const named = held.filter((s) => matches.some((m) => m.entry === s));
    if (named.length === 1) system = named[0];
  }
  if (!system) return matches;
  const rest = matches.filter((m) => m.entry !== system);
  return [{ entry: system, score: top.score + CARRY, coverage: top.coverage }, ...rest];
}
