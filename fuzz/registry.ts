// Property-based fuzzing of validation (fast-check): registries with identity numbers planted in every
// kind of place YAML has, then mutated the way files get broken or attacked. For every case: no exception,
// bounded time, every valid number found at its line, no number with a wrong check digit reported, and no
// planted number's digits in any output (text, JSON, SARIF). Shared by the bounded run in `npm test`
// (tests/fuzz.test.ts) and the long run (`npm run fuzz`, fuzz/run.ts).
import fc from 'fast-check';
import { VERSION } from '../cli/version.js';
import { formatJson } from '../lib/format/json.js';
import { formatSarif } from '../lib/format/sarif.js';
import { formatText } from '../lib/format/text.js';
import type { SourceFile } from '../lib/registry.js';
import { ALL_RULES } from '../lib/rules/index.js';
import { validateSources } from '../lib/validate.js';

// ---- Identity numbers, built and checked here independently of lib/identity-numbers.ts -------------------

function luhnDigit(nine: string): number {
  let sum = 0;
  for (let i = 0; i < 9; i++) {
    let d = Number(nine[i]) * (i % 2 === 0 ? 2 : 1);
    if (d > 9) d -= 9;
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}

function mod11(digits: readonly number[], weights: readonly number[]): number {
  const r = 11 - (weights.reduce((s, w, i) => s + w * (digits[i] as number), 0) % 11);
  return r === 11 ? 0 : r;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

export type NumberForm = 'se10' | 'se10-' | 'se12' | 'se12-' | 'se+' | 'no11' | 'no-space';

export interface IdNumber {
  /** As written in the file. */
  text: string;
  /** Date part and the rest, for placements that split the number. */
  head: string;
  tail: string;
  /** The separator between them as written ('', '-', '+', ' '). */
  sep: string;
  valid: boolean;
}

const idNumber = fc
  .record({
    form: fc.constantFrom<NumberForm>('se10', 'se10-', 'se12', 'se12-', 'se+', 'no11', 'no-space'),
    year: fc.integer({ min: 1920, max: 2024 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 28 }),
    coordination: fc.boolean(),
    serial: fc.integer({ min: 0, max: 999 }),
    valid: fc.boolean(),
    spoilBy: fc.integer({ min: 1, max: 9 }),
  })
  .map(({ form, year, month, day, coordination, serial, valid, spoilBy }): IdNumber => {
    const yy = pad(year % 100);
    if (form.startsWith('se')) {
      const dd = pad(day + (coordination ? 60 : 0));
      const nnn = pad(serial, 3);
      let check = luhnDigit(`${yy}${pad(month)}${dd}${nnn}`);
      // Changing the check digit alone always breaks Luhn: exactly one digit checks.
      if (!valid) check = (check + spoilBy) % 10;
      const date = form.startsWith('se12') ? `${year}${pad(month)}${dd}` : `${yy}${pad(month)}${dd}`;
      const sep = form.endsWith('-') ? '-' : form === 'se+' ? '+' : '';
      const tail = `${nnn}${check}`;
      return { text: `${date}${sep}${tail}`, head: date, tail, sep, valid };
    }
    const dd = pad(day + (coordination ? 40 : 0));
    const head = `${dd}${pad(month)}${yy}`;
    // The first individual number from `serial` whose check digits both exist.
    for (let k = 0; k < 1000; k++) {
      const iii = pad((serial + k) % 1000, 3);
      const digits = `${head}${iii}`.split('').map(Number);
      const k1 = mod11(digits, [3, 7, 6, 1, 8, 9, 4, 5, 2]);
      if (k1 === 10) continue;
      let k2 = mod11([...digits, k1], [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]);
      if (k2 === 10) continue;
      if (!valid) k2 = (k2 + spoilBy) % 10;
      const sep = form === 'no-space' ? ' ' : '';
      const tail = `${iii}${k1}${k2}`;
      return { text: `${head}${sep}${tail}`, head, tail, sep, valid };
    }
    throw new Error('no individual number with check digits');
  });

// ---- Where a number is planted ------------------------------------------------------------------------

export type Place =
  | 'comment'
  | 'key'
  | 'value'
  | 'double-quoted'
  | 'single-quoted'
  | 'flow'
  | 'block'
  | 'folded-split'
  | 'plain-split'
  | 'escaped-separator'
  | 'continuation'
  | 'hex-escape';

/** Places the raw text shows the number at; the others need YAML's reading of the text. */
const RAW_PLACES: readonly Place[] = [
  'comment',
  'key',
  'value',
  'double-quoted',
  'single-quoted',
  'flow',
  'block',
];

export interface Plant {
  number: IdNumber;
  place: Place;
}

/** YAML lines holding the number, and which of them (0-based) its first digits are on. */
function plantLines(p: Plant, key: string): { lines: string[]; at: number } | undefined {
  const n = p.number;
  switch (p.place) {
    case 'comment':
      return { lines: [`# anteckning: ${n.text} (ta bort)`], at: 0 };
    case 'key':
      return { lines: [`pnr-${n.text}: x`], at: 0 };
    case 'value':
      return { lines: [`${key}: ${n.text}`], at: 0 };
    case 'double-quoted':
      return { lines: [`${key}: "kontakt ${n.text}"`], at: 0 };
    case 'single-quoted':
      return { lines: [`${key}: 'kontakt ${n.text}'`], at: 0 };
    case 'flow':
      return { lines: [`${key}: [a, ${n.text}, b]`], at: 0 };
    case 'block':
      return { lines: [`${key}: |`, '  första raden', `  kontakt ${n.text} här`], at: 2 };
    // Folding turns the line break into the space a Norwegian number may have.
    case 'folded-split':
      return n.sep === ' '
        ? { lines: [`${key}: >`, `  kontakt ${n.head}`, `  ${n.tail} enligt listan`], at: 1 }
        : undefined;
    case 'plain-split':
      return n.sep === ' ' ? { lines: [`${key}: kontakt ${n.head}`, `  ${n.tail}`], at: 0 } : undefined;
    case 'escaped-separator':
      return n.sep === '-' ? { lines: [`${key}: "${n.head}\\u002d${n.tail}"`], at: 0 } : undefined;
    case 'continuation':
      return {
        lines: [`${key}: "${n.text.slice(0, 3)}\\`, `  ${n.text.slice(3)}"`],
        at: 0,
      };
    // \x3N is the digit N: the raw text holds a different run of digits, so only a valid number is planted.
    case 'hex-escape':
      return n.valid ? { lines: [`${key}: "\\x3${n.text[0]}${n.text.slice(1)}"`], at: 0 } : undefined;
  }
}

// ---- Mutations ----------------------------------------------------------------------------------------

export type Mutation =
  | { kind: 'flip'; at: number; byte: number }
  | { kind: 'truncate'; at: number }
  | { kind: 'tab'; at: number }
  | { kind: 'swap-type'; at: number; to: string }
  | { kind: 'unicode'; at: number; text: string }
  | { kind: 'alias-bomb'; width: number; depth: number }
  | { kind: 'unresolved-alias' }
  | { kind: 'deep-flow'; depth: number }
  | { kind: 'deep-block'; depth: number }
  | { kind: 'big-flow'; items: number }
  | { kind: 'crlf' }
  | { kind: 'duplicate-key' };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    kind: fc.constant('flip' as const),
    at: fc.nat(),
    byte: fc.integer({ min: 0, max: 255 }).filter((b) => b !== 0x0a),
  }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('tab' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('swap-type' as const),
    at: fc.nat(),
    to: fc.constantFrom(
      '[]',
      '{}',
      '[a, b]',
      '{a: 1}',
      '42',
      '3.5',
      'true',
      'null',
      '~',
      '"x"',
      '2024-02-30',
      '-',
    ),
  }),
  fc.record({
    kind: fc.constant('unicode' as const),
    at: fc.nat(),
    text: fc.constantFrom(
      '\u200b',
      '\u202e',
      '\ufeff',
      '\u0000',
      '\u001b[2J',
      '\u001b]52;c;SGVq\u0007',
      'e\u0301',
      '\ud83d\ude00',
      '\u2028',
      '\u00a0',
      '\ud800',
      '\u0085',
    ),
  }),
  fc.record({
    kind: fc.constant('alias-bomb' as const),
    width: fc.integer({ min: 2, max: 12 }),
    depth: fc.integer({ min: 1, max: 8 }),
  }),
  fc.constant({ kind: 'unresolved-alias' as const }),
  fc.record({ kind: fc.constant('deep-flow' as const), depth: fc.integer({ min: 1, max: 400 }) }),
  fc.record({ kind: fc.constant('deep-block' as const), depth: fc.integer({ min: 1, max: 120 }) }),
  fc.record({ kind: fc.constant('big-flow' as const), items: fc.integer({ min: 10, max: 60_000 }) }),
  fc.constant({ kind: 'crlf' as const }),
  fc.constant({ kind: 'duplicate-key' as const }),
);

