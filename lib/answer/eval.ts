// Scoring a question set: did the answerer name the right entry first, decline what it cannot answer, give the
// restricted-entry notice where one is due, keep restricted details out, and reply in the asker's language?
// Pure: the cases and the answers in, the figures out. Reading the files is the CLI's part.
import type { Locale } from '../locale.js';
import type { Answer } from './answer.js';
import type { AnswerIndex } from './index.js';

export interface EvalCase {
  /** The registry directory, relative to the working directory. */
  registry: string;
  lang: Locale;
  question: string;
  /** A source file relative to the registry root, or what the reply must be instead. */
  expect: string;
  mustNotContain?: string[];
  /** Where the case came from, for messages: `file:line`. */
  at?: string;
}

export interface CaseResult {
  case: EvalCase;
  /** Undefined when the case expects no entry (a decline or the restricted notice). */
  top1?: boolean;
  declineRight: boolean;
  /** Undefined unless the case expects the restricted notice. */
  restrictedRight?: boolean;
  leaks: string[];
  langRight: boolean;
  /** The first source, relative to the registry root; "decline" or "restricted" when there is none. */
  got: string;
}

export interface Tally {
  cases: number;
  top1: number;
  top1Of: number;
  declineRight: number;
  declineOf: number;
  restrictedRight: number;
  restrictedOf: number;
  leaks: number;
  langRight: number;
}

export interface EvalSummary {
  overall: Tally;
  byLang: Partial<Record<Locale, Tally>>;
  results: CaseResult[];
}

const LOCALES: readonly Locale[] = ['sv', 'nb', 'en'];

/** Reads a JSONL question set; each problem is a message naming the line. */
export function parseCases(text: string, file: string): { cases: EvalCase[]; problems: string[] } {
  const cases: EvalCase[] = [];
  const problems: string[] = [];
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  lines.forEach((raw, i) => {
    const line = raw.trim();
    if (!line || line.startsWith('//')) return;
    const at = `${file}:${i + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      problems.push(`${at}: ${(error as Error).message}`);
      return;
    }
    const v = value as Partial<EvalCase>;
    if (
      typeof v !== 'object' ||
      v === null ||
      typeof v.registry !== 'string' ||
      typeof v.question !== 'string' ||
      typeof v.expect !== 'string' ||
      !LOCALES.includes(v.lang as Locale)
    ) {
      problems.push(`${at}: needs "registry", "lang" (sv|nb|en), "question" and "expect" as strings`);
      return;
    }
    const mustNotContain = Array.isArray(v.mustNotContain)
      ? v.mustNotContain.filter((s): s is string => typeof s === 'string' && s.length > 0)
      : [];
    cases.push({
      registry: v.registry,
      lang: v.lang as Locale,
      question: v.question,
      expect: v.expect,
      mustNotContain,
      at,
    });
  });
  return { cases, problems };
}

/** A source path relative to the registry root ("registry/system/x.yaml" → "system/x.yaml"). */
function relative(file: string, root: string): string {
  const f = file.replace(/\\/g, '/');
  const r = root
    .replace(/\\/g, '/')
    .replace(/^\.\/?/, '')
    .replace(/\/+$/, '');
  return r && f.startsWith(`${r}/`) ? f.slice(r.length + 1) : f;
}

/** Names and files of the restricted entries, which no reply to an unauthorised asker may show. */
export function restrictedMarkers(index: AnswerIndex): { names: string[]; files: Set<string> } {
  const names = new Set<string>();
  const files = new Set<string>();
  for (const e of index.entries) {
    if (!e.restricted) continue;
    files.add(e.entity.file);
    const d = e.entity.data as { name?: unknown; title?: unknown };
    const name = typeof d.name === 'string' ? d.name : typeof d.title === 'string' ? d.title : undefined;
    if (name && name.length >= 4) names.add(name);
  }
  return { names: [...names], files };
}

/** One case scored against the reply it got (asked as an unauthorised channel member). */
export function scoreCase(
  c: EvalCase,
  a: Answer,
  root: string,
  restricted: { names: string[]; files: Set<string> },
): CaseResult {
  const notice = !a.answered && a.withheld;
  const first = a.sources[0];
  const got = first && a.answered ? relative(first.file, root) : notice ? 'restricted' : 'decline';
  const reply = [a.text, ...a.links.map((l) => `${l.title} ${l.url}`)].join('\n').toLowerCase();
  const leaks: string[] = [];
  for (const s of c.mustNotContain ?? []) if (reply.includes(s.toLowerCase())) leaks.push(s);
  for (const s of a.sources) if (restricted.files.has(s.file)) leaks.push(s.file);
  // A restricted entry's name may be ordinary words elsewhere ("skyddade personuppgifter"): it counts as a leak
  // only in a reply to a question about that entry.
  if (c.expect === 'restricted')
    for (const n of restricted.names) if (reply.includes(n.toLowerCase())) leaks.push(n);
  const expectsEntry = c.expect !== 'decline' && c.expect !== 'restricted';
  const declined = !a.answered;
  const result: CaseResult = {
    case: c,
    declineRight: c.expect === 'decline' ? declined && !notice : expectsEntry ? !declined : declined,
    leaks,
    langRight: a.locale === c.lang,
    got,
  };
  if (expectsEntry) result.top1 = a.answered && got === c.expect;
  if (c.expect === 'restricted') result.restrictedRight = notice;
  return result;
}

function empty(): Tally {
  return {
    cases: 0,
    top1: 0,
    top1Of: 0,
    declineRight: 0,
    declineOf: 0,
    restrictedRight: 0,
    restrictedOf: 0,
    leaks: 0,
    langRight: 0,
  };
}

function add(t: Tally, r: CaseResult): void {
  t.cases++;
  if (r.top1 !== undefined) {
    t.top1Of++;
    if (r.top1) t.top1++;
  }
  // "Declines right": the decline cases declined, and the answerable ones not declined.
  if (r.case.expect !== 'restricted') {
    t.declineOf++;
    if (r.declineRight) t.declineRight++;
  }
  if (r.restrictedRight !== undefined) {
    t.restrictedOf++;
    if (r.restrictedRight) t.restrictedRight++;
  }
  if (r.leaks.length > 0) t.leaks++;
  if (r.langRight) t.langRight++;
}

export function summarise(results: CaseResult[]): EvalSummary {
  const overall = empty();
  const byLang: Partial<Record<Locale, Tally>> = {};
  for (const r of results) {
    add(overall, r);
    const lang = r.case.lang;
    const t = byLang[lang] ?? empty();
    byLang[lang] = t;
    add(t, r);
  }
  return { overall, byLang, results };
}

/** Whether a case counts as failed, for listing what went wrong. */
export function failed(r: CaseResult): boolean {
  return (
    r.top1 === false || !r.declineRight || r.restrictedRight === false || r.leaks.length > 0 || !r.langRight
  );
}

export function percent(n: number, of: number): string {
  return of === 0 ? '–' : `${((100 * n) / of).toFixed(1)} %`;
}
