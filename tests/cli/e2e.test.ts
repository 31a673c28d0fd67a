import { spawn } from 'node:child_process';
import { existsSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asset, ORG, system } from '../validate/fixtures.js';
import { ANSI, registryOnDisk, removeRegistries } from './helpers.js';

// The built program, as a user runs it: a real process, its exit code, and what reaches the terminal.
const MAIN = path.resolve('build/cli/main.js');

/** A stack trace line as Node prints one. */
const STACK = /^\s+at .+[(:]\d+/m;

function run(args: string[], cwd: string, env: Record<string, string> = {}, program = MAIN) {
  // Only what the test gives: no colour or language from the machine running the tests.
  const child = spawn(process.execPath, [program, ...args], {
    cwd,
    env: { PATH: process.env.PATH ?? '', ...env },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout += s));
  child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

beforeAll(() => {
  if (!existsSync(MAIN)) throw new Error('build/cli/main.js is missing: run "npm run build" first.');
});
afterAll(removeRegistries);

const BROKEN = {
  'lisa.yaml': ORG,
  'system/syntax.yaml': 'name: "P\n',
  'system/dup.yaml': 'name: P\nname: Q\n',
  'system/tab.yaml': 'name: P\nprotection:\n\tconfidentiality: 1\n',
  'system/types.yaml': 'name: [P]\nboard: 5\nowner: socialchef\nhosting: moln\nprotection: x\nfarg: 1\n',
  'system/dates.yaml': system('D', {}, 'protectionAssessed: 2024-02-30\n'),
  'system/bomb.yaml': `a: &a [x,x,x,x,x,x,x,x,x]\n${'bcdefgh'
    .split('')
    .map((c, i) => `${c}: &${c} [${Array(9).fill(`*${'abcdefgh'[i]}`).join(',')}]`)
    .join('\n')}\n`,
  'system/big.yaml': `# ${'x'.repeat(2 * 1024 * 1024 + 10)}\n`,
  'system/binary.yaml': Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]),
  'system/latin1.yaml': Buffer.from('name: Åtgärdssystem\n', 'latin1'),
  'system/empty.yaml': '',
  'system/list.yaml': '- name: A\n',
  'system/bom.yaml': `\uFEFF${system('Bom', {})}`,
  'asset/pnr.yaml': asset('A', '# 19121212-1212\n'),
  'Fel namn.yaml': 'a: 1\n',
};

describe('lisa (the built CLI, spawned)', () => {
  it('exit 0 on a clean registry, run through a symlink as npm installs the lisa command in node_modules/.bin', async () => {
    const cwd = registryOnDisk({ 'lisa.yaml': ORG });
    const link = path.join(cwd, 'lisa');
    symlinkSync(MAIN, link);
    const r = await run(['validate', 'registry', '--today', '2026-11-23'], cwd, {}, link);
    expect(r).toEqual({ code: 0, stdout: '✔ Inga problem i 1 fil.\n', stderr: '' });
  });

  it('exit 1 on every kind of bad input, each a finding with file:line:col, and no stack trace', async () => {
    const r = await run(['validate', '--today', '2026-11-23'], registryOnDisk(BROKEN));
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    expect(r.stdout).not.toMatch(STACK);
    for (const [file, rule] of [
      ['syntax', 'yaml-syntax'],
      ['dup', 'duplicate-key'],
      ['tab', 'yaml-tab'],
      ['types', 'wrong-type'],
      ['types', 'unknown-field'],
      ['dates', 'invalid-date'],
      ['bomb', 'yaml-aliases'],
      ['big', 'file-too-large'],
      ['binary', 'file-binary'],
      ['latin1', 'file-encoding'],
      ['empty', 'empty-file'],
      ['list', 'wrong-type'],
    ]) {
      expect(r.stdout, `${file} ${rule}`).toMatch(
        new RegExp(`^registry/system/${file}\\.yaml:\\d+:\\d+ fel ${rule} `, 'm'),
      );
    }
    expect(r.stdout).toMatch(/^registry\/asset\/pnr\.yaml:4:3 fel identity-number /m);
    expect(r.stdout).not.toContain('19121212');
    expect(r.stdout).not.toMatch(/bom\.yaml:\d+:\d+ fel (yaml|wrong|unknown)/);
  });

  it('exit 2 on usage errors, with one line on stderr and no stack trace', async () => {
    const cwd = registryOnDisk({ 'lisa.yaml': ORG });
    // One of each path out: the option parser, the registry reader, the command table (the rest is in-process).
    const cases = [['validate', '--formt', 'json'], ['validate', 'saknas'], ['valdate']];
    const results = await Promise.all(cases.map((args) => run(args, cwd)));
    for (const [i, args] of cases.entries()) {
      const r = results[i] as Awaited<ReturnType<typeof run>>;
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stdout, args.join(' ')).toBe('');
      expect(r.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
      expect(r.stderr).not.toMatch(STACK);
    }
  });

  it('colours with FORCE_COLOR, and NO_COLOR wins over FORCE_COLOR', async () => {
    const cwd = registryOnDisk({
      'lisa.yaml': ORG,
      'asset/a.yaml': asset('A').replace('board: son', 'board: sn'),
    });
    // Without either, on a pipe, there is no colour: the other tests compare plain text exactly.
    const [forced, both] = await Promise.all([
      run(['validate'], cwd, { FORCE_COLOR: '1' }),
      run(['validate'], cwd, { FORCE_COLOR: '1', NO_COLOR: '1' }),
    ]);
    expect(forced.stdout).toMatch(ANSI);
    expect(forced.stdout).toContain('\u001b[31mfel\u001b[39m');
    expect(both.stdout).not.toMatch(ANSI);
    expect(both.stdout).toContain('fel dangling-reference');
  });
});
