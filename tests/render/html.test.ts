import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Registry } from '../../lib/registry.js';
import { neutralise, processingCsv } from '../../lib/render/csv.js';
import {
  createEnvironment,
  defaultTemplatesDir,
  paragraphs,
  renderTemplate,
  templateSearchPath,
} from '../../lib/render/html.js';
import { type RenderResult, renderDocuments } from '../../lib/render/index.js';
import { buildDocuments } from '../../lib/render/model.js';
import { fixtureRegistry, hostileOverrides, LISA, TODAY } from './fixture.js';

// HTML and CSV only: no browser. The PDFs are read back in pdf.test.ts.

const COMMIT = { sha: '3f2a1c9d8e7b6a5f4e3d2c1b0a9f8e7d6c5b4a39', date: '2026-11-20T10:00:00+01:00' };
const HOSTILE = '<img src=http://127.0.0.1:9/x.png><script>alert(1)</script>';

let dir: string;
const runs: Record<string, { result: RenderResult; html: Record<string, string> }> = {};

async function render(
  name: string,
  overrides: Record<string, string> = {},
  locale?: 'sv' | 'nb' | 'en',
  extra: object = {},
) {
  const out = path.join(dir, name);
  const result = await renderDocuments(fixtureRegistry(overrides), {
    outDir: out,
    today: TODAY,
    formats: ['html'],
    commit: COMMIT,
    ...(locale ? { locale } : {}),
    ...extra,
  });
  const html: Record<string, string> = {};
  // Soft hyphens (break opportunities in table text, invisible unless a line breaks there) left out, so
  // the assertions read the words as a reader does.
  for (const d of result.documents) html[d.id] = (await readFile(d.html, 'utf8')).replace(/\u00ad/g, '');
  runs[name] = { result, html };
  return run(name);
}

function run(name: string) {
  const found = runs[name];
  if (!found) throw new Error(`no render named ${name}`);
  return found;
}

/** One document's HTML from a render. */
function page(name: string, id: string): string {
  const html = run(name).html[id];
  if (html === undefined) throw new Error(`no ${id} in ${name}`);
  return html;
}

function oneModel(registry: Registry, id: string) {
  const [model] = buildDocuments(registry, { today: TODAY, locale: 'sv' }, new Set([id]));
  if (!model) throw new Error(`no model ${id}`);
  return model;
}

async function csvOf(id: string): Promise<string> {
  const file = run('sv').result.documents.find((d) => d.id === id)?.csv;
  if (!file) throw new Error(`no CSV for ${id}`);
  return readFile(file, 'utf8');
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'lisa-html-'));
  await render('sv');
  await render('nb', {}, 'nb');
  await render('en', {}, 'en');
  await render('hostile', hostileOverrides(HOSTILE));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function headings(html: string): number[] {
  return [...html.matchAll(/<h([1-6])[\s>]/g)].map((m) => Number(m[1]));
}

