import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { formatJson } from '../../lib/format/json.js';
import { formatSarif, type SarifOptions } from '../../lib/format/sarif.js';
import { formatText } from '../../lib/format/text.js';
import { t } from '../../lib/i18n/index.js';
import { readRegistryFiles } from '../../lib/io/load.js';
import { ALL_RULES } from '../../lib/rules/index.js';
import { type ValidationResult, validateSources } from '../../lib/validate.js';
import { VERSION } from '../../lib/version.js';
import { isoDate, oneOf, parseOptions } from '../args.js';
import { envLocale, type Io, UsageError, useColor } from '../io.js';
import { repositoryOf } from '../repository.js';

/** Where the SARIF's URIs are relative to: the git checkout's root if there is one, else where lisa runs. */
async function sarifOptions(cwd: string, dir: string, result: ValidationResult): Promise<SarifOptions> {
  const repo = await repositoryOf(path.resolve(cwd, dir));
  const root = repo?.root ?? cwd;
  const options: SarifOptions = {
    repoPath: (file) => path.relative(root, path.resolve(cwd, file)).split(path.sep).join('/'),
    files: result.registry.files,
    rootUri: pathToFileURL(`${root}${path.sep}`).href,
  };
  if (repo?.remote)
    options.provenance = {
      repositoryUri: repo.remote,
      ...(repo.revisionId ? { revisionId: repo.revisionId } : {}),
      ...(repo.branch ? { branch: repo.branch } : {}),
    };
  return options;
}

export async function validateCommand(args: string[], io: Io): Promise<number> {
  const early = envLocale(io.env, args[args.indexOf('--lang') + 1], io.cwd);
  const { values, positionals } = parseOptions(
    args,
    {
      format: { type: 'string' },
      lang: { type: 'string' },
      today: { type: 'string' },
      'fail-on': { type: 'string' },
      'no-color': { type: 'boolean' },
    },
    early,
  );
  const outputFormat = oneOf('format', values.format, ['text', 'json', 'sarif'] as const, early) ?? 'text';
  const lang = oneOf('lang', values.lang, ['sv', 'nb', 'en'] as const, early);
  const failOn = oneOf('fail-on', values['fail-on'], ['error', 'warning'] as const, early) ?? 'error';
  const today = isoDate('today', values.today, early);
  if (positionals.length > 1)
    throw new UsageError(t(early, 'cli.tooManyArgs', { args: positionals.slice(1).join(' ') }));
  const dir = positionals[0] ?? 'registry';

  const sources = await readRegistryFiles(dir, io.cwd);
  const result = validateSources(dir, sources, {
    ...(today ? { today } : {}),
    ...(lang ? { locale: lang } : {}),
  });
  const locale = result.registry.locale;
  const files = result.registry.files.length;
  if (outputFormat === 'json') io.stdout.write(formatJson(result.findings, files, locale));
  else if (outputFormat === 'sarif')
    io.stdout.write(
      formatSarif(result.findings, ALL_RULES, locale, VERSION, await sarifOptions(io.cwd, dir, result)),
    );
  else
    io.stdout.write(
      formatText(result.findings, { locale, files, color: !values['no-color'] && useColor(io, io.stdout) }),
    );
  if (result.errors > 0) return 1;
  if (failOn === 'warning' && result.warnings > 0) return 1;
  return 0;
}
