// A restricted entry asked about by what it is, not by its name (an alias and a description): the asker learns that something restricted
// matches and whom to ask, and nothing of the entry — no name, alias, detail, source or choice. An open entry that
// shares words with a restricted one keeps its answer, and a question nothing answers is still declined. The
// phrasings are this file's own, not the evaluation sets'.
import { beforeAll, describe, expect, it } from 'vitest';
import { answer } from '../../lib/answer/answer.js';
import { type AnswerIndex, buildAnswerIndex } from '../../lib/answer/index.js';
import { readRegistryFiles } from '../../lib/io/load.js';
import { validateSources } from '../../lib/validate.js';

const TODAY = '2026-11-23';
const ROOT = new URL('../..', import.meta.url).pathname;
const SE = 'registry';
let index: AnswerIndex;

beforeAll(async () => {
  const sources = await readRegistryFiles(SE, ROOT);
  index = buildAnswerIndex(validateSources(SE, sources).registry);
});

const ask = (q: string, authorised = false) => answer(index, q, { today: TODAY, authorised });

/** What a reply shows: its text, sources, links and choices. */
const shown = (q: string) => {
  const a = ask(q);
  return [
    a.text,
    ...a.sources.map((s) => s.file),
    ...a.links.map((l) => `${l.title} ${l.url}`),
    ...a.choices.map((c) => `${c.key} ${c.label}`),
  ]
    .join('\n')
    .toLowerCase();
};

describe('the restricted notice for an entry described rather than named', () => {
  it('gives it for a system asked of by an alias and what it does', () => {
    const a = ask('who owns LC, the case system of the social services?');
    expect([a.answered, a.withheld]).toEqual([false, true]);
    expect(a.text).toContain('There is a restricted entry');
    expect(a.text).toContain('Karin Ekdahl');
    expect([a.sources, a.links, a.choices]).toEqual([[], [], []]);
  });

  it('shows nothing of the entry: not its name, aliases, supplier, purposes or file', () => {
    for (const q of [
      'who owns LC, the case system of the social services?',
      "what's the legal basis for investigating reports of concern about children?",
    ]) {
      const text = shown(q);
      for (const secret of [
        'lifecare',
        'tietoevry',
        'handlaggning-ifo',
        'handläggning och dokumentation',
        'orosanmälningar',
        'myndighetsutövning',
      ])
        expect(text).not.toContain(secret);
    }
  });

  it('gives no notice where an open entry answers, or where nothing does', () => {
    // Shares "family care cases" and "legal basis" with the restricted activity; the open one is named.
    const open = ask('which legal basis do we have for the family care cases in the building permits?');
    expect(open.answered).toBe(true);
    expect(open.sources[0]?.file).toBe('registry/processing/bygglov.yaml');
    // Shares "social services" with it, and asks nothing the registers hold.
    const lunch = ask("what's for lunch at the social services office");
    expect([lunch.answered, lunch.withheld]).toEqual([false, false]);
  });

  it('answers an authorised asker from the entry itself, not with a notice', () => {
    const a = ask('who owns LC, the case system of the social services?', true);
    expect([a.answered, a.withheld, a.restricted]).toEqual([true, false, true]);
    expect(a.sources[0]?.file).toBe('registry/system/lifecare.yaml');
  });
});
