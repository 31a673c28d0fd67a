import { describe, expect, it } from 'vitest';
import { organisationOf, organisationTimeZone, organisationToday } from '../../lib/facts/today.js';

const file = (rel: string, text: string) => ({
  file: `registry/${rel}`,
  rel,
  bytes: new TextEncoder().encode(text),
});

describe('today for the organisation', () => {
  // 2026-12-31 23:30 UTC is already New Year's Day in Stockholm and Oslo, still the 31st in London.
  const now = new Date('2026-12-31T23:30:00Z');

  it("is the day in lisa.yaml's time zone, else its country's, else Stockholm's", () => {
    expect(organisationToday({ timezone: 'Europe/London' }, now)).toBe('2026-12-31');
    expect(organisationToday({ country: 'no' }, now)).toBe('2027-01-01');
    expect(organisationTimeZone({ country: 'no' })).toBe('Europe/Oslo');
    expect(organisationTimeZone({ timezone: 'Mars/Olympus', country: 'no' })).toBe('Europe/Oslo');
    expect(organisationTimeZone({ timezone: 42 })).toBe('Europe/Stockholm');
    expect(organisationTimeZone(undefined)).toBe('Europe/Stockholm');
  });

  it('reads lisa.yaml or lisa.yml before the registry is built, with or without a byte-order mark', () => {
    const yml = [file('lisa.yml', '\uFEFFname: X\ntimezone: Europe/London\n')];
    expect(organisationToday(organisationOf(yml), now)).toBe('2026-12-31');
    const yaml = [file('lisa.yaml', 'name: X\ncountry: no\n'), file('lisa.yml', 'timezone: Europe/London\n')];
    expect(organisationTimeZone(organisationOf(yaml))).toBe('Europe/Oslo');
    expect(organisationOf([file('lisa.yaml', 'a: [unclosed\n')])).toBeUndefined();
    expect(organisationOf([])).toBeUndefined();
  });
});
