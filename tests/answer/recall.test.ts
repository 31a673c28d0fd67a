// Issue 11: staff who describe an entry in their own words – English about entries written in Swedish or
// Norwegian, everyday Swedish and Norwegian, a question with its reason beside it – find the entry, and what
// makes them find it does not make a question the registers cannot answer find something.
import { describe, expect, it } from 'vitest';
import { answer } from '../../lib/answer/answer.js';
import { analyse } from '../../lib/answer/query.js';
import { registryIndexes, TODAY } from './registry-indexes.js';

const index = registryIndexes();
const ask = (dir: string, q: string) => answer(index(dir), q, { today: TODAY });
const first = (dir: string, q: string) => ask(dir, q).sources[0]?.file;

describe('"what do we use to …" asks for a system', () => {
  it('is a system in the question, and "use" no question of how information may be used', () => {
    const q = analyse('what do we use for letters to residents?', index('registry'));
    expect(q.concepts.has('which')).toBe(true);
    expect(q.concepts.has('system')).toBe(true);
    expect(q.concepts.has('handling')).toBe(false);
  });

  it('finds the system by its description before guidance that mentions it (nb register, en question)', () => {
    expect(
      first('examples/fjellvik', 'what do we use for sending decisions to residents by digital post?'),
    ).toBe('examples/fjellvik/system/svarut.yaml');
  });

  it('finds the system by what it does (sv register, en question)', () => {
    expect(
      first('registry', "which system do staff use to open the door locks at clients' homes in home care"),
    ).toBe('registry/system/phoniro.yaml');
  });

  it('still declines what no register holds', () => {
    expect(ask('examples/fjellvik', 'what do we use for lunch on fridays?').answered).toBe(false);
  });
});

describe('the question over the sentences beside it', () => {
  it('weighs the words of a sentence that does not ask less, and takes no concept from them', () => {
    const q = analyse(
      'vem äger cosmic? vi vill ha en ny mall för epikriser',
      index('examples/region-vasterby'),
    );
    expect(q.context.has('cosmic')).toBe(false);
    expect(q.context.has('epikris')).toBe(true);
    expect(q.contentWeight.get('epikris')).toBeLessThan(1);
    const reason = analyse(
      'who owns the lab system? results are not showing up in the record',
      index('registry'),
    );
    expect(reason.concepts.has('data')).toBe(false);
  });

  it('one sentence, or none asking, is the question whole', () => {
    const q = analyse('vem äger cosmic, vi vill ha en ny mall', index('examples/region-vasterby'));
    expect(q.context.size).toBe(0);
  });

  it('finds the entry the question names, whatever the reason says (sv and en)', () => {
    expect(first('examples/region-vasterby', 'vem äger cosmic? vi vill ha en ny mall för epikriser')).toBe(
      'examples/region-vasterby/system/cosmic.yaml',
    );
    expect(
      first(
        'examples/region-vasterby',
        'who is the system owner of cosmic? our ward wants a new discharge template',
      ),
    ).toBe('examples/region-vasterby/system/cosmic.yaml');
  });

  it('a reason does not make an unanswerable question answered', () => {
    expect(ask('registry', 'vem äger kaffemaskinen? den är trasig igen').answered).toBe(false);
  });
});

describe('what a question is about over the words that say what is asked', () => {
  it('"informationsägare" in a document\'s topics does not compete with the asset named', () => {
    expect(first('registry', 'vem är informationsägare för bygglovsärenden från förra året?')).toBe(
      'registry/asset/bygglovsarenden.yaml',
    );
  });

  it('a compound ending in a question word still names its head (nb)', () => {
    expect(first('examples/fjellvik', 'hvem eier barnehagesystemet vi bruker?')).toBe(
      'examples/fjellvik/system/visma-flyt-barnehage.yaml',
    );
  });
});

describe('everyday words across the languages', () => {
  it('a café and the work computer find the guidance on working in public places (sv)', () => {
    expect(first('registry', 'får jag jobba från ett kafé med jobbdatorn?')).toBe(
      'registry/faq/jobba-fran-cafe.yaml',
    );
  });

  it('left behind is lost, in Swedish, Norwegian and English', () => {
    const q = analyse('mobilen ble liggende igjen på toget', index('examples/fjellvik'));
    expect(q.synonyms.has('~lost')).toBe(true);
    expect(analyse('I left behind my laptop', index('registry')).synonyms.has('~lost')).toBe(true);
    expect(analyse('jag glömde kvar datorn', index('registry')).synonyms.has('~lost')).toBe(true);
  });
});
