// Fingerprints that keep a code-scanning alert the same alert across commits. GitHub matches results by
// `partialFingerprints`; a line number would make every finding below an added line a new alert, so the
// fingerprint is the rule, the file and the YAML path the finding stands at (`protection.confidentiality`).
// A file that could not be parsed has no paths: the text of the line stands in.
import { createHash } from 'node:crypto';
import { isMap, isPair, isScalar, isSeq, type Node } from 'yaml';
import type { ToldFinding } from '../finding.js';
import type { ParsedFile } from '../parse.js';

/** The key the fingerprints are given under; a new version if the recipe ever changes. */
export const FINGERPRINT_KEY = 'lisaPath/v1';

function contains(node: Node | null | undefined, offset: number): boolean {
  const range = node?.range;
  return !!range && range[0] <= offset && offset < Math.max(range[1], range[0] + 1);
}

/** The YAML path of the deepest key or value at a 1-based line and column, `a.b.0.c`; undefined without a document. */
export function yamlPathAt(parsed: ParsedFile, line: number, column: number): string | undefined {
  const { doc, lineCounter } = parsed;
  const start = lineCounter?.lineStarts[line - 1];
  if (!doc || start === undefined) return undefined;
  let node = doc.contents as Node | null;
  // A finding about the whole file stands at 1:1; comments added above must not move it off the document.
  const offset = Math.max(start + column - 1, node?.range?.[0] ?? 0);
  const path: (string | number)[] = [];
  for (let depth = 0; depth < 100 && node; depth++) {
    if (isMap(node)) {
      const pair = node.items.find(
        (p) => isPair(p) && (contains(p.key as Node, offset) || contains(p.value as Node, offset)),
      );
      if (!pair) break;
      path.push(isScalar(pair.key) ? String(pair.key.value) : '?');
      if (contains(pair.key as Node, offset)) break;
      node = pair.value as Node | null;
    } else if (isSeq(node)) {
      const index = node.items.findIndex((item) => contains(item as Node, offset));
      if (index < 0) break;
      path.push(index);
      node = node.items[index] as Node | null;
    } else break;
  }
  return path.join('.');
}

/** One fingerprint per finding, in order. `repoPath` gives the file's path from the repository root. */
export function fingerprints(
  findings: readonly ToldFinding[],
  files: readonly ParsedFile[],
  repoPath: (file: string) => string,
): string[] {
  const byFile = new Map(files.map((f) => [f.file, f]));
  const keys = findings.map((f) => {
    const parsed = byFile.get(f.file);
    const where =
      (parsed && yamlPathAt(parsed, f.line, f.column)) ??
      `line:${(parsed?.text.split('\n')[f.line - 1] ?? '').trim()}`;
    return [f.rule, repoPath(f.file), where].join('\0');
  });
  // Several findings of one rule at one place (a missing "board" and "owner" at the top of a file) are told
  // apart by their rank in message order: a level named in a message may change without making a new alert.
  const groups = new Map<string, number[]>();
  keys.forEach((key, i) => {
    const list = groups.get(key) ?? [];
    list.push(i);
    groups.set(key, list);
  });
  const rank = new Array<number>(findings.length).fill(0);
  for (const list of groups.values()) {
    if (list.length < 2) continue;
    const sorted = [...list].sort((a, b) => {
      const x = findings[a]?.message ?? '';
      const y = findings[b]?.message ?? '';
      return x < y ? -1 : x > y ? 1 : a - b;
    });
    sorted.forEach((index, n) => {
      rank[index] = n;
    });
  }
  return keys.map((key, i) => createHash('sha256').update(`${key}\0${rank[i]}`).digest('hex').slice(0, 32));
}
