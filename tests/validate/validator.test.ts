import { describe, expect, it } from 'vitest';
import type { SourceFile } from '../../lib/registry.js';
import { Validator, validateSources } from '../../lib/validate.js';
import { sources } from '../helpers/sources.js';
import { asset, classification, ORG, processing, system, TODAY, told } from './fixtures.js';

const BASE: Record<string, string> = {
  'lisa.yaml': ORG,
  'system/procapita.yaml': system('Procapita', { confidentiality: 3, integrity: 2 }),
  'system/lifecare.yaml': system('Lifecare', { confidentiality: 1 }),
  'asset/journaler.yaml': asset(
    'Journaler',
    'systems: [procapita]\nprocessing: [bistand]\npersonalData:\n  categories: [Hälsa]\n',
  ),
  'classification/journaler.yaml': classification('journaler', '2026-05-01', {
    confidentiality: 3,
    integrity: 2,
  }),
  'processing/bistand.yaml': processing('Bistånd', 'systems: [procapita]\n'),
};

const one = (rel: string, text: string): SourceFile => sources({ [rel]: text })[0] as SourceFile;
const full = (files: Record<string, string>, locale?: 'sv' | 'nb' | 'en') =>
  validateSources('registry', sources(files), { today: TODAY, ...(locale ? { locale } : {}) }).findings;

describe('Validator (incremental)', () => {
  it('gives the same findings after a change as a fresh full run', () => {
    const v = new Validator('registry', { today: TODAY });
    expect(v.validate(sources(BASE)).findings).toEqual([]);

    // The asset moves to a system protected too low: a cross-file finding in a file that did not change.
    const moved = asset(
      'Journaler',
      'systems: [lifecare]\nprocessing: [bistand]\npersonalData:\n  categories: [Hälsa]\n',
    );
    const after = v.update([one('asset/journaler.yaml', moved)]);
    const expected = full({ ...BASE, 'asset/journaler.yaml': moved });
    expect(after.findings).toEqual(expected);
    expect(after.findings.map((f) => `${f.file} ${f.rule}`)).toEqual([
      'registry/system/lifecare.yaml protection-below-classification',
      'registry/system/lifecare.yaml protection-below-classification',
    ]);

    // And back: the finding goes away.
    expect(v.update([one('asset/journaler.yaml', BASE['asset/journaler.yaml'] as string)]).findings).toEqual(
      [],
    );
  });

  it('re-reads a changed file whose path stays the same, and keeps unchanged files', () => {
    const v = new Validator('registry', { today: TODAY });
    v.validate(sources(BASE));
    const broken = v.update([one('system/lifecare.yaml', 'name: [\n')]);
    expect(broken.findings.map((f) => f.rule)).toEqual(['yaml-syntax']);
    const fixed = v.update([one('system/lifecare.yaml', system('Lifecare', {}, 'ownr: x\n'))]);
    expect(fixed.findings).toEqual(
      full({ ...BASE, 'system/lifecare.yaml': system('Lifecare', {}, 'ownr: x\n') }),
    );
  });

  it('adds new files and forgets removed ones, with their findings', () => {
    const v = new Validator('registry', { today: TODAY });
    v.validate(sources(BASE));
    const added = v.update([one('asset/nytt.yaml', asset('Nytt', 'systems: [saknas]\n'))]);
    expect(added.findings.map((f) => f.rule).sort()).toEqual(['asset-unclassified', 'dangling-reference']);
    const removed = v.update([], ['registry/asset/nytt.yaml']);
    expect(removed.findings).toEqual([]);
    // Removing a file others refer to brings out the references left dangling.
    const gone = v.update([], ['registry/processing/bistand.yaml']);
    expect(gone.findings).toEqual(
      full(Object.fromEntries(Object.entries(BASE).filter(([k]) => k !== 'processing/bistand.yaml'))),
    );
    expect(gone.findings.map((f) => f.rule)).toEqual(['dangling-reference']);
  });

  it('keeps its cache when lisa.yaml changes the locale: findings are data, told in the new language', () => {
    const files = { ...BASE, 'system/lifecare.yaml': system('Lifecare', {}, 'ownr: x\n') };
    const v = new Validator('registry', { today: TODAY });
    const sv = v.validate(sources(files));
    expect(told(sv).findings[0]?.message).toBe('Okänt fält "ownr". Menade du "owner"?');
    const en = v.update([one('lisa.yaml', ORG.replace('locale: sv', 'locale: en'))]);
    expect(en.registry.locale).toBe('en');
    expect(told(en).findings[0]?.message).toBe('Unknown field "ownr". Did you mean "owner"?');
    expect(en.findings).toEqual(full({ ...files, 'lisa.yaml': ORG.replace('locale: sv', 'locale: en') }));
    // The schema finding is the one cached with the parsed file, not made again.
    const lifecare = (r: typeof sv) =>
      r.registry.files.find((f) => f.file === 'registry/system/lifecare.yaml');
    expect(lifecare(en)).toBe(lifecare(sv));
    expect(en.findings[0]).toEqual(sv.findings[0]);
  });

  it('validate() replaces the whole set: files not given are gone', () => {
    const v = new Validator('registry', { today: TODAY });
    v.validate(sources({ ...BASE, 'asset/extra.yaml': asset('Extra') }));
    expect(v.validate(sources(BASE)).findings).toEqual([]);
  });

  it('a locale given to the Validator wins over lisa.yaml', () => {
    const v = new Validator('registry', { today: TODAY, locale: 'nb' });
    const r = v.validate(sources({ ...BASE, 'asset/extra.yaml': asset('Extra') }));
    expect(told(r).findings[0]?.message).toBe('«Extra» har ingen klassifisering.');
  });
});
