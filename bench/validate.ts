// Benchmark for issue 2: how much validation adds to reading the YAML, at region scale.

import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { load } from 'js-yaml';
import { parseDocument } from 'yaml';
import { readRegistryFiles } from '../lib/io/load.js';
import { parseFile } from '../lib/parse.js';
import { Validator, validateSources } from '../lib/validate.js';
import { generateRegion } from './generate.js';
import { FULL, rounds } from './process.js';

function ms(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** The least CPU time (user + system, ms) of the last `best`: on a machine shared with other work, wall time
 * grows with the load and CPU time far less, so both are printed. */
let cpu = 0;

function best(runs: number, fn: () => void): number {
  let min = Number.POSITIVE_INFINITY;
  cpu = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i++) {
    const c = process.cpuUsage();
    const t = process.hrtime.bigint();
    fn();
    min = Math.min(min, ms(t));
    const used = process.cpuUsage(c);
    cpu = Math.min(cpu, (used.user + used.system) / 1000);
  }
  return min;
}

export async function benchValidate(): Promise<void> {
  const files = generateRegion();
  const bytes = files.reduce((n, f) => n + f.bytes.length, 0);
  console.log(`region files: ${files.length}`);
  console.log(`region size: ${(bytes / 1024 / 1024).toFixed(1)} MiB`);

  // The floor: the YAML parser lisa reads with (js-yaml) turning every file into plain data, held in memory as
  // any validation must hold it. (Parsing and dropping each result is faster still — young objects die cheaply
  // — but measures the garbage collector's luck, not reading a registry; it is printed for comparison.)
  let held: unknown[] = [];
  const parseOnly = best(3, () => {
    held = [];
    held = files.map((f) => load(Buffer.from(f.bytes).toString('utf8')));
  });
  if (held.length !== files.length) throw new Error('parse baseline lost files');
  held = [];
  const parseCpu = cpu;
  console.log(`yaml parse: ${parseOnly.toFixed(0)} ms`);
  console.log(`yaml parse (CPU): ${parseCpu.toFixed(0)} ms`);
  const parseDropped = best(rounds(1, 3), () => {
    for (const f of files) load(Buffer.from(f.bytes).toString('utf8'));
  });
  console.log(`yaml parse, each result dropped at once (for comparison): ${parseDropped.toFixed(0)} ms`);
  // For comparison: the position-keeping parser lisa uses only for files with problems.
  if (FULL) {
    const careful = best(1, () => {
      for (const f of files) parseDocument(Buffer.from(f.bytes).toString('utf8')).toJS();
    });
    console.log(`yaml parse with positions (yaml library, for comparison): ${careful.toFixed(0)} ms`);
  }

  const readOnly = best(rounds(2, 3), () => {
    for (const f of files) parseFile(f.file, f.bytes, 'sv');
  });
  console.log(`lisa read (checks + parse): ${readOnly.toFixed(0)} ms`);
  console.log(`lisa read (checks + parse) (CPU): ${cpu.toFixed(0)} ms`);

  let findings = 0;
  const full = best(3, () => {
    findings = validateSources('region', files, { today: '2026-11-23' }).findings.length;
  });
  const fullCpu = cpu;
  console.log(`full validation: ${full.toFixed(0)} ms`);
  console.log(`full validation (CPU): ${fullCpu.toFixed(0)} ms`);
  console.log(`full validation findings: ${findings}`);
  console.log(`validate/parse ratio: ${(full / parseOnly).toFixed(2)}`);
  console.log(`validate/parse ratio (CPU): ${(fullCpu / parseCpu).toFixed(2)}`);

  const validator = new Validator('region', { today: '2026-11-23' });
  validator.validate(files);
  const target = files.findIndex((f) => f.rel === 'system/system-42.yaml');
  const changed = { ...(files[target] as (typeof files)[number]) };
  changed.bytes = Buffer.from(
    `${Buffer.from(changed.bytes).toString('utf8')}supplier: Ny leverantör\n`.replace(/^supplier: .*\n/m, ''),
    'utf8',
  );
  const incremental = best(rounds(5, 5), () => {
    validator.update([changed]);
  });
  console.log(`re-validate one changed file: ${incremental.toFixed(0)} ms`);
  console.log(`re-validate one changed file (CPU): ${cpu.toFixed(0)} ms`);
  console.log(`re-validate/full ratio: ${(incremental / full).toFixed(2)}`);
  console.log(`re-validate/full ratio (CPU): ${(cpu / fullCpu).toFixed(2)}`);
  console.log(`validate peak rss: ${(process.memoryUsage().rss / 1024 / 1024).toFixed(0)} MiB`);

  // What `lisa validate` does end to end: read the files from disk, then validate.
  const dir = await mkdtemp(path.join(tmpdir(), 'lisa-region-'));
  try {
    for (const f of files) {
      const target = path.join(dir, f.rel);
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, f.bytes);
    }
    let minimum = Number.POSITIVE_INFINITY;
    for (let i = 0; i < rounds(1, 2); i++) {
      const t = process.hrtime.bigint();
      validateSources(dir, await readRegistryFiles(dir), { today: '2026-11-23' });
      minimum = Math.min(minimum, ms(t));
    }
    console.log(`read from disk and validate: ${minimum.toFixed(0)} ms`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  benchPathological();
}

/**
 * Issue 9.6: six files each holding a 1.9 MB flow sequence once took 34 s and 2.5 GiB. Measured here in
 * this process (its own heap growth), after the region is dropped; the goal is well under a second.
 */
function benchPathological(): void {
  const items = Array(640_000).fill('a').join(', ');
  const org =
    'name: Testvik\nlocale: sv\nboards:\n  - id: ks\n    name: KS\n    type: executive-board\nroles: {}\n';
  const files = [
    { file: 'p/lisa.yaml', rel: 'lisa.yaml', bytes: Buffer.from(org) },
    ...Array.from({ length: 6 }, (_, i) => ({
      file: `p/system/s${i}.yaml`,
      rel: `system/s${i}.yaml`,
      bytes: Buffer.from(
        `name: S${i}\nboard: ks\nowner: x\nhosting: on-premises\nprotection: {}\naliases: [${items}]\n`,
      ),
    })),
  ];
  globalThis.gc?.();
  const before = process.memoryUsage().heapUsed;
  const t = process.hrtime.bigint();
  const result = validateSources('p', files, { today: '2026-11-23' });
  console.log(`pathological registry (6 files × 1.9 MB flow sequence): ${ms(t).toFixed(0)} ms`);
  console.log(
    `pathological registry heap growth: ${((process.memoryUsage().heapUsed - before) / 1024 / 1024).toFixed(0)} MiB`,
  );
  console.log(`pathological registry findings: ${result.findings.length}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await benchValidate();
}
