// Answers a question from the registers: what is asked (intent), about what (the entry, matched by name,
// alias or words), and whether the match is good enough to say anything at all. Deterministic; no model.
// The parts: dispatch.ts (intent), match.ts (which entry), intents/ (one answer per kind of question).

import { repositoryLink } from '../facts/repository.js';
import { organisationToday } from '../facts/today.js';
import type { Kind } from '../kinds.js';
import type { Locale } from '../locale.js';
import { asksErrand, asksHowTo, asksToCompose, unaskedOf } from './asked.js';
import { askedKind, asksFieldOf, asksMeasure, namesRegister, RECORDS } from './asked-kind.js';
import { ACCEPT, type Ctx, entryByKey, entryKey, nameOf, type Result, t } from './context.js';
import { ANY, preferFromConcepts, scoreIntents, structured } from './dispatch.js';
import { freeTextPick } from './freetext.js';
import { type AnswerIndex, type Entry, type EntryKind, lineOf } from './index.js';
import { faqAnswer, faqCandidate } from './intents/faq.js';
import type { ConceptId } from './lexicon.js';
import { pickOne, resolve } from './match.js';
import { M } from './messages.js';
import { namesOtherOrganisation } from './organisations.js';
import { whoToAsk } from './people.js';
import { analyse } from './query.js';
import { restrictedAbout } from './restricted-about.js';
import { restrictedNamed } from './restricted-named.js';
import { type SupportAsked, supportAsked } from './trouble.js';

export interface AnswerOptions {
  /** The asker may see restricted details: a direct message from an allowed user, or `lisa ask --as-authorised`. */
  authorised?: boolean;
  /** Reply in this language instead of the question's. */
  locale?: Locale;
  /**
   * The language the asker is known to write (a Slack user's locale, an earlier question's language): the reply's
   * language when the question's words carry no evidence of one ("hmm ??", "ok cool"), before the registry's.
   */
  askerLocale?: Locale;
  /** YYYY-MM-DD, for "this month" and overdue reviews. Defaults to today in UTC. */
  today?: string;
  /** The key of an entry the asker chose from an earlier answer's `choices`: the question is answered for it. */
  choose?: string;
}

