// Issue 11, round three: staff who describe an entry instead of naming it, in English against Swedish and
// Norwegian registers. Pinned on the repository's example registries (the registers as adopters write them).
import { beforeAll, describe, expect, it } from 'vitest';
import { answer } from '../../lib/answer/answer.js';
import { type AnswerIndex, buildAnswerIndex } from '../../lib/answer/index.js';
import { detectLanguage } from '../../lib/answer/language.js';
import { readRegistryFiles } from '../../lib/io/load.js';
import { validateSources } from '../../lib/validate.js';

const TODAY = '2026-11-23';
const ROOT = new URL('../..', import.meta.url).pathname;
const indexes = new Map<string, AnswerIndex>();

beforeAll(async () => {
  for (const dir of ['registry', 'examples/region-vasterby', 'examples/fjellvik']) {
    const sources = await readRegistryFiles(dir, ROOT);
    indexes.set(dir, buildAnswerIndex(validateSources(dir, sources).registry));
  }
});

const ask = (dir: string, q: string) => answer(indexes.get(dir) as AnswerIndex, q, { today: TODAY });
const first = (dir: string, q: string) => ask(dir, q).sources[0]?.file;

describe('the system behind what a question names', () => {
  it('a person asked for about "the … system" is the owner of the system that holds it', () => {
    const a = ask('examples/region-vasterby', 'who do I contact about the ambulance records system');
    expect(a.answered).toBe(true);
    expect(a.sources[0]?.file).toBe('examples/region-vasterby/system/mobimed.yaml');
    expect(a.text).toContain('Ortivus MobiMed');
  });

  it('"who runs the library lending system" is the library system, not the processing activity', () => {
    expect(first('registry', 'who runs the library lending system')).toBe('registry/system/quria.yaml');
  });
});

describe('the free-text field', () => {
  it('finds a system by what its description says it does', () => {
    expect(first('registry', 'which tool do nurses use to sign off medication in home care')).toBe(
      'registry/system/appva.yaml',
    );
    expect(first('registry', 'who owns the water and waste billing system')).toBe(
      'registry/system/edp-future.yaml',
    );
  });

  it('finds guidance by its answer and topics when its questions are worded otherwise', () => {
    expect(first('registry', 'how should I handle visitors coming to the office')).toBe(
      'registry/faq/besokare.yaml',
    );
  });

  it('does not turn padding into an answer', () => {
    expect(ask('registry', 'can you recommend a good restaurant near the office').answered).toBe(false);
    expect(ask('examples/fjellvik', 'where do I sign up for the staff choir').answered).toBe(false);
  });
});

describe('restricted entries', () => {
  it('a question that asks how something is classified gets the notice, not guidance sharing its words', () => {
    const a = ask('examples/region-vasterby', 'how are the security incident reports classified');
    expect(a.withheld).toBe(true);
    expect(a.text).not.toContain('Säkerhetsincidenter och sårbarhetsrapporter');
    expect(a.sources).toEqual([]);
  });

  it('found by its description, a restricted system still only gets the notice', () => {
    const a = ask('registry', 'who owns the control system for the water works and pumping stations');
    expect(a.withheld).toBe(true);
    expect(a.text).not.toContain('va-styrsystem');
    expect(a.text).not.toContain('Styr- och övervakningssystem');
  });
});

describe('language', () => {
  it('tells short English questions by English-only words', () => {
    for (const q of ['lifecare down?', 'ByggR owner', 'heroma payslip wrong', 'extens access pls'])
      expect(detectLanguage(q, 'sv')).toBe('en');
    expect(detectLanguage('vem äger heroma', 'sv')).toBe('sv');
    expect(detectLanguage('hvem eier gerica', 'nb')).toBe('nb');
    expect(detectLanguage('kan jeg bruke dropbox', 'sv')).toBe('nb');
  });

  it('says so when the guidance is written only in another language', () => {
    const a = ask('registry', 'can I use zoom for a meeting with a parent');
    expect(a.sources[0]?.file).toBe('registry/faq/teams-eller-zoom.yaml');
    expect(a.text).toContain('This guidance is written in Swedish only:');
  });
});
