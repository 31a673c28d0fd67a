import { describe, expect, it } from 'vitest';
import { findIdentityNumbers } from '../../lib/identity-numbers.js';
import { asset, at, check, classification, expectAt, ORG, ofRule, single } from './fixtures.js';

/** The Luhn check digit Skatteverket appends to YYMMDDNNN. */
function luhnDigit(nine: string): string {
  let sum = 0;
  for (let i = 0; i < 9; i++) {
    let d = Number(nine[i]) * (i % 2 === 0 ? 2 : 1);
    if (d > 9) d -= 9;
    sum += d;
  }
  return String((10 - (sum % 10)) % 10);
}

/** A Swedish number YYMMDD-NNNC with a correct check digit. */
function swedish(yymmdd: string, nnn: string, sep = '-'): string {
  return `${yymmdd}${sep}${nnn}${luhnDigit(yymmdd + nnn)}`;
}

/** A Norwegian fødselsnummer DDMMYY + III + K1K2, with the first individual number from `from` that has valid check digits. */
function norwegian(ddmmyy: string, from = 100): string {
  const w1 = [3, 7, 6, 1, 8, 9, 4, 5, 2];
  const w2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
  const check = (digits: number[], w: number[]) => {
    const r = 11 - (w.reduce((s, x, i) => s + x * (digits[i] as number), 0) % 11);
    return r === 11 ? 0 : r;
  };
  for (let i = from; i < 1000; i++) {
    const digits = `${ddmmyy}${String(i).padStart(3, '0')}`.split('').map(Number);
    const k1 = check(digits, w1);
    if (k1 === 10) continue;
    const k2 = check([...digits, k1], w2);
    if (k2 === 10) continue;
    return `${ddmmyy}${String(i).padStart(3, '0')}${k1}${k2}`;
  }
  throw new Error('no valid number');
}

/** The same number with its last check digit changed, so that it no longer checks. */
function spoil(n: string): string {
  const last = Number(n.at(-1));
  return n.slice(0, -1) + String((last + 1) % 10);
}

const kinds = (text: string) => findIdentityNumbers(text).map((m) => m.kind);

describe('findIdentityNumbers: Swedish', () => {
  it("finds Skatteverket's test number in 12 and 10 digits, with and without - and +", () => {
    for (const n of [
      '19121212-1212',
      '191212121212',
      '121212-1212',
      '1212121212',
      '121212+1212',
      '20121212-1212',
    ]) {
      expect(findIdentityNumbers(`nummer ${n} här`), n).toEqual([
        { kind: 'personnummer', index: 7, length: n.length },
      ]);
    }
  });

  it('finds a number glued to a word or after a word and a hyphen, but not inside a longer number', () => {
    for (const text of [
      'pnr-19121212-1212',
      'elev-121212-1212',
      'pnr:121212-1212',
      'ID121212-1212',
      '(121212-1212)',
    ]) {
      expect(kinds(text), text).toEqual(['personnummer']);
    }
    expect(kinds('2024-121212-1212')).toEqual([]);
    expect(kinds('08-1212121212')).toEqual([]);
  });

  it('finds a samordningsnummer (day + 60)', () => {
    const n = swedish('901273', '123'); // 1990-12-13
    expect(kinds(n)).toEqual(['samordningsnummer']);
    expect(kinds(`19${n}`)).toEqual(['samordningsnummer']);
  });

  it('ignores numbers whose Luhn digit is wrong', () => {
    expect(kinds('19121212-1213')).toEqual([]);
    expect(kinds(spoil(swedish('850709', '938')))).toEqual([]);
  });

  it('ignores impossible dates even with a correct check digit', () => {
    expect(kinds(swedish('990230', '123'))).toEqual([]); // 30 February
    expect(kinds(swedish('991301', '123'))).toEqual([]); // month 13
    expect(kinds(swedish('990100', '123'))).toEqual([]); // day 0
    expect(kinds(swedish('990192', '123'))).toEqual([]); // day 32 as a samordningsnummer
  });

  it('knows leap years when the century is written', () => {
    expect(kinds(`20${swedish('240229', '123')}`)).toEqual(['personnummer']);
    expect(kinds(`20${swedish('230229', '123')}`)).toEqual([]);
    expect(kinds(`19${swedish('000229', '123')}`)).toEqual([]); // 1900 was no leap year
  });

  it('does not take organisation numbers for personnummer (the month is 20 or more)', () => {
    for (const n of [swedish('212000', '014'), swedish('556677', '889'), swedish('802002', '123')]) {
      expect(kinds(n), n).toEqual([]);
      expect(kinds(`16${n}`), `16${n}`).toEqual([]);
    }
  });
});

