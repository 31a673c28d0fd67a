import { describe, expect, it } from 'vitest';
import { asset, at, check, classification, expectAt, processing, single } from './fixtures.js';

const classified = (id: string) => classification(id, '2026-05-01', { confidentiality: 2 });

describe('personal-data-without-processing', () => {
  it('warns at personalData when an asset with personal data names no processing activity', () => {
    const aText = asset(
      'Elevhälsans journaler',
      'personalData:\n  dataSubjects: [Elever]\n  categories: [Hälsa]\n',
    );
    const r = check({
      'asset/elevhalsa.yaml': aText,
      'classification/elevhalsa.yaml': classified('elevhalsa'),
    });
    const f = single(r, 'personal-data-without-processing');
    expectAt(f, 'asset/elevhalsa.yaml', at(aText, 'personalData'));
    expect(f).toMatchObject({ severity: 'warning', entity: 'asset/elevhalsa' });
    expect(f.message).toBe(
      '"Elevhälsans journaler" innehåller personuppgifter men hänvisar inte till någon behandling i registerförteckningen.',
    );
    expect(f.hint).toContain('art. 30');
  });

  it('is silent when the asset names a processing activity, or holds no personal data', () => {
    const r = check({
      'asset/a.yaml': asset('A', 'personalData:\n  categories: [Hälsa]\nprocessing: [elevhalsa]\n'),
      'asset/b.yaml': asset('B', 'personalData: {}\n'),
      'asset/c.yaml': asset('C', 'personalData:\n  sensitive: false\n'),
      'processing/elevhalsa.yaml': processing('Elevhälsa'),
      'classification/a.yaml': classified('a'),
      'classification/b.yaml': classified('b'),
      'classification/c.yaml': classified('c'),
    });
    expect(r.findings).toEqual([]);
  });
});

describe('dpia-missing', () => {
  it('warns for special categories with no DPIA at all, at the name', () => {
    const text = processing('Elevhälsans journalföring', 'specialCategories: [health]\n');
    const f = single(check({ 'processing/elevhalsa.yaml': text }), 'dpia-missing');
    expectAt(f, 'processing/elevhalsa.yaml', at(text, 'Elevhälsans journalföring'));
    expect(f.severity).toBe('warning');
    expect(f.message).toBe(
      '"Elevhälsans journalföring" omfattar känsliga personuppgifter (art. 9) men har ingen genomförd konsekvensbedömning (DPIA-status: —).',
    );
    expect(f.hint).toContain('art. 35');
  });

  it('warns for criminal data with a planned DPIA, at the status', () => {
    const text = processing('Föreningsbidrag', 'criminalData: true\ndpia:\n  status: planned\n');
    const f = single(check({ 'processing/p.yaml': text }), 'dpia-missing');
    expectAt(f, 'processing/p.yaml', at(text, 'status: planned', 'planned'));
    expect(f.message).toContain('uppgifter om lagöverträdelser (art. 10)');
    expect(f.message).toContain('DPIA-status: planned');
  });

  it('warns for protected identities, listing every reason', () => {
    const text = processing(
      'Folkbokföringsärenden',
      'protectedIdentities: true\nspecialCategories: [health]\ndpia:\n  status: in-progress\n',
    );
    expect(single(check({ 'processing/p.yaml': text }), 'dpia-missing').message).toContain(
      'omfattar känsliga personuppgifter (art. 9), skyddade personuppgifter men',
    );
  });

  it('warns when two EDPB criteria apply, however the status was set', () => {
    const text = processing(
      'Kameraövervakning',
      'dpia:\n  status: not-needed\n  criteria: [systematic-monitoring, large-scale]\n',
    );
    expect(single(check({ 'processing/p.yaml': text }), 'dpia-missing').message).toContain(
      '2 av EDPB:s kriterier',
    );
  });

  it('accepts a documented assessment that sensitive data alone needs no DPIA', () => {
    const assessed = processing(
      'Sjukfrånvaro',
      'specialCategories: [health]\ndpia:\n  status: not-needed\n  reference: KS 2025/88\n',
    );
    expect(
      check({ 'processing/p.yaml': assessed }).findings.filter((f) => f.rule === 'dpia-missing'),
    ).toEqual([]);
    const unassessed = processing(
      'Sjukfrånvaro',
      'specialCategories: [health]\ndpia:\n  status: not-needed\n',
    );
    expect(single(check({ 'processing/p.yaml': unassessed }), 'dpia-missing').message).toContain(
      'känsliga personuppgifter',
    );
  });

  it('counts automated decisions with sensitive data as two criteria, whatever the assessment says', () => {
    const text = processing(
      'Poängsättning',
      'specialCategories: [health]\nautomatedDecisions: true\ndpia:\n  status: not-needed\n  reference: KS 2025/88\n',
    );
    expect(single(check({ 'processing/p.yaml': text }), 'dpia-missing').message).toContain(
      '2 av EDPB:s kriterier',
    );
  });

  it('is silent for one criterion only, and when the DPIA is done', () => {
    const r = check({
      'processing/a.yaml': processing('A', 'dpia:\n  status: not-needed\n  criteria: [large-scale]\n'),
      'processing/b.yaml': processing(
        'B',
        'specialCategories: [health]\ncriminalData: true\nprotectedIdentities: true\ndpia:\n  status: done\n  date: 2025-10-01\n  criteria: [sensitive-data, vulnerable-data-subjects]\n',
      ),
      'processing/c.yaml': processing('C'),
    });
    expect(r.findings).toEqual([]);
  });
});

