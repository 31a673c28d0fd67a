import { describe, expect, it } from 'vitest';
import { Memo } from '../../lib/memo.js';
import { localInstant, localIso, longDate } from '../../lib/remind/calendar.js';

describe('Memo', () => {
  it('makes a value once, and forgets the oldest past its bound', () => {
    const memo = new Memo<number>(3);
    let made = 0;
    const get = (k: string) => memo.get(k, () => ++made);
    expect([get('a'), get('b'), get('a'), get('c')]).toEqual([1, 2, 1, 3]);
    expect(made).toBe(3);
    get('d');
    expect(memo.size).toBe(3);
    // 'a' was the oldest: made again.
    expect(get('a')).toBe(5);
    expect(get('c')).toBe(3);
  });
});

describe('memoised calendar conversions', () => {
  it('give the same answers on repeated calls, across a DST change, and hand out fresh Dates', () => {
    for (let round = 0; round < 2; round++) {
      const winter = localInstant('2026-03-27', '08:00', 'Europe/Stockholm');
      const summer = localInstant('2026-03-30', '08:00', 'Europe/Stockholm');
      expect(winter.toISOString()).toBe('2026-03-27T07:00:00.000Z');
      expect(summer.toISOString()).toBe('2026-03-30T06:00:00.000Z');
      expect(localIso(summer, 'Europe/Stockholm')).toBe('2026-03-30T08:00:00+02:00');
      expect(localIso(summer, 'Europe/Oslo')).toBe('2026-03-30T08:00:00+02:00');
      expect(localIso(winter, 'UTC')).toBe('2026-03-27T07:00:00+00:00');
      expect(longDate('2026-02-16', 'sv')).toBe('16 februari 2026');
      expect(longDate('2026-02-16', 'en')).toBe('16 February 2026');
      // A caller that changes its Date does not change the next caller's.
      winter.setUTCHours(0);
    }
  });
});
