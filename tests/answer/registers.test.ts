// Answers from the risk, action-plan, agreement, training and incident registers of the example registry:
// what they say, and that a risk, action or incident about a restricted entry stays restricted.
import { beforeAll, describe, expect, it } from 'vitest';
import { type Answer, answer } from '../../lib/answer/answer.js';
import { type AnswerIndex, buildAnswerIndex } from '../../lib/answer/index.js';
import { readRegistryFiles } from '../../lib/io/load.js';
import type { Registry } from '../../lib/registry.js';
import { validateSources } from '../../lib/validate.js';

let index: AnswerIndex;
let registry: Registry;

beforeAll(async () => {
  const result = validateSources('registry', await readRegistryFiles('registry'), { today: '2026-11-23' });
  expect(result.errors).toBe(0);
  registry = result.registry;
  index = buildAnswerIndex(registry);
});

function ask(q: string, options: { authorised?: boolean; today?: string } = {}): Answer {
  return answer(index, q, { today: '2026-11-23', ...options });
}

function restrictedNotice(a: Answer, ...hidden: string[]) {
  expect(a.withheld, a.text).toBe(true);
  expect(a.sources).toEqual([]);
  for (const h of hidden) expect(a.text).not.toContain(h);
}

describe('risks', () => {
  it('says when a system has no risk analysis, about that system', () => {
    const a = ask('what are our biggest risks for Procapita');
    expect(a.intent).toBe('risk');
    expect(a.text).toContain('There is no risk analysis of Procapita');
    expect(a.sources[0]?.file).toBe('registry/system/procapita.yaml');
    // The analyses that exist are all of restricted entries: none is named.
    expect(a.text).not.toContain('Lifecare');
    expect(a.text).not.toContain('Extens');
  });

  it('a risk about a restricted system is restricted with it', () => {
    restrictedNotice(
      ask('vilka är de största riskerna för lifecare?'),
      'Lifecare',
      'nyfikenhetsläsning',
      'r1',
    );
    // Open analyses are answered; the restricted ones (Lifecare, Extens) are never named among them.
    const all = ask('what are our biggest risks?');
    expect(all.intent).toBe('risk');
    expect(all.text).not.toMatch(/Lifecare|Extens|nyfikenhetsläsning/);
  });

  it('shows the highest scenarios first to those allowed', () => {
    const a = ask('vilka är de största riskerna för lifecare?', { authorised: true });
    expect(a.answered).toBe(true);
    expect(a.restricted).toBe(true);
    expect(a.lines[1]).toContain('De största riskerna i Riskanalys Lifecare (2026-05-20)');
    expect(a.lines[2]).toMatch(/^r1: .*Nivå 12, ska minskas\./);
    expect(a.text).toContain('kvarstående nivå 4');
    expect(a.sources[0]?.file).toBe('registry/risk/lifecare.yaml');
  });
});

