// Answers a question from the registers: what is asked (intent), about what (the entry, matched by name,
// alias or words), and whether the match is good enough to say anything at all. Deterministic; no model.
import { controllerRef } from '../controller.js';
import { profileOf } from '../country.js';
import { assetsBySystem, isRestricted, requiredProtection } from '../derive.js';
import type { Kind } from '../kinds.js';
import { format, type Locale, type Localized, pickText } from '../locale.js';
import { aspectLabel, levelLabel } from '../model.js';
import type { ParsedFile, PathSegment } from '../parse.js';
import type { Entity } from '../registry.js';
import { type AnswerIndex, type Entry, type EntryKind, lineOf } from './index.js';
import { synonymOf } from './lexicon.js';
import {
  ACTION_STATUS,
  AUDIT_STATUS,
  DOCUMENT_STATUS,
  LEGAL_BASIS,
  LIST_JOIN,
  M,
  MONTHS,
  UNIT,
} from './messages.js';
import { similarity, terms, typoBudget } from './normalize.js';
import {
  boardName,
  boards,
  peopleOf,
  repositoryLink,
  roleName,
  rolesOfKind,
  roleText,
  whoToAsk,
} from './people.js';
import { analyse, type Query } from './query.js';

export interface AnswerOptions {
  /** The asker may see restricted details: a direct message from an allowed user, or `lisa ask --as-authorised`. */
  authorised?: boolean;
  /** Reply in this language instead of the question's. */
  locale?: Locale;
  /** YYYY-MM-DD, for "this month" and overdue reviews. Defaults to today in UTC. */
  today?: string;
}

export interface AnswerSource {
  /** Path relative to the working directory (as the registry was read). */
  file: string;
  line: number;
  /** The file and line in the registry's repository, when lisa.yaml names one. */
  url?: string;
}

export interface AnswerLink {
  title: string;
  url: string;
}

export type Intent =
  | 'owner'
  | 'classification'
  | 'handling'
  | 'holds'
  | 'processing'
  | 'document'
  | 'audit'
  | 'kpi'
  | 'cycle'
  | 'contact'
  | 'faq'
  | 'entry'
  | 'help'
  | 'none';

export interface Answer {
  /** False when the registers could not answer well enough: the text says so and names who to ask. */
  answered: boolean;
  locale: Locale;
  intent: Intent;
  /** The answer as plain text lines (not markup); the caller escapes for its medium. */
  lines: string[];
  /** The next step, as a line of its own. */
  next?: string;
  /** `lines` and `next`, one per line. */
  text: string;
  sources: AnswerSource[];
  links: AnswerLink[];
  /** Restricted details were held back: the asker learns only that they exist and who to ask. */
  withheld: boolean;
  /** The answer holds restricted details: for an authorised direct message only. */
  restricted: boolean;
  confidence: number;
}

// How sure a match must be before the answerer says anything about it.
const ACCEPT = 0.7;
const FAQ_ACCEPT = 0.62;
const SUGGEST = 0.45;

interface Ref {
  /** The entry (or lisa.yaml) whose file and line back the answer. */
  entity: { file: string; parsed: ParsedFile };
  path: PathSegment[];
}

interface Result {
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
}

interface Ctx {
  index: AnswerIndex;
  q: Query;
  locale: Locale;
  authorised: boolean;
  today: string;
  who: string;
}

interface Match {
  entry: Entry;
  score: number;
  coverage: number;
}

function t(ctx: Ctx, message: Localized, params: Record<string, unknown> = {}): string {
  return format(message[ctx.locale], params);
}

function list(ctx: Ctx, items: string[], max = 8): string {
  if (items.length <= max) {
    if (items.length <= 1) return items.join('');
    return `${items.slice(0, -1).join(', ')}${LIST_JOIN[ctx.locale]}${items[items.length - 1]}`;
  }
  return `${items.slice(0, max).join(', ')} ${t(ctx, M.andMore, { n: items.length - max })}`;
}

/** Entries' names as a list, naming only as many as are shown. */
function names(ctx: Ctx, entries: readonly Entry[], max: number): string {
  const shown = entries.slice(0, max).map((e) => nameOf(e, ctx.locale));
  if (entries.length <= max) return list(ctx, shown, max);
  return `${shown.join(', ')} ${t(ctx, M.andMore, { n: entries.length - max })}`;
}

function role(ctx: Ctx, roleId: string | undefined): string {
  return roleId ? roleText(ctx.index.registry, roleId, ctx.locale) : t(ctx, M.notSet);
}

function board(ctx: Ctx, boardId: string | undefined): string {
  return boardId ? boardName(ctx.index.registry, boardId) : t(ctx, M.notSet);
}

/** The controller of an activity: its board, or (naming none, where the organisation is controller) the organisation. */
function controller(ctx: Ctx, boardId: string | undefined): string {
  const reg = ctx.index.registry;
  if (boardId || profileOf(reg.organisation?.data).controllerModel !== 'organisation')
    return board(ctx, boardId);
  return controllerRef(reg, boardId).name;
}

function nameOf(entry: Entry, locale: Locale): string {
  const d = entry.entity.data as unknown as Record<string, unknown>;
  if (entry.kind === 'recommendation') {
    const r = (entry.entity as Entity<'audit'>).data.recommendations[entry.item ?? 0];
    return `${r?.id ?? ''} (${(entry.entity as Entity<'audit'>).data.title})`;
  }
  if (entry.kind === 'faq') return pickText((entry.entity as Entity<'faq'>).data.questions[0], locale);
  return String(d.name ?? d.title ?? entry.entity.id);
}

function localDecimal(value: number, locale: Locale): string {
  const s = String(Math.round(value * 100) / 100);
  return locale === 'en' ? s : s.replace('.', ',');
}

// ---------------------------------------------------------------------------------------------------------
// Matching

function weight(ctx: Ctx, term: string): number {
  const n = ctx.index.entries.length + 1;
  return Math.log(1 + n / (1 + (ctx.index.df.get(term) ?? 0)));
}

function bestSim(term: string, against: readonly string[], synonyms: ReadonlySet<string>): number {
  // A shared meaning (~pupil) from a phrase: found when the other side has a word of that meaning.
  if (term.startsWith('~')) return synonyms.has(term) || against.includes(term) ? 0.9 : 0;
  let best = 0;
  for (const a of against) {
    const s = similarity(term, a);
    if (s > best) {
      best = s;
      if (s === 1) return 1;
    }
  }
  const syn = synonymOf(term);
  if (syn && synonyms.has(syn)) best = Math.max(best, 0.9);
  return best;
}

function synonymSet(stems: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const s of stems) {
    const syn = synonymOf(s);
    if (syn) out.add(syn);
  }
  return out;
}

/** A compound of the question against a list by its parts: all of them must be there. */
function partsSim(q: Query, term: string, against: readonly string[], synonyms: ReadonlySet<string>): number {
  const parts = q.parts.get(term);
  if (!parts) return 0;
  let sum = 0;
  for (const p of parts) {
    const s = bestSim(p, against, synonyms);
    if (s < 0.65) return 0;
    sum += s;
  }
  // Below a whole-word match: "behörighetsöversyn" is the review of permissions, not any text on permissions.
  return (0.85 * sum) / parts.length;
}

