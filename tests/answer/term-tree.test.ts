import SearchableMap from 'minisearch/SearchableMap';
import { describe, expect, it } from 'vitest';
import { TermTree } from '../../lib/answer/term-tree.js';

/** A deterministic stream of words over a small alphabet, so that many share prefixes and edges split. */
function words(count: number, seed: number): string[] {
  let x = seed;
  const next = () => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x / 2147483648;
  };
  const letters = 'aeiklmnorstvåäö';
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const length = 1 + Math.floor(next() * 9);
    let w = '';
    for (let k = 0; k < length; k++) w += letters[Math.floor(next() * letters.length)];
    out.push(w);
  }
  return out;
}

function prefixed(tree: TermTree, prefix: string): [string, number][] {
  const out: [string, number][] = [];
  tree.forEachWithPrefix(prefix, (term, value) => out.push([term, value]));
  return out;
}

describe('the frozen term tree', () => {
  const map = new SearchableMap<number>();
  let count = 0;
  for (const w of words(3000, 7)) map.fetch(w, () => count++);
  const tree = TermTree.from(map);
  const queries = [...words(400, 99), '', 'stor', 'ö', 'aaaaaaaaaaaa'];

  it('finds every word with its value, and no other', () => {
    for (const [term, value] of map) expect(tree.get(term)).toBe(value);
    for (const q of queries) expect(tree.get(q)).toBe(map.get(q));
  });

  it('lists the words with a prefix in the order SearchableMap iterates them', () => {
    let nonEmpty = 0;
    for (const q of queries) {
      const expected = [...map.atPrefix(q)];
      if (expected.length > 0) nonEmpty++;
      expect(prefixed(tree, q), q).toEqual(expected);
    }
    // The queries reach into the tree, edges cut in the middle included.
    expect(nonEmpty).toBeGreaterThan(100);
    expect(prefixed(tree, '')).toHaveLength(count);
  });

  it('finds near words in the order, and with the distances, of SearchableMap', () => {
    let found = 0;
    for (const q of queries) {
      for (const max of [1, 2, 3]) {
        const expected = [...map.fuzzyGet(q, max)];
        found += expected.length;
        expect([...tree.fuzzyGet(q, max)], `${q} ${max}`).toEqual(expected);
      }
    }
    expect(found).toBeGreaterThan(1000);
  });
});