/** Positions inside `region` (the base of a file, before any plant) that are not line breaks. */
function spot(text: string, region: number, at: number): number {
  if (region === 0) return -1;
  let i = at % region;
  for (let k = 0; k < region && text[i] === '\n'; k++) i = (i + 1) % region;
  return text[i] === '\n' ? -1 : i;
}

/**
 * Applies a mutation, keeping every line at or after `region` (where the plants are) where it was: a
 * change before them never adds or removes a line break, and what is added goes after them.
 */
function mutate(bytes: Buffer, region: number, m: Mutation, hasPlants: boolean): Buffer {
  const text = bytes.toString('latin1');
  const replaceAt = (i: number, len: number, by: Buffer) =>
    i < 0 ? bytes : Buffer.concat([bytes.subarray(0, i), by, bytes.subarray(i + len)]);
  switch (m.kind) {
    case 'flip': {
      const i = spot(text, region, m.at);
      return replaceAt(i, 1, Buffer.from([m.byte]));
    }
    case 'truncate':
      return hasPlants ? bytes : bytes.subarray(0, m.at % (bytes.length + 1));
    case 'tab': {
      const i = text.slice(0, region).indexOf('\n ', m.at % Math.max(region, 1));
      return i < 0 ? bytes : replaceAt(i + 1, 1, Buffer.from('\t'));
    }
    case 'swap-type': {
      const i = text.slice(0, region).indexOf(': ', m.at % Math.max(region, 1));
      if (i < 0) return bytes;
      const end = text.indexOf('\n', i);
      return replaceAt(i + 2, (end < 0 ? text.length : end) - i - 2, Buffer.from(m.to));
    }
    case 'unicode': {
      const i = spot(text, region, m.at);
      // A lone surrogate cannot be UTF-8; written as its CESU bytes it is an invalid sequence.
      const by = m.text === '\ud800' ? Buffer.from([0xed, 0xa0, 0x80]) : Buffer.from(m.text, 'utf8');
      return i < 0 || m.text === '\u2028' || m.text === '\u0085' ? bytes : replaceAt(i, 0, by);
    }
    case 'alias-bomb': {
      const lines = [`b0: &b0 [${Array(m.width).fill('lol').join(', ')}]`];
      for (let d = 1; d <= m.depth; d++)
        lines.push(
          `b${d}: &b${d} [${Array(m.width)
            .fill(`*b${d - 1}`)
            .join(', ')}]`,
        );
      return Buffer.concat([bytes, Buffer.from(`\n${lines.join('\n')}\n`)]);
    }
    case 'unresolved-alias':
      return Buffer.concat([bytes, Buffer.from('\nokand: *undefined\n')]);
    case 'deep-flow':
      return Buffer.concat([bytes, Buffer.from(`\ndjup: ${'['.repeat(m.depth)}${']'.repeat(m.depth)}\n`)]);
    case 'deep-block': {
      const lines = Array.from({ length: m.depth }, (_, d) => `${'  '.repeat(d)}n${d}:`);
      return Buffer.concat([bytes, Buffer.from(`\n${lines.join('\n')} 1\n`)]);
    }
    case 'big-flow':
      return Buffer.concat([bytes, Buffer.from(`\nstor: [${Array(m.items).fill('a').join(', ')}]\n`)]);
    case 'crlf':
      return Buffer.from(text.replace(/\n/g, '\r\n'), 'latin1');
    case 'duplicate-key':
      return Buffer.concat([bytes, Buffer.from('\nname: igen\nname: och igen\n')]);
  }
}