/** How well the question names this entry, 0..1, and how much of the name it covers. */
function scoreEntry(ctx: Ctx, entry: Entry): { score: number; coverage: number } {
  const { q } = ctx;
  let best = { score: 0, coverage: 0 };
  for (const variant of entry.names) {
    let num = 0;
    let den = 0;
    for (const term of variant) {
      const w = weight(ctx, term);
      den += w;
      num += w * bestSim(term, q.stems, q.synonyms);
    }
    const coverage = den > 0 ? num / den : 0;
    if (coverage === 0) continue;
    const vSyn = synonymSet(variant);
    let en = 0;
    let ed = 0;
    let distinctive = false;
    for (const c of q.content) {
      const w = weight(ctx, c) * (q.contentWeight.get(c) ?? 1);
      ed += w;
      const alt = q.alternatives.get(c);
      const s = Math.max(
        bestSim(c, variant, vSyn),
        partsSim(q, c, variant, vSyn),
        alt && vSyn.has(alt) ? 0.9 : 0,
      );
      en += w * s;
      if (s >= 0.8 && c.length >= 6 && (ctx.index.df.get(c) ?? 0) <= 2) distinctive = true;
    }
    const explained = ed > 0 ? en / ed : coverage;
    let score = 0.6 * explained + 0.4 * coverage;
    // The whole name or alias is in the question, or a word that names only this entry: that is the entry,
    // whatever else the question says.
    if (coverage >= 0.99 && explained >= 0.4) score = Math.max(score, 0.78);
    if (distinctive && explained >= 0.6) score = Math.max(score, 0.8);
    if (score > best.score) best = { score, coverage };
  }
  return best;
}

/** The entries of the given kinds the question names, best first. `prefer` ranks some kinds above others. */
function resolve(ctx: Ctx, kinds: readonly EntryKind[], prefer: readonly EntryKind[] = []): Match[] {
  const { q } = ctx;
  // Only words that say what kind of question it is ("vilken handlingsplan?"): they may still be a name.
  const nameOnly = q.content.length === 0;
  const words = nameOnly ? [...q.stems] : [...q.content];
  if (words.length === 0) return [];
  // The words as written first; compound parts and shared meanings ("~pupil" is in thousands of names at region
  // scale) only when those do not find the entry.
  const first = candidates(ctx, words, kinds, prefer, nameOnly);
  if ((first[0]?.score ?? 0) >= ACCEPT) return first;
  const wider = [...words, ...[...q.parts.values()].flat(), ...q.synonyms];
  if (wider.length === words.length) return first;
  return candidates(ctx, wider, kinds, prefer, nameOnly);
}

function candidates(
  ctx: Ctx,
  words: string[],
  kinds: readonly EntryKind[],
  prefer: readonly EntryKind[],
  nameOnly: boolean,
): Match[] {
  const { index } = ctx;
  const allowed = new Set(kinds);
  const results = index.search.search(words.join(' '), {
    ...tolerant(ctx),
    combineWith: 'OR',
    filter: (r) => allowed.has((index.entries[r.id as number] as Entry).kind),
  });
  const out: Match[] = [];
  for (const r of results.slice(0, 40)) {
    const entry = index.entries[r.id as number] as Entry;
    const { score, coverage } = scoreEntry(ctx, entry);
    if (score <= 0 || (nameOnly && coverage < 0.99)) continue;
    const factor = prefer.length > 0 && !prefer.includes(entry.kind) ? 0.9 : 1;
    out.push({ entry, score: score * factor, coverage });
  }
  return out.sort((a, b) => b.score - a.score || b.coverage - a.coverage);
}

function isSuperseded(ctx: Ctx, entry: Entry): boolean {
  if (entry.kind !== 'document') return false;
  const doc = (entry.entity as Entity<'document'>).data;
  if (doc.status === 'repealed') return true;
  for (const other of ctx.index.registry.entities.document.values()) {
    if (other.valid && other.data.supersedes === entry.entity.id && other.data.status !== 'repealed')
      return true;
  }
  return false;
}

/**
 * Typo and prefix tolerance for the words the registers do not use as written: a known word is taken as meant
 * (and looked up exactly, which also keeps a common word from pulling in every compound that starts with it).
 */
function tolerant(ctx: Ctx) {
  const known = (term: string) => term.startsWith('~') || ctx.index.df.has(term);
  return {
    fuzzy: (term: string) => (known(term) ? false : typoBudget(term.length) || false),
    prefix: (term: string) => !known(term) && term.length >= 4,
  };
}

function sameEntry(a: Entry, b: Entry): boolean {
  return a.entity === b.entity && a.item === b.item;
}

type Pick = { entry: Entry; confidence: number } | { ambiguous: Entry[] } | { suggest: Entry[] } | undefined;

/** One entry, or the reason there is none: several fit equally, or only partly. */
function pickOne(ctx: Ctx, matches: Match[]): Pick {
  const top = matches[0];
  if (!top) return undefined;
  if (top.score >= ACCEPT) {
    const ties = matches.filter((m) => m.score >= top.score - 0.03 && m.coverage >= top.coverage - 0.01);
    let distinct = ties.filter((m, i) => ties.findIndex((o) => sameEntry(o.entry, m.entry)) === i);
    // A repealed or superseded document does not compete with the one in force.
    const current = distinct.filter((m) => !isSuperseded(ctx, m.entry));
    if (current.length > 0) distinct = current;
    if (distinct.length === 1)
      return { entry: (distinct[0] as Match).entry, confidence: (distinct[0] as Match).score };
    if (distinct.length > 1) return { ambiguous: distinct.map((m) => m.entry) };
    return { entry: top.entry, confidence: top.score };
  }
  const partial = matches.filter((m) => m.score >= SUGGEST);
  return partial.length > 0 ? { suggest: partial.map((m) => m.entry) } : undefined;
}

/** "Which one?" or "did you mean?" – naming only entries the asker may see. */
function clarify(ctx: Ctx, intent: Intent, pick: Pick): Result | undefined {
  if (!pick || 'entry' in pick) return undefined;
  const entries = 'ambiguous' in pick ? pick.ambiguous : pick.suggest;
  const visible = entries.filter((e) => ctx.authorised || !e.restricted);
  const names = [...new Set(visible.map((e) => nameOf(e, ctx.locale)))].slice(0, 4);
  if (names.length === 0) return undefined;
  const hidden = visible.length < entries.length;
  const message = 'ambiguous' in pick ? (hidden ? M.ambiguousHidden : M.ambiguous) : M.didYouMean;
  return {
    intent,
    confidence: 'ambiguous' in pick ? 0.6 : 0.3,
    answered: false,
    lines: [t(ctx, message, { list: names.map((n) => `"${n}"`).join(', '), who: ctx.who })],
    refs: [],
    used: visible.filter((e) => e.restricted),
  };
}

// ---------------------------------------------------------------------------------------------------------
// Intents

function detectIntent(q: Query): Intent {
  const c = q.concepts;
  const has = (id: Parameters<typeof c.has>[0]) => c.has(id);
  if ((has('dpo') || has('security-coordinator')) && !has('owner') && !has('administrator')) return 'contact';
  if (has('owner') || has('administrator')) return 'owner';
  if (has('data') && (has('system') || has('contains')) && !has('handling') && !has('classification'))
    return 'holds';
  if (has('classification')) return 'classification';
  if (has('data') && has('which') && !has('handling') && q.content.length > 0) return 'holds';
  if (has('legal-basis') || has('retention') || has('processing')) return 'processing';
  if (has('kpi')) return 'kpi';
  if (has('audit') || has('recommendation') || (has('action') && has('status'))) return 'audit';
  if (has('cycle') || ((has('month') || has('quarter') || q.months.length > 0) && !has('document')))
    return 'cycle';
  if (has('document') || has('review')) return 'document';
  if (has('target')) return 'kpi';
  if (has('handling')) return 'handling';
  return 'entry';
}

