import { describe, expect, it } from 'vitest';
import { timeZoneOf } from '../../lib/country.js';
import { buildRegistry } from '../../lib/registry.js';
import { remindSettings } from '../../lib/remind/plan.js';
import { ORG, sources } from '../helpers/sources.js';

// The defaults that follow from lisa.yaml's country when it does not spell them out.
describe('country defaults', () => {
  const registry = (org: string) => buildRegistry('registry', sources({ 'lisa.yaml': org }), 'sv');

  it('Norway: Europe/Oslo and Norwegian holidays, even for a registry written in Swedish or English', () => {
    for (const locale of ['sv', 'en', 'nb']) {
      const org = ORG.replace('locale: sv\n', `locale: ${locale}\ncountry: "no"\n`);
      const s = remindSettings(registry(org));
      expect(s.timeZone).toBe('Europe/Oslo');
      expect(s.country).toBe('NO');
    }
    expect(timeZoneOf({ country: 'no' })).toBe('Europe/Oslo');
  });

  it('Sweden, and a registry that names no country: Europe/Stockholm and Swedish holidays', () => {
    const s = remindSettings(registry(ORG));
    expect(s).toMatchObject({ timeZone: 'Europe/Stockholm', country: 'SE' });
    expect(timeZoneOf(undefined)).toBe('Europe/Stockholm');
  });

  it('a time zone of its own wins over the country’s', () => {
    const org = ORG.replace('locale: sv\n', 'locale: sv\ncountry: "no"\ntimezone: Europe/Stockholm\n');
    expect(remindSettings(registry(org))).toMatchObject({ timeZone: 'Europe/Stockholm', country: 'NO' });
  });
});
