import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { removeTempDirs, run, TODAY, tempDir } from '../adopt/helpers.js';
import { swedishIn, WRONG_MARKING } from './swedish.js';

// `lisa init --country no`: a kommune's registry in bokmål, shaped as kommuneloven has it — the kommune is the
// controller with the kommunedirektør's delegated responsibility, kommunestyret the council, formannskapet the
// executive board wherever it is listed, the roles the administration's — and no Swedish word in any file.

afterAll(removeTempDirs);

function files(dir: string, base = dir): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? files(p, base) : [path.relative(base, p)];
  });
}

describe('lisa init --country no', () => {
  it('names the bodies as kommuneloven does, delegates to the kommunedirektør and validates clean', async () => {
    const dir = tempDir();
    const init = await run(
      [
        'init',
        '--yes',
        '--country',
        'no',
        '--name',
        'Nordvik kommune',
        '--boards',
        'Hovedutvalg for oppvekst, Formannskapet, Kommunestyret, Kontrollutvalget',
        '--coordinator',
        'Kari Nordmann <kari.nordmann@nordvik.kommune.example>',
        '--today',
        TODAY,
      ],
      dir,
    );
    expect(init.stderr).toBe('');
    expect(init.code).toBe(0);
    const org = parse(readFileSync(path.join(dir, 'registry/lisa.yaml'), 'utf8'));
    expect(org).toMatchObject({ locale: 'nb', country: 'no', timezone: 'Europe/Oslo' });
    expect(org.controller).toEqual({ dpo: 'personvernombud', delegatedTo: 'kommunedirektor' });
    expect(Object.fromEntries(org.boards.map((b: { id: string; type: string }) => [b.id, b.type]))).toEqual({
      'hovedutvalg-for-oppvekst': 'committee',
      formannskapet: 'executive-board',
      kommunestyret: 'council',
      kontrollutvalget: 'committee',
    });
    expect(org.roles.kommunedirektor).toMatchObject({ name: 'Kommunedirektør', kind: 'manager' });
    // The roles are the administration's: none belongs to a political body.
    for (const [id, role] of Object.entries(org.roles))
      expect(role as object, id).not.toHaveProperty('board');

    const validate = await run(['validate', '--today', TODAY], dir);
    expect(validate.stdout).toContain('Ingen problemer');
    expect(validate.code).toBe(0);
    const render = await run(['render', '--format', 'html', '--today', TODAY], dir);
    expect(render.code).toBe(0);
    const yearly = readFileSync(path.join(dir, 'out/yearly-report.html'), 'utf8');
    expect(yearly).toContain('Formannskapet');

    for (const f of files(dir).filter((f) => !f.startsWith('out/'))) {
      // Labels carry their Swedish too ({ nb: Integritet, sv: Riktighet }), for a Swedish reader's documents.
      const text = readFileSync(path.join(dir, f), 'utf8').replace(/\bsv: [^,}]+/g, '');
      expect(swedishIn(text), f).toEqual([]);
      expect(text, f).not.toMatch(WRONG_MARKING);
    }
  });
});
