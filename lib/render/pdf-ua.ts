/// <reference path="./pdf-lib.d.ts" />
import { deflateSync, inflateSync } from 'node:zlib';
import {
  decodePDFRawStream,
  ParseSpeeds,
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFHeader,
  PDFHexString,
  PDFName,
  type PDFObject,
  PDFRawStream,
  PDFRef,
  PDFStream,
  PDFString,
  // The package's entry point is ~300 CommonJS files (~0.2 s of CPU to load, in every run that prints);
  // its single-file ES build is the same code and loads in a quarter of that.
} from 'pdf-lib/dist/pdf-lib.esm.js';
import { markArtifacts } from './pdf-artifacts.js';
import { lazyFailed, openLazily } from './pdf-lazy.js';
import { appendUpdate } from './pdf-update.js';

// What Chrome's tagged PDF lacks for PDF/UA-1 (ISO 14289-1), added after printing with pdf-lib: the XMP
// metadata (pdfuaid:part, dc:title, dc:language), the running header, footer and decorations as artifacts
// (see pdf-artifacts.ts), /Alt on a Figure that holds a described chart, role-map entries for structure
// types PDF 1.7 does not define (Chrome writes PDF 2.0's /Strong), and the version PDF/UA-1 builds on.
// Chrome already writes /MarkInfo, /Lang, DisplayDocTitle and the document's title, kept as they are.

/** The standard structure types of ISO 32000-1 (PDF 1.7), which may not be role-mapped. */
const STANDARD = new Set(
  (
    'Document Part Art Sect Div BlockQuote Caption TOC TOCI Index NonStruct Private P H H1 H2 H3 H4 H5 H6 ' +
    'L LI Lbl LBody Table TR TH TD THead TBody TFoot Span Quote Note Reference BibEntry Code Link Annot ' +
    'Ruby RB RT RP Warichu WT WP Figure Formula Form'
  ).split(' '),
);

/** PDF 2.0 types Chrome may write, as their PDF 1.7 counterparts. Anything else unknown: NonStruct. */
const PDF2_TO_17: Record<string, string> = {
  Strong: 'Span',
  Em: 'Span',
  Sub: 'Span',
  Title: 'P',
  FENote: 'Note',
  Aside: 'Div',
  DocumentFragment: 'Div',
  Artifact: 'NonStruct',
};

export interface FinishOptions {
  /** The document's title, used when the PDF has none of its own. */
  title: string;
  /** BCP 47, e.g. "sv". */
  lang: string;
  /** False: load the whole file even where it could be opened lazily (to compare the two). */
  lazy?: boolean;
}

export interface FinishReport {
  pages: number;
  /** Untagged stretches of page content now marked as artifacts. */
  artifacts: number;
  /** Figures given the /Alt of the chart they hold. */
  figures: number;
  roleMapped: string[];
}

function text(value: unknown): string | undefined {
  if (value instanceof PDFHexString || value instanceof PDFString) return value.decodeText();
  return undefined;
}

