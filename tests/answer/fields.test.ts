// Which register kind a question asks about, from what it asks for: the field words come from the schemas'
// property names and descriptions (lib/answer/fields.ts) and weigh the entries a question names by whether
// their kind holds that field (lib/answer/asked-kind.ts). Pinned on the repository's example registries.
import { beforeAll, describe, expect, it } from 'vitest';
import { answer } from '../../lib/answer/answer.js';
import { monthsOf } from '../../lib/answer/asked-kind.js';
import { fieldEvidence, fieldSignals, fieldVocabulary } from '../../lib/answer/fields.js';
import { type AnswerIndex, buildAnswerIndex } from '../../lib/answer/index.js';
import { analyse } from '../../lib/answer/query.js';
import { readRegistryFiles } from '../../lib/io/load.js';
import { validateSources } from '../../lib/validate.js';

const TODAY = '2026-11-23';
const ROOT = new URL('../..', import.meta.url).pathname;
const indexes = new Map<string, AnswerIndex>();

beforeAll(async () => {
  for (const dir of ['registry', 'examples/fjellvik']) {
    const sources = await readRegistryFiles(dir, ROOT);
    indexes.set(dir, buildAnswerIndex(validateSources(dir, sources).registry));
  }
});

const index = (dir: string) => indexes.get(dir) as AnswerIndex;
const ask = (dir: string, q: string) => answer(index(dir), q, { today: TODAY });
const first = (dir: string, q: string) => ask(dir, q).sources[0]?.file;

/** The kinds whose fields a question asks for, strongest first. */
function kinds(dir: string, question: string): string[] {
  const q = analyse(question, index(dir));
  return [...fieldEvidence(fieldSignals(q, index(dir).registry))].sort((a, b) => b[1] - a[1]).map(([k]) => k);
}

describe('the field vocabulary, from the schemas', () => {
  it('knows each field by its Swedish, Norwegian and English description and its property name', () => {
    const v = fieldVocabulary();
    // system.hosting: "Var systemet körs … (egen drift)" / "Hvor systemet kjører" / "hosting".
    expect([...(v.byStem.get('drift') ?? [])]).toEqual(['system']);
    // incident.lessons and training.lessons: "Lärdomar", "Lærdommer", "lessons".
    expect([...(v.byStem.get('lärdom') ?? [])].sort()).toEqual(['incident', 'training']);
    // The review, the risk analysis, the classification and the training have participants.
    expect(v.byStem.get('deltok')?.has('review')).toBe(true);
    expect(v.byStem.get('deltok')?.has('cycle')).toBe(false);
  });

  it('counts a compound\'s last part as a field word of every kind that writes it ("systemeier")', () => {
    const owners = fieldVocabulary().byStem.get('eier') ?? new Set();
    expect(owners.has('system')).toBe(true);
    expect(owners.has('asset')).toBe(true);
    expect(owners.size).toBeGreaterThan(2);
  });

  it("adds the registry's classification aspects to the classification's fields", () => {
    const q = analyse('integritet for nettsidene?', index('examples/fjellvik'));
    const withModel = fieldEvidence(fieldSignals(q, index('examples/fjellvik').registry));
    const without = fieldEvidence(fieldSignals(q));
    expect(withModel.get('classification') ?? 0).toBeGreaterThan(without.get('classification') ?? 0);
  });

  it('leaves out the words that name the entry asked about', () => {
    const q = analyse('vilka lärdomar drog vi?', index('registry'));
    const signals = fieldSignals(q, index('registry').registry);
    const all = fieldEvidence(signals).get('training') ?? 0;
    expect(all).toBeGreaterThan(0.5);
    expect(fieldEvidence(signals, (s) => s.startsWith('lärdom')).get('training') ?? 0).toBeLessThan(all);
  });

  it('weighs a field word of one kind above words every kind has', () => {
    expect(kinds('examples/fjellvik', 'hvor driftes løsningen?')[0]).toBe('system');
    expect(kinds('registry', 'how many were invited?')[0]).toBe('training');
  });

  it('knows a word stemmed in the question\'s language by the stem of another ("lærdommer", "lärdomar")', () => {
    expect(kinds('examples/fjellvik', 'hvilke lærdommer?').slice(0, 2).sort()).toEqual([
      'incident',
      'training',
    ]);
  });
});

describe('the entry of the kind that holds what is asked', () => {
  it('participants are the management review’s, not the yearly cycle activity of the same name', () => {
    const a = ask('examples/fjellvik', 'hvem deltok på ledelsens gjennomgang 2026?');
    expect(a.sources[0]?.file).toBe('examples/fjellvik/review/lg-2026.yaml');
    expect(a.text).toContain('Kommunedirektør');
    expect(first('registry', 'vilka deltog i ledningens genomgång?')).toBe('registry/review/lg-2026.yaml');
  });

  it('an exercise is found by its scenario and answered with its lessons', () => {
    const a = ask('registry', 'what did we learn from the ransomware exercise?');
    expect(a.sources[0]?.file).toBe('registry/training/2026-kontinuitetsovning.yaml');
    expect(a.text).toContain('banken');
  });

  it('an incident open to all is found by what happened, and answered with its lessons', () => {
    const a = ask('examples/fjellvik', 'hvilke lærdommer trakk vi fra nedetiden på e-post og Teams?');
    expect(a.sources[0]?.file).toBe('examples/fjellvik/incident/2026-09-nedetid-e-post.yaml');
    expect(a.text).toContain('testgruppe');
  });

  it('a restricted incident named by what happened gives the restricted notice and nothing of it', () => {
    const a = ask('registry', 'vad hände med biståndsbeslutet som skickades till fel adress i februari?');
    expect(a.withheld).toBe(true);
    expect(a.answered).toBe(false);
    expect(a.sources).toEqual([]);
    expect(a.text).not.toContain('Beslut om ekonomiskt bistånd skickat till fel mottagare');
    expect(a.text).not.toContain('2026-02');
  });

  it('a field word alone does not turn a question about a system into its restricted incidents', () => {
    const a = ask('examples/fjellvik', 'hvem følger opp stikkprøvene av tilgangsloggene i Gerica?');
    expect(a.withheld).toBe(false);
  });

  it('a record whose register is neither named nor asked a field of is no candidate', () => {
    expect(ask('examples/fjellvik', 'hvem eier gerica?').sources[0]?.file).toBe(
      'examples/fjellvik/system/gerica.yaml',
    );
  });
});

describe('monthsOf', () => {
  it('reads the months a record happened in from its dates', () => {
    const incident = index('examples/fjellvik').byKey.get('incident/2026-09-nedetid-e-post');
    expect(incident && monthsOf(incident)).toEqual([9, 9]);
    const cycle = index('registry').byKind.get('cycle')?.[0];
    expect(cycle && monthsOf(cycle).every((m) => m >= 1 && m <= 12)).toBe(true);
  });
});