// ---- Registries ---------------------------------------------------------------------------------------

const ORG = `name: Fuzzviks kommun
locale: sv
boards:
  - id: ks
    name: Kommunstyrelsen
    type: executive-board
  - id: son
    name: Socialnämnden
    type: committee
roles:
  sakerhetssamordnare:
    name: Informationssäkerhetssamordnare
    kind: security-coordinator
  socialchef:
    name: Socialchef
    board: son
`;

const system = (name: string, level: number) =>
  `name: ${name}\nboard: son\nowner: socialchef\nhosting: on-premises\nprotection:\n  confidentiality: ${level}\n  integrity: 2\n`;
const asset = (name: string, systems: string[]) =>
  `name: ${name}\nboard: son\nowner: socialchef\nsystems: [${systems.join(', ')}]\ndescription: >\n  Uppgifter om\n  elever.\n`;

export interface FuzzCase {
  /** Base files of the registry, rel → text. */
  files: { rel: string; text: string }[];
  /** Plants per file index. */
  plants: { file: number; plant: Plant }[];
  mutations: { file: number; mutation: Mutation }[];
}

const BASE_FILES = [
  { rel: 'lisa.yaml', text: ORG },
  { rel: 'system/arx.yaml', text: system('Arx', 2) },
  { rel: 'system/procapita.yaml', text: system('Procapita', 3) },
  { rel: 'asset/journaler.yaml', text: asset('Journaler', ['arx', 'procapita']) },
  { rel: 'README-kontakter.md', text: '# Kontakter\n\nSe lisa.yaml.\n' },
  { rel: 'system/.utkast.yaml', text: 'name: Utkast\n' },
];

