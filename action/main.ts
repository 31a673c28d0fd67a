// The entry GitHub runs (bundled into dist/index.js). Everything else is in run.ts, so tests and benchmarks
// can load the modules without starting a run. Started as a worker thread (parse-pool.ts), the same bundle
// parses register files instead.
import { isMainThread, workerData } from 'node:worker_threads';

if (!isMainThread && (workerData as { lisaParseWorker?: boolean } | null)?.lisaParseWorker) {
  const { serveParses } = await import('./parse-worker.js');
  serveParses();
} else {
  const { run } = await import('./run.js');
  await run(process.env, { workerScript: new URL(import.meta.url) });
}
