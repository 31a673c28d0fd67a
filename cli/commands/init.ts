import { lstatSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { organisationToday } from '../../lib/facts/today.js';
import { formatText } from '../../lib/format/text.js';
import { t } from '../../lib/i18n/index.js';
import { type InitFile, initFiles } from '../../lib/init/files.js';
import {
  type Country,
  DEFAULT_LANG,
  defaultBoards,
  type Holder,
  type InitLocale,
  type InitOptions,
  parseHolder,
  ROLE_KEYS,
  type RoleKey,
} from '../../lib/init/options.js';
import { PACKAGE_NAME } from '../../lib/init/repo-files.js';
import type { Locale } from '../../lib/locale.js';
import { validateSources } from '../../lib/validate.js';
import { isoDate, oneOf, parseOptions } from '../args.js';
import { envLocale, type Io, UsageError, useColor } from '../io.js';
import { INIT } from './init-messages.js';

const HOLDER_FLAGS: Record<RoleKey, string> = {
  coordinator: 'coordinator',
  dpo: 'dpo',
  informationOwner: 'information-owner',
  systemOwner: 'system-owner',
};

/** Reads answers line by line; lines typed (or piped) before a question is asked are kept for it. */
function lineReader(input: NodeJS.ReadableStream) {
  const rl = createInterface({ input, terminal: false });
  const lines = rl[Symbol.asyncIterator]();
  return {
    next: async () => {
      const r = await lines.next();
      return r.done ? undefined : String(r.value);
    },
    close: () => rl.close(),
  };
}

async function askAll(io: Io, locale: Locale, given: Partial<InitOptions>): Promise<Partial<InitOptions>> {
  const reader = lineReader(io.stdin as NodeJS.ReadableStream);
  const ask = async (question: string, fallback: string): Promise<string> => {
    io.stdout.write(fallback ? `${question} [${fallback}]: ` : `${question}: `);
    const answer = (await reader.next())?.trim() ?? '';
    return answer || fallback;
  };
  try {
    const out: Partial<InitOptions> = { ...given };
    let name = given.name ?? '';
    while (!name) name = await ask(t(locale, INIT.askName), '');
    out.name = name;
    let country: Country | undefined = given.country;
    while (!country) {
      const a = (await ask(t(locale, INIT.askCountry), 'se')).toLowerCase();
      if (a === 'se' || a === 'no') country = a;
    }
    out.country = country;
    let lang: InitLocale | undefined = given.lang;
    while (!lang) {
      const a = (await ask(t(locale, INIT.askLang), DEFAULT_LANG[country])).toLowerCase();
      if (a === 'sv' || a === 'nb') lang = a;
    }
    out.lang = lang;
    const boards = given.boards ?? defaultBoards(country, name);
    out.boards = splitList(await ask(t(locale, INIT.askBoards), boards.join(', ')));
    const holders: Partial<Record<RoleKey, Holder>> = { ...given.holders };
    for (const key of ROLE_KEYS) {
      if (holders[key]) continue;
      const a = await ask(t(locale, INIT.askHolder[key]), '');
      if (a) holders[key] = parseHolder(a);
    }
    out.holders = holders;
    return out;
  } finally {
    reader.close();
  }
}

function splitList(text: string): string[] {
  return text
    .split(/[,;\n]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** The files that are there already (a symlink counts, even a broken one): init never writes over them. */
function existing(root: string, files: InitFile[]): string[] {
  return files
    .map((f) => f.path)
    .filter((p) => {
      try {
        lstatSync(path.join(root, p));
        return true;
      } catch {
        return false;
      }
    });
}

/**
 * `lisa init [DIR]`: a new registry repository that validates clean. Asks on a terminal, or takes flags
 * (`--yes` for scripts). Exit codes: 0 written, 2 usage error or something would be overwritten.
 */
export async function initCommand(args: string[], io: Io): Promise<number> {
  const early = envLocale(io.env, args[args.indexOf('--lang') + 1], io.cwd);
  const { values, positionals } = parseOptions(
    args,
    {
      yes: { type: 'boolean', short: 'y' },
      name: { type: 'string' },
      country: { type: 'string' },
      lang: { type: 'string' },
      boards: { type: 'string' },
      coordinator: { type: 'string' },
      dpo: { type: 'string' },
      'information-owner': { type: 'string' },
      'system-owner': { type: 'string' },
      today: { type: 'string' },
      'no-color': { type: 'boolean' },
    },
    early,
  );
  if (positionals.length > 1)
    throw new UsageError(t(early, 'cli.tooManyArgs', { args: positionals.slice(1).join(' ') }));
  const country = oneOf('country', values.country, ['se', 'no'] as const, early);
  const lang = oneOf('lang', values.lang, ['sv', 'nb'] as const, early);
  const today = isoDate('today', values.today, early) ?? organisationToday({ country }, new Date());
  const holders: Partial<Record<RoleKey, Holder>> = {};
  for (const key of ROLE_KEYS) {
    const v = values[HOLDER_FLAGS[key] as keyof typeof values];
    if (typeof v === 'string' && v.trim()) holders[key] = parseHolder(v);
  }
  const given: Partial<InitOptions> = {
    ...(values.name?.trim() ? { name: values.name.trim() } : {}),
    ...(country ? { country } : {}),
    ...(lang ? { lang } : {}),
    ...(values.boards ? { boards: splitList(values.boards) } : {}),
    holders,
  };
  let answers = given;
  if (!values.yes) {
    if (!io.stdin?.isTTY) throw new UsageError(t(early, INIT.notATerminal));
    answers = await askAll(io, early, given);
  } else if (!given.name) throw new UsageError(t(early, INIT.nameNeeded));

  const finalCountry = answers.country ?? (answers.lang === 'nb' ? 'no' : 'se');
  const finalLang = answers.lang ?? DEFAULT_LANG[finalCountry];
  const name = answers.name as string;
  const boards = answers.boards?.length ? answers.boards : defaultBoards(finalCountry, name);
  const options: InitOptions = {
    name,
    country: finalCountry,
    lang: finalLang,
    boards,
    holders: answers.holders ?? {},
    today,
    packageName: PACKAGE_NAME,
  };
  const locale: Locale = lang ?? (values.lang ? early : finalLang);
  const dir = positionals[0] ?? '.';
  const root = path.resolve(io.cwd, dir);
  const files = initFiles(options);

  const there = existing(root, files);
  if (there.length > 0) {
    io.stderr.write(`${t(locale, INIT.exists, { dir })}\n`);
    for (const p of there) io.stderr.write(`  ${p}\n`);
    io.stderr.write(`${t(locale, INIT.existsHint)}\n`);
    return 2;
  }

  // What was typed must make a registry that validates: a malformed e-mail address is caught here, before
  // anything is written, with the finding the user would otherwise meet on the first validate.
  const sources = files
    .filter((f) => f.path.startsWith('registry/'))
    .map((f) => ({
      file: path.posix.join(dir === '.' ? '' : dir.split(path.sep).join('/'), f.path),
      rel: f.path.slice('registry/'.length),
      bytes: new TextEncoder().encode(f.content),
    }));
  const result = validateSources(path.join(dir, 'registry'), sources, { today, locale: finalLang });
  if (result.errors > 0) {
    const color = !values['no-color'] && useColor(io, io.stderr);
    io.stderr.write(formatText(result.findings, { locale, files: sources.length, color }));
    io.stderr.write(`${t(locale, INIT.invalid)}\n`);
    return 2;
  }

  for (const f of files) {
    const abs = path.join(root, f.path);
    mkdirSync(path.dirname(abs), { recursive: true });
    // 'wx' fails if the file appeared since the check: still nothing is overwritten.
    writeFileSync(abs, f.content, { flag: 'wx' });
  }
  io.stdout.write(`${t(locale, INIT.written, { count: files.length, dir })}\n`);
  for (const f of files) io.stdout.write(`  ${f.path}\n`);
  io.stdout.write(`${t(locale, INIT.next, { pkg: PACKAGE_NAME })}\n`);
  return 0;
}
