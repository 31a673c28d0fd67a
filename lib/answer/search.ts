// Full-text recall over the index's names and the guidance's questions: MiniSearch's ranking (BM25+ with its
// prefix and fuzzy weights, OR of the question's words), computed over postings held in typed arrays. At
// region scale MiniSearch's own index (a Map of documents per term, a result object per hit) was half the
// answer index's memory and most of a question's time. The terms are kept in MiniSearch's radix tree, built in
// the same order, so prefix and fuzzy expansion find the same words in the same order and every score and
// every tie comes out as it did.
import SearchableMap from 'minisearch/SearchableMap';
import { TermTree } from './term-tree.js';

export interface SearchHit {
  /** The id the document was added with. */
  id: number;
  score: number;
}

type TermOption = boolean | number | ((term: string, i: number, terms: string[]) => boolean | number);

export interface SearchOptions {
  /** Edit distance allowed: true is 0.2 of the term's length, a fraction likewise, a whole number as it is. */
  fuzzy?: TermOption;
  prefix?: boolean | ((term: string, i: number, terms: string[]) => boolean);
  /** Only 'OR' is supported: a document matches by any of the words. */
  combineWith?: 'OR';
  /** A factor per field (missing: 1). */
  boost?: Record<string, number>;
  filter?: (hit: SearchHit) => boolean;
  /** At most this many hits (those the filter keeps): the best, in the order the whole list would have them. */
  limit?: number;
}

// MiniSearch's defaults.
const BM25 = { k: 1.2, b: 0.7, d: 0.5 };
const WEIGHTS = { fuzzy: 0.45, prefix: 0.375 };
const MAX_FUZZY = 6;

/**
 * Hits best first; among equal scores in the order found (as a stable sort leaves them). By the distinct scores
 * sorted natively, then a counting sort: a comparator sort of 20,000 objects was a question's largest cost.
 */
function byScore(hits: SearchHit[]): SearchHit[] {
  const n = hits.length;
  if (n < 64) return hits.sort((a, b) => b.score - a.score);
  const sorted = new Float64Array(n);
  for (let i = 0; i < n; i++) sorted[i] = (hits[i] as SearchHit).score;
  sorted.sort();
  // Distinct scores, highest first.
  const distinct: number[] = [];
  for (let i = n - 1; i >= 0; i--)
    if (distinct[distinct.length - 1] !== sorted[i]) distinct.push(sorted[i] as number);
  const rank = new Int32Array(n);
  const starts = new Int32Array(distinct.length + 1);
  for (let i = 0; i < n; i++) {
    const score = (hits[i] as SearchHit).score;
    let lo = 0;
    let hi = distinct.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((distinct[mid] as number) > score) lo = mid + 1;
      else hi = mid;
    }
    rank[i] = lo;
    starts[lo + 1] = (starts[lo + 1] as number) + 1;
  }
  for (let r = 0; r < distinct.length; r++) starts[r + 1] = (starts[r + 1] as number) + (starts[r] as number);
  const out = new Array<SearchHit>(n);
  for (let i = 0; i < n; i++) {
    const r = rank[i] as number;
    out[starts[r] as number] = hits[i] as SearchHit;
    starts[r] = (starts[r] as number) + 1;
  }
  return out;
}

/** A growable Int32Array. */
class Ints {
  data = new Int32Array(1024);
  length = 0;
  push(v: number): void {
    if (this.length === this.data.length) {
      const next = new Int32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = v;
  }
}

/** One field's postings: for term t, documents `docs[start[t]..start[t+1]]` (ascending) and their counts. */
interface Postings {
  start: Int32Array;
  docs: Int32Array;
  freqs: Int32Array;
  /** BM25's length norm per document, k·(1 − b + b·length/average), length being its unique words. */
  norms: Float64Array;
}

/** The words of an empty text, as `''.split(' ')` gives them. */
const EMPTY_TEXT: readonly string[] = [''];

/** Collects documents in id order; `build` makes the searchable form. */
export class SearchBuilder {
  private readonly terms = new SearchableMap<number>();
  private termCount = 0;
  /** Word → term number, so the tree is walked once per word rather than once per occurrence. */
  private readonly known = new Map<string, number>();
  private readonly seenIn = new Ints();
  private readonly slot = new Ints();
  private stamp = 0;
  private readonly ids = new Ints();
  private readonly collected: { terms: Ints; docs: Ints; freqs: Ints; lengths: Ints; avg: number }[];

  constructor(private readonly fields: readonly string[]) {
    this.collected = fields.map(() => ({
      terms: new Ints(),
      docs: new Ints(),
      freqs: new Ints(),
      lengths: new Ints(),
      avg: 0,
    }));
  }

  /** A document: one text per field, its words separated by single spaces (the index's text is stems already). */
  add(id: number, texts: readonly string[]): void {
    this.addTokens(
      id,
      this.fields.map((_, f) => (texts[f] ?? '').split(' ')),
    );
  }

