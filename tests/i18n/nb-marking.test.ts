import { describe, expect, it } from 'vitest';
import { catalogue as nb } from '../../lib/i18n/nb/index.js';
import { WRONG_MARKING } from '../norway/swedish.js';

// "Begrenset" is a security grade under sikkerhetsloven; lisa marks a restricted entry "skjermet" in bokmål.
// The PR comment and the diff once said "begrenset oppføring" where the documents said "skjermet".
describe('the bokmål catalogue', () => {
  it('marks restricted entries "skjermet", never "begrenset"', () => {
    const wrong = Object.entries(nb).filter(([, text]) => WRONG_MARKING.test(text));
    expect(wrong).toEqual([]);
  });
});