function ownerAnswer(ctx: Ctx, entry: Entry, confidence: number): Result {
  const e = entry.entity;
  const base = { intent: 'owner' as Intent, confidence, answered: true, used: [entry] };
  switch (entry.kind) {
    case 'system': {
      const s = (e as Entity<'system'>).data;
      const lines = [t(ctx, M.systemOwner, { name: s.name, owner: role(ctx, s.owner) })];
      const admin = s.administrator
        ? t(ctx, M.systemAdministratorOf, { name: s.name, who: role(ctx, s.administrator) })
        : t(ctx, M.noAdministrator);
      // Asked for the administrator: that first.
      if (ctx.q.concepts.has('administrator') && !ctx.q.concepts.has('owner')) lines.unshift(admin);
      else
        lines.push(
          s.administrator
            ? t(ctx, M.systemAdministrator, { who: role(ctx, s.administrator) })
            : t(ctx, M.noAdministrator),
        );
      lines.push(t(ctx, M.board, { board: board(ctx, s.board) }));
      return {
        ...base,
        lines,
        next: t(ctx, M.nextOwner, { owner: role(ctx, s.owner) }),
        refs: [{ entity: e, path: ['owner'] }],
      };
    }
    case 'asset': {
      const a = (e as Entity<'asset'>).data;
      return {
        ...base,
        lines: [
          t(ctx, M.assetOwner, { name: a.name, owner: role(ctx, a.owner) }),
          t(ctx, M.board, { board: board(ctx, a.board) }),
        ],
        next: t(ctx, M.nextAsk, { owner: role(ctx, a.owner) }),
        refs: [{ entity: e, path: ['owner'] }],
      };
    }
    case 'document': {
      const d = (e as Entity<'document'>).data;
      return {
        ...base,
        lines: [t(ctx, M.documentOwner, { name: d.title, owner: role(ctx, d.owner) })],
        next: t(ctx, M.nextAsk, { owner: role(ctx, d.owner) }),
        refs: [{ entity: e, path: ['owner'] }],
      };
    }
    case 'kpi': {
      const k = (e as Entity<'kpi'>).data;
      return {
        ...base,
        lines: [t(ctx, M.kpiOwner, { name: k.name, owner: role(ctx, k.owner) })],
        refs: [{ entity: e, path: ['owner'] }],
      };
    }
    case 'cycle': {
      const c = (e as Entity<'cycle'>).data;
      return {
        ...base,
        lines: [t(ctx, M.cycleOwner, { name: c.name, owner: role(ctx, c.owner) })],
        refs: [{ entity: e, path: ['owner'] }],
      };
    }
    case 'processing': {
      const p = (e as Entity<'processing'>).data;
      return {
        ...base,
        lines: [t(ctx, M.processingController, { name: p.name, board: controller(ctx, p.controller) })],
        refs: [{ entity: e, path: ['controller'] }],
      };
    }
    default:
      return entryAnswer(ctx, entry, confidence);
  }
}

function levelsLines(ctx: Ctx, levels: Record<string, number | undefined>): string[] {
  const { model } = ctx.index.registry;
  const out: string[] = [];
  const order = [
    ...model.aspects.map((a) => a.id),
    ...Object.keys(levels).filter((k) => !model.aspects.some((a) => a.id === k)),
  ];
  for (const aspect of order) {
    const level = levels[aspect];
    if (level === undefined) continue;
    out.push(
      t(ctx, M.levelLine, {
        aspect: aspectLabel(model, aspect, ctx.locale),
        level,
        label: levelLabel(model, level, ctx.locale, aspect),
      }),
    );
  }
  return out;
}

function shortLevels(ctx: Ctx, levels: Record<string, number | undefined>): string {
  const { model } = ctx.index.registry;
  return Object.entries(levels)
    .filter(([, v]) => v !== undefined)
    .map(([aspect, v]) => `${aspectLabel(model, aspect, ctx.locale)} ${v}`)
    .join(', ');
}

function classificationAnswer(ctx: Ctx, entry: Entry, confidence: number, intent: Intent): Result {
  const { registry, inForce } = ctx.index;
  if (entry.kind === 'asset') {
    const asset = entry.entity as Entity<'asset'>;
    const c = inForce.get(asset.id);
    if (!c) {
      return {
        intent,
        confidence,
        answered: true,
        lines: [t(ctx, M.notClassified, { name: asset.data.name })],
        next: t(ctx, M.nextClassify, { owner: role(ctx, asset.data.owner), coordinator: ctx.who }),
        refs: [{ entity: asset, path: [] }],
        used: [entry],
      };
    }
    const levels: Record<string, number> = {};
    for (const [k, v] of Object.entries(c.data.levels)) if (v) levels[k] = v.level;
    const lines = [
      t(ctx, M.classifiedAs, {
        name: asset.data.name,
        date: c.data.date,
        method: c.data.method ?? registry.model.method,
      }),
    ];
    lines.push(...levelsLines(ctx, levels));
    const due = c.data.nextReview;
    if (due)
      lines.push(
        due < ctx.today ? t(ctx, M.reviewOverdue, { date: due }) : t(ctx, M.nextReview, { date: due }),
      );
    // A classification can be marked restricted on its own.
    const classificationEntry = {
      ...entry,
      restricted: entry.restricted || isRestricted(registry, c as Entity, inForce),
    };
    return {
      intent,
      confidence,
      answered: true,
      lines,
      next: t(ctx, M.nextHandling, { coordinator: ctx.who }),
      refs: [{ entity: c, path: ['levels'] }],
      used: [classificationEntry],
    };
  }
  if (entry.kind === 'system') {
    const system = entry.entity as Entity<'system'>;
    // Restricted information must not show through the level it sets: without access, only the rest counts.
    const all = assetsBySystem(registry).get(system.id) ?? [];
    const visibleAssets = all.filter(
      (a) => ctx.authorised || !ctx.index.byKey.get(`asset/${a.id}`)?.restricted,
    );
    const required = requiredProtection(system.id, new Map([[system.id, visibleAssets]]), inForce);
    const lines: string[] = [];
    const used: Entry[] = [entry];
    let withheld = visibleAssets.length < all.length;
    if (required.size > 0) {
      lines.push(t(ctx, M.systemRequired, { name: system.data.name }));
      const levels: Record<string, number> = {};
      for (const [aspect, r] of required) levels[aspect] = r.level;
      lines.push(...levelsLines(ctx, levels));
      const from = new Map<string, Entry>();
      for (const r of required.values()) {
        const e = ctx.index.byKey.get(`asset/${r.asset.id}`);
        if (e) from.set(r.asset.id, e);
      }
      const shown = [...from.values()].filter((e) => ctx.authorised || !e.restricted);
      if (shown.length < from.size) withheld = true;
      used.push(...shown);
      if (shown.length > 0)
        lines.push(
          t(ctx, M.highestFrom, {
            list: list(
              ctx,
              shown.map((e) => nameOf(e, ctx.locale)),
              4,
            ),
          }),
        );
      const has = system.data.protection ?? {};
      for (const [aspect, r] of required) {
        const level = has[aspect];
        if (level !== undefined && level < r.level) {
          lines.push(
            t(ctx, M.protectionGap, {
              aspect: aspectLabel(registry.model, aspect, ctx.locale),
              has: level,
              needs: r.level,
            }),
          );
        }
      }
      lines.push(t(ctx, M.systemProtectionShort, { levels: shortLevels(ctx, has) }));
    } else {
      lines.push(t(ctx, M.systemProtection, { name: system.data.name }));
      lines.push(...levelsLines(ctx, system.data.protection ?? {}));
    }
    if (withheld) lines.push(t(ctx, M.restrictedAlso));
    return {
      intent,
      confidence,
      answered: true,
      lines,
      next: t(ctx, M.nextHandling, { coordinator: ctx.who }),
      refs: [{ entity: system, path: ['protection'] }],
      used,
      withheld,
    };
  }
  return entryAnswer(ctx, entry, confidence);
}

