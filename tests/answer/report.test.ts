// The yearly report's assessment (report/) answers what the report concludes and proposes; when it is sent is
// the yearly cycle's. Asked in the registry's language and in English, on the Swedish example.
import { beforeAll, describe, expect, it } from 'vitest';
import { answer } from '../../lib/answer/answer.js';
import { type AnswerIndex, buildAnswerIndex } from '../../lib/answer/index.js';
import { readRegistryFiles } from '../../lib/io/load.js';
import { validateSources } from '../../lib/validate.js';

const TODAY = '2026-11-23';
const ROOT = new URL('../..', import.meta.url).pathname;
let index: AnswerIndex;

beforeAll(async () => {
  const sources = await readRegistryFiles('registry', ROOT);
  index = buildAnswerIndex(validateSources('registry', sources).registry);
});

const ask = (q: string) => answer(index, q, { today: TODAY, authorised: false });

describe('the yearly report', () => {
  it.each([
    'vad kom årsrapporten för 2026 fram till?',
    'vilka slutsatser drar årsrapporten?',
    'what are the conclusions of the annual report?',
  ])('"%s" is answered from report/2026.yaml with its conclusions', (q) => {
    const a = ask(q);
    expect(a.answered).toBe(true);
    expect(a.intent).toBe('report');
    expect(a.sources[0]?.file).toBe('registry/report/2026.yaml');
    expect(a.text).toContain('Översynen av registerförteckningen i november blev inte klar');
  });

  it("when the report is sent is the yearly cycle's to answer, not the report's", () => {
    const a = ask('när skickas årsrapporten till kommunstyrelsen?');
    expect(a.sources[0]?.file).not.toBe('registry/report/2026.yaml');
  });
});
