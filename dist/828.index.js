export const id = 828;
export const ids = [828];
export const modules = {

/***/ 13828:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  finishPdf: () => (/* binding */ finishPdf)
});

// UNUSED EXPORTS: xmpDate, xmpPacket

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
// EXTERNAL MODULE: ./node_modules/pdf-lib/dist/pdf-lib.esm.js
var pdf_lib_esm = __webpack_require__(86916);
;// CONCATENATED MODULE: ./build/lib/render/pdf-artifacts.js
// PDF/UA wants every mark on a page to be either tagged content (inside a marked-content sequence the
// structure tree points to) or an artifact. Chrome tags what is in the document's accessibility tree and
// leaves the rest bare: the running header and footer (drawn apart from the document) and decorations such
// as table rules and the frames of flags. This module wraps each such bare stretch of a page's content
// stream in `/Artifact BMC … EMC`, leaving everything Chrome tagged as it was.
//
// A pure function over one content stream. It reads the stream with a small tokenizer (strings, hex
// strings, dictionaries, names, numbers, operators, inline images) rather than by lines, so a ")" or
// "EMC" inside a string cannot mislead it.
/** Operators that paint a path; `n` ends a path without painting (a clipping path is no content). */
const PAINT = new Set(['S', 's', 'f', 'F', 'f*', 'B', 'B*', 'b', 'b*']);
const PATH_START = new Set(['m', 're']);
const OPEN = '/Artifact BMC\n';
const CLOSE = '\nEMC\n';
function isWhite(c) {
    return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0x0c || c === 0x00;
}
function isDelimiter(c) {
    // ( ) < > [ ] { } / %
    return (c === 0x28 ||
        c === 0x29 ||
        c === 0x3c ||
        c === 0x3e ||
        c === 0x5b ||
        c === 0x5d ||
        c === 0x7b ||
        c === 0x7d ||
        c === 0x2f ||
        c === 0x25);
}
/** The end of a literal string starting at `i` (its "("): nested parentheses and escapes count. */
function skipString(s, i) {
    let depth = 0;
    for (let j = i; j < s.length; j++) {
        const c = s.charCodeAt(j);
        if (c === 0x5c)
            j++;
        else if (c === 0x28)
            depth++;
        else if (c === 0x29 && --depth === 0)
            return j + 1;
    }
    return s.length;
}
/** The end of a dictionary starting at `i` ("<<"), strings inside it skipped. */
function skipDict(s, i) {
    let depth = 0;
    let j = i;
    while (j < s.length) {
        const c = s.charCodeAt(j);
        if (c === 0x28) {
            j = skipString(s, j);
            continue;
        }
        if (c === 0x3c && s.charCodeAt(j + 1) === 0x3c) {
            depth++;
            j += 2;
            continue;
        }
        if (c === 0x3e && s.charCodeAt(j + 1) === 0x3e) {
            depth--;
            j += 2;
            if (depth === 0)
                return j;
            continue;
        }
        j++;
    }
    return s.length;
}
/** After "ID": the inline image's data runs to an "EI" that stands as a word of its own. */
function skipInlineImage(s, i) {
    let j = i + 1;
    for (;;) {
        j = s.indexOf('EI', j);
        if (j < 0)
            return s.length;
        if (isWhite(s.charCodeAt(j - 1)) && (j + 2 >= s.length || isWhite(s.charCodeAt(j + 2))))
            return j + 2;
        j += 2;
    }
}
/**
 * The content stream (as a latin1 string: one character a byte) with every untagged painting wrapped as
 * an artifact. Returns the input itself when nothing needed marking.
 *
 * An artifact opens where a painted object starts (a path that is filled or stroked, a text object, an
 * XObject or shading) outside any marked content, and closes before the next marked content begins, before
 * a `Q` that would restore a graphics state saved outside it (so q/Q and marked content stay nested), or
 * at the end of the stream.
 */
