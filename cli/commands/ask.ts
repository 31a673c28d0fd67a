// `lisa ask "<question>"`: the Slack bot's answerer on the command line.
//
// The command line has no Slack identity, so it answers as the bot does in a channel: restricted entries are
// named as existing, with who to ask, and nothing more. `--as-authorised` shows their details, as the bot does
// in a direct message to an allowed user; whoever runs lisa here can read the YAML files anyway, and the flag
// keeps that a deliberate choice rather than something a pasted command output gives away.

import { answer } from '../../lib/answer/answer.js';
import { buildAnswerIndex } from '../../lib/answer/index.js';
import { escapeTerminalLines } from '../../lib/escape/terminal.js';
import { organisationToday } from '../../lib/facts/today.js';
import { t } from '../../lib/i18n/index.js';
import { readRegistryFiles } from '../../lib/io/load.js';
import { LOCALES } from '../../lib/locale.js';
import { validateSources } from '../../lib/validate.js';
import { isoDate, oneOf, parseOptions } from '../args.js';
import { envLocale, type Io, UsageError } from '../io.js';
import { evalCommand } from './ask-eval.js';

/** Exit code 0 when the registers answered, 1 when they could not (the text says who to ask), 2 on bad usage. */
export async function askCommand(args: string[], io: Io): Promise<number> {
  const early = envLocale(io.env, args[args.indexOf('--lang') + 1], io.cwd);
  const { values, positionals } = parseOptions(
    args,
    {
      registry: { type: 'string' },
      json: { type: 'boolean' },
      lang: { type: 'string' },
      today: { type: 'string' },
      'as-authorised': { type: 'boolean' },
      eval: { type: 'boolean' },
      failures: { type: 'boolean' },
    },
    early,
  );
  const lang = oneOf('lang', values.lang, LOCALES, early);
  const today = isoDate('today', values.today, early);
  if (values.eval)
    return evalCommand(
      positionals,
      { json: values.json === true, failures: values.failures === true, ...(today ? { today } : {}) },
      io,
      lang ?? early,
    );
  const question = positionals.join(' ').trim();
  if (!question) throw new UsageError(t(early, 'cli.ask.noQuestion'));
  const dir = values.registry ?? 'registry';

  const sources = await readRegistryFiles(dir, io.cwd);
  const result = validateSources(dir, sources, today ? { today } : {});
  const registry = result.registry;
  if (result.errors > 0)
    io.stderr.write(
      `${t(lang ?? registry.locale, 'cli.ask.registryErrors', { count: result.errors, dir })}\n`,
    );
  const index = buildAnswerIndex(registry);
  const day = today ?? organisationToday(registry.organisation?.data, new Date());
  const a = answer(index, question, {
    authorised: values['as-authorised'] === true,
    today: day,
    ...(lang ? { locale: lang } : {}),
  });

  if (values.json) {
    const out = {
      answered: a.answered,
      text: a.text,
      sources: a.sources.map((s) => ({ file: s.file, line: s.line })),
    };
    io.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  } else {
    const lines = [a.text];
    for (const l of a.links) lines.push(`${t(a.locale, 'bot.readMore')}: ${l.title} – ${l.url}`);
    for (const s of a.sources)
      lines.push(`${t(a.locale, 'documents.kpi.source')}: ${s.file}:${s.line}${s.url ? ` (${s.url})` : ''}`);
    // Register text reaches a terminal: no control character in it gets there.
    io.stdout.write(`${escapeTerminalLines(lines.join('\n'))}\n`);
  }
  return a.answered ? 0 : 1;
}
