// The worker-thread side of parse-pool.ts: parses register files exactly as buildRegistry does
// (`parseRegister`) and sends back what survives a trip through JSON unchanged. Parsing YAML is most of a
// region-scale run; reading the same data back with JSON.parse costs the main thread a tenth of it.
import { parentPort } from 'node:worker_threads';
import { classify, parseRegister } from '../lib/registry.js';
import { textOnlyHits } from '../lib/rules/identity.js';

/** A batch of files, their bytes end to end in one buffer (transferred, not copied): `ends[i]` ends file i. */
export interface ParseRequest {
  id: number;
  files: { file: string; rel: string }[];
  bytes: Uint8Array;
  ends: number[];
}

/**
 * Per file: its text and its data as JSON, or null where the main thread must parse it itself; and the
 * identity numbers its text holds (`textOnlyHits`) as JSON, '' for none, null where the main thread scans.
 */
export interface ParseReply {
  id: number;
  texts: (string | null)[];
  json: (string | null)[];
  hits: (string | null)[];
}

/**
 * Whether JSON.parse(JSON.stringify(value)) gives back a value equal in every way: plain objects and dense
 * arrays of strings, booleans, null and finite numbers. -0, NaN, Infinity, a Buffer (`!!binary`), a Date or
 * an object with another prototype would come back different, so a file holding one is parsed on the main
 * thread instead.
 */
export function survivesJson(value: unknown, depth = 0): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value) && !Object.is(value, -0);
  if (typeof value !== 'object' || depth > 200) return false;
  if (Array.isArray(value)) {
    if (Object.getPrototypeOf(value) !== Array.prototype) return false;
    for (let i = 0; i < value.length; i++) {
      if (!(i in value) || !survivesJson(value[i], depth + 1)) return false;
    }
    return true;
  }
  if (Object.getPrototypeOf(value) !== Object.prototype) return false;
  // js-yaml makes only enumerable string keys (`__proto__` too, as an own key, as JSON.parse does).
  for (const key in value) {
    if (!survivesJson((value as Record<string, unknown>)[key], depth + 1)) return false;
  }
  return true;
}

/** One request: only clean files (no finding, no second parser's document) travel back as JSON. */
export function parseBatch(request: ParseRequest): ParseReply {
  const texts: (string | null)[] = [];
  const json: (string | null)[] = [];
  const hits: (string | null)[] = [];
  let start = 0;
  for (const [i, { file, rel }] of request.files.entries()) {
    const end = request.ends[i] as number;
    const bytes = request.bytes.subarray(start, end);
    start = end;
    const place = classify(rel);
    const parsed = place ? parseRegister(place, { file, rel, bytes }) : undefined;
    const clean =
      parsed !== undefined &&
      parsed.findings.length === 0 &&
      parsed.doc === undefined &&
      parsed.scanText === undefined &&
      parsed.data !== undefined &&
      survivesJson(parsed.data);
    texts.push(clean ? parsed.text : null);
    json.push(clean ? JSON.stringify(parsed.data) : null);
    const found = clean ? textOnlyHits(parsed.text) : undefined;
    hits.push(found === undefined ? null : found.length ? JSON.stringify(found) : '');
  }
  return { id: request.id, texts, json, hits };
}

export function serveParses(): void {
  parentPort?.on('message', (request: ParseRequest) => {
    parentPort?.postMessage(parseBatch(request));
  });
}
