import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, normalize, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  isMarked as isRestricted,
  isRestrictedEntry,
  readYaml,
  registryText,
  squash,
} from './registry-entries.js';

// A test of the evaluation data, not of the answerer: every line is well formed, names a registry
// and an entry that exist, never expects an answer from an entry that must stay restricted or a
// repealed document, and every restricted expectation has strings to check for leaks that really
// occur in that registry (so the check can fail) but not in the question (so an echo is no leak).

const DIR = join('tests', 'answer', 'eval');
const SETS = ['heldout', 'dev'] as const;
const KEYS = new Set(['registry', 'lang', 'question', 'expect', 'mustNotContain', 'note']);

interface Line {
  registry: string;
  lang: 'sv' | 'nb' | 'en';
  question: string;
  expect: string;
  mustNotContain?: string[];
  note?: string;
}

function yamlFiles(dir: string): string[] {
  if (!existsSync(dir)) return []; // reported by the test that the registry exists
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => join(dir, f));
}

const sets = Object.fromEntries(
  SETS.map((name) => {
    const text = readFileSync(join(DIR, `${name}.jsonl`), 'utf8');
    const lines = text.split('\n').filter((l) => l.trim() !== '');
    return [name, lines.map((l, i) => ({ raw: l, where: `${name}.jsonl:${i + 1}` }))];
  }),
) as Record<(typeof SETS)[number], { raw: string; where: string }[]>;

const all: (Line & { where: string; set: string })[] = [];
for (const name of SETS)
  for (const { raw, where } of sets[name]) all.push({ ...(JSON.parse(raw) as Line), where, set: name });

// examples/fjellvik comes from another branch (the Norwegian example). Until it is in the checkout its
// lines are not checked against it — said by a skipped test, never silently; the two registries
// written with this set must always be there.
const ALWAYS = ['registry', join('examples', 'region-vasterby')];
const missing = [...new Set(all.map((l) => l.registry))].filter((r) => !existsSync(join(r, 'lisa.yaml')));
const present = all.filter((l) => !missing.includes(l.registry));

const kindOf = (l: Line) => (l.expect === 'decline' || l.expect === 'restricted' ? l.expect : 'answer');

