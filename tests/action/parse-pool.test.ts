// The head's files parsed in worker threads must be exactly what the main thread would have parsed: the
// pool runs the real bundle (dist/index.js) as its workers, and each result is compared with parseRegister's.
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ParsePool, parseInWorkers } from '../../action/parse-pool.js';
import { parseBatch, survivesJson } from '../../action/parse-worker.js';
import { generateRegion } from '../../bench/generate.js';
import { classify, parseRegister, type SourceFile } from '../../lib/registry.js';
import { textOnlyHits } from '../../lib/rules/identity.js';
import { Validator, validateSources } from '../../lib/validate.js';
import { DIST } from './harness.js';

const source = (rel: string, text: string | Uint8Array): SourceFile => ({
  file: `registry/${rel}`,
  rel,
  bytes: typeof text === 'string' ? Buffer.from(text) : text,
});

/** A valid system register, to vary. */
const SYSTEM = `name: System elevkarta
description: Verksamhetssystem för elev och lön.
board: namnd-1
owner: roll-1
administrator: roll-2
supplier: Leverantör 1
hosting: swedish-cloud
status: active
protection:
  confidentiality: 3
  integrity: 3
  availability: 3
  traceability: 3
`;

/** Files that must not travel through JSON, or have findings, beside clean ones that are easy to get wrong. */
const AWKWARD: SourceFile[] = [
  source('system/bom.yaml', `\ufeff${SYSTEM}`),
  source(
    'system/unicode.yaml',
    SYSTEM.replace('name: System elevkarta', 'name: "Åsa \\u2028 \\ud83d\\ude00 \\" q"'),
  ),
  source(
    'system/folded.yaml',
    SYSTEM.replace('description: Verksamhetssystem för elev och lön.', 'description: >-\n  två\n  rader\n'),
  ),
  source('system/inf.yaml', SYSTEM.replace('confidentiality: 3', 'confidentiality: .inf')),
  source('system/minus-zero.yaml', SYSTEM.replace('confidentiality: 3', 'confidentiality: -0.0')),
  source('system/nan.yaml', SYSTEM.replace('confidentiality: 3', 'confidentiality: .nan')),
  source('system/binary.yaml', `${SYSTEM}logo: !!binary aGVsbG8=\n`),
  source(
    'system/alias.yaml',
    SYSTEM.replace('owner: roll-1', 'owner: &o roll-1').replace('administrator: roll-2', 'administrator: *o'),
  ),
  source('system/proto.yaml', `${SYSTEM}__proto__:\n  polluted: true\n`),
  source('system/tab.yaml', `${SYSTEM}\tname: Tabb\n`),
  source('system/dup.yaml', `${SYSTEM}name: B\n`),
  source('system/latin1.yaml', Buffer.from([0x69, 0x64, 0x3a, 0x20, 0xe5, 0x0a])),
  source('system/empty.yaml', ''),
  source('asset/list.yaml', '- a\n- b\n'),
];

/** Clean files with identity numbers: in the text (scanned in the worker), and one only YAML shows (an escape). */
const NUMBERS: SourceFile[] = [
  source('system/pnr.yaml', SYSTEM.replace('Leverantör 1', 'Leverantör 121212-1212 och 19121212-1212')),
  source(
    'system/pnr-escaped.yaml',
    SYSTEM.replace(
      'description: Verksamhetssystem för elev och lön.',
      'description: "kontakt 121212\\u002d1212"',
    ),
  ),
];

function region(): SourceFile[] {
  return generateRegion(
    {
      boards: 2,
      systems: 120,
      assets: 240,
      processing: 60,
      audits: 3,
      documents: 5,
      kpis: 3,
      faq: 5,
      risks: 6,
      scenariosPerRisk: 2,
      reviews: 1,
      actions: 40,
    },
    'registry',
  );
}

describe('survivesJson', () => {
  it('accepts plain data and refuses what JSON would change', () => {
    expect(survivesJson({ a: [1, 'x', true, null, { b: -1.5e300 }] })).toBe(true);
    for (const value of [-0, Number.NaN, Number.POSITIVE_INFINITY, undefined, new Date(0), Buffer.from('x')])
      expect(survivesJson({ a: [value] }), String(value)).toBe(false);
    // A hole in an array: JSON would make it null.
    const holey = [1, 2, 3];
    delete holey[1];
    expect(survivesJson(holey)).toBe(false);
    expect(survivesJson(Object.create(null))).toBe(false);
  });
});

