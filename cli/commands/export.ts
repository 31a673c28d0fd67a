import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { controllerIdOf } from '../../lib/controller.js';
import { planTables } from '../../lib/export/plan.js';
import {
  classificationsTable,
  exportControllers,
  processingTables,
  systemsTable,
} from '../../lib/export/tables.js';
import { workbookBytes } from '../../lib/export/xlsx.js';
import { formatText } from '../../lib/format/text.js';
import { t } from '../../lib/i18n/index.js';
import { readRegistryFiles } from '../../lib/io/load.js';
import { processingCsv } from '../../lib/render/csv.js';
import { processingRow } from '../../lib/render/model.js';
import { slugify } from '../../lib/slug.js';
import { validateSources } from '../../lib/validate.js';
import { isoDate, oneOf, parseOptions } from '../args.js';
import { envLocale, type Io, UsageError, useColor } from '../io.js';

/**
 * `lisa export [DIR]`: the Art. 30 register (one sheet per board), the systems and the classifications, and the
 * action plan once plan/ exists (the whole plan, then a sheet per board) as XLSX, or the register as CSV per board. Validates first and refuses a registry with errors, as render does.
 */
export async function exportCommand(args: string[], io: Io): Promise<number> {
  const early = envLocale(io.env, args[args.indexOf('--lang') + 1], io.cwd);
  const { values, positionals } = parseOptions(
    args,
    {
      out: { type: 'string' },
      format: { type: 'string' },
      lang: { type: 'string' },
      today: { type: 'string' },
      'no-color': { type: 'boolean' },
    },
    early,
  );
  const lang = oneOf('lang', values.lang, ['sv', 'nb', 'en'] as const, early);
  const kind = oneOf('format', values.format, ['xlsx', 'csv'] as const, early) ?? 'xlsx';
  const today = isoDate('today', values.today, early);
  if (positionals.length > 1)
    throw new UsageError(t(early, 'cli.tooManyArgs', { args: positionals.slice(1).join(' ') }));
  const dir = positionals[0] ?? 'registry';
  const out = path.resolve(io.cwd, values.out ?? 'out');

  const sources = await readRegistryFiles(dir, io.cwd);
  const validation = validateSources(dir, sources, {
    ...(today ? { today } : {}),
    ...(lang ? { locale: lang } : {}),
  });
  const { registry } = validation;
  const locale = registry.locale;
  if (validation.errors > 0) {
    const color = !values['no-color'] && useColor(io, io.stderr);
    io.stderr.write(formatText(validation.findings, { locale, files: registry.files.length, color }));
    io.stderr.write(`${t(locale, 'cli.export.refused', { errors: validation.errors })}\n`);
    return 1;
  }

  const files: { name: string; bytes: Uint8Array | string }[] = [];
  if (kind === 'xlsx') {
    files.push({
      name: `${t(locale, 'cli.export.files.processing')}.xlsx`,
      bytes: await workbookBytes(processingTables(registry, locale)),
    });
    files.push({
      name: `${t(locale, 'cli.export.files.systems')}.xlsx`,
      bytes: await workbookBytes([systemsTable(registry, locale), classificationsTable(registry, locale)]),
    });
    if (registry.entities.plan.size > 0)
      files.push({
        name: `${t(locale, 'planExport.file')}.xlsx`,
        bytes: await workbookBytes(planTables(registry, locale)),
      });
  } else {
    const all = [...registry.entities.processing.values()].filter((p) => p.valid);
    for (const b of exportControllers(registry, all)) {
      const rows = all
        .filter((p) => controllerIdOf(p.data) === b.id)
        .map((p) => processingRow(registry, p, locale));
      files.push({
        // The organisation as controller has the empty id: its file is named after it.
        name: `${t(locale, 'cli.export.files.processing')}-${slugify(b.id || b.name) || 'board'}.csv`,
        bytes: processingCsv(rows, locale),
      });
    }
  }
  mkdirSync(out, { recursive: true });
  for (const f of files) writeFileSync(path.join(out, f.name), f.bytes);
  io.stdout.write(
    `${t(locale, 'cli.export.written', { count: files.length, out: path.relative(io.cwd, out) || out })}\n`,
  );
  for (const f of files) io.stdout.write(`  ${f.name}\n`);
  return 0;
}
