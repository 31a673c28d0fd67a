// When a question's subject names entries of several kinds, what it asks for decides which one answers: a field
// of the entry's kind that guidance does not hold (asksFieldOf), "how long"/"what level" against "which systems",
// and the tense of its verbs (tense.ts) for what happened against what is to come. Phrased here, not taken from
// the eval sets; pinned on three of the repository's registries.
import { describe, expect, it } from 'vitest';
import { answer } from '../../lib/answer/answer.js';
import { tenseOf } from '../../lib/answer/tense.js';
import { registryIndexes, TODAY } from './registry-indexes.js';

const index = registryIndexes();
const first = (dir: string, q: string) => answer(index(dir), q, { today: TODAY }).sources[0]?.file;

describe('a field the entry holds and guidance does not', () => {
  it('answers a target from the measure, not the guidance on reporting', () => {
    expect(first('registry', 'what is our target for reported security incidents?')).toBe(
      'registry/kpi/rapporterade-incidenter.yaml',
    );
  });

  it("answers lessons from the incident, not guidance that shares the subject's words", () => {
    expect(first('examples/fjellvik', 'which lessons did we draw from the e-mail outage in September?')).toBe(
      'examples/fjellvik/incident/2026-09-nedetid-e-post.yaml',
    );
  });
});

describe('how long, what level and which systems are different questions about the same data', () => {
  it('"how long do we keep …" is the processing activity\'s retention, not the systems holding it', () => {
    expect(
      first('examples/region-vasterby', 'how long do we keep the data on registered travel cards?'),
    ).toBe('examples/region-vasterby/processing/biljettforsaljning.yaml');
  });

  it('a level asked for is the classification', () => {
    expect(first('registry', "what confidentiality level did the pupils' grades get?")).toBe(
      'registry/classification/betyg.yaml',
    );
  });
});

describe('the tense of the question', () => {
  it('reads the past and, in a question that asks when, what is to come', () => {
    expect(tenseOf(['hvem', 'var', 'med'], 'nb', false)).toBe('past');
    expect(tenseOf(['what', 'was', 'decided'], 'en', false)).toBe('past');
    expect(tenseOf(['när', 'ska', 'den', 'vara', 'klar'], 'sv', true)).toBe('coming');
    // Without "when" a future says nothing of a date: "procapita ska ju stängas, stämmer det?".
    expect(tenseOf(['procapita', 'ska', 'ju', 'stängas'], 'sv', false)).toBeUndefined();
    // Swedish "var" is also "where": not a past.
    expect(tenseOf(['var', 'ligger', 'betygen'], 'sv', false)).toBeUndefined();
    expect(tenseOf(['was', 'it', 'done', 'or', 'will', 'it', 'be'], 'en', true)).toBeUndefined();
  });

  it("who took part in a meeting that was held is the review, not the yearly cycle's activity", () => {
    expect(first('examples/fjellvik', 'hvem var med på ledelsens gjennomgang 2026?')).toBe(
      'examples/fjellvik/review/lg-2026.yaml',
    );
  });

  it('when something is to be done is the action in the plan, not the system it is about', () => {
    expect(first('registry', 'när ska procapita vara avvecklat?')).toBe(
      'registry/plan/kpmg-systematiskt-informationssakerhetsarbete-2026-sn2-a2.yaml',
    );
  });

  it('the register the question names keeps its answer whatever the tense', () => {
    expect(first('registry', 'what did the auditors find about protected personal data?')).toBe(
      'registry/audit/skyddade-personuppgifter-2025.yaml',
    );
  });
});
