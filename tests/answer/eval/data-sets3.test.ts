import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isRestrictedEntry, readYaml, registryText, squash } from './registry-entries.js';

// dev5.jsonl and heldout3.jsonl: a third pair, written without reading the answerer, against all three
// registries and every kind of register. A test of the data, not of the answerer: each line is well
// formed, asks in a language the registry's staff write in, expects an entry that exists and may be
// shown, and every restricted expectation names a restricted entry with leak strings that can fail.
// dev6.jsonl: a further development set of the same kind, half of it English staff asking about
// entries written only in Swedish or Norwegian (120 en, 60 sv, 60 nb), checked by the same rules.
// dev7.jsonl: a seventh-round development set (60 a language), written the same way on the session's first morning;
// heldout4.jsonl: its held-out twin (100 a language), written the same morning by another helper.

const DIR = join('tests', 'answer', 'eval');
const SJOBACKA = 'registry';
const FJELLVIK = join('examples', 'fjellvik');
const VASTERBY = join('examples', 'region-vasterby');
// Two registries nobody who worked on the answerer had seen when their questions were written (stop 23).
const ELVESTAD = join('examples', 'elvestad');
const LINDMARK = join('examples', 'lindmark');
const THREE = [SJOBACKA, FJELLVIK, VASTERBY];

/** What each set must hold: its size, per language, declines, restricted, registries and kinds covered. */
interface Mix {
  all: number;
  lang: Partial<Record<'sv' | 'nb' | 'en', number>>;
  declines: number;
  restricted: number;
  registries: string[];
  /** Every kind of register must be expected somewhere, or at least this many kinds (small sets). */
  kinds?: number;
}
const even = (n: number) => ({ sv: n, nb: n, en: n });
const SETS: Record<string, Mix> = {
  dev5: { all: 240, lang: even(75), declines: 30, restricted: 25, registries: THREE },
  heldout3: { all: 270, lang: even(85), declines: 30, restricted: 25, registries: THREE },
  dev6: { all: 240, lang: even(60), declines: 30, restricted: 25, registries: THREE },
  dev7: { all: 180, lang: even(60), declines: 30, restricted: 25, registries: THREE },
  heldout4: { all: 300, lang: even(100), declines: 30, restricted: 25, registries: THREE },
  // heldout5 and dev8: about one registry each, in its staff's language and English.
  'heldout5-elvestad': {
    all: 150,
    lang: { nb: 100, en: 50 },
    declines: 25,
    restricted: 18,
    registries: [ELVESTAD],
    kinds: 15, // a registry with two open incidents: its incident questions went to dev8
  },
  'heldout5-lindmark': {
    all: 150,
    lang: { sv: 100, en: 50 },
    declines: 25,
    restricted: 18,
    registries: [LINDMARK],
    kinds: 15, // a registry with two open incidents: its incident questions went to dev8
  },
  'dev8-elvestad': {
    all: 60,
    lang: { nb: 40, en: 20 },
    declines: 8,
    restricted: 6,
    registries: [ELVESTAD],
    kinds: 8,
  },
  'dev8-lindmark': {
    all: 60,
    lang: { sv: 40, en: 20 },
    declines: 8,
    restricted: 6,
    registries: [LINDMARK],
    kinds: 8,
  },
};
type SetName = keyof typeof SETS;
const KEYS = new Set(['registry', 'lang', 'question', 'expect', 'mustNotContain', 'note']);
const KINDS = [
  'system',
  'asset',
  'classification',
  'processing',
  'document',
  'kpi',
  'cycle',
  'audit',
  'faq',
  'risk',
  'plan',
  'incident',
  'agreement',
  'training',
  'review',
  'report',
] as const;
const PATH = new RegExp(`^(${KINDS.join('|')})/[a-z0-9][a-z0-9-]*\\.yaml$`);
// Swedish staff of the Swedish registries, Norwegian staff of the Norwegian ones, English-writing staff anywhere.
const BY_LANG: Record<string, string[]> = {
  sv: [SJOBACKA, VASTERBY, LINDMARK],
  nb: [FJELLVIK, ELVESTAD],
  en: [SJOBACKA, VASTERBY, FJELLVIK, ELVESTAD, LINDMARK],
};

interface Line {
  registry: string;
  lang: string;
  question: string;
  expect: string;
  mustNotContain?: string[];
  note?: string;
  where: string;
  set: SetName;
}

const present = (Object.keys(SETS) as SetName[]).filter((s) => existsSync(join(DIR, `${s}.jsonl`)));
const missing = (Object.keys(SETS) as SetName[]).filter((s) => !present.includes(s));
const raw = present.flatMap((set) =>
  readFileSync(join(DIR, `${set}.jsonl`), 'utf8')
    .split('\n')
    .map((text, i) => ({ text, where: `${set}.jsonl:${i + 1}`, set }))
    .filter((l) => l.text.trim() !== ''),
);
const lines: Line[] = raw.map((l) => ({
  ...(JSON.parse(l.text) as Omit<Line, 'where' | 'set'>),
  where: l.where,
  set: l.set,
}));
// A registry without a kind of register (a region with no risk register yet) cannot be asked about it.
const existsIn = (mix: Mix, kind: string) => mix.registries.some((r) => existsSync(join(r, kind)));
const kindsIn = (mix: Mix) => KINDS.filter((k) => existsIn(mix, k)).sort();
const kindOf = (l: Line) => (l.expect === 'decline' || l.expect === 'restricted' ? l.expect : 'answer');

