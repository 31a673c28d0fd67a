// `lisa ask --eval FILE.jsonl …`: the answerer scored on question sets. Each case names its registry (relative to
// the working directory); each registry is read and indexed once. Every question is asked as in a channel
// (unauthorised), so a restricted detail in any reply counts as a leak.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { answer } from '../../lib/answer/answer.js';
import {
  type CaseResult,
  type EvalCase,
  failed,
  parseCases,
  percent,
  restrictedMarkers,
  scoreCase,
  summarise,
  type Tally,
} from '../../lib/answer/eval.js';
import { type AnswerIndex, buildAnswerIndex } from '../../lib/answer/index.js';
import { readRegistryFiles } from '../../lib/io/load.js';
import { format, type Locale, type Localized } from '../../lib/locale.js';
import { validateSources } from '../../lib/validate.js';
import { type Io, UsageError } from '../io.js';

const T = {
  noFiles: {
    sv: 'Ange minst en frågefil, t.ex. lisa ask --eval tests/answer/eval/own.jsonl',
    nb: 'Oppgi minst én spørsmålsfil, f.eks. lisa ask --eval tests/answer/eval/own.jsonl',
    en: 'Name at least one question file, e.g. lisa ask --eval tests/answer/eval/own.jsonl',
  },
  unreadable: {
    sv: 'Kan inte läsa {file}: {reason}',
    nb: 'Kan ikke lese {file}: {reason}',
    en: 'Cannot read {file}: {reason}',
  },
  noRegistry: {
    sv: '{at}: registret {dir} finns inte.',
    nb: '{at}: registeret {dir} finnes ikke.',
    en: '{at}: the registry {dir} does not exist.',
  },
  header: {
    sv: '{n} frågor',
    nb: '{n} spørsmål',
    en: '{n} questions',
  },
  row: {
    sv: '{who}: rätt post först {top1} ({a}/{b}) · rätt avböjt {decl} ({c}/{d}) · begränsad-besked {restr} ({e}/{f}) · läckor {leaks} · rätt språk {lang}',
    nb: '{who}: riktig oppføring først {top1} ({a}/{b}) · riktig avslått {decl} ({c}/{d}) · begrenset-melding {restr} ({e}/{f}) · lekkasjer {leaks} · riktig språk {lang}',
    en: '{who}: top-1 {top1} ({a}/{b}) · declines right {decl} ({c}/{d}) · restricted notices {restr} ({e}/{f}) · leaks {leaks} · language right {lang}',
  },
  all: { sv: 'totalt', nb: 'totalt', en: 'overall' },
  failure: {
    sv: '✗ {at} [{lang}] "{question}" – väntat {expect}, fick {got}{extra}',
    nb: '✗ {at} [{lang}] «{question}» – ventet {expect}, fikk {got}{extra}',
    en: '✗ {at} [{lang}] "{question}" – expected {expect}, got {got}{extra}',
  },
} satisfies Record<string, Localized>;

interface Loaded {
  index: AnswerIndex;
  root: string;
  markers: ReturnType<typeof restrictedMarkers>;
}

async function load(dir: string, io: Io, at: string, lang: Locale): Promise<Loaded> {
  let sources: Awaited<ReturnType<typeof readRegistryFiles>>;
  try {
    sources = await readRegistryFiles(dir, io.cwd);
  } catch {
    throw new UsageError(format(T.noRegistry[lang], { at, dir }));
  }
  const index = buildAnswerIndex(validateSources(dir, sources).registry);
  return { index, root: dir, markers: restrictedMarkers(index) };
}

function row(lang: Locale, who: string, t: Tally): string {
  return format(T.row[lang], {
    who,
    top1: percent(t.top1, t.top1Of),
    a: t.top1,
    b: t.top1Of,
    decl: percent(t.declineRight, t.declineOf),
    c: t.declineRight,
    d: t.declineOf,
    restr: percent(t.restrictedRight, t.restrictedOf),
    e: t.restrictedRight,
    f: t.restrictedOf,
    leaks: t.leaks,
    lang: percent(t.langRight, t.cases),
  });
}

function failureLine(lang: Locale, r: CaseResult): string {
  const extra = [r.leaks.length > 0 ? ` LEAK: ${r.leaks.join(', ')}` : '', r.langRight ? '' : ` (lang)`].join(
    '',
  );
  return format(T.failure[lang], {
    at: r.case.at ?? '',
    lang: r.case.lang,
    question: r.case.question.replace(/\s+/g, ' '),
    expect: r.case.expect,
    got: r.got,
    extra,
  });
}

/** Exit code 0 when every case was scored (the figures say how well), 2 on a file that cannot be read. */
export async function evalCommand(
  files: string[],
  options: { json: boolean; failures: boolean; today?: string },
  io: Io,
  lang: Locale,
): Promise<number> {
  if (files.length === 0) throw new UsageError(T.noFiles[lang]);
  const cases: EvalCase[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = await readFile(path.resolve(io.cwd, file), 'utf8');
    } catch (error) {
      throw new UsageError(
        format(T.unreadable[lang], { file, reason: (error as NodeJS.ErrnoException).code ?? 'error' }),
      );
    }
    const parsed = parseCases(text, file);
    if (parsed.problems.length > 0) throw new UsageError(parsed.problems.join('\n'));
    cases.push(...parsed.cases);
  }
  const loaded = new Map<string, Loaded>();
  const results: CaseResult[] = [];
  for (const c of cases) {
    const key = path.normalize(c.registry);
    let reg = loaded.get(key);
    if (!reg) {
      reg = await load(c.registry, io, c.at ?? '', lang);
      loaded.set(key, reg);
    }
    const a = answer(reg.index, c.question, { today: options.today ?? '2026-11-23' });
    results.push(scoreCase(c, a, reg.root, reg.markers));
  }
  const summary = summarise(results);
  if (options.json) {
    const out = {
      overall: summary.overall,
      byLang: summary.byLang,
      failures: results.filter(failed).map((r) => ({
        at: r.case.at,
        lang: r.case.lang,
        question: r.case.question,
        expect: r.case.expect,
        got: r.got,
        leaks: r.leaks,
        langRight: r.langRight,
      })),
    };
    io.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
    return 0;
  }
  const lines = [format(T.header[lang], { n: results.length }), row(lang, T.all[lang], summary.overall)];
  for (const l of ['sv', 'nb', 'en'] as const) {
    const t = summary.byLang[l];
    if (t) lines.push(row(lang, l, t));
  }
  if (options.failures) for (const r of results.filter(failed)) lines.push(failureLine(lang, r));
  io.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}
