import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import type { Io } from '../../cli/io.js';
import { main } from '../../cli/main.js';

const made: string[] = [];

export function tempDir(prefix = 'lisa-adopt-'): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

export function removeTempDirs() {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs lisa in-process; `input` lines are typed on a terminal (stdin with isTTY), or there is no terminal. */
export async function run(argv: string[], cwd: string, input?: string[]): Promise<Run> {
  let stdout = '';
  let stderr = '';
  let stdin: Io['stdin'];
  if (input) {
    const s = new PassThrough() as PassThrough & { isTTY?: boolean };
    s.isTTY = true;
    s.end(input.map((l) => `${l}\n`).join(''));
    stdin = s;
  }
  const io: Io = {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    cwd,
    env: {},
    ...(stdin ? { stdin } : {}),
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

export const FIXTURES = path.resolve('tests/fixtures/import');
export const TODAY = '2026-12-01';
