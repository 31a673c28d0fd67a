import { expect, it } from 'vitest';
import { validateSources } from '../../lib/validate.js';
import { sources } from '../helpers/sources.js';
import { BASE } from './fixture.js';

it('the fixture registry is clean', () => {
  const r = validateSources('registry', sources(BASE), { today: '2026-11-23' });
  expect(r.findings.map((f) => `${f.file}:${f.line} ${f.rule} ${f.messageId}`)).toEqual([]);
});
