// File names are ids (a–z, 0–9, hyphen). Swedish and Norwegian letters are spelt out the way people write
// them in addresses and e-mail (å → a, ä → a, ö → o, æ → ae, ø → o), so "Socialnämnden" becomes socialnamnden.

const LETTERS: Record<string, string> = { å: 'a', ä: 'a', ö: 'o', æ: 'ae', ø: 'o', é: 'e', ü: 'u', ß: 'ss' };

/** An id made from a name; '' when nothing usable is left (the caller decides what to do then). */
export function slugify(name: string, maxLength = 60): string {
  const spelt = name
    .toLowerCase()
    .replace(/[åäöæøéüß]/g, (c) => LETTERS[c] ?? c)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '');
  const slug = spelt
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, maxLength)
    .replace(/-+$/, '');
  return slug;
}

/** A slug not yet in `taken` (adds -2, -3 … as needed); records it as taken. */
export function uniqueSlug(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}
