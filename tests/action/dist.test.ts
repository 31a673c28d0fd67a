// dist/ is what GitHub runs (`runs.main` in action.yml), so it must be exactly what the sources build to.
// This rebuilds the bundle the way `npm run bundle` does, into a temporary folder, and compares.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { ROOT } from './harness.js';

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}

it('dist/ matches the sources (run `npm run bundle` and commit dist/ if this fails)', () => {
  const out = mkdtempSync(path.join(tmpdir(), 'lisa-dist-'));
  try {
    // Same steps as the bundle script; ncc's module ids depend on the input's path, so it reads build/ too.
    execFileSync(
      process.execPath,
      [path.join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'action/tsconfig.json'],
      { cwd: ROOT, stdio: 'pipe' },
    );
    execFileSync(
      process.execPath,
      [
        path.join(ROOT, 'node_modules/@vercel/ncc/dist/ncc/cli.js'),
        'build',
        'build/action/main.js',
        '-o',
        out,
        '--license',
        'licenses.txt',
        '-q',
      ],
      {
        cwd: ROOT,
        stdio: 'pipe',
      },
    );
    const expected = files(out);
    const committed = files(path.join(ROOT, 'dist'));
    expect(committed, 'files in dist/').toEqual(expected);
    const stale = expected.filter(
      (f) => !readFileSync(path.join(out, f)).equals(readFileSync(path.join(ROOT, 'dist', f))),
    );
    expect(stale, 'files in dist/ that differ from a fresh build').toEqual([]);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}, 180_000);
