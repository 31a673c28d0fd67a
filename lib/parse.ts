import { isUtf8 } from 'node:buffer';
import { load as fastLoad } from 'js-yaml';
import {
  type Document,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  type Node,
  parseDocument,
  visit,
} from 'yaml';
import { type Finding, type FindingData, findingOf, type Position } from './finding.js';
import type { IdentityKind } from './identity-numbers.js';
import { type Excess, MAX_DEPTH, MAX_NODES, MAX_SEPARATORS, measureData, measureText } from './limits.js';
import {
  COMPLEXITY,
  duplicateKey,
  emptyFile,
  fileBinary,
  fileEncoding,
  fileTooComplex,
  fileTooLarge,
  yamlAliases,
  yamlDetail,
  yamlSyntax,
  yamlTab,
} from './parse-rules.js';
import type { RuleDef } from './rule-def.js';

/** A register entry is small; anything near this is a mistake or an attack, not a register. */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;
/** Aliases are legal YAML, but a handful is all a register needs; more is how alias bombs work. */
export const MAX_ALIAS_COUNT = 100;

export interface ParsedFile {
  /** Path relative to the working directory, forward slashes. */
  file: string;
  text: string;
  /** The content as plain data; undefined when the file could not be read. */
  data: unknown;
  /**
   * For a file refused before parsing (too large, binary, not UTF-8): its bytes as text, only to be scanned
   * for identity numbers, which must be found in every file.
   */
  scanText?: string;
  doc?: Document.Parsed;
  lineCounter?: LineCounter;
  findings: Finding[];
  /**
   * The identity numbers in the file, once lib/rules/identity.ts has scanned it: they follow from the text, so
   * they are kept with the parse (a re-validation scans only changed files). A weak map beside the file cost
   * more than the field, and each full garbage collection walked it.
   */
  identityHits?: readonly { kind: IdentityKind; position: Position }[];
}

export type PathSegment = string | number;

function finding(file: string, rule: RuleDef, pos: Position, data: FindingData = {}): Finding {
  return findingOf(rule, file, pos, data);
}

/** Offset of the first byte that is not valid UTF-8, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else return i;
    if (i + need >= n) return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

function positionOfByte(bytes: Uint8Array, offset: number): Position {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

export function humanSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MiB` : `${Math.ceil(bytes / 1024)} KiB`;
}

const TAB_CODES = new Set(['TAB_AS_INDENT']);

/**
 * Any file's bytes as text to search for identity numbers: UTF-8 when it is, UTF-16 with a byte-order mark,
 * else one character per byte (Latin-1), which keeps every ASCII digit and every line break where it was.
 */
export function textForScan(bytes: Uint8Array): string {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf[0] === 0xff && buf[1] === 0xfe) return buf.subarray(2).toString('utf16le');
  if (buf[0] === 0xfe && buf[1] === 0xff) {
    const swapped = Buffer.from(buf.subarray(2, 2 + ((buf.length - 2) & ~1)));
    return swapped.swap16().toString('utf16le');
  }
  if (isUtf8(buf)) return buf.toString('utf8');
  return buf.toString('latin1');
}