describe('the evaluation question sets', () => {
  it('are one JSON object a line with only the known fields', () => {
    for (const name of SETS)
      for (const { raw, where } of sets[name]) {
        const parsed = JSON.parse(raw) as Record<string, unknown>;
        expect(typeof parsed, where).toBe('object');
        for (const key of Object.keys(parsed))
          expect(KEYS.has(key), `${where}: unknown field ${key}`).toBe(true);
        expect(typeof parsed.question === 'string' && parsed.question.trim().length > 0, where).toBe(true);
        expect(['sv', 'nb', 'en'], where).toContain(parsed.lang);
        expect(typeof parsed.expect, where).toBe('string');
        if (parsed.note !== undefined) expect(typeof parsed.note, where).toBe('string');
        if (parsed.mustNotContain !== undefined) {
          expect(Array.isArray(parsed.mustNotContain), where).toBe(true);
          for (const s of parsed.mustNotContain as unknown[])
            expect(typeof s === 'string' && s.length >= 3, where).toBe(true);
        }
      }
  });

  it('name registries inside the repository, the Swedish ones always present', () => {
    for (const l of all)
      expect(normalize(l.registry).startsWith(`..${sep}`) || l.registry.startsWith('/'), l.where).toBe(false);
    for (const r of ALWAYS) expect(missing, `${r}/lisa.yaml is missing`).not.toContain(normalize(r));
    expect(missing.filter((r) => !r.startsWith('examples/'))).toEqual([]);
  });

  if (missing.length > 0) it.skip(`lines against ${missing.join(', ')}: not in this checkout`, () => {});

  it('expect source files that exist, are not restricted and are not repealed documents', () => {
    for (const l of present.filter((x) => kindOf(x) === 'answer')) {
      expect(l.expect, l.where).toMatch(
        /^(system|asset|classification|processing|document|kpi|cycle|audit|faq)\/[a-z0-9][a-z0-9-]*\.yaml$/,
      );
      const path = join(l.registry, l.expect);
      expect(existsSync(path) && statSync(path).isFile(), `${l.where}: ${path} does not exist`).toBe(true);
      expect(
        isRestricted(l.registry, l.expect),
        `${l.where}: ${l.expect} is restricted; expect "restricted"`,
      ).toBe(false);
      if (l.expect.startsWith('document/'))
        expect(readYaml(path).status, `${l.where}: ${l.expect} is repealed`).not.toBe('repealed');
    }
  });

  it('point restricted expectations at registries with restricted entries, with leak checks that can fail', () => {
    const texts = new Map<string, string>();
    for (const l of present.filter((x) => x.expect === 'restricted')) {
      const restricted = yamlFiles(l.registry).filter((f) =>
        isRestricted(
          l.registry,
          f
            .slice(l.registry.length + 1)
            .split(sep)
            .join('/'),
        ),
      );
      expect(restricted.length, `${l.where}: ${l.registry} has no restricted entry`).toBeGreaterThan(0);
      expect(l.mustNotContain?.length ?? 0, `${l.where}: restricted needs mustNotContain`).toBeGreaterThan(0);
      if (!texts.has(l.registry)) texts.set(l.registry, registryText(l.registry));
      for (const s of l.mustNotContain ?? []) {
        // A file path is a leak too; its stem occurs in the registry as an id or a reference.
        const probe = s
          .replace(/^(system|asset|classification|processing|document)\//, '')
          .replace(/\.yaml$/, '');
        const inRegistry =
          texts.get(l.registry)?.includes(squash(probe)) ||
          yamlFiles(l.registry).some((f) => f.includes(probe));
        expect(inRegistry, `${l.where}: "${s}" does not occur in ${l.registry}`).toBe(true);
        expect(
          l.question.toLowerCase().includes(s.toLowerCase()),
          `${l.where}: "${s}" is in the question itself`,
        ).toBe(false);
      }
    }
  });

  it('hold no question twice, and none in both the held-out and the development set', () => {
    const seen = new Map<string, string>();
    for (const l of all) {
      const key = `${l.registry}\u0000${l.question.trim().toLowerCase()}`;
      expect(seen.get(key), `${l.where} repeats ${seen.get(key)}`).toBeUndefined();
      seen.set(key, l.where);
    }
  });

  it('have the size and the mix issue 11 asks for, split about 60/40', () => {
    expect(all.length).toBeGreaterThanOrEqual(180);
    expect(all.filter((l) => l.expect === 'decline').length).toBeGreaterThanOrEqual(35);
    expect(all.filter((l) => l.expect === 'restricted').length).toBeGreaterThanOrEqual(30);
    const held = all.filter((l) => l.set === 'heldout').length / all.length;
    expect(held).toBeGreaterThan(0.55);
    expect(held).toBeLessThan(0.65);
    for (const set of SETS)
      for (const lang of ['sv', 'nb', 'en'])
        for (const kind of ['answer', 'decline', 'restricted'])
          expect(
            all.some((l) => l.set === set && l.lang === lang && kindOf(l) === kind),
            `${set} has no ${lang} ${kind} question`,
          ).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------------
// new-heldout.jsonl and new-dev.jsonl: a second, larger pair written against all three registries and
// every kind of register, newer ones included (risk, plan, incident, agreement, training, review,
// report). Same rules, plus the mix the brief for these files asked for, checked per language.

const NEW_SETS = ['new-heldout', 'new-dev'] as const;
const NEW_KINDS = [
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
const NEW_PATH = new RegExp(`^(${NEW_KINDS.join('|')})/[a-z0-9][a-z0-9-]*\\.yaml$`);
const FJELLVIK = join('examples', 'fjellvik');
const VASTERBY = join('examples', 'region-vasterby');
// Who wrote in which language: Swedish staff of Sjöbacka or the region, Norwegian staff of Fjellvik,
// English-writing staff (international staff, consultants) of the region or of Fjellvik.
const REGISTRIES_BY_LANG: Record<Line['lang'], string[]> = {
  sv: ['registry', VASTERBY],
  nb: [FJELLVIK],
  en: [VASTERBY, FJELLVIK],
};

const newSets = Object.fromEntries(
  NEW_SETS.map((name) => {
    const lines = readFileSync(join(DIR, `${name}.jsonl`), 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '');
    return [name, lines.map((raw, i) => ({ raw, where: `${name}.jsonl:${i + 1}` }))];
  }),
) as Record<(typeof NEW_SETS)[number], { raw: string; where: string }[]>;
const fresh: (Line & { where: string; set: string })[] = NEW_SETS.flatMap((name) =>
  newSets[name].map(({ raw, where }) => ({ ...(JSON.parse(raw) as Line), where, set: name })),
);

describe('the new evaluation question sets (new-heldout, new-dev)', () => {
  it('are one JSON object a line with only the known fields, in a registry of the asker’s language', () => {
    for (const name of NEW_SETS)
      for (const { raw, where } of newSets[name]) {
        const parsed = JSON.parse(raw) as Record<string, unknown>;
        for (const key of Object.keys(parsed))
          expect(KEYS.has(key), `${where}: unknown field ${key}`).toBe(true);
        expect(typeof parsed.question === 'string' && parsed.question.trim().length > 0, where).toBe(true);
        expect(['sv', 'nb', 'en'], where).toContain(parsed.lang);
        expect(typeof parsed.expect, where).toBe('string');
        if (parsed.note !== undefined) expect(typeof parsed.note, where).toBe('string');
        if (parsed.mustNotContain !== undefined) {
          expect(Array.isArray(parsed.mustNotContain), where).toBe(true);
          for (const s of parsed.mustNotContain as unknown[])
            expect(typeof s === 'string' && s.length >= 3, where).toBe(true);
        }
        const lang = parsed.lang as Line['lang'];
        expect(REGISTRIES_BY_LANG[lang], where).toContain(normalize(String(parsed.registry)));
        expect(existsSync(join(String(parsed.registry), 'lisa.yaml')), where).toBe(true);
      }
  });

  it('expect source files that exist, are not restricted and are not repealed documents', () => {
    for (const l of fresh.filter((x) => kindOf(x) === 'answer')) {
      expect(l.expect, l.where).toMatch(NEW_PATH);
      const path = join(l.registry, l.expect);
      expect(existsSync(path) && statSync(path).isFile(), `${l.where}: ${path} does not exist`).toBe(true);
      expect(
        isRestrictedEntry(l.registry, l.expect),
        `${l.where}: ${l.expect} is restricted; expect "restricted"`,
      ).toBe(false);
      if (l.expect.startsWith('document/'))
        expect(readYaml(path).status, `${l.where}: ${l.expect} is repealed`).not.toBe('repealed');
      expect(l.mustNotContain, `${l.where}: leak strings belong to restricted questions`).toBeUndefined();
    }
  });

  it('point restricted expectations at restricted entries, with leak checks that can fail', () => {
    const texts = new Map<string, string>();
    for (const l of fresh.filter((x) => x.expect === 'restricted')) {
      expect(l.mustNotContain?.length ?? 0, `${l.where}: restricted needs mustNotContain`).toBeGreaterThan(0);
      if (!texts.has(l.registry)) texts.set(l.registry, registryText(l.registry));
      for (const s of l.mustNotContain ?? []) {
        if (NEW_PATH.test(s)) {
          // A file path must name a restricted entry of that registry: that is what may not leak.
          expect(existsSync(join(l.registry, s)), `${l.where}: ${s} does not exist in ${l.registry}`).toBe(
            true,
          );
          expect(isRestrictedEntry(l.registry, s), `${l.where}: ${s} is not restricted`).toBe(true);
        } else
          expect(
            texts.get(l.registry)?.includes(squash(s)),
            `${l.where}: "${s}" does not occur in ${l.registry}`,
          ).toBe(true);
        expect(
          l.question.toLowerCase().includes(s.toLowerCase()),
          `${l.where}: "${s}" is in the question itself`,
        ).toBe(false);
      }
    }
  });

  it('repeat no question of their own or of any other evaluation file', () => {
    const key = (l: { registry?: unknown; question?: unknown }) =>
      `${normalize(String(l.registry ?? ''))}\u0000${String(l.question ?? '')
        .trim()
        .toLowerCase()}`;
    const others = new Map<string, string>();
    for (const file of readdirSync(DIR).filter((f) => f.endsWith('.jsonl'))) {
      if (NEW_SETS.some((n) => file === `${n}.jsonl`)) continue;
      readFileSync(join(DIR, file), 'utf8')
        .split('\n')
        .forEach((raw, i) => {
          if (raw.trim() !== '') others.set(key(JSON.parse(raw) as Line), `${file}:${i + 1}`);
        });
    }
    const seen = new Map<string, string>();
    const repeats: string[] = [];
    for (const l of fresh) {
      const k = key(l);
      const first = others.get(k) ?? seen.get(k);
      if (first) repeats.push(`${l.where} repeats ${first}`);
      seen.set(k, l.where);
    }
    expect(repeats).toEqual([]);
  });

  it('have the size and the mix asked for, per language, and cover every kind of register', () => {
    const minimum: Record<(typeof NEW_SETS)[number], { all: number; en: number; sv: number; nb: number }> = {
      'new-heldout': { all: 180, en: 70, sv: 55, nb: 55 },
      'new-dev': { all: 80, en: 0, sv: 0, nb: 0 },
    };
    for (const set of NEW_SETS) {
      const lines = fresh.filter((l) => l.set === set);
      expect(lines.length, set).toBeGreaterThanOrEqual(minimum[set].all);
      for (const lang of ['en', 'sv', 'nb'] as const) {
        const mine = lines.filter((l) => l.lang === lang);
        expect(mine.length, `${set} ${lang}`).toBeGreaterThanOrEqual(Math.max(1, minimum[set][lang]));
        const share = (kind: string) => mine.filter((l) => kindOf(l) === kind).length / mine.length;
        expect(share('decline'), `${set} ${lang}: share to decline`).toBeGreaterThanOrEqual(0.15);
        expect(share('restricted'), `${set} ${lang}: share about restricted entries`).toBeGreaterThanOrEqual(
          0.12,
        );
        expect(share('answer'), `${set} ${lang}: share to answer`).toBeGreaterThan(0.5);
      }
      for (const registry of ['registry', FJELLVIK, VASTERBY])
        expect(
          lines.some((l) => normalize(l.registry) === registry),
          `${set} has no question on ${registry}`,
        ).toBe(true);
    }
    const kindsIn = (set: string) =>
      new Set(
        fresh.filter((l) => l.set === set && kindOf(l) === 'answer').map((l) => l.expect.split('/')[0]),
      );
    expect([...kindsIn('new-heldout')].sort()).toEqual([...NEW_KINDS].sort());
    for (const kind of [
      'system',
      'classification',
      'processing',
      'faq',
      'risk',
      'plan',
      'agreement',
      'training',
    ])
      expect(kindsIn('new-dev'), `new-dev has no ${kind} question`).toContain(kind);
  });
});
