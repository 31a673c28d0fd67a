import { describe, expect, it } from 'vitest';
import { reviewQuarter as quarterBefore } from '../../lib/facts/quarters.js';
import { registryPath } from '../../lib/facts/repository.js';
import { localInstant } from '../../lib/remind/calendar.js';
import { planReminders, type Reminder } from '../../lib/remind/plan.js';
import { validateSources } from '../../lib/validate.js';
import { FILES, fixtureRegistry, fixtureSources, org } from './fixture.js';

const YEAR_FROM = new Date('2026-01-01T00:00:00+01:00');
const YEAR_UNTIL = new Date('2027-01-01T00:00:00+01:00');

function year(changes: Record<string, string | null> = {}): Reminder[] {
  return planReminders(fixtureRegistry(changes), YEAR_FROM, YEAR_UNTIL);
}

function find(plan: Reminder[], kind: string, to: string, deadline?: string): Reminder {
  const r = plan.find((x) => x.kind === kind && x.to === to && (!deadline || x.deadline === deadline));
  if (!r)
    throw new Error(
      `no ${kind} to ${to} ${deadline ?? ''}\n${plan.map((x) => `${x.due} ${x.kind} ${x.to} ${x.deadline}`).join('\n')}`,
    );
  return r;
}

const RESTRICTED_WORDS = [
  'Röjda skyddade adresser',
  'skyddade-adresser',
  'Adresser till skyddat boende',
  'skyddat-boende',
];

