/// <reference path="./pdf-lib.d.ts" />
import {
  PDFDict,
  PDFDocument,
  PDFHeader,
  PDFName,
  type PDFObject,
  PDFParser,
  PDFRawStream,
  type PDFRef,
} from 'pdf-lib/dist/pdf-lib.esm.js';
import { lastXref } from './pdf-update.js';

// Chrome's PDF opened for the PDF/UA finishing without parsing all of it. `PDFDocument.load` reads every
// object in the file, and most of a PDF is what the finishing never looks at: the fonts, their widths and
// character maps, the ParentTree's long arrays, the outline, the annotations. Here the file's one
// cross-reference table says where each object is, and an object is parsed (by pdf-lib's own parser, so it
// is the same object a full load makes) the first time it is looked up. The finishing then appends its
// update to Chrome's bytes (pdf-update.ts), which needs only the objects it changed.
//
// Only a file as Chrome writes it qualifies: one revision, a classic cross-reference table, no object or
// cross-reference streams. Anything else returns undefined and is loaded whole.

/** The in-use entries of the cross-reference table at `at`: object number → [offset, generation]. */
function readXref(bytes: Uint8Array, at: number): { entries: Map<number, [number, number]>; end: number } {
  const entries = new Map<number, [number, number]>();
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let pos = at + 4; // past "xref"
  const line = (): string => {
    while (pos < view.length && (view[pos] === 0x0a || view[pos] === 0x0d || view[pos] === 0x20)) pos++;
    let end = pos;
    while (end < view.length && view[end] !== 0x0a && view[end] !== 0x0d) end++;
    const text = view.toString('latin1', pos, end);
    pos = end;
    return text;
  };
  for (;;) {
    const start = pos;
    const head = /^(\d+) (\d+)\s*$/.exec(line());
    if (!head) {
      pos = start;
      break;
    }
    const first = Number(head[1]);
    const count = Number(head[2]);
    for (let i = 0; i < count; i++) {
      const entry = /^(\d{10}) (\d{5}) ([nf])/.exec(line());
      if (!entry) throw new Error('bad cross-reference entry');
      if (entry[3] === 'n') entries.set(first + i, [Number(entry[1]), Number(entry[2])]);
    }
  }
  return { entries, end: pos };
}

/** The parser's methods used here (public in its JavaScript, not in pdf-lib's declarations). */
interface RawParser {
  context: PDFDocument['context'];
  bytes: { moveTo(offset: number): void };
  parseIndirectObjectHeader(): PDFRef;
  skipWhitespaceAndComments(): void;
  parseObject(): PDFObject;
  matchKeyword(keyword: number[]): boolean;
}

const TRAILER = [...Buffer.from('trailer', 'latin1')];

/**
 * A document whose objects are parsed as they are looked up, or undefined when the file is not one
 * revision with a classic cross-reference table. What is never looked up is never parsed, so
 * `context.enumerateIndirectObjects()` lists only what was; such a document can only be saved as an update.
 */
export function openLazily(input: Uint8Array): PDFDocument | undefined {
  const header = /^%PDF-(\d)\.(\d)/.exec(Buffer.from(input.subarray(0, 8)).toString('latin1'));
  const xrefAt = lastXref(input);
  if (!header || xrefAt === undefined) return undefined;
  if (Buffer.from(input.subarray(xrefAt, xrefAt + 4)).toString('latin1') !== 'xref') return undefined;
  let table: ReturnType<typeof readXref>;
  try {
    table = readXref(input, xrefAt);
  } catch {
    return undefined;
  }
  const parser = PDFParser.forBytesWithOptions(
    input,
    Number.POSITIVE_INFINITY,
    false,
    false,
  ) as unknown as RawParser;
  const { context } = parser;
  parser.bytes.moveTo(table.end);
  parser.skipWhitespaceAndComments();
  if (!parser.matchKeyword(TRAILER)) return undefined;
  parser.skipWhitespaceAndComments();
  const trailer = parser.parseObject();
  // An earlier revision (/Prev) would hold objects this table does not list.
  if (!(trailer instanceof PDFDict) || trailer.get(PDFName.of('Prev'))) return undefined;
  const entry = (key: string) => trailer.get(PDFName.of(key));
  context.trailerInfo = {
    Root: entry('Root'),
    Encrypt: entry('Encrypt'),
    Info: entry('Info'),
    ID: entry('ID'),
  };
  context.header = PDFHeader.forVersion(Number(header[1]), Number(header[2]));

  let failed = false;
  const objects = (context as unknown as { indirectObjects: Map<PDFRef, PDFObject> }).indirectObjects;
  const get = objects.get.bind(objects);
  const set = objects.set.bind(objects);
  const parse = (ref: PDFRef): PDFObject | undefined => {
    const entry = table.entries.get(ref.objectNumber);
    if (!entry || entry[1] !== ref.generationNumber) return undefined;
    parser.bytes.moveTo(entry[0]);
    const found = parser.parseIndirectObjectHeader();
    parser.skipWhitespaceAndComments();
    const object = parser.parseObject();
    if (
      found !== ref ||
      (object instanceof PDFRawStream && /\/Type\s*\/(ObjStm|XRef)\b/.test(object.dict.toString()))
    ) {
      failed = true;
      return undefined;
    }
    set(ref, object);
    return object;
  };
  objects.get = (ref: PDFRef) => get(ref) ?? (failed ? undefined : parse(ref));
  for (const n of table.entries.keys()) if (n > context.largestObjectNumber) context.largestObjectNumber = n;
  // The object numbers Chrome used are taken, whether parsed or not: new objects come after them.
  const Doc = PDFDocument as unknown as new (
    c: typeof context,
    ignoreEncryption: boolean,
    updateMetadata: boolean,
  ) => PDFDocument;
  try {
    const doc = new Doc(context, false, false);
    return failed ? undefined : Object.assign(doc, { lazyFailed: () => failed });
  } catch {
    return undefined;
  }
}

/** Whether an object of a lazily opened document could not be parsed as expected (it must be loaded whole). */
export function lazyFailed(doc: PDFDocument): boolean {
  return (doc as PDFDocument & { lazyFailed?: () => boolean }).lazyFailed?.() ?? false;
}
