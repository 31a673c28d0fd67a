#!/usr/bin/env node
import { realpathSync } from 'node:fs';
import module from 'node:module';
import { homedir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { t } from '../lib/i18n/index.js';
import { RegistryNotFound } from '../lib/io/load.js';
import { closest } from '../lib/suggest.js';
import { VERSION } from '../lib/version.js';
import { envLocale, type Io, processIo, UsageError } from './io.js';

type Command = (args: string[], io: Io) => Promise<number>;

// Loaded on demand: `lisa validate` should not pay for the browser or Slack libraries.
const COMMANDS: Record<string, () => Promise<Command>> = {
  validate: async () => (await import('./commands/validate.js')).validateCommand,
  rules: async () => (await import('./commands/rules.js')).rulesCommand,
  diff: async () => (await import('./commands/diff.js')).diffCommand,
  render: async () => (await import('./commands/render.js')).renderCommand,
  remind: async () => (await import('./commands/remind.js')).remindCommand,
  ask: async () => (await import('./commands/ask.js')).askCommand,
  bot: async () => (await import('./commands/bot.js')).botCommand,
  init: async () => (await import('./commands/init.js')).initCommand,
  import: async () => (await import('./commands/import.js')).importCommand,
  export: async () => (await import('./commands/export.js')).exportCommand,
  migrate: async () => (await import('./commands/migrate.js')).migrateCommand,
};

export async function main(input: string[], io: Io = processIo()): Promise<number> {
  // `--lang X` may also come before the command (`lisa --lang en validate`): it is passed on to the command.
  const argv =
    input[0] === '--lang' && input.length >= 3
      ? [input[2] as string, '--lang', input[1] as string, ...input.slice(3)]
      : input;
  const [command, ...rest] = argv;
  const locale = envLocale(io.env, argv[argv.indexOf('--lang') + 1], io.cwd);
  if (!command) {
    // Called with nothing: a usage error, so the usage goes where errors go.
    io.stderr.write(t(locale, 'cli.usage'));
    return 2;
  }
  if (command === '--help' || command === '-h' || command === 'help') {
    io.stdout.write(t(locale, 'cli.usage'));
    return 0;
  }
  if (command === '--version' || command === '-v' || command === 'version') {
    io.stdout.write(`${VERSION}\n`);
    return 0;
  }
  const load = COMMANDS[command];
  if (!load) {
    const s = closest(command, Object.keys(COMMANDS));
    io.stderr.write(
      `${t(locale, 'cli.unknownCommand', { command, didYouMean: s ? t(locale, 'finding.references.didYouMean', { s }) : '' })}\n`,
    );
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout.write(t(locale, 'cli.usage'));
    return 0;
  }
  try {
    return await (await load())(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`${error.message}\n`);
      return 2;
    }
    if (error instanceof RegistryNotFound) {
      io.stderr.write(`${t(locale, 'cli.noRegistry', { dir: error.dir })}\n`);
      return 2;
    }
    const detail = error instanceof Error ? error.message : String(error);
    io.stderr.write(`${t(locale, 'cli.internal', { detail })}\n`);
    if (io.env.LISA_DEBUG) io.stderr.write(`${error instanceof Error ? error.stack : ''}\n`);
    return 70;
  }
}

/** Run as a program, also through the symlink npm makes for `bin` (node_modules/.bin/lisa), not when imported. */
function isMain(): boolean {
  try {
    return realpathSync(process.argv[1] ?? '') === fileURLToPath(import.meta.url);
  } catch {
    return false;
  }
}

/** The user's cache folder for lisa: $XDG_CACHE_HOME/lisa, else ~/.cache/lisa (%LOCALAPPDATA%\lisa on Windows). */
function compileCacheDir(): string {
  const base =
    process.env.XDG_CACHE_HOME ||
    (process.platform === 'win32' ? process.env.LOCALAPPDATA : undefined) ||
    path.join(homedir(), '.cache');
  return path.join(base, 'lisa', 'node-compile-cache');
}

if (isMain()) {
  // V8's compiled code for lisa and its libraries kept on disk between runs (Node's compile cache;
  // NODE_DISABLE_COMPILE_CACHE=1 turns it off): each command then loads its modules without compiling them
  // again. In the user's own cache folder, not the shared temporary one, where another account could plant
  // code. Called before the command's modules are imported, so they are cached.
  module.enableCompileCache?.(compileCacheDir());
  // `lisa rules | head` closes the pipe before lisa is done writing; that is no error worth a stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => process.exit(error.code === 'EPIPE' ? 0 : 70));
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    () => {
      process.exitCode = 70;
    },
  );
}
