import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findBrowser } from '../../lib/io/chromium.js';
import { type RenderResult, renderDocuments } from '../../lib/render/index.js';
import { fixtureRegistry, LISA, TODAY } from './fixture.js';
import { pdfInfo, pdfStrings, pdfText } from './pdf-tools.js';

// A Norwegian registry: one more browser, for the words only a PDF shows (the page numbers in the footer).

const browser = findBrowser();
let dir: string;
let result: RenderResult;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'lisa-pdf-nb-'));
  result = await renderDocuments(fixtureRegistry({ 'lisa.yaml': LISA.replace('locale: sv', 'locale: nb') }), {
    outDir: dir,
    today: TODAY,
    only: ['kpi-review'],
    ...(browser.path ? { chromePath: browser.path } : {}),
  });
}, 60_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe.skipIf(!browser.path)('a Norwegian PDF', () => {
  it('numbers pages "Side X av Y", is in bokmål and says it is not under version control', () => {
    expect(result.problems).toEqual([]);
    const file = result.documents[0]?.pdf ?? '';
    const pages = Number(pdfInfo(file).Pages);
    const text = pdfText(file);
    for (let i = 1; i <= pages; i++) expect(text).toContain(`Side ${i} av ${pages}`);
    expect(text).toContain('Nøkkeltall for informasjonssikkerhet – 3. kv. 2026');
    expect(text).toContain('23. november 2026');
    expect(text).toContain('Grunnlag: registeret: ikke versjonskontrollert kopi');
    expect(pdfStrings(file, 'Lang')).toContain('nb');
    expect(pdfInfo(file).Tagged).toBe('yes');
  });
});