describe('the evaluation question sets from dev5 on (dev5–dev8, heldout3–heldout5)', () => {
  if (missing.length > 0) it.skip(`${missing.join(', ')}: not written yet`, () => {});

  it('are one JSON object a line with only the known fields, asked of a registry in its staff’s language', () => {
    for (const l of raw) {
      const parsed = JSON.parse(l.text) as Record<string, unknown>;
      for (const key of Object.keys(parsed))
        expect(KEYS.has(key), `${l.where}: unknown field ${key}`).toBe(true);
      expect(typeof parsed.question === 'string' && parsed.question.trim().length > 0, l.where).toBe(true);
      expect(typeof parsed.expect, l.where).toBe('string');
      expect(BY_LANG[String(parsed.lang)], `${l.where}: language ${parsed.lang}`).toBeDefined();
      expect(BY_LANG[String(parsed.lang)], l.where).toContain(normalize(String(parsed.registry)));
      expect(SETS[l.set]?.registries, l.where).toContain(normalize(String(parsed.registry)));
      expect(existsSync(join(String(parsed.registry), 'lisa.yaml')), l.where).toBe(true);
      if (parsed.note !== undefined) expect(typeof parsed.note, l.where).toBe('string');
    }
  });

  it('expect source files that exist, may be shown and are not repealed documents', () => {
    for (const l of lines.filter((x) => kindOf(x) === 'answer')) {
      expect(l.expect, l.where).toMatch(PATH);
      const path = join(l.registry, l.expect);
      expect(existsSync(path) && statSync(path).isFile(), `${l.where}: ${path} does not exist`).toBe(true);
      expect(isRestrictedEntry(l.registry, l.expect), `${l.where}: ${l.expect} is restricted`).toBe(false);
      if (l.expect.startsWith('document/'))
        expect(readYaml(path).status, `${l.where}: ${l.expect} is repealed`).not.toBe('repealed');
      expect(l.mustNotContain, `${l.where}: leak strings belong to restricted questions`).toBeUndefined();
    }
  });

  it('name a restricted entry in every restricted expectation, with leak strings that can fail', () => {
    for (const l of lines.filter((x) => x.expect === 'restricted')) {
      const strings = l.mustNotContain ?? [];
      const paths = strings.filter((s) => PATH.test(s));
      expect(paths.length, `${l.where}: name the restricted entry's file`).toBeGreaterThan(0);
      // The README does not say when an agreement is restricted: the questions keep out of that grey zone.
      for (const p of paths)
        expect(p.startsWith('agreement/'), `${l.where}: ${p} is in the grey zone`).toBe(false);
      expect(strings.length, `${l.where}: a path alone checks little`).toBeGreaterThan(1);
      for (const s of strings) {
        expect(s.length, `${l.where}: "${s}" is too short to check`).toBeGreaterThanOrEqual(3);
        if (PATH.test(s)) {
          expect(existsSync(join(l.registry, s)), `${l.where}: ${s} does not exist`).toBe(true);
          expect(isRestrictedEntry(l.registry, s), `${l.where}: ${s} is not restricted`).toBe(true);
        } else
          expect(
            registryText(l.registry).includes(squash(s)),
            `${l.where}: "${s}" is not in ${l.registry}`,
          ).toBe(true);
        expect(
          l.question.toLowerCase().includes(s.toLowerCase()),
          `${l.where}: "${s}" is in the question`,
        ).toBe(false);
      }
    }
  });

  it('repeat no question of their own or of any other evaluation file', () => {
    const key = (l: { registry?: unknown; question?: unknown }) =>
      `${normalize(String(l.registry ?? ''))}\u0000${String(l.question ?? '')
        .trim()
        .toLowerCase()}`;
    const mine = new Set(present.map((s) => `${s}.jsonl`));
    const others = new Map<string, string>();
    for (const file of readdirSync(DIR).filter((f) => f.endsWith('.jsonl') && !mine.has(f)))
      readFileSync(join(DIR, file), 'utf8')
        .split('\n')
        .forEach((text, i) => {
          if (text.trim() !== '') others.set(key(JSON.parse(text) as Line), `${file}:${i + 1}`);
        });
    const seen = new Map<string, string>();
    const repeats: string[] = [];
    for (const l of lines) {
      const first = others.get(key(l)) ?? seen.get(key(l));
      if (first) repeats.push(`${l.where} repeats ${first}`);
      seen.set(key(l), l.where);
    }
    expect(repeats).toEqual([]);
  });

  it('have the size and mix asked for and cover every registry and every kind of register', () => {
    for (const set of present) {
      const mix = SETS[set] as Mix;
      const mine = lines.filter((l) => l.set === set);
      expect(mine.length, set).toBeGreaterThanOrEqual(mix.all);
      for (const [lang, n] of Object.entries(mix.lang))
        expect(mine.filter((l) => l.lang === lang).length, `${set} ${lang}`).toBeGreaterThanOrEqual(n);
      const declines = mine.filter((l) => l.expect === 'decline').length;
      expect(declines, `${set} declines`).toBeGreaterThanOrEqual(mix.declines);
      const restricted = mine.filter((l) => l.expect === 'restricted').length;
      expect(restricted, `${set} restricted`).toBeGreaterThanOrEqual(mix.restricted);
      for (const registry of mix.registries)
        for (const kind of ['answer', 'decline', 'restricted'])
          expect(
            mine.some((l) => normalize(l.registry) === registry && kindOf(l) === kind),
            `${set} has no ${kind} question on ${registry}`,
          ).toBe(true);
      const kinds = new Set(
        mine.filter((l) => kindOf(l) === 'answer').map((l) => l.expect.split('/')[0] ?? ''),
      );
      if (mix.kinds) expect(kinds.size, set).toBeGreaterThanOrEqual(mix.kinds);
      else expect([...kinds].filter((k) => existsIn(mix, k)).sort(), set).toEqual(kindsIn(mix));
    }
  });
});
