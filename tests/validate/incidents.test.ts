import { describe, expect, it } from 'vitest';
import { personalDetailsIn } from '../../lib/rules/incidents.js';
import { at, check, expectAt, INCIDENT, ofRule, single } from './fixtures.js';

// TODAY is 2026-11-23. A breach discovered Friday 2026-11-20 10:15 must be notified by Monday 10:15.
const BREACH = INCIDENT.replace('2026-03-04 10:15', '2026-11-20 10:15').replace(
  'personalDataBreach: false',
  'personalDataBreach: true',
);

describe('breach-notified-late', () => {
  it('flags a notification 73 hours after discovery with no reason, at notification.at', () => {
    const text = `${BREACH}notification:\n  at: 2026-11-23 11:15\n  reference: IMY-2026-1\n`;
    const f = single(check({ 'incident/a.yaml': text }), 'breach-notified-late');
    expectAt(f, 'incident/a.yaml', at(text, 'at: 2026-11-23 11:15', '2026-11-23 11:15'));
    expect(f.severity).toBe('error');
    expect(f.message).toBe(
      '"Beslut skickat till fel mottagare" anmäldes 73 timmar efter upptäckten, senare än 72 timmar, och skälet till dröjsmålet saknas.',
    );
  });

  it('is silent within 72 hours, and for a late one with a reason', () => {
    const inTime = `${BREACH}notification:\n  at: 2026-11-23 10:15\n  reference: IMY-2026-1\n`;
    const withReason = `${BREACH}notification:\n  at: 2026-11-24 09:00\n  reference: IMY-2026-2\n  reason: Omfattningen klarlades först efter leverantörens logganalys.\n`;
    const r = check({ 'incident/a.yaml': inTime, 'incident/b.yaml': withReason });
    expect(ofRule(r, 'breach-notified-late')).toEqual([]);
  });

  it('reads offsets as written: 10:15+01:00 discovered, 10:15Z notified is 73 hours', () => {
    const text = `${BREACH.replace('2026-11-20 10:15', '2026-11-20T10:15+01:00')}notification:\n  at: 2026-11-23T10:15Z\n`;
    const f = single(check({ 'incident/a.yaml': text }), 'breach-notified-late');
    expect(f.message).toContain('73 timmar');
  });

  it('says it in bokmål', () => {
    const text = `${BREACH}notification:\n  at: 2026-11-25 10:15\n`;
    const r = check({ 'incident/a.yaml': text }, { locale: 'nb' });
    expect(single(r, 'breach-notified-late').message).toContain('ble meldt 120 timer etter oppdagelsen');
  });
});

describe('breach-not-notified', () => {
  it('flags a breach past its 72 hours with neither notification nor reason', () => {
    const text = BREACH.replace('2026-11-20 10:15', '2026-11-19 08:00');
    const f = single(check({ 'incident/a.yaml': text }), 'breach-not-notified');
    expectAt(f, 'incident/a.yaml', at(text, 'personalDataBreach: true', 'true'));
    expect(f.message).toContain('De 72 timmarna gick ut 2026-11-22 08:00');
  });

  it('waits while the 72 hours may still be running today, unless the incident is closed', () => {
    expect(ofRule(check({ 'incident/a.yaml': BREACH }), 'breach-not-notified')).toEqual([]);
    const closed = `${BREACH}closed: 2026-11-21 12:00\n`;
    expect(ofRule(check({ 'incident/a.yaml': closed }), 'breach-not-notified')).toHaveLength(1);
  });

  it('accepts a documented reason or an assessment that harm is unlikely', () => {
    const old = BREACH.replace('2026-11-20 10:15', '2026-01-10 08:00');
    const r = check({
      'incident/a.yaml': `${old}notification:\n  reason: Krypterad enhet, nyckeln röjdes inte.\n`,
      'incident/b.yaml': `${old}consequences:\n  risk: unlikely\n  assessment: Uppgifterna var redan offentliga.\n`,
    });
    expect(ofRule(r, 'breach-not-notified')).toEqual([]);
  });
});

