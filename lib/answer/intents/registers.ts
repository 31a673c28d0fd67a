// What the risk, action-plan, agreement, training and incident answers share: their texts from the catalogue,
// what the question names besides the register it asks of, and who may see which entries.
import { type MessageKey, type MessageParams, t as text } from '../../i18n/index.js';
import type { Ctx } from '../context.js';
import type { Entry, EntryKind } from '../index.js';
import { type ConceptId, conceptsOf } from '../lexicon.js';
import { pickOne, resolve } from '../match.js';

export function tr(ctx: Ctx, key: MessageKey, params: MessageParams = {}): string {
  return text(ctx.locale, key, params);
}

/** The entries of a kind, split into those the asker may see and whether any were held back. */
export function visibleOf(ctx: Ctx, entries: readonly Entry[]): { visible: Entry[]; hidden: Entry[] } {
  const visible: Entry[] = [];
  const hidden: Entry[] = [];
  for (const e of entries) (ctx.authorised || !e.restricted ? visible : hidden).push(e);
  return { visible, hidden };
}

/** An entry of the register asked of that the question names, found before the register's answer was chosen. */
export type Named = { entry: Entry; confidence: number };

export function entriesOf(ctx: Ctx, kind: EntryKind): Entry[] {
  return ctx.index.byKind.get(kind) ?? [];
}

/**
 * What the question is about, apart from the register it asks of: "risks for Procapita" names Procapita, and
 * "risk" only says which register. The register's own words are taken out before the entry is looked for.
 */
export function subject(
  ctx: Ctx,
  kinds: readonly EntryKind[],
  register: readonly ConceptId[],
): { entry?: Entry; confidence: number; unsure: boolean } {
  const content = ctx.q.content.filter((c) => !conceptsOf(c).some((x) => register.includes(x)));
  if (content.length === 0) return { confidence: 0, unsure: false };
  const narrowed: Ctx = { ...ctx, q: { ...ctx.q, content }, memo: undefined };
  const pick = pickOne(narrowed, resolve(narrowed, kinds));
  if (pick && 'entry' in pick) return { entry: pick.entry, confidence: pick.confidence, unsure: false };
  return { confidence: 0, unsure: pick !== undefined };
}

/** An ISO date as the registers write it, for the answer text. */
export function day(value: string | undefined): string {
  return (value ?? '').slice(0, 10);
}

// The one home of a register value as an ICU select key is the catalogue's; the intents import it from here.
export { selector } from '../../i18n/index.js';
