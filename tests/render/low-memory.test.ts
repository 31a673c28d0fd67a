import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findBrowser, LOW_MEMORY_HTML, needsLowMemory, PdfPrinter } from '../../lib/io/chromium.js';
import { renderDocuments } from '../../lib/render/index.js';
import { fixtureRegistry, TODAY } from './fixture.js';

// A run with a very long document is printed by a browser in Chromium's low-end device mode (less memory
// for the print layout, more CPU); any other run keeps the browser started early, in the ordinary mode.

const browser = findBrowser();

describe('needsLowMemory', () => {
  it('is for very long documents only, not for the board documents of a kommun', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'lisa-low-memory-'));
    try {
      const result = await renderDocuments(fixtureRegistry(), {
        outDir: dir,
        today: TODAY,
        formats: ['html'],
      });
      const jobs = await Promise.all(
        result.documents.map(async (d) => ({ html: await readFile(d.html, 'utf8') })),
      );
      expect(jobs.length).toBeGreaterThan(5);
      expect(needsLowMemory(jobs)).toBe(false);
      expect(needsLowMemory([...jobs, { html: 'x'.repeat(LOW_MEMORY_HTML) }])).toBe(true);
      expect(needsLowMemory([{ html: 'x'.repeat(LOW_MEMORY_HTML - 1) }])).toBe(false);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe.skipIf(!browser.path)('a browser in low-memory mode', () => {
  it('prints as the ordinary one does', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'lisa-low-memory-'));
    const job = (name: string) => ({
      id: name,
      html: '<!DOCTYPE html><html lang="sv"><head><title>Prov</title></head><body><h1>Rubrik</h1><p>Text</p></body></html>',
      path: path.join(dir, `${name}.pdf`),
      landscape: false,
      headerTemplate: '<span></span>',
      footerTemplate: '<span class="pageNumber"></span>',
      title: 'Prov',
      lang: 'sv',
    });
    try {
      const texts: string[] = [];
      for (const lowMemory of [false, true]) {
        const printer = await PdfPrinter.launch(browser.path as string, undefined, { lowMemory });
        try {
          const [result] = await printer.print([job(`p-${lowMemory}`)]);
          expect(result?.error).toBeUndefined();
          const bytes = await readFile(result?.path as string);
          // The same file but for the dates Chrome writes into it (and the XMP repeats).
          texts.push(
            Buffer.from(bytes)
              .toString('latin1')
              .replace(/\(D:\d{14}[^)]*\)/g, '')
              .replace(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[^<]*/g, ''),
          );
        } finally {
          await printer.close();
        }
      }
      expect(texts[1]).toBe(texts[0]);
      expect(texts[1]).toContain('/StructTreeRoot');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
