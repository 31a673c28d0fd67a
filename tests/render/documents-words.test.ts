import { describe, expect, it } from 'vitest';
import { describeFinding } from '../../lib/finding.js';
import type { Locale } from '../../lib/locale.js';
import type { Registry } from '../../lib/registry.js';
import { createEnvironment, renderTemplate } from '../../lib/render/html.js';
import { buildDocuments, documentIds } from '../../lib/render/model.js';
import { validateSources } from '../../lib/validate.js';
import { countWith, joinList, midSentence, plural } from '../../lib/words.js';
import { FILES, fixtureRegistry, fixtureSources, LISA, TODAY } from './fixture.js';

// The documents' grammar (plural agreement, lists, names mid-sentence), what an organisation configures
// (colophon, commit stamp), the yearly report per board with the coordinator's assessment and the yearly
// cycle's completion, and register text marked with its language.

const COMMIT = { sha: '3f2a1c9d8e7b6a5f4e3d2c1b0a9f8e7d6c5b4a39', date: '2026-11-20T10:00:00+01:00' };

function html(registry: Registry, id: string, locale: Locale = 'sv', today = TODAY): string {
  const [model] = buildDocuments(registry, { today, locale, commit: COMMIT }, new Set([id]));
  if (!model) throw new Error(`no document ${id}; have ${documentIds(registry).join(', ')}`);
  return renderTemplate(createEnvironment({ locale }), model.meta.template, model.context);
}

function footer(registry: Registry, id: string): string {
  const [model] = buildDocuments(registry, { today: TODAY, locale: 'sv', commit: COMMIT }, new Set([id]));
  if (!model) throw new Error(`no document ${id}`);
  return renderTemplate(createEnvironment({ locale: 'sv' }), 'pdf-footer.njk', model.context);
}

describe('plural agreement and lists', () => {
  it('agrees with the number by each language’s rules', () => {
    expect(countWith('sv', 1, 'behandling', 'behandlingar')).toBe('1 behandling');
    expect(countWith('sv', 2, 'behandling', 'behandlingar')).toBe('2 behandlingar');
    expect(countWith('nb', 1, 'behandling', 'behandlinger')).toBe('1 behandling');
    expect(countWith('nb', 0, 'behandling', 'behandlinger')).toBe('0 behandlinger');
    expect(countWith('en', 1, 'has no value', 'have no value')).toBe('1 has no value');
    expect(countWith('sv', 1234, 'system', 'system')).toBe('1\u00a0234 system');
    expect(plural('sv', 2, { one: '# system', other: 'alla # system', '=2': 'båda systemen' })).toBe(
      'båda systemen',
    );
  });

  it('joins lists as the language does and writes board names in lower case mid-sentence', () => {
    const names = ['Kommunstyrelsen', 'Socialnämnden', 'Barn- och utbildningsnämnden'];
    expect(
      joinList(
        'sv',
        names.map((n) => midSentence(n, 'sv')),
      ),
    ).toBe('kommunstyrelsen, socialnämnden och barn- och utbildningsnämnden');
    expect(joinList('nb', ['formannskapet', 'kommunestyret'])).toBe('formannskapet og kommunestyret');
    expect(joinList('en', ['a', 'b', 'c'])).toBe('a, b and c');
    // A proper name keeps its capitals; English keeps the name as written.
    expect(midSentence('Sjöbacka Energi AB', 'sv')).toBe('Sjöbacka Energi AB');
    expect(midSentence('IT-nämnden', 'sv')).toBe('IT-nämnden');
    expect(midSentence('Kommunstyrelsen', 'en')).toBe('Kommunstyrelsen');
  });

  it('leaves no "1 behandlingar" or "Alla 2 system" in the yearly report', () => {
    const one = fixtureRegistry({
      'processing/skyddade.yaml': null,
      'processing/personal.yaml': null,
      'system/lifecare.yaml': null,
    });
    const page = html(one, 'yearly-report');
    expect(page).not.toMatch(/>1 behandlingar|\b1 behandlingar/);
    expect(page).not.toMatch(/Alla [12] system/);
    const en = html(one, 'kpi-review', 'en');
    expect(en).not.toMatch(/\b1 have no value/);
  });
});

