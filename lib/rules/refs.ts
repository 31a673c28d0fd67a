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
    ['controller.dpo', 'role'],
    ['controller.delegatedTo', 'role'],
    ['roles.*.board', 'board'],
    ['access.restricted.roles.*', 'role'],
    ['risk.mayAccept.*.role', 'role'],
    ['questionsRole', 'role'],
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
    ['decidedByRole', 'role'],
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
    ['recommendations.*.plannedActions.*.plan', 'plan'],
    ['decisions.*.board', 'board'],
    ['requested.from.*', 'board'],
  ],
  faq: [
    ['owner', 'role'],
    ['documents.*', 'document'],
  ],
  incident: [
    ['board', 'board'],
    ['owner', 'role'],
    ['systems.*', 'system'],
    ['assets.*', 'asset'],
    ['consequences.by', 'role'],
    ['actions.*.owner', 'role'],
  ],
  agreement: [
    ['board', 'board'],
    ['owner', 'role'],
    ['systems.*', 'system'],
    ['processing.*', 'processing'],
  ],
  training: [
    ['owner', 'role'],
    ['audience.boards.*', 'board'],
    ['fulfils', 'cycle'],
  ],
  report: [['author', 'role']],
  risk: [
    ['object.system', 'system'],
    ['object.asset', 'asset'],
    ['object.processing', 'processing'],
    ['board', 'board'],
    ['participants.*', 'role'],
    ['scenarios.*.assets.*', 'asset'],
    ['scenarios.*.systems.*', 'system'],
    ['scenarios.*.actions.*', 'plan'],
    ['scenarios.*.acceptedBy', 'role'],
  ],
  plan: [
    ['board', 'board'],
    ['owner', 'role'],
  ],
  review: [
    ['board', 'board'],
    ['participants.*', 'role'],
    ['decisions.*.actions.*', 'plan'],
  ],
};

const SPLIT = new Map<string, string[]>();

/**
 * Calls `visit` for each value at a dotted field pattern. The path is built only when asked for: the reference
 * check walks every field of every entry on each run, and almost none of them need a path.
 */
export function forEachValueAt(
  data: unknown,
  pattern: string,
  visit: (value: unknown, path: () => PathSegment[]) => void,
): void {
  let segments = SPLIT.get(pattern);
  if (!segments) {
    segments = pattern.split('.');
    SPLIT.set(pattern, segments);
  }
  // The two shapes nearly every reference has, `field` and `field.*`, without the general walk.
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return;
  if (segments.length === 1) {
    const value = (data as Record<string, unknown>)[pattern];
    if (value !== undefined && value !== null) visit(value, () => [pattern]);
    return;
  }
  if (segments.length === 2 && segments[1] === '*') {
    const field = segments[0] as string;
    const list = (data as Record<string, unknown>)[field];
    if (Array.isArray(list)) {
      for (let i = 0; i < list.length; i++) {
        const value = list[i];
        if (value !== undefined && value !== null) visit(value, () => [field, i]);
      }
      return;
    }
  }
  const stack: PathSegment[] = [];
  const path = () => stack.slice();
  const walk = (node: unknown, depth: number): void => {
    if (depth === (segments as string[]).length) {
      if (node !== undefined && node !== null) visit(node, path);
      return;
    }
    if (node === null || typeof node !== 'object') return;
    const head = (segments as string[])[depth] as string;
    if (head === '*') {
      if (Array.isArray(node)) {
        for (let i = 0; i < node.length; i++) {
          stack.push(i);
          walk(node[i], depth + 1);
          stack.pop();
        }
      } else {
        for (const k in node) {
          stack.push(k);
          walk((node as Record<string, unknown>)[k], depth + 1);
          stack.pop();
        }
      }
      return;
    }
    if (Array.isArray(node)) return;
    stack.push(head);
    walk((node as Record<string, unknown>)[head], depth + 1);
    stack.pop();
  };
  walk(data, 0);
}