describe('incident-protected-identities-unassessed', () => {
  it('flags protected identities with no consequences, at the flag', () => {
    const text = `${INCIDENT}protectedIdentities: true\n`;
    const f = single(check({ 'incident/a.yaml': text }), 'incident-protected-identities-unassessed');
    expectAt(f, 'incident/a.yaml', at(text, 'protectedIdentities: true', 'true'));
    expect(f.severity).toBe('error');
    const assessed = `${text}consequences:\n  risk: high-risk\n  assessment: Adressen kan ha röjts.\n`;
    expect(
      ofRule(check({ 'incident/a.yaml': assessed }), 'incident-protected-identities-unassessed'),
    ).toEqual([]);
  });
});

describe('incident-open-overdue', () => {
  it('flags an open incident past its expected closure, not a closed one', () => {
    const text = `${INCIDENT}expectedClosure: 2026-11-01\n`;
    const f = single(check({ 'incident/a.yaml': text }), 'incident-open-overdue');
    expectAt(f, 'incident/a.yaml', at(text, 'expectedClosure: 2026-11-01', '2026-11-01'));
    expect(f.message).toBe(
      '"Beslut skickat till fel mottagare" skulle vara avslutad 2026-11-01 men är fortfarande öppen.',
    );
    const closed = `${text}closed: 2026-10-30 16:00\n`;
    const later = `${INCIDENT}expectedClosure: 2026-12-01\n`;
    const r = check({ 'incident/a.yaml': closed, 'incident/b.yaml': later });
    expect(ofRule(r, 'incident-open-overdue')).toEqual([]);
  });
});

describe('incident-personal-details', () => {
  it('finds e-mail addresses, phone numbers and names, and never repeats them', () => {
    const text = INCIDENT.replace(
      'En handläggare skickade',
      'Anna Lindqvist (anna.lindqvist@testvik.se, 070-123 45 67) skickade',
    );
    const found = ofRule(check({ 'incident/a.yaml': text }), 'incident-personal-details');
    expect(found).toHaveLength(1);
    expectAt(found[0], 'incident/a.yaml', at(text, 'description: Anna', 'Anna'));
    expect(found[0]?.message).toBe(
      'Texten i description ser ut att innehålla en e-postadress. En incident beskrivs utan personuppgifter.',
    );
    expect(JSON.stringify(found)).not.toMatch(/Lindqvist|070/);
  });

  it('tells each kind apart', () => {
    expect(personalDetailsIn('Ring 08-123 456 78 om det.', [])).toBe('phone');
    expect(personalDetailsIn('Ring +46 70 123 45 67.', [])).toBe('phone');
    expect(personalDetailsIn('Ring 912 34 567.', [])).toBe('phone');
    expect(personalDetailsIn('Ärendet lämnades till Erik Johansson.', [])).toBe('name');
    expect(personalDetailsIn('Samordnaren karin ekdahl fick larmet.', ['karin ekdahl'])).toBe('name');
    expect(personalDetailsIn('Kontakta kajsa.berg@example.se', [])).toBe('email');
  });

  it('keeps quiet about dates, times, diary numbers, function mailboxes and capitalised words', () => {
    for (const text of [
      'Upptäckt 2026-03-04 kl. 10:15, anmäld 2026-03-05 09:00 (IMY-2026-1234, KS 2022/341).',
      'Anmälan skickades till registrator@sjobacka.se och dataskyddsombud@sjobacka.se.',
      'Microsoft Teams och Google Workspace påverkades; Sankta Maria Kyrka fick ett felaktigt utskick.',
      'Ungefär 1 200 vårdnadshavare berördes, 45 av dem i Socialnämnden.',
      'Per automatik skickades ett utskick; Bo Ramsö är en plats.',
    ])
      expect(personalDetailsIn(text, []), text).toBeUndefined();
  });
});