describe('the action plan', () => {
  it('nothing visible is overdue: says so and names the open actions, not the restricted ones', () => {
    const a = ask("what's overdue in the action plan?");
    expect(a.intent).toBe('plan');
    expect(a.lines[0]).toBe('No action in the action plan is overdue.');
    expect(a.lines[1]).toMatch(/^\d+ actions are open:$/);
    expect(a.text).not.toContain('Lifecare');
    expect(a.text).toContain('restricted entries');
    expect(a.sources[0]?.file).toMatch(/^registry\/plan\//);
  });

  it('lists overdue actions once their due date has passed', () => {
    const a = ask('vad är försenat i handlingsplanen?', { today: '2028-02-01' });
    // The example's audit actions live in the plan too (lisa migrate), so many are late by 2028.
    expect(a.lines[0]).toMatch(/^\d+ åtgärder är försenade:$/);
    expect(a.text).not.toContain('Lifecare');
    const all = ask('vad är försenat i handlingsplanen?', { today: '2028-02-01', authorised: true });
    // Someone allowed to see restricted entries gets at least as many late actions, the restricted ones too.
    expect(all.lines.length).toBeGreaterThanOrEqual(a.lines.length);
    expect(all.text).toMatch(/åtgärder är försenade/);
  });

  it('who owns an action, its due date, status and latest note', () => {
    const a = ask('vem äger åtgärden om logganalys i prorenata?');
    expect(a.intent).toBe('plan');
    expect(a.lines[0]).toMatch(
      /^Åtgärden "Logganalys i ProReNata.*" ägs av Systemägare barn- och utbildningsförvaltningen/,
    );
    expect(a.lines[0]).toContain('status: klar');
    expect(a.sources[0]?.file).toBe('registry/plan/prorenata-sparbarhet.yaml');
  });

  it('an action from a risk about a restricted system is restricted', () => {
    restrictedNotice(ask('vem äger åtgärden om stickprov i lifecare-loggarna?'), 'Lifecare', 'Stickprov');
  });
});

describe('agreements', () => {
  it('"har vi avtal med Tieto för Procapita?": no, and which agreement does cover it', () => {
    const a = ask('har vi avtal med Tieto för Procapita?');
    expect(a.intent).toBe('agreement');
    expect(a.lines[0]).toBe('Nej, inget avtal med Tietoevry Sweden AB omfattar Procapita.');
    expect(a.lines[1]).toContain('SN 2019/112 med CGI Sverige AB (personuppgiftsbiträdesavtal)');
    expect(a.sources[0]?.file).toBe('registry/agreement/cgi-2019-112.yaml');
    expect(a.links[0]?.url).toContain('diarium.sjobacka.se');
  });

  it('when an agreement ends, and its notice period', () => {
    const a = ask('when does the agreement with Tietoevry for Public 360 end?');
    expect(a.lines).toEqual([
      'Yes: KS 2020/301 with Tietoevry Sweden AB covers Public 360°.',
      'The agreement runs until 2029-06-30, notice period 9 months.',
    ]);
  });

  it('never names a restricted system an agreement covers', () => {
    const a = ask('vilka avtal har vi med tietoevry?');
    expect(a.answered).toBe(true);
    expect(a.text).toContain('Public 360°');
    expect(a.text).not.toContain('Lifecare');
    expect(a.sources.map((s) => s.file)).not.toContain('registry/agreement/tietoevry-2023-41.yaml');
  });
});

describe('training', () => {
  it('"how many took the training?": the staff training first, as counts', () => {
    const a = ask('how many took the training?');
    expect(a.intent).toBe('training');
    expect(a.lines[0]).toBe(
      'Säkert beteende – årlig webbutbildning för medarbetare (2026-02-28): 1406 of 1850 took part (76 %).',
    );
  });

  it('the training of a group, named in any language', () => {
    for (const q of [
      'hur många förtroendevalda har gått utbildningen?',
      'how many elected members did the training',
    ]) {
      const a = ask(q);
      expect(a.sources[0]?.file, q).toBe('registry/training/2026-fortroendevalda.yaml');
      expect(a.text).toContain('97');
    }
  });
});

describe('incidents', () => {
  it('are restricted by default, and with the restricted systems they affected', () => {
    restrictedNotice(
      ask('vilka incidenter har vi haft i år?'),
      'Bärbar dator',
      'verksamhetssystemet',
      'lifecare',
    );
    restrictedNotice(ask('what incidents have we had this year'), 'Bärbar dator');
  });

  it('those allowed see them, latest first', () => {
    const a = ask('vilka incidenter har vi haft i år?', { authorised: true });
    expect(a.answered).toBe(true);
    expect(a.text).toContain('4 incidenter registrerade');
    expect(a.text).toContain(
      '2026-04-07: Bärbar dator borttappad på resa (personuppgiftsincident, avslutad).',
    );
  });

  it('"how do I report an incident" is still the guidance', () => {
    expect(ask('hur rapporterar jag en incident?').sources[0]?.file).toBe(
      'registry/faq/rapportera-incident.yaml',
    );
  });

  it('every incident is restricted in the index', () => {
    expect(registry.entities.incident.size).toBeGreaterThan(0);
    expect((index.byKind.get('incident') ?? []).every((e) => e.restricted)).toBe(true);
  });
});