describe('findIdentityNumbers: Norwegian', () => {
  it('finds a fødselsnummer with both mod-11 check digits, with or without a space', () => {
    const n = norwegian('010190');
    expect(findIdentityNumbers(`fnr ${n}`)).toEqual([{ kind: 'fodselsnummer', index: 4, length: 11 }]);
    expect(kinds(`${n.slice(0, 6)} ${n.slice(6)}`)).toEqual(['fodselsnummer']);
    expect(kinds(norwegian('290284'))).toEqual(['fodselsnummer']);
  });

  it('finds a fødselsnummer written with a hyphen (DDMMYY-NNNNN), but not a wrong one so written', () => {
    const n = norwegian('150377');
    const hyphenated = `${n.slice(0, 6)}-${n.slice(6)}`;
    expect(findIdentityNumbers(`fnr. ${hyphenated}.`)).toEqual([
      { kind: 'fodselsnummer', index: 5, length: 12 },
    ]);
    expect(kinds(`${norwegian('410190').slice(0, 6)}-${norwegian('410190').slice(6)}`)).toEqual(['d-nummer']);
    const bad = spoil(n);
    expect(kinds(`${bad.slice(0, 6)}-${bad.slice(6)}`)).toEqual([]);
  });

  it('finds a D-nummer (day + 40)', () => {
    expect(kinds(norwegian('410190'))).toEqual(['d-nummer']);
    expect(kinds(norwegian('710586'))).toEqual(['d-nummer']);
  });

  it('ignores a wrong first or second check digit, and impossible dates', () => {
    const n = norwegian('150377');
    expect(kinds(spoil(n))).toEqual([]);
    const k1 = (Number(n[9]) + 1) % 10;
    expect(kinds(`${n.slice(0, 9)}${k1}${n[10]}`)).toEqual([]);
    expect(kinds(norwegian('310477'))).toEqual([]); // 31 April
    expect(kinds(norwegian('721377'))).toEqual([]); // D-nummer with day 32
  });
});

describe('findIdentityNumbers: no false positives', () => {
  it.each([
    [
      'ISO dates and times',
      'date: 2024-11-23\nnextReview: 2025-02-28\ntid: 12:30:00\nstämpel: 2024-11-23T08:15:00Z',
    ],
    [
      'phone numbers as Swedes write them',
      'växel: 08-123 456 78\nmobil: 070-123 45 67\nintl: +46 70 123 45 67\njour: 0771-23 45 67',
    ],
    ['a phone number without separators that fails Luhn', 'mobil: 0701234567'],
    ['diarienummer', 'registrationNumber: KS 2024/1234\nannat: SN 2023/000412\nBUN 2024-118'],
    ['paragraphs and SFS numbers', 'paragraph: § 112\nreference: Socialtjänstlagen (2001:453) 12 kap. 4 §'],
    ['quarters and KPI values', 'values:\n  2025-Q3: 82.5\n  2025-Q4: 120000'],
    ['long digit runs', 'faktura: 12345678901234567890\nkonto: 1234567890123\nocr: 99999999999'],
    ['a UUID', 'id: 0b1e6f3c-2d4a-4c8e-9a7b-121212121212'],
  ])('%s', (_name, text) => {
    expect(findIdentityNumbers(text)).toEqual([]);
  });
});

