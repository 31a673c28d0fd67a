// Identity numbers for the fuzz target, built and checked here independently of lib/identity-numbers.ts:
// Swedish (10 or 12 digits, -, +, samordningsnummer) and Norwegian (fødselsnummer, D-nummer, with a space),
// each valid or with a wrong check digit.
import fc from 'fast-check';

function luhnDigit(nine: string): number {
  let sum = 0;
  for (let i = 0; i < 9; i++) {
    let d = Number(nine[i]) * (i % 2 === 0 ? 2 : 1);
    if (d > 9) d -= 9;
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}

function mod11(digits: readonly number[], weights: readonly number[]): number {
  const r = 11 - (weights.reduce((s, w, i) => s + w * (digits[i] as number), 0) % 11);
  return r === 11 ? 0 : r;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

export type NumberForm = 'se10' | 'se10-' | 'se12' | 'se12-' | 'se+' | 'no11' | 'no-space';

export interface IdNumber {
  /** As written in the file. */
  text: string;
  /** Date part and the rest, for placements that split the number. */
  head: string;
  tail: string;
  /** The separator between them as written ('', '-', '+', ' '). */
  sep: string;
  valid: boolean;
}

export const idNumber = fc
  .record({
    form: fc.constantFrom<NumberForm>('se10', 'se10-', 'se12', 'se12-', 'se+', 'no11', 'no-space'),
    year: fc.integer({ min: 1920, max: 2024 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 28 }),
    coordination: fc.boolean(),
    serial: fc.integer({ min: 0, max: 999 }),
    valid: fc.boolean(),
    spoilBy: fc.integer({ min: 1, max: 9 }),
  })
  .map(({ form, year, month, day, coordination, serial, valid, spoilBy }): IdNumber => {
    const yy = pad(year % 100);
    if (form.startsWith('se')) {
      const dd = pad(day + (coordination ? 60 : 0));
      const nnn = pad(serial, 3);
      let check = luhnDigit(`${yy}${pad(month)}${dd}${nnn}`);
      // Changing the check digit alone always breaks Luhn: exactly one digit checks.
      if (!valid) check = (check + spoilBy) % 10;
      const date = form.startsWith('se12') ? `${year}${pad(month)}${dd}` : `${yy}${pad(month)}${dd}`;
      const sep = form.endsWith('-') ? '-' : form === 'se+' ? '+' : '';
      const tail = `${nnn}${check}`;
      return { text: `${date}${sep}${tail}`, head: date, tail, sep, valid };
    }
    const dd = pad(day + (coordination ? 40 : 0));
    const head = `${dd}${pad(month)}${yy}`;
    // The first individual number from `serial` whose check digits both exist.
    for (let k = 0; k < 1000; k++) {
      const iii = pad((serial + k) % 1000, 3);
      const digits = `${head}${iii}`.split('').map(Number);
      const k1 = mod11(digits, [3, 7, 6, 1, 8, 9, 4, 5, 2]);
      if (k1 === 10) continue;
      let k2 = mod11([...digits, k1], [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]);
      if (k2 === 10) continue;
      if (!valid) k2 = (k2 + spoilBy) % 10;
      const sep = form === 'no-space' ? ' ' : '';
      const tail = `${iii}${k1}${k2}`;
      return { text: `${head}${sep}${tail}`, head, tail, sep, valid };
    }
    throw new Error('no individual number with check digits');
  });
