// A guidance question asked in a shape ("…, what do I do?", "may I …?") shares that shape with an asker who asks in
// it: a word of the question both use. An asker who leaves the shape out loses nothing, and guidance not asked in
// that shape is scored as before.
import { describe, expect, it } from 'vitest';
import type { Ctx } from '../../lib/answer/context.js';
import type { Entry } from '../../lib/answer/index.js';
import { scoreFaq } from '../../lib/answer/intents/faq.js';
import { analyse } from '../../lib/answer/query.js';
import { NO, registryIndexes, SE, TODAY } from './registry-indexes.js';

const index = registryIndexes([SE, NO]);

function score(question: string, file: string, dir = SE): number {
  const ix = index(dir);
  const q = analyse(question, ix);
  const ctx = { index: ix, q, locale: q.locale, authorised: false, today: TODAY, who: '' } as Ctx;
  const entry = ix.entries.find((e) => e.entity.file === `${dir}/faq/${file}.yaml`) as Entry;
  return scoreFaq(ctx, entry);
}

describe('the shape of a guidance question', () => {
  it('counts when both ask in it', () => {
    // "Noen ber om innsyn i et dokument, hva gjør jeg?" is one of its ways of asking.
    const plain = score('innsyn i et brev fra i fjor', 'innsyn-offentleglova', NO);
    const shaped = score('innsyn i et brev fra i fjor, hva gjør jeg?', 'innsyn-offentleglova', NO);
    expect(shaped).toBeGreaterThan(plain);
  });

  it('changes nothing where the guidance is not asked in that shape', () => {
    const entry = 'privat-molntjanst';
    expect(score('dropbox för jobbfiler, vad gör jag?', entry)).toBeCloseTo(
      score('dropbox för jobbfiler', entry),
      6,
    );
  });
});