// Posting lists are ascending entry positions: unions and intersections are merges.
function union(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = i < a.length ? (a[i] as number) : Number.POSITIVE_INFINITY;
    const y = j < b.length ? (b[j] as number) : Number.POSITIVE_INFINITY;
    if (x === y) {
      out.push(x);
      i++;
      j++;
    } else if (x < y) {
      out.push(x);
      i++;
    } else {
      out.push(y);
      j++;
    }
  }
  return out;
}

function intersection(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) {
      out.push(x);
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return out;
}

/** The entries whose data subjects or categories match a stem (or its shared meaning). */
function subjectPostings(ctx: Ctx, stem: string): number[] {
  const syn = stem.startsWith('~') ? stem : synonymOf(stem);
  let out: number[] = [];
  for (const [term, ids] of ctx.index.subjects) {
    const hit = term.startsWith('~') ? term === syn : !stem.startsWith('~') && similarity(stem, term) >= 0.8;
    if (hit) out = out.length === 0 ? ids : union(out, ids);
  }
  return out;
}

/** Assets and processing activities whose data subjects and categories cover every content word. */
function bySubjects(ctx: Ctx, kinds: readonly EntryKind[]): Entry[] {
  const { q, index } = ctx;
  const subjects = q.content.filter((c) => !/^\d+$/.test(c));
  if (subjects.length === 0) return [];
  let result: number[] | undefined;
  // Every word of the subject must be there: "uppgifter om elever" is not "uppgifter om lärare".
  for (const s of subjects) {
    let ids = subjectPostings(ctx, s);
    const alt = q.alternatives.get(s);
    if (alt) ids = union(ids, subjectPostings(ctx, alt));
    const parts = q.parts.get(s);
    if (parts) {
      // A compound by its parts: "elevuppgifter" is about elever.
      let byParts: number[] | undefined;
      for (const p of parts)
        byParts = byParts ? intersection(byParts, subjectPostings(ctx, p)) : subjectPostings(ctx, p);
      if (byParts) ids = union(ids, byParts);
    }
    result = result ? intersection(result, ids) : ids;
    if (result.length === 0) return [];
  }
  const allowed = new Set(kinds);
  const out: Entry[] = [];
  for (const id of result ?? []) {
    const e = index.entries[id] as Entry;
    if (allowed.has(e.kind)) out.push(e);
  }
  return out;
}

function holdsAnswer(ctx: Ctx): Result | undefined {
  const subjects = ctx.q.content.filter((c) => !/^\d+$/.test(c));
  const matched = bySubjects(ctx, ['asset', 'processing']);
  if (matched.length === 0) return undefined;
  let withheld = false;
  const used: Entry[] = [];
  const visible = matched.filter((e) => {
    if (e.restricted && !ctx.authorised) {
      withheld = true;
      return false;
    }
    return true;
  });
  const count = new Uint32Array(ctx.index.entries.length);
  const named: number[] = [];
  for (const e of visible) {
    // What decides who may see the answer; the others are open anyway.
    if (e.restricted) used.push(e);
    for (const id of e.systems ?? []) {
      if (count[id] === 0) named.push(id);
      count[id] = (count[id] as number) + 1;
    }
  }
  const systems: Entry[] = [];
  // Most named first; the registers' order among equals.
  named.sort((a, b) => (count[b] as number) - (count[a] as number) || a - b);
  for (const id of named) {
    const s = ctx.index.entries[id] as Entry;
    if (s.restricted && !ctx.authorised) {
      withheld = true;
      continue;
    }
    systems.push(s);
  }
  used.push(...systems.filter((s) => s.restricted));
  const subject = subjectLabel(ctx, visible.length > 0 ? visible : matched, subjects);
  const lines: string[] = [];
  if (visible.length > 0) {
    if (systems.length > 0) lines.push(t(ctx, M.holdsSystems, { subject, list: names(ctx, systems, 8) }));
    else lines.push(t(ctx, M.holdsNoSystem));
    const assets = visible.filter((e) => e.kind === 'asset');
    const processing = visible.filter((e) => e.kind === 'processing');
    if (assets.length > 0) lines.push(t(ctx, M.holdsAssets, { list: names(ctx, assets, 5) }));
    if (processing.length > 0) lines.push(t(ctx, M.holdsProcessing, { list: names(ctx, processing, 5) }));
  }
  if (withheld) lines.push(t(ctx, M.restrictedAlso));
  const refs: Ref[] = [
    ...visible
      .slice(0, 3)
      .map((e) => ({ entity: e.entity, path: e.kind === 'asset' ? ['personalData'] : ['dataSubjects'] })),
    ...systems.slice(0, 3).map((s) => ({ entity: s.entity, path: [] as PathSegment[] })),
  ];
  return {
    intent: 'holds',
    confidence: visible.length > 0 ? 0.85 : 0.75,
    answered: visible.length > 0,
    lines,
    next: visible.length > 0 ? t(ctx, M.nextHolds) : t(ctx, M.askCoordinator, { who: ctx.who }),
    refs,
    used,
    withheld,
  };
}

/** The registry's own word for the group asked about ("elever"), not the asker's spelling. */
function subjectLabel(ctx: Ctx, entries: Entry[], subjects: string[]): string {
  // The first few entries tell; all of them match by construction.
  for (const e of entries.slice(0, 10)) {
    const raw =
      e.kind === 'asset'
        ? [
            ...((e.entity as Entity<'asset'>).data.personalData?.dataSubjects ?? []),
            ...((e.entity as Entity<'asset'>).data.personalData?.categories ?? []),
          ]
        : [
            ...(e.entity as Entity<'processing'>).data.dataSubjects,
            ...(e.entity as Entity<'processing'>).data.personalData,
          ];
    for (const r of raw) {
      const stems = terms(r);
      const syn = synonymSet(stems);
      if (subjects.some((s) => bestSim(s, stems, syn) >= 0.8 || partsSim(ctx.q, s, stems, syn) >= 0.68))
        return r;
    }
  }
  return subjects.join(' ');
}

