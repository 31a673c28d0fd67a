// What a user of the CLI waits for: every command as a whole process (`node build/cli/main.js …`, start to
// exit), on the example registry and on the generated region, medians of interleaved runs. Beside it the peer
// of `lisa validate`: a plain read + js-yaml + ajv script over the same region (bench/peer.ts), as a ratio.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { findBrowser } from '../lib/render/pdf.js';
import { generateRegion } from './generate.js';
import {
  type Case,
  CLI,
  FULL,
  fmt,
  interleaved,
  ROOT,
  rounds,
  type Timing,
  timeNode,
  writeFiles,
} from './process.js';

const PEER = path.join(ROOT, 'build/bench/peer.js');
const TODAY = ['--today', '2026-11-23'];
const IMPORT = path.join(ROOT, 'tests/fixtures/import/registerforteckning-imy.xlsx');

function lisa(name: string, args: string[], cwd: string, codes: number[] = [0]): Case {
  return { name, run: () => timeNode([CLI, ...args], { cwd, codes, env: { LANG: 'sv_SE.UTF-8' } }) };
}

async function print(rounds: number, cases: Case[], warmUp = true): Promise<Map<string, Timing>> {
  const medians = await interleaved(rounds, cases, warmUp);
  for (const [name, t] of medians) {
    console.log(`${name}: ${fmt(t.ms)}`);
    if (t.cpu !== undefined) console.log(`${name} (CPU): ${fmt(t.cpu)}`);
  }
  return medians;
}

export async function benchCli(): Promise<void> {
  const scratch = mkdtempSync(path.join(tmpdir(), 'lisa-cli-bench-'));
  const pdf = Boolean(findBrowser().path);
  try {
    const out = (what: string) => path.join(scratch, what);
    let inits = 0;
    await print(rounds(3, 5), [
      lisa('cli start-up (lisa --version)', ['--version'], ROOT),
      lisa('cli start-up (lisa --help)', ['--help'], ROOT),
      lisa('cli example rules', ['rules'], ROOT),
      lisa('cli example validate', ['validate', 'registry', ...TODAY], ROOT, [0, 1]),
      lisa('cli example ask', ['ask', '--registry', 'registry', 'vem äger Procapita?'], ROOT),
      lisa('cli example remind --dry-run', ['remind', 'registry', '--dry-run', '--from', '2026-11-23'], ROOT),
      lisa(
        'cli example render html',
        ['render', 'registry', '--format', 'html', '--out', out('h'), ...TODAY],
        ROOT,
      ),
      lisa('cli example export (xlsx)', ['export', 'registry', '--out', out('x')], ROOT),
      // The example already holds these entries, so the dry run reports them as there (exit 1).
      lisa(
        'cli example import --dry-run',
        ['import', IMPORT, '--registry', 'registry', '--dry-run'],
        ROOT,
        [0, 1],
      ),
      {
        name: 'cli init --yes',
        run: () =>
          timeNode([CLI, 'init', '--yes', '--name', 'Bänkby kommun', out(`init-${++inits}`)], { cwd: ROOT }),
      },
    ]);
    if (pdf)
      await print(rounds(2, 3), [
        lisa('cli example render html+pdf', ['render', 'registry', '--out', out('p'), ...TODAY], ROOT),
      ]);
    else console.log('cli example render html+pdf: skipped, no Chrome or Chromium (set CHROME_PATH)');

    const files = generateRegion();
    writeFiles(path.join(scratch, 'region'), files);
    const system = /^name: (.*)$/m.exec(
      Buffer.from(files.find((f) => f.rel === 'system/system-42.yaml')?.bytes ?? []).toString('utf8'),
    )?.[1];
    // Just written, so already in the file cache: no warm-up round. The quick run measures the goal's pair.
    const region = await print(
      3,
      [
        lisa('cli region validate', ['validate', 'region', ...TODAY], scratch, [0, 1]),
        { name: 'peer region read + js-yaml + ajv', run: () => timeNode([PEER, 'region'], { cwd: scratch }) },
      ],
      false,
    );
    const lisaRun = region.get('cli region validate') as Timing;
    const peerRun = region.get('peer region read + js-yaml + ajv') as Timing;
    console.log(`cli region validate / peer (lisa/peer): ${(lisaRun.ms / peerRun.ms).toFixed(2)}`);
    if (lisaRun.cpu && peerRun.cpu)
      console.log(`cli region validate / peer, CPU (lisa/peer): ${(lisaRun.cpu / peerRun.cpu).toFixed(2)}`);
    if (FULL) {
      await print(
        3,
        [
          lisa('cli region ask', ['ask', '--registry', 'region', `vem äger ${system}?`], scratch),
          lisa(
            'cli region remind --dry-run',
            ['remind', 'region', '--dry-run', '--from', '2026-11-23'],
            scratch,
          ),
          lisa(
            'cli region render html',
            ['render', 'region', '--format', 'html', '--out', out('rh'), ...TODAY],
            scratch,
          ),
        ],
        false,
      );
      // The slowest command at region scale (a workbook of every entry): one run.
      await print(
        1,
        [lisa('cli region export (xlsx)', ['export', 'region', '--out', out('rx')], scratch)],
        false,
      );
      if (pdf)
        await print(1, [
          lisa('cli region render html+pdf', ['render', 'region', '--out', out('rp'), ...TODAY], scratch),
        ]);
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await benchCli();
}
