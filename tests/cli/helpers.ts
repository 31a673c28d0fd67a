import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Io } from '../../cli/io.js';
import { main } from '../../cli/main.js';

const made: string[] = [];

/** Writes a registry to a fresh temporary folder `<tmp>/registry` and returns the temporary folder. */
export function registryOnDisk(files: Record<string, string | Uint8Array>, folder = 'registry'): string {
  const cwd = mkdtempSync(path.join(tmpdir(), 'lisa-cli-'));
  made.push(cwd);
  for (const [rel, content] of Object.entries(files)) {
    const abs = path.join(cwd, folder, rel);
    mkdirSync(path.dirname(abs), { recursive: true });
    writeFileSync(abs, content);
  }
  mkdirSync(path.join(cwd, folder), { recursive: true });
  return cwd;
}

export function removeRegistries() {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `lisa` in-process with its output captured; the environment is only what is given (no LANG, no colour). */
export async function lisa(
  argv: string[],
  options: { cwd: string; env?: Io['env']; tty?: boolean },
): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    stdout: { write: (s: string) => (stdout += s), isTTY: options.tty ?? false },
    stderr: { write: (s: string) => (stderr += s), isTTY: options.tty ?? false },
    cwd: options.cwd,
    env: options.env ?? {},
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

/** ANSI escape sequences, as colour leaves them. */
export const ANSI = new RegExp(`${String.fromCharCode(27)}\\[\\d+m`);
