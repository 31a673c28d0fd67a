import { describe, expect, it } from 'vitest';
import { planReminders } from '../../lib/remind/plan.js';
import { FILES, fixtureRegistry, org } from './fixture.js';

// Training and exercises fall due with the yearly-cycle activity they fulfil: the working day after its date,
// once per occurrence, unless training/ (or the cycle's own `completed`) records it.

const TRAINING = `name: Säkert beteende
kind: training
months: [2]
day: 28
owner: hr-chef
`;

function plan(
  files: Record<string, string | null>,
  from = '2026-01-01T00:00:00+01:00',
  until = '2027-01-01T00:00:00+01:00',
) {
  return planReminders(fixtureRegistry(files), new Date(from), new Date(until));
}

const due = (files: Record<string, string | null>, from?: string, until?: string) =>
  plan(files, from, until).filter((r) => r.kind === 'training-due');

describe('training-due reminders', () => {
  it('come the working day after an unrecorded occurrence, to the channel naming the owner', () => {
    // 2026-02-28 is a Saturday; the next working day is Monday 2 March. The exercise of 20 November
    // (a Friday) is reminded on Monday the 23rd.
    const out = due({ 'cycle/utbildning.yaml': TRAINING });
    expect(out.map((r) => [r.due, r.to, r.deadline])).toEqual([
      ['2026-03-02T08:00:00+01:00', 'C0SAKERHET', '2026-02-28'],
      ['2026-11-23T08:00:00+01:00', 'C0SAKERHET', '2026-11-20'],
    ]);
    expect(out[0]?.text).toContain('Utbildning ej registrerad: Säkert beteende');
    expect(out[0]?.text).toContain('`fulfils: utbildning`');
    // Register text is escaped: the exercise's name cannot ping the channel.
    expect(out[1]?.text).toContain('Krisövning &lt;!channel&gt;');
    expect(out[1]?.text).not.toContain('<!channel>');
  });

  it('are not sent, nor the cycle’s own reminder ahead, once training/ records the occurrence', () => {
    const held = {
      'cycle/utbildning.yaml': TRAINING,
      'training/2026.yaml': `name: Säkert beteende 2026
kind: training
audience: { group: staff }
date: 2026-02-01
participation: { invited: 10, participants: 8 }
fulfils: utbildning
`,
    };
    const all = plan(held);
    expect(all.filter((r) => r.entity.id === 'utbildning').map((r) => r.kind)).toEqual([]);
    // A record from last year does not fulfil this year's: 2027's occurrence is reminded, with the last share.
    const next = due(held, '2027-01-01T00:00:00+01:00', '2028-01-01T00:00:00+01:00').filter(
      (r) => r.entity.id === 'utbildning',
    );
    expect(next.map((r) => r.deadline)).toEqual(['2027-02-28']);
    expect(next[0]?.text).toContain('Senast registrerad: 1 februari 2026, 80 % deltog.');
  });

  it('count a completed record in the cycle as well', () => {
    const out = due({
      'cycle/ovning.yaml': `${FILES['cycle/ovning.yaml']}completed:\n  - date: 2026-11-19\n`,
    });
    expect(out).toEqual([]);
  });

  it('go exactly once: a window split in two plans the same key once', () => {
    const files = { 'cycle/utbildning.yaml': TRAINING };
    const whole = due(files).map((r) => r.key);
    const halves = [
      ...due(files, '2026-01-01T00:00:00+01:00', '2026-03-02T08:00:00+01:00'),
      ...due(files, '2026-03-02T08:00:00+01:00', '2027-01-01T00:00:00+01:00'),
    ].map((r) => r.key);
    expect(halves).toEqual(whole);
    expect(new Set(whole).size).toBe(whole.length);
  });

  it('speak bokmål', () => {
    const lisa = org({ 'locale: sv': 'locale: nb' });
    const out = due({ 'lisa.yaml': lisa, 'cycle/utbildning.yaml': TRAINING });
    expect(out[0]?.text).toContain('Opplæring ikke registrert: Säkert beteende');
  });
});

describe('breach-notification reminders name the country’s authority', () => {
  it('IMY for a Swedish registry in bokmål, Datatilsynet for a Norwegian one', () => {
    const breach = `title: Utdrag till fel mottagare
description: Fel mottagare.
discovered: 2026-12-24 15:30
type: [confidentiality]
personalDataBreach: true
`;
    const run = (lisa: string) =>
      plan(
        { 'lisa.yaml': lisa, 'incident/a.yaml': breach },
        '2026-12-20T00:00:00+01:00',
        '2027-01-10T00:00:00+01:00',
      ).filter((r) => r.kind === 'breach-notification');
    const se = run(org({ 'locale: sv': 'locale: nb' }));
    expect(se[0]?.text).toContain('Melding til IMY');
    expect(se.every((r) => r.via === 'dm')).toBe(true);
    const no = run(org({ 'locale: sv': 'locale: nb\ncountry: no' }));
    expect(no[0]?.text).toContain('Melding til Datatilsynet');
  });
});