function markArtifacts(s) {
    const inserts = [];
    let depth = 0; // marked-content nesting
    let q = 0; // graphics-state nesting
    let open = false;
    let openQ = 0;
    let operandStart = -1; // where the current operator's operands began
    let pathStart = -1; // where the path being built began
    let inText = false;
    const openAt = (at) => {
        inserts.push({ at, text: OPEN });
        open = true;
        openQ = q;
    };
    const closeAt = (at) => {
        inserts.push({ at, text: at > 0 && isWhite(s.charCodeAt(at - 1)) ? CLOSE.slice(1) : CLOSE });
        open = false;
    };
    let i = 0;
    const n = s.length;
    while (i < n) {
        const c = s.charCodeAt(i);
        if (isWhite(c)) {
            i++;
            continue;
        }
        if (c === 0x25) {
            // A comment, to the end of the line.
            while (i < n && s.charCodeAt(i) !== 0x0a && s.charCodeAt(i) !== 0x0d)
                i++;
            continue;
        }
        const start = i;
        if (c === 0x28)
            i = skipString(s, i);
        else if (c === 0x3c && s.charCodeAt(i + 1) === 0x3c)
            i = skipDict(s, i);
        else if (c === 0x3c) {
            const end = s.indexOf('>', i);
            i = end < 0 ? n : end + 1;
        }
        else if (c === 0x5b || c === 0x5d)
            i++;
        else if (c === 0x2f) {
            i++;
            while (i < n && !isWhite(s.charCodeAt(i)) && !isDelimiter(s.charCodeAt(i)))
                i++;
        }
        else {
            while (i < n && !isWhite(s.charCodeAt(i)) && !isDelimiter(s.charCodeAt(i)))
                i++;
            if (i === start)
                i++; // a stray delimiter such as ">": step over it
            const word = s.slice(start, i);
            const first = word.charCodeAt(0);
            const numeric = (first >= 0x30 && first <= 0x39) || first === 0x2d || first === 0x2b || first === 0x2e;
            if (!numeric && word !== 'true' && word !== 'false' && word !== 'null') {
                const from = operandStart < 0 ? start : operandStart;
                operandStart = -1;
                if (word === 'BDC' || word === 'BMC') {
                    if (depth === 0 && open)
                        closeAt(from);
                    depth++;
                }
                else if (word === 'EMC') {
                    if (depth > 0)
                        depth--;
                }
                else if (word === 'q') {
                    q++;
                }
                else if (word === 'Q') {
                    if (open && depth === 0 && q <= openQ)
                        closeAt(from);
                    q--;
                }
                else if (depth === 0 && !inText) {
                    if (PATH_START.has(word)) {
                        if (pathStart < 0)
                            pathStart = from;
                    }
                    else if (PAINT.has(word)) {
                        if (!open)
                            openAt(pathStart < 0 ? from : pathStart);
                        pathStart = -1;
                    }
                    else if (word === 'n') {
                        pathStart = -1;
                    }
                    else if (word === 'BT') {
                        if (!open)
                            openAt(from);
                        inText = true;
                    }
                    else if (word === 'Do' || word === 'sh' || word === 'BI') {
                        if (!open)
                            openAt(from);
                    }
                }
                else if (depth > 0 && (PAINT.has(word) || word === 'n')) {
                    pathStart = -1;
                }
                if (word === 'BT')
                    inText = true;
                else if (word === 'ET')
                    inText = false;
                else if (word === 'ID')
                    i = skipInlineImage(s, i);
                continue;
            }
        }
        if (operandStart < 0)
            operandStart = start;
    }
    if (open)
        closeAt(n);
    if (inserts.length === 0)
        return s;
    const parts = [];
    let last = 0;
    for (const { at, text } of inserts) {
        parts.push(s.slice(last, at), text);
        last = at;
    }
    parts.push(s.slice(last));
    return parts.join('');
}

