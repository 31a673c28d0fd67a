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
import { t } from '../../lib/i18n/index.js';
import { readRegistryFiles } from '../../lib/io/load.js';
import type { Locale } from '../../lib/locale.js';
import { validateSources } from '../../lib/validate.js';
import { type Io, UsageError } from '../io.js';

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
    throw new UsageError(t(lang, 'cli.askEval.noRegistry', { at, dir }));
  }
  const index = buildAnswerIndex(validateSources(dir, sources).registry);
  return { index, root: dir, markers: restrictedMarkers(index) };
}

function row(lang: Locale, who: string, tally: Tally): string {
  return t(lang, 'cli.askEval.row', {
    who,
    top1: percent(tally.top1, tally.top1Of),
    a: tally.top1,
    b: tally.top1Of,
    decl: percent(tally.declineRight, tally.declineOf),
    c: tally.declineRight,
    d: tally.declineOf,
    restr: percent(tally.restrictedRight, tally.restrictedOf),
    e: tally.restrictedRight,
    f: tally.restrictedOf,
    leaks: tally.leaks,
    lang: percent(tally.langRight, tally.cases),
  });
}

function failureLine(lang: Locale, r: CaseResult): string {
  const extra = [r.leaks.length > 0 ? ` LEAK: ${r.leaks.join(', ')}` : '', r.langRight ? '' : ` (lang)`].join(
    '',
  );
  return t(lang, 'cli.askEval.failure', {
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
  if (files.length === 0) throw new UsageError(t(lang, 'cli.askEval.noFiles'));
  const cases: EvalCase[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = await readFile(path.resolve(io.cwd, file), 'utf8');
    } catch (error) {
      throw new UsageError(
        t(lang, 'cli.askEval.unreadable', { file, reason: (error as NodeJS.ErrnoException).code ?? 'error' }),
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
    // The line's language is the expected answer, not an input: the bot does not yet pass the asker's Slack
    // locale (AnswerOptions.askerLocale), so the evaluation must not either, or it scores what no user gets.
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
  const lines = [
    t(lang, 'cli.askEval.header', { n: results.length }),
    row(lang, t(lang, 'cli.askEval.all'), summary.overall),
  ];
  for (const l of ['sv', 'nb', 'en'] as const) {
    const t = summary.byLang[l];
    if (t) lines.push(row(lang, l, t));
  }
  if (options.failures) for (const r of results.filter(failed)) lines.push(failureLine(lang, r));
  io.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}
