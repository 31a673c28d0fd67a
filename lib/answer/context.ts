// What every part of the answerer shares: the question in its context, what a part returns, and how names,
// roles and lists are written.
import { controllerRef } from '../controller.js';
import { profileOf } from '../country.js';
import { format, type Locale, type Localized, pickText } from '../locale.js';
import type { ParsedFile, PathSegment } from '../parse.js';
import type { Entity } from '../registry.js';
import type { AnswerLink, Intent } from './answer.js';
import type { AnswerIndex, Entry } from './index.js';
import { LIST_JOIN, M } from './messages.js';
import { boardName, roleText } from './people.js';
import type { Query } from './query.js';

// How sure a match must be before the answerer says anything about it.
export const ACCEPT = 0.7;
export const FAQ_ACCEPT = 0.62;
export const SUGGEST = 0.45;

export interface Ref {
  /** The entry (or lisa.yaml) whose file and line back the answer. */
  entity: { file: string; parsed: ParsedFile };
  path: PathSegment[];
}

export interface Result {
  intent: Intent;
  confidence: number;
  answered: boolean;
  lines: string[];
  next?: string;
  refs: Ref[];
  links?: AnswerLink[];
  /** Entries whose details the answer shows: a restricted one among them decides who may see it. */
  used: Entry[];
  withheld?: boolean;
  /** Two or three entries the asker may see and choose between. */
  choices?: Entry[];
}

export interface Ctx {
  index: AnswerIndex;
  q: Query;
  locale: Locale;
  authorised: boolean;
  today: string;
  who: string;
  /** The entry the asker chose from a previous answer's choices: every intent resolves to it. */
  chosen?: Entry;
  /** The asker chose `chosen` from a previous answer's choices (not the answerer from a description). */
  picked?: boolean;
  /** An entry the question names in passing while asking something its register does not hold. */
  unasked?: Entry;
  /** Name searches (entry positions, best first) and entry scores, computed once per question. */
  memo?: { searches: Map<string, number[]>; scores: Map<number, { score: number; coverage: number }> };
}

export interface Match {
  entry: Entry;
  score: number;
  coverage: number;
}

export function t(ctx: Ctx, message: Localized, params: Record<string, unknown> = {}): string {
  return format(message[ctx.locale], params);
}

export function list(ctx: Ctx, items: string[], max = 8): string {
  if (items.length <= max) {
    if (items.length <= 1) return items.join('');
    return `${items.slice(0, -1).join(', ')}${LIST_JOIN[ctx.locale]}${items[items.length - 1]}`;
  }
  return `${items.slice(0, max).join(', ')} ${t(ctx, M.andMore, { n: items.length - max })}`;
}

/** Entries' names as a list, naming only as many as are shown. */
export function names(ctx: Ctx, entries: readonly Entry[], max: number): string {
  const shown = entries.slice(0, max).map((e) => nameOf(e, ctx.locale));
  if (entries.length <= max) return list(ctx, shown, max);
  return `${shown.join(', ')} ${t(ctx, M.andMore, { n: entries.length - max })}`;
}

export function role(ctx: Ctx, roleId: string | undefined): string {
  return roleId ? roleText(ctx.index.registry, roleId, ctx.locale) : t(ctx, M.notSet);
}

export function board(ctx: Ctx, boardId: string | undefined): string {
  return boardId ? boardName(ctx.index.registry, boardId) : t(ctx, M.notSet);
}

/** The controller of an activity: its board, or (naming none, where the organisation is controller) the organisation. */
export function controller(ctx: Ctx, boardId: string | undefined): string {
  const reg = ctx.index.registry;
  if (boardId || profileOf(reg.organisation?.data).controllerModel !== 'organisation')
    return board(ctx, boardId);
  return controllerRef(reg, boardId).name;
}

export function nameOf(entry: Entry, locale: Locale): string {
  const d = entry.entity.data as unknown as Record<string, unknown>;
  if (entry.kind === 'recommendation') {
    const r = (entry.entity as Entity<'audit'>).data.recommendations[entry.item ?? 0];
    return `${r?.id ?? ''} (${(entry.entity as Entity<'audit'>).data.title})`;
  }
  if (entry.kind === 'faq') return pickText((entry.entity as Entity<'faq'>).data.questions[0], locale);
  return String(d.name ?? d.title ?? entry.entity.id);
}

export function localDecimal(value: number, locale: Locale): string {
  const s = String(Math.round(value * 100) / 100);
  return locale === 'en' ? s : s.replace('.', ',');
}

/** A stable name for an entry across index rebuilds: "system/procapita", "recommendation/audit-id#2". */
export function entryKey(entry: Entry): string {
  return entry.item === undefined
    ? `${entry.entity.kind}/${entry.entity.id}`
    : `recommendation/${entry.entity.id}#${entry.item}`;
}

export function entryByKey(index: AnswerIndex, key: string): Entry | undefined {
  const hit = index.byKey.get(key);
  if (hit) return hit;
  const m = /^recommendation\/([^#]+)#(\d+)$/.exec(key);
  if (!m) return undefined;
  return index.byKind.get('recommendation')?.find((e) => e.entity.id === m[1] && e.item === Number(m[2]));
}
