// Benchmark for issue 3: board documents as HTML and PDF. Wall time of whole runs, browser start included,
// and the peak memory of lisa and the browser together (Chromium's processes are most of it), as
// proportional set size so pages the browser's processes share are counted once.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { findBrowser } from '../lib/io/chromium.js';
import { readRegistryFiles } from '../lib/io/load.js';
import { buildRegistry, type SourceFile } from '../lib/registry.js';
import { type RenderResult, renderDocuments } from '../lib/render/index.js';
import { validateSources } from '../lib/validate.js';
import { rounds } from './process.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const REGISTRY = path.join(ROOT, 'registry');
const TODAY = '2026-11-23';
const COMMIT = { sha: '0123456789abcdef0123456789abcdef01234567', date: '2026-11-20T12:00:00+01:00' };

/**
 * Memory of this process and every process below it (the browser), in bytes; Linux only. Proportional set
 * size where the kernel gives it: Chromium's processes share most of their pages, and adding up their
 * resident sizes would count those pages once per process.
 */
function treeMemory(): number | undefined {
  try {
    const parents = new Map<number, number>();
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      try {
        const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
        parents.set(Number(entry), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
      } catch {
        // The process ended while we looked.
      }
    }
    let total = 0;
    for (const pid of parents.keys()) {
      let mine = false;
      for (let p: number | undefined = pid; p && p > 1; p = parents.get(p)) {
        if (p === process.pid) {
          mine = true;
          break;
        }
      }
      if (!mine) continue;
      try {
        const rollup = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
        total += Number(/^Pss:\s+(\d+) kB/m.exec(rollup)?.[1] ?? 0) * 1024;
      } catch {
        try {
          total += Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * 4096;
        } catch {
          // Gone.
        }
      }
    }
    return total;
  } catch {
    return undefined;
  }
}

class PeakRss {
  peak = process.memoryUsage().rss;
  // Not too often: reading a process's smaps takes its memory lock and slows the browser down.
  private timer = setInterval(() => this.sample(), 250);
  sample() {
    this.peak = Math.max(this.peak, treeMemory() ?? process.memoryUsage().rss);
  }
  stop() {
    clearInterval(this.timer);
    this.sample();
    return this.peak;
  }
}

const WORDS = [
  'elevhälsa',
  'bygglov',
  'färdtjänst',
  'försörjningsstöd',
  'tillsyn',
  'bibliotek',
  'lön',
  'faktura',
  'arkiv',
  'skolskjuts',
];

/** A register of processing activities at region scale: `count` activities, all for one board. */
export function largeRegister(base: readonly SourceFile[], board: string, count: number): SourceFile[] {
  const out = [...base];
  for (let i = 0; i < count; i++) {
    const w = WORDS[i % WORDS.length];
    const text = `name: Handläggning av ${w} ${i}
controller: ${board}
purposes:
  - Handlägga och besluta i ärenden om ${w}
  - Följa upp och dokumentera insatser
legalBasis:
  - basis: ${i % 3 === 0 ? 'official-authority' : 'public-interest'}
    reference: Lag (2017:${100 + (i % 800)}) ${1 + (i % 20)} kap.
dataSubjects: [Sökande, vårdnadshavare, ombud]
dataSubjectsCount: ${100 + ((i * 37) % 9000)}
personalData: [Namn, kontaktuppgifter, uppgifter om ärendet]
${i % 7 === 0 ? 'specialCategories: [health]\n' : ''}identityNumbers: true
${i % 50 === 0 ? 'protectedIdentities: true\n' : ''}recipients:
  - name: Försäkringskassan
processors:
  - name: Leverantör ${i % 40} AB
    agreement: 2025-0${1 + (i % 9)}-15
retention: { period: ${2 + (i % 8)} år efter avslutat ärende, basis: Dokumenthanteringsplan }
securityMeasures: [Behörighetsstyrning efter roll, Loggning och logguppföljning, Kryptering vid överföring]
dpia: { status: ${i % 7 === 0 ? 'done' : 'not-needed'}${i % 7 === 0 ? ', date: 2025-06-01' : ''} }
`;
    out.push({
      file: `registry/processing/bench-${i}.yaml`,
      rel: `processing/bench-${i}.yaml`,
      bytes: Buffer.from(text, 'utf8'),
    });
  }
  return out;
}

