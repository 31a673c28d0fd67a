import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import {
  dataIn,
  describeFinding,
  type Finding,
  findingOf,
  inEveryLocale,
  label,
  tellFindings,
} from '../../lib/finding.js';
import { danglingReference } from '../../lib/rules/references.js';
import { wrongType } from '../../lib/schema-rules.js';

// A finding is data; describeFinding is the one place it becomes words, in any language.

const dangling: Finding = findingOf(
  danglingReference,
  'registry/system/a.yaml',
  { line: 2, column: 8 },
  {
    target: { key: 'finding.references.targetNames.board', capitalize: true },
    id: 'socn',
    didYouMean: { key: 'finding.references.didYouMean', data: { s: 'son' } },
    where: { key: 'finding.references.where.board' },
  },
);

describe('describeFinding', () => {
  it('tells one finding in each language, nested messages included', () => {
    expect(describeFinding(dangling, 'sv')).toEqual({
      message: 'Nämnden "socn" finns inte. Menade du "son"?',
      hint: 'Nämnder anges under boards i lisa.yaml.',
    });
    expect(describeFinding(dangling, 'nb').message).toBe('Utvalget «socn» finnes ikke. Mente du «son»?');
    expect(describeFinding(dangling, 'en').message).toBe(
      'The board "socn" does not exist. Did you mean "son"?',
    );
  });

  it('joins lists with their separator, picks labels from the model by language, shows labels as given', () => {
    const f = findingOf(
      wrongType,
      'x.yaml',
      { line: 1, column: 1 },
      {
        field: label('name'),
        expected: {
          list: [{ key: 'finding.schema.typeNames.string' }, { key: 'finding.schema.typeNames.integer' }],
          separator: { key: 'finding.schema.or' },
        },
        actual: inEveryLocale((l) => ({ sv: 'tomt', nb: 'tomt', en: 'empty' })[l]),
        example: '',
      },
    );
    expect(describeFinding(f, 'sv')).toEqual({
      message: '"name" ska vara text eller ett heltal, inte tomt.',
    });
    expect(describeFinding(f, 'en').message).toBe('"name" must be text or a whole number, not empty.');
    expect(dataIn(f, 'en')).toEqual({
      field: 'name',
      expected: 'text or a whole number',
      actual: 'empty',
      example: '',
    });
  });

  it('masks an identity number a parameter quotes, in the text and in the data', () => {
    const f = findingOf(
      danglingReference,
      'x.yaml',
      { line: 1, column: 1 },
      {
        target: 'Systemet',
        id: '19121212-1212',
        didYouMean: '',
        where: '',
      },
    );
    expect(describeFinding(f, 'sv').message).not.toContain('1212-1212');
    expect(describeFinding(f, 'sv').message).toContain('[•••]');
    expect(JSON.stringify(dataIn(f, 'sv'))).not.toContain('1212-1212');
    expect(tellFindings([f], 'sv')[0]?.hint).toBeUndefined();
  });
});

describe('scripts/codemod-findings.mjs', () => {
  it('finds no {sv, nb, en} text left in the rules, parse and schema: every finding text is in the catalogue', () => {
    const run = spawnSync(process.execPath, ['scripts/codemod-findings.mjs', '--check'], {
      encoding: 'utf8',
    });
    expect(run.stdout).toContain('0 texts moved');
    expect(run.status).toBe(0);
  });
});
