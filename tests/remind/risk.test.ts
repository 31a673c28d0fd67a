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

  it('sends one digest per owner role and week, reading a period as its last day', () => {
    const r = plan({
      'asset/elevhalsa.yaml': 'name: Elevhälsans journaler\nboard: son\nowner: socialchef\n',
      'risk/elevhalsa.yaml': RISK('asset: elevhalsa', 'Riskanalys elevhälsan', '2027-06-15'),
      'plan/logg.yaml': ACTION('elevhalsa', '2026-Q3'),
      'plan/behorighet.yaml': ACTION('elevhalsa', '2026-10-02').replace(
        'Logguppföljning varje månad',
        'Behörighetsgenomgång',
      ),
      'plan/senare.yaml': ACTION('elevhalsa', '2026-12-15').replace(
        'Logguppföljning varje månad',
        'Senare åtgärd',
      ),
      'plan/klar.yaml': ACTION('elevhalsa', '2026-05-31', 'done\ndone: 2026-05-01'),
    }).filter((x) => x.kind === 'plan-action');
    // 30 Sep and 2 Oct, less the lead days, fall in the same week: one message. 15 Dec is another week.
    expect(r.map((x) => [x.to, x.via, x.deadline])).toEqual([
      ['U0ITCHEF', 'dm', '2026-09-30'],
      ['U0ITCHEF', 'dm', '2026-12-15'],
    ]);
    const first = r[0]?.text ?? '';
    expect(first).toContain('Åtgärder i handlingsplanen som snart ska vara klara');
    expect(first).toContain('2 åtgärder för *IT-chef*');
    expect(first.indexOf('Logguppföljning varje månad')).toBeLessThan(first.indexOf('Behörighetsgenomgång'));
    expect(first).toContain('senast 30 september 2026 (planerad)');
    expect(r[1]?.text).toContain('1 åtgärd för *IT-chef*');
    expect(new Set(r.map((x) => x.key)).size).toBe(2);
  });

  it('reminds of the management review a year on, naming the security coordinator', () => {
    const review = `title: Ledningens genomgång 2025
date: 2025-10-14
participants: [it-chef]
inputs: {}
decisions: []
`;
    const r = plan({ 'review/lg-2025.yaml': review }).filter((x) => x.kind === 'management-review');
    expect(r).toHaveLength(1);
    expect(r[0]?.deadline).toBe('2026-10-14');
    expect(r[0]?.via).toBe('channel');
    expect(r[0]?.text).toContain(
      'Nästa ledningens genomgång av informationssäkerheten ska hållas senast 14 oktober 2026 (förra: 14 oktober 2025).',
    );
    const next = plan({ 'review/lg-2025.yaml': `${review}nextReview: 2026-11-30\n` }).filter(
      (x) => x.kind === 'management-review',
    );
    expect(next.map((x) => x.deadline)).toEqual(['2026-11-30']);
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
