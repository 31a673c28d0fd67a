import { afterAll, describe, expect, it } from 'vitest';
import { lisa, registryOnDisk, removeRegistries } from '../cli/helpers.js';

// A system or information asset without a board: the kommune's own in Norway, an error in Sweden, where each
// board answers for its systems and information.

afterAll(removeRegistries);

const org = (country: string) => `name: Nordvik kommune
${country}
boards:
  - { id: formannskapet, name: Formannskapet, type: executive-board }
roles:
  it-sjef: { name: IT-sjef, kind: system-owner }
`;
const SYSTEM = `name: Active Directory
owner: it-sjef
hosting: on-premises
protection: { confidentiality: 2 }
`;
const ASSET = `name: Brukerkontoer
owner: it-sjef
`;

async function findings(country: string) {
  const cwd = registryOnDisk({
    'lisa.yaml': org(country),
    'system/active-directory.yaml': SYSTEM,
    'asset/brukerkontoer.yaml': ASSET,
  });
  const run = await lisa(['validate', '--format', 'json', '--today', '2026-12-01'], { cwd });
  return JSON.parse(run.stdout) as { errors: number; findings: { rule: string; file: string }[] };
}

describe('board-missing', () => {
  it('Norway: no board is the kommune itself, no finding', async () => {
    const r = await findings('country: "no"');
    expect(r.findings.filter((f) => f.rule === 'board-missing')).toEqual([]);
  });

  it('Sweden: each system and asset names its board', async () => {
    const r = await findings('');
    const missing = r.findings.filter((f) => f.rule === 'board-missing').map((f) => f.file);
    expect(missing.sort()).toEqual([
      'registry/asset/brukerkontoer.yaml',
      'registry/system/active-directory.yaml',
    ]);
    expect(r.errors).toBeGreaterThanOrEqual(2);
  });
});