describe('planning reminders', () => {
  it('works on a registry that validates clean', () => {
    const result = validateSources('registry', fixtureSources(), { today: '2026-01-10' });
    expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('is deterministic, with unique keys, and a window plans the same as the year cut into pieces', () => {
    const a = year();
    const b = year();
    expect(a.map((r) => r.key)).toEqual(b.map((r) => r.key));
    expect(new Set(a.map((r) => r.key)).size).toBe(a.length);
    const registry = fixtureRegistry();
    const pieces: Reminder[] = [];
    for (let m = 1; m <= 12; m++) {
      const from = localInstant(`2026-${String(m).padStart(2, '0')}-01`, '00:00', 'Europe/Stockholm');
      const until =
        m === 12
          ? YEAR_UNTIL
          : localInstant(`2026-${String(m + 1).padStart(2, '0')}-01`, '00:00', 'Europe/Stockholm');
      pieces.push(...planReminders(registry, from, until));
    }
    expect(pieces.map((r) => r.key)).toEqual(a.map((r) => r.key));
    for (const r of a) {
      expect(r.sendAt >= YEAR_FROM && r.sendAt < YEAR_UNTIL).toBe(true);
      expect(r.due).toMatch(/^2026-\d{2}-\d{2}T08:00:00\+0[12]:00$/);
    }
  });

  it('follows up last quarter at each KPI review: channel summary with owners and missing values, DMs with their own KPIs', () => {
    const plan = year();
    // 15 February − 14 days = Sunday 1 February → Friday 30 January.
    const channel = find(plan, 'kpi-review', 'C0SAKERHET', '2026-02-15');
    expect(channel.due).toBe('2026-01-30T08:00:00+01:00');
    expect(channel.key).toBe('kpi-review:cycle/kvartalsuppfoljning:2026-02-15:channel');
    expect(channel.text).toContain('Kvartalsuppföljning av nyckeltal kv. 4 2025');
    expect(channel.text).toContain('senast 15 februari 2026');
    expect(channel.text).toContain('*Värden som saknas för kv. 4 2025* (2 av 3)');
    expect(channel.text).toContain('|Dagar till kritisk patch> – *IT-chef* (<@U0ITCHEF>)');
    expect(channel.text).toContain(
      'Ett begränsat nyckeltal (detaljer bara i direktmeddelande) – *Socialchef* (<@U0SOCIAL>)',
    );
    expect(channel.text).toContain('*Rapporterade* (1): Andel som genomfört Säkert beteende');
    expect(channel.text).toContain('<https://github.com/testvik/lis/tree/main/registry/kpi|kpi/>');

    const itChef = find(plan, 'kpi-review', 'U0ITCHEF', '2026-02-15');
    expect(itChef.via).toBe('dm');
    expect(itChef.text).toContain(
      '<https://github.com/testvik/lis/edit/main/registry/kpi/patchning.yaml|Dagar till kritisk patch>',
    );
    expect(itChef.text).not.toContain('Röjda');
    expect(itChef.restricted).toBe(false);
    // The restricted KPI's owner is told its name, in private.
    const social = find(plan, 'kpi-review', 'U0SOCIAL', '2026-02-15');
    expect(social.text).toContain('Röjda skyddade adresser');
    expect(social.restricted).toBe(true);
    // HR's KPI has its value, and HR has nobody in Slack: no message.
    expect(plan.filter((r) => r.kind === 'kpi-review' && r.deadline === '2026-02-15')).toHaveLength(3);

    // In May, 2026-Q1 is followed up and nothing is reported yet.
    const may = find(plan, 'kpi-review', 'C0SAKERHET', '2026-05-15');
    expect(may.due).toBe('2026-04-30T08:00:00+02:00');
    expect(may.text).toContain('(3 av 3)');
    expect(may.text).toContain('|Andel som genomfört Säkert beteende> – *HR-chef*');
  });

  it('says so when every value is in', () => {
    const full = FILES['kpi/patchning.yaml']?.replace('  2025-Q3: 20', '  2025-Q3: 20\n  2025-Q4: 12') ?? '';
    const plan = year({ 'kpi/patchning.yaml': full, 'kpi/skyddade-adresser.yaml': null });
    const channel = find(plan, 'kpi-review', 'C0SAKERHET', '2026-02-15');
    expect(channel.text).toContain('Alla 2 nyckeltal har värden för kv. 4 2025.');
    expect(plan.filter((r) => r.kind === 'kpi-review' && r.deadline === '2026-02-15')).toHaveLength(1);
  });

  it('reminds of each yearly-cycle activity, with its own lead days, escaping what the register says', () => {
    const plan = year();
    // 6 September − 21 days = Sunday 16 August → Friday 14 August.
    const survey = find(plan, 'cycle', 'C0SAKERHET', '2026-09-06');
    expect(survey.due).toBe('2026-08-14T08:00:00+02:00');
    expect(survey.text).toContain(
      '*Infosäkkollen* ska vara klar senast 6 september 2026. Ansvarig: *Informationssäkerhetssamordnare* (<@U0SAMORD>).',
    );
    expect(survey.text).toContain(
      'Redigera: <https://github.com/testvik/lis/edit/main/registry/cycle/infosakkollen.yaml|cycle/infosakkollen.yaml>',
    );
    // Default lead (14 days) and a name that tries to ping everyone.
    const exercise = find(plan, 'cycle', 'C0SAKERHET', '2026-11-20');
    expect(exercise.due).toBe('2026-11-06T08:00:00+01:00');
    expect(exercise.text).toContain('Krisövning &lt;!channel&gt;');
    expect(exercise.text).not.toContain('<!channel>');
    expect(exercise.blocks[0]).toEqual({
      type: 'header',
      text: { type: 'plain_text', text: 'Årshjulet: Krisövning <!channel>' },
    });
    expect(exercise.text).toContain('Berörda nämnder: Kommunstyrelsen, Socialnämnden.');
  });

  it('reminds of planned audit actions: ahead to the owner, then weekly to the channel while overdue', () => {
    const plan = year();
    const ahead = find(plan, 'action-due', 'U0SAMORD', '2026-04-30');
    expect(ahead.due).toBe('2026-04-16T08:00:00+02:00');
    expect(ahead.via).toBe('dm');
    expect(ahead.text).toContain('Ta fram en kommunikationsplan');
    // An owner nobody in Slack holds: the channel names the role instead.
    const hr = find(plan, 'action-due', 'C0SAKERHET', '2026-03-31');
    expect(hr.due).toBe('2026-03-17T08:00:00+01:00');
    expect(hr.text).toContain('*HR-chef*');

    // Weekly while overdue: one digest every Monday, listing every overdue action.
    const digests = plan.filter(
      (r) => r.kind === 'action-due' && r.via === 'channel' && r.key.startsWith('action-due:audit/overdue:'),
    );
    expect(digests[0]?.key).toBe('action-due:audit/overdue:2026-04-06:channel');
    // Easter Monday 6 April is off: the first digest goes out on Maundy Thursday.
    expect(digests[0]?.due).toBe('2026-04-02T08:00:00+02:00');
    expect(digests[0]?.text).toContain('Försenade åtgärder (1)');
    expect(digests[0]?.text).toContain(
      '|Gör utbildningen obligatorisk> – skulle vara klar 31 mars 2026 (2 dagar sedan), pågår. Ansvarig: *HR-chef*.',
    );
    expect(digests[1]?.due).toBe('2026-04-13T08:00:00+02:00');
    const may = digests.find((r) => r.due.startsWith('2026-05-11'));
    expect(may?.text).toContain('Försenade åtgärder (2)');
    expect(may?.text).toMatch(/Gör utbildningen obligatorisk.*\n.*Ta fram en kommunikationsplan/);
    expect(may?.users).toEqual(['U0SAMORD']);
    // Mondays only, each on a working day, every week to the end of the year.
    expect(digests).toHaveLength(39);
    for (const r of digests)
      expect(
        ['2026-04-02', '2026-05-25'].includes(r.due.slice(0, 10)) || new Date(r.due).getUTCDay() === 1,
      ).toBe(true);
    expect(digests.at(-1)?.due.slice(0, 10)).toBe('2026-12-28');
    // Done and cancelled actions are left alone.
    expect(plan.some((r) => r.key.includes('/klar:') || r.text.includes('Redan klar'))).toBe(false);
  });

  it('stops reminding when the action is done or the audit closed', () => {
    const audit = FILES['audit/granskning-2025.yaml'] ?? '';
    const done = audit.replace(
      /due: 2026-04-30\n {8}status: planned/,
      'due: 2026-04-30\n        status: done\n        done: 2026-05-20',
    );
    const withDone = year({ 'audit/granskning-2025.yaml': done });
    expect(
      withDone.some((r) => r.key.includes('/kommunikationsplan:') || r.text.includes('kommunikationsplan')),
    ).toBe(false);
    expect(withDone.some((r) => r.text.includes('Gör utbildningen obligatorisk'))).toBe(true);
    const closed = audit.replace('status: in-progress\nrecommendations', 'status: closed\nrecommendations');
    expect(year({ 'audit/granskning-2025.yaml': closed }).some((r) => r.entity.kind === 'audit')).toBe(false);
  });

  it("reminds of the auditors' deadline, naming the security coordinator", () => {
    const answer = find(year(), 'audit-answer', 'C0SAKERHET', '2026-02-16');
    expect(answer.due).toBe('2026-02-02T08:00:00+01:00');
    expect(answer.text).toContain('Svar till revisorerna – senast 16 februari 2026');
    expect(answer.text).toContain('Ansvarig: *Informationssäkerhetssamordnare* (<@U0SAMORD>)');
    expect(answer.text).toContain('Nämnder som ska svara: Kommunstyrelsen.');
  });

  it('reminds of governing documents and classifications falling due for review', () => {
    const plan = year();
    // 15 June − 30 days = Saturday 16 May → Friday 15 May.
    expect(find(plan, 'document-review', 'C0SAKERHET', '2026-06-15').due).toBe('2026-05-15T08:00:00+02:00');
    // Classified 2025-10-01, reviewed within 12 months: due 2026-10-01, reminded 30 days before.
    const c = find(plan, 'classification-review', 'C0SAKERHET', '2026-10-01');
    expect(c.due).toBe('2026-09-01T08:00:00+02:00');
    expect(c.text).toContain(
      'Klassningen av *Elevhälsans journaler* ska ses över senast 1 oktober 2026. Informationsägare: *Socialchef* (<@U0SOCIAL>).',
    );
  });

  it('never puts restricted details in the channel: the owner gets them directly, and keys do not name them', () => {
    const plan = year();
    for (const r of plan.filter((x) => x.via === 'channel')) {
      for (const word of RESTRICTED_WORDS) expect(r.text, r.key).not.toContain(word);
      expect(JSON.stringify(r.blocks)).not.toMatch(/skyddad|skyddat|Röjda/);
    }
    const protectedReview = find(plan, 'classification-review', 'U0SOCIAL', '2026-09-01');
    expect(protectedReview.restricted).toBe(true);
    expect(protectedReview.text).toContain('Adresser till skyddat boende');
    expect(protectedReview.text).toContain('Begränsad post');
    expect(protectedReview.key).toMatch(/^classification-review:#[0-9a-f]{16}:2026-09-01:U0SOCIAL$/);
    for (const r of plan) for (const word of RESTRICTED_WORDS) expect(r.key).not.toContain(word);
  });

  it('keeps the channel generic for a restricted entry whose owner is not in Slack', () => {
    const restrictedDoc = `title: Rutin för skyddade personuppgifter
type: routine
status: decided
decidedBy: son
decision:
  date: 2025-06-10
owner: hr-chef
nextReview: 2026-06-15
communicated: 2025-06-20
restricted: true
`;
    const plan = year({ 'document/skyddade-rutin.yaml': restrictedDoc });
    const generic = plan.filter((r) => r.kind === 'document-review' && r.entity.id === 'skyddade-rutin');
    expect(generic).toHaveLength(1);
    expect(generic[0]?.via).toBe('channel');
    expect(generic[0]?.restricted).toBe(false); // what it says may be shown
    expect(generic[0]?.key).not.toContain('skyddade');
    expect(generic[0]?.text).toBe(
      'Tidsfrist för en begränsad post\nEn begränsad post (styrdokument) har en tidsfrist 15 juni 2026. Ansvarig: *HR-chef*. Detaljerna visas bara för behöriga.',
    );
  });

  it('sends direct messages instead when lisa.yaml names no channel', () => {
    const plan = year({ 'lisa.yaml': org({ 'slack:\n  securityChannel: C0SAKERHET\n': '' }) });
    expect(plan.every((r) => r.via === 'dm')).toBe(true);
    expect(find(plan, 'audit-answer', 'U0SAMORD', '2026-02-16').text).toContain('16 februari 2026');
  });

  it('speaks Norwegian and keeps Norwegian holidays for an nb registry', () => {
    const plan = year({
      'lisa.yaml': org({ 'locale: sv': 'locale: nb', 'timezone: Europe/Stockholm': 'timezone: Europe/Oslo' }),
      // A review on 16 April: 14 days before is skjærtorsdag, off in Norway.
      'cycle/kvartalsuppfoljning.yaml': (FILES['cycle/kvartalsuppfoljning.yaml'] ?? '').replace(
        'months: [2, 5, 8, 11]\nday: 15',
        'months: [1, 4, 7, 10]\nday: 16',
      ),
    });
    const april = find(plan, 'kpi-review', 'C0SAKERHET', '2026-04-16');
    expect(april.due).toBe('2026-04-01T08:00:00+02:00');
    expect(april.text).toContain('Kvartalsvis oppfølging av nøkkeltall 1. kv. 2026');
    expect(april.text).toContain('senest 16. april 2026');
    expect(find(plan, 'audit-answer', 'C0SAKERHET', '2026-02-16').text).toContain(
      'Svar på revisjonsrapporten – senest 16. februar 2026',
    );
    // The same registry in Swedish sends on skärtorsdag, a working day in Sweden.
    const sv = year({
      'cycle/kvartalsuppfoljning.yaml': (FILES['cycle/kvartalsuppfoljning.yaml'] ?? '').replace(
        'months: [2, 5, 8, 11]\nday: 15',
        'months: [1, 4, 7, 10]\nday: 16',
      ),
    });
    expect(find(sv, 'kpi-review', 'C0SAKERHET', '2026-04-16').due).toBe('2026-04-02T08:00:00+02:00');
  });

  it('speaks English for an en registry', () => {
    const plan = year({ 'lisa.yaml': org({ 'locale: sv': 'locale: en' }) });
    expect(find(plan, 'audit-answer', 'C0SAKERHET', '2026-02-16').text).toContain(
      'Answer to the auditors – due 16 February 2026',
    );
    expect(find(plan, 'kpi-review', 'C0SAKERHET', '2026-02-15').text).toContain(
      '*Values still missing for Q4 2025* (2 of 3)',
    );
  });

  it('falls back to Stockholm time and default lead days when lisa.yaml says something unusable', () => {
    const plan = year({
      'lisa.yaml': org({
        'timezone: Europe/Stockholm': 'timezone: Mars/Olympus',
        'kpiReviewLeadDays: 14': 'kpiReviewLeadDays: -3',
      }),
    });
    expect(find(plan, 'kpi-review', 'C0SAKERHET', '2026-02-15').due).toBe('2026-01-30T08:00:00+01:00');
  });

  it('links to the file without a repository, and to the right path with one', () => {
    const plan = year({
      'lisa.yaml': org({
        'repository:\n  url: https://github.com/testvik/lis\n  branch: main\n  path: registry\n': '',
      }),
    });
    expect(find(plan, 'document-review', 'C0SAKERHET', '2026-06-15').text).toContain(
      'Fil: `registry/document/policy.yaml`',
    );
    expect(registryPath('registry', 'registry/kpi/a.yaml')).toBe('kpi/a.yaml');
    expect(registryPath('../elsewhere/reg', '../elsewhere/reg/kpi/a.yaml')).toBe('kpi/a.yaml');
    expect(registryPath('/abs/reg', '../reg/kpi/a.yaml', 'kpi')).toBe('kpi/a.yaml');
  });

  it('names the quarter a review follows up', () => {
    expect(quarterBefore('2026-02-15')).toBe('2025-Q4');
    expect(quarterBefore('2026-04-01')).toBe('2026-Q1');
    expect(quarterBefore('2026-11-30')).toBe('2026-Q3');
  });
});