function processingAnswer(ctx: Ctx, entry: Entry, confidence: number): Result {
  const p = (entry.entity as Entity<'processing'>).data;
  const c = ctx.q.concepts;
  const lines = [t(ctx, M.processingExists, { name: p.name, board: controller(ctx, p.controller) })];
  const refs: Ref[] = [{ entity: entry.entity, path: [] }];
  const basis = t(ctx, M.legalBasis, {
    list: list(
      ctx,
      (p.legalBasis ?? []).map((b) => {
        const label = LEGAL_BASIS[b.basis]?.[ctx.locale] ?? b.basis;
        return b.reference ? `${label} – ${b.reference}` : label;
      }),
    ),
  });
  const retention = p.retention
    ? t(ctx, M.retention, {
        period: p.retention.period,
        basis: p.retention.basis ? ` (${p.retention.basis})` : '',
      })
    : undefined;
  if (c.has('retention') && !c.has('legal-basis')) {
    if (retention) lines.push(retention);
    if (p.retention?.archived) lines.push(t(ctx, M.archived));
    lines.push(basis);
    refs.unshift({ entity: entry.entity, path: ['retention'] });
  } else {
    lines.push(basis);
    if (retention) lines.push(retention);
    if (c.has('legal-basis')) refs.unshift({ entity: entry.entity, path: ['legalBasis'] });
  }
  if (!c.has('legal-basis') && !c.has('retention') && p.purposes?.length)
    lines.push(t(ctx, M.purposes, { list: list(ctx, p.purposes, 3) }));
  const dpo = dpoFor(ctx, p.controller);
  return {
    intent: 'processing',
    confidence,
    answered: true,
    lines,
    next: t(ctx, M.nextProcessing, { who: dpo ?? ctx.who }),
    refs,
    used: [entry],
  };
}

function dpoFor(ctx: Ctx, boardId: string | undefined): string | undefined {
  const reg = ctx.index.registry;
  const b = boards(reg).find((x) => x.id === boardId);
  const own = boardId ? b?.dpo : reg.organisation?.data.controller?.dpo;
  if (own) return roleText(reg, own, ctx.locale);
  const roles = rolesOfKind(reg, 'dpo');
  return roles.length > 0 ? roles.map((r) => roleText(reg, r, ctx.locale)).join(', ') : undefined;
}

function documentAnswer(ctx: Ctx, entry: Entry, confidence: number): Result {
  const d = (entry.entity as Entity<'document'>).data;
  const lines = [
    d.status === 'repealed'
      ? t(ctx, M.documentRepealed, { name: d.title })
      : d.status === 'decided' && d.decision?.date
        ? t(ctx, M.documentDecided, {
            name: d.title,
            date: d.decision.date,
            board:
              d.decidedByRole && !d.decidedBy
                ? roleName(ctx.index.registry, d.decidedByRole, ctx.locale)
                : board(ctx, d.decidedBy),
          })
        : t(ctx, M.documentStatus, {
            name: d.title,
            status: DOCUMENT_STATUS[d.status]?.[ctx.locale] ?? d.status,
          }),
  ];
  const summary = pickText(d.summary, ctx.locale);
  if (summary) lines.push(summary);
  if (d.nextReview)
    lines.push(
      d.nextReview < ctx.today
        ? t(ctx, M.documentReviewOverdue, { date: d.nextReview })
        : t(ctx, M.documentReview, { date: d.nextReview }),
    );
  else lines.push(t(ctx, M.documentNoReview));
  const links = d.url && /^https?:\/\//i.test(d.url) ? [{ title: d.title, url: d.url }] : [];
  return {
    intent: 'document',
    confidence,
    answered: true,
    lines,
    next: t(ctx, M.nextDocument, { owner: role(ctx, d.owner) }),
    refs: [{ entity: entry.entity, path: ctx.q.concepts.has('review') ? ['nextReview'] : [] }],
    links,
    used: [entry],
  };
}

function auditAnswer(ctx: Ctx, entry: Entry, confidence: number): Result {
  const audit = entry.entity as Entity<'audit'>;
  const a = audit.data;
  const header = t(ctx, M.auditLine, {
    name: a.title,
    firm: a.firm ? `${a.firm}, ` : '',
    date: a.reportDate,
    status: AUDIT_STATUS[a.status]?.[ctx.locale] ?? a.status,
  });
  const lines = [header];
  const late = (p: { due: string; status: string }) =>
    p.due < ctx.today && (p.status === 'planned' || p.status === 'in-progress') ? t(ctx, M.late) : '';
  let item = entry.item;
  if (item === undefined) {
    const wanted = ctx.q.ids.find((id) => a.recommendations.some((r) => r.id.toLowerCase() === id));
    if (wanted) item = a.recommendations.findIndex((r) => r.id.toLowerCase() === wanted);
  }
  let next: string | undefined;
  let path: PathSegment[] = [];
  const r = item !== undefined ? a.recommendations[item] : undefined;
  if (item !== undefined && r) {
    lines.push(t(ctx, M.recommendationLine, { id: r.id, text: r.text }));
    if (r.answer) lines.push(t(ctx, M.boardAnswer, { text: r.answer }));
    const actions = r.plannedActions ?? [];
    if (actions.length === 0) lines.push(t(ctx, M.noActions));
    for (const p of actions.slice(0, 5)) {
      lines.push(
        t(ctx, M.actionLine, {
          text: p.text,
          owner: role(ctx, p.owner),
          due: p.due,
          status: ACTION_STATUS[p.status]?.[ctx.locale] ?? p.status,
          late: late(p),
        }),
      );
    }
    const open = actions.find((p) => p.status === 'planned' || p.status === 'in-progress');
    if (open) next = t(ctx, M.nextAudit, { owner: role(ctx, open.owner) });
    path = ['recommendations', item];
  } else {
    if (a.answerDue && (a.status === 'received' || a.status === 'in-progress'))
      lines.push(t(ctx, M.auditAnswerDue, { date: a.answerDue }));
    for (const r of a.recommendations.slice(0, 6)) {
      const actions = r.plannedActions ?? [];
      const done = actions.filter((p) => p.status === 'done').length;
      const open = actions
        .filter((p) => p.status === 'planned' || p.status === 'in-progress')
        .sort((x, y) => (x.due < y.due ? -1 : 1))[0];
      lines.push(
        t(ctx, M.recommendationSummary, {
          id: r.id,
          done,
          total: actions.length,
          next: open ? t(ctx, M.nextAction, { text: open.text, due: open.due, late: late(open) }) : '',
        }),
      );
    }
    path = ['status'];
    const open = a.recommendations
      .flatMap((r) => r.plannedActions ?? [])
      .filter((p) => p.status === 'planned' || p.status === 'in-progress');
    const first = open.sort((x, y) => (x.due < y.due ? -1 : 1))[0];
    next = t(ctx, M.nextAudit, { owner: first ? role(ctx, first.owner) : ctx.who });
  }
  return {
    intent: 'audit',
    confidence,
    answered: true,
    lines,
    ...(next ? { next } : {}),
    refs: [{ entity: audit, path }],
    used: [entry],
  };
}

function kpiValue(ctx: Ctx, unit: string, v: number): string {
  return format(UNIT[unit]?.[ctx.locale] ?? '{v}', { v: localDecimal(v, ctx.locale) });
}

function latest(values: Record<string, number | null | undefined>): [string, number][] {
  return Object.entries(values)
    .filter((e): e is [string, number] => typeof e[1] === 'number')
    .sort((a, b) => (a[0] < b[0] ? 1 : -1));
}

function kpiLine(ctx: Ctx, k: Entity<'kpi'>['data']): string {
  const [last] = latest(k.values ?? {});
  if (!last) return t(ctx, M.kpiNoValue, { name: k.name, target: kpiValue(ctx, k.unit, k.target) });
  const met = k.direction === 'lower-is-better' ? last[1] <= k.target : last[1] >= k.target;
  return t(ctx, M.kpiLine, {
    name: k.name,
    value: kpiValue(ctx, k.unit, last[1]),
    quarter: last[0],
    target: kpiValue(ctx, k.unit, k.target),
    verdict: t(ctx, met ? M.kpiMet : M.kpiNotMet),
  });
}

