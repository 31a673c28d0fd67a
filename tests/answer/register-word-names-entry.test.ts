// A register's word that is also in a visible entry's name ("breaches" in the procedure for personal data
// breaches) does not turn a question asking for that entry by its own kind's word ("procedure", "rutin") into
// the restricted notice of that register's entries; a question asking the register itself still gets it.
import { describe, expect, it } from 'vitest';
import { answer } from '../../lib/answer/answer.js';
import { registryIndexes, SE, TODAY } from './registry-indexes.js';

const index = registryIndexes([SE]);
const ask = (q: string) => answer(index(SE), q, { today: TODAY });

describe('a register word inside a named entry of another kind', () => {
  it('answers with the entry asked for by its kind’s word', () => {
    for (const q of [
      'is there a procedure for personal data breaches',
      'var hittar jag rutinen för personuppgiftsincidenter?',
    ]) {
      const a = ask(q);
      expect(a.answered, q).toBe(true);
      expect(a.withheld, q).toBe(false);
      expect(a.sources[0]?.file, q).toBe('registry/document/rutin-personuppgiftsincidenter.yaml');
    }
  });
});

describe('a restricted incident described in the everyday word for what happened to it', () => {
  it('gets the notice, and nothing of the incident, for "hacked" where the register says "kapat"', () => {
    const a = ask("was someone's email account hacked in october?");
    expect([a.answered, a.withheld]).toEqual([false, true]);
    expect(a.sources).toEqual([]);
    expect(a.text.toLowerCase()).not.toContain('nätfiske');
    expect(a.text.toLowerCase()).not.toContain('kapat');
  });
});