;// CONCATENATED MODULE: ./build/lib/render/pdf-update.js
// A PDF changed by appending: the original bytes as they were, then the objects that changed or are new,
// a cross-reference section for them alone and a trailer pointing back to the original's (ISO 32000-1,
// 7.5.6, "incremental updates"). Readers take the last definition of an object. Writing a whole PDF again
// serialises every object (a register's structure tree is hundreds of thousands of them); this writes the
// few dozen the PDF/UA finishing touches.
/** Where the original's last cross-reference section starts, from its `startxref` line. */
function lastXref(original) {
    const tail = Buffer.from(original.buffer, original.byteOffset, original.byteLength)
        .subarray(Math.max(0, original.byteLength - 1024))
        .toString('latin1');
    const m = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(tail);
    return m ? Number(m[1]) : undefined;
}
function bytesOf(object) {
    const out = new Uint8Array(object.sizeInBytes());
    object.copyBytesInto(out, 0);
    return out;
}
/**
 * The original with `changed` objects (looked up in `context`, which the original was loaded into)
 * appended as an update, and its header's version set to `version` (same length, so no offset moves).
 * Undefined when the original does not end as a classic cross-reference table does: the caller then saves
 * the whole document.
 */
function appendUpdate(original, context, changed, version) {
    const prev = lastXref(original);
    const header = Buffer.from(original.subarray(0, 8)).toString('latin1');
    if (prev === undefined || !/^%PDF-\d\.\d$/.test(header) || !/^\d\.\d$/.test(version))
        return undefined;
    // A cross-reference stream (PDF 1.5) needs its update written as one too; Chrome writes a table.
    if (Buffer.from(original.subarray(prev, prev + 4)).toString('latin1') !== 'xref')
        return undefined;
    const refs = [...new Set(changed)].sort((a, b) => a.objectNumber - b.objectNumber);
    const parts = [original];
    let offset = original.byteLength;
    const push = (chunk) => {
        const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'latin1') : chunk;
        parts.push(bytes);
        offset += bytes.byteLength;
    };
    // The original may end without a line break after %%EOF.
    push('\n');
    const entries = [];
    for (const ref of refs) {
        const object = context.lookup(ref);
        if (!object)
            continue;
        entries.push(`${ref.objectNumber} 1\n${String(offset).padStart(10, '0')} ${String(ref.generationNumber).padStart(5, '0')} n \n`);
        push(`${ref.objectNumber} ${ref.generationNumber} obj\n`);
        push(bytesOf(object));
        push('\nendobj\n');
    }
    const xref = offset;
    const { Root, Info, ID } = context.trailerInfo;
    const trailer = [
        `/Size ${context.largestObjectNumber + 1}`,
        Root ? `/Root ${Root.toString()}` : '',
        Info ? `/Info ${Info.toString()}` : '',
        ID ? `/ID ${ID.toString()}` : '',
        `/Prev ${prev}`,
    ]
        .filter(Boolean)
        .join('\n');
    push(`xref\n${entries.join('')}trailer\n<<${trailer}>>\nstartxref\n${xref}\n%%EOF\n`);
    const out = new Uint8Array(offset);
    let at = 0;
    for (const part of parts) {
        out.set(part, at);
        at += part.byteLength;
    }
    out.set(Buffer.from(`%PDF-${version}`, 'latin1'), 0);
    return out;
}

;// CONCATENATED MODULE: ./build/lib/render/pdf-lazy.js
/// <reference path="./pdf-lib.d.ts" />


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
function readXref(bytes, at) {
    const entries = new Map();
    const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    let pos = at + 4; // past "xref"
    const line = () => {
        while (pos < view.length && (view[pos] === 0x0a || view[pos] === 0x0d || view[pos] === 0x20))
            pos++;
        let end = pos;
        while (end < view.length && view[end] !== 0x0a && view[end] !== 0x0d)
            end++;
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
            if (!entry)
                throw new Error('bad cross-reference entry');
            if (entry[3] === 'n')
                entries.set(first + i, [Number(entry[1]), Number(entry[2])]);
        }
    }
    return { entries, end: pos };
}
const TRAILER = [...Buffer.from('trailer', 'latin1')];
/**
 * A document whose objects are parsed as they are looked up, or undefined when the file is not one
 * revision with a classic cross-reference table. What is never looked up is never parsed, so
 * `context.enumerateIndirectObjects()` lists only what was; such a document can only be saved as an update.
 */