function kpiAnswer(ctx: Ctx, entry: Entry, confidence: number): Result {
  const k = (entry.entity as Entity<'kpi'>).data;
  const lines = [kpiLine(ctx, k)];
  const values = latest(k.values ?? {});
  const prev = values[1];
  if (prev) lines.push(t(ctx, M.kpiPrevious, { value: kpiValue(ctx, k.unit, prev[1]), quarter: prev[0] }));
  const comment = values[0] && k.comments?.[values[0][0]];
  if (comment) lines.push(t(ctx, M.kpiComment, { text: comment }));
  return {
    intent: 'kpi',
    confidence,
    answered: true,
    lines,
    next: t(ctx, M.nextKpi, { owner: role(ctx, k.owner) }),
    refs: [{ entity: entry.entity, path: values[0] ? ['values', values[0][0]] : ['values'] }],
    used: [entry],
  };
}

function allKpis(ctx: Ctx): Result | undefined {
  const all = ctx.index.byKind.get('kpi') ?? [];
  if (all.length === 0) return undefined;
  const visible = all.filter((e) => ctx.authorised || !e.restricted);
  const withheld = visible.length < all.length;
  const lines = [
    t(ctx, M.kpiAll),
    ...visible.slice(0, 8).map((e) => kpiLine(ctx, (e.entity as Entity<'kpi'>).data)),
  ];
  if (visible.length > 8) lines.push(t(ctx, M.andMore, { n: visible.length - 8 }));
  if (withheld) lines.push(t(ctx, M.restrictedAlso));
  return {
    intent: 'kpi',
    confidence: 0.72,
    answered: visible.length > 0,
    lines,
    next: t(ctx, M.nextKpi, { owner: ctx.who }),
    refs: visible.slice(0, 3).map((e) => ({ entity: e.entity, path: ['values'] })),
    used: visible,
    withheld,
  };
}

function monthName(ctx: Ctx, m: number): string {
  return MONTHS[ctx.locale][m - 1] ?? String(m);
}

function cycleAnswer(ctx: Ctx): Result | undefined {
  const { q } = ctx;
  const current = Number(ctx.today.slice(5, 7));
  let months: number[];
  let when: string;
  if (q.months.length > 0) {
    months = [...new Set(q.months)];
    when = t(ctx, M.cycleWhenMonth, {
      month: list(
        ctx,
        months.map((m) => monthName(ctx, m)),
      ),
    });
  } else if (q.quarter !== undefined || q.concepts.has('quarter')) {
    let quarter = q.quarter ?? Math.ceil(current / 3);
    if (q.quarter === undefined && q.concepts.has('next')) quarter = (quarter % 4) + 1;
    months = [quarter * 3 - 2, quarter * 3 - 1, quarter * 3];
    when = t(ctx, M.cycleWhenQuarter, {
      q: quarter,
      months: list(
        ctx,
        months.map((m) => monthName(ctx, m)),
      ),
    });
  } else {
    const month = q.concepts.has('next') ? (current % 12) + 1 : current;
    months = [month];
    when = t(ctx, M.cycleWhenMonth, { month: monthName(ctx, month) });
  }
  const all = ctx.index.byKind.get('cycle') ?? [];
  const hits = all.filter((e) =>
    ((e.entity as Entity<'cycle'>).data.months ?? []).some((m) => months.includes(m)),
  );
  const visible = hits.filter((e) => ctx.authorised || !e.restricted);
  const withheld = visible.length < hits.length;
  const firstMonth = (e: Entry) =>
    Math.min(...((e.entity as Entity<'cycle'>).data.months ?? []).filter((m) => months.includes(m)));
  visible.sort(
    (a, b) =>
      firstMonth(a) - firstMonth(b) ||
      ((a.entity as Entity<'cycle'>).data.day ?? 31) - ((b.entity as Entity<'cycle'>).data.day ?? 31),
  );
  const lines: string[] = [];
  if (visible.length === 0) lines.push(t(ctx, M.cycleNothing, { when }));
  else {
    lines.push(t(ctx, M.cycleIn, { when }));
    for (const e of visible.slice(0, 10)) {
      const c = (e.entity as Entity<'cycle'>).data;
      const day = c.day ? t(ctx, M.cycleDay, { day: c.day, month: monthName(ctx, firstMonth(e)) }) : '';
      lines.push(`• ${t(ctx, M.cycleItem, { name: c.name, owner: role(ctx, c.owner), day })}`);
    }
  }
  if (withheld) lines.push(t(ctx, M.restrictedAlso));
  return {
    intent: 'cycle',
    confidence: 0.85,
    answered: true,
    lines,
    ...(visible.length > 0 ? { next: t(ctx, M.nextCycle) } : {}),
    refs: visible.slice(0, 4).map((e) => ({ entity: e.entity, path: ['months'] })),
    used: visible,
    withheld,
  } as Result;
}

function cycleEntryAnswer(ctx: Ctx, entry: Entry, confidence: number): Result {
  const c = (entry.entity as Entity<'cycle'>).data;
  const lines = [
    t(ctx, M.cycleMonths, {
      name: c.name,
      months: list(
        ctx,
        (c.months ?? []).map((m) => monthName(ctx, m)),
      ),
      owner: role(ctx, c.owner),
    }),
  ];
  const description = pickText(c.description, ctx.locale);
  if (description) lines.push(description);
  return {
    intent: 'cycle',
    confidence,
    answered: true,
    lines,
    next: t(ctx, M.nextCycle),
    refs: [{ entity: entry.entity, path: ['months'] }],
    used: [entry],
  };
}

function contactAnswer(ctx: Ctx): Result | undefined {
  const reg = ctx.index.registry;
  const lines: string[] = [];
  const refs: Ref[] = [];
  const org = reg.organisation;
  const people = (roleId: string) => peopleOf(reg, roleId) || t(ctx, M.contactNobody);
  const roleLines = (roleIds: string[]) => {
    for (const r of roleIds) {
      lines.push(t(ctx, M.contactLine, { role: roleName(reg, r, ctx.locale), people: people(r) }));
      if (org) refs.push({ entity: org, path: ['roles', r] });
    }
  };
  if (ctx.q.concepts.has('dpo')) {
    // A board named in the question ("för socialnämnden") narrows it to that board's DPO.
    const boardList = boards(reg);
    const named = boardList.find((b) => {
      const stems = terms(b.name);
      return stems.length > 0 && stems.every((s) => bestSim(s, ctx.q.stems, ctx.q.synonyms) >= 0.8);
    });
    if (named?.dpo) {
      lines.push(
        t(ctx, M.dpoFor, {
          board: named.name,
          people: people(named.dpo),
          role: roleName(reg, named.dpo, ctx.locale),
        }),
      );
      if (org) refs.push({ entity: org, path: ['boards', boardList.indexOf(named), 'dpo'] });
    } else roleLines(rolesOfKind(reg, 'dpo'));
  }
  if (ctx.q.concepts.has('security-coordinator')) roleLines(rolesOfKind(reg, 'security-coordinator'));
  if (lines.length === 0) return undefined;
  return {
    intent: 'contact',
    confidence: 0.85,
    answered: true,
    lines,
    next: t(ctx, M.nextContact),
    refs,
    used: [],
  };
}

