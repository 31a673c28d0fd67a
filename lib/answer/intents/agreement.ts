// "Har vi avtal med Tieto för Procapita?", "when does the agreement with X end?": the agreements register, by
// counterparty and by the systems it covers. Restricted systems are never named to those not allowed.
import type { Entity } from '../../registry.js';
import { type Ctx, list, type Result, role, t } from '../context.js';
import type { Entry } from '../index.js';
import { M } from '../messages.js';
import { words } from '../normalize.js';
import { entriesOf, type Named, selector, subject, tr } from './registers.js';

type Agreement = Entity<'agreement'>['data'];

// Words of a company name that say what kind of company, not which one.
const CORPORATE = new Set([
  'ab',
  'as',
  'asa',
  'oy',
  'ltd',
  'limited',
  'inc',
  'gmbh',
  'sverige',
  'sweden',
  'norge',
  'norway',
  'ireland',
  'operations',
  'nordic',
  'svenska',
  'solutions',
  'systems',
  'software',
  'information',
]);

function distinctive(name: string): string[] {
  return words(name).filter((w) => w.length >= 3 && !CORPORATE.has(w));
}

/** A word of the question that names the counterparty: whole, or as the start of its name ("Tieto" → Tietoevry). */
function namesCounterparty(question: readonly string[], counterparty: string): boolean {
  const own = distinctive(counterparty);
  return question.some(
    (q) =>
      q.length >= 3 && own.some((w) => w === q || (q.length >= 4 && (w.startsWith(q) || q.startsWith(w)))),
  );
}

function systemNames(ctx: Ctx, a: Agreement): string[] {
  const out: string[] = [];
  for (const id of a.systems ?? []) {
    const e = ctx.index.systems.get(id);
    if (e && (ctx.authorised || !e.restricted)) out.push((e.entity as Entity<'system'>).data.name);
  }
  return out;
}

function endLine(ctx: Ctx, a: Agreement): string {
  return tr(ctx, 'answer.agreement.end', {
    end: a.end ?? 'none',
    notice: a.noticePeriod === undefined ? 'none' : String(a.noticePeriod),
  });
}

function typeOf(ctx: Ctx, a: Agreement): string {
  return tr(ctx, 'answer.agreement.type', { type: selector(a.type) });
}

function reference(a: Agreement, e: Entry): string {
  return a.reference ?? e.entity.id;
}

function result(ctx: Ctx, lines: string[], shown: Entry[], confidence: number, extra: Entry[] = []): Result {
  const first = shown[0]?.entity as Entity<'agreement'> | undefined;
  const link = first?.data.signedCopy;
  return {
    intent: 'agreement',
    confidence,
    answered: true,
    lines,
    next: first?.data.owner
      ? tr(ctx, 'answer.agreement.next', { owner: role(ctx, first.data.owner) })
      : t(ctx, M.askCoordinator, { who: ctx.who }),
    refs: shown.map((e) => ({ entity: e.entity, path: ['end'] })),
    ...(first && link?.url
      ? { links: [{ title: link.title ?? reference(first.data, shown[0] as Entry), url: link.url }] }
      : {}),
    used: [...shown, ...extra],
  };
}

export function agreementAnswer(ctx: Ctx, own?: Named): Result | undefined {
  const all = entriesOf(ctx, 'agreement');
  if (all.length === 0) return undefined;
  if (own) return counterpartyAgreements(ctx, [own.entry]);
  const folded = ctx.q.folded;
  const withParty = all.filter((e) =>
    namesCounterparty(folded, (e.entity as Entity<'agreement'>).data.counterparty),
  );
  // The counterparty's words name a company, not a system: they are left out when looking for the system.
  const party = new Set(
    withParty.flatMap((e) => distinctive((e.entity as Entity<'agreement'>).data.counterparty)),
  );
  const narrowed: Ctx = { ...ctx, q: { ...ctx.q, content: ctx.q.content.filter((c) => !party.has(c)) } };
  const sys = subject(narrowed, ['system'], ['agreement', 'processor']);
  if (sys.entry)
    return systemAgreements(ctx, { entry: sys.entry, confidence: sys.confidence }, all, withParty);
  if (withParty.length === 0) return undefined;
  return counterpartyAgreements(ctx, withParty);
}

