import { describe, expect, it } from 'vitest';
import { isWorkingDay, localDay } from '../../lib/remind/calendar.js';
import { planReminders, type Reminder } from '../../lib/remind/plan.js';
import { fixtureRegistry, org } from './fixture.js';

// The 72-hour reminder runs on the clock, not the office calendar. The clock here is the planning window.
const WITH_DPO = org({
  '  hr-chef:\n':
    '  dso:\n    name: Dataskyddsombud\n    kind: dpo\n    people:\n      - slack: U0DSO\n  hr-chef:\n',
});

// Discovered on Christmas Eve (a Thursday, a day off in Sweden) at 15:30: the 72 hours run over Christmas Day,
// Boxing Day (a Saturday) and end on the Sunday.
const BREACH = `title: Journalutdrag skickat till fel vårdnadshavare
description: En handläggare skickade ett utdrag till fel mottagare.
board: son
discovered: 2026-12-24 15:30
type: [confidentiality]
personalDataBreach: true
`;

function plan(
  incident: string | null,
  from = '2026-12-20T00:00:00+01:00',
  until = '2027-01-10T00:00:00+01:00',
) {
  return planReminders(
    fixtureRegistry({ 'lisa.yaml': WITH_DPO, 'incident/julafton.yaml': incident }),
    new Date(from),
    new Date(until),
  ).filter((r) => r.kind === 'breach-notification');
}

const local = (r: Reminder) => r.due.slice(0, 16);

describe('breach-notification reminders', () => {
  it('reach the DPO and the security coordinator directly at 0, 24, 48, 60 and 69 hours, holidays or not', () => {
    const out = plan(BREACH);
    expect(out.every((r) => r.via === 'dm')).toBe(true);
    expect([...new Set(out.map((r) => r.to))].sort()).toEqual(['U0DSO', 'U0SAMORD']);
    expect([...new Set(out.map(local))]).toEqual([
      '2026-12-24T15:30',
      '2026-12-25T15:30',
      '2026-12-26T15:30',
      '2026-12-27T03:30',
      '2026-12-27T12:30',
    ]);
    // Not one of them on a working day, and none at 08:00.
    expect(out.some((r) => isWorkingDay(localDay(r.sendAt, 'Europe/Stockholm'), 'SE'))).toBe(false);
    const first = out.find((r) => r.to === 'U0DSO' && local(r) === '2026-12-24T15:30') as Reminder;
    expect(first.text).toContain('72 timmar kvar att anmäla');
    expect(first.text).toContain('senast 2026-12-27 15:30');
    expect(first.text).toContain('IMY');
    const last = out.find((r) => r.to === 'U0DSO' && local(r) === '2026-12-27T12:30') as Reminder;
    expect(last.text).toContain('3 timmar kvar');
  });

  it('keep the incident restricted: no channel, hashed keys, a note not to share', () => {
    const out = plan(BREACH);
    expect(out.every((r) => r.restricted && !r.key.includes('julafton'))).toBe(true);
    expect(out.map((r) => r.to)).not.toContain('C0SAKERHET');
    expect(new Set(out.map((r) => r.key)).size).toBe(out.length);
  });

  it('count the 72 hours across the change to summer time', () => {
    // 2027-03-26 22:00 CET + 72 h = 2027-03-29 23:00 CEST: the hours are real hours, not wall-clock ones.
    const out = plan(
      BREACH.replace('2026-12-24 15:30', '2027-03-26 22:00'),
      '2027-03-20T00:00:00+01:00',
      '2027-04-05T00:00:00+02:00',
    );
    expect(out[0]?.text).toContain('senast 2027-03-29 23:00');
  });

  it('stop once the breach is notified, closed or has a reason, and are never sent for other incidents', () => {
    for (const extra of [
      'notification:\n  at: 2026-12-25 10:00\n',
      'notification:\n  reason: Krypterad enhet som raderats på distans.\n',
      'consequences:\n  risk: unlikely\n  assessment: Uppgifterna var redan kända av mottagaren.\n',
      'closed: 2026-12-24 18:00\n',
    ])
      expect(plan(`${BREACH}${extra}`), extra).toEqual([]);
    expect(plan(BREACH.replace('personalDataBreach: true', 'personalDataBreach: false'))).toEqual([]);
    expect(plan(null)).toEqual([]);
  });

  it('only send those whose moment falls in the window', () => {
    const out = plan(BREACH, '2026-12-26T00:00:00+01:00', '2026-12-27T00:00:00+01:00');
    expect([...new Set(out.map(local))]).toEqual(['2026-12-26T15:30']);
    expect(out[0]?.text).toContain('24 timmar kvar');
  });
});