describe('the colophon and the commit stamp', () => {
  it('are lisa’s by default', () => {
    const registry = fixtureRegistry();
    expect(html(registry, 'kpi-review')).toContain('Skapat med lisa');
    expect(footer(registry, 'kpi-review')).toContain('Underlag: registret i version 3f2a1c9');
  });

  it('are configurable per organisation: no colophon, an own text, no stamp', () => {
    const none = fixtureRegistry({
      'lisa.yaml': `${LISA}documents:\n  colophon: false\n  commitStamp: false\n`,
    });
    const page = html(none, 'kpi-review');
    expect(page).not.toContain('Skapat med lisa');
    expect(page).not.toContain('class="colophon"');
    expect(page).not.toContain('3f2a1c9');
    expect(footer(none, 'kpi-review')).not.toContain('Underlag');
    expect(footer(none, 'kpi-review')).not.toContain('ej versionshanterad');
    const own = fixtureRegistry({
      'lisa.yaml': `${LISA}documents:\n  colophon: {sv: Kommunledningsförvaltningen, nb: Kommunedirektøren}\n`,
    });
    expect(html(own, 'kpi-review')).toContain('<p>Kommunledningsförvaltningen</p>');
    expect(html(own, 'kpi-review', 'nb')).toContain('<p>Kommunedirektøren</p>');
  });
});

const REPORT = `year: 2026
author: sakerhetssamordnare
assessment: Arbetet har gått från uppbyggnad till förvaltning.
conclusions:
  - Skyddet av system med klass 3 behöver redovisas per system.
proposals:
  - Kommunstyrelsen godkänner uppföljningen och lägger den till handlingarna.
boards:
  son:
    assessment: Socialnämndens information är klassad.
    proposals:
      - Socialnämnden godkänner uppföljningen och lägger den till handlingarna.
`;

describe('the yearly report', () => {
  const registry = fixtureRegistry({
    'report/2026.yaml': REPORT,
    'cycle/kvartalsuppfoljning.yaml': `${FILES['cycle/kvartalsuppfoljning.yaml']}completed:\n  - date: 2026-02-01\n  - date: 2026-05-01\n  - date: 2026-08-01\n    reference: KS 2026/12\n`,
    'cycle/ovning.yaml': `name: Årlig krisövning\nkind: exercise\nmonths: [10]\nowner: it-chef\nboards: [son]\n`,
  });

  it('goes to each board, each with its own information and recommendations', () => {
    const ids = documentIds(registry);
    expect(ids).toContain('yearly-report');
    expect(ids).toContain('yearly-report-son');
    const son = html(registry, 'yearly-report-son');
    expect(son).toContain('<dt>Till</dt><dd>Socialnämnden</dd>');
    expect(son).toContain('för socialnämnden den 23 november 2026');
    // The executive board's open recommendations are in its report, not in socialnämnden's.
    expect(html(registry, 'yearly-report')).toContain('Fastställa styrande dokument');
    expect(son).not.toContain('Fastställa styrande dokument');
    expect(son).not.toContain('Löneadministration åt kommunalförbundet');
  });

  it('carries the coordinator’s assessment, conclusions and proposed decisions, the board’s own first', () => {
    const ks = html(registry, 'yearly-report');
    expect(ks).toContain('<h2>Förslag till beslut</h2>');
    expect(ks).toContain('Kommunstyrelsen godkänner uppföljningen');
    expect(ks).toContain('<h2>Bedömning och slutsatser</h2>');
    expect(ks).toContain('Skyddet av system med klass 3');
    expect(ks).toContain('Ansvarig för bedömningen: Informationssäkerhetssamordnare.');
    const son = html(registry, 'yearly-report-son');
    expect(son).toContain('Socialnämnden godkänner uppföljningen');
    expect(son).not.toContain('Kommunstyrelsen godkänner uppföljningen');
    expect(son).toContain('Socialnämndens information är klassad.');
    // Conclusions the board has none of its own for are the common ones.
    expect(son).toContain('Skyddet av system med klass 3');
  });

  it('says whether each yearly-cycle activity was done, with its record, and flags one not recorded', () => {
    const ks = html(registry, 'yearly-report');
    expect(ks).toMatch(
      /Kvartalsuppföljning av nyckeltal<\/th>.*?<td><span class="flag">3 av 4 gånger<\/span> <span class="nowrap">2026-08-01<\/span> \(KS 2026\/12\)<\/td>/s,
    );
    expect(ks).toMatch(/Årlig rapport till kommunstyrelsen<\/th>.*?<span class="muted">Senare i år<\/span>/s);
    const son = html(registry, 'yearly-report-son');
    expect(son).toMatch(/Årlig krisövning<\/th>.*?<span class="flag">Inte registrerad<\/span>/s);
    // The executive board's report covers the whole organisation, socialnämnden's activity included.
    expect(ks).toContain('Årlig krisövning');
  });

  it('gives the report without an assessment record no assessment and no proposals, rather than invented ones', () => {
    const bare = html(fixtureRegistry(), 'yearly-report');
    expect(bare).not.toContain('Förslag till beslut');
    expect(bare).not.toContain('Bedömning och slutsatser');
  });

  it('says "the last eight quarters" only when eight were measured', () => {
    const eight = html(registry, 'yearly-report');
    expect(eight).toContain('Diagrammen visar de senaste åtta kvartalen (kv. 4 2024–kv. 3 2026)');
    const young = fixtureRegistry({
      'kpi/utbildning.yaml': FILES['kpi/utbildning.yaml']
        .replace('  2024-Q4: 61\n', '')
        .replace('  2025-Q1: 66.5\n', '')
        .replace('  2025-Q2: null\n', ''),
    });
    const five = html(young, 'yearly-report');
    expect(five).not.toContain('åtta');
    expect(five).toContain('Diagrammen visar de 5 kvartal som har mätts (kv. 3 2025–kv. 3 2026)');
    expect(html(young, 'yearly-report', 'nb')).toContain('de 5 kvartalene som er målt');
  });
});

