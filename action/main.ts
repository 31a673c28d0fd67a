// The entry GitHub runs (bundled into dist/index.js). Everything else is in run.ts, so tests and benchmarks
// can load the modules without starting a run.
import { run } from './run.js';

await run();
