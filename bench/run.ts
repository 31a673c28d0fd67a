// `npm run bench`: every benchmark, one figure a line (`name: value`). Each part runs in a process of its own,
// so one part's memory does not show in another's figures; `npm run bench -- render` runs one part. The
// default is quick (each goal measured once, few rounds); `npm run bench -- --full` adds the slow figures
// (4× the region, the region's PDFs, every command on the region) and more rounds.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { childrenCpuMs, FULL } from './process.js';

const parts = ['cli', 'validate', 'render', 'action', 'bot', 'answer', 'remind'];
const flags = process.argv.slice(2).filter((a) => a.startsWith('--'));
const only = process.argv.slice(2).filter((a) => !a.startsWith('--'));
// The machine's load beside the figures: on a shared machine wall time follows it, CPU time much less.
const load = () =>
  loadavg()
    .map((n) => n.toFixed(2))
    .join(' ');
console.log(`bench mode: ${FULL ? 'full' : 'quick (npm run bench -- --full for every figure)'}`);
console.log(`bench load average at start (1, 5, 15 min): ${load()}`);
const started = performance.now();
let failed = false;
for (const name of parts) {
  if (only.length && !only.includes(name)) continue;
  const file = fileURLToPath(new URL(`./${name}.js`, import.meta.url));
  if (!existsSync(file)) continue;
  console.log(`# ${name}`);
  const run = spawnSync(process.execPath, ['--expose-gc', file, ...flags], { stdio: 'inherit' });
  if (run.status !== 0) failed = true;
}
console.log(`bench load average at end (1, 5, 15 min): ${load()}`);
console.log(`bench total: ${((performance.now() - started) / 1000).toFixed(0)} s`);
const cpu = childrenCpuMs();
if (cpu !== undefined) console.log(`bench total (CPU): ${(cpu / 1000).toFixed(0)} s`);
process.exitCode = failed ? 1 : 0;