/** Where the PDFs' time went: Chromium's start, then each phase summed over the documents (they overlap). */
function printPhases(what: string, result: RenderResult): void {
  for (const [phase, ms] of Object.entries(result.pdfPhases ?? {}))
    console.log(
      `render ${what} pdf phase ${phase}${phase === 'launch' ? '' : ' (summed)'}: ${ms.toFixed(0)} ms`,
    );
}

async function timed<T>(fn: () => Promise<T>): Promise<[number, T]> {
  const t = process.hrtime.bigint();
  const value = await fn();
  return [Number(process.hrtime.bigint() - t) / 1e6, value];
}

export async function benchRender(): Promise<void> {
  const browser = findBrowser();
  if (!browser.path) {
    console.log('render: skipped, no Chrome or Chromium (set CHROME_PATH)');
    return;
  }
  const out = await mkdtemp(path.join(tmpdir(), 'lisa-render-bench-'));
  const memory = new PeakRss();
  try {
    // What `lisa render registry` does: read, validate, make HTML and PDF of every document.
    let best = Number.POSITIVE_INFINITY;
    let count = 0;
    let last: RenderResult | undefined;
    for (let i = 0; i < rounds(1, 2); i++) {
      const [ms, result] = await timed(async () => {
        const sources = await readRegistryFiles(REGISTRY, ROOT);
        const { registry } = validateSources('registry', sources, { today: TODAY });
        return renderDocuments(registry, {
          outDir: path.join(out, 'example'),
          registryDir: REGISTRY,
          today: TODAY,
          commit: COMMIT,
          chromePath: browser.path,
        });
      });
      if (result.problems.length) throw new Error(result.problems.join('\n'));
      if (ms < best) last = result;
      best = Math.min(best, ms);
      count = result.documents.filter((d) => d.pdf).length;
    }
    console.log(`render all example documents: ${best.toFixed(0)} ms`);
    console.log(`render example documents (count): ${count}`);
    if (last) printPhases('example', last);

    console.log(`render peak rss (example documents): ${(memory.stop() / 1024 / 1024).toFixed(0)} MiB`);
    // The register's peak is issue 17's figure: it is printed in a process of its own, as `lisa render` of a
    // registry with that register would, so what the example's 34 documents left in this heap does not count.
    const child = spawnSync(
      process.execPath,
      ['--expose-gc', fileURLToPath(import.meta.url), REGISTER_PART],
      {
        stdio: 'inherit',
      },
    );
    if (child.status !== 0) throw new Error('the 2000-row register part failed');
  } finally {
    memory.stop();
    // resourceUsage's maxRSS is in KiB.
    console.log(
      `render peak rss (lisa process only, example documents): ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`,
    );
    await rm(out, { recursive: true, force: true });
  }
}

const REGISTER_PART = '--register-part';

/** One board with 2,000 processing activities, a region's register: its time and the peak of lisa + Chromium. */
async function benchRegister(chromePath: string): Promise<void> {
  const out = await mkdtemp(path.join(tmpdir(), 'lisa-render-bench-'));
  const memory = new PeakRss();
  try {
    const base = await readRegistryFiles(REGISTRY, ROOT);
    const registry = buildRegistry('registry', largeRegister(base, 'socialnamnden', 2000), 'sv');
    const [ms, result] = await timed(() =>
      renderDocuments(registry, {
        outDir: path.join(out, 'large'),
        registryDir: REGISTRY,
        today: TODAY,
        commit: COMMIT,
        chromePath,
        only: ['processing-register-socialnamnden'],
      }),
    );
    if (result.problems.length || !result.documents[0]?.pdf) throw new Error(result.problems.join('\n'));
    console.log(`render 2000-row processing register: ${ms.toFixed(0)} ms`);
    printPhases('2000-row register', result);
  } finally {
    const peak = memory.stop();
    console.log(
      `render peak rss (2000-row register, lisa + Chromium): ${(peak / 1024 / 1024).toFixed(0)} MiB`,
    );
    console.log(
      `render peak rss (lisa process only, 2000-row register): ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`,
    );
    await rm(out, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const chrome = findBrowser().path;
  if (process.argv.includes(REGISTER_PART) && chrome) await benchRegister(chrome);
  else await benchRender();
}