/** "Vem är säkerhetschef?": a role named in the question, and who holds it. */
function roleAnswer(ctx: Ctx): Result | undefined {
  const reg = ctx.index.registry;
  const org = reg.organisation;
  if (!org?.valid || ctx.q.content.length === 0) return undefined;
  const roles = Object.entries(org.data.roles ?? {});
  for (const [id, role] of roles) {
    if (!role) continue;
    const names = [
      ...new Set([
        ...(typeof role.name === 'string' ? [role.name] : Object.values(role.name)),
        id.replace(/-/g, ' '),
      ]),
    ];
    for (const name of names) {
      const stems = terms(name);
      if (stems.length === 0) continue;
      const syn = synonymSet(stems);
      // The whole name is in the question, and the question names nothing else.
      const covered = stems.every((s) => bestSim(s, ctx.q.stems, ctx.q.synonyms) >= 0.8);
      const explained = ctx.q.content.every((c) => bestSim(c, stems, syn) >= 0.8);
      if (!covered || !explained) continue;
      return {
        intent: 'contact',
        confidence: 0.85,
        answered: true,
        lines: [
          t(ctx, M.contactLine, {
            role: roleName(reg, id, ctx.locale),
            people: peopleOf(reg, id) || t(ctx, M.contactNobody),
          }),
        ],
        next: t(ctx, M.nextContact),
        refs: [{ entity: org, path: ['roles', id] }],
        used: [],
      };
    }
  }
  return undefined;
}

