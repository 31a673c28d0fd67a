// Property-based fuzzing of validation (fast-check): registries with identity numbers planted in every
// kind of place YAML has, then mutated the way files get broken or attacked. For every case: no exception,
// bounded time, every valid number found at its line, no number with a wrong check digit reported, and no
// planted number's digits in any output (text, JSON, SARIF). Shared by the bounded run in `npm test`
// (tests/fuzz.test.ts) and the long run (`npm run fuzz`, fuzz/run.ts).
import fc from 'fast-check';
import { formatJson } from '../lib/format/json.js';
import { formatSarif } from '../lib/format/sarif.js';
import { formatText } from '../lib/format/text.js';
import type { SourceFile } from '../lib/registry.js';
import { ALL_RULES } from '../lib/rules/index.js';
import { validateSources } from '../lib/validate.js';
import { VERSION } from '../lib/version.js';
import { type Mutation, mutate, mutation } from './mutations.js';
import { type IdNumber, idNumber } from './numbers.js';

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
      formatJson(findings, result.registry.files.length, 'sv'),
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
