import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readRegistryFiles } from '../../lib/io/load.js';

const dir = mkdtempSync(path.join(tmpdir(), 'lisa-load-'));
const reg = path.join(dir, 'registry');
for (const rel of [
  'lisa.yaml',
  'system/a.yaml',
  'system/deep/b.yml',
  '.git/x.yaml',
  'node_modules/p/c.yaml',
  'system/.hidden.yaml',
]) {
  mkdirSync(path.dirname(path.join(reg, rel)), { recursive: true });
  writeFileSync(path.join(reg, rel), 'name: x\n');
}
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const paths = async (d: string, cwd: string) =>
  (await readRegistryFiles(d, cwd))
    .map((f) => [f.file, f.rel])
    .sort((a, b) => (a[0] as string).localeCompare(b[0] as string));

describe('readRegistryFiles: printed paths and skipped folders', () => {
  // Dot-files are read (registry.ts scans them for identity numbers, never as registers); .git and
  // node_modules are no part of a registry.
  it('prints paths relative to cwd wherever cwd is, and skips .git and node_modules', async () => {
    expect(await paths('registry', dir)).toEqual([
      ['registry/lisa.yaml', 'lisa.yaml'],
      ['registry/system/.hidden.yaml', 'system/.hidden.yaml'],
      ['registry/system/a.yaml', 'system/a.yaml'],
      ['registry/system/deep/b.yml', 'system/deep/b.yml'],
    ]);
    expect((await paths('.', reg)).map(([f]) => f)).toEqual([
      'lisa.yaml',
      'system/.hidden.yaml',
      'system/a.yaml',
      'system/deep/b.yml',
    ]);
    // cwd inside the registry: its own files without a detour through the parent.
    expect((await paths('..', path.join(reg, 'system'))).map(([f]) => f)).toEqual([
      '../lisa.yaml',
      '.hidden.yaml',
      'a.yaml',
      'deep/b.yml',
    ]);
    // A sibling folder as cwd.
    mkdirSync(path.join(dir, 'other'), { recursive: true });
    expect((await paths('../registry', path.join(dir, 'other'))).map(([f]) => f)).toEqual([
      '../registry/lisa.yaml',
      '../registry/system/.hidden.yaml',
      '../registry/system/a.yaml',
      '../registry/system/deep/b.yml',
    ]);
  });
});
