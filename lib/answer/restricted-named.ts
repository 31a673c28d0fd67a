// A question that names a restricted entry of any register — an incident by what happened ("beslutet om
// ekonomiskt bistånd som gick till fel adress"), a plan by its title ("beredskapsplanen for IKT") — gets the
// restricted notice, even when the intent its words suggest ("when", "i februari") found something else to say.
// The notice needs the evidence an answer would: the restricted entry named at least as surely as an entry is
// before it is answered, and clearly better than anything the asker may see.
import { unaskedOf } from './asked.js';
import { ACCEPT, type Ctx, type Result } from './context.js';
import { ANY, scoreIntents } from './dispatch.js';
import type { AnswerIndex, Entry, EntryKind } from './index.js';
import { synonymOf } from './lexicon.js';
import { candidates } from './match.js';

/** Every kind of entry a question may name, the registers that only their own intents search included. */
const EVERY: readonly EntryKind[] = [...ANY, 'risk', 'plan', 'agreement', 'training', 'incident'];

const restrictedTerms = new WeakMap<AnswerIndex, Set<string>>();

/** Every word (and shared meaning) of a restricted entry's names, once per index: a question with none names none. */
function termsOfRestricted(index: AnswerIndex): Set<string> {
  let out = restrictedTerms.get(index);
  if (!out) {
    out = new Set<string>();
    for (const e of index.entries) {
      if (!e.restricted) continue;
      for (const v of [...e.names, ...(e.secondary ?? [])])
        for (const term of v) {
          out.add(term);
          const syn = synonymOf(term);
          if (syn) out.add(syn);
        }
    }
    restrictedTerms.set(index, out);
  }
  return out;
}

/** How far ahead of every visible entry the restricted one must be named. */
const MARGIN = 0.1;

/**
 * The restricted entry the question names clearly best, when the asker may not see it and `given` (what the
 * answerer would otherwise say) is about something named less surely; undefined otherwise.
 */
export function restrictedNamed(ctx: Ctx, given: Result): Entry | undefined {
  if (ctx.authorised || ctx.chosen || given.withheld || given.used.some((e) => e.restricted))
    return undefined;
  // No name scores above 1: an answer this sure cannot be outnamed, and the search is not worth its time.
  if (given.answered && given.confidence > 1 - MARGIN) return undefined;
  // The words as written, not their parts and shared meanings: a region's thousands of names make the wider
  // search too slow to run on every question, and a notice wants the surer evidence anyway.
  const words = ctx.q.content.length > 0 ? [...ctx.q.content] : [];
  const terms = termsOfRestricted(ctx.index);
  if (!words.some((w) => terms.has(w)) && ![...ctx.q.synonyms].some((x) => terms.has(x))) return undefined;
  const matches = candidates(ctx, words, EVERY, [], false);
  const top = matches[0];
  if (!top?.entry.restricted || top.score < ACCEPT) return undefined;
  const visible = matches.find((m) => !m.entry.restricted);
  if (visible && visible.score > top.score - MARGIN) return undefined;
  if (given.answered && given.confidence > top.score - MARGIN) return undefined;
  // Named in passing while asking something its register does not hold: no notice, as there would be no answer.
  if (unaskedOf(ctx, scoreIntents(ctx.q, top.entry).asked, top.entry)) return undefined;
  return top.entry;
}