function openLazily(input) {
    const header = /^%PDF-(\d)\.(\d)/.exec(Buffer.from(input.subarray(0, 8)).toString('latin1'));
    const xrefAt = lastXref(input);
    if (!header || xrefAt === undefined)
        return undefined;
    if (Buffer.from(input.subarray(xrefAt, xrefAt + 4)).toString('latin1') !== 'xref')
        return undefined;
    let table;
    try {
        table = readXref(input, xrefAt);
    }
    catch {
        return undefined;
    }
    const parser = pdf_lib_esm/* PDFParser */.gSy.forBytesWithOptions(input, Number.POSITIVE_INFINITY, false, false);
    const { context } = parser;
    parser.bytes.moveTo(table.end);
    parser.skipWhitespaceAndComments();
    if (!parser.matchKeyword(TRAILER))
        return undefined;
    parser.skipWhitespaceAndComments();
    const trailer = parser.parseObject();
    // An earlier revision (/Prev) would hold objects this table does not list.
    if (!(trailer instanceof pdf_lib_esm/* PDFDict */.RiT) || trailer.get(pdf_lib_esm/* PDFName */.S56.of('Prev')))
        return undefined;
    const entry = (key) => trailer.get(pdf_lib_esm/* PDFName */.S56.of(key));
    context.trailerInfo = {
        Root: entry('Root'),
        Encrypt: entry('Encrypt'),
        Info: entry('Info'),
        ID: entry('ID'),
    };
    context.header = pdf_lib_esm/* PDFHeader */.w$d.forVersion(Number(header[1]), Number(header[2]));
    let failed = false;
    const objects = context.indirectObjects;
    const get = objects.get.bind(objects);
    const set = objects.set.bind(objects);
    const parse = (ref) => {
        const entry = table.entries.get(ref.objectNumber);
        if (!entry || entry[1] !== ref.generationNumber)
            return undefined;
        parser.bytes.moveTo(entry[0]);
        const found = parser.parseIndirectObjectHeader();
        parser.skipWhitespaceAndComments();
        const object = parser.parseObject();
        if (found !== ref ||
            (object instanceof pdf_lib_esm/* PDFRawStream */.T9A && /\/Type\s*\/(ObjStm|XRef)\b/.test(object.dict.toString()))) {
            failed = true;
            return undefined;
        }
        set(ref, object);
        return object;
    };
    objects.get = (ref) => get(ref) ?? (failed ? undefined : parse(ref));
    for (const n of table.entries.keys())
        if (n > context.largestObjectNumber)
            context.largestObjectNumber = n;
    // The object numbers Chrome used are taken, whether parsed or not: new objects come after them.
    const Doc = pdf_lib_esm/* PDFDocument */.UL4;
    try {
        const doc = new Doc(context, false, false);
        return failed ? undefined : Object.assign(doc, { lazyFailed: () => failed });
    }
    catch {
        return undefined;
    }
}
/** Whether an object of a lazily opened document could not be parsed as expected (it must be loaded whole). */
function lazyFailed(doc) {
    return doc.lazyFailed?.() ?? false;
}

;// CONCATENATED MODULE: ./build/lib/render/pdf-ua.js
/// <reference path="./pdf-lib.d.ts" />





// What Chrome's tagged PDF lacks for PDF/UA-1 (ISO 14289-1), added after printing with pdf-lib: the XMP
// metadata (pdfuaid:part, dc:title, dc:language), the running header, footer and decorations as artifacts
// (see pdf-artifacts.ts), /Alt on a Figure that holds a described chart, role-map entries for structure
// types PDF 1.7 does not define (Chrome writes PDF 2.0's /Strong), and the version PDF/UA-1 builds on.
// Chrome already writes /MarkInfo, /Lang, DisplayDocTitle and the document's title, kept as they are.
/** The standard structure types of ISO 32000-1 (PDF 1.7), which may not be role-mapped. */
const STANDARD = new Set(('Document Part Art Sect Div BlockQuote Caption TOC TOCI Index NonStruct Private P H H1 H2 H3 H4 H5 H6 ' +
    'L LI Lbl LBody Table TR TH TD THead TBody TFoot Span Quote Note Reference BibEntry Code Link Annot ' +
    'Ruby RB RT RP Warichu WT WP Figure Formula Form').split(' '));
