// `lisa diff BASE HEAD`: what changing the registry in folder BASE into the one in HEAD means, the comparison the
// action puts in a pull request's comment: changes told by name, their consequences, the documents they touch,
// the findings they bring and fix. Both are validated as of one day and in the head's language.
import { diffRegistries, findingsDelta } from '../../lib/diff.js';
import { restrictedLookup } from '../../lib/facts/restricted.js';
import { organisationOf, organisationToday } from '../../lib/facts/today.js';
import { formatDiffText } from '../../lib/format/diff-text.js';
import { formatMarkdown } from '../../lib/format/markdown.js';
import { t } from '../../lib/i18n/index.js';
import { readRegistryFiles } from '../../lib/io/load.js';
import { registryLocale } from '../../lib/registry.js';
import { documentIds } from '../../lib/render/model.js';
import { validateSources } from '../../lib/validate.js';
import { isoDate, oneOf, parseOptions } from '../args.js';
import { envLocale, type Io, UsageError } from '../io.js';

export async function diffCommand(args: string[], io: Io): Promise<number> {
  const early = envLocale(io.env, args[args.indexOf('--lang') + 1]);
  const { values, positionals } = parseOptions(
    args,
    { format: { type: 'string' }, lang: { type: 'string' }, today: { type: 'string' } },
    early,
  );
  const outputFormat = oneOf('format', values.format, ['text', 'json', 'markdown'] as const, early) ?? 'text';
  const lang = oneOf('lang', values.lang, ['sv', 'nb', 'en'] as const, early);
  const todayArg = isoDate('today', values.today, early);
  if (positionals.length !== 2) {
    if (positionals.length > 2)
      throw new UsageError(t(early, 'cli.tooManyArgs', { args: positionals.slice(2).join(' ') }));
    throw new UsageError(t(early, 'diff.needsTwo'));
  }
  const [baseDir, headDir] = positionals as [string, string];
  const headSources = await readRegistryFiles(headDir, io.cwd);
  const baseSources = await readRegistryFiles(baseDir, io.cwd);
  const today = todayArg ?? organisationToday(organisationOf(headSources), new Date());
  const locale = lang ?? registryLocale(headSources);
  const head = validateSources(headDir, headSources, { today, locale });
  const base = validateSources(baseDir, baseSources, { today, locale });
  const diff = diffRegistries(base.registry, head.registry, {
    locale,
    today,
    documentIds: documentIds(head.registry),
  });
  const delta = findingsDelta(base.findings, head.findings);
  const restricted = restrictedLookup([head.registry, base.registry]);
  if (outputFormat === 'json') {
    io.stdout.write(`${JSON.stringify({ ...diff, findings: delta }, null, 2)}\n`);
  } else if (outputFormat === 'markdown') {
    io.stdout.write(
      formatMarkdown({
        locale,
        findings: head.findings,
        files: head.registry.files.length,
        failOn: 'error',
        delta,
        diff,
        restricted,
      }),
    );
  } else io.stdout.write(formatDiffText(diff, delta, locale, restricted));
  return 0;
}
