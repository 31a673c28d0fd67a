// `npm run bench`: every benchmark, one figure a line (`name: value`). Each part runs in a process of its own,
// so one part's memory does not show in another's figures; `npm run bench -- render` runs one part, and
// `npm run bench -- --long` adds the slow figures (4× the region, the region's PDFs).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const parts = ['cli', 'validate', 'render', 'action', 'bot', 'answer', 'remind'];
const flags = process.argv.slice(2).filter((a) => a.startsWith('--'));
const only = process.argv.slice(2).filter((a) => !a.startsWith('--'));
let failed = false;
for (const name of parts) {
  if (only.length && !only.includes(name)) continue;
  const file = fileURLToPath(new URL(`./${name}.js`, import.meta.url));
  if (!existsSync(file)) continue;
  console.log(`# ${name}`);
  const run = spawnSync(process.execPath, ['--expose-gc', file, ...flags], { stdio: 'inherit' });
  if (run.status !== 0) failed = true;
}
process.exitCode = failed ? 1 : 0;
