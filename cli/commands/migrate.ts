import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { t } from '../../lib/i18n/index.js';
import { readRegistryFiles } from '../../lib/io/load.js';
import { migrateAuditActions, relPath } from '../../lib/migrate/audit-actions.js';
import { validateSources } from '../../lib/validate.js';
import { oneOf, parseOptions } from '../args.js';
import { envLocale, type Io, UsageError } from '../io.js';

// `lisa migrate [dir] [--write]`: moves the audit answers' planned actions into the action plan (plan/).
// A dry run by default: it says what it would write and what cannot move, and why. Only --write touches
// files, and then only new plan files (never one that exists) and the answers it read, if unchanged since.

export async function migrateCommand(args: string[], io: Io): Promise<number> {
  const early = envLocale(io.env, args[args.indexOf('--lang') + 1]);
  const { values, positionals } = parseOptions(
    args,
    { write: { type: 'boolean' }, lang: { type: 'string' } },
    early,
  );
  const lang = oneOf('lang', values.lang, ['sv', 'nb', 'en'] as const, early);
  if (positionals.length > 1)
    throw new UsageError(t(early, 'cli.tooManyArgs', { args: positionals.slice(1).join(' ') }));
  const dir = positionals[0] ?? 'registry';
  const sources = await readRegistryFiles(dir, io.cwd);
  const { registry } = validateSources(dir, sources, lang ? { locale: lang } : {});
  const locale = registry.locale;
  const texts = new Map<string, string>();
  for (const a of registry.entities.audit.values()) {
    const s = sources.find((x) => x.file === a.file);
    if (s) texts.set(relPath(registry, a), Buffer.from(s.bytes).toString('utf8'));
  }
  const m = migrateAuditActions(registry, texts);
  const out: string[] = [];
  const write = Boolean(values.write);
  if (!m.moves.length) out.push(t(locale, 'migrate.nothing'));
  else {
    out.push(t(locale, write ? 'migrate.written' : 'migrate.dryRun', { n: m.moves.length }));
    for (const x of m.moves) out.push(t(locale, 'migrate.move', { ...x, file: x.planFile }));
    out.push(t(locale, 'migrate.changed', { n: m.changed.length, write, files: m.changed.join(', ') }));
  }
  if (m.skips.length) {
    out.push('', t(locale, 'migrate.skipped', { n: m.skips.length }));
    for (const s of m.skips) out.push(t(locale, `migrate.skip.${s.reason}`, { ...s }));
  }
  if (m.moves.length && !write) out.push('', t(locale, 'migrate.hint', { dir }));
  if (write && m.moves.length) {
    const root = path.resolve(io.cwd, dir);
    // An answer edited since it was read is not overwritten: the edit would be lost.
    for (const rel of m.changed) {
      const now = await readFile(path.join(root, rel), 'utf8');
      if (now !== texts.get(rel)) {
        io.stderr.write(`${t(locale, 'migrate.changedOnDisk', { file: rel })}\n`);
        return 1;
      }
    }
    for (const [rel, text] of m.files) {
      const isNew = !m.changed.includes(rel);
      await writeFile(path.join(root, rel), text, isNew ? { flag: 'wx' } : {});
    }
    const after = validateSources(dir, await readRegistryFiles(dir, io.cwd), lang ? { locale: lang } : {});
    out.push('', t(locale, 'migrate.after', { errors: after.errors, dir }));
  }
  io.stdout.write(`${out.join('\n')}\n`);
  return 0;
}
