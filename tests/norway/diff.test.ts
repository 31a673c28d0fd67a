import { describe, expect, it } from 'vitest';
import { diffRegistries } from '../../lib/diff.js';
import { readRegistryFiles } from '../../lib/io/load.js';
import { validateSources } from '../../lib/validate.js';

// What a pull request to the Norwegian example means: the kommune's one register is the document affected.
describe('the semantic diff where the kommune is controller', () => {
  it('names the kommune’s register, and the kommune as controller when a committee is dropped', async () => {
    const sources = await readRegistryFiles('examples/fjellvik');
    const base = validateSources('examples/fjellvik', sources, { today: '2026-12-01' }).registry;
    const rel = 'processing/barnehageopptak.yaml';
    const edited = sources.map((s) => {
      if (s.rel !== rel) return s;
      const text = Buffer.from(s.bytes).toString('utf8');
      return { ...s, bytes: new TextEncoder().encode(`${text}controller: formannskapet\n`) };
    });
    const head = validateSources('examples/fjellvik', edited, { today: '2026-12-01' }).registry;
    const forward = diffRegistries(base, head, { today: '2026-12-01' });
    expect(forward.documents.map((d) => d.id)).toContain('processing-register');
    expect(forward.documents.find((d) => d.id === 'processing-register')?.title).toBe(
      'Behandlingsprotokoll – Fjellvik kommune',
    );
    const back = diffRegistries(head, base, { today: '2026-12-01' });
    const change = back.changes.find((c) => c.id === 'barnehageopptak');
    expect(change?.details.map((d) => d.text)).toContain(
      'behandlingsansvarlig: Formannskapet → Fjellvik kommune',
    );
  });
});