describe('structure', () => {
  it('writes every document, with no problems', () => {
    for (const locale of ['sv', 'nb', 'en']) {
      expect(run(locale).result.problems).toEqual([]);
      expect(Object.keys(run(locale).html)).toHaveLength(10);
    }
  });

  it('sets the language, one h1, and headings that never skip a level', () => {
    for (const locale of ['sv', 'nb', 'en']) {
      for (const [id, html] of Object.entries(run(locale).html)) {
        expect(html, id).toContain(`<html lang="${locale}">`);
        const levels = headings(html);
        expect(levels[0], id).toBe(1);
        expect(
          levels.filter((l) => l === 1),
          id,
        ).toHaveLength(1);
        levels.forEach((level, i) => {
          if (i > 0) expect(level - (levels[i - 1] ?? 0), `${id} heading ${i}`).toBeLessThanOrEqual(1);
        });
      }
    }
  });

  it('gives every table a header row group and every header cell a scope', () => {
    for (const [id, html] of Object.entries(run('sv').html)) {
      const tables = html.split('<table').slice(1);
      for (const t of tables) {
        const body = t.slice(0, t.indexOf('</table>'));
        expect(body.indexOf('<thead>'), id).toBeGreaterThan(-1);
        expect(body.indexOf('<thead>'), id).toBeLessThan(body.indexOf('<tbody>'));
      }
      const ths = [...html.matchAll(/<th(\s[^>]*)?>/g)].map((m) => m[0]);
      expect(ths.length, id).toBeGreaterThan(0);
      for (const th of ths) expect(th, id).toMatch(/scope="(col|row)"/);
    }
  });

  it('loads nothing: a content security policy, no scripts, images only as data: URLs', () => {
    for (const html of Object.values(run('sv').html)) {
      expect(html).toContain(`content="default-src 'none'; img-src data:;`);
      expect(html).not.toMatch(/<script|<link|@import|url\(/i);
      for (const m of html.matchAll(/<img[^>]*src="([^"]*)"/g)) expect(m[1]).toMatch(/^data:/);
    }
  });

  it('says where the data came from', () => {
    expect(page('sv', 'yearly-report')).toContain(
      'version 3f2a1c9d8e7b6a5f4e3d2c1b0a9f8e7d6c5b4a39 (20 november 2026)',
    );
    expect(page('sv', 'yearly-report')).toContain(
      '<meta name="lisa-commit" content="3f2a1c9d8e7b6a5f4e3d2c1b0a9f8e7d6c5b4a39">',
    );
  });
});

describe('the audit answer', () => {
  it('reads like a Swedish board answer: proposal, summary, each recommendation with actions, signature, attachments', () => {
    const html = page('sv', 'audit-answer-granskning-2026');
    const order = [
      '<h1>Svar på revisionsrapport – Granskning av kommunens informationssäkerhet</h1>',
      '<dt>Diarienummer</dt><dd>KS 2026/142</dd>',
      'Ordförandens förslag till beslut</h2>',
      '<h2>Sammanfattning</h2>',
      'Den samlade bedömningen är att:',
      'Kommunstyrelsen rekommenderas att:',
      'Socialnämnden rekommenderas att:',
      '<h2>Rekommendationer och svar</h2>',
      '<h3>Rekommendation 1</h3>',
      '<h4>Kommunstyrelsens svar</h4>',
      '<h4>Hittills vidtagna åtgärder</h4>',
      '<h4>Planerade åtgärder</h4>',
      '<th scope="row">Ta fram rutin för informationssäkerhetsincidenter.</th>',
      '<h4>Tidplan</h4>',
      '<h3>Rekommendation 3</h3>',
      '<h4>Socialnämndens svar</h4>',
      '<h4>Övriga synpunkter</h4>',
      '<p class="name">Anna Lindqvist (S)</p>',
      '<h2>Bilagor</h2>',
    ];
    let at = 0;
    for (const piece of order) {
      const found = html.indexOf(piece, at);
      expect(found, piece).toBeGreaterThan(-1);
      at = found;
    }
    // The answer's own list became a list, the overdue action is marked.
    expect(html).toContain(
      '<p>Kommunstyrelsen har beslutat en ny informationssäkerhetspolicy. Detta har skett genom att:</p><ul><li>en arbetsgrupp har tagit fram policyn</li>',
    );
    // As decided: the status on the decision day, nothing "overdue" since (that is the follow-up's).
    expect(html).toMatch(/2026-09-30<\/td>\s*<td>Pågår<\/td>/);
    expect(html).not.toContain('Försenad');
    // The report did not say what the auditors asked for, so the answer does not claim it.
    expect(html).not.toContain('Svar önskas från');
    expect(html).not.toContain('UTKAST');
  });

  it('marks an answer in progress as a draft, in the title, a banner and across every page', () => {
    const html = page('sv', 'audit-answer-granskning-behorigheter');
    expect(html).toContain(
      '<title>UTKAST – Svar på revisionsrapport – Granskning av behörighetshantering</title>',
    );
    expect(html).toContain('<div class="draft-banner" role="note"><strong>Utkast</strong>');
    expect(html).toContain('<div class="watermark" aria-hidden="true">UTKAST</div>');
    expect(html).toContain('Förslaget till beslut är ännu inte formulerat.');
    expect(page('en', 'audit-answer-granskning-behorigheter')).toContain('<strong>Draft</strong>');
  });
});

describe('language', () => {
  it('writes dates and numbers per language', () => {
    expect(page('sv', 'yearly-report')).toContain('<dd>23 november 2026</dd>');
    expect(page('nb', 'yearly-report')).toContain('<dd>23. november 2026</dd>');
    expect(page('en', 'yearly-report')).toContain('<dd>23 November 2026</dd>');
    expect(page('sv', 'processing-register-son')).toContain('cirka 4\u00a0200');
    expect(page('en', 'processing-register-son')).toContain('about 4,200');
    expect(page('sv', 'kpi-review')).toContain('66,5\u00a0%');
    expect(page('en', 'kpi-review')).toContain('66.5%');
  });

  it('uses each language’s own words, not Swedish with another lang attribute', () => {
    expect(page('nb', 'audit-answer-granskning-2026')).toContain('<h2>Anbefalinger og svar</h2>');
    expect(page('nb', 'processing-register-son')).toContain('Behandlingsprotokoll – Socialnämnden');
    expect(page('nb', 'kpi-review')).toContain('Manglende verdier');
    expect(page('en', 'audit-answer-granskning-2026')).toContain('<h4>Planned actions</h4>');
    expect(page('en', 'systems-overview')).toContain('<h2>Information assets and classification</h2>');
    for (const word of ['Sammanfattning', 'Förslag till beslut', 'Begränsad uppgift', 'saknas']) {
      expect(page('en', 'yearly-report'), word).not.toContain(word);
      expect(page('nb', 'yearly-report'), word).not.toContain(word);
    }
  });
});

describe('restricted entries', () => {
  it('name a restricted entry and mark it, without its details', () => {
    const html = page('sv', 'processing-register-son');
    expect(html).toMatch(
      /<th scope="row">Handläggning av ärenden med skyddade personuppgifter<\/th><td colspan="7"><span class="restricted">Begränsad uppgift<\/span><\/td>/,
    );
    expect(html).not.toContain('Skyddad adress');
    expect(html).not.toContain('Särskild behörighet');
    const overview = page('sv', 'systems-overview');
    expect(overview).toContain('<th scope="row">Skyddsregistret</th>');
    expect(page('nb', 'processing-register-son')).toContain('Skjermet opplysning');
  });
});

describe('text from the registers is never markup', () => {
  it('escapes markup everywhere it is shown', () => {
    const { result, html } = run('hostile');
    expect(result.problems).toEqual([]);
    const escaped = '&lt;img src=http://127.0.0.1:9/x.png&gt;&lt;script&gt;alert(1)&lt;/script&gt;';
    for (const [id, doc] of Object.entries(html)) {
      expect(doc, id).not.toContain('<script');
      expect(doc, id).not.toContain('<img src=http');
      expect(doc, id).toContain(escaped); // the organisation's name is on every page
    }
    expect(html['audit-answer-granskning-behorigheter']).toContain(
      `<h1>Svar på revisionsrapport – Granskning av behörighetshantering ${escaped}</h1>`,
    );
    expect(html['kpi-review']).toContain(`<title>Tid till åtgärd ${escaped}</title>`);
    expect(html['processing-register-ks']).toContain(`<td>${escaped}</td>`);
  });

  it('escapes markup in the page header and footer templates', () => {
    const model = oneModel(
      fixtureRegistry(hostileOverrides(HOSTILE)),
      'audit-answer-granskning-behorigheter',
    );
    const env = createEnvironment({ locale: 'sv' });
    for (const t of ['pdf-header.njk', 'pdf-footer.njk']) {
      const out = renderTemplate(env, t, model.context);
      expect(out).not.toContain('<script');
      expect(out).toContain('&lt;script&gt;');
    }
  });

  it('numbers the pages in each language', () => {
    const model = oneModel(fixtureRegistry(), 'kpi-review');
    const words = { sv: ['Sida', 'av'], nb: ['Side', 'av'], en: ['Page', 'of'] } as const;
    for (const locale of ['sv', 'nb', 'en'] as const) {
      const footer = renderTemplate(createEnvironment({ locale }), 'pdf-footer.njk', model.context);
      const [page, of] = words[locale];
      expect(footer).toContain(
        `${page} <span class="pageNumber"></span> ${of} <span class="totalPages"></span>`,
      );
    }
  });

  it('turns free text into paragraphs and lists, escaped', () => {
    expect(paragraphs('Första <b>stycket</b>\nfortsätter.\n\nAndra:\n- ett & två\n  och tre\n• fyra')).toBe(
      '<p>Första &lt;b&gt;stycket&lt;/b&gt; fortsätter.</p><p>Andra:</p><ul><li>ett &amp; två och tre</li><li>fyra</li></ul>',
    );
  });
});

describe('templates', () => {
  it('looks in the adopter’s folder for the language, then the adopter’s folder, then the one template set', () => {
    const built = defaultTemplatesDir();
    expect(templateSearchPath('nb', '/x/mallar', built)).toEqual([
      '/x/mallar/nb',
      '/x/mallar',
      path.join(built, 'shared'),
    ]);
    expect(templateSearchPath('sv', undefined, built)).toEqual([path.join(built, 'shared')]);
  });

  it('overrides a template for every language, or in <folder>/<lang>/ for one language only', async () => {
    const own = path.join(dir, 'per-language');
    await mkdir(path.join(own, 'en'), { recursive: true });
    // For every language: the colophon; for English only: the KPI review.
    await mkdir(path.join(own, 'partials'), { recursive: true });
    await writeFile(
      path.join(own, 'partials', 'colophon.njk'),
      '<footer class="colophon"><p>Gemensam kolofon</p></footer>',
    );
    await writeFile(
      path.join(own, 'en', 'kpi-review.njk'),
      '{% extends "layout.njk" %}{% block content %}<h1>Our own English review</h1>{% endblock %}',
    );
    const sv = await render('per-language-sv', {}, 'sv', { templatesDir: own, only: ['kpi-review'] });
    const en = await render('per-language-en', {}, 'en', { templatesDir: own, only: ['kpi-review'] });
    expect(sv.result.problems).toEqual([]);
    expect(en.result.problems).toEqual([]);
    expect(sv.html['kpi-review']).toContain('<p class="doc-kind">Kvartalsuppföljning</p>');
    expect(sv.html['kpi-review']).not.toContain('Our own English review');
    expect(en.html['kpi-review']).toContain('<h1>Our own English review</h1>');
    for (const r of [sv, en]) expect(r.html['kpi-review']).toContain('<p>Gemensam kolofon</p>');
  });

  it('refuses a language folder that is a link out of the adopter’s folder', async () => {
    const own = path.join(dir, 'linked-language');
    const elsewhere = path.join(dir, 'elsewhere');
    await mkdir(own, { recursive: true });
    await mkdir(elsewhere, { recursive: true });
    await writeFile(path.join(elsewhere, 'kpi-review.njk'), 'ghs_utanfor');
    await symlink(elsewhere, path.join(own, 'sv'));
    const { result, html } = await render('linked-language', {}, 'sv', {
      templatesDir: own,
      only: ['kpi-review'],
    });
    expect(Object.values(html).join('')).not.toContain('ghs_utanfor');
    expect(result.problems[0]).toContain('läses inte: den är en länk ut ur mallmappen');
  });

  it('uses a template from the adopter’s folder in place of the built-in one, and the rest as before', async () => {
    const own = path.join(dir, 'own-templates');
    await mkdir(path.join(own, 'partials'), { recursive: true });
    await writeFile(
      path.join(own, 'kpi-review.njk'),
      '{% extends "layout.njk" %}{% block content %}<h1>Egen mall: {{ doc.title }}</h1><p>{{ review.kpis.length }} nyckeltal</p>{% endblock %}',
    );
    await writeFile(
      path.join(own, 'partials', 'colophon.njk'),
      '<footer class="colophon"><p>Norrviks egen kolofon {{ org.name }}</p></footer>',
    );
    const { result, html } = await render('own', hostileOverrides(HOSTILE), undefined, { templatesDir: own });
    expect(result.problems).toEqual([]);
    expect(html['kpi-review']).toContain(
      '<h1>Egen mall: Nyckeltal för informationssäkerhet – kv. 3 2026</h1><p>2 nyckeltal</p>',
    );
    expect(html['kpi-review']).toContain('Norrviks egen kolofon Testviks kommun &lt;img');
    expect(html['yearly-report']).toContain('<h2>Sammanfattning</h2>');
    expect(html['yearly-report']).toContain('Norrviks egen kolofon');
  });

  it('never reads a template through a link out of the templates folder', async () => {
    const own = path.join(dir, 'linked-templates');
    await mkdir(path.join(own, 'partials'), { recursive: true });
    const secret = path.join(dir, 'template-secret.txt');
    await writeFile(secret, 'GITHUB_TOKEN=ghs_mallhemlighet');
    await symlink(secret, path.join(own, 'partials', 'colophon.njk'));
    const { result, html } = await render('linked', {}, undefined, {
      templatesDir: own,
      only: ['kpi-review'],
    });
    for (const page of Object.values(html)) expect(page).not.toContain('ghs_mallhemlighet');
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toContain('mallen partials/colophon.njk i');
    expect(result.problems[0]).toContain('läses inte: den är en länk ut ur mallmappen');
  });

  it('reports a broken template as a problem and still writes the other documents', async () => {
    const broken = path.join(dir, 'broken-templates');
    await mkdir(broken, { recursive: true });
    await writeFile(
      path.join(broken, 'systems-overview.njk'),
      '{% extends "layout.njk" %}{% block content %}{% if %}{% endblock %}',
    );
    const { result } = await render('broken', {}, undefined, { templatesDir: broken });
    expect(result.documents.map((d) => d.id)).not.toContain('systems-overview');
    expect(result.documents).toHaveLength(9);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatch(
      /^systems-overview kunde inte skapas: fel i mallen systems-overview\.njk: /,
    );
  });

  it('renders only the documents asked for, and says which ids exist', async () => {
    const { result } = await render('only', {}, undefined, { only: ['kpi-review', 'budget'] });
    expect(result.documents.map((d) => d.id)).toEqual(['kpi-review']);
    expect(result.problems[0]).toContain(
      'Det finns inget dokument "budget". Dokumenten är: audit-answer-granskning-2026,',
    );
  });
});

describe('the logo', () => {
  it('is embedded from inside the registry, and refused from outside it', async () => {
    const reg = path.join(dir, 'reg');
    await mkdir(reg, { recursive: true });
    await writeFile(
      path.join(reg, 'logo.svg'),
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"><rect width="1" height="1"/></svg>',
    );
    const withLogo = (logo: string) => ({
      'lisa.yaml': LISA.replace('registrationPrefix: KS', `registrationPrefix: KS\nlogo: ${logo}`),
    });
    const ok = await render('logo', withLogo('logo.svg'), undefined, {
      registryDir: reg,
      only: ['kpi-review'],
    });
    expect(ok.result.problems).toEqual([]);
    expect(ok.html['kpi-review']).toContain('<img class="logo" src="data:image/svg+xml;base64,');
    const outside = await render('logo-out', withLogo('../../../etc/passwd.png'), undefined, {
      registryDir: reg,
      only: ['kpi-review'],
    });
    expect(outside.result.problems[0]).toContain('leder ut ur registermappen');
    expect(outside.html['kpi-review']).not.toContain('<img');
    const missing = await render('logo-missing', withLogo('saknas.png'), undefined, {
      registryDir: reg,
      only: ['kpi-review'],
    });
    expect(missing.result.problems[0]).toContain('Logotypen saknas.png i lisa.yaml hittades inte');
  });

  it('is never read through a link out of the registry: not a secret file, not /proc/self/environ', async () => {
    const reg = path.join(dir, 'reg-links');
    await mkdir(reg, { recursive: true });
    const secret = path.join(dir, 'secret.svg');
    await writeFile(
      secret,
      '<svg xmlns="http://www.w3.org/2000/svg"><text>GITHUB_TOKEN=ghs_hemligt</text></svg>',
    );
    await symlink(secret, path.join(reg, 'logo.svg'));
    await symlink('/proc/self/environ', path.join(reg, 'env.png'));
    process.env.LISA_TEST_SECRET = 'ghs_environ_hemligt';
    const withLogo = (logo: string) => ({
      'lisa.yaml': LISA.replace('registrationPrefix: KS', `registrationPrefix: KS\nlogo: ${logo}`),
    });
    for (const [name, logo] of [
      ['logo-link', 'logo.svg'],
      ['logo-environ', 'env.png'],
    ] as const) {
      const r = await render(name, withLogo(logo), undefined, { registryDir: reg, only: ['kpi-review'] });
      const html = r.html['kpi-review'] ?? '';
      expect(html).not.toContain('<img');
      expect(html).not.toContain(Buffer.from('GITHUB_TOKEN').toString('base64').slice(0, 12));
      expect(html).not.toContain(Buffer.from('LISA_TEST_SECRET').toString('base64').slice(0, 12));
      expect(r.result.problems).toHaveLength(1);
      expect(r.result.problems[0]).toContain(`Logotypen ${logo} används inte`);
    }
    delete process.env.LISA_TEST_SECRET;
  });
});

describe('the register as CSV', () => {
  it('has every Art. 30 column, a BOM, semicolons and CRLF in Swedish', async () => {
    const csv = await csvOf('processing-register-son');
    expect(csv.startsWith('\ufeffId;Behandling;Roll;Personuppgiftsansvarig;')).toBe(true);
    const lines = csv.slice(1).split('\r\n').filter(Boolean);
    expect(lines).toHaveLength(3);
    const header = (lines[0] ?? '').split(';');
    for (const col of [
      'Ändamål',
      'Rättslig grund',
      'Kategorier av registrerade',
      'Kategorier av personuppgifter',
      'Mottagare',
      'Överföring till tredjeland',
      'Gallring',
      'Säkerhetsåtgärder',
      'Konsekvensbedömning',
    ]) {
      expect(header).toContain(col);
    }
    const bistand = lines.find((l) => l.startsWith('handlaggning;')) ?? '';
    expect(bistand).toContain(
      '"Utreda och besluta om bistånd enligt socialtjänstlagen; Dokumentera insatser"',
    );
    expect(bistand).toContain('Myndighetsutövning (art. 6.1 e): Socialtjänstlagen (2001:453)');
    expect(bistand).toContain(';4200;');
    expect(bistand).toContain('CGI Sverige AB PUB-avtal 2023-05-04 SN 2023/88');
  });

  it('keeps a restricted entry to its name and marking', async () => {
    const csv = await csvOf('processing-register-son');
    const row = csv.split('\r\n').find((l) => l.startsWith('skyddade;'));
    expect(row).toBe(
      `skyddade;Handläggning av ärenden med skyddade personuppgifter;Personuppgiftsansvarig;Socialnämnden${';'.repeat(22)};Begränsad uppgift`,
    );
  });

  it('cannot carry a formula into a spreadsheet', async () => {
    const csv = await csvOf('processing-register-son');
    // "Loggning; =HYPERLINK(…)" is one cell that does not start with "=", so the list itself is safe;
    // a cell that would start with one gets the apostrophe.
    expect(csv).toContain('=HYPERLINK(""http://x"")');
    const [register] = buildDocuments(
      fixtureRegistry(),
      { today: TODAY, locale: 'en' },
      new Set(['processing-register-son']),
    );
    const plain = register?.csv?.find((r) => !r.restricted);
    if (!plain) throw new Error('no unrestricted row');
    const evil = {
      ...plain,
      name: '=cmd|"/c calc"!A1',
      purposes: ['+1+1'],
      retention: { period: '@SUM(A1)' },
      securityMeasures: ['-2+3'],
    };
    const out = processingCsv([evil], 'en');
    expect(out).toContain(`,"'=cmd|""/c calc""!A1",`);
    expect(out).toContain(",'+1+1,");
    expect(out).toContain(",'@SUM(A1),");
    expect(out).toContain(",'-2+3,");
    expect(out.split('\r\n')[1]).not.toMatch(/,[=+\-@]/);
    expect(neutralise('\tx')).toBe("'\tx");
    expect(neutralise('Kryptering')).toBe('Kryptering');
  });
});
