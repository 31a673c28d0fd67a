// Personal identity numbers never leave lisa in any output. The identity-number rule reports where one is;
// every other message that quotes a value (a schema finding on `hosting: 811218-9876`, a change text, an
// answer) shows the number masked, because logs, annotations and check runs outlive a history rewrite.
import { findIdentityNumbers } from '../identity-numbers.js';

/** The text with each identity number in it replaced by `[•••]`. */
export function redactIdentityNumbers(text: string): string {
  const hits = findIdentityNumbers(text);
  if (hits.length === 0) return text;
  let out = text;
  for (const h of hits.reverse()) out = `${out.slice(0, h.index)}[•••]${out.slice(h.index + h.length)}`;
  return out;
}
