// Issue 11 on a registry the answerer was not built on (examples/elvestad): rules that must hold for any
// organisation's registers, with phrasings of our own.
import { describe, expect, it } from 'vitest';
import { answer } from '../../lib/answer/answer.js';
import { registryIndexes, TODAY } from './registry-indexes.js';

const ELVESTAD = 'examples/elvestad';
const index = registryIndexes([ELVESTAD]);
const ask = (q: string) => answer(index(ELVESTAD), q, { today: TODAY });

describe('a compound with a part no register uses', () => {
  it('is found by the parts the registers do use: barnehage|søknader is the kindergarten activity', () => {
    const a = ask('hvilken hjemmel gjelder for barnehagesøknadene?');
    expect(a.answered).toBe(true);
    expect(a.sources[0]?.file).toBe('examples/elvestad/processing/barnehage.yaml');
    expect(ask('hvor lenge lagrer vi barnehagesøknader?').sources[0]?.file).toBe(
      'examples/elvestad/processing/barnehage.yaml',
    );
  });

  it('names nothing when none of its parts is a word of the registers', () => {
    const a = ask('hvem eier snøbrøytingsrodene?');
    expect(a.answered).toBe(false);
    expect(a.sources).toEqual([]);
  });
});
