import { describe, expect, it } from 'vitest';
import { PROFILES } from '../../lib/country.js';
import { levelLabel } from '../../lib/model.js';
import { ADEQUACY, EEA, inEea } from '../../lib/transfers.js';
import { check, classification, DECIDED, doc, ORG, ofRule, processing, single, system } from './fixtures.js';

// What lisa.yaml's country decides, and the checks that follow from it.

const NORWAY = ORG.replace('locale: sv\n', 'locale: nb\ncountry: "no"\n');
const transfer = (country: string, safeguard: string) =>
  processing('Lønn', `thirdCountryTransfers:\n  - country: ${country}\n    safeguard: ${safeguard}\n`);

describe('transfers: the EEA and adequacy decisions, one list', () => {
  it('knows the EU and the three EEA EFTA states, and nothing else, as the EEA', () => {
    expect(EEA.size).toBe(30);
    for (const c of ['NO', 'IS', 'LI', 'SE', 'DE', 'no']) expect(inEea(c)).toBe(true);
    for (const c of ['US', 'GB', 'CH', 'CN', '']) expect(inEea(c)).toBe(false);
    for (const c of ADEQUACY.keys()) expect(EEA.has(c)).toBe(false);
  });

  it('a transfer inside the EEA needs no safeguard, from Sweden and from Norway', () => {
    for (const country of ['"NO"', 'IS', 'DE', 'LI', 'SE']) {
      expect(
        ofRule(check({ 'processing/p.yaml': transfer(country, 'none') }), 'third-country-without-safeguard'),
      ).toEqual([]);
      expect(
        ofRule(
          check({ 'lisa.yaml': NORWAY, 'processing/p.yaml': transfer(country, 'none') }),
          'third-country-without-safeguard',
        ),
      ).toEqual([]);
    }
  });

  it('a transfer to a third country without a safeguard is still an error, also where the adequacy decision is partial', () => {
    for (const country of ['US', 'CN']) {
      const f = single(
        check({ 'processing/p.yaml': transfer(country, 'none') }),
        'third-country-without-safeguard',
      );
      expect(f.severity).toBe('error');
    }
    // The United Kingdom's decision covers every recipient there.
    expect(
      ofRule(check({ 'processing/p.yaml': transfer('GB', 'none') }), 'third-country-without-safeguard'),
    ).toEqual([]);
  });

  it('warns when a transfer relies on an adequacy decision that does not exist', () => {
    const f = single(
      check({ 'processing/p.yaml': transfer('CN', 'adequacy-decision') }),
      'adequacy-decision-unknown',
    );
    expect(f.message).toContain('CN');
    expect(
      ofRule(
        check({ 'processing/p.yaml': transfer('JP', 'adequacy-decision') }),
        'adequacy-decision-unknown',
      ),
    ).toEqual([]);
  });

  it('the undeclared-transfer check reads the same list: a processor in Norway or Iceland is no transfer', () => {
    const p = (country: string) =>
      processing('Lønn', `processors:\n  - name: Leverandør\n    country: ${country}\n`);
    expect(ofRule(check({ 'processing/p.yaml': p('"NO"') }), 'third-country-undeclared')).toEqual([]);
    expect(ofRule(check({ 'processing/p.yaml': p('IS') }), 'third-country-undeclared')).toEqual([]);
    expect(single(check({ 'processing/p.yaml': p('US') }), 'third-country-undeclared').severity).toBe(
      'warning',
    );
  });
});

describe('who is controller', () => {
  const noController = processing('Lønn').replace('controller: son\n', '');

  it('where each board is controller (se, the default), an activity must name its board', () => {
    const f = single(check({ 'processing/p.yaml': noController }), 'processing-controller-missing');
    expect(f).toMatchObject({ severity: 'error', line: 1 });
    expect(f.message).toContain('nämnd');
  });

  it('where the organisation is controller (no), a committee named as controller is an invented one', () => {
    const f = single(
      check({ 'lisa.yaml': NORWAY, 'processing/p.yaml': processing('Lønn') }),
      'controller-not-a-controller',
    );
    expect(f.message).toBe(
      '«Lønn» oppgir Socialnämnden som behandlingsansvarlig, men her er Testviks kommun behandlingsansvarlig, og Socialnämnden er ikke merket som egen behandlingsansvarlig.',
    );
    const company = NORWAY.replace('    type: committee\n', '    type: company\n    controller: true\n');
    expect(
      ofRule(
        check({ 'lisa.yaml': company, 'processing/p.yaml': processing('Lønn') }),
        'controller-not-a-controller',
      ),
    ).toEqual([]);
    // In Sweden every board is a controller.
    expect(ofRule(check({ 'processing/p.yaml': processing('Lønn') }), 'controller-not-a-controller')).toEqual(
      [],
    );
  });

  it('where the organisation is controller (no), an activity names none, and one register is kept', () => {
    const r = check({ 'lisa.yaml': NORWAY, 'processing/p.yaml': noController });
    expect(r.findings).toEqual([]);
    expect(PROFILES.no.controllerModel).toBe('organisation');
  });
});

describe('names that follow the country', () => {
  it('cites the country’s data protection authority: IMY in Sweden, Datatilsynet in Norway', () => {
    const sensitive = processing('Helse', 'specialCategories: [health]\ndpia:\n  status: planned\n');
    expect(single(check({ 'processing/p.yaml': sensitive }), 'dpia-missing').hint).toContain('IMY kräver');
    const no = single(check({ 'lisa.yaml': NORWAY, 'processing/p.yaml': sensitive }), 'dpia-missing');
    expect(no.hint).toContain('Datatilsynet krever');
    expect(no.hint).not.toContain('IMY');
  });
});

