// Hardening 9.4: a personal identity number a finding would quote (a schema finding on an enum value, an
// unknown key, a date, a reference) is masked in every output the CLI makes, not only in the PR comment.
import { afterAll, describe, expect, it } from 'vitest';
import { lisa, registryOnDisk, removeRegistries } from '../cli/helpers.js';
import { ORG, system } from '../validate/fixtures.js';

afterAll(removeRegistries);

// 811218-9876 is a valid personnummer (Luhn); it stands where an enum value, a key, a date and a reference go.
const NUMBER = '811218-9876';
const DIGITS = /811218.?9876/;
const FILES = {
  'lisa.yaml': ORG,
  'system/procapita.yaml': system('Procapita', { confidentiality: 2 }).replace(
    'hosting: on-premises',
    `hosting: ${NUMBER}`,
  ),
  'system/lifecare.yaml': `${system('Lifecare', {})}${NUMBER}: x\nsupplier: Tieto\n`.replace(
    'board: son',
    `board: '${NUMBER}'`,
  ),
};

describe('identity numbers in findings of other rules', () => {
  const cwd = registryOnDisk(FILES);
  for (const format of ['text', 'json', 'sarif'] as const)
    it(`are masked in --format ${format}`, async () => {
      const r = await lisa(['validate', 'registry', '--format', format, '--today', '2026-11-23'], { cwd });
      expect(r.code).toBe(1);
      // The other findings are still there, only the number in them is masked…
      expect(r.stdout).toContain('invalid-value');
      expect(r.stdout).toContain('[•••]');
      // …and the number's own finding says where it is, without it.
      expect(r.stdout).toContain('identity-number');
      expect(r.stdout).not.toMatch(DIGITS);
    });
});
