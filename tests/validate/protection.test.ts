import { describe, expect, it } from 'vitest';
import { asset, at, check, classification, expectAt, ORG, ofRule, single, system } from './fixtures.js';

const FULL = { confidentiality: 2, integrity: 2, availability: 2, traceability: 2 };

describe('protection-below-classification', () => {
  it('flags one aspect below the classification, at that aspect, naming system, aspect, asset and levels', () => {
    const sText = system('Procapita', FULL);
    const r = check({
      'system/procapita.yaml': sText,
      'asset/journaler.yaml': asset('Sociala journaler', 'systems: [procapita]\n'),
      'classification/journaler.yaml': classification('journaler', '2026-03-01', {
        confidentiality: 3,
        integrity: 2,
      }),
    });
    const f = single(r, 'protection-below-classification');
    expectAt(f, 'system/procapita.yaml', at(sText, 'confidentiality: 2', '2'));
    expect(f).toMatchObject({ severity: 'error', entity: 'system/procapita' });
    expect(f.message).toBe(
      'Procapita har skyddsnivå 2 för konfidentialitet men hanterar "Sociala journaler", klassad 3 (Allvarlig skada).',
    );
    expect(f.hint).toContain('Höj skyddet till 3');
    expect(f.hint).toContain('registry/classification/journaler.yaml');
    expect(r.errors).toBe(1);
  });

  it('is checked per aspect: several aspects below give several findings', () => {
    const r = check({
      'system/procapita.yaml': system('Procapita', FULL),
      'asset/journaler.yaml': asset('J', 'systems: [procapita]\n'),
      'classification/journaler.yaml': classification('journaler', '2026-03-01', {
        confidentiality: 3,
        integrity: 1,
        availability: 3,
        traceability: 2,
      }),
    });
    expect(
      ofRule(r, 'protection-below-classification').map((f) => f.message.split(' för ')[1]?.split(' ')[0]),
    ).toEqual(['konfidentialitet', 'tillgänglighet']);
  });

  it('takes the highest of several assets, and names the asset that sets it', () => {
    const r = check({
      'system/procapita.yaml': system('Procapita', { ...FULL, confidentiality: 3 }),
      'asset/a.yaml': asset('Kontaktuppgifter', 'systems: [procapita]\n'),
      'asset/b.yaml': asset('Utredningar', 'systems: [procapita]\n'),
      'asset/c.yaml': asset('Beslut', 'systems: [procapita]\n'),
      'classification/a.yaml': classification('a', '2026-03-01', { confidentiality: 1 }),
      'classification/b.yaml': classification('b', '2026-03-01', { confidentiality: 4 }),
      'classification/c.yaml': classification('c', '2026-03-01', { confidentiality: 3 }),
    });
    const f = single(r, 'protection-below-classification');
    expect(f.message).toContain('"Utredningar", klassad 4 (Synnerligen allvarlig skada)');
  });

  it('counts only the latest classification of an asset', () => {
    const files = {
      'system/procapita.yaml': system('Procapita', FULL),
      'asset/a.yaml': asset('A', 'systems: [procapita]\n'),
      'classification/a-2024.yaml': classification('a', '2024-05-01', { integrity: 4 }),
      'classification/a-2026.yaml': classification('a', '2026-05-01', { integrity: 2 }),
    };
    expect(ofRule(check(files), 'protection-below-classification')).toEqual([]);
    const raised = {
      ...files,
      'classification/a-2020.yaml': classification('a', '2026-06-01', { integrity: 3 }),
    };
    const f = single(check(raised), 'protection-below-classification');
    expect(f.hint).toContain('registry/classification/a-2020.yaml');
  });

  it('flags an aspect missing from the protection at the protection key, with "–" for the level', () => {
    const sText = system('Procapita', { confidentiality: 3 });
    const r = check({
      'system/procapita.yaml': sText,
      'asset/a.yaml': asset('A', 'systems: [procapita]\n'),
      'classification/a.yaml': classification('a', '2026-05-01', { confidentiality: 3, traceability: 2 }),
    });
    const f = single(r, 'protection-below-classification');
    expectAt(f, 'system/procapita.yaml', at(sText, 'protection:'));
    expect(f.message).toBe(
      'Procapita har skyddsnivå – för spårbarhet men hanterar "A", klassad 2 (Betydande skada).',
    );
  });

  it('skips retired systems but not systems being decommissioned', () => {
    const files = (status: string) => ({
      'system/gamla.yaml': system('Gamla', { confidentiality: 0 }, `status: ${status}\n`),
      'asset/a.yaml': asset('A', 'systems: [gamla]\n'),
      'classification/a.yaml': classification('a', '2026-05-01', { confidentiality: 2 }),
    });
    expect(ofRule(check(files('retired')), 'protection-below-classification')).toEqual([]);
    expect(ofRule(check(files('decommissioning')), 'protection-below-classification')).toHaveLength(1);
  });

  it('is silent when protection meets or exceeds the classification', () => {
    const r = check({
      'system/procapita.yaml': system('Procapita', { ...FULL, confidentiality: 4 }),
      'asset/a.yaml': asset('A', 'systems: [procapita]\n'),
      'classification/a.yaml': classification('a', '2026-05-01', {
        confidentiality: 3,
        integrity: 2,
        availability: 1,
      }),
    });
    expect(r.findings).toEqual([]);
  });

  it('does not repeat an unknown aspect of a classification as a protection problem', () => {
    const r = check({
      'system/procapita.yaml': system('Procapita', FULL),
      'asset/a.yaml': asset('A', 'systems: [procapita]\n'),
      'classification/a.yaml': classification('a', '2026-05-01', { konfidentialitet: 3 }),
    });
    expect(r.findings.map((f) => f.rule)).toEqual(['unknown-aspect']);
  });

  it('uses the aspect and level labels of a custom model, in the locale asked for', () => {
    const org = `${ORG}classification:
  aspects:
    - { id: k, label: Konfidentialitet }
    - { id: t, label: { sv: Tillgänglighet, nb: Tilgjengelighet, en: Availability } }
  levels:
    - { value: 1, label: Låg }
    - { value: 2, label: { sv: Medel, en: Medium } }
    - { value: 3, label: Hög }
`;
    const files = {
      'lisa.yaml': org,
      'system/procapita.yaml': system('Procapita', { k: 3, t: 1 }),
      'asset/a.yaml': asset('A', 'systems: [procapita]\n'),
      'classification/a.yaml': classification('a', '2026-05-01', { k: 3, t: 2 }),
    };
    expect(single(check(files), 'protection-below-classification').message).toBe(
      'Procapita har skyddsnivå 1 för tillgänglighet men hanterar "A", klassad 2 (Medel).',
    );
    expect(single(check(files, { locale: 'en' }), 'protection-below-classification').message).toBe(
      'Procapita is protected at level 1 for availability but handles "A", classified 2 (Medium).',
    );
    // A label without the asked-for language falls back to Swedish.
    expect(single(check(files, { locale: 'nb' }), 'protection-below-classification').message).toContain(
      'klassifisert 2 (Medel)',
    );
  });
});

describe('asset-unclassified', () => {
  it('warns at the name of an asset no classification names', () => {
    const aText = asset('Elevhälsans journaler');
    const r = check({
      'asset/elevhalsa.yaml': aText,
      'asset/b.yaml': asset('B'),
      'classification/b.yaml': classification('b', '2026-01-01', { integrity: 1 }),
    });
    const f = single(r, 'asset-unclassified');
    expectAt(f, 'asset/elevhalsa.yaml', at(aText, 'Elevhälsans journaler'));
    expect(f).toMatchObject({ severity: 'warning', entity: 'asset/elevhalsa' });
    expect(f.message).toBe('"Elevhälsans journaler" har ingen informationsklassning.');
    expect(f.hint).toContain('classification/elevhalsa.yaml');
  });

  it('counts a classification even when that classification has errors of its own', () => {
    const r = check({ 'asset/a.yaml': asset('A'), 'classification/a.yaml': 'asset: a\ndate: 2026-02-30\n' });
    expect(ofRule(r, 'asset-unclassified')).toEqual([]);
  });
});
