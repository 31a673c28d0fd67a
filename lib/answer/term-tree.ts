// MiniSearch's radix tree of the index's words, frozen into three arrays once the index is built. The tree is a
// Map per node; at region scale its 31,000 Maps were 15 MiB, a tenth of the answer index. Frozen, each node's
// edges keep the order of its Map, and prefix and fuzzy lookups walk them exactly as SearchableMap does (the
// prefix iterator from the last edge to the first, the fuzzy search from the first), so every word is found
// in the same order and every score sums in the same order.
import type SearchableMap from 'minisearch/SearchableMap';

type RadixTree = Map<string, RadixTree | number>;

/** SearchableMap's key for a node's own value. */
const LEAF = '';

export class TermTree {
  /** Node n's edges are `first[n]` up to `first[n + 1]`; node 0 is the root. */
  private readonly first: Int32Array;
  /** Each edge's characters; '' for a node's value. */
  private readonly labels: string[];
  /** The node an edge leads to or, for a value's edge, the value as −(value + 1). */
  private readonly target: Int32Array;

  private constructor(first: Int32Array, labels: string[], target: Int32Array) {
    this.first = first;
    this.labels = labels;
    this.target = target;
  }

  /** The tree of a SearchableMap whose values are numbers ≥ 0 (term ids). */
  static from(map: SearchableMap<number>): TermTree {
    const nodes: RadixTree[] = [map._tree as unknown as RadixTree];
    const labels: string[] = [];
    const targets: number[] = [];
    const first: number[] = [];
    // Breadth first: a node's number is its place in `nodes`, known before its edges are written.
    for (let n = 0; n < nodes.length; n++) {
      first.push(labels.length);
      for (const [label, child] of nodes[n] as RadixTree) {
        labels.push(label);
        if (label === LEAF) targets.push(-((child as number) + 1));
        else {
          targets.push(nodes.length);
          nodes.push(child as RadixTree);
        }
      }
    }
    first.push(labels.length);
    return new TermTree(Int32Array.from(first), labels, Int32Array.from(targets));
  }

  private value(node: number): number | undefined {
    for (let e = this.first[node] as number; e < (this.first[node + 1] as number); e++)
      if (this.labels[e] === LEAF) return -(this.target[e] as number) - 1;
    return undefined;
  }

  /** The edge of `node` whose label `key` starts with at `pos`, or −1 (SearchableMap's `lookup` step). */
  private edgeWithin(node: number, key: string, pos: number): number {
    for (let e = this.first[node] as number; e < (this.first[node + 1] as number); e++) {
      const label = this.labels[e] as string;
      if (label !== LEAF && key.startsWith(label, pos)) return e;
    }
    return -1;
  }

  get(key: string): number | undefined {
    let node = 0;
    let pos = 0;
    while (pos < key.length) {
      const e = this.edgeWithin(node, key, pos);
      if (e < 0) return undefined;
      pos += (this.labels[e] as string).length;
      node = this.target[e] as number;
    }
    return this.value(node);
  }

  /**
   * Every word that starts with `prefix` (itself included), with its value, in the order SearchableMap's
   * `atPrefix(prefix)` iterates them.
   */
  forEachWithPrefix(prefix: string, fn: (term: string, value: number) => void): void {
    let node = 0;
    let pos = 0;
    while (pos < prefix.length) {
      const e = this.edgeWithin(node, prefix, pos);
      if (e >= 0) {
        pos += (this.labels[e] as string).length;
        node = this.target[e] as number;
        continue;
      }
      // The prefix ends inside an edge: the subtree below the first edge that continues it.
      const rest = prefix.slice(pos);
      for (let f = this.first[node] as number; f < (this.first[node + 1] as number); f++) {
        const label = this.labels[f] as string;
        if (label === LEAF || !label.startsWith(rest)) continue;
        this.visitEdge(f, prefix + label.slice(rest.length), fn);
        return;
      }
      return;
    }
    this.visitNode(node, prefix, fn);
  }

  /** SearchableMap's TreeIterator: depth first, each node's edges from the last to the first. */
  private visitNode(node: number, key: string, fn: (term: string, value: number) => void): void {
    for (let e = (this.first[node + 1] as number) - 1; e >= (this.first[node] as number); e--) {
      const label = this.labels[e] as string;
      this.visitEdge(e, label === LEAF ? key : key + label, fn);
    }
  }

  private visitEdge(e: number, key: string, fn: (term: string, value: number) => void): void {
    const target = this.target[e] as number;
    if (target < 0) fn(key, -target - 1);
    else this.visitNode(target, key, fn);
  }

  /**
   * The words within `maxDistance` edits (Levenshtein) of `query`, with value and distance, in SearchableMap's
   * `fuzzyGet` order: its algorithm (a matrix row per character of the path), over the frozen edges.
   */
  fuzzyGet(query: string, maxDistance: number): Map<string, [number, number]> {
    const results = new Map<string, [number, number]>();
    const n = query.length + 1;
    const m = n + maxDistance;
    const matrix = new Uint8Array(m * n).fill(maxDistance + 1);
    for (let j = 0; j < n; ++j) matrix[j] = j;
    for (let i = 1; i < m; ++i) matrix[i * n] = i;
    this.fuzzy(0, query, maxDistance, results, matrix, 1, n, '');
    return results;
  }

  private fuzzy(
    node: number,
    query: string,
    maxDistance: number,
    results: Map<string, [number, number]>,
    matrix: Uint8Array,
    m: number,
    n: number,
    prefix: string,
  ): void {
    const offset = m * n;
    edges: for (let e = this.first[node] as number; e < (this.first[node + 1] as number); e++) {
      const label = this.labels[e] as string;
      if (label === LEAF) {
        const distance = matrix[offset - 1] as number;
        if (distance <= maxDistance) results.set(prefix, [-(this.target[e] as number) - 1, distance]);
        continue;
      }
      let i = m;
      for (let pos = 0; pos < label.length; ++pos, ++i) {
        const char = label[pos];
        const row = n * i;
        const prev = row - n;
        let minDistance = matrix[row] as number;
        const jmin = Math.max(0, i - maxDistance - 1);
        const jmax = Math.min(n - 1, i + maxDistance);
        for (let j = jmin; j < jmax; ++j) {
          const different = char !== query[j];
          const rpl = (matrix[prev + j] as number) + +different;
          const del = (matrix[prev + j + 1] as number) + 1;
          const ins = (matrix[row + j] as number) + 1;
          const dist = Math.min(rpl, del, ins);
          matrix[row + j + 1] = dist;
          if (dist < minDistance) minDistance = dist;
        }
        // Distances never decrease further down: nothing below this edge is near enough.
        if (minDistance > maxDistance) continue edges;
      }
      this.fuzzy(this.target[e] as number, query, maxDistance, results, matrix, i, n, prefix + label);
    }
  }
}