function escapeXml(s: string): string {
  return s.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A PDF date (D:YYYYMMDDHHmmSS+hh'mm') as XMP's ISO 8601. */
export function xmpDate(pdfDate: string | undefined): string | undefined {
  const m = /^D:(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(Z|[+-]\d{2}'?\d{2}'?)?/.exec(pdfDate ?? '');
  if (!m) return undefined;
  const zone = !m[7] || m[7] === 'Z' ? 'Z' : `${m[7].slice(0, 3)}:${m[7].slice(3).replace(/'/g, '')}`;
  return `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}${zone}`;
}

export function xmpPacket(meta: {
  title: string;
  lang: string;
  producer?: string;
  creator?: string;
  created?: string;
  modified?: string;
}): string {
  const t = escapeXml(meta.title);
  const lang = escapeXml(meta.lang);
  const opt = (tag: string, v: string | undefined) => (v ? `\n   <${tag}>${escapeXml(v)}</${tag}>` : '');
  return `<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about=""
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
    xmlns:xmp="http://ns.adobe.com/xap/1.0/"
    xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">${t}</rdf:li><rdf:li xml:lang="${lang}">${t}</rdf:li></rdf:Alt></dc:title>
   <dc:language><rdf:Bag><rdf:li>${lang}</rdf:li></rdf:Bag></dc:language>
   <dc:format>application/pdf</dc:format>${opt('pdf:Producer', meta.producer)}${opt('xmp:CreatorTool', meta.creator)}${opt('xmp:CreateDate', meta.created)}${opt('xmp:ModifyDate', meta.modified)}
   <pdfuaid:part>1</pdfuaid:part>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>`;
}

/** A raw stream's bytes as latin1; Node's zlib for Flate (several times faster than pdf-lib's own). */
function decode(stream: PDFRawStream): string {
  const filter = stream.dict.get(PDFName.of('Filter'));
  const bytes =
    filter instanceof PDFName &&
    filter.decodeText() === 'FlateDecode' &&
    !stream.dict.get(PDFName.of('DecodeParms'))
      ? inflateSync(stream.contents)
      : decodePDFRawStream(stream).decode();
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
}

/** Every page's content streams, artifacts marked, written back as one compressed stream. */
function markPages(doc: PDFDocument, changed: Set<PDFObject>): number {
  let count = 0;
  for (const page of doc.getPages()) {
    const contents = page.node.get(PDFName.of('Contents'));
    const refs = contents instanceof PDFArray ? contents.asArray() : [contents];
    const parts: string[] = [];
    for (const ref of refs) {
      const stream = ref instanceof PDFRef ? doc.context.lookup(ref) : ref;
      if (stream instanceof PDFRawStream) parts.push(decode(stream));
      else if (stream instanceof PDFStream) parts.push(Buffer.from(stream.getContents()).toString('latin1'));
    }
    const before = parts.join('\n');
    const after = markArtifacts(before);
    if (after === before) continue;
    count += occurrences(after) - occurrences(before);
    // Level 1: the stream is most of the file's size but re-deflating it at level 6 costs several times longer.
    const bytes = deflateSync(Buffer.from(after, 'latin1'), { level: 1 });
    const stream = doc.context.stream(bytes, { Filter: 'FlateDecode' });
    page.node.set(PDFName.of('Contents'), doc.context.register(stream));
    changed.add(stream);
  }
  return count;
}

function occurrences(s: string): number {
  let n = 0;
  for (let i = s.indexOf('/Artifact BMC'); i >= 0; i = s.indexOf('/Artifact BMC', i + 1)) n++;
  return n;
}

interface TreeWork {
  figures: number;
  types: Set<string>;
  changed: Set<PDFObject>;
}

function lookupDict(doc: PDFDocument, v: unknown): PDFDict | undefined {
  const o = v instanceof PDFRef ? doc.context.lookup(v) : v;
  return o instanceof PDFDict ? o : undefined;
}

function kids(doc: PDFDocument, el: PDFDict): PDFDict[] {
  const k = el.get(PDFName.of('K'));
  const list = k instanceof PDFArray ? k.asArray() : k ? [k] : [];
  const out: PDFDict[] = [];
  for (const item of list) {
    const d = lookupDict(doc, item);
    // Marked-content and object references (MCR, OBJR) are dictionaries too, but have no /S.
    if (d?.get(PDFName.of('S'))) out.push(d);
  }
  return out;
}

/** The first /Alt below an element, depth first. */
function descendantAlt(doc: PDFDocument, el: PDFDict): unknown {
  for (const kid of kids(doc, el)) {
    const alt = kid.get(PDFName.of('Alt'));
    if (alt) return alt;
    const deeper = descendantAlt(doc, kid);
    if (deeper) return deeper;
  }
  return undefined;
}

/**
 * Walks the structure tree: collects the types used, and gives a Figure without /Alt the description of
 * the chart inside it (Chrome makes both the <figure> and its <svg role="img"> a Figure, and only the
 * inner one carries the alt text; PDF/UA wants it on the one that holds the figure).
 */
function walkTree(doc: PDFDocument, root: PDFDict, work: TreeWork): void {
  const stack = kids(doc, root);
  while (stack.length) {
    const el = stack.pop() as PDFDict;
    const type = el.get(PDFName.of('S'));
    if (type instanceof PDFName) {
      const name = type.decodeText();
      work.types.add(name);
      if (name === 'Figure' && !el.get(PDFName.of('Alt'))) {
        const alt = descendantAlt(doc, el);
        if (alt) {
          el.set(PDFName.of('Alt'), alt as PDFHexString);
          work.changed.add(el);
          work.figures++;
        }
      }
    }
    stack.push(...kids(doc, el));
  }
}

function roleMap(doc: PDFDocument, root: PDFDict, work: TreeWork): string[] {
  const { types } = work;
  const existing = lookupDict(doc, root.get(PDFName.of('RoleMap')));
  const map = existing ?? doc.context.obj({});
  const mapped: string[] = [];
  for (const t of [...types].sort()) {
    if (STANDARD.has(t) || map.get(PDFName.of(t))) continue;
    map.set(PDFName.of(t), PDFName.of(PDF2_TO_17[t] ?? 'NonStruct'));
    mapped.push(t);
  }
  if (!existing) root.set(PDFName.of('RoleMap'), map);
  if (mapped.length) {
    work.changed.add(root);
    if (root.get(PDFName.of('RoleMap')) instanceof PDFRef) work.changed.add(map);
  }
  return mapped;
}

/**
 * The finished PDF: Chrome's bytes with the changed objects appended as an update (pdf-lib's writing of
 * every object was a fifth of the finishing's time), or, for a document loaded whole, the whole document
 * written again when the update cannot be made (a changed object that is not an object of its own in the
 * file, a cross-reference stream). A lazily opened document (pdf-lazy.ts) holds only what was looked up,
 * so it can only be saved as an update: undefined, and the caller loads it whole.
 */
async function save(
  doc: PDFDocument,
  input: Uint8Array,
  changed: Set<PDFObject>,
  lazy: boolean,
): Promise<Uint8Array | undefined> {
  const refs: PDFRef[] = [];
  let found = 0;
  for (const [ref, object] of doc.context.enumerateIndirectObjects())
    if (changed.has(object)) {
      refs.push(ref);
      found++;
    }
  const update = found === changed.size ? appendUpdate(input, doc.context, refs, '1.7') : undefined;
  if (update || lazy) return update;
  return doc.save({ useObjectStreams: false, addDefaultPage: false, objectsPerTick: Infinity });
}

/** Adds to one of Chrome's tagged PDFs what PDF/UA-1 asks that Chrome leaves out. */
export async function finishPdf(
  input: Uint8Array,
  options: FinishOptions,
): Promise<{ bytes: Uint8Array; report: FinishReport }> {
  // Opened lazily where the file allows it (the same objects, parsed only when looked up: a fifth to a
  // half of the finishing's CPU and most of its memory for a long register); else loaded whole.
  const lazy = options.lazy === false ? undefined : openLazily(input);
  if (lazy) {
    const done = await finish(lazy, input, options, true);
    if (done && !lazyFailed(lazy)) return done;
  }
  const doc = await PDFDocument.load(input, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });
  return (await finish(doc, input, options, false)) as { bytes: Uint8Array; report: FinishReport };
}

async function finish(
  doc: PDFDocument,
  input: Uint8Array,
  options: FinishOptions,
  lazy: boolean,
): Promise<{ bytes: Uint8Array; report: FinishReport } | undefined> {
  const { catalog, context } = doc;
  // What is changed, for the update appended to Chrome's bytes (the catalog always is).
  const changed = new Set<PDFObject>([catalog]);
  const info = lookupDict(doc, context.trailerInfo.Info);
  const title = text(info?.get(PDFName.of('Title'))) || options.title;
  if (info && !info.get(PDFName.of('Title'))) {
    info.set(PDFName.of('Title'), PDFHexString.fromText(title));
    changed.add(info);
  }

  const xmp = xmpPacket({
    title,
    lang: options.lang,
    producer: text(info?.get(PDFName.of('Producer'))),
    creator: text(info?.get(PDFName.of('Creator'))),
    created: xmpDate(text(info?.get(PDFName.of('CreationDate')))),
    modified: xmpDate(text(info?.get(PDFName.of('ModDate')))),
  });
  // Uncompressed, as PDF/A and most readers of XMP expect.
  const metadata = context.stream(Buffer.from(xmp, 'utf8'), { Type: 'Metadata', Subtype: 'XML' });
  catalog.set(PDFName.of('Metadata'), context.register(metadata));
  changed.add(metadata);
  if (!catalog.get(PDFName.of('Lang'))) catalog.set(PDFName.of('Lang'), PDFString.of(options.lang));
  const prefs = lookupDict(doc, catalog.get(PDFName.of('ViewerPreferences')));
  if (prefs) {
    prefs.set(PDFName.of('DisplayDocTitle'), context.obj(true));
    // An object of its own, or part of the catalog (changed anyway).
    if (catalog.get(PDFName.of('ViewerPreferences')) instanceof PDFRef) changed.add(prefs);
  } else catalog.set(PDFName.of('ViewerPreferences'), context.obj({ DisplayDocTitle: true }));
  catalog.set(PDFName.of('Version'), PDFName.of('1.7'));
  context.header = PDFHeader.forVersion(1, 7);

  const work: TreeWork = { figures: 0, types: new Set(), changed };
  let roleMapped: string[] = [];
  const root = lookupDict(doc, catalog.get(PDFName.of('StructTreeRoot')));
  if (root) {
    walkTree(doc, root, work);
    roleMapped = roleMap(doc, root, work);
  }
  const artifacts = markPages(doc, changed);
  // Pages with annotations list them in structure order (PDF/UA 7.18.3); harmless on the others.
  for (const page of doc.getPages()) {
    page.node.set(PDFName.of('Tabs'), PDFName.of('S'));
    changed.add(page.node);
  }

  const bytes = await save(doc, input, changed, lazy);
  if (!bytes) return undefined;
  return { bytes, report: { pages: doc.getPageCount(), artifacts, figures: work.figures, roleMapped } };
}
