import { t } from '../../lib/i18n/index.js';
import { ruleDocUrl } from '../../lib/rules/docs.js';
import { ALL_RULES } from '../../lib/rules/index.js';
import { oneOf, parseOptions } from '../args.js';
import { envLocale, type Io } from '../io.js';

export async function rulesCommand(args: string[], io: Io): Promise<number> {
  const early = envLocale(io.env, args[args.indexOf('--lang') + 1], io.cwd);
  const { values } = parseOptions(args, { lang: { type: 'string' } }, early);
  const locale = oneOf('lang', values.lang, ['sv', 'nb', 'en'] as const, early) ?? early;
  const width = Math.max(...ALL_RULES.map((r) => r.id.length));
  const text = Math.max(...ALL_RULES.map((r) => t(locale, r.description).length));
  // Each rule with the page that explains it (docs/rules/<id>.md: what, why, how to fix, examples).
  for (const r of ALL_RULES)
    io.stdout.write(
      `${r.id.padEnd(width)}  ${r.severity.padEnd(7)}  ${t(locale, r.description).padEnd(text)}  ${ruleDocUrl(r.id)}\n`,
    );
  return 0;
}
