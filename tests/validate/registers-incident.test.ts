import { describe, expect, it } from 'vitest';
import { isRestricted } from '../../lib/derive.js';
import { check, INCIDENT, ofRule, system } from './fixtures.js';

// The incident, agreement and training registers: their shapes, references and restriction.

describe('incident, agreement and training registers', () => {
  it('accepts well-formed entries and reads date-times as text', () => {
    const r = check({
      'incident/2026-03-fel-mottagare.yaml': INCIDENT,
      'system/procapita.yaml': system('Procapita', { confidentiality: 2 }),
      'agreement/procapita.yaml':
        'counterparty: Tieto AB\ntype: supplier-contract\nstart: 2020-01-01\nsystems: [procapita]\n',
      'training/2026-medarbetare.yaml':
        'name: Säkert beteende\nkind: training\naudience:\n  group: staff\ndate: 2026-02-28\nparticipation:\n  invited: 100\n  participants: 81\n',
    });
    expect(r.findings).toEqual([]);
    expect(r.registry.entities.incident.get('2026-03-fel-mottagare')?.data.discovered).toBe(
      '2026-03-04 10:15',
    );
  });

  it('rejects a date-time that is not one, a type outside the three, and an exercise with no scenario', () => {
    const r = check({
      'incident/a.yaml': INCIDENT.replace('2026-03-04 10:15', '4 mars kl 10').replace(
        '[confidentiality]',
        '[secrecy]',
      ),
      'training/t.yaml':
        'name: Krisövning\nkind: exercise\naudience:\n  group: crisis-management\ndate: 2026-10-01\n',
    });
    const errors = r.findings.filter((f) => f.severity === 'error');
    expect(errors.map((f) => f.file)).toEqual(
      expect.arrayContaining(['registry/incident/a.yaml', 'registry/training/t.yaml']),
    );
    expect(errors.some((f) => f.file === 'registry/incident/a.yaml' && f.message.includes('secrecy'))).toBe(
      true,
    );
    expect(errors.some((f) => f.file === 'registry/training/t.yaml' && f.message.includes('scenario'))).toBe(
      true,
    );
  });

  it('checks the references of agreements, incidents and trainings', () => {
    const r = check({
      'incident/a.yaml': `${INCIDENT}systems: [procapita]\n`,
      'agreement/x.yaml':
        'counterparty: X AB\ntype: processor-agreement\nstart: 2020-01-01\nprocessing: [ifo]\n',
      'training/t.yaml':
        'name: T\nkind: training\naudience:\n  group: staff\ndate: 2026-02-28\nfulfils: utbildning\n',
    });
    const dangling = ofRule(r, 'dangling-reference');
    expect(dangling.map((f) => `${f.file} ${f.message}`)).toEqual([
      'registry/agreement/x.yaml Behandlingen "ifo" finns inte.',
      'registry/incident/a.yaml Systemet "procapita" finns inte.',
      'registry/training/t.yaml Aktiviteten "utbildning" finns inte.',
    ]);
  });

  it('keeps incidents restricted unless marked restricted: false', () => {
    const r = check({
      'incident/a.yaml': INCIDENT,
      'incident/b.yaml': `${INCIDENT}restricted: false\n`,
      'incident/c.yaml': `${INCIDENT}restricted: false\nprotectedIdentities: true\n`,
    });
    const restricted = (id: string) =>
      isRestricted(r.registry, r.registry.entities.incident.get(id) as never);
    expect([restricted('a'), restricted('b'), restricted('c')]).toEqual([true, false, true]);
  });

  it('keeps an action from a restricted incident restricted, and one from an open incident open', () => {
    const action = (ref: string) =>
      `title: Adressen kontrolleras före utskick\nsource:\n  kind: incident\n  ref: ${ref}\nowner: it-chef\ndue: 2026-06-30\nstatus: planned\n`;
    const r = check({
      'incident/a.yaml': INCIDENT,
      'incident/b.yaml': `${INCIDENT}restricted: false\n`,
      'plan/from-a.yaml': action('a'),
      'plan/from-b.yaml': action('b'),
    });
    const restricted = (id: string) => isRestricted(r.registry, r.registry.entities.plan.get(id) as never);
    expect([restricted('from-a'), restricted('from-b')]).toEqual([true, false]);
  });
});
