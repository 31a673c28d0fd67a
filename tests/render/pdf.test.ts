import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findBrowser } from '../../lib/io/chromium.js';
import { type RenderResult, renderDocuments } from '../../lib/render/index.js';
import { fixtureRegistry, hostileOverrides, TODAY } from './fixture.js';
import { hasOutline, pdfInfo, pdfOutline, pdfStrings, pdfStructure, pdfText } from './pdf-tools.js';

// One real render with one browser: the fixture registry, with markup in its texts pointing at a local
// server, and an adopter template that tries to load things and run a script. Then the PDFs are read back.

const browser = findBrowser();
const COMMIT = { sha: '3f2a1c9d8e7b6a5f4e3d2c1b0a9f8e7d6c5b4a39', date: '2026-11-20T10:00:00+01:00' };

let dir: string;
let server: Server;
const hits: string[] = [];
let result: RenderResult;
const pdf = (id: string) => {
  const d = result.documents.find((x) => x.id === id);
  if (!d?.pdf) throw new Error(`no PDF for ${id}: ${result.problems.join('; ')}`);
  return d.pdf;
};

beforeAll(async () => {
  server = createServer((req, res) => {
    hits.push(req.url ?? '');
    res.end('x');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  dir = await mkdtemp(path.join(tmpdir(), 'lisa-pdf-'));

  // Markup in register texts: escaped, so it must show as text and fetch nothing.
  const markup = `<img src=${base}/from-yaml.png><script>fetch('${base}/from-yaml-script')</script>`;
  // An adopter's template that does try, without the layout's content security policy: the browser must
  // refuse every request and run no script.
  const own = path.join(dir, 'own');
  await mkdir(own, { recursive: true });
  await writeFile(
    path.join(own, 'systems-overview.njk'),
    `<!DOCTYPE html><html lang="sv"><head><title>{{ doc.title }}</title><link rel="stylesheet" href="${base}/style.css"></head>
<body><h1>{{ doc.title }}</h1><img src="${base}/template.png" alt="">
<p id="js">Skriptet kördes inte.</p><script>document.getElementById('js').textContent = 'Skriptet kördes.'; fetch('${base}/template-script');</script>
</body></html>`,
  );
  await writeFile(
    path.join(dir, 'logo.svg'),
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><circle cx="5" cy="5" r="4"/></svg>',
  );
  const overrides = hostileOverrides(markup);
  overrides['lisa.yaml'] = (overrides['lisa.yaml'] ?? '').replace(
    'registrationPrefix: KS',
    'registrationPrefix: KS\nlogo: logo.svg',
  );
  result = await renderDocuments(fixtureRegistry(overrides), {
    outDir: path.join(dir, 'out'),
    today: TODAY,
    commit: COMMIT,
    templatesDir: own,
    registryDir: dir,
    ...(browser.path ? { chromePath: browser.path } : {}),
  });
}, 60_000);

afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
  await rm(dir, { recursive: true, force: true });
});