describe('the assessment record', () => {
  it('names only boards of lisa.yaml and is filed under its year', () => {
    const findings = validateSources(
      'registry',
      fixtureSources({ 'report/2025.yaml': REPORT.replace('  son:', '  socialnamden:') }),
      { today: TODAY },
    ).findings;
    expect(findings.filter((f) => f.rule === 'report-board-unknown').map((f) => f.severity)).toEqual([
      'error',
    ]);
    expect(
      findings.filter((f) => f.rule === 'report-year-mismatch').map((f) => describeFinding(f, 'sv').message),
    ).toEqual(['Filen 2025.yaml gäller år 2026. Filnamnet ska vara året, så att varje år har en fil.']);
    const clean = validateSources('registry', fixtureSources({ 'report/2026.yaml': REPORT }), {
      today: TODAY,
    });
    expect(clean.findings.filter((f) => f.rule.startsWith('report-'))).toEqual([]);
  });
});

describe('register text in another language than the document', () => {
  it('is marked with its language', () => {
    const registry = fixtureRegistry();
    const en = html(registry, 'audit-answer-granskning-2026', 'en');
    expect(en).toContain('<html lang="en">');
    expect(en).toMatch(/<blockquote class="rec-text" lang="sv"><p>Fastställa styrande dokument/);
    expect(en).toContain('<div lang="sv"><p>Kommunstyrelsen delar revisorernas bedömning');
    const nb = html(registry, 'processing-register-ks', 'nb');
    expect(nb).toMatch(/<th scope="row" lang="sv">/);
    // In its own language nothing is marked.
    expect(html(registry, 'processing-register-ks')).not.toMatch(/<th scope="row" lang=/);
  });

  it('marks a per-language text that falls back to another language', () => {
    const registry = fixtureRegistry({
      'kpi/utbildning.yaml': FILES['kpi/utbildning.yaml'].replace(
        'definition: Andel av tillsvidareanställda som slutfört kursen i kompetensportalen.',
        'definition: {sv: Andel som slutfört kursen., en: Share who completed the course.}',
      ),
    });
    expect(html(registry, 'kpi-review', 'en')).toContain('<dd>Share who completed the course.</dd>');
    expect(html(registry, 'kpi-review', 'nb')).toContain('<dd lang="sv">Andel som slutfört kursen.</dd>');
  });
});
