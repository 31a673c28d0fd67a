import { describe, expect, it } from 'vitest';
import {
  asset,
  at,
  check,
  classification,
  DECIDED,
  doc,
  expectAt,
  ORG,
  ofRule,
  processing,
  single,
  system,
} from './fixtures.js';

describe('dangling-reference', () => {
  it('flags an unknown board, at the value, with a did-you-mean and where boards live', () => {
    const text = 'name: Procapita\nboard: socn\nowner: socialchef\nhosting: on-premises\nprotection: {}\n';
    const f = single(check({ 'system/procapita.yaml': text }), 'dangling-reference');
    expectAt(f, 'system/procapita.yaml', at(text, 'socn'));
    expect(f).toMatchObject({ severity: 'error', entity: 'system/procapita', endLine: 2, endColumn: 12 });
    expect(f.message).toBe('Nämnden "socn" finns inte. Menade du "son"?');
    expect(f.hint).toBe('Nämnder anges under boards i lisa.yaml.');
  });

  it('flags an unknown role', () => {
    const text = system('Procapita', {}).replace('owner: socialchef', 'owner: socialchf');
    const f = single(check({ 'system/procapita.yaml': text }), 'dangling-reference');
    expectAt(f, 'system/procapita.yaml', at(text, 'socialchf'));
    expect(f.message).toBe('Rollen "socialchf" finns inte. Menade du "socialchef"?');
    expect(f.hint).toBe('Roller anges under roles i lisa.yaml.');
  });

  it('flags unknown systems and processing activities in lists, each at its item', () => {
    const text = asset(
      'Journaler',
      'systems: [procapita, lifecare]\nprocessing:\n  - bistand\n  - bistnd-hemtjanst\n',
    );
    const r = check({
      'asset/journaler.yaml': text,
      'system/procapita.yaml': system('Procapita', {}),
      'processing/bistand.yaml': processing('Bistånd'),
      'processing/bistand-hemtjanst.yaml': processing('Bistånd i hemtjänsten'),
    });
    const found = ofRule(r, 'dangling-reference');
    expect(found.map((f) => [f.line, f.column, f.message])).toEqual([
      [at(text, 'lifecare').line, at(text, 'lifecare').column, 'Systemet "lifecare" finns inte.'],
      [
        at(text, 'bistnd-hemtjanst').line,
        at(text, 'bistnd-hemtjanst').column,
        'Behandlingen "bistnd-hemtjanst" finns inte. Menade du "bistand-hemtjanst"?',
      ],
    ]);
    expect(found[0]?.hint).toBe('Det finns ingen fil system/lifecare.yaml.');
  });

  it('flags the asset of a classification and the document a document supersedes', () => {
    const cText = classification('journal', '2026-01-10', { confidentiality: 2 });
    const dText = doc(
      'Policy',
      `${DECIDED}nextReview: 2027-03-10\ncommunicated: 2025-04-01\nsupersedes: polic-2019\n`,
    );
    const r = check({
      'asset/journaler.yaml': asset('Journaler'),
      'classification/journaler.yaml': cText,
      'document/policy-2019.yaml': doc('Gammal policy', 'status: repealed\n'),
      'document/policy.yaml': dText,
    });
    const [c, d] = ofRule(r, 'dangling-reference');
    expect(c?.message).toBe('Informationstillgången "journal" finns inte. Menade du "journaler"?');
    expectAt(c, 'classification/journaler.yaml', at(cText, 'asset: journal', 'journal'));
    expect(d?.message).toBe('Styrdokumentet "polic-2019" finns inte. Menade du "policy-2019"?');
    expect(d?.hint).toBe('Det finns ingen fil document/polic-2019.yaml.');
  });

  it('checks roles and boards inside lisa.yaml itself', () => {
    const org = `${ORG}    board: sn\n`;
    const f = single(check({ 'lisa.yaml': org }), 'dangling-reference');
    expectAt(f, 'lisa.yaml', at(org, 'board: sn', 'sn'));
    expect(f.message).toBe('Nämnden "sn" finns inte. Menade du "son"?');
  });

  it('is reported for an entry that has other schema errors too', () => {
    const text = 'name: Procapita\nboard: socn\nowner: 5\nhosting: moln\nprotection: {}\nägare: x\n';
    const r = check({ 'system/procapita.yaml': text });
    expect(r.findings.map((f) => f.rule)).toEqual([
      'dangling-reference',
      'wrong-type',
      'invalid-value',
      'unknown-field',
    ]);
    expectAt(single(r, 'dangling-reference'), 'system/procapita.yaml', at(text, 'socn'));
  });

  it('does not flag references that resolve, nor boards and roles when lisa.yaml is unreadable', () => {
    const clean = check({
      'system/procapita.yaml': system('Procapita', {}),
      'asset/journaler.yaml': asset('Journaler', 'systems: [procapita]\nprocessing: [bistand]\n'),
      'processing/bistand.yaml': processing('Bistånd', 'systems: [procapita]\n'),
      'classification/journaler.yaml': classification('journaler', '2026-01-10', { confidentiality: 1 }),
    });
    expect(ofRule(clean, 'dangling-reference')).toEqual([]);
    const broken = check({ 'lisa.yaml': 'name: [\n', 'system/procapita.yaml': system('Procapita', {}) });
    expect(ofRule(broken, 'dangling-reference')).toEqual([]);
  });
});

