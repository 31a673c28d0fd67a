import { describe, expect, it } from 'vitest';
import { planReminders } from '../../lib/remind/plan.js';
import { fixtureRegistry } from './fixture.js';

const AGREEMENT = `counterparty: Sokigo AB
type: supplier-contract
owner: it-chef
start: 2023-10-16
end: 2027-06-30
noticePeriod: 3
`;

function plan(files: Record<string, string>) {
  return planReminders(
    fixtureRegistry(files),
    new Date('2027-01-01T00:00:00+01:00'),
    new Date('2028-01-01T00:00:00+01:00'),
  ).filter((r) => r.kind === 'agreement-notice');
}

describe('agreement-notice reminders', () => {
  it('come reviewLeadDays before the last day to give notice, on the working day before a weekend', () => {
    const out = plan({ 'agreement/sokigo.yaml': AGREEMENT });
    expect(out.map((r) => [r.due, r.to, r.deadline])).toEqual([
      // 2027-06-30 − 3 months = 2027-03-30; 30 days before is Sunday 28 February, so Friday the 26th.
      ['2027-02-26T08:00:00+01:00', 'C0SAKERHET', '2027-03-30'],
    ]);
    expect(out[0]?.text).toContain('Sokigo AB');
    expect(out[0]?.text).toContain('<@U0ITCHEF>');
  });

  it('follow an automatic renewal to the end that comes next', () => {
    const rolling = AGREEMENT.replace(
      'end: 2027-06-30',
      'end: 2026-12-31\nrenewal: automatic\nrenewalMonths: 12',
    );
    const out = plan({ 'agreement/sokigo.yaml': rolling });
    expect(out.map((r) => r.deadline)).toEqual(['2027-09-30']);
  });

  it('go to the owner alone for a restricted agreement, and not at all without an end or notice period', () => {
    const hidden = plan({ 'agreement/sokigo.yaml': `${AGREEMENT}restricted: true\n` });
    expect(hidden.map((r) => [r.via, r.to])).toEqual([['dm', 'U0ITCHEF']]);
    expect(plan({ 'agreement/sokigo.yaml': AGREEMENT.replace('noticePeriod: 3\n', '') })).toEqual([]);
  });
});