  /**
   * A document as its texts' words, each field's list what `text.split(' ')` gives (an empty text is `['']`):
   * the index has its words as lists already, and joining them only to split them again cost a string per entry.
   */
  addTokens(id: number, fieldTokens: readonly (readonly string[])[]): void {
    const doc = this.ids.length;
    this.ids.push(id);
    for (let f = 0; f < this.fields.length; f++) {
      const c = this.collected[f] as SearchBuilder['collected'][number];
      const tokens = fieldTokens[f] ?? EMPTY_TEXT;
      // Words in first-seen order with their counts; `seenIn` marks a word already counted for this field.
      const stamp = ++this.stamp;
      const first = c.terms.length;
      let empty = 0;
      for (const token of tokens) {
        if (!token) {
          empty = 1;
          continue;
        }
        let t = this.known.get(token);
        if (t === undefined) {
          // The radix tree takes the words in the order MiniSearch would add them: prefix and fuzzy
          // expansion then walk it in the same order.
          t = this.terms.fetch(token, () => this.termCount++);
          this.known.set(token, t);
          this.seenIn.push(0);
          this.slot.push(0);
        }
        if (this.seenIn.data[t] === stamp) {
          const at = this.slot.data[t] as number;
          c.freqs.data[at] = (c.freqs.data[at] as number) + 1;
        } else {
          this.seenIn.data[t] = stamp;
          this.slot.data[t] = c.terms.length;
          c.terms.push(t);
          c.docs.push(doc);
          c.freqs.push(1);
        }
      }
      // MiniSearch's field length: distinct tokens, an empty one included.
      const length = c.terms.length - first + empty;
      c.lengths.push(length);
      c.avg = (c.avg * doc + length) / (doc + 1);
    }
  }

  build(): NameSearch {
    const postings = this.collected.map((c): Postings => {
      // Counting sort by term; documents were added in order, so each term's list stays ascending.
      const start = new Int32Array(this.termCount + 1);
      for (let i = 0; i < c.terms.length; i++) (start[(c.terms.data[i] as number) + 1] as number)++;
      for (let t = 0; t < this.termCount; t++) start[t + 1] = (start[t + 1] as number) + (start[t] as number);
      const fill = start.slice(0, this.termCount);
      const docs = new Int32Array(c.terms.length);
      const freqs = new Int32Array(c.terms.length);
      for (let i = 0; i < c.terms.length; i++) {
        const t = c.terms.data[i] as number;
        const at = (fill[t] as number)++;
        docs[at] = c.docs.data[i] as number;
        freqs[at] = c.freqs.data[i] as number;
      }
      const norms = new Float64Array(c.lengths.length);
      const { k, b } = BM25;
      for (let d = 0; d < norms.length; d++)
        norms[d] = k * (1 - b + (b * (c.lengths.data[d] as number)) / c.avg);
      return { start, docs, freqs, norms };
    });
    return new NameSearch(
      this.fields,
      TermTree.from(this.terms),
      postings,
      this.ids.data.slice(0, this.ids.length),
    );
  }
}

/** Scratch per search, reused: a question allocates its hits, not a map per word. */
interface Scratch {
  total: Float64Array;
  spec: Float64Array;
  totalMark: Int32Array;
  specMark: Int32Array;
  quality: Int32Array;
  order: Int32Array;
  specOrder: Int32Array;
  /** Counters that tell this search's and this word's marks from earlier ones, so nothing is cleared. */
  searches: number;
  words: number;
}

export class NameSearch {
  private scratch: Scratch | undefined;

  constructor(
    private readonly fields: readonly string[],
    private readonly terms: TermTree,
    private readonly postings: readonly Postings[],
    private readonly ids: Int32Array,
  ) {}

  get documentCount(): number {
    return this.ids.length;
  }

  private buffers(): Scratch {
    const n = this.ids.length;
    this.scratch ??= {
      total: new Float64Array(n),
      spec: new Float64Array(n),
      totalMark: new Int32Array(n),
      specMark: new Int32Array(n),
      quality: new Int32Array(n),
      order: new Int32Array(n),
      specOrder: new Int32Array(n),
      searches: 0,
      words: 0,
    };
    return this.scratch;
  }

