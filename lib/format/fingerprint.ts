// Fingerprints that keep a code-scanning alert the same alert across commits. GitHub matches results by
// `partialFingerprints`; a line number would make every finding below an added line a new alert, so the
// fingerprint is the rule, the file and the YAML path the finding stands at (`protection.confidentiality`),
// with the message to tell apart several findings of one rule at one place (a missing "board" and a missing
// "owner" at the top of a file). A file that could not be parsed has no paths: the text of the line stands in.
import { createHash } from 'node:crypto';
import { isMap, isPair, isScalar, isSeq, type Node } from 'yaml';
import type { Finding } from '../finding.js';
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
  findings: readonly Finding[],
  files: readonly ParsedFile[],
  repoPath: (file: string) => string,
): string[] {
  const byFile = new Map(files.map((f) => [f.file, f]));
  const seen = new Map<string, number>();
  return findings.map((f) => {
    const parsed = byFile.get(f.file);
    const where =
      (parsed && yamlPathAt(parsed, f.line, f.column)) ??
      `line:${(parsed?.text.split('\n')[f.line - 1] ?? '').trim()}`;
    const key = [f.rule, repoPath(f.file), where, f.message].join('\0');
    // The same finding twice at one place: the occurrence tells them apart.
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    return createHash('sha256').update(`${key}\0${n}`).digest('hex').slice(0, 32);
  });
}