export const fuzzCase: fc.Arbitrary<FuzzCase> = fc.record({
  files: fc.constant(BASE_FILES),
  plants: fc.array(
    fc.record({
      file: fc.integer({ min: 0, max: BASE_FILES.length - 1 }),
      plant: fc.record({
        number: idNumber,
        place: fc.constantFrom<Place>(
          'comment',
          'key',
          'value',
          'double-quoted',
          'single-quoted',
          'flow',
          'block',
          'folded-split',
          'plain-split',
          'escaped-separator',
          'continuation',
          'hex-escape',
        ),
      }),
    }),
    { maxLength: 6 },
  ),
  mutations: fc.array(fc.record({ file: fc.integer({ min: 0, max: BASE_FILES.length - 1 }), mutation }), {
    maxLength: 3,
  }),
});

interface Expected {
  file: string;
  line: number;
  /** Lines the number stands on (a split number: two). */
  lines: number[];
  number: IdNumber;
  /** Found from the raw text alone, so it must be found however the file is broken. */
  raw: boolean;
}

/** The registry's files as sources, and where each planted number stands. */
export function build(c: FuzzCase): { sources: SourceFile[]; expected: Expected[]; mutated: Set<string> } {
  const expected: Expected[] = [];
  const mutated = new Set<string>();
  const sources = c.files.map((f, index) => {
    const file = `fuzz/${f.rel}`;
    const lines = f.text.replace(/\n$/, '').split('\n');
    const region = Buffer.byteLength(`${lines.join('\n')}\n`);
    const mine = c.plants.filter((p) => p.file === index);
    // Markdown is no YAML: only the places that read the same as plain text.
    const markdown = !f.rel.endsWith('.yaml');
    mine.forEach(({ plant }, k) => {
      if (markdown && !RAW_PLACES.includes(plant.place)) return;
      const planted = plantLines(plant, `x${k}`);
      if (!planted) return;
      const first = lines.length + 1;
      lines.push(...planted.lines);
      expected.push({
        file,
        line: first + planted.at,
        lines: planted.lines.map((_, i) => first + i),
        number: plant.number,
        raw: RAW_PLACES.includes(plant.place),
      });
    });
    let bytes: Buffer = Buffer.from(`${lines.join('\n')}\n`, 'utf8');
    const hasPlants = expected.some((e) => e.file === file);
    for (const m of c.mutations.filter((x) => x.file === index)) {
      bytes = mutate(bytes, region, m.mutation, hasPlants);
      mutated.add(file);
    }
    return { file, rel: f.rel, bytes };
  });
  return { sources, expected, mutated };
}

