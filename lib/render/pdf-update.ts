/// <reference path="./pdf-lib.d.ts" />
import type { PDFContext, PDFObject, PDFRef } from 'pdf-lib/dist/pdf-lib.esm.js';

// A PDF changed by appending: the original bytes as they were, then the objects that changed or are new,
// a cross-reference section for them alone and a trailer pointing back to the original's (ISO 32000-1,
// 7.5.6, "incremental updates"). Readers take the last definition of an object. Writing a whole PDF again
// serialises every object (a register's structure tree is hundreds of thousands of them); this writes the
// few dozen the PDF/UA finishing touches.

/** Where the original's last cross-reference section starts, from its `startxref` line. */
export function lastXref(original: Uint8Array): number | undefined {
  const tail = Buffer.from(original.buffer, original.byteOffset, original.byteLength)
    .subarray(Math.max(0, original.byteLength - 1024))
    .toString('latin1');
  const m = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(tail);
  return m ? Number(m[1]) : undefined;
}

function bytesOf(object: PDFObject): Uint8Array {
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
export function appendUpdate(
  original: Uint8Array,
  context: PDFContext,
  changed: Iterable<PDFRef>,
  version: string,
): Uint8Array | undefined {
  const prev = lastXref(original);
  const header = Buffer.from(original.subarray(0, 8)).toString('latin1');
  if (prev === undefined || !/^%PDF-\d\.\d$/.test(header) || !/^\d\.\d$/.test(version)) return undefined;
  // A cross-reference stream (PDF 1.5) needs its update written as one too; Chrome writes a table.
  if (Buffer.from(original.subarray(prev, prev + 4)).toString('latin1') !== 'xref') return undefined;

  const refs = [...new Set(changed)].sort((a, b) => a.objectNumber - b.objectNumber);
  const parts: Uint8Array[] = [original];
  let offset = original.byteLength;
  const push = (chunk: Uint8Array | string) => {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'latin1') : chunk;
    parts.push(bytes);
    offset += bytes.byteLength;
  };
  // The original may end without a line break after %%EOF.
  push('\n');
  const entries: string[] = [];
  for (const ref of refs) {
    const object = context.lookup(ref);
    if (!object) continue;
    entries.push(
      `${ref.objectNumber} 1\n${String(offset).padStart(10, '0')} ${String(ref.generationNumber).padStart(5, '0')} n \n`,
    );
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