describe('parseBatch', () => {
  it('gives back, through JSON, exactly what parseRegister makes, and leaves every other file alone', () => {
    const files = [...region().slice(0, 200), ...AWKWARD, ...NUMBERS];
    const bytes = Buffer.concat(files.map((f) => f.bytes));
    let end = 0;
    const ends = files.map((f) => (end += f.bytes.length));
    const reply = parseBatch({ id: 1, files: files.map(({ file, rel }) => ({ file, rel })), bytes, ends });
    let sent = 0;
    files.forEach((f, i) => {
      const place = classify(f.rel);
      const expected = place ? parseRegister(place, f) : undefined;
      const json = reply.json[i];
      if (json === null || json === undefined) {
        expect(reply.texts[i]).toBeNull();
        return;
      }
      sent++;
      expect(expected?.findings).toEqual([]);
      expect(reply.texts[i]).toBe(expected?.text);
      expect(JSON.parse(json)).toStrictEqual(expected?.data);
      const hits = textOnlyHits(expected?.text ?? '');
      expect(reply.hits[i]).toBe(hits === undefined ? null : hits.length ? JSON.stringify(hits) : '');
    });
    // The numbers in the text are found in the worker; the escaped one is left to the main thread's walk.
    expect(JSON.parse(reply.hits[files.indexOf(NUMBERS[0] as SourceFile)] ?? '[]')).toHaveLength(2);
    expect(reply.hits[files.indexOf(NUMBERS[1] as SourceFile)]).toBeNull();
    expect(sent).toBeGreaterThanOrEqual(200);
    const left = AWKWARD.map((f) => reply.json[files.indexOf(f)] === null);
    // Clean files travel, their text without the BOM; every file with a finding, an alias or a value JSON
    // would change is parsed on the main thread.
    expect(AWKWARD.filter((_, i) => !left[i]).map((f) => f.rel)).toEqual([
      'system/bom.yaml',
      'system/unicode.yaml',
      'system/folded.yaml',
    ]);
  });
});

// The workers' identity-number scan rides on the parsed file (checked below by the primed validator's
// findings); the parse itself must be the main thread's.
function withoutHits<T extends object | undefined>(file: T): T {
  if (!file || !('identityHits' in file)) return file;
  const { identityHits: _hits, ...rest } = file as T & { identityHits?: unknown };
  return rest as T;
}

describe('parseInWorkers (the bundle as its workers)', () => {
  it('parses as the main thread does, and a validator primed with it finds what a full run finds', async () => {
    const sources = [...region(), ...AWKWARD, ...NUMBERS];
    const parsed = await parseInWorkers(sources, pathToFileURL(DIST), 2);
    expect(parsed.size).toBe(sources.length - AWKWARD.length + 3);
    for (const [s, p] of parsed) {
      const place = classify(s.rel);
      if (!place) throw new Error(`${s.rel} is no register`);
      expect(withoutHits(p)).toStrictEqual(parseRegister(place, s));
    }
    const validator = new Validator('registry', { today: '2026-11-23' });
    for (const [s, p] of parsed) validator.prime(s.file, s.bytes, p);
    const primed = validator.validate(sources);
    const full = validateSources('registry', sources, { today: '2026-11-23' });
    expect(primed.findings).toEqual(full.findings);
    expect(primed.findings.length).toBeGreaterThan(5);
    // The identity numbers, the worker's scan and the main thread's walk alike.
    const numbers = primed.findings.filter((f) => f.rule === 'identity-number').map((f) => f.file);
    expect(numbers).toEqual([
      'registry/system/pnr-escaped.yaml',
      'registry/system/pnr.yaml',
      'registry/system/pnr.yaml',
    ]);
  }, 60_000);

  it('starts no worker for a registry below its threshold, and parses as files are added above it', async () => {
    const sources = region();
    const small = new ParsePool(pathToFileURL(DIST), 2, sources.length + 1);
    for (const s of sources) small.add(s);
    expect((await small.finish()).size).toBe(0);
    const streamed = new ParsePool(pathToFileURL(DIST), 2, 100);
    for (const s of sources) streamed.add(s);
    const parsed = await streamed.finish();
    expect(parsed.size).toBe(sources.length);
    const some = sources[sources.length - 1] as SourceFile;
    const place = classify(some.rel);
    if (!place) throw new Error('no register');
    expect(withoutHits(parsed.get(some))).toStrictEqual(parseRegister(place, some));
  }, 60_000);

  it('resolves with nothing rather than failing when its workers cannot start', async () => {
    const broken = path.join(tmpdir(), `lisa-broken-worker-${process.pid}.mjs`);
    writeFileSync(broken, 'throw new Error("no parsing here");\n');
    const parsed = await parseInWorkers(region(), pathToFileURL(broken), 2);
    expect(parsed.size).toBe(0);
  });
});