/** PDF 2.0 types Chrome may write, as their PDF 1.7 counterparts. Anything else unknown: NonStruct. */
const PDF2_TO_17 = {
    Strong: 'Span',
    Em: 'Span',
    Sub: 'Span',
    Title: 'P',
    FENote: 'Note',
    Aside: 'Div',
    DocumentFragment: 'Div',
    Artifact: 'NonStruct',
};
function pdf_ua_text(value) {
    if (value instanceof pdf_lib_esm/* PDFHexString */.lvW || value instanceof pdf_lib_esm/* PDFString */.mAw)
        return value.decodeText();
    return undefined;
}
function escapeXml(s) {
    return s.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
/** A PDF date (D:YYYYMMDDHHmmSS+hh'mm') as XMP's ISO 8601. */
function xmpDate(pdfDate) {
    const m = /^D:(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(Z|[+-]\d{2}'?\d{2}'?)?/.exec(pdfDate ?? '');
    if (!m)
        return undefined;
    const zone = !m[7] || m[7] === 'Z' ? 'Z' : `${m[7].slice(0, 3)}:${m[7].slice(3).replace(/'/g, '')}`;
    return `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}${zone}`;
}
function xmpPacket(meta) {
    const t = escapeXml(meta.title);
    const lang = escapeXml(meta.lang);
    const opt = (tag, v) => (v ? `\n   <${tag}>${escapeXml(v)}</${tag}>` : '');
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
function decode(stream) {
    const filter = stream.dict.get(pdf_lib_esm/* PDFName */.S56.of('Filter'));
    const bytes = filter instanceof pdf_lib_esm/* PDFName */.S56 &&
        filter.decodeText() === 'FlateDecode' &&
        !stream.dict.get(pdf_lib_esm/* PDFName */.S56.of('DecodeParms'))
        ? (0,external_node_zlib_.inflateSync)(stream.contents)
        : (0,pdf_lib_esm/* decodePDFRawStream */.jYL)(stream).decode();
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
}
/** Every page's content streams, artifacts marked, written back as one compressed stream. */
function markPages(doc, changed) {
    let count = 0;
    for (const page of doc.getPages()) {
        const contents = page.node.get(pdf_lib_esm/* PDFName */.S56.of('Contents'));
        const refs = contents instanceof pdf_lib_esm/* PDFArray */.y3g ? contents.asArray() : [contents];
        const parts = [];
        for (const ref of refs) {
            const stream = ref instanceof pdf_lib_esm/* PDFRef */.sos ? doc.context.lookup(ref) : ref;
            if (stream instanceof pdf_lib_esm/* PDFRawStream */.T9A)
                parts.push(decode(stream));
            else if (stream instanceof pdf_lib_esm/* PDFStream */.h0g)
                parts.push(Buffer.from(stream.getContents()).toString('latin1'));
        }
        const before = parts.join('\n');
        const after = markArtifacts(before);
        if (after === before)
            continue;
        count += occurrences(after) - occurrences(before);
        // Level 1: the stream is most of the file's size but re-deflating it at level 6 costs several times longer.
        const bytes = (0,external_node_zlib_.deflateSync)(Buffer.from(after, 'latin1'), { level: 1 });
        const stream = doc.context.stream(bytes, { Filter: 'FlateDecode' });
        page.node.set(pdf_lib_esm/* PDFName */.S56.of('Contents'), doc.context.register(stream));
        changed.add(stream);
    }
    return count;
}
function occurrences(s) {
    let n = 0;
    for (let i = s.indexOf('/Artifact BMC'); i >= 0; i = s.indexOf('/Artifact BMC', i + 1))
        n++;
    return n;
}
function lookupDict(doc, v) {
    const o = v instanceof pdf_lib_esm/* PDFRef */.sos ? doc.context.lookup(v) : v;
    return o instanceof pdf_lib_esm/* PDFDict */.RiT ? o : undefined;
}
function kids(doc, el) {
    const k = el.get(pdf_lib_esm/* PDFName */.S56.of('K'));
    const list = k instanceof pdf_lib_esm/* PDFArray */.y3g ? k.asArray() : k ? [k] : [];
    const out = [];
    for (const item of list) {
        const d = lookupDict(doc, item);
        // Marked-content and object references (MCR, OBJR) are dictionaries too, but have no /S.
        if (d?.get(pdf_lib_esm/* PDFName */.S56.of('S')))
            out.push(d);
    }
    return out;
}
/** The first /Alt below an element, depth first. */
function descendantAlt(doc, el) {
    for (const kid of kids(doc, el)) {
        const alt = kid.get(pdf_lib_esm/* PDFName */.S56.of('Alt'));
        if (alt)
            return alt;
        const deeper = descendantAlt(doc, kid);
        if (deeper)
            return deeper;
    }
    return undefined;
}
/**
 * Walks the structure tree: collects the types used, and gives a Figure without /Alt the description of
 * the chart inside it (Chrome makes both the <figure> and its <svg role="img"> a Figure, and only the
 * inner one carries the alt text; PDF/UA wants it on the one that holds the figure).
 */
function walkTree(doc, root, work) {
    const stack = kids(doc, root);
    while (stack.length) {
        const el = stack.pop();
        const type = el.get(pdf_lib_esm/* PDFName */.S56.of('S'));
        if (type instanceof pdf_lib_esm/* PDFName */.S56) {
            const name = type.decodeText();
            work.types.add(name);
            if (name === 'Figure' && !el.get(pdf_lib_esm/* PDFName */.S56.of('Alt'))) {
                const alt = descendantAlt(doc, el);
                if (alt) {
                    el.set(pdf_lib_esm/* PDFName */.S56.of('Alt'), alt);
                    work.changed.add(el);
                    work.figures++;
                }
            }
        }
        stack.push(...kids(doc, el));
    }
}
function roleMap(doc, root, work) {
    const { types } = work;
    const existing = lookupDict(doc, root.get(pdf_lib_esm/* PDFName */.S56.of('RoleMap')));
    const map = existing ?? doc.context.obj({});
    const mapped = [];
    for (const t of [...types].sort()) {
        if (STANDARD.has(t) || map.get(pdf_lib_esm/* PDFName */.S56.of(t)))
            continue;
        map.set(pdf_lib_esm/* PDFName */.S56.of(t), pdf_lib_esm/* PDFName */.S56.of(PDF2_TO_17[t] ?? 'NonStruct'));
        mapped.push(t);
    }
    if (!existing)
        root.set(pdf_lib_esm/* PDFName */.S56.of('RoleMap'), map);
    if (mapped.length) {
        work.changed.add(root);
        if (root.get(pdf_lib_esm/* PDFName */.S56.of('RoleMap')) instanceof pdf_lib_esm/* PDFRef */.sos)
            work.changed.add(map);
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
async function save(doc, input, changed, lazy) {
    const refs = [];
    let found = 0;
    for (const [ref, object] of doc.context.enumerateIndirectObjects())
        if (changed.has(object)) {
            refs.push(ref);
            found++;
        }
    const update = found === changed.size ? appendUpdate(input, doc.context, refs, '1.7') : undefined;
    if (update || lazy)
        return update;
    return doc.save({ useObjectStreams: false, addDefaultPage: false, objectsPerTick: Infinity });
}
/** Adds to one of Chrome's tagged PDFs what PDF/UA-1 asks that Chrome leaves out. */
async function finishPdf(input, options) {
    // Opened lazily where the file allows it (the same objects, parsed only when looked up: a fifth to a
    // half of the finishing's CPU and most of its memory for a long register); else loaded whole.
    const lazy = options.lazy === false ? undefined : openLazily(input);
    if (lazy) {
        const done = await finish(lazy, input, options, true);
        if (done && !lazyFailed(lazy))
            return done;
    }
    const doc = await pdf_lib_esm/* PDFDocument */.UL4.load(input, { updateMetadata: false, parseSpeed: pdf_lib_esm/* ParseSpeeds */.Apq.Fastest });
    return (await finish(doc, input, options, false));
}
async function finish(doc, input, options, lazy) {
    const { catalog, context } = doc;
    // What is changed, for the update appended to Chrome's bytes (the catalog always is).
    const changed = new Set([catalog]);
    const info = lookupDict(doc, context.trailerInfo.Info);
    const title = pdf_ua_text(info?.get(pdf_lib_esm/* PDFName */.S56.of('Title'))) || options.title;
    if (info && !info.get(pdf_lib_esm/* PDFName */.S56.of('Title'))) {
        info.set(pdf_lib_esm/* PDFName */.S56.of('Title'), pdf_lib_esm/* PDFHexString */.lvW.fromText(title));
        changed.add(info);
    }
    const xmp = xmpPacket({
        title,
        lang: options.lang,
        producer: pdf_ua_text(info?.get(pdf_lib_esm/* PDFName */.S56.of('Producer'))),
        creator: pdf_ua_text(info?.get(pdf_lib_esm/* PDFName */.S56.of('Creator'))),
        created: xmpDate(pdf_ua_text(info?.get(pdf_lib_esm/* PDFName */.S56.of('CreationDate')))),
        modified: xmpDate(pdf_ua_text(info?.get(pdf_lib_esm/* PDFName */.S56.of('ModDate')))),
    });
    // Uncompressed, as PDF/A and most readers of XMP expect.
    const metadata = context.stream(Buffer.from(xmp, 'utf8'), { Type: 'Metadata', Subtype: 'XML' });
    catalog.set(pdf_lib_esm/* PDFName */.S56.of('Metadata'), context.register(metadata));
    changed.add(metadata);
    if (!catalog.get(pdf_lib_esm/* PDFName */.S56.of('Lang')))
        catalog.set(pdf_lib_esm/* PDFName */.S56.of('Lang'), pdf_lib_esm/* PDFString */.mAw.of(options.lang));
    const prefs = lookupDict(doc, catalog.get(pdf_lib_esm/* PDFName */.S56.of('ViewerPreferences')));
    if (prefs) {
        prefs.set(pdf_lib_esm/* PDFName */.S56.of('DisplayDocTitle'), context.obj(true));
        // An object of its own, or part of the catalog (changed anyway).
        if (catalog.get(pdf_lib_esm/* PDFName */.S56.of('ViewerPreferences')) instanceof pdf_lib_esm/* PDFRef */.sos)
            changed.add(prefs);
    }
    else
        catalog.set(pdf_lib_esm/* PDFName */.S56.of('ViewerPreferences'), context.obj({ DisplayDocTitle: true }));
    catalog.set(pdf_lib_esm/* PDFName */.S56.of('Version'), pdf_lib_esm/* PDFName */.S56.of('1.7'));
    context.header = pdf_lib_esm/* PDFHeader */.w$d.forVersion(1, 7);
    const work = { figures: 0, types: new Set(), changed };
    let roleMapped = [];
    const root = lookupDict(doc, catalog.get(pdf_lib_esm/* PDFName */.S56.of('StructTreeRoot')));
    if (root) {
        walkTree(doc, root, work);
        roleMapped = roleMap(doc, root, work);
    }
    const artifacts = markPages(doc, changed);
    // Pages with annotations list them in structure order (PDF/UA 7.18.3); harmless on the others.
    for (const page of doc.getPages()) {
        page.node.set(pdf_lib_esm/* PDFName */.S56.of('Tabs'), pdf_lib_esm/* PDFName */.S56.of('S'));
        changed.add(page.node);
    }
    const bytes = await save(doc, input, changed, lazy);
    if (!bytes)
        return undefined;
    return { bytes, report: { pages: doc.getPageCount(), artifacts, figures: work.figures, roleMapped } };
}


/***/ })

};