describe.skipIf(!browser.path)('PDF', () => {
  it('writes a PDF for every document', () => {
    expect(result.documents).toHaveLength(10);
    for (const d of result.documents) expect(d.pdf, d.id).toMatch(/\.pdf$/);
  });

  it('makes no request at all, whatever the HTML says, and runs no script', () => {
    // The server seeing nothing is not proof on its own (Chromium may also keep about:blank pages off the
    // local network); the list of refused requests shows the interception saw them and stopped them.
    expect(hits).toEqual([]);
    // The register texts were escaped and never asked for anything; the adopter's template did, and was refused.
    const blocked = result.problems.filter((p) => p.startsWith('systems-overview: mallen försökte hämta'));
    expect(
      blocked.map((p) => /hämta (\S+);/.exec(p)?.[1]?.replace(/^http:\/\/127\.0\.0\.1:\d+/, '')),
    ).toEqual(expect.arrayContaining(['/style.css', '/template.png']));
    expect(result.problems.filter((p) => !p.startsWith('systems-overview: mallen försökte hämta'))).toEqual(
      [],
    );
    expect(result.problems.join()).not.toContain('from-yaml');
    const text = pdfText(pdf('systems-overview'));
    expect(text).toContain('Skriptet kördes inte.');
    expect(text).not.toContain('Skriptet kördes.');
  });

  it('writes the follow-up per board, with each action’s status now, while the decided answer stays as decided', () => {
    const followUp = pdfText(pdf('audit-followup-ks'));
    expect(followUp).toContain('Uppföljning av revisionens rekommendationer – Kommunstyrelsen');
    expect(followUp).toContain('Status nu');
    expect(followUp).toMatch(
      /Ta fram rutin för informationssäkerhetsincidenter\. Informationssäkerhetssamordnare 2026-09-30 Pågår Försenad/i,
    );
    const answer = pdfText(pdf('audit-answer-granskning-2026'));
    expect(answer).toContain('Status vid beslutet');
    expect(answer).not.toMatch(/Försenad/i);
    // The answer is dated by its decision in the running header, not by the day it was printed.
    expect(answer).toContain('Dnr KS 2026/142 · 2026-06-10');
    expect(pdfText(pdf('yearly-report-son'))).toContain('Socialnämnden');
  });

  it('shows markup from the registers as text', () => {
    const text = pdfText(pdf('audit-answer-granskning-behorigheter'));
    expect(text).toMatch(
      /Granskning av behörighetshantering <img src=http:\/\/127\.0\.0\.1:\d+\/from-yaml\.png> ?<script>fetch/,
    );
  });

  it('reads like the board’s answer: headings, Swedish letters, planned actions, pages numbered "Sida X av Y"', () => {
    const file = pdf('audit-answer-granskning-2026');
    const text = pdfText(file);
    const pages = Number(pdfInfo(file).Pages);
    expect(pages).toBeGreaterThanOrEqual(2);
    for (let i = 1; i <= pages; i++) expect(text).toContain(`Sida ${i} av ${pages}`);
    for (const s of [
      'Svar på revisionsrapport – Granskning av kommunens informationssäkerhet',
      'Ordförandens förslag till beslut',
      'Sammanfattning',
      'Rekommendationer och svar',
      'Hittills vidtagna åtgärder',
      'Planerade åtgärder',
      'Ta fram rutin för informationssäkerhetsincidenter.',
      'Informationssäkerhetssamordnare',
      'Övriga synpunkter',
      'Anna Lindqvist (S)',
      'Bilagor',
      'Dnr KS 2026/142',
      'Underlag: registret i version 3f2a1c9 (2026-11-20)',
    ]) {
      expect(text, s).toContain(s);
    }
    expect(text).not.toContain('UTKAST');
  });

  it('marks the answer in progress as a draft on every page', () => {
    const file = pdf('audit-answer-granskning-behorigheter');
    const pages = Number(pdfInfo(file).Pages);
    for (let i = 1; i <= pages; i++) {
      expect(pdfText(file, ['-f', String(i), '-l', String(i)]), `page ${i}`).toContain('UTKAST');
    }
    expect(pdfInfo(file).Title).toMatch(/^UTKAST – Svar på revisionsrapport/);
  });

  it('is tagged, with the document language, an outline of the headings and real tables', () => {
    for (const d of result.documents) {
      const file = pdf(d.id);
      expect(pdfInfo(file).Tagged, d.id).toBe('yes');
      expect(pdfStrings(file, 'Lang'), d.id).toContain('sv');
      expect(hasOutline(file), d.id).toBe(true);
    }
    const outline = pdfOutline(pdf('audit-answer-granskning-2026'));
    expect(outline).toEqual(
      expect.arrayContaining([
        'Ordförandens förslag till beslut',
        'Sammanfattning',
        'Rekommendation 1',
        'Rekommendation 3',
        'Bilagor',
      ]),
    );
    const structure = pdfStructure(pdf('audit-answer-granskning-2026'));
    expect(structure).toContain('H1');
    expect(structure).toMatch(/TH[^\n]*\n\s+\/Scope \/Column/);
    expect(structure).toMatch(/TH[^\n]*\n\s+\/Scope \/Row/);
  });

  it('gives every chart a text alternative', () => {
    const file = pdf('kpi-review');
    const alts = pdfStrings(file, 'Alt');
    expect(
      alts.some((a) =>
        a.startsWith(
          'Andel medarbetare som genomfört utbildningen Säkert beteende. Linjediagram för kv. 4 2024–kv. 3 2026.',
        ),
      ),
    ).toBe(true);
    expect(alts.some((a) => a.includes('kv. 2 2025: värde saknas'))).toBe(true);
    expect(pdfStructure(file)).toContain('Figure');
    const text = pdfText(file);
    expect(text).toContain('Saknade värden');
    expect(text).toContain('Värde saknas');
  });

  it('prints the register of processing activities in landscape', () => {
    const file = pdf('processing-register-son');
    expect(pdfInfo(file)['Page size']).toMatch(/^841\.\d+ x 595\.\d+ pts \(A4\)/);
    const text = pdfText(file);
    expect(text).toContain('Handläggning av ärenden med skyddade personuppgifter');
    expect(text).toContain('Begränsad uppgift');
    expect(text).not.toContain('Skyddad adress');
    expect(pdfInfo(pdf('yearly-report'))['Page size']).toMatch(/^595\.\d+ x 841\.\d+ pts \(A4\)/);
  });
});

it.runIf(!browser.path)('has no browser here: the PDF tests are skipped', () => {
  expect(result.problems.join()).toContain('apt-get install chromium');
});