/** An entry to choose when several fit: `key` goes back as `AnswerOptions.choose`. */
export interface AnswerChoice {
  key: string;
  label: string;
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
  | 'risk'
  | 'plan'
  | 'agreement'
  | 'training'
  | 'incident'
  | 'review'
  | 'report'
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
  /** Two or three entries that fit about equally, for the asker to choose; empty otherwise. */
  choices: AnswerChoice[];
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

/** Answers a question from the index. Pure apart from reading the clock when `today` is not given. */
export function answer(index: AnswerIndex, question: string, options: AnswerOptions = {}): Answer {
  const q = analyse(question.slice(0, 2000), index, options.locale, options.askerLocale);
  const ctx: Ctx = {
    index,
    q,
    locale: q.locale,
    authorised: options.authorised === true,
    today: options.today ?? organisationToday(index.registry.organisation?.data, new Date()),
    who: whoToAsk(index.registry, q.locale),
  };
  const picked = options.choose ? entryByKey(index, options.choose) : undefined;
  if (picked) {
    ctx.chosen = picked;
    ctx.picked = true;
  }
  // A greeting, "help" or nothing at all: say what can be asked. A question made only of a phrase the lexicon
  // knows ("who is the data protection officer") has no stems but does say what it asks.
  const support = picked ? undefined : supportAsked(q);
  if (
    support === 'chatter' ||
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
  // One word ("procapita") says what, not what about it: ask for the question rather than guess, naming the
  // entry when the word is its name.
  if (q.stems.length === 1 && q.concepts.size === 0 && !picked)
    return finish(ctx, decline(ctx, 'none', [oneWord(ctx)]));
  if (!picked && asksToCompose(q.folded)) return finish(ctx, decline(ctx, 'none'));
  // "Hva er Trondheim kommunes policy for KI?": the registers are this organisation's, not Trondheim's.
  const org = index.registry.organisation?.data.name;
  if (org && !picked && namesOtherOrganisation(index.registry, question))
    return finish(ctx, decline(ctx, 'none', [t(ctx, M.otherOrganisation, { org })]));
  const { result, intent } = fromRegisters(ctx);
  // A chosen entry is what the asker wants: no guidance instead.
  const faq = picked ? undefined : faqCandidate(ctx);
  const chosen = choose(ctx, intent, result, faq);
  const hidden = ctx.unasked ? undefined : restrictedNamed(ctx, chosen);
  if (hidden) return finish(ctx, { ...decline(ctx, intent), lines: [], used: [hidden], withheld: true });
  // "Which system do we use to …?" answered by guidance: a system whose description says what is asked is
  // the answer, before the guidance that mentions it.
  if (chosen.intent === 'faq' && asksForSystem(ctx)) {
    const system = described(ctx, undefined, SYSTEMS);
    if (system) return finish(ctx, forSupport(ctx, support, system));
  }
  const last =
    chosen.answered || chosen.withheld || picked
      ? forSupport(ctx, support, chosen)
      : forSupport(ctx, support, described(ctx, chosen.choices) ?? chosen);
  // Nothing the asker may see answers it well: a restricted entry it describes gets its notice instead.
  const about = support || picked ? undefined : restrictedAbout(ctx, last);
  if (about) return finish(ctx, { ...decline(ctx, intent), lines: [], used: [about], withheld: true });
  return finish(ctx, last);
}

/**
 * IT trouble or a how-to for the asker's own device: a restricted entry the question names still gets its notice,
 * and guidance written for exactly this still answers; anything else would answer another question.
 */
function forSupport(ctx: Ctx, support: SupportAsked | undefined, r: Result): Result {
  if (!support || r.withheld || r.used.some((e) => e.restricted)) return r;
  if (r.intent === 'faq' && r.answered && r.confidence >= GUIDANCE_FOR_IT) return r;
  return decline(ctx, 'none', support === 'errand' ? undefined : [t(ctx, M.support)]);
}

/** How well guidance must match a support question to answer it: by its own questions, nearly word for word. */
const GUIDANCE_FOR_IT = 0.9;

const SYSTEMS: ReadonlySet<EntryKind> = new Set(['system']);

/** "Which system …?", "what do we use to …?": a system is asked for, not guidance. */
function asksForSystem(ctx: Ctx): boolean {
  return ctx.q.concepts.has('which') && ctx.q.concepts.has('system');
}

/** "Procapita?": what to ask about it, when the word is the whole name or an alias of one system the asker may see. */
function oneWord(ctx: Ctx): string {
  const matches = resolve(ctx, ANY).filter((m) => m.coverage >= 0.99 && m.score >= ACCEPT);
  const entries = new Set(matches.map((m) => m.entry.entity));
  const top = matches[0];
  // The examples are a system's questions: other kinds get the general ones.
  if (!top || entries.size !== 1 || top.entry.kind !== 'system' || (top.entry.restricted && !ctx.authorised))
    return t(ctx, M.oneWord);
  return t(ctx, M.oneWordEntry, { name: nameOf(top.entry, ctx.locale) });
}

/** No name fits: the entry whose description or guidance text explains the question, asked as if named. */
function described(ctx: Ctx, offered?: Entry[], kinds?: ReadonlySet<EntryKind>): Result | undefined {
  const free = freeTextPick(ctx, offered, kinds);
  if (!free) return undefined;
  if (free.entry.kind === 'faq') return faqAnswer(ctx, free.entry, free.score);
  ctx.chosen = free.entry;
  const { result } = fromRegisters(ctx);
  return result && (result.answered || result.used.some((e) => e.restricted)) ? result : undefined;
}

/** What a question asks by a word of its own ("classified", "owns"): the registers' to answer. */
const REGISTER_ASKS: readonly ConceptId[] = ['classification', 'owner', 'administrator'];

/** Intents whose register is asked of by name ("which incidents…"): an answer held back there stands. */
const WITHHOLDING = new Set<Intent>(['risk', 'incident', 'agreement', 'training', 'review']);

/** Entity first: what the question is about, then the likeliest intent that answers well for it. */
function fromRegisters(ctx: Ctx): { result: Result | undefined; intent: Intent } {
  const about = ctx.chosen
    ? { entry: ctx.chosen, confidence: 1 }
    : pickOne(ctx, resolve(ctx, [...ANY, ...RECORDS], preferFromConcepts(ctx.q)));
  const named = about && 'entry' in about ? about.entry : undefined;
  const { ranked: intents, asked } = scoreIntents(ctx.q, named, askedKind(ctx, named));
  let result: Result | undefined;
  let held: Result | undefined;
  // Otherwise what the likeliest one said (a choice, a withheld note).
  for (const candidate of intents.slice(0, 3)) {
    const r = structured(ctx, candidate, named, about && 'entry' in about ? about.confidence : undefined);
    if (r?.answered && r.confidence >= ACCEPT) {
      // Only the kind of entry named says this is what is asked, and the question asks something else: an
      // answer (or a restricted notice) about the entry would not answer it.
      // "Hvordan deler jeg kalenderen i Outlook?": sharing asked as a how-to is not the system's handling rules.
      const evidence =
        candidate === 'handling' && asksHowTo(ctx.q.folded, ctx.q.locale) ? 0 : asked.get(candidate);
      if (!evidence && unaskedOf(ctx, asked, r.used[0] ?? named)) {
        ctx.unasked = r.used[0] ?? named;
        continue;
      }
      return { result: r, intent: intents[0] ?? candidate };
    }
    // The register asked of holds only restricted entries on it: that is the answer, not another register's.
    // Only a register the question names, or whose entry it names: a field word alone ("følger opp") that
    // led to a system's restricted incidents is no reason to hold back what another register answers.
    const namesIt =
      WITHHOLDING.has(candidate) && (named?.kind === candidate || namesRegister(ctx, candidate as EntryKind));
    if (r?.withheld && !r.answered && namesIt) {
      // "Where is the procedure for personal data breaches?": the register's word names a visible entry of
      // another kind the question also asks for by its own kind's word; that entry's answer comes first.
      const confidence = about && 'entry' in about ? about.confidence : 0;
      if (!outnamedBy(named, confidence, candidate, asked)) return { result: r, intent: candidate };
      held ??= r;
      continue;
    }
    result ??= r;
  }
  if (held) return { result: held, intent: held.intent };
  return { result, intent: intents[0] ?? 'entry' };
}

/**
 * Whether a visible entry of another kind, named surely and asked for by a word of its own kind's ("procedure",
 * "KPI"), is what the question is about rather than the register whose restricted entries `candidate` held back.
 */
function outnamedBy(
  named: Entry | undefined,
  confidence: number,
  candidate: Intent,
  asked: ReadonlyMap<Intent, number>,
): boolean {
  if (!named || named.restricted || named.kind === candidate || confidence < ACCEPT) return false;
  return (asked.get(named.kind as Intent) ?? 0) > 0;
}

/** The registers' answer or the guidance's, or what to say instead. */
function choose(ctx: Ctx, intent: Intent, s: Result | undefined, faq: Result | undefined): Result {
  // "Which systems hold X?" where every hit is restricted: say so, rather than offer general guidance instead.
  const onlyWithheld = s !== undefined && !s.answered && s.withheld === true;
  // "May I …?", "how do I …?" is what the guidance is written for: it answers before a register entry does.
  const howto = ctx.q.concepts.has('handling') || ctx.q.concepts.has('howto');
  // "Hvor lenge lagrer vi lønnsopplysninger?", "what's the target for …": a field of the entry answered, which
  // guidance does not hold, is asked — however much the question's words sound like a how-to.
  const asksField =
    s?.answered === true && s.used[0] !== undefined && (asksFieldOf(ctx, s.used[0]) || asksMeasure(ctx, s));
  const faqFirst =
    faq !== undefined &&
    !asksField &&
    !asksForSystem(ctx) &&
    (intent === 'handling' || (howto && intent !== 'contact'));
  // "How are the security incident reports classified?" asks the registers, whatever guidance shares its words
  // (here: how to report an incident). A restricted entry there gets its notice, not the guidance.
  const asksRegister = asksField || REGISTER_ASKS.some((c) => ctx.q.concepts.has(c));
  if (
    s?.answered &&
    s.confidence >= ACCEPT &&
    !faqFirst &&
    (!faq || s.confidence >= faq.confidence || intent === 'contact' || asksRegister)
  )
    return s;
  if (s && onlyWithheld && (!faq || faq.confidence < 0.85 || asksRegister)) return s;
  if (faq) return faq;
  if (s?.answered && s.confidence >= ACCEPT) return s;
  if (s && !s.answered && s.lines.length > 0)
    return { ...s, next: t(ctx, M.askCoordinator, { who: ctx.who }) };
  return decline(ctx, intent === 'entry' ? 'none' : intent, notInRegisters(ctx));
}

/** "How do I … in Outlook?": what the registers say of the system instead, naming it only if the asker may see it. */
function notInRegisters(ctx: Ctx): string[] | undefined {
  const e = ctx.unasked;
  if (e?.kind !== 'system' || (e.restricted && !ctx.authorised)) return undefined;
  if (!asksHowTo(ctx.q.folded, ctx.q.locale) && !asksErrand(ctx.q.folded)) return undefined;
  return [t(ctx, M.notInRegisters, { name: nameOf(e, ctx.locale) })];
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
      choices: [],
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
    choices: (r.choices ?? [])
      .filter((e) => ctx.authorised || !e.restricted)
      .map((e) => ({ key: entryKey(e), label: nameOf(e, ctx.locale) })),
  };
}

export type { Kind };
