import { lstatSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { organisationToday } from '../../lib/facts/today.js';
import type { Finding } from '../../lib/finding.js';
import { formatText } from '../../lib/format/text.js';
import { t } from '../../lib/i18n/index.js';
import { type ImportFinding, type ImportResult, importSheets } from '../../lib/import/index.js';
import { type Mapping, type MappingProblem, parseMapping } from '../../lib/import/mapping.js';
import { findHeader, printable, type Sheet } from '../../lib/import/sheet.js';
import { readRegistryFiles } from '../../lib/io/load.js';
import { readSpreadsheet, SpreadsheetError, shippedMappings } from '../../lib/io/spreadsheet.js';
import { type Locale, pickText } from '../../lib/locale.js';
import type { SourceFile } from '../../lib/registry.js';
import { validateSources } from '../../lib/validate.js';
import { isoDate, oneOf, parseOptions } from '../args.js';
import { envLocale, type Io, UsageError, useColor } from '../io.js';
import { IMPORT_CLI as T } from './import-messages.js';

function mappingError(p: MappingProblem, locale: Locale): string {
  return t(locale, T[p.message], p.params);
}

/** --mapping: a shipped mapping's name, or a file of one's own. Without it, the shipped one that fits best. */
function chooseMapping(
  name: string | undefined,
  sheets: Sheet[],
  io: Io,
  locale: Locale,
): { mapping: Mapping; guessed: boolean } {
  const shipped = shippedMappings().map((m) => parseMapping(m.id, m.text).mapping as Mapping);
  if (name) {
    const own = shipped.find((m) => m.id === name || `${m.id}.yaml` === name);
    if (own) return { mapping: own, guessed: false };
    let text: string;
    try {
      text = readFileSync(path.resolve(io.cwd, name), 'utf8');
    } catch {
      throw new UsageError(
        t(locale, 'import.cli.noMapping', {
          name: printable(name),
          shipped: shipped.map((m) => m.id).join(', '),
        }),
      );
    }
    const { mapping, problems } = parseMapping(path.basename(name).replace(/\.ya?ml$/i, ''), text);
    if (!mapping || problems.length)
      throw new UsageError(problems.map((p) => mappingError(p, locale)).join('\n'));
    return { mapping, guessed: false };
  }
  const score = (m: Mapping) => Math.max(0, ...sheets.map((s) => findHeader(s, m)?.fields.length ?? 0));
  const best = shipped
    .map((m) => ({ m, s: score(m) }))
    .sort((a, b) => b.s - a.s)
    .find((x) => x.s > 0);
  if (!best)
    throw new UsageError(t(locale, 'import.cli.noFit', { shipped: shipped.map((m) => m.id).join(', ') }));
  return { mapping: best.m, guessed: true };
}

function where(f: ImportFinding, source: string, locale: Locale): string {
  const parts = [`${source} [${printable(f.sheet, 40)}]`];
  if (f.row) parts.push(t(locale, 'import.cli.row', { row: f.row }));
  if (f.column) parts.push(t(locale, 'import.cli.column', { column: f.column, heading: f.heading ?? '' }));
  return parts.join(', ');
}

function printFindings(io: Io, findings: ImportFinding[], source: string, locale: Locale) {
  for (const f of findings) {
    io.stderr.write(`${where(f, source, locale)}: ${t(locale, T[f.severity])} ${f.message}\n`);
    if (f.hint) io.stderr.write(`    ${t(locale, 'import.cli.hint')}: ${f.hint}\n`);
  }
}

function printDryRun(io: Io, result: ImportResult, mapping: Mapping, existing: Set<string>, locale: Locale) {
  const out = (s: string) => io.stdout.write(`${s}\n`);
  for (const s of result.sheets) {
    if (s.headerRow === undefined) continue;
    out(t(locale, 'import.cli.sheet', { sheet: printable(s.sheet, 40), row: s.headerRow, rows: s.rows }));
    for (const m of s.mapped) out(`  ${m.column} "${m.heading}" → ${mapping.kind}.${m.field}`);
    for (const u of s.unmapped) out(`  ${u.column} "${u.heading}" → ${t(locale, 'import.cli.notMapped')}`);
  }
  out(t(locale, 'import.cli.wouldWrite', { count: result.files.length }));
  for (const f of result.files) {
    out(`--- ${f.rel}${existing.has(f.rel) ? ` (${t(locale, 'import.cli.existsMark')})` : ''}`);
    for (const line of f.text.trimEnd().split('\n')) out(`  ${printable(line, 400)}`);
  }
}

function existsOnDisk(root: string, rel: string): boolean {
  try {
    lstatSync(path.join(root, rel));
    return true;
  } catch {
    return false;
  }
}

/** The registry as it will be, validated before anything is written; the findings are the new files'. */
function validateAfter(
  dir: string,
  sources: SourceFile[],
  toWrite: ImportResult['files'],
  today: string,
  locale: Locale,
): { validation: Finding[]; files: number } {
  const first = sources[0];
  const prefix = first ? first.file.slice(0, first.file.length - first.rel.length) : `${dir}/`;
  const written = new Map<string, SourceFile>(
    toWrite.map((f) => [
      f.rel,
      { file: `${prefix}${f.rel}`, rel: f.rel, bytes: new TextEncoder().encode(f.text) },
    ]),
  );
  const after = validateSources(dir, [...sources.filter((s) => !written.has(s.rel)), ...written.values()], {
    today,
    locale,
  });
  const newFiles = new Set([...written.values()].map((s) => s.file));
  return { validation: after.findings.filter((f) => newFiles.has(f.file)), files: newFiles.size };
}

/**
 * `lisa import FILE`: spreadsheet rows into register files. Exit codes: 0 everything imported and valid,
 * 1 some rows or cells not imported, files not overwritten, or imported files with errors; 2 usage error.
 */
export async function importCommand(args: string[], io: Io): Promise<number> {
  const early = envLocale(io.env, args[args.indexOf('--lang') + 1], io.cwd);
  const { values, positionals } = parseOptions(
    args,
    {
      mapping: { type: 'string' },
      registry: { type: 'string' },
      board: { type: 'string' },
      'dry-run': { type: 'boolean' },
      force: { type: 'boolean' },
      lang: { type: 'string' },
      today: { type: 'string' },
      'no-color': { type: 'boolean' },
    },
    early,
  );
  const lang = oneOf('lang', values.lang, ['sv', 'nb', 'en'] as const, early);
  const todayArg = isoDate('today', values.today, early);
  if (positionals.length === 0) throw new UsageError(t(early, 'import.cli.noFile'));
  if (positionals.length > 1)
    throw new UsageError(t(early, 'cli.tooManyArgs', { args: positionals.slice(1).join(' ') }));
  const file = positionals[0] as string;
  const dir = values.registry ?? 'registry';

  const sources = await readRegistryFiles(dir, io.cwd);
  const before = validateSources(dir, sources, lang ? { locale: lang } : {});
  const { registry } = before;
  const locale = lang ?? registry.locale;
  const today = todayArg ?? organisationToday(registry.organisation?.data, new Date());
  if (values.board && !registry.organisation?.data.boards?.some((b) => b.id === values.board))
    throw new UsageError(
      t(locale, 'import.cli.unknownBoard', {
        board: printable(values.board),
        boards: (registry.organisation?.data.boards ?? []).map((b) => b.id).join(', '),
      }),
    );

  let sheets: Sheet[];
  try {
    sheets = await readSpreadsheet(path.resolve(io.cwd, file));
  } catch (e) {
    if (e instanceof SpreadsheetError)
      throw new UsageError(t(locale, T[`read-${e.reason}`], { file: printable(file) }));
    throw e;
  }
  const { mapping, guessed } = chooseMapping(values.mapping, sheets, io, locale);
  io.stdout.write(
    `${t(locale, guessed ? 'import.cli.mappingGuessed' : 'import.cli.mappingUsed', {
      mapping: mapping.id,
      title: pickText(mapping.title, locale),
    })}\n`,
  );
  const source = path.basename(file);
  const result = importSheets({
    sheets,
    mapping,
    registry,
    locale,
    today,
    source,
    ...(values.board ? { board: values.board } : {}),
  });

  const root = path.resolve(io.cwd, dir);
  const existing = new Set(result.files.map((f) => f.rel).filter((rel) => existsOnDisk(root, rel)));
  const findings = [...result.findings];
  const toWrite = result.files.filter((f) => values.force || !existing.has(f.rel));
  for (const f of result.files)
    if (!values.force && existing.has(f.rel))
      findings.push({
        severity: 'error',
        sheet: f.sheet,
        row: f.row,
        message: t(locale, 'import.cli.exists', { file: `${dir}/${f.rel}` }),
      });
  const { validation, files: newFiles } = validateAfter(dir, sources, toWrite, today, locale);

  if (values['dry-run']) printDryRun(io, result, mapping, existing, locale);
  printFindings(io, findings, printable(source, 80), locale);
  if (validation.length) {
    const color = !values['no-color'] && useColor(io, io.stderr);
    io.stderr.write(formatText(validation, { locale, files: newFiles, color }));
  }
  if (!values['dry-run']) {
    for (const f of toWrite) {
      const abs = path.join(root, f.rel);
      mkdirSync(path.dirname(abs), { recursive: true });
      writeFileSync(abs, f.text, { flag: values.force ? 'w' : 'wx' });
    }
    io.stdout.write(`${t(locale, 'import.cli.written', { count: toWrite.length, dir })}\n`);
    for (const f of toWrite) io.stdout.write(`  ${dir}/${f.rel}\n`);
  }
  const rows = result.sheets.reduce((n, s) => n + s.rows, 0);
  const imported = result.sheets.reduce((n, s) => n + s.imported, 0);
  io.stdout.write(`${t(locale, 'import.cli.summary', { imported, rows })}\n`);
  const errors =
    findings.some((f) => f.severity === 'error') || validation.some((f) => f.severity === 'error');
  return errors || imported < rows ? 1 : 0;
}
