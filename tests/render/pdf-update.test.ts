import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type PDFContext, PDFDocument, PDFName, type PDFRef, PDFString } from 'pdf-lib/dist/pdf-lib.esm.js';
import { describe, expect, it } from 'vitest';
import { appendUpdate } from '../../lib/render/pdf-update.js';

// The PDF/UA finishing appends what it changed to Chrome's bytes (lib/render/pdf-update.ts): the original
// stays byte for byte, and a reader sees the changed objects and the new ones.

const rootOf = (context: PDFContext): PDFRef => context.trailerInfo.Root as PDFRef;

async function original(objectStreams: boolean): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.addPage([200, 200]).drawText('Hej', { x: 20, y: 100 });
  doc.catalog.set(PDFName.of('Lang'), PDFString.of('en'));
  const bytes = await doc.save({ useObjectStreams: objectStreams });
  // pdf-lib writes %PDF-1.7; Chrome writes 1.4, which the update raises.
  bytes.set(Buffer.from('%PDF-1.4'), 0);
  return bytes;
}

describe('appendUpdate', () => {
  it('keeps the original bytes and lets a reader see the changed and the new objects', async () => {
    const input = await original(false);
    const doc = await PDFDocument.load(input, { updateMetadata: false });
    doc.catalog.set(PDFName.of('Lang'), PDFString.of('sv'));
    const added = doc.context.register(doc.context.obj({ Marker: PDFString.of('ny') }));
    doc.catalog.set(PDFName.of('Extra'), added);
    const root = doc.context.trailerInfo.Root;
    const out = appendUpdate(input, doc.context, [root as PDFRef, added], '1.7');
    expect(out).toBeDefined();
    const bytes = out as Uint8Array;
    expect(Buffer.from(bytes.subarray(0, 8)).toString('latin1')).toBe('%PDF-1.7');
    expect(Buffer.from(bytes.subarray(8, input.byteLength)).equals(Buffer.from(input.subarray(8)))).toBe(
      true,
    );

    const back = await PDFDocument.load(bytes, { updateMetadata: false });
    expect(String(back.catalog.get(PDFName.of('Lang')))).toBe('(sv)');
    const extra = back.context.lookup(back.catalog.get(PDFName.of('Extra')));
    expect(String(extra)).toContain('(ny)');
    expect(back.getPageCount()).toBe(1);

    // A reader that follows the cross-reference sections (poppler) sees the same.
    const dir = mkdtempSync(path.join(tmpdir(), 'lisa-pdf-update-'));
    try {
      writeFileSync(path.join(dir, 'u.pdf'), bytes);
      const info = execFileSync('pdfinfo', [path.join(dir, 'u.pdf')], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      expect(info).toMatch(/Pages:\s+1/);
      expect(info).toMatch(/PDF version:\s+1\.7/);
      const text = execFileSync('pdftotext', [path.join(dir, 'u.pdf'), '-'], { encoding: 'utf8' });
      expect(text).toContain('Hej');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('declines a PDF with a cross-reference stream, and a header it cannot rewrite in place', async () => {
    const streams = await original(true);
    const doc = await PDFDocument.load(streams, { updateMetadata: false });
    expect(appendUpdate(streams, doc.context, [rootOf(doc.context)], '1.7')).toBeUndefined();
    const plain = await original(false);
    const again = await PDFDocument.load(plain, { updateMetadata: false });
    expect(appendUpdate(plain, again.context, [rootOf(again.context)], '2.0.1')).toBeUndefined();
    const broken = Buffer.concat([Buffer.from(plain), Buffer.from('garbage')]);
    expect(appendUpdate(broken, again.context, [rootOf(again.context)], '1.7')).toBeUndefined();
  });
});
