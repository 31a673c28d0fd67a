// The shape the code promises (CONTRIBUTING): one core in lib/ that knows nothing of its adapters, and does its
// I/O only in lib/io/. Read from the import statements, so a new upward import or a stray fs call fails here.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..');

function tsFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = `${dir}/${e.name}`;
    if (e.isDirectory()) return tsFiles(rel);
    return e.name.endsWith('.ts') && !e.name.endsWith('.d.ts') ? [rel] : [];
  });
}

/** Every module a file imports (static, dynamic, re-export), relative ones resolved to repository paths. */
function importsOf(file: string): string[] {
  const text = readFileSync(path.join(ROOT, file), 'utf8');
  const specs = [
    ...text.matchAll(/^\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]/gm),
    ...text.matchAll(/^\s*import\s+['"]([^'"]+)['"]/gm),
    ...text.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g),
  ].map((m) => m[1] as string);
  return specs.map((s) =>
    s.startsWith('.') ? path.posix.normalize(path.posix.join(path.posix.dirname(file), s)) : s,
  );
}

const LIB = tsFiles('lib');
const IO_MODULES = /^(node:)?(fs|fs\/promises|child_process|net|http|https)$|^@slack\/|^puppeteer/;

describe('the core and its edges', () => {
  it('lib/ imports nothing from the CLI, the action or the bot', () => {
    const upward = LIB.flatMap((f) =>
      importsOf(f)
        .filter((i) => /^(cli|action|bot)\//.test(i))
        .map((i) => `${f} → ${i}`),
    );
    expect(upward).toEqual([]);
  });

  it('only lib/io/ reads and writes files, starts processes, calls Slack or a browser, or reads the environment', () => {
    const io = LIB.filter((f) => !f.startsWith('lib/io/')).flatMap((f) => [
      ...importsOf(f)
        .filter((i) => IO_MODULES.test(i))
        .map((i) => `${f} → ${i}`),
      ...(/\bprocess\.env\b/.test(readFileSync(path.join(ROOT, f), 'utf8')) ? [`${f} → process.env`] : []),
    ]);
    expect(io).toEqual([]);
  });

  it('the parts of lib/ that others build on do not import the documents, the diff or the rules above them', () => {
    const below = ['lib/parse.ts', 'lib/schema.ts', 'lib/registry.ts', 'lib/labels.ts', 'lib/values.ts'];
    const offenders = below.flatMap((f) =>
      importsOf(f)
        .filter((i) => /^lib\/(render|diff|rules|answer|remind)\//.test(i))
        .map((i) => `${f} → ${i}`),
    );
    expect(offenders).toEqual([]);
    const diff = [...LIB.filter((f) => f.startsWith('lib/diff/')), 'lib/diff.ts'].flatMap((f) =>
      importsOf(f)
        .filter((i) => /^lib\/render\/(labels|format|model|index)/.test(i))
        .map((i) => `${f} → ${i}`),
    );
    expect(diff).toEqual([]);
  });

  it('the test sees the imports it checks', () => {
    expect(importsOf('lib/io/chromium.ts')).toContain('node:fs');
    expect(importsOf('lib/diff.ts')).toContain('lib/diff/context.js');
  });
});
