import { describe, expect, it } from 'vitest';
import { planReminders } from '../../lib/remind/plan.js';
import { fixtureRegistry } from './fixture.js';

// Reminders only for what is dated: a commitment with a period in words, or none, has no day to remind of.

const AUDIT = `title: Granskning av skyddade personuppgifter
reportDate: 2025-09-24
boards: [ks]
status: answered
recommendations:
  - id: r1
    board: ks
    text: Ta fram en gemensam rutin.
    plannedActions:
      - id: period
        text: Rutinen kommuniceras på arbetsplatsträffar.
        owner: sakerhetssamordnare
        period: våren 2026
      - id: nothing
        text: Förvaltningarnas instruktioner ses över.
      - id: dated
        text: Kommungemensam riskanalys.
        owner: it-chef
        due: 2026-06-30
decisions:
  - board: ks
    date: 2025-12-09
`;

describe('reminders of audit actions', () => {
  const plan = planReminders(
    fixtureRegistry({ 'audit/brev.yaml': AUDIT }),
    new Date('2026-01-01T00:00:00+01:00'),
    new Date('2027-01-01T00:00:00+01:00'),
  );
  const mine = plan.filter((r) => r.kind === 'action-due' && r.key.includes('audit/brev/'));

  it('remind of a dated action, ahead and while overdue', () => {
    expect(mine.map((r) => r.deadline)).toEqual(['2026-06-30']);
    expect(mine[0]?.text).toContain('Kommungemensam riskanalys');
    const digests = plan.filter((r) => r.kind === 'action-due' && r.key.includes('audit/overdue'));
    expect(digests.some((r) => r.text.includes('Kommungemensam riskanalys'))).toBe(true);
  });

  it('never remind of one with only a period or no date at all', () => {
    expect(mine.filter((r) => r.deadline !== '2026-06-30')).toEqual([]);
    const texts = plan.filter((r) => r.kind === 'action-due').map((r) => r.text);
    for (const t of texts) {
      expect(t).not.toContain('Rutinen kommuniceras');
      expect(t).not.toContain('Förvaltningarnas instruktioner');
    }
  });
});