export type Failure = 'crash' | 'hang' | 'miss' | 'false-positive' | 'echo';

export interface Outcome {
  failures: { kind: Failure; detail: string }[];
  ms: number;
}

/** The most one small registry may take, however broken: far above a normal run (a few ms), with room for a machine busy running the rest of the tests. */
export const CASE_BUDGET_MS = 5_000;

/** Runs validation and the three outputs on one case and checks every property. */
export function runCase(c: FuzzCase): Outcome {
  const failures: Outcome['failures'] = [];
  const { sources, expected, mutated } = build(c);
  const t = performance.now();
  let outputs: string[];
  let findings: ReturnType<typeof validateSources>['findings'];
  try {
    const result = validateSources('fuzz', sources, { today: '2026-11-23' });
    findings = result.findings;
    outputs = [
      formatText(findings, { locale: 'sv', files: result.registry.files.length, color: false }),
      formatJson(findings, result.registry.files.length),
      formatSarif(findings, ALL_RULES, 'sv', VERSION),
    ];
  } catch (error) {
    return {
      failures: [
        { kind: 'crash', detail: error instanceof Error ? (error.stack ?? error.message) : String(error) },
      ],
      ms: performance.now() - t,
    };
  }
  const ms = performance.now() - t;
  if (ms > CASE_BUDGET_MS) failures.push({ kind: 'hang', detail: `${ms.toFixed(0)} ms` });
  const hits = findings.filter((f) => f.rule === 'identity-number');
  for (const e of expected) {
    const at = hits.filter((f) => f.file === e.file && e.lines.includes(f.line));
    if (e.number.valid) {
      // A number YAML must read for us to see is only owed when the file was not broken on purpose.
      const owed = e.raw || !mutated.has(e.file);
      if (owed && !hits.some((f) => f.file === e.file && f.line === e.line))
        failures.push({ kind: 'miss', detail: `${e.file}:${e.line} (${e.raw ? 'raw' : 'parsed'})` });
    } else if (
      at.length > 0 &&
      !expected.some(
        (o) => o !== e && o.number.valid && o.file === e.file && o.lines.some((l) => e.lines.includes(l)),
      )
    ) {
      failures.push({ kind: 'false-positive', detail: `${e.file}:${e.line}` });
    }
  }
  // No planted valid number, in any of the ways it can be written, in any output.
  const all = outputs.join('\n');
  for (const e of expected) {
    if (!e.number.valid) continue;
    const forms = new Set([
      e.number.text,
      `${e.number.head}${e.number.tail}`,
      `${e.number.head} ${e.number.tail}`,
    ]);
    for (const form of forms)
      if (all.includes(form)) failures.push({ kind: 'echo', detail: `${e.file}:${e.line}` });
  }
  return { failures, ms };
}
