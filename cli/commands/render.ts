import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { escapeTerminalLines } from '../../lib/escape/terminal.js';
import { organisationToday } from '../../lib/facts/today.js';
import { formatText } from '../../lib/format/text.js';
import { t } from '../../lib/i18n/index.js';
import { findBrowser } from '../../lib/io/chromium.js';
import { readRegistryFiles } from '../../lib/io/load.js';
import type { Locale } from '../../lib/locale.js';
import {
  type Commit,
  documentIds,
  MESSAGES as MESSAGES_INDEX,
  renderDocuments,
} from '../../lib/render/index.js';
import { validateSources } from '../../lib/validate.js';
import { isoDate, oneOf, parseOptions } from '../args.js';
import { envLocale, type Io, UsageError, useColor } from '../io.js';

const run = promisify(execFile);

/** The commit the registry folder was last changed in, for the stamp in the documents' footers. */
export async function registryCommit(dir: string, cwd: string): Promise<Commit | undefined> {
  try {
    const { stdout } = await run('git', ['log', '-1', '--format=%H%n%cI', '--', dir], {
      cwd,
      timeout: 10_000,
    });
    const [sha, date] = stdout.trim().split('\n');
    if (!sha || !date || !/^[0-9a-f]{40,64}$/.test(sha)) return undefined;
    // Changes not yet committed mean the documents show more than that commit holds: the stamp says so.
    const status = await run('git', ['status', '--porcelain', '--', dir], { cwd, timeout: 10_000 }).catch(
      () => ({ stdout: '' }),
    );
    return { sha, date, dirty: status.stdout.trim().length > 0 };
  } catch {
    return undefined;
  }
}

function parseFormats(value: string | undefined, locale: Locale): ('html' | 'pdf')[] | undefined {
  if (value === undefined) return undefined;
  const parts = value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (parts.length === 0 || parts.some((p) => p !== 'html' && p !== 'pdf'))
    throw new UsageError(t(locale, 'cli.render.badFormat', { value }));
  return [...new Set(parts)] as ('html' | 'pdf')[];
}

/**
 * `lisa render [DIR]`: validates, then writes the board documents as HTML and PDF. Exit codes: 0 written,
 * 1 the registry has errors or a PDF that was asked for could not be made, 2 usage error.
 * Without a browser and without --format, HTML is written, the way to get a browser is printed, and the
 * exit code stays 0: `npm start` on a machine without Chromium still gives documents. `--format pdf`
 * (or `html,pdf`) says PDFs are wanted, so their absence is then a failure.
 */
export async function renderCommand(args: string[], io: Io): Promise<number> {
  const early = envLocale(io.env, args[args.indexOf('--lang') + 1], io.cwd);
  const { values, positionals } = parseOptions(
    args,
    {
      out: { type: 'string' },
      templates: { type: 'string' },
      lang: { type: 'string' },
      format: { type: 'string' },
      today: { type: 'string' },
      only: { type: 'string' },
      'no-color': { type: 'boolean' },
    },
    early,
  );
  const lang = oneOf('lang', values.lang, ['sv', 'nb', 'en'] as const, early);
  const formats = parseFormats(values.format, early);
  const todayArg = isoDate('today', values.today, early);
  if (positionals.length > 1)
    throw new UsageError(t(early, 'cli.tooManyArgs', { args: positionals.slice(1).join(' ') }));
  const dir = positionals[0] ?? 'registry';
  const outDir = path.resolve(io.cwd, values.out ?? 'out');

  const sources = await readRegistryFiles(dir, io.cwd);
  const validation = validateSources(dir, sources, {
    ...(todayArg ? { today: todayArg } : {}),
    ...(lang ? { locale: lang } : {}),
  });
  const { registry } = validation;
  const locale = registry.locale;
  if (validation.errors > 0) {
    const color = !values['no-color'] && useColor(io, io.stderr);
    io.stderr.write(formatText(validation.findings, { locale, files: registry.files.length, color }));
    io.stderr.write(`${t(locale, 'cli.render.refused', { errors: validation.errors })}\n`);
    return 1;
  }

  const today = todayArg ?? organisationToday(registry.organisation?.data, new Date());
  const wanted = formats ?? ['html', 'pdf'];
  const explicitPdf = formats?.includes('pdf') ?? false;
  // The browser is looked up here, in the command's environment, so the message about a missing one
  // comes before any work and in the user's language.
  let chromePath: string | undefined;
  const notices: string[] = [];
  if (wanted.includes('pdf')) {
    const lookup = findBrowser(io.env);
    if (lookup.badVariable) notices.push(t(locale, MESSAGES_INDEX.badVariable, lookup.badVariable));
    if (lookup.path) chromePath = lookup.path;
    else notices.push(t(locale, MESSAGES_INDEX.noBrowser));
  }
  const only = values.only
    ?.split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const commit = await registryCommit(dir, io.cwd);
  const result = await renderDocuments(registry, {
    outDir,
    registryDir: path.resolve(io.cwd, dir),
    today,
    locale,
    formats: chromePath ? wanted : ['html'],
    ...(values.templates ? { templatesDir: path.resolve(io.cwd, values.templates) } : {}),
    ...(commit ? { commit } : {}),
    ...(chromePath ? { chromePath } : {}),
    ...(only ? { only } : {}),
  });

  const rel = (p: string) => path.relative(io.cwd, p) || p;
  if (result.documents.length > 0) {
    io.stdout.write(
      `${t(locale, 'cli.render.written', { count: result.documents.length, out: rel(outDir) })}\n`,
    );
    for (const d of result.documents) {
      const files = [d.html, d.pdf, d.csv]
        .filter((f): f is string => Boolean(f))
        .map((f) => path.basename(f));
      io.stdout.write(`${escapeTerminalLines(`  ${d.title}\n    ${files.join('  ')}`)}\n`);
    }
  }
  for (const p of [...notices, ...result.problems]) io.stderr.write(`${escapeTerminalLines(p)}\n`);
  const expected = only ? new Set(only).size : documentIds(registry).length;
  const missingDocuments = result.documents.length < expected;
  if (!chromePath && wanted.includes('pdf')) {
    if (!explicitPdf) io.stderr.write(`${t(locale, 'cli.render.htmlOnly')}\n`);
    return explicitPdf || missingDocuments ? 1 : 0;
  }
  const missingPdf = wanted.includes('pdf') && result.documents.some((d) => !d.pdf);
  return missingDocuments || missingPdf ? 1 : 0;
}