const ORG3 = `${ORG}classification:
  method: Tre nivåer
  aspects:
    - id: k
      label: Konfidentialitet
    - id: r
      label: Riktighet
    - id: t
      label: { sv: Tillgänglighet, nb: Tilgjengelighet, en: Availability }
  levels:
    - { value: 1, label: Låg }
    - { value: 2, label: Medel }
    - { value: 3, label: Hög }
`;

describe('unknown-aspect', () => {
  it('flags an aspect of the default KLASSA model misspelt, in protection and in a classification, at the key', () => {
    const sText = system('Procapita', { confidentality: 2 });
    const cText = classification('journaler', '2026-01-10', { konfidentialitet: 2 });
    const r = check({
      'system/procapita.yaml': sText,
      'asset/journaler.yaml': asset('J'),
      'classification/journaler.yaml': cText,
    });
    const [c, s] = ofRule(r, 'unknown-aspect');
    expectAt(s, 'system/procapita.yaml', at(sText, 'confidentality'));
    expect(s?.message).toBe(
      'Aspekten "confidentality" finns inte i klassningsmodellen. Menade du "confidentiality"?',
    );
    expect(s?.hint).toBe('Aspekter: confidentiality, integrity, availability, traceability.');
    expectAt(c, 'classification/journaler.yaml', at(cText, 'konfidentialitet'));
    expect(c?.severity).toBe('error');
  });

  it('uses the aspects of a custom model in lisa.yaml', () => {
    const r = check({
      'lisa.yaml': ORG3,
      'system/procapita.yaml': system('Procapita', { k: 2, confidentiality: 2 }),
    });
    const f = single(r, 'unknown-aspect');
    expect(f.message).toBe('Aspekten "confidentiality" finns inte i klassningsmodellen.');
    expect(f.hint).toBe('Aspekter: k, r, t.');
  });
});

describe('the classification model of lisa.yaml', () => {
  const files = {
    'system/procapita.yaml': system('Procapita', { k: 2, r: 2, t: 3 }),
    'asset/a.yaml': asset('A', 'systems: [procapita]\n'),
    'classification/a.yaml': classification('a', '2026-01-10', { k: 2, r: 1, t: 3 }),
  };

  it('is kept when lisa.yaml has an unrelated mistake: one error, not one per aspect in use', () => {
    const r = check({ 'lisa.yaml': `${ORG3}slakc: {}\n`, ...files });
    expect(r.findings.map((f) => `${f.file} ${f.rule}`)).toEqual(['registry/lisa.yaml unknown-field']);
  });

  it('falls back to KLASSA when the model itself is broken', () => {
    const r = check({ 'lisa.yaml': ORG3.replace('value: 3', 'value: tre'), ...files });
    expect(r.findings.filter((f) => f.file === 'registry/lisa.yaml').map((f) => f.rule)).toEqual([
      'wrong-type',
    ]);
    expect(r.registry.model.aspects.map((a) => a.id)).toEqual([
      'confidentiality',
      'integrity',
      'availability',
      'traceability',
    ]);
  });
});

describe('level-out-of-scale', () => {
  it('flags levels outside a custom 1–3 scale, at the level', () => {
    const sText = system('Procapita', { k: 0, r: 3, t: 4 });
    const cText = classification('journaler', '2026-01-10', { k: 3, r: 5 });
    const r = check({
      'lisa.yaml': ORG3,
      'system/procapita.yaml': sText,
      'asset/journaler.yaml': asset('J'),
      'classification/journaler.yaml': cText,
    });
    const found = ofRule(r, 'level-out-of-scale');
    expect(found.map((f) => `${f.file}:${f.line}:${f.column} ${f.message}`)).toEqual([
      `registry/classification/journaler.yaml:${at(cText, 'level: 5', '5').line}:12 Nivån 5 finns inte i skalan (1, 2, 3).`,
      `registry/system/procapita.yaml:${at(sText, 'k: 0', '0').line}:6 Nivån 0 finns inte i skalan (1, 2, 3).`,
      `registry/system/procapita.yaml:${at(sText, 't: 4', '4').line}:6 Nivån 4 finns inte i skalan (1, 2, 3).`,
    ]);
    expect(found[0]?.hint).toContain('lisa.yaml');
  });

  it('accepts 0–4 on the default KLASSA scale', () => {
    const r = check({ 'system/procapita.yaml': system('P', { confidentiality: 0, integrity: 4 }) });
    expect(ofRule(r, 'level-out-of-scale')).toEqual([]);
  });
});
