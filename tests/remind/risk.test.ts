import { describe, expect, it } from 'vitest';
import { planReminders, type Reminder } from '../../lib/remind/plan.js';
import { fixtureRegistry } from './fixture.js';

const FROM = new Date('2026-01-01T00:00:00+01:00');
const UNTIL = new Date('2027-01-01T00:00:00+01:00');

const RISK = (object: string, title: string, nextReview: string) => `title: ${title}
object:
  ${object}
date: 2025-06-01
participants: [socialchef]
scenarios:
  - id: r1
    threat: Obehörig läser akter.
    likelihood: 3
    consequence: 3
    treatment: reduce
    actions: [logg]
nextReview: ${nextReview}
`;

const ACTION = (ref: string, due: string, status = 'planned') => `title: Logguppföljning varje månad
source: { kind: risk, ref: ${ref}, item: r1 }
owner: it-chef
due: ${due}
status: ${status}
`;

function plan(changes: Record<string, string>): Reminder[] {
  return planReminders(fixtureRegistry(changes), FROM, UNTIL);
}

describe('reminders for risk analyses and the action plan', () => {
  it('reminds of a risk analysis falling due for review, to the owner of what it is about', () => {
    const r = plan({
      'asset/elevhalsa.yaml': 'name: Elevhälsans journaler\nboard: son\nowner: socialchef\n',
      'risk/elevhalsa.yaml': RISK('asset: elevhalsa', 'Riskanalys elevhälsan', '2026-06-15'),
    }).filter((x) => x.kind === 'risk-review');
    expect(r).toHaveLength(1);
    // 15 June − 30 days = Saturday 16 May → Friday 15 May.
    expect(r[0]?.due).toBe('2026-05-15T08:00:00+02:00');
    expect(r[0]?.to).toBe('C0SAKERHET');
    expect(r[0]?.text).toContain(
      '*Riskanalys elevhälsan* ska ses över senast 15 juni 2026. Ansvarig: *Socialchef*',
    );
  });

  it('reminds the owner of an action by direct message, reading a period as its last day', () => {
    const r = plan({
      'asset/elevhalsa.yaml': 'name: Elevhälsans journaler\nboard: son\nowner: socialchef\n',
      'risk/elevhalsa.yaml': RISK('asset: elevhalsa', 'Riskanalys elevhälsan', '2027-06-15'),
      'plan/logg.yaml': ACTION('elevhalsa', '2026-Q3'),
      'plan/klar.yaml': ACTION('elevhalsa', '2026-05-31', 'done\ndone: 2026-05-01'),
    }).filter((x) => x.kind === 'plan-action');
    expect(r.map((x) => [x.to, x.via, x.deadline])).toEqual([['U0ITCHEF', 'dm', '2026-09-30']]);
    expect(r[0]?.text).toContain(
      'Åtgärden ska vara klar senast 30 september 2026: Logguppföljning varje månad',
    );
  });

  it('keeps a risk about a restricted entry, and its actions, out of the channel', () => {
    const all = plan({
      'risk/skyddat-boende.yaml': RISK('asset: skyddat-boende', 'Riskanalys skyddat boende', '2026-06-15'),
      'plan/logg.yaml': ACTION('skyddat-boende', '2026-09-30'),
    });
    const mine = all.filter((x) => x.kind === 'risk-review' || x.kind === 'plan-action');
    expect(mine.length).toBeGreaterThanOrEqual(2);
    for (const x of mine) {
      expect(x.restricted || !x.text.includes('skyddat boende'), x.key).toBe(true);
      if (x.via === 'channel') expect(x.text).not.toContain('skyddat');
      expect(x.key).not.toContain('skyddat');
    }
  });
});