function faqAnswer(ctx: Ctx, entry: Entry, confidence: number): Result {
  const f = (entry.entity as Entity<'faq'>).data;
  const lines = [pickText(f.answer, ctx.locale)];
  const refs: Ref[] = [{ entity: entry.entity, path: ['answer'] }];
  const used = [entry];
  for (const id of f.documents ?? []) {
    const doc = ctx.index.byKey.get(`document/${id}`);
    if (!doc || (doc.restricted && !ctx.authorised)) continue;
    refs.push({ entity: doc.entity, path: [] });
  }
  const links = (f.links ?? [])
    .filter((l) => /^https?:\/\//i.test(l.url))
    .map((l) => ({ title: l.title, url: l.url }));
  return {
    intent: 'faq',
    confidence,
    answered: true,
    lines,
    next: t(ctx, M.faqOwner, { owner: role(ctx, f.owner) }),
    refs,
    links,
    used,
  };
}

/** An entry in brief, when the question names it but asks nothing specific. */
function entryAnswer(ctx: Ctx, entry: Entry, confidence: number): Result {
  switch (entry.kind) {
    case 'system': {
      const r = ownerAnswer(ctx, entry, confidence);
      const description = pickText((entry.entity as Entity<'system'>).data.description, ctx.locale);
      if (description) r.lines.unshift(description);
      return { ...r, intent: 'entry' };
    }
    case 'asset': {
      const owner = ownerAnswer(ctx, entry, confidence);
      const cls = classificationAnswer(ctx, entry, confidence, 'entry');
      return { ...cls, lines: [...owner.lines, ...cls.lines], intent: 'entry' };
    }
    case 'processing':
      return processingAnswer(ctx, entry, confidence);
    case 'document':
      return documentAnswer(ctx, entry, confidence);
    case 'kpi':
      return kpiAnswer(ctx, entry, confidence);
    case 'cycle':
      return cycleEntryAnswer(ctx, entry, confidence);
    case 'audit':
    case 'recommendation':
      return auditAnswer(ctx, entry, confidence);
    case 'faq':
      return faqAnswer(ctx, entry, confidence);
    default:
      return faqAnswer(ctx, entry, confidence);
  }
}

// ---------------------------------------------------------------------------------------------------------
// Guidance (FAQ)

/**
 * How well a guidance entry answers the question: the question's words found in one of its ways of asking
 * (recall, weighted by how telling each word is) and that way of asking's words found in the question
 * (precision); or the question's words spread over all its ways of asking and its topics.
 */
function scoreFaq(ctx: Ctx, entry: Entry): number {
  const { q } = ctx;
  if (q.stems.length === 0) return 0;
  const topicStems = terms(((entry.entity as Entity<'faq'>).data.topics ?? []).join(' '));
  const recallAgainst = (against: string[]) => {
    const syn = synonymSet(against);
    let num = 0;
    let den = 0;
    for (const s of q.stems) {
      const w = weight(ctx, s);
      den += w;
      num += w * bestSim(s, against, syn);
    }
    return den > 0 ? num / den : 0;
  };
  let best = 0;
  let bestPrecision = 0;
  for (const question of entry.questions) {
    const recall = recallAgainst([...question, ...topicStems]);
    let p = 0;
    for (const f of question) p += bestSim(f, q.stems, q.synonyms);
    const precision = question.length > 0 ? p / question.length : 0;
    bestPrecision = Math.max(bestPrecision, precision);
    best = Math.max(best, 0.6 * recall + 0.4 * precision);
  }
  const union = recallAgainst([...entry.questions.flat(), ...topicStems]);
  return Math.max(best, 0.95 * (0.6 * union + 0.4 * bestPrecision));
}

function faqCandidate(ctx: Ctx): Result | undefined {
  const { q, index } = ctx;
  if (q.stems.length === 0) return undefined;
  const search = [...q.stems, ...q.synonyms];
  const results = index.faqSearch.search(search.join(' '), {
    boost: { questions: 2 },
    ...tolerant(ctx),
    combineWith: 'OR',
  });
  let best: { entry: Entry; score: number } | undefined;
  for (const r of results.slice(0, 15)) {
    const entry = index.entries[r.id as number] as Entry;
    const score = scoreFaq(ctx, entry);
    if (!best || score > best.score) best = { entry, score };
  }
  if (!best || best.score < FAQ_ACCEPT) return undefined;
  return faqAnswer(ctx, best.entry, best.score);
}

// ---------------------------------------------------------------------------------------------------------

const OWNED: EntryKind[] = ['system', 'asset', 'document', 'kpi', 'cycle', 'processing'];
const ANY: EntryKind[] = [
  'system',
  'asset',
  'processing',
  'document',
  'kpi',
  'cycle',
  'audit',
  'recommendation',
];

function preferFromConcepts(q: Query): EntryKind[] {
  const out: EntryKind[] = [];
  if (q.concepts.has('system')) out.push('system');
  if (q.concepts.has('document')) out.push('document');
  if (q.concepts.has('kpi')) out.push('kpi');
  if (q.concepts.has('processing')) out.push('processing');
  if (q.concepts.has('data')) out.push('asset');
  // "Hur ligger vi till med …?": a measure or an audit's progress.
  if (q.concepts.has('status') || q.concepts.has('target')) out.push('kpi', 'audit', 'recommendation');
  return out;
}

function structured(ctx: Ctx, intent: Intent): Result | undefined {
  const { q } = ctx;
  const withEntry = (
    kinds: EntryKind[],
    answer: (entry: Entry, confidence: number) => Result,
    prefer = preferFromConcepts(q),
  ) => {
    const pick = pickOne(ctx, resolve(ctx, kinds, prefer));
    if (pick && 'entry' in pick) return answer(pick.entry, pick.confidence);
    return clarify(ctx, intent, pick);
  };
  switch (intent) {
    case 'contact':
      return contactAnswer(ctx) ?? roleAnswer(ctx);
    case 'owner':
      return withEntry(OWNED, (e, c) => ownerAnswer(ctx, e, c));
    case 'classification':
      return withEntry(
        ['asset', 'system'],
        (e, c) => classificationAnswer(ctx, e, c, 'classification'),
        q.concepts.has('system') ? ['system'] : ['asset'],
      );
    case 'handling':
      // "May I use Dropbox?": the information's classification, or the governing document on the service.
      return withEntry(
        ['asset', 'system', 'document'],
        (e, c) =>
          e.kind === 'document'
            ? documentAnswer(ctx, e, c * 0.9)
            : classificationAnswer(ctx, e, c * 0.9, 'handling'),
        ['asset'],
      );
    case 'holds':
      return holdsAnswer(ctx);
    case 'processing': {
      const r = withEntry(['processing'], (e, c) => processingAnswer(ctx, e, c));
      if (r?.answered) return r;
      // "How long are pupils' grades kept?": the processing whose data subjects and categories say so.
      const hits = bySubjects(ctx, ['processing']);
      if (hits.length === 1) return processingAnswer(ctx, hits[0] as Entry, 0.75);
      if (hits.length > 1) return clarify(ctx, 'processing', { ambiguous: hits }) ?? r;
      return r;
    }
    case 'document':
      return withEntry(['document'], (e, c) => documentAnswer(ctx, e, c));
    case 'audit': {
      const r = withEntry(['recommendation', 'audit'], (e, c) => auditAnswer(ctx, e, c));
      if (r?.answered) return r;
      // "How are the audit actions going?" naming none: the latest audit still open (else the latest).
      if (q.content.length === 0) {
        const audits = [...(ctx.index.byKind.get('audit') ?? [])].sort((a, b) =>
          (a.entity as Entity<'audit'>).data.reportDate < (b.entity as Entity<'audit'>).data.reportDate
            ? 1
            : -1,
        );
        const open = audits.filter((e) => (e.entity as Entity<'audit'>).data.status !== 'closed');
        const latest = open[0] ?? audits[0];
        if (latest) return auditAnswer(ctx, latest, 0.72);
      }
      return r;
    }
    case 'kpi': {
      const r = withEntry(['kpi'], (e, c) => kpiAnswer(ctx, e, c));
      if (r?.answered) return r;
      return q.content.length === 0 ? allKpis(ctx) : r;
    }
    case 'cycle': {
      if (q.content.length > 0) {
        const pick = pickOne(ctx, resolve(ctx, ['cycle']));
        if (pick && 'entry' in pick) return cycleEntryAnswer(ctx, pick.entry, pick.confidence);
      }
      return cycleAnswer(ctx);
    }
    case 'entry':
      return (
        (q.concepts.has('who') ? roleAnswer(ctx) : undefined) ??
        withEntry(ANY, (e, c) => entryAnswer(ctx, e, c * 0.9))
      );
    default:
      return undefined;
  }
}

function decline(ctx: Ctx, intent: Intent, lead?: string[]): Result {
  return {
    intent,
    confidence: 0,
    answered: false,
    lines: [...(lead ?? [t(ctx, M.dontKnow)])],
    next: t(ctx, M.askCoordinator, { who: ctx.who }),
    refs: [],
    used: [],
  };
}

function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Answers a question from the index. Pure apart from reading the clock when `today` is not given. */
export function answer(index: AnswerIndex, question: string, options: AnswerOptions = {}): Answer {
  const q = analyse(question.slice(0, 2000), index, options.locale);
  const ctx: Ctx = {
    index,
    q,
    locale: q.locale,
    authorised: options.authorised === true,
    today: options.today ?? todayUtc(),
    who: whoToAsk(index.registry, q.locale),
  };
  // A greeting, "help" or nothing at all: say what can be asked. A question made only of a phrase the lexicon
  // knows ("who is the data protection officer") has no stems but does say what it asks.
  if (
    (q.stems.length === 0 && q.concepts.size <= 1) ||
    (q.stems.length > 0 &&
      q.stems.length <= 2 &&
      q.stems.every((x) => /^(help|hjälp|hjelp|hjälpa|hjelpe)$/.test(x)))
  ) {
    return finish(ctx, {
      intent: 'help',
      confidence: 0,
      answered: false,
      lines: [t(ctx, M.help)],
      refs: [],
      used: [],
    });
  }
  const intent = detectIntent(q);
  const s = structured(ctx, intent);
  const faq = faqCandidate(ctx);
  let chosen: Result;
  // "Which systems hold X?" where every hit is restricted: say so, rather than offer general guidance instead.
  const onlyWithheld = s !== undefined && !s.answered && s.withheld === true;
  // "May I …?" is what the guidance is written for: it answers before a register entry does.
  const faqFirst = intent === 'handling' && faq !== undefined;
  if (
    s?.answered &&
    s.confidence >= ACCEPT &&
    !faqFirst &&
    (!faq || s.confidence >= faq.confidence || intent === 'contact')
  )
    chosen = s;
  else if (onlyWithheld && (!faq || faq.confidence < 0.85)) chosen = s;
  else if (faq) chosen = faq;
  else if (s?.answered && s.confidence >= ACCEPT) chosen = s;
  else if (s && !s.answered && s.lines.length > 0)
    chosen = { ...s, next: t(ctx, M.askCoordinator, { who: ctx.who }) };
  else chosen = decline(ctx, intent === 'entry' ? 'none' : intent);
  return finish(ctx, chosen);
}

/** Applies who may see what, and turns references into sources. */
function finish(ctx: Ctx, r: Result): Answer {
  const restricted = r.used.some((e) => e.restricted);
  if (restricted && !ctx.authorised) {
    // Only that it exists and who to ask: no name, no level, no system, no source (paths name things too).
    const lines = [t(ctx, M.restrictedExists)];
    const next = t(ctx, M.askCoordinator, { who: ctx.who });
    return {
      answered: false,
      locale: ctx.locale,
      intent: r.intent,
      lines,
      next,
      text: [...lines, next].join('\n'),
      sources: [],
      links: [],
      withheld: true,
      restricted: false,
      confidence: r.confidence,
    };
  }
  // Register texts end in a full stop as often as not; the templates add their own.
  const tidy = (line: string) => line.replace(/([^.])\.\.(?=\s|$)/g, '$1.');
  const lines = (restricted ? [t(ctx, M.restrictedNotice), ...r.lines] : r.lines).map(tidy);
  const seen = new Set<string>();
  const sources: AnswerSource[] = [];
  for (const ref of r.refs) {
    // One source per file: the first reference is the most specific.
    if (seen.has(ref.entity.file)) continue;
    seen.add(ref.entity.file);
    const line = lineOf(ref.entity, ref.path);
    const url = repositoryLink(ctx.index.registry, ref.entity.file, line);
    sources.push({ file: ref.entity.file, line, ...(url ? { url } : {}) });
  }
  const next = r.next ? tidy(r.next) : undefined;
  const text = [...lines, ...(next ? [next] : [])].join('\n');
  return {
    answered: r.answered,
    locale: ctx.locale,
    intent: r.intent,
    lines,
    ...(next ? { next } : {}),
    text,
    sources: sources.slice(0, 6),
    links: r.links ?? [],
    withheld: r.withheld === true,
    restricted,
    confidence: Math.round(r.confidence * 100) / 100,
  };
}

export type { Kind };