describe('identity-number (rule)', () => {
  it('flags a number in a YAML comment and in a value, each at its place, never repeating the digits', () => {
    const n = '19121212-1212';
    const fnr = norwegian('240583');
    const text = asset(
      'Elevhälsans journaler',
      `# Exempel: ${n} (ta bort!)\npersonalData:\n  categories: [Kontakt – fnr ${fnr}]\n`,
    );
    const r = check({
      'asset/elevhalsa.yaml': text,
      'classification/elevhalsa.yaml': classification('elevhalsa', '2026-05-01', {}),
    });
    const found = ofRule(r, 'identity-number');
    expect(found).toHaveLength(2);
    expectAt(found[0], 'asset/elevhalsa.yaml', at(text, n));
    expect(found[0]).toMatchObject({ severity: 'error', endColumn: at(text, n).column + n.length });
    expect(found[0]?.message).toBe(
      'Här står ett personnummer (kontrollsiffran stämmer). Identitetsnummer får aldrig finnas i registret.',
    );
    expect(found[0]?.hint).toContain('dataskyddsombudet');
    expectAt(found[1], 'asset/elevhalsa.yaml', at(text, fnr));
    expect(found[1]?.message).toContain('ett norskt födelsenummer');
    for (const f of found) {
      expect(`${f.message} ${f.hint}`).not.toContain('1212');
      expect(`${f.message} ${f.hint}`).not.toContain(fnr.slice(0, 6));
    }
  });

  it('counts columns in characters, after Swedish letters', () => {
    const n = swedish('470101', '234');
    const text = asset('Åtgärdsärenden', `# Ärende från handläggare på Öster: ${n}\n`);
    const f = single(
      check({ 'asset/a.yaml': text, 'classification/a.yaml': classification('a', '2026-05-01', {}) }),
      'identity-number',
    );
    expectAt(f, 'asset/a.yaml', at(text, n));
  });

  it('scans files that have other errors: a YAML syntax error, lisa.yaml, a file with an unknown field', () => {
    const n = swedish('010101', '987', '');
    const r = check({
      'system/trasig.yaml': `name: [Trasig\nkontakt: ${n}\n`,
      'lisa.yaml': `${ORG}# ansvarig: ${n}\n`,
      'asset/a.yaml': asset('A', `kommentar: ${n}\n`),
    });
    expect(ofRule(r, 'identity-number').map((f) => f.file)).toEqual([
      'registry/asset/a.yaml',
      'registry/lisa.yaml',
      'registry/system/trasig.yaml',
    ]);
  });

  it('scans YAML files outside the register folders too', () => {
    const r = check({ 'anteckningar/kontakter.yaml': `- namn: Test\n  pnr: 19121212-1212\n` });
    expect(ofRule(r, 'unknown-file')).toHaveLength(1);
    const f = single(r, 'identity-number');
    expect(f).toMatchObject({ file: 'registry/anteckningar/kontakter.yaml', line: 2, column: 8 });
    expect(r.errors).toBe(1);
  });

  it('cannot be suppressed', () => {
    const text = asset(
      'A',
      'suppress:\n  - rule: identity-number\n    reason: Det är ett testnummer från Skatteverket.\n# 19121212-1212\n',
    );
    const r = check({ 'asset/a.yaml': text, 'classification/a.yaml': classification('a', '2026-05-01', {}) });
    expect(r.findings.map((f) => f.rule).sort()).toEqual(['identity-number', 'suppress-error']);
  });

  describe('what YAML makes of the text (5a, 5b)', () => {
    const fnr = norwegian('010107');
    const CLS = classification('a', '2026-05-01', {});
    const numbersIn = (text: string) => {
      const r = check({ 'asset/a.yaml': text, 'classification/a.yaml': CLS });
      return ofRule(r, 'identity-number');
    };

    it('a number folded onto the next line at its space, in a folded or plain scalar', () => {
      const folded = `${fnr.slice(0, 6)}\n  ${fnr.slice(6)}`;
      for (const text of [
        asset('A', `description: >\n  Kontakt ${folded} enligt listan.\n`),
        asset('A', `description: Kontakt\n  ${folded}\n`),
      ]) {
        const found = numbersIn(text);
        expect(found, text).toHaveLength(1);
        expect(found[0]?.line).toBe(at(text, fnr.slice(0, 6)).line);
        expect(JSON.stringify(found)).not.toContain(fnr.slice(0, 6));
      }
    });

    it('escapes and line continuations that make a valid number in the parsed value', () => {
      const n = swedish('121212', '121');
      for (const value of [
        `"${n.slice(0, 6)}\\u002d${n.slice(7)}"`,
        `"${n.slice(0, 3)}\\\n  ${n.slice(3)}"`,
        `"\\x3${n[0]}${n.slice(1)}"`,
      ]) {
        const text = asset('A', `supplier: ${value}\n`);
        const found = numbersIn(text);
        expect(found, text).toHaveLength(1);
        expect(found[0]?.line).toBe(4);
      }
    });

    it('a folded number is found even when the next line holds another number (found by the fuzz target)', () => {
      const other = swedish('121212', '121', '');
      const text = asset(
        'A',
        `description: >\n  Kontakt ${fnr.slice(0, 6)}\n  ${fnr.slice(6)}\nsupplier: [a, ${other}]\n`,
      );
      expect(numbersIn(text).map((f) => f.line)).toEqual([5, 7]);
    });

    it('also in YAML files that are no registers (a dot-file draft)', () => {
      const text = `name: Utkast\ndescription: >\n  Kontakt ${fnr.slice(0, 6)}\n  ${fnr.slice(6)}\n`;
      const r = check({ 'system/.utkast.yaml': text });
      expect(ofRule(r, 'identity-number').map((f) => `${f.file}:${f.line}`)).toEqual([
        'registry/system/.utkast.yaml:3',
      ]);
    });

    it('a number seen in the text is reported once, not again from the value', () => {
      const n = swedish('121212', '121');
      expect(numbersIn(asset('A', `supplier: "${n}"\n`))).toHaveLength(1);
    });

    it('a wrong check digit is nothing, in the text or the value', () => {
      const bad = spoil(fnr);
      expect(
        numbersIn(asset('A', `description: >\n  Kontakt ${bad.slice(0, 6)}\n  ${bad.slice(6)}\n`)),
      ).toEqual([]);
    });
  });

  it('scans files it refuses to read as registers: binary, not UTF-8, too large (5c)', () => {
    const n = swedish('121212', '121');
    const latin1 = Buffer.concat([
      Buffer.from(asset('A', '# H')),
      Buffer.from([0xe4]),
      Buffer.from(`r: ${n}\n`),
    ]);
    const nul = Buffer.concat([Buffer.from(`name: A\n# ${n}\n`), Buffer.from([0, 1, 2])]);
    const big = Buffer.from(`name: A\n# ${n}\n${'# fyllnad\n'.repeat(230_000)}`);
    const r = check({ 'asset/a.yaml': latin1, 'asset/b.yaml': nul, 'asset/c.yaml': big });
    expect(ofRule(r, 'file-encoding')).toHaveLength(1);
    expect(ofRule(r, 'file-binary')).toHaveLength(1);
    expect(ofRule(r, 'file-too-large')).toHaveLength(1);
    expect(ofRule(r, 'identity-number').map((f) => `${f.file}:${f.line}`)).toEqual([
      'registry/asset/a.yaml:4',
      'registry/asset/b.yaml:2',
      'registry/asset/c.yaml:2',
    ]);
  });

  it('scans every file under the registry: dot-files, Markdown, CSV (5d)', () => {
    const n = swedish('121212', '121');
    const r = check({
      'README-kontakter.md': `# Kontakter\n\nAnna: ${n}\n`,
      'system/.utkast.yaml': `name: Utkast\n# ${n}\n`,
      'export/elever.csv': `namn;pnr\nAnna;${n}\n`,
    });
    expect(ofRule(r, 'identity-number').map((f) => `${f.file}:${f.line}`)).toEqual([
      'registry/README-kontakter.md:3',
      'registry/export/elever.csv:2',
      'registry/system/.utkast.yaml:2',
    ]);
    // A dot-file is not a register: no other finding about it.
    expect(r.findings.filter((f) => f.rule !== 'identity-number')).toEqual([]);
  });
});
