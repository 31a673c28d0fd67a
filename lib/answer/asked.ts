// Whether what a question asks is something the registers hold. They hold who owns a system, how information is
// classified, where it is hosted, what the guidance says: not how to use a product ("how do i book a meeting
// room in outlook?"), nor errands ("can you order lunch for the team"). Such a question names an entry only in
// passing; an answer about that entry would be about something else than what was asked.
import type { Locale } from '../locale.js';
import type { Intent } from './answer.js';
import type { Ctx } from './context.js';
import type { Entry, EntryKind } from './index.js';

const HOW = new Set(['hur', 'hvordan', 'how']);
/** Who does it, after "how": "hur gör jag", "hvordan setter jeg", "how do i", "how to" ("i" is "in" in sv, nb). */
const DOER: Record<Locale, ReadonlySet<string>> = {
  sv: new Set(['jag', 'man', 'vi', 'du', 'ni']),
  nb: new Set(['jeg', 'man', 'vi', 'du', 'dere']),
  en: new Set(['i', 'we', 'you', 'one', 'to']),
};
const CAN = new Set(['kan', 'kunde', 'kunne', 'skulle', 'can', 'could', 'would', 'will']);
const YOU = new Set(['du', 'ni', 'dere', 'you', 'u']);
const PLEASE = new Set(['snälla', 'please', 'pls', 'plz']);
/** Commands that open a message: "skriv en dikt om brandväggar", "translate this", "summarise the minutes". */
const MAKE = new Set(
  'skriv skrive write översätt oversett translate sammanfatta oppsummer summarise summarize compose draft'.split(
    ' ',
  ),
);
const GREETING = new Set(['hej', 'hei', 'hallå', 'hallo', 'hi', 'hello', 'hey', 'tjena', 'morn']);

/**
 * "Skriv en dikt om brandväggar", "translate this to English": a message that opens by asking for a text to be
 * written. No register holds one ("skriv ut" is printing, which the guidance may cover).
 */
export function asksToCompose(folded: readonly string[]): boolean {
  let i = 0;
  while (i < folded.length && GREETING.has(folded[i] as string)) i++;
  return MAKE.has(folded[i] as string) && folded[i + 1] !== 'ut';
}

/** "How do I …", "hur byter jag …", "hvordan setter jeg opp …", "how to …": asking how to do something. */
export function asksHowTo(folded: readonly string[], locale: Locale): boolean {
  const doer = DOER[locale];
  for (let i = 0; i < folded.length; i++) {
    if (!HOW.has(folded[i] as string)) continue;
    // "How to", or a verb and then the doer: "how do i", "hur byter jag", "hvordan kan jeg". Not "how fast do
    // we fix …", "hur länge sparar vi …": those ask how much, which a register may well say.
    if (folded[i + 1] === 'to' || doer.has(folded[i + 2] as string)) return true;
  }
  return false;
}

/** "Can you …", "kan du …", "please …": asking the bot to do something, not to say what the registers hold. */
export function asksErrand(folded: readonly string[]): boolean {
  let i = 0;
  while (i < folded.length && GREETING.has(folded[i] as string)) i++;
  const first = folded[i];
  const second = folded[i + 1];
  if (first !== undefined && PLEASE.has(first)) return true;
  return first !== undefined && CAN.has(first) && second !== undefined && YOU.has(second);
}

/** Intents the question's words give this much weight say what it asks. */
const ASKS = 2;

/** What no summary of a system or an asset tells: a date in the cycle, a measure, an event, a risk, a contract. */
const ELSEWHERE = new Set<Intent>([
  'cycle',
  'kpi',
  'training',
  'incident',
  'risk',
  'plan',
  'agreement',
  'audit',
]);

/** The kinds of entry whose text says how to do something: routines and guidance. */
const HOW_TO_KINDS = new Set<EntryKind>(['document', 'faq', 'cycle']);

/**
 * Whether an answer about `entry`, given only because of its kind, would not answer what the question asks: how
 * to do something in a product ("how do i book a room in outlook"), an errand ("can you order lunch"), or what
 * its words say another register holds ("når er vannverket åpent": a date). A chosen entry was asked about.
 */
export function unaskedOf(ctx: Ctx, asked: ReadonlyMap<Intent, number>, entry: Entry | undefined): boolean {
  if (ctx.picked || !entry) return false;
  const { q } = ctx;
  if (asksErrand(q.folded)) return true;
  if (!HOW_TO_KINDS.has(entry.kind) && asksHowTo(q.folded, q.locale)) return true;
  if (entry.kind !== 'system' && entry.kind !== 'asset') return false;
  for (const [intent, w] of asked) if (w >= ASKS && ELSEWHERE.has(intent)) return true;
  return false;
}
