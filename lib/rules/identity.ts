import type { Position } from '../finding.js';
import type { MessageKey } from '../i18n/index.js';
import { findIdentityNumbers, type IdentityKind } from '../identity-numbers.js';
import { locate, type ParsedFile, type PathSegment } from '../parse.js';
import type { Rule } from './context.js';

const KIND_NAMES: Record<IdentityKind, MessageKey> = {
  personnummer: 'finding.identity.kindNames.personnummer',
  samordningsnummer: 'finding.identity.kindNames.samordningsnummer',
  fodselsnummer: 'finding.identity.kindNames.fodselsnummer',
  'd-nummer': 'finding.identity.kindNames.d-nummer',
};

export const identityNumber: Rule = {
  id: 'identity-number',
  severity: 'error',
  description: 'rule.identity-number.description',
  // The message never repeats the number: findings end up in CI logs and PR comments.
  message: 'rule.identity-number.message',
  hint: 'rule.identity-number.hint',
  check(ctx) {
    // Stray YAML files are not registers, but they are in the repo all the same.
    for (const file of [...ctx.registry.files, ...(ctx.registry.strayTexts ?? [])]) {
      for (const hit of identityNumbersIn(file)) {
        ctx.report(
          this,
          { file: file.file, position: hit.position },
          { kind: { key: KIND_NAMES[hit.kind] } },
        );
      }
    }
  },
};

export type Hit = { kind: IdentityKind; position: Position };

// A file's text does not change while its parse is cached, so neither do the numbers in it: they are kept on
// the parsed file (`identityHits`).

/**
 * What `identityNumbersIn` finds in a parsed file with no finding, worked out from its text alone; undefined
 * when its values may hold a number the text does not show (then the values are walked, which needs the
 * file's positions). The action's worker threads work it out beside the parse, off the main thread.
 */
export function textOnlyHits(text: string): readonly Hit[] | undefined {
  return PARSED_MAY_DIFFER.test(text) ? undefined : textHits(text);
}

/** Takes `textOnlyHits` of `file.text`, worked out elsewhere, as this thread's own scan of the file. */
export function primeIdentityHits(file: ParsedFile, hits: readonly Hit[]): void {
  file.identityHits = hits;
}

function identityNumbersIn(file: {
  text: string;
  scanText?: string;
  data?: unknown;
  identityHits?: readonly Hit[];
}): readonly Hit[] {
  if (file.identityHits) return file.identityHits;
  const text = file.text || file.scanText || '';
  let hits = textHits(text);
  // The raw text misses what YAML makes of it: a number folded at its space onto the next line
  // (`010107⏎  50160`), escapes (`\u002d`), line continuations, hexadecimal integers. So the parsed
  // values are scanned too, and a number found only there is reported where its value stands.
  if (file.data !== undefined && 'findings' in file && PARSED_MAY_DIFFER.test(text)) {
    const extra = valueHits(file as ParsedFile, hits);
    if (extra.length) hits = [...hits, ...extra].sort((a, b) => a.position.line - b.position.line);
  }
  file.identityHits = hits;
  return hits;
}

/** What nearly every file holds: one list for all of them rather than one per file, kept for the run. */
const NONE: readonly Hit[] = Object.freeze([]);

function textHits(text: string): readonly Hit[] {
  if (!text) return NONE;
  const matches = findIdentityNumbers(text);
  if (matches.length === 0) return NONE;
  const hits: Hit[] = [];
  let line = 1;
  let lineStart = 0;
  let scanned = 0;
  for (const m of matches) {
    for (; scanned < m.index; scanned++) {
      if (text.charCodeAt(scanned) === 10) {
        line++;
        lineStart = scanned + 1;
      }
    }
    const column = m.index - lineStart + 1;
    hits.push({ kind: m.kind, position: { line, column, endLine: line, endColumn: column + m.length } });
  }
  return hits;
}

/**
 * When the parsed values can hold a number the text does not show in one piece: an escape or line
 * continuation (\), a hexadecimal or octal integer, an exponent, or digits on both sides of a line break
 * (folding joins them with a space). Without any of these, every value's digits stand in the text as they
 * are, the raw scan has found them, and the walk over the values is skipped.
 */
const PARSED_MAY_DIFFER = /\\|0[xo]|\d[e]|\d[ \t]*\r?\n[ \t]*\d/i;

/** Six digits in a row: nothing shorter can hold an identity number. */
const DIGITS = /\d{6}/;

/** Numbers in parsed keys and values that the raw text did not show at their place. */
function valueHits(parsed: ParsedFile, raw: readonly Hit[]): Hit[] {
  const out: Hit[] = [];
  const check = (value: string, path: PathSegment[], key: boolean) => {
    const found = findIdentityNumbers(value);
    if (found.length === 0) return;
    const pos = locate(parsed, path, key);
    // Raw hits inside the value's own range (a block scalar's range ends at the start of the next line).
    const before = (l: number, c: number, l2: number, c2: number) => l < l2 || (l === l2 && c < c2);
    const endLine = pos.endLine ?? pos.line;
    const endColumn = pos.endColumn ?? Number.POSITIVE_INFINITY;
    const seen = raw.filter(
      (h) =>
        !before(h.position.line, h.position.column, pos.line, pos.column) &&
        before(h.position.line, h.position.column, endLine, endColumn),
    ).length;
    for (const m of found.slice(seen)) {
      out.push({ kind: m.kind, position: startOf(parsed.text, pos, value.slice(m.index, m.index + 6)) });
    }
  };
  // One path stack for the whole walk: copied only for a value that holds a number.
  const path: PathSegment[] = [];
  const walk = (node: unknown) => {
    if (path.length > 64) return;
    if (typeof node === 'string') {
      if (DIGITS.test(node)) check(node, [...path], false);
    } else if (typeof node === 'number') {
      if (node >= 1e8) check(String(node), [...path], false);
    } else if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        path.push(i);
        walk(node[i]);
        path.pop();
      }
    } else if (node && typeof node === 'object') {
      for (const k in node) {
        path.push(k);
        if (DIGITS.test(k)) check(k, [...path], true);
        walk((node as Record<string, unknown>)[k]);
        path.pop();
      }
    }
  };
  walk(parsed.data);
  return out;
}

/** Where in the value's lines its number begins (its first six digits), else where the value begins. */
function startOf(text: string, pos: Position, head: string): Position {
  const lines = text.split('\n');
  const end =
    pos.endLine !== undefined && pos.endLine > pos.line && pos.endColumn === 1
      ? pos.endLine - 1
      : (pos.endLine ?? pos.line);
  for (let l = pos.line; l <= end; l++) {
    const column = (lines[l - 1] ?? '').indexOf(head);
    if (column !== -1) return { line: l, column: column + 1 };
  }
  return { line: pos.line, column: pos.column };
}
