// Which kind of data-bearing entry answers: a measure asked for a quantity, before guidance that shares the
// question's subject. Own phrasings, not the evaluation sets' lines.
import { describe, expect, it } from 'vitest';
import { answer } from '../../lib/answer/answer.js';
import { registryIndexes, SE, TODAY } from './registry-indexes.js';

const index = registryIndexes([SE]);
const first = (q: string) => answer(index(SE), q, { today: TODAY }).sources[0]?.file;

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