/** The system the question names, and how sure the match is. */
type Subject = { entry: Entry; confidence: number };

const visibleTo = (ctx: Ctx) => (e: Entry) => ctx.authorised || !e.restricted;

/** The question names a system: the agreements covering it (with the counterparty asked about, if one is). */
function systemAgreements(ctx: Ctx, sys: Subject, all: Entry[], withParty: Entry[]): Result {
  const name = (sys.entry.entity as Entity<'system'>).data.name;
  const ofSystem = all
    .filter((e) => ((e.entity as Entity<'agreement'>).data.systems ?? []).includes(sys.entry.entity.id))
    .filter(visibleTo(ctx));
  if (withParty.length > 0) {
    const both = ofSystem.filter((e) => withParty.includes(e));
    if (both.length > 0) {
      const a = ((both[0] as Entry).entity as Entity<'agreement'>).data;
      const lines = [
        tr(ctx, 'answer.agreement.yes', {
          reference: reference(a, both[0] as Entry),
          counterparty: a.counterparty,
          systems: list(ctx, systemNames(ctx, a)),
        }),
        endLine(ctx, a),
      ];
      return result(ctx, lines, both.slice(0, 1), sys.confidence, [sys.entry]);
    }
    const party0 = ((withParty[0] as Entry).entity as Entity<'agreement'>).data.counterparty;
    const lines = [
      tr(ctx, 'answer.agreement.notWith', { counterparty: party0, system: name }),
      ...coverLines(ctx, name, ofSystem.slice(0, 2)),
    ];
    if (ofSystem.length > 0) return result(ctx, lines, ofSystem.slice(0, 2), sys.confidence, [sys.entry]);
    return {
      ...result(ctx, lines, [], sys.confidence, [sys.entry]),
      refs: [{ entity: sys.entry.entity, path: [] }],
    };
  }
  if (ofSystem.length === 0)
    return {
      ...result(ctx, [tr(ctx, 'answer.agreement.noneFor', { system: name })], [], sys.confidence, [
        sys.entry,
      ]),
      refs: [{ entity: sys.entry.entity, path: [] }],
    };
  return result(ctx, coverLines(ctx, name, ofSystem.slice(0, 3)), ofSystem.slice(0, 3), sys.confidence, [
    sys.entry,
  ]);
}

/** "The agreement … with … covers {system}", and when it ends, for each entry. */
function coverLines(ctx: Ctx, system: string, entries: Entry[]): string[] {
  return entries.flatMap((e) => {
    const a = (e.entity as Entity<'agreement'>).data;
    return [
      tr(ctx, 'answer.agreement.covers', {
        system,
        reference: reference(a, e),
        counterparty: a.counterparty,
        type: typeOf(ctx, a),
      }),
      endLine(ctx, a),
    ];
  });
}

/** The question names a counterparty and no system: its agreements and what they cover. */
function counterpartyAgreements(ctx: Ctx, withParty: Entry[]): Result {
  const shown = withParty.filter(visibleTo(ctx)).slice(0, 3);
  if (shown.length === 0)
    return {
      intent: 'agreement',
      confidence: 0.75,
      answered: false,
      lines: [],
      refs: [],
      used: withParty,
      withheld: true,
    };
  const lines: string[] = [];
  for (const e of shown) {
    const a = (e.entity as Entity<'agreement'>).data;
    const names = systemNames(ctx, a);
    lines.push(
      tr(ctx, 'answer.agreement.of', {
        reference: reference(a, e),
        counterparty: a.counterparty,
        type: typeOf(ctx, a),
        systems: names.length > 0 ? list(ctx, names) : tr(ctx, 'answer.agreement.nothing'),
      }),
      endLine(ctx, a),
    );
  }
  if (shown.length < withParty.length) lines.push(t(ctx, M.restrictedAlso));
  return result(ctx, lines, shown, 0.8);
}