/** Reads one register file's bytes into data, with every problem as a finding and never an exception. */
/** A file's text as the parser reads it: UTF-8, without a byte-order mark. */
export function textOf(bytes: Uint8Array): string {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

export function parseFile(file: string, bytes: Uint8Array, size = bytes.length): ParsedFile {
  const result: ParsedFile = { file, text: '', data: undefined, findings: [] };
  if (bytes.length > MAX_FILE_BYTES || size > bytes.length) {
    result.scanText = textForScan(bytes);
    result.findings.push(
      finding(
        file,
        fileTooLarge,
        { line: 1, column: 1 },
        { size: humanSize(size), max: humanSize(MAX_FILE_BYTES) },
      ),
    );
    return result;
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    result.scanText = textForScan(bytes);
    result.findings.push(finding(file, fileBinary, positionOfByte(bytes, nul)));
    return result;
  }
  const bad = isUtf8(bytes) ? -1 : firstInvalidUtf8(bytes);
  if (bad !== -1) {
    result.scanText = textForScan(bytes);
    result.findings.push(
      finding(file, fileEncoding, positionOfByte(bytes, bad), {
        byte: (bytes[bad] as number).toString(16).toUpperCase().padStart(2, '0'),
      }),
    );
    return result;
  }
  const text = textOf(bytes);
  result.text = text;
  // A text shorter than the bound cannot pass it (nor nest deep enough to matter): most files skip the pass.
  const excess = text.length > MAX_SEPARATORS ? measureText(text) : undefined;
  if (excess) return tooComplex(result, excess, positionOfText(text, excess.offset ?? 0));
  // Two YAML parsers, one meaning: js-yaml (YAML 1.2 core schema, about six times faster) reads the files
  // that are well-formed and have no aliases, which is nearly all of them; the `yaml` library, which keeps
  // positions and bounds alias expansion, reads the rest and explains their errors. Positions for findings
  // in a fast-read file are taken from a `yaml` parse made only when a finding needs one (see `locate`).
  if (!MAY_HAVE_ALIAS.test(text)) {
    try {
      const data = fastLoad(text);
      if (data === undefined || data === null) {
        result.findings.push(finding(file, emptyFile, { line: 1, column: 1 }));
        return result;
      }
      // Without aliases every node takes at least a character: a short file cannot hold too many.
      const deep = text.length > MAX_NODES || DEEP_INDENT.test(text) ? measureData(data) : undefined;
      if (deep) return tooComplex(result, deep, { line: 1, column: 1 });
      result.data = data;
      return result;
    } catch {
      // fall through: the careful parser says what is wrong, in the user's language
    }
  }
  return parseText(result);
}

/** Indentation of two spaces per level beyond the deepest nesting allowed. */
const DEEP_INDENT = new RegExp(`\n {${2 * MAX_DEPTH},}\\S`);

function tooComplex(result: ParsedFile, excess: Excess, pos: Position): ParsedFile {
  const max = excess.what === 'nodes' ? MAX_NODES : MAX_DEPTH;
  const detail = { key: COMPLEXITY[excess.what], data: { max } };
  result.findings.push(finding(result.file, fileTooComplex, pos, { detail }));
  return result;
}

function positionOfText(text: string, offset: number): Position {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/** Anchors (&a) and aliases (*a) are rare in registers; their presence sends a file to the careful parser. */
const MAY_HAVE_ALIAS = /[&*][^\s]/;

function ensureDocument(parsed: ParsedFile): void {
  if (parsed.doc || !parsed.text) return;
  const lineCounter = new LineCounter();
  parsed.doc = parseDocument(parsed.text, {
    lineCounter,
    prettyErrors: false,
    uniqueKeys: true,
    strict: true,
    logLevel: 'error',
  });
  parsed.lineCounter = lineCounter;
}

function parseText(result: ParsedFile): ParsedFile {
  const { file, text } = result;
  const lineCounter = new LineCounter();
  // logLevel 'error': the library's warnings (a mapping used as a key, say) would go to the process's stderr
  // as Node warnings; the schema check reports such content as a finding instead.
  const doc = parseDocument(text, {
    lineCounter,
    prettyErrors: false,
    uniqueKeys: true,
    strict: true,
    logLevel: 'error',
  });
  result.doc = doc;
  result.lineCounter = lineCounter;
  const at = (offset: number, end?: number): Position => {
    const start = lineCounter.linePos(offset);
    const pos: Position = { line: start.line, column: start.col };
    if (end !== undefined && end > offset) {
      const e = lineCounter.linePos(end);
      pos.endLine = e.line;
      pos.endColumn = e.col;
    }
    return pos;
  };
  let seenTabLine = -1;
  for (const error of doc.errors) {
    const pos = at(error.pos[0], error.pos[1]);
    if (TAB_CODES.has(error.code) || (error.code === 'BAD_INDENT' && lineHasLeadingTab(text, pos.line))) {
      if (seenTabLine === pos.line) continue;
      seenTabLine = pos.line;
      result.findings.push(finding(file, yamlTab, pos));
    } else if (error.code === 'DUPLICATE_KEY') {
      result.findings.push(finding(file, duplicateKey, pos));
    } else {
      result.findings.push(
        finding(file, yamlSyntax, pos, {
          detail: yamlDetail(error.code, firstLine(error.message)),
        }),
      );
    }
  }
  if (result.findings.length > 0) return result;
  if (doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null)) {
    result.findings.push(finding(file, emptyFile, { line: 1, column: 1 }));
    return result;
  }
  try {
    const data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    const deep = measureData(data);
    if (deep) return tooComplex(result, deep, { line: 1, column: 1 });
    result.data = data;
  } catch (error) {
    // `*name` with no `&name` before it is a mistake, not an alias bomb: say which alias, where.
    const unresolvedName = /^Unresolved alias.*: (.*)$/.exec(String((error as Error)?.message))?.[1];
    const unresolved = unresolvedName === undefined ? undefined : aliasNamed(doc, unresolvedName);
    if (unresolved) {
      result.findings.push(
        finding(file, yamlSyntax, at(unresolved.range[0], unresolved.range[1]), {
          detail: yamlDetail('UNRESOLVED_ALIAS', unresolved.source),
        }),
      );
      return result;
    }
    const anchor = text.search(/[&*][A-Za-z0-9_-]/);
    result.findings.push(finding(file, yamlAliases, anchor >= 0 ? at(anchor) : { line: 1, column: 1 }));
  }
  return result;
}

/** The first alias `*name` in the document (one walk: resolving each alias would walk it again per alias). */
function aliasNamed(
  doc: Document.Parsed,
  name: string,
): { source: string; range: [number, number] } | undefined {
  let found: { source: string; range: [number, number] } | undefined;
  visit(doc, {
    Alias(_key, node) {
      if (node.source !== name || !node.range) return undefined;
      found = { source: node.source, range: [node.range[0], node.range[1]] };
      return visit.BREAK;
    },
  });
  return found;
}

function lineHasLeadingTab(text: string, line: number): boolean {
  let start = 0;
  for (let l = 1; l < line; l++) {
    start = text.indexOf('\n', start) + 1;
    if (start === 0) return false;
  }
  return /^[ ]*\t/.test(
    text.slice(start, text.indexOf('\n', start) === -1 ? undefined : text.indexOf('\n', start)),
  );
}

function firstLine(message: string): string {
  return (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '').trim();
}

/**
 * Where a value (or, with `key`, its key) stands in a parsed file. Walks as far along the path as the file
 * goes, so a missing field is reported at the mapping that should hold it.
 */
export function locate(parsed: ParsedFile, path: readonly PathSegment[], key = false): Position {
  ensureDocument(parsed);
  const { doc, lineCounter } = parsed;
  if (!doc || !lineCounter) return { line: 1, column: 1 };
  let node: Node | null | undefined = doc.contents as Node | null;
  let keyNode: Node | undefined;
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find(
        (p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(segment),
      );
      if (!pair) break;
      keyNode = pair.key as Node;
      node = pair.value as Node | null;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment] as Node | undefined;
      if (!item) break;
      keyNode = undefined;
      node = item;
    } else break;
  }
  const target = key && keyNode ? keyNode : (node ?? keyNode);
  const range = target?.range;
  if (!range) return { line: 1, column: 1 };
  const start = lineCounter.linePos(range[0]);
  const end = lineCounter.linePos(range[1]);
  return { line: start.line, column: start.col, endLine: end.line, endColumn: end.col };
}
