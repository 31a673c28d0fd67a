import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES } from '../../lib/parse.js';
import { at, check, classification, expectAt, ofRule, single, system } from './fixtures.js';

// Every kind of broken file is one finding with a place and a fix, and never an exception.

const SYSTEM = system('Procapita', { confidentiality: 2 });

describe('bad input', () => {
  it('a YAML syntax error: where it is, in Swedish, with a hint', () => {
    const text = 'name: Procapita\nboard: [son\nowner: socialchef\n';
    const r = check({ 'system/procapita.yaml': text });
    const f = single(r, 'yaml-syntax');
    expect(f).toMatchObject({
      file: 'registry/system/procapita.yaml',
      severity: 'error',
      line: 3,
      column: 1,
    });
    expect(f.message).toBe('YAML-fel: en [ eller { stängs aldrig med ] eller }');
    expect(f.hint).toContain('indrag');
    expect(r.errors).toBe(1);
  });

  it('an unclosed quote', () => {
    const f = single(check({ 'system/p.yaml': 'name: "Procapita\nboard: son\n' }), 'yaml-syntax');
    expect(f.line).toBeGreaterThanOrEqual(1);
    expect(f.message).toBe('YAML-fel: citattecknet avslutas aldrig');
    const en = single(
      check({ 'system/p.yaml': 'name: "Procapita\nboard: son\n' }, { locale: 'en' }),
      'yaml-syntax',
    );
    expect(en.message).toBe('YAML error: the quotation mark is never closed');
  });

  it('a colon inside an unquoted value', () => {
    const text = 'name: Procapita: verksamhetssystem\n';
    const f = single(check({ 'system/p.yaml': text }), 'yaml-syntax');
    expect([f.line, f.column]).toEqual([1, at(text, 'Procapita').column]);
    expect(f.message).toBe('YAML-fel: ett värde innehåller ": " och läses som en ny nyckel');
  });

  it('two documents in one file', () => {
    const f = single(check({ 'system/p.yaml': `${SYSTEM}---\nname: Annat\n` }), 'yaml-syntax');
    expect(f.line).toBe(SYSTEM.split('\n').length);
    expect(f.message).toBe(
      'YAML-fel: filen innehåller flera dokument (---), men en fil ska bara innehålla en post',
    );
  });

  it('a value starting with a reserved character, and a backslash in double quotes', () => {
    const at4 = single(check({ 'system/p.yaml': `${SYSTEM}supplier: @Tieto\n` }), 'yaml-syntax');
    expect(at4.message).toBe('YAML-fel: ett värde kan inte börja med @ utan citattecken');
    const backslash = single(check({ 'system/p.yaml': `${SYSTEM}supplier: "C:\\qa"\n` }), 'yaml-syntax');
    expect(backslash.message).toContain('dubbla citattecken');
  });

  it('a duplicate key, at the second one', () => {
    const text =
      'name: Procapita\nboard: son\nowner: socialchef\nname: Lifecare\nhosting: on-premises\nprotection: {}\n';
    const r = check({ 'system/p.yaml': text });
    expect(r.findings.map((f) => f.rule)).toEqual(['duplicate-key']);
    expect(r.findings[0]).toMatchObject({ line: 4, column: 1, severity: 'error' });
    expect(r.findings[0]?.message).toContain('Nyckeln finns redan');
  });

  it('a duplicate key in a nested mapping', () => {
    const text = `${SYSTEM}  confidentiality: 3\n`;
    expect(single(check({ 'system/p.yaml': text }), 'duplicate-key')).toMatchObject({ line: 7, column: 3 });
  });

  it('a tab in the indentation, once per line', () => {
    const text = 'name: Procapita\nprotection:\n\tconfidentiality: 2\n\tintegrity: 2\n';
    const r = check({ 'system/p.yaml': text });
    const tabs = ofRule(r, 'yaml-tab');
    expect(tabs.length).toBeGreaterThanOrEqual(1);
    expect(tabs[0]).toMatchObject({ line: 3, column: 1, severity: 'error' });
    expect(new Set(tabs.map((f) => f.line)).size).toBe(tabs.length);
    expect(tabs[0]?.hint).toContain('mellanslag');
  });

  it('a tab after spaces in a list item', () => {
    const text = 'name: P\nlinks:\n  - title: Manual\n  \t url: https://example.se\n';
    expect(single(check({ 'system/p.yaml': text }), 'yaml-tab').line).toBe(4);
  });

  it('wrong types, each at its value', () => {
    const text =
      'name: [Procapita]\nboard: son\nowner: socialchef\nhosting: on-premises\nprotection:\n  confidentiality: "2"\naliases: VoO\n';
    const r = check({ 'system/p.yaml': text });
    expect(ofRule(r, 'wrong-type').map((f) => [f.line, f.column, f.message])).toEqual([
      [1, 7, '"name" ska vara text, inte en lista (rader som börjar med "- ").'],
      [6, 20, '"protection.confidentiality" ska vara ett heltal, inte text.'],
      [7, 10, '"aliases" ska vara en lista (rader som börjar med "- "), inte text.'],
    ]);
  });

  it('an unknown field with a did-you-mean and the allowed fields', () => {
    const text = `${SYSTEM}ownr: it-chef\nfärg: blå\n`;
    const r = check({ 'system/p.yaml': text });
    const [typo, other] = ofRule(r, 'unknown-field');
    expectAt(typo, 'system/p.yaml', at(text, 'ownr'));
    expect(typo?.message).toBe('Okänt fält "ownr". Menade du "owner"?');
    expect(typo?.hint).toMatch(/^Tillåtna fält här: name, aliases, .*suppress\.$/);
    expect(other?.message).toBe('Okänt fält "färg".');
  });

  it('an unknown field deep inside, with the fields allowed there', () => {
    const text = `${system('P', {})}links:\n  - title: Manual\n    urll: https://example.se\n`;
    const f = single(check({ 'system/p.yaml': text }), 'unknown-field');
    expectAt(f, 'system/p.yaml', at(text, 'urll'));
    expect(f.message).toBe('Okänt fält "urll". Menade du "url"?');
    expect(f.hint).toBe('Tillåtna fält här: title, url.');
  });

  it('a value not allowed, with a did-you-mean', () => {
    const text = system('P', {}).replace('on-premises', 'on-premise');
    const f = single(check({ 'system/p.yaml': text }), 'invalid-value');
    expect(f.message).toBe('"hosting": "on-premise" är inte ett tillåtet värde. Menade du "on-premises"?');
    expect(f.hint).toBe(
      'Tillåtna värden: on-premises, swedish-cloud, norwegian-cloud, eu-cloud, third-country-cloud.',
    );
  });

  it('a missing required field, at the mapping, naming the condition', () => {
    const r = check({
      'document/p.yaml':
        'title: Policy\ntype: policy\nowner: sakerhetssamordnare\nstatus: decided\ndecidedBy: ks\n',
    });
    expect(ofRule(r, 'missing-field').map((f) => f.message)).toEqual([
      'Fältet "decision" saknas (krävs när status: decided).',
      'Fältet "nextReview" saknas (krävs när status: decided).',
    ]);
  });

  it.each([
    ['2024-02-30', false],
    ['2023-02-29', false],
    ['2024-02-29', true],
    ['2024-13-01', false],
    ['2024-2-1', false],
    ['24-02-01', false],
  ])('the date %s is valid: %s', (date, valid) => {
    const text = classification('a', date, { confidentiality: 1 });
    const found = ofRule(
      check({ 'asset/a.yaml': 'name: A\nboard: son\nowner: socialchef\n', 'classification/a.yaml': text }),
      'invalid-date',
    );
    if (valid) expect(found).toEqual([]);
    else {
      expect(found).toHaveLength(1);
      expectAt(found[0], 'classification/a.yaml', at(text, `date: ${date}`, date));
      expect(found[0]?.message).toBe(`"date": ${date} är inget giltigt datum.`);
      expect(found[0]?.hint).toContain('ÅÅÅÅ-MM-DD');
    }
  });

  it('an alias bomb (billion laughs) is refused quickly, at the first anchor', () => {
    const rows = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 9; i++) {
      const p = String.fromCharCode(96 + i);
      const c = String.fromCharCode(97 + i);
      rows.push(`${c}: &${c} [${Array(9).fill(`*${p}`).join(',')}]`);
    }
    const started = performance.now();
    const r = check({ 'system/bomb.yaml': `${rows.join('\n')}\n` });
    expect(performance.now() - started).toBeLessThan(2000);
    expect(r.findings.map((f) => f.rule)).toEqual(['yaml-aliases']);
    expect(r.findings[0]).toMatchObject({ line: 1, column: 4, severity: 'error' });
  });

  it('a few ordinary anchors and aliases are fine', () => {
    const text = `${system('P', { confidentiality: 2 }).replace('protection:', 'protection: &skydd')}aliases: [a, b]\n`;
    expect(check({ 'system/p.yaml': text }).findings).toEqual([]);
  });

  it('a file over 2 MiB is refused without being parsed', () => {
    const big = `name: P\n# ${'x'.repeat(MAX_FILE_BYTES)}\n`;
    const r = check({ 'system/stor.yaml': big });
    expect(r.findings.map((f) => [f.rule, f.line, f.column])).toEqual([['file-too-large', 1, 1]]);
    expect(r.findings[0]?.message).toContain('MiB');
    expect(r.findings[0]?.hint).toContain('Dela upp');
  });

  it('a binary file, at the first NUL byte', () => {
    const bytes = Uint8Array.from([...Buffer.from('name: P\nx'), 0, 1, 2, 0xff]);
    const r = check({ 'system/bild.yaml': bytes });
    expect(r.findings.map((f) => [f.rule, f.line, f.column])).toEqual([['file-binary', 2, 2]]);
  });

  it('Latin-1 text, at the first byte that is not UTF-8', () => {
    const r = check({
      'system/p.yaml': Buffer.from(
        'name: Procapita\nsupplier: Tieto Sverige AB\ndescription: Gård\n',
        'latin1',
      ),
    });
    expect(r.findings.map((f) => [f.rule, f.line, f.column])).toEqual([['file-encoding', 3, 15]]);
    expect(r.findings[0]?.message).toBe('Filen är inte giltig UTF-8 (ogiltig byte 0xE5).');
    expect(r.findings[0]?.hint).toContain('Latin-1');
  });

  it('truncated and overlong UTF-8 sequences are not UTF-8 either', () => {
    expect(
      ofRule(check({ 'system/p.yaml': Uint8Array.from([0x6e, 0x3a, 0x20, 0xc3]) }), 'file-encoding'),
    ).toHaveLength(1);
    expect(
      ofRule(check({ 'system/p.yaml': Uint8Array.from([0x6e, 0x3a, 0x20, 0xc0, 0xaf]) }), 'file-encoding'),
    ).toHaveLength(1);
    expect(
      ofRule(
        check({ 'system/p.yaml': Uint8Array.from([0x6e, 0x3a, 0x20, 0xed, 0xa0, 0x80]) }),
        'file-encoding',
      ),
    ).toHaveLength(1);
  });

  it('an empty file, or one with only comments', () => {
    for (const text of ['', '\n\n', '# bara en kommentar\n', '---\n']) {
      const r = check({ 'system/tom.yaml': text });
      expect(
        r.findings.map((f) => [f.rule, f.line, f.column]),
        JSON.stringify(text),
      ).toEqual([['empty-file', 1, 1]]);
    }
  });

  it('a list or a plain text instead of a mapping', () => {
    const list = check({ 'system/lista.yaml': '- name: A\n- name: B\n' });
    expect(list.findings.map((f) => [f.rule, f.line, f.column])).toEqual([['wrong-type', 1, 1]]);
    expect(list.findings[0]?.message).toContain('ska vara ett avsnitt med fält, inte en lista');
    expect(check({ 'asset/text.yaml': 'bara text\n' }).findings.map((f) => f.rule)).toEqual(['wrong-type']);
    expect(check({ 'lisa.yaml': '- ks\n- son\n' }).findings.map((f) => f.rule)).toEqual(['wrong-type']);
  });

  it('a UTF-8 byte order mark is accepted, and positions ignore it', () => {
    const text = `\uFEFF${SYSTEM}`.replace('board: son', 'board: sn');
    const r = check({ 'system/p.yaml': text });
    expect(r.findings.map((f) => [f.rule, f.line, f.column])).toEqual([['dangling-reference', 2, 8]]);
    // Windows editors write a BOM; the registry's language must still be read from the first line.
    const org = check({
      'lisa.yaml':
        '\uFEFFlocale: en\nname: X\nboards: [{ id: ks, name: KS, type: executive-board }]\nroles: {}\n',
    });
    expect(org.findings).toEqual([]);
    expect(org.registry.locale).toBe('en');
  });

  // Most files are read by a fast parser and the rest (anchors, errors) by a careful one; a user must not be able to
  // tell which. A comment with "&" sends a file to the careful parser without changing what it says.
  it.each([
    ['numbers and words YAML 1.1 would read otherwise', 'supplier: 014\nrestricted: yes\n'],
    ['True, ~ and null', 'restricted: True\nsupplier: ~\nhostingCountry: null\n'],
    ['a quoted and an unquoted date', 'protectionAssessed: "2024-02-29"\nsupplier: 2024-01-01\n'],
    ['block scalars', 'description: |\n  Två\n  rader\nsupplier: >-\n  En\n  rad\n'],
    [
      'flow collections with trailing commas',
      'aliases: [VoO, Procapita, ]\nlinks: [{ title: Manual, url: "https://example.se" }]\n',
    ],
    ['CRLF line endings', 'supplier: CGI\r\naliases: [VoO]\r\n'],
    ['a tab inside a value', 'supplier: "CGI\tSverige"\n'],
    ['a duplicate key, quoted once', 'supplier: CGI\n"supplier": Tieto\n'],
    ['a wrong type deep down', 'protectionAssessed: 2024-02-30\nlinks:\n  - title: [a]\n    url: nej\n'],
  ])('the same findings from either parser: %s', (_name, tail) => {
    const text = `${system('Procapita', { confidentiality: 1 })}${tail}`;
    const plain = check({ 'system/procapita.yaml': text });
    const careful = check({ 'system/procapita.yaml': `${text}# &ankare\n` });
    expect(careful.findings).toEqual(plain.findings);
    expect(careful.registry.entities.system.get('procapita')?.data).toEqual(
      plain.registry.entities.system.get('procapita')?.data,
    );
  });

  it('many broken files in one run: every problem is reported, none hides another', () => {
    const r = check({
      'system/a.yaml': 'name: [\n',
      'system/b.yaml': '',
      'system/c.yaml': Buffer.from('name: G\xe5rd\n', 'latin1'),
      'system/d.yaml': 'name: x\nname: y\n',
      'asset/e.yaml': 'name: E\nboard: sn\nowner: socialchef\n',
    });
    expect(r.findings.map((f) => `${f.file.split('/').pop()} ${f.rule}`)).toEqual([
      'e.yaml asset-unclassified',
      'e.yaml dangling-reference',
      'a.yaml yaml-syntax',
      'b.yaml empty-file',
      'c.yaml file-encoding',
      'd.yaml duplicate-key',
    ]);
  });

  it('odd but valid YAML does not crash: non-string keys, flow style, block scalars, tags', () => {
    const r = check({
      'system/p.yaml': `${SYSTEM}1: one\ndescription: |\n  Flera\n  rader\n`,
      'system/q.yaml': `{name: Q, board: son, owner: socialchef, hosting: on-premises, protection: {confidentiality: 1}}\n`,
      'system/r.yaml': `${system('R', {})}description: !!str 12\n`,
      'system/s.yaml': `${system('S', {})}? [komplex, nyckel]\n: värde\n`,
    });
    expect(r.findings.map((f) => `${f.file.split('/').pop()} ${f.rule}`)).toEqual([
      'p.yaml unknown-field',
      's.yaml unknown-field',
    ]);
  });
});
