// Which kind of data-bearing entry answers: a measure asked for a quantity, before guidance that shares the
// question's subject. Own phrasings, not the evaluation sets' lines.
import { describe, expect, it } from 'vitest';
import { answer } from '../../lib/answer/answer.js';
import { NO, registryIndexes, SE, TODAY } from './registry-indexes.js';

const index = registryIndexes([SE, NO]);
const first = (q: string, dir = SE) => answer(index(dir), q, { today: TODAY }).sources[0]?.file;

describe('a quantity asked is a measure’s to answer', () => {
  it('names the KPI, not the guidance on the same subject, in Swedish and English', () => {
    expect(first('hur stor andel av personuppgiftsincidenterna anmäls till IMY inom 72 timmar?')).toBe(
      'registry/kpi/pui-anmalda-inom-72-timmar.yaml',
    );
    expect(first('what share of personal data breaches are notified to IMY within 72 hours?')).toBe(
      'registry/kpi/pui-anmalda-inom-72-timmar.yaml',
    );
  });

  it('leaves a how-to on the same subject to the guidance', () => {
    expect(first('hur anmäler jag en personuppgiftsincident till IMY?')).toMatch(/^registry\/faq\//);
  });
});

describe('a quarter is a measure’s period', () => {
  it('names the KPI counted per quarter, not the yearly cycle’s reporting activity', () => {
    expect(first('how many information security deviations were reported in the previous quarter?', NO)).toBe(
      'examples/fjellvik/kpi/meldte-avvik.yaml',
    );
  });
});

describe('a role named in a question that asks when', () => {
  it('is who does the activity, not the person asked for', () => {
    for (const q of [
      'når skal personvernombudet rapportere om avvik på personopplysninger?',
      'when does the data protection officer report on personal data breaches?',
    ])
      expect(first(q, NO)).toBe('examples/fjellvik/cycle/rapport-avvik-personopplysninger.yaml');
  });
});

describe('a classification asked of information and the system named after it', () => {
  it('is the information’s classification, not the system’s protection', () => {
    for (const q of [
      'how are property tax and building case data classified?',
      'what classification did the building case and property tax information get?',
    ])
      expect(first(q, NO)).toBe('examples/fjellvik/classification/byggesaker-og-eiendom.yaml');
  });

  it('still answers with the system when the question says system', () => {
    expect(first('how is the building case and property tax system protected?', NO)).toBe(
      'examples/fjellvik/system/komtek.yaml',
    );
  });
});
