// What issue 11 asked of the answerer, each pinned on the test municipality: the organisation's synonyms,
// the role that takes questions, one-word questions, repealed documents, time words that do not take over the
// subject, a lone candidate answered, and choices that carry only what the asker may see.
import { describe, expect, it } from 'vitest';
import { answer } from '../../lib/answer/answer.js';
import { validateSources } from '../../lib/validate.js';
import { FILES, fixtureIndex, fixtureSources, RESTRICTED_MARKERS } from './fixture.js';

const TODAY = '2026-11-23';
const index = fixtureIndex();
const ask = (q: string, options: { authorised?: boolean; choose?: string } = {}) =>
  answer(index, q, { today: TODAY, ...options });

describe('synonyms.yaml', () => {
  const withSynonyms = { ...FILES, 'synonyms.yaml': 'synonyms:\n  - [omsorgssystemet, Procapita]\n' };

  it('a name answers to the words the organisation lists as meaning the same', () => {
    expect(ask('vem äger omsorgssystemet?').answered).toBe(false);
    const a = answer(fixtureIndex(withSynonyms), 'vem äger omsorgssystemet?', { today: TODAY });
    expect(a.answered).toBe(true);
    expect(a.text).toContain('Systemägare för Procapita');
  });

  it('a malformed file is a finding, and the answerer goes on without it', () => {
    const files = { ...FILES, 'synonyms.yaml': 'synonyms:\n  - [ensam]\n' };
    const result = validateSources('registry', fixtureSources(files), { today: TODAY });
    const finding = result.findings.find((f) => f.file === 'registry/synonyms.yaml');
    expect(finding?.severity).toBe('error');
    expect(finding?.line).toBe(2);
    expect(answer(fixtureIndex(files), 'vem äger Procapita?', { today: TODAY }).answered).toBe(true);
  });
});

describe('declines', () => {
  it('name the role lisa.yaml says takes questions', () => {
    const lisa = FILES['lisa.yaml'] as string;
    const files = { ...FILES, 'lisa.yaml': lisa.replace(/^roles:/m, 'questionsRole: kanslichef\nroles:') };
    const a = answer(fixtureIndex(files), 'vad blir det till lunch?', { today: TODAY });
    expect(a.answered).toBe(false);
    expect(a.text).toContain('Fråga Kanslichef');
  });

  it('a single word is not answered', () => {
    const a = ask('procapita');
    expect(a.answered).toBe(false);
    expect(a.sources).toEqual([]);
  });
});

describe('matching', () => {
  it('Slack padding does not hide the subject', () => {
    const a = ask('hej! vem äger procapita nu för tiden, det strular sedan i morse');
    expect(a.answered).toBe(true);
    expect(a.text).toContain('Systemägare för Procapita');
  });

  it('"when is the next KPI review" is the cycle activity, not a KPI value', () => {
    const a = ask('when is the next KPI review?');
    expect(a.answered).toBe(true);
    expect(a.sources[0]?.file).toBe('registry/cycle/kpi-uppfoljning.yaml');
  });

  it('a time word does not turn a question into a listing of the yearly cycle', () => {
    const a = ask('jag tappade min jobbtelefon igår, vad gör jag?');
    expect(a.intent).not.toBe('cycle');
  });
});

describe('choices', () => {
  it('close entries come back as choices, and a choice answers the question for that entry', () => {
    const a = ask('how is the pupil record classified?');
    expect(a.choices.map((c) => c.label).sort()).toEqual(['Elevakter', 'Elevregister']);
    const key = a.choices.find((c) => c.label === 'Elevakter')?.key as string;
    const chosen = ask('how is the pupil record classified?', { choose: key });
    expect(chosen.answered).toBe(true);
    expect(chosen.sources[0]?.file).toContain('elevakter');
  });

  it('a restricted entry chosen by an unauthorised asker is only the notice', () => {
    const a = ask('vem äger det?', { choose: 'system/skyddat-boende' });
    expect(a.answered).toBe(false);
    expect(a.withheld).toBe(true);
    for (const m of RESTRICTED_MARKERS) expect(a.text).not.toContain(m);
  });
});

describe('restricted notices in every language', () => {
  for (const [q, has] of [
    ['vem äger Skyddsnätet?', 'begränsad post'],
    ['hvem eier Skyddsnätet?', 'skjermet oppføring'],
    ['who owns Skyddsnätet?', 'restricted entry'],
  ] as const) {
    it(q, () => {
      const a = ask(q);
      expect(a.withheld).toBe(true);
      expect(a.text).toContain(has);
      expect(a.text).toContain('Karin Lund');
      for (const m of RESTRICTED_MARKERS) expect(a.text).not.toContain(m);
    });
  }
});

describe('what a question asks of the entry it names', () => {
  it('a DPIA asked of a system is answered by the processing activity that uses it', () => {
    const a = ask('har vi gjort en konsekvensbedömning för elevregistret?');
    expect(a.answered).toBe(true);
    expect(a.sources[0]?.file).toBe('registry/processing/elevadministration.yaml');
    expect(a.text).toContain('Registerförteckningen anger ingen konsekvensbedömning');
  });

  it('"which systems handle X" lists the systems of the asset named', () => {
    const a = ask('vilka system hanterar elevdokumentationen?');
    expect(a.answered).toBe(true);
    expect(a.sources[0]?.file).toBe('registry/asset/elevakter.yaml');
    expect(a.text).toContain('Elevregister');
  });
});
