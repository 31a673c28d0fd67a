import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { partIsValid, validatorFor } from '../../lib/schema.js';
// @ts-expect-error: a plain ES module script without types.
import { generateValidators } from '../../scripts/gen-validators.mjs';

describe('the validators compiled ahead of time (lib/validators.gen.ts)', () => {
  it('are what ajv makes of the schemas now: regenerate with `npm run gen:validators`', async () => {
    const committed = readFileSync(path.join(import.meta.dirname, '../../lib/validators.gen.ts'), 'utf8');
    expect((await generateValidators()) === committed, 'lib/validators.gen.ts is stale').toBe(true);
  });

  it('check shapes, formats and lengths as ajv does, with the same errors', () => {
    const system = validatorFor('system');
    expect(system({ name: 'Procapita' })).toBe(false);
    expect(system.errors?.some((e) => e.keyword === 'required')).toBe(true);
    const classification = validatorFor('classification');
    expect(classification({ asset: 'x', date: '2026-02-30', levels: {} })).toBe(false);
    // The format helper is wired in: an impossible date is a format error.
    expect(classification.errors?.some((e) => e.keyword === 'format' && e.params.format === 'date')).toBe(
      true,
    );
    // verbose: each error carries the data it is about, which the messages quote.
    expect(classification.errors?.find((e) => e.keyword === 'format')?.data).toBe('2026-02-30');
  });

  it('check a part of the organisation file on its own, and refuse a part that was not compiled', () => {
    expect(partIsValid('organisation', '/properties/timezone', 42)).toBe(false);
    expect(() => partIsValid('organisation', '/properties/no-such-part', {})).toThrow(/gen-validators/);
  });
});
