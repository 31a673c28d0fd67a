// Reading and parsing on two threads (lib/io/parallel-read.ts) must give what reading and parsing in one
// gives: the same sources in the same order and the same findings. The worker's side (runJob) and the main
// thread's taking in of its results (sourcesOf) are run here in one thread, the message copied as between
// threads; the action's tests run the real worker in dist/index.js.
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listRegistry, readRegistryFiles } from '../../lib/io/load.js';
import { parsedCache, readAndParseRegistry, runJob, sourcesOf } from '../../lib/io/parallel-read.js';
import type { ParsedFile } from '../../lib/parse.js';
import { parseRegister, type SourceFile } from '../../lib/registry.js';
import { validateSources } from '../../lib/validate.js';

const dir = mkdtempSync(path.join(tmpdir(), 'lisa-parallel-'));
const reg = path.join(dir, 'registry');
cpSync(path.join(import.meta.dirname, '../../registry'), reg, { recursive: true });
// Files whose parse must not change on the way between threads, and files that are not clean.
// A clean KPI whose target YAML reads as -0 (JSON would make it 0) and one as NaN.
const kpi = readFileSync(path.join(reg, 'kpi/dagar-atgarda-hoga-sarbarheter.yaml'), 'utf8');
writeFileSync(path.join(reg, 'kpi/minus-zero.yaml'), kpi.replace(/^target: .*$/m, 'target: -1e-400'));
writeFileSync(path.join(reg, 'kpi/nan.yaml'), kpi.replace(/^target: .*$/m, 'target: .nan'));
const system = 'proceedo.yaml';
writeFileSync(
  path.join(reg, 'system/bom.yaml'),
  `\uFEFF${readFileSync(path.join(reg, 'system', system), 'utf8')}`,
);
writeFileSync(path.join(reg, 'system/broken.yaml'), 'name: [unclosed\n');
writeFileSync(path.join(reg, 'system/aliases.yaml'), 'name: &n Alias\nowner: *n\nboard: ks\n');
writeFileSync(path.join(reg, 'notes.txt'), 'ingen registerfil\n');
symlinkSync('/etc/passwd', path.join(reg, 'system/link.yaml'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const options = { today: '2026-11-23' };

function viaThreads(): { sources: SourceFile[]; parsed: Map<SourceFile, ParsedFile> } {
  const entries = listRegistry('registry', dir);
  if (!Array.isArray(entries)) throw new Error('registry refused');
  // The whole registry to the "worker", its message copied as postMessage copies it.
  const result = structuredClone(runJob(entries));
  const parsed = new Map<SourceFile, ParsedFile>();
  const sources = sourcesOf(entries, result, parsed).filter((s): s is SourceFile => s !== undefined);
  return { sources, parsed };
}

describe('reading and parsing on two threads', () => {
  it('gives the sources one thread reads, in the same order', async () => {
    const alone = await readRegistryFiles('registry', dir);
    const { sources } = viaThreads();
    expect(sources.map((s) => [s.file, s.rel, s.refused, Buffer.from(s.bytes).toString('base64')])).toEqual(
      alone.map((s) => [s.file, s.rel, s.refused, Buffer.from(s.bytes).toString('base64')]),
    );
  });

  it('hands over parses equal to the main thread’s own, and leaves NaN, -0 and unclean files to it', () => {
    const { sources, parsed } = viaThreads();
    const byRel = (rel: string) => sources.find((s) => s.rel === rel) as SourceFile;
    // Clean files (so nothing else keeps them back), but JSON would change their data.
    expect(parseRegister(byRel('kpi/minus-zero.yaml'))?.findings).toEqual([]);
    expect(
      Object.is((parseRegister(byRel('kpi/minus-zero.yaml'))?.data as { target?: number })?.target, -0),
    ).toBe(true);
    expect(parsed.has(byRel('kpi/nan.yaml'))).toBe(false);
    expect(parsed.has(byRel('kpi/minus-zero.yaml'))).toBe(false);
    expect(parsed.has(byRel('system/broken.yaml'))).toBe(false);
    expect(parsed.has(byRel('system/aliases.yaml'))).toBe(false);
    expect(parsed.get(byRel('system/bom.yaml'))?.text.charCodeAt(0)).not.toBe(0xfeff);
    expect(parsed.get(byRel('system/bom.yaml'))?.findings).toEqual([]);
    // Most files are clean, and go over.
    expect(parsed.size).toBeGreaterThan(sources.length / 2);
  });

  it('validates to the same findings as one thread', async () => {
    const alone = validateSources('registry', await readRegistryFiles('registry', dir), options);
    const { sources, parsed } = viaThreads();
    const threads = validateSources('registry', sources, options, parsedCache(parsed, sources));
    expect(threads.findings).toEqual(alone.findings);
    expect(threads.findings.length).toBeGreaterThan(0);
  });

  it('reads everything in this thread when the worker cannot start', async () => {
    const alone = validateSources('registry', await readRegistryFiles('registry', dir), options);
    const read = await readAndParseRegistry('registry', dir, {
      worker: new URL('file:///no/such/worker.js'),
      minFiles: 0,
    });
    const result = validateSources('registry', read.sources, options, parsedCache(read.parsed, read.sources));
    expect(result.findings).toEqual(alone.findings);
  });
});
