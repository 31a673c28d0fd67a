import { describe, expect, it } from 'vitest';
import { readRegistryFiles } from '../lib/io/load.js';
import { validateSources } from '../lib/validate.js';

// The example municipality is the demo, the fixture for other tests and what an adopter copies:
// it must be complete and validate clean.
describe('the example registry (Sjöbacka kommun)', async () => {
  const sources = await readRegistryFiles('registry');
  const result = validateSources('registry', sources, { today: '2026-11-23' });
  const { entities, organisation } = result.registry;

  it('validates with no errors and no warnings', () => {
    expect(result.findings.map((f) => `${f.file}:${f.line} ${f.rule} ${f.messageId}`)).toEqual([]);
  });

  it('is as complete as issue 2 asks', () => {
    expect(sources.length).toBeGreaterThanOrEqual(150);
    expect(organisation?.data.boards.length).toBeGreaterThanOrEqual(3);
    expect(entities.system.size).toBeGreaterThanOrEqual(25);
    expect(entities.asset.size).toBeGreaterThanOrEqual(40);
    expect(entities.processing.size).toBeGreaterThanOrEqual(20);
    expect(entities.document.size).toBeGreaterThanOrEqual(12);
    expect(entities.kpi.size).toBeGreaterThanOrEqual(8);
    expect(entities.faq.size).toBeGreaterThanOrEqual(30);
    const classified = new Set([...entities.classification.values()].map((c) => c.data.asset));
    for (const asset of entities.asset.keys()) expect(classified, asset).toContain(asset);
    for (const kpi of entities.kpi.values())
      expect(Object.keys(kpi.data.values).length, kpi.id).toBeGreaterThanOrEqual(6);
    const statuses = [...entities.audit.values()].map((a) => a.data.status).sort();
    expect(statuses).toEqual(['answered', 'answered', 'in-progress']);
    const cycleKinds = new Set([...entities.cycle.values()].map((c) => c.data.kind));
    for (const kind of ['kpi-review', 'board-report', 'exercise', 'training', 'survey', 'awareness-month'])
      expect(cycleKinds).toContain(kind);
  });

  it('names roles, not people, outside lisa.yaml', () => {
    const people = Object.values(organisation?.data.roles ?? {}).flatMap((r) =>
      (r?.people ?? []).map((p) => p.name).filter(Boolean),
    );
    expect(people.length).toBeGreaterThan(0);
    for (const source of sources) {
      if (source.rel === 'lisa.yaml' || source.rel.startsWith('audit/')) continue; // the chair signs the answer by name
      const text = Buffer.from(source.bytes).toString('utf8');
      for (const name of people) expect(text, `${source.rel} names ${name}`).not.toContain(name as string);
    }
  });
});