describe('third-country-without-safeguard', () => {
  it('is an error at the safeguard of a transfer with none', () => {
    const text = processing(
      'E-post',
      'thirdCountryTransfers:\n  - country: GB\n    safeguard: adequacy-decision\n  - country: US\n    recipient: Molnleverantör\n    safeguard: none\n',
    );
    const f = single(check({ 'processing/epost.yaml': text }), 'third-country-without-safeguard');
    expectAt(f, 'processing/epost.yaml', at(text, 'safeguard: none', 'none'));
    expect(f.severity).toBe('error');
    expect(f.message).toBe('Överföringen till US saknar skyddsåtgärd (art. 44–49 GDPR).');
    expect(f.hint).toContain('standard-contractual-clauses');
  });
});

describe('third-country-undeclared', () => {
  const cloud = (country?: string) =>
    `name: Molnkontor\nboard: ks\nowner: it-chef\nhosting: third-country-cloud\n${country ? `hostingCountry: ${country}\n` : ''}protection: {}\n`;

  it('warns for a processor outside the EEA, at its country', () => {
    const text = processing(
      'Lön',
      'processors:\n  - name: Lönebyrån AB\n    country: SE\n  - name: Payroll Inc\n    country: US\n',
    );
    const f = single(check({ 'processing/lon.yaml': text }), 'third-country-undeclared');
    expectAt(f, 'processing/lon.yaml', at(text, 'country: US', 'US'));
    expect(f).toMatchObject({ severity: 'warning', entity: 'processing/lon' });
    expect(f.message).toBe(
      '"Lön" använder Payroll Inc i tredjeland (US) men redovisar ingen överföring dit.',
    );
  });

  it('warns for a system hosted in a third country, at the system in the list', () => {
    const text = processing('E-post', 'systems: [eget, molnkontor]\n');
    const r = check({
      'processing/epost.yaml': text,
      'system/molnkontor.yaml': cloud('US'),
      'system/eget.yaml': cloud().replace('third-country-cloud', 'on-premises'),
    });
    const f = single(r, 'third-country-undeclared');
    expectAt(f, 'processing/epost.yaml', at(text, 'molnkontor'));
    expect(f.message).toBe(
      '"E-post" använder Molnkontor i tredjeland (US) men redovisar ingen överföring dit.',
    );
  });

  it('says "?" for a third-country system with no country, and a declared transfer covers it', () => {
    const files = {
      'system/molnkontor.yaml': cloud(),
      'processing/epost.yaml': processing('E-post', 'systems: [molnkontor]\n'),
    };
    expect(single(check(files), 'third-country-undeclared').message).toContain('i tredjeland (?)');
    const declared = {
      ...files,
      'processing/epost.yaml': processing(
        'E-post',
        'systems: [molnkontor]\nthirdCountryTransfers:\n  - country: US\n    safeguard: standard-contractual-clauses\n',
      ),
    };
    expect(check(declared).findings).toEqual([]);
  });

  it('does not flag EEA countries (Norway, Iceland, Germany) nor declared transfers', () => {
    const agreement = (name: string) =>
      `counterparty: ${name}\ntype: processor-agreement\nstart: 2024-01-01\nprocessing: [p]\n`;
    const r = check({
      'agreement/a.yaml': agreement('A'),
      'agreement/b.yaml': agreement('B'),
      'agreement/c.yaml': agreement('C'),
      'agreement/d.yaml': agreement('D'),
      'system/molnkontor.yaml': cloud('US'),
      'processing/p.yaml': processing(
        'P',
        'processors:\n  - { name: A, country: NO }\n  - { name: B, country: IS }\n  - { name: C, country: DE }\n  - { name: D, country: US }\nsystems: [molnkontor]\nthirdCountryTransfers:\n  - country: US\n    safeguard: adequacy-decision\n',
      ),
    });
    expect(r.findings).toEqual([]);
  });
});
