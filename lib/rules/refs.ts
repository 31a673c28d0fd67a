import type { Kind } from '../kinds.js';
import type { PathSegment } from '../parse.js';

export type RefTarget = Kind | 'board' | 'role';

/**
 * Every field that names another entry, per register. `*` stands for each item of a list or each key of a
 * mapping. One table, used by the reference rule, the semantic diff and the search index alike.
 */
export const REFERENCE_FIELDS: Record<Kind | 'organisation', [string, RefTarget][]> = {
  organisation: [
    ['boards.*.chair', 'role'],
    ['boards.*.dpo', 'role'],
    ['roles.*.board', 'board'],
    ['access.restricted.roles.*', 'role'],
  ],
  system: [
    ['board', 'board'],
    ['owner', 'role'],
    ['administrator', 'role'],
  ],
  asset: [
    ['board', 'board'],
    ['owner', 'role'],
    ['systems.*', 'system'],
    ['processing.*', 'processing'],
  ],
  classification: [
    ['asset', 'asset'],
    ['participants.*', 'role'],
  ],
  processing: [
    ['controller', 'board'],
    ['systems.*', 'system'],
  ],
  document: [
    ['decidedBy', 'board'],
    ['owner', 'role'],
    ['supersedes', 'document'],
  ],
  kpi: [['owner', 'role']],
  cycle: [
    ['owner', 'role'],
    ['boards.*', 'board'],
    ['documents.*', 'document'],
  ],
  audit: [
    ['boards.*', 'board'],
    ['recommendations.*.board', 'board'],
    ['recommendations.*.plannedActions.*.owner', 'role'],
    ['decision.board', 'board'],
  ],
  faq: [
    ['owner', 'role'],
    ['documents.*', 'document'],
  ],
};

/** The values at a dotted field pattern, with the path to each. */
export function* valuesAt(data: unknown, pattern: string): Generator<[PathSegment[], unknown]> {
  yield* walk(data, pattern.split('.'), []);
}

function* walk(node: unknown, rest: string[], path: PathSegment[]): Generator<[PathSegment[], unknown]> {
  if (rest.length === 0) {
    if (node !== undefined && node !== null) yield [path, node];
    return;
  }
  const [head, ...tail] = rest as [string, ...string[]];
  if (node === null || typeof node !== 'object') return;
  if (head === '*') {
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) yield* walk(node[i], tail, [...path, i]);
    } else {
      for (const [k, v] of Object.entries(node)) yield* walk(v, tail, [...path, k]);
    }
    return;
  }
  if (Array.isArray(node)) return;
  yield* walk((node as Record<string, unknown>)[head], tail, [...path, head]);
}
