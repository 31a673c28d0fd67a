import { PDFDocument, PDFName, PDFString } from 'pdf-lib/dist/pdf-lib.esm.js';
import { describe, expect, it } from 'vitest';
import { openLazily } from '../../lib/render/pdf-lazy.js';
import { finishPdf } from '../../lib/render/pdf-ua.js';

// The PDF/UA finishing opens Chrome's PDF lazily (lib/render/pdf-lazy.ts): an object is parsed when it is
// looked up. It must see what a full load sees, finish to the same bytes, and refuse files it cannot read
// that way (they are then loaded whole).

async function made(options: { objectStreams?: boolean; pages?: number } = {}): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  for (let i = 0; i < (options.pages ?? 3); i++)
    doc.addPage([200, 200]).drawText(`Sida ${i + 1}`, { x: 20, y: 100 });
  doc.catalog.set(PDFName.of('Lang'), PDFString.of('sv'));
  doc.setTitle('Prov');
  return doc.save({ useObjectStreams: options.objectStreams ?? false });
}

describe('openLazily', () => {
  it('parses objects only as they are looked up, and finds what a full load finds', async () => {
    const bytes = await made();
    const lazy = openLazily(bytes);
    expect(lazy).toBeDefined();
    const doc = lazy as PDFDocument;
    // The catalog was looked up to make the document; the pages not yet.
    const parsedAtStart = doc.context.enumerateIndirectObjects().length;
    const full = await PDFDocument.load(bytes, { updateMetadata: false });
    expect(parsedAtStart).toBeLessThan(full.context.enumerateIndirectObjects().length);
    expect(doc.getPageCount()).toBe(3);
    expect(doc.context.largestObjectNumber).toBe(full.context.largestObjectNumber);
    expect(String(doc.catalog.get(PDFName.of('Lang')))).toBe('(sv)');
    expect(doc.getTitle()).toBe('Prov');
    for (const [ref, object] of doc.context.enumerateIndirectObjects())
      expect(object.toString()).toBe(full.context.lookup(ref)?.toString());
  });

  it('refuses what it cannot read from one cross-reference table', async () => {
    // A cross-reference stream (object streams), and a file with an update appended (/Prev).
    expect(openLazily(await made({ objectStreams: true }))).toBeUndefined();
    const { bytes: updated } = await finishPdf(await made(), { title: 'x', lang: 'sv' });
    expect(Buffer.from(updated).toString('latin1')).toMatch(/\/Prev \d+/);
    expect(openLazily(updated)).toBeUndefined();
    expect(openLazily(new TextEncoder().encode('not a pdf'))).toBeUndefined();
  });
});

describe('finishPdf, opened lazily or loaded whole', () => {
  it('writes the same bytes both ways', async () => {
    const input = await made({ pages: 5 });
    const lazy = await finishPdf(input, { title: 'Prov', lang: 'sv' });
    const whole = await finishPdf(input, { title: 'Prov', lang: 'sv', lazy: false });
    expect(Buffer.from(lazy.bytes).equals(Buffer.from(whole.bytes))).toBe(true);
    expect(lazy.report).toEqual(whole.report);
    expect(lazy.report.pages).toBe(5);
  });

  it('still finishes a file it cannot open lazily', async () => {
    const input = await made({ objectStreams: true });
    const { bytes, report } = await finishPdf(input, { title: 'Prov', lang: 'sv' });
    expect(report.pages).toBe(3);
    const back = await PDFDocument.load(bytes, { updateMetadata: false });
    expect(back.catalog.get(PDFName.of('Metadata'))).toBeDefined();
  });
});
