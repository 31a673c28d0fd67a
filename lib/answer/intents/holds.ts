// "Vilka system har uppgifter om …?": assets and processing activities by their data subjects and categories.
import type { PathSegment } from '../../parse.js';
import type { Entity } from '../../registry.js';
import { type Ctx, nameOf, names, type Ref, type Result, t } from '../context.js';
import type { Entry, EntryKind } from '../index.js';
import { synonymOf } from '../lexicon.js';
import { bestSim, partsSim, synonymSet } from '../match.js';
import { M } from '../messages.js';
import { similarity, terms } from '../normalize.js';

// Posting lists are ascending entry positions: unions and intersections are merges.
export function union(a: readonly number[], b: readonly number[]): number[] {
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

export function intersection(a: readonly number[], b: readonly number[]): number[] {
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
export function subjectPostings(ctx: Ctx, stem: string): number[] {
  const syn = stem.startsWith('~') ? stem : synonymOf(stem);
  let out: number[] = [];
  for (const [term, ids] of ctx.index.subjects) {
    const hit = term.startsWith('~') ? term === syn : !stem.startsWith('~') && similarity(stem, term) >= 0.8;
    if (hit) out = out.length === 0 ? ids : union(out, ids);
  }
  return out;
}

/** Assets and processing activities whose data subjects and categories cover every content word. */
export function bySubjects(ctx: Ctx, kinds: readonly EntryKind[]): Entry[] {
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

// One counter per entry, kept with the index and cleared after each use: at 4× the region a fresh array per
// question was a megabyte to allocate and zero.
const countsOf = new WeakMap<Ctx['index'], Uint32Array>();

function counts(index: Ctx['index']): Uint32Array {
  let out = countsOf.get(index);
  if (!out || out.length !== index.entries.length) {
    out = new Uint32Array(index.entries.length);
    countsOf.set(index, out);
  }
  return out;
}

/** The ids by count, highest first, and among equals ascending: a numeric sort and a counting pass, no comparator. */
function byCount(ids: readonly number[], count: Uint32Array): Int32Array {
  const sorted = Int32Array.from(ids).sort();
  let max = 0;
  for (const id of sorted) if ((count[id] as number) > max) max = count[id] as number;
  const starts = new Int32Array(max + 2);
  // Bucket b holds count max − b, so the highest counts come first.
  for (const id of sorted) (starts[max - (count[id] as number) + 1] as number)++;
  for (let b = 0; b <= max; b++) starts[b + 1] = (starts[b + 1] as number) + (starts[b] as number);
  const out = new Int32Array(sorted.length);
  for (const id of sorted) {
    const b = max - (count[id] as number);
    out[starts[b] as number] = id;
    starts[b] = (starts[b] as number) + 1;
  }
  return out;
}

export function holdsAnswer(ctx: Ctx): Result | undefined {
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
  const count = counts(ctx.index);
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
  const ordered = byCount(named, count);
  for (const id of named) count[id] = 0;
  for (const id of ordered) {
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
export function subjectLabel(ctx: Ctx, entries: Entry[], subjects: string[]): string {
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

/** "Vilka system hanterar personakterna?": the systems an asset or processing activity names. */
export function systemsOf(ctx: Ctx, entry: Entry): Result | undefined {
  if ((entry.kind !== 'asset' && entry.kind !== 'processing') || !entry.systems) return undefined;
  const all = entry.systems.map((id) => ctx.index.entries[id] as Entry);
  const shown = all.filter((s) => ctx.authorised || !s.restricted);
  const withheld = shown.length < all.length;
  const lines = [t(ctx, M.holdsSystems, { subject: nameOf(entry, ctx.locale), list: names(ctx, shown, 8) })];
  if (withheld) lines.push(t(ctx, M.restrictedAlso));
  return {
    intent: 'holds',
    confidence: 0.8,
    answered: shown.length > 0,
    lines,
    next: t(ctx, M.nextHolds),
    refs: [
      { entity: entry.entity, path: ['systems'] },
      ...shown.slice(0, 3).map((s) => ({ entity: s.entity, path: [] as PathSegment[] })),
    ],
    used: [entry, ...shown.filter((s) => s.restricted)],
    withheld,
  };
}
