import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import _Ajv2020 from 'ajv/dist/2020.js';
import _addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { asset, at, check, classification, expectAt, ofRule, single, system } from './fixtures.js';

const Ajv2020 = _Ajv2020.default;
const addFormats = _addFormats.default;
const DIR = path.join(import.meta.dirname, '../../schemas');

describe('the JSON Schemas', () => {
  it("compile under ajv's full strict mode (strictRequired, strictTypes, unknown keywords)", () => {
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    addFormats(ajv, ['date', 'uri', 'email']);
    const load = (f: string) => JSON.parse(readFileSync(path.join(DIR, f), 'utf8')) as object;
    ajv.addSchema(load('common.schema.json'));
    const files = readdirSync(DIR).filter((f) => f.endsWith('.schema.json') && f !== 'common.schema.json');
    expect(files.length).toBeGreaterThanOrEqual(10);
    for (const f of files) expect(() => ajv.compile(load(f)), f).not.toThrow();
  });
});

const KPI = `name: Andel klassade tillgångar
unit: percent
direction: higher-is-better
target: 90
owner: sakerhetssamordnare
values:
  2025-Q3: 80
  2025-Q5: 82
  2025-Q4: 85
`;

describe('schema findings', () => {
  it('one bad KPI key is one finding, at the key itself', () => {
    const r = check({ 'kpi/klassade.yaml': KPI });
    const f = single(r, 'invalid-value');
    expectAt(f, 'kpi/klassade.yaml', at(KPI, '2025-Q5'));
    expect(f.message).toContain('nyckeln "2025-Q5" har fel form');
    expect(r.errors).toBe(1);
  });

  it('a cross-file rule still runs on an entry with a schema error in an optional part', () => {
    const sText = system(
      'Procapita',
      { confidentiality: 1, integrity: 2, availability: 2, traceability: 2 },
      'leverantor: Tieto\n',
    );
    const r = check({
      'system/procapita.yaml': sText,
      'asset/journaler.yaml': asset('Sociala journaler', 'systems: [procapita]\n'),
      'classification/journaler.yaml': classification('journaler', '2026-03-01', { confidentiality: 3 }),
    });
    expect(ofRule(r, 'unknown-field')).toHaveLength(1);
    expectAt(
      single(r, 'protection-below-classification'),
      'system/procapita.yaml',
      at(sText, 'confidentiality: 1', '1'),
    );
  });

  it('an entry whose required part is wrong is still skipped by the rules (no guesses)', () => {
    const sText = 'name: Procapita\nboard: son\nowner: socialchef\nhosting: on-premises\nprotection: hög\n';
    const r = check({
      'system/procapita.yaml': sText,
      'asset/journaler.yaml': asset('Sociala journaler', 'systems: [procapita]\n'),
      'classification/journaler.yaml': classification('journaler', '2026-03-01', { confidentiality: 3 }),
    });
    expect(ofRule(r, 'wrong-type')).toHaveLength(1);
    expect(ofRule(r, 'protection-below-classification')).toEqual([]);
  });
});
