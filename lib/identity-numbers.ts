// Finds personal identity numbers in text: Swedish personnummer and samordningsnummer (Luhn), Norwegian
// fødselsnummer and D-nummer (two mod-11 check digits). A candidate must also be a real calendar date, which
// keeps dates, phone numbers and registration numbers from being taken for one.

export type IdentityKind = 'personnummer' | 'samordningsnummer' | 'fodselsnummer' | 'd-nummer';

export interface IdentityMatch {
  kind: IdentityKind;
  index: number;
  length: number;
}

function daysIn(year: number | undefined, month: number): number {
  if (month === 2) {
    if (year === undefined) return 29;
    return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  }
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(i) - 48;
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

// Not inside a longer number ("2024-121212-1212"), but after a word and a hyphen ("pnr-121212-1212") it counts.
const SE = /(?<!\d)(?<!\d-)((?:19|20)?)(\d{2})(\d{2})(\d{2})([-+]?)(\d{4})(?![\d])/g;
// Written together, with a space, or with a hyphen (DDMMYY-NNNNN) as on many forms.
const NO = /(?<!\d)(?<!\d-)(\d{2})(\d{2})(\d{2})[ -]?(\d{5})(?![\d])/g;

function swedish(text: string, out: IdentityMatch[]) {
  for (const m of text.matchAll(SE)) {
    const [, century, yy, mm, dd, , rest] = m as unknown as [
      string,
      string,
      string,
      string,
      string,
      string,
      string,
    ];
    const month = Number(mm);
    let day = Number(dd);
    let kind: IdentityKind = 'personnummer';
    if (day > 60) {
      day -= 60;
      kind = 'samordningsnummer';
    }
    const year = century ? Number(century + yy) : undefined;
    if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) continue;
    if (!luhn(yy + mm + dd + rest)) continue;
    out.push({ kind, index: m.index, length: m[0].length });
  }
}

const W1 = [3, 7, 6, 1, 8, 9, 4, 5, 2];
const W2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

function mod11(digits: number[], weights: number[]): number {
  let sum = 0;
  for (let i = 0; i < weights.length; i++) sum += (digits[i] as number) * (weights[i] as number);
  const r = 11 - (sum % 11);
  return r === 11 ? 0 : r;
}

function norwegian(text: string, out: IdentityMatch[]) {
  for (const m of text.matchAll(NO)) {
    const [, dd, mm, yy, rest] = m as unknown as [string, string, string, string, string];
    const digits = (dd + mm + yy + rest).split('').map(Number);
    let day = Number(dd);
    const month = Number(mm);
    let kind: IdentityKind = 'fodselsnummer';
    if (day > 40) {
      day -= 40;
      kind = 'd-nummer';
    }
    if (month < 1 || month > 12 || day < 1 || day > daysIn(undefined, month)) continue;
    const k1 = mod11(digits, W1);
    if (k1 === 10 || k1 !== digits[9]) continue;
    const k2 = mod11(digits, W2);
    if (k2 === 10 || k2 !== digits[10]) continue;
    out.push({ kind, index: m.index, length: m[0].length });
  }
}

/** Every identity number in the text, in order of appearance. */
export function findIdentityNumbers(text: string): IdentityMatch[] {
  // Fast path: nothing that could be one without six digits in a row.
  if (!/\d{6}/.test(text)) return [];
  const out: IdentityMatch[] = [];
  swedish(text, out);
  norwegian(text, out);
  return out.sort((a, b) => a.index - b.index);
}