describe('bokmål findings', () => {
  it('tell what a missing field is for, from the same bokmål texts the editor shows', () => {
    const r = check({
      'lisa.yaml': NORWAY,
      'system/s.yaml': 'name: S\nboard: son\nhosting: on-premises\nprotection: {}\n',
    });
    expect(single(r, 'missing-field').hint).toBe('Legg til «owner:». Systemeier (rolle).');
    const en = check(
      { 'system/s.yaml': 'name: S\nboard: son\nhosting: on-premises\nprotection: {}\n' },
      { locale: 'en' },
    );
    expect(single(en, 'missing-field').hint).toBe('Add "owner:". System owner (a role).');
  });
});

describe('hosting against the country it is in', () => {
  const hosted = (hosting: string, country: string) =>
    system('Gerica', { confidentiality: 2 }, `hostingCountry: ${country}\n`).replace(
      'hosting: on-premises',
      `hosting: ${hosting}`,
    );

  it('warns on a Swedish cloud in Norway, a Norwegian cloud elsewhere, an EU cloud outside the EEA', () => {
    for (const [hosting, country] of [
      ['swedish-cloud', '"NO"'],
      ['norwegian-cloud', 'SE'],
      ['eu-cloud', 'US'],
      ['third-country-cloud', 'DE'],
    ] as const) {
      const f = single(check({ 'system/s.yaml': hosted(hosting, country) }), 'hosting-country-mismatch');
      expect(f.severity).toBe('warning');
    }
  });

  it('is silent when they agree, a Norwegian kommune in a Swedish cloud included', () => {
    for (const [hosting, country] of [
      ['norwegian-cloud', '"NO"'],
      ['swedish-cloud', 'SE'],
      ['eu-cloud', 'IE'],
      ['eu-cloud', '"NO"'],
      ['third-country-cloud', 'US'],
    ] as const) {
      expect(
        ofRule(
          check({ 'lisa.yaml': NORWAY, 'system/s.yaml': hosted(hosting, country) }),
          'hosting-country-mismatch',
        ),
      ).toEqual([]);
    }
  });
});

describe('governing documents decided on delegation', () => {
  it('need no board when a role decided them (decidedByRole), and the role must exist', () => {
    const byRole = doc(
      'Retningslinje',
      `${DECIDED.replace('decidedBy: ks', 'decidedByRole: it-chef')}nextReview: 2027-03-10\n`,
    );
    expect(check({ 'document/r.yaml': byRole }).findings.filter((f) => f.severity === 'error')).toEqual([]);
    const unknown = byRole.replace('decidedByRole: it-chef', 'decidedByRole: kommunedirektor');
    expect(single(check({ 'document/r.yaml': unknown }), 'dangling-reference').message).toContain(
      'kommunedirektor',
    );
  });

  it('still need one of the two when decided', () => {
    const neither = doc('Retningslinje', `${DECIDED.replace('decidedBy: ks\n', '')}nextReview: 2027-03-10\n`);
    expect(single(check({ 'document/r.yaml': neither }), 'missing-field').message).toContain('decidedBy');
  });
});

describe('per-aspect scales', () => {
  const model = `classification:
  aspects:
    - id: confidentiality
      label: Konfidensialitet
      levels:
        - { value: 1, label: Åpen }
        - { value: 2, label: Intern }
        - { value: 3, label: Fortrolig }
        - { value: 4, label: Strengt fortrolig }
    - id: integrity
      label: Integritet
  levels:
    - { value: 0, label: Lav }
    - { value: 1, label: Middels }
    - { value: 2, label: Høy }
`;
  const org = `${NORWAY}${model}`;

  it('checks each level against its own aspect’s scale', () => {
    const r = check({
      'lisa.yaml': org,
      'system/s.yaml': system('S', { confidentiality: 0, integrity: 0 }),
    });
    const f = single(r, 'level-out-of-scale');
    expect(f.message).toContain('1, 2, 3, 4');
  });

  it('labels each aspect on its own scale and compares per aspect in the protection rule', () => {
    const r = check({
      'lisa.yaml': org,
      'system/s.yaml': system('S', { confidentiality: 2, integrity: 2 }),
      'asset/a.yaml': 'name: A\nboard: son\nowner: socialchef\nsystems: [s]\n',
      'classification/a.yaml': classification('a', '2026-05-01', { confidentiality: 3, integrity: 1 }),
    });
    const f = single(r, 'protection-below-classification');
    expect(f.message).toContain('Fortrolig');
    expect(r.registry.model.restrictedFrom).toBe(4);
    expect(levelLabel(r.registry.model, 2, 'nb', 'confidentiality')).toBe('Intern');
    expect(levelLabel(r.registry.model, 2, 'nb', 'integrity')).toBe('Høy');
  });

  it('keeps a single-scale model as it was', () => {
    const r = check({ 'system/s.yaml': system('S', { confidentiality: 4 }) });
    expect(ofRule(r, 'level-out-of-scale')).toEqual([]);
    expect(levelLabel(r.registry.model, 3, 'sv', 'confidentiality')).toBe('Allvarlig skada');
  });
});