  /** The documents matching any word of `query` (words separated by spaces), best first. */
  search(query: string, options: SearchOptions = {}): SearchHit[] {
    const words = query.split(' ').filter((w) => !!w);
    const s = this.buffers();
    const boosts = this.fields.map((f) => options.boost?.[f] || 1);
    const total = this.ids.length;
    let count = 0;
    let specCount = 0;
    let specStamp = 0;
    const searchStamp = ++s.searches;
    // One word's (or variant's) postings into the word's sums. MiniSearch's arithmetic, in its order: the
    // inverse document frequency and the length norm are the same numbers it computes per hit.
    const add = (term: number, weight: number) => {
      for (let f = 0; f < this.postings.length; f++) {
        const p = this.postings[f] as Postings;
        const from = p.start[term] as number;
        const to = p.start[term + 1] as number;
        if (from === to) continue;
        const matching = to - from;
        const idf = Math.log(1 + (total - matching + 0.5) / (matching + 0.5));
        const factor = weight * (boosts[f] as number);
        for (let k = from; k < to; k++) {
          const doc = p.docs[k] as number;
          const tf = p.freqs[k] as number;
          const weighted = factor * (idf * (BM25.d + (tf * (BM25.k + 1)) / (tf + (p.norms[doc] as number))));
          if (s.specMark[doc] === specStamp) s.spec[doc] = (s.spec[doc] as number) + weighted;
          else {
            s.specMark[doc] = specStamp;
            s.spec[doc] = weighted;
            s.specOrder[specCount++] = doc;
          }
        }
      }
    };
    const seen = new Set<string>();
    for (let i = 0; i < words.length; i++) {
      const word = words[i] as string;
      specStamp = ++s.words;
      specCount = 0;
      const exact = this.terms.get(word);
      if (exact !== undefined) add(exact, 1);
      this.expand(word, i, words, options, add);
      // Combined by OR in the order of the words: a document's score is the sum of each word's, and how many
      // different words found it multiplies it. A repeated word finds the same documents again.
      const first = !seen.has(word);
      seen.add(word);
      for (let k = 0; k < specCount; k++) {
        const doc = s.specOrder[k] as number;
        if (s.totalMark[doc] === searchStamp) {
          s.total[doc] = (s.total[doc] as number) + (s.spec[doc] as number);
          if (first) s.quality[doc] = (s.quality[doc] as number) + 1;
        } else {
          s.totalMark[doc] = searchStamp;
          s.total[doc] = s.spec[doc] as number;
          s.quality[doc] = 1;
          s.order[count++] = doc;
        }
      }
    }
    if (options.limit !== undefined && count > 4 * options.limit) return this.best(count, options);
    const out: SearchHit[] = [];
    for (let k = 0; k < count; k++) {
      const doc = s.order[k] as number;
      const hit = {
        id: this.ids[doc] as number,
        score: (s.total[doc] as number) * (s.quality[doc] as number),
      };
      if (!options.filter || options.filter(hit)) out.push(hit);
    }
    return byScore(out);
  }

  /**
   * The best `limit` of the search's `count` documents the filter keeps, by a heap over their scores: a common
   * word ("risk" names 30,000 actions) makes tens of thousands of hits, of which a question reads a few.
   * Order as by a stable sort: higher score first, among equals the order found.
   */
  private best(count: number, options: SearchOptions): SearchHit[] {
    const s = this.buffers();
    const limit = options.limit as number;
    const score = s.spec;
    const heap = s.specOrder;
    for (let k = 0; k < count; k++) {
      const doc = s.order[k] as number;
      score[k] = (s.total[doc] as number) * (s.quality[doc] as number);
      heap[k] = k;
    }
    // a before b: a higher score, or an equal one found earlier.
    const before = (a: number, b: number) =>
      (score[a] as number) > (score[b] as number) || (score[a] === score[b] && a < b);
    let size = count;
    const down = (from: number) => {
      let i = from;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= size) return;
        const r = l + 1;
        const c = r < size && before(heap[r] as number, heap[l] as number) ? r : l;
        if (!before(heap[c] as number, heap[i] as number)) return;
        const x = heap[i] as number;
        heap[i] = heap[c] as number;
        heap[c] = x;
        i = c;
      }
    };
    for (let i = (size >> 1) - 1; i >= 0; i--) down(i);
    const out: SearchHit[] = [];
    while (size > 0 && out.length < limit) {
      const k = heap[0] as number;
      size--;
      heap[0] = heap[size] as number;
      down(0);
      const hit = { id: this.ids[s.order[k] as number] as number, score: score[k] as number };
      if (!options.filter || options.filter(hit)) out.push(hit);
    }
    return out;
  }

  /** The word's prefix and fuzzy variants (not itself), each with MiniSearch's weight for its distance. */
  private expand(
    word: string,
    i: number,
    words: string[],
    options: SearchOptions,
    add: (term: number, weight: number) => void,
  ): void {
    const prefix =
      typeof options.prefix === 'function' ? options.prefix(word, i, words) : options.prefix === true;
    const fuzzy =
      typeof options.fuzzy === 'function' ? options.fuzzy(word, i, words) : options.fuzzy || false;
    let fuzzed: Map<string, [number, number]> | undefined;
    if (fuzzy) {
      const f = fuzzy === true ? 0.2 : fuzzy;
      const max = f < 1 ? Math.min(MAX_FUZZY, Math.round(word.length * f)) : f;
      if (max) fuzzed = this.terms.fuzzyGet(word, max);
    }
    if (prefix) {
      this.terms.forEachWithPrefix(word, (term, id) => {
        const distance = term.length - word.length;
        if (!distance) return;
        // A word found both ways counts as a prefix.
        fuzzed?.delete(term);
        add(id, (WEIGHTS.prefix * term.length) / (term.length + 0.3 * distance));
      });
    }
    if (fuzzed) {
      for (const [term, [id, distance]] of fuzzed) {
        if (!distance) continue;
        add(id, (WEIGHTS.fuzzy * term.length) / (term.length + distance));
      }
    }
  }
}
