import { describe, expect, it } from 'vitest';
import type { Locale } from '../../lib/locale.js';
import type { Registry } from '../../lib/registry.js';
import { createEnvironment, renderTemplate } from '../../lib/render/html.js';
import { buildDocuments, documentIds } from '../../lib/render/model.js';
import { validateSources } from '../../lib/validate.js';
import organisationSchema from '../../schemas/organisation.schema.json' with { type: 'json' };
import { FILES, fixtureRegistry, fixtureSources, LISA, TODAY } from './fixture.js';

// The answer to an audit as data: the report shape, the letter shape and the Norwegian process from one
// template; a decided answer frozen at its decision; undated commitments shown honestly; the follow-up.

function html(registry: Registry, id: string, locale: Locale = 'sv', today = TODAY): string {
  const [model] = buildDocuments(registry, { today, locale }, new Set([id]));
  if (!model) throw new Error(`no document ${id}; have ${documentIds(registry).join(', ')}`);
  return renderTemplate(createEnvironment({ locale }), model.meta.template, model.context);
}

/** The document's body: what the board decided, without the colophon (which says when it was printed). */
function body(page: string): string {
  const end = page.indexOf('<footer class="colophon">');
  return page.slice(page.indexOf('<main>'), end < 0 ? page.indexOf('</main>') : end);
}

const LETTER = `title: Granskning av hanteringen av skyddade personuppgifter
firm: EY
auditors: Kommunfullmäktiges förtroendevalda revisorer
reportDate: 2025-09-24
boards: [ks]
status: answered
answer:
  form: letter
  addressee: Kommunfullmäktiges revisorer
summary: Kommunstyrelsen tackar för granskningen.
recommendations:
  - id: styrande
    board: ks
    heading: Styrande dokument
    text: Ta fram en gemensam rutin för skyddade personuppgifter.
    stance:
      position: agrees
    answer: En rutin har tagits fram.
    plannedActions:
      - id: kommunicera
        text: Rutinen kommuniceras på arbetsplatsträffar.
        owner: sakerhetssamordnare
        period: våren 2026
      - id: instruktioner
        text: Förvaltningarnas instruktioner ses över.
  - id: risk
    board: ks
    heading: Riskanalyser
    text: Genomför en riskanalys.
    stance:
      position: partly
      reason: Redan analyserade system analyseras inte om.
    answer: Riskanalysen görs inom ramen för risk- och sårbarhetsanalysen.
    plannedActions:
      - id: analys
        text: Kommungemensam riskanalys.
        owner: it-chef
        due: 2026-06-30
decisions:
  - board: ks
    meetingDate: 2025-12-08
    registrationNumber: KS 2025/288
    date: 2025-12-09
    closing: Å kommunstyrelsens vägnar,
    chair:
      name: Anna Lindqvist
      party: S
      title: Kommunstyrelsens ordförande
`;

const letterRegistry = (text = LETTER) => fixtureRegistry({ 'audit/brev.yaml': text });

describe('the letter shape', () => {
  const page = html(letterRegistry(), 'audit-answer-brev');

  it('has an addressee, the board’s starting point, the themes as headings and a closing formula', () => {
    const order = [
      '<dt>Till</dt><dd>Kommunfullmäktiges revisorer</dd>',
      '<h2>Kommunstyrelsens utgångspunkt</h2>',
      '<h2>Styrande dokument</h2>',
      '<p class="stance"><strong>Kommunstyrelsen instämmer.</strong></p>',
      '<h2>Riskanalyser</h2>',
      '<strong>Kommunstyrelsen instämmer delvis.</strong> <span>Redan analyserade system analyseras inte om.</span>',
      '<p class="closing">Å kommunstyrelsens vägnar,</p>',
      '<p class="name">Anna Lindqvist (S)</p>',
    ];
    let at = 0;
    for (const piece of order) {
      const found = page.indexOf(piece, at);
      expect(found, piece).toBeGreaterThan(-1);
      at = found;
    }
  });

  it('prints no proposed decision, no numbered quotes and no request the auditors did not make', () => {
    expect(page).not.toContain('förslag till beslut');
    expect(page).not.toContain('Förslag till beslut');
    expect(page).not.toContain('Rekommendation 1');
    expect(page).not.toContain('Sammanfattning');
    expect(page).not.toContain('Svar önskas från');
    expect(page).not.toContain('Identifierade förbättringsområden');
  });

  it('shows a commitment with a period or with nothing as the answer gave it, never an invented date', () => {
    expect(page).toMatch(
      /Rutinen kommuniceras på arbetsplatsträffar\.<\/th>\s*<td>Informationssäkerhetssamordnare<\/td>\s*<td class="nowrap"><span>våren 2026<\/span><\/td>/,
    );
    expect(page).toMatch(
      /Förvaltningarnas instruktioner ses över\.<\/th>\s*<td><span class="muted">ej angiven<\/span><\/td>\s*<td class="nowrap"><span class="muted">ej angivet<\/span><\/td>/,
    );
  });

  it('takes a default closing formula from the shape when the decision gives none', () => {
    const own = html(
      letterRegistry(LETTER.replace('    closing: Å kommunstyrelsens vägnar,\n', '')),
      'audit-answer-brev',
    );
    expect(own).toContain('<p class="closing">Å kommunstyrelsens vägnar,</p>');
    const en = html(letterRegistry(), 'audit-answer-brev', 'en');
    expect(en).toContain('<h2>Kommunstyrelsen&#39;s starting point</h2>');
  });

  it('signs for someone else when the signatory says on whose behalf', () => {
    const signed = LETTER.replace(
      '    chair:\n      name: Anna Lindqvist\n      party: S\n      title: Kommunstyrelsens ordförande\n',
      '    signatory:\n      name: Per Holm\n      title: Kommundirektör\n      onBehalfOf: kommunstyrelsen\n',
    );
    const p = html(letterRegistry(signed), 'audit-answer-brev');
    expect(p).toContain('<p class="name">Per Holm</p>');
    expect(p).toContain('<p>Kommundirektör</p>');
    expect(p).toContain('<p>för kommunstyrelsen</p>');
  });
});

describe('what the auditors asked for', () => {
  it('is printed only when the audit records it, with the boards joined as the language joins them', () => {
    const asked = FILES['audit/granskning-2026.yaml'].replace(
      'status: answered',
      'requested:\n  items: [actions-taken, timeline, Vilka nyckeltal som följs upp]\n  followUp: true\nstatus: answered',
    );
    const p = html(fixtureRegistry({ 'audit/granskning-2026.yaml': asked }), 'audit-answer-granskning-2026');
    expect(p).toContain('<h3>Svar önskas från kommunstyrelsen och socialnämnden</h3>');
    expect(p).toContain('<li>hittills vidtagna åtgärder</li>');
    expect(p).toContain('<li>Vilka nyckeltal som följs upp</li>');
    expect(p).not.toContain('eventuella andra synpunkter');
    expect(p).toContain('stämma av med kommunstyrelsen och socialnämnden');
    const nb = html(
      fixtureRegistry({ 'audit/granskning-2026.yaml': asked }),
      'audit-answer-granskning-2026',
      'nb',
    );
    expect(nb).toContain('Svar ønskes fra kommunstyrelsen og socialnämnden');
  });
});

describe('the Norwegian process', () => {
  const NO_BOARD = LISA.replace('locale: sv', 'locale: nb').replace(
    '  - id: ks\n    name: Kommunstyrelsen',
    '  - id: ks\n    name: Kommunestyret',
  );
  // lisa.yaml's country (added with the Norwegian country model) decides the process when the audit does not.
  const hasCountry = 'country' in organisationSchema.properties;
  const NO_LISA = NO_BOARD.replace('locale: nb', 'locale: nb\ncountry: "no"');
  const NO_AUDIT = `title: Forvaltningsrevisjon av informasjonssikkerhet
firm: Vestland kommunerevisjon IKS
auditors: Kontrollutvalget
reportDate: 2026-02-10
boards: [ks]
requested:
  items: [actions-taken]
  followUp: true
status: answered
summary: Kommunedirektøren har gått gjennom rapporten.
recommendations:
  - id: r1
    board: ks
    text: Kommunedirektøren bør sørge for at risikovurderinger gjennomføres.
    answer: Risikovurderinger gjennomføres for alle systemer innen utgangen av året.
decisions:
  - board: ks
    proposal: Kommunestyret tar rapporten til orientering og ber kommunedirektøren følge opp anbefalingene.
    meetingDate: 2026-04-20
    signatory:
      name: Kari Nordmann
      title: Kommunedirektør
`;

  it('reads as a kontrollutvalg expects: its innstilling, the kommunedirektør’s answer and signature', () => {
    const own = NO_AUDIT.replace('status: answered', 'answer:\n  process: norway\nstatus: answered');
    const registry = fixtureRegistry({ 'lisa.yaml': NO_BOARD, 'audit/forvaltningsrevisjon.yaml': own });
    const p = body(html(registry, 'audit-answer-forvaltningsrevisjon', 'nb'));
    expect(p).toContain('<h2>Kontrollutvalgets innstilling</h2>');
    expect(p).toContain('<dt>Vedtas av</dt><dd>Kommunestyret</dd>');
    expect(p).toContain('Revisjonen anbefaler at kommunedirektøren:');
    expect(p).toContain('<h4>Kommunedirektørens svar</h4>');
    expect(p).toContain('<p class="name">Kari Nordmann</p>');
    expect(p).toContain('<dt>Bestilt av</dt><dd>Kontrollutvalget</dd>');
    expect(p).toContain('<h3>Svar ønskes fra kommunedirektøren</h3>');
    expect(p).toContain('Kontrollutvalget vil senere følge opp');
    expect(p).not.toContain('Lederens forslag til vedtak');
    expect(p).not.toContain('Svar fra Kommunestyret');
    expect(p).not.toContain('Kommunestyrets svar');
    expect(p).not.toContain('Ordfører');
  });

  it.skipIf(!hasCountry)('follows the country in lisa.yaml when the audit does not say', () => {
    const registry = fixtureRegistry({ 'lisa.yaml': NO_LISA, 'audit/forvaltningsrevisjon.yaml': NO_AUDIT });
    const p = html(registry, 'audit-answer-forvaltningsrevisjon', 'nb');
    expect(p).toContain('<h2>Kontrollutvalgets innstilling</h2>');
    expect(p).not.toContain('Ordfører');
  });

  it('keeps the Swedish shape without a country or a process', () => {
    const registry = fixtureRegistry({ 'lisa.yaml': NO_BOARD, 'audit/forvaltningsrevisjon.yaml': NO_AUDIT });
    expect(html(registry, 'audit-answer-forvaltningsrevisjon', 'nb')).toContain(
      '<h2>Forslag til vedtak</h2>',
    );
  });
});

describe('a decided answer', () => {
  it('renders identically before and after its actions move on', () => {
    const before = body(html(letterRegistry(), 'audit-answer-brev', 'sv', '2026-01-10'));
    // Months later: one action done, one cancelled, one started, each with its dated history.
    const moved = LETTER.replace(
      '        period: våren 2026\n',
      '        period: våren 2026\n        status: done\n        history:\n          - date: 2026-05-20\n            status: done\n',
    )
      .replace(
        '        text: Förvaltningarnas instruktioner ses över.\n',
        '        text: Förvaltningarnas instruktioner ses över.\n        status: cancelled\n        history:\n          - date: 2026-03-01\n            status: cancelled\n',
      )
      .replace(
        '        due: 2026-06-30\n',
        '        due: 2026-06-30\n        status: in-progress\n        history:\n          - date: 2026-04-01\n            status: in-progress\n',
      );
    const after = body(html(letterRegistry(moved), 'audit-answer-brev', 'sv', '2026-11-23'));
    expect(after).toBe(before);
    expect(after).not.toMatch(/>Klar /);
    expect(after).not.toContain('Avbruten');
    expect(after).not.toContain('Försenad');
  });

  it('shows a status it already had at the decision, and dates the document by the decision', () => {
    const registry = fixtureRegistry();
    const [model] = buildDocuments(
      registry,
      { today: TODAY, locale: 'sv' },
      new Set(['audit-answer-granskning-2026']),
    );
    expect(model?.meta.date).toBe('2026-06-10');
    const p = html(registry, 'audit-answer-granskning-2026');
    expect(p).toContain('<th scope="col">Status vid beslutet</th>');
    expect(p).toMatch(/Klar 2026-04-02/);
  });

  it('is never dated by the day it is printed, and validate says when the date is missing', () => {
    const undated = LETTER.replace('    meetingDate: 2025-12-08\n', '').replace('    date: 2025-12-09\n', '');
    const registry = letterRegistry(undated);
    const [model] = buildDocuments(registry, { today: TODAY, locale: 'sv' }, new Set(['audit-answer-brev']));
    expect(model?.meta.date).toBe('');
    expect(html(registry, 'audit-answer-brev')).toContain('<span class="flag">Datum saknas</span>');
    const findings = validateSources('registry', fixtureSources({ 'audit/brev.yaml': undated }), {
      today: TODAY,
    }).findings.filter((f) => f.rule === 'audit-answer-undated');
    expect(findings).toHaveLength(1);
    expect(findings[0]?.message).toContain('Kommunstyrelsen');
  });
});

describe('undated commitments', () => {
  const result = validateSources('registry', fixtureSources({ 'audit/brev.yaml': LETTER }), { today: TODAY });

  it('are valid, and a warning suggests an owner and a date', () => {
    expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
    const undated = result.findings.filter((f) => f.rule === 'action-undated');
    expect(undated.map((f) => f.message)).toEqual([
      'Åtgärden "Rutinen kommuniceras på arbetsplatsträffar." saknar datum. Den visas som svaret angav den och ger inga påminnelser.',
      'Åtgärden "Förvaltningarnas instruktioner ses över." saknar ansvarig och datum. Den visas som svaret angav den och ger inga påminnelser.',
    ]);
  });
});

describe('a status change without a date in a decided answer', () => {
  it('is a warning that asks for the date, since the answer shows it as planned until dated', () => {
    const moved = LETTER.replace(
      '        due: 2026-06-30\n',
      '        due: 2026-06-30\n        status: in-progress\n',
    );
    const findings = validateSources('registry', fixtureSources({ 'audit/brev.yaml': moved }), {
      today: TODAY,
    }).findings.filter((f) => f.rule === 'action-history-missing');
    expect(findings.map((f) => [f.severity, f.message])).toEqual([
      [
        'warning',
        'Åtgärden "Kommungemensam riskanalys." har status in-progress men ingen daterad händelse i history. Det beslutade svaret visar den därför som planerad.',
      ],
    ]);
    expect(findings[0]?.line).toBeGreaterThan(1);
  });
});

describe('the follow-up of the auditors’ recommendations', () => {
  it('gives each board the state now: each action’s status, what is overdue, and what happened since', () => {
    const p = html(fixtureRegistry(), 'audit-followup-ks');
    expect(p).toContain('<h1>Uppföljning av revisionens rekommendationer – Kommunstyrelsen</h1>');
    expect(p).toContain('<th scope="col">Status nu</th>');
    expect(p).toMatch(
      /Ta fram rutin för informationssäkerhetsincidenter\.<\/th>[\s\S]*?Pågår <span class="flag">Försenad<\/span>/,
    );
    expect(p).toContain('1 av 2 åtgärder klara, 1 försenad');
    expect(p).toContain('0 av 1 åtgärd klar');
    // Socialnämndens recommendation is in its own follow-up, not in the executive board's.
    expect(p).not.toContain('Säkerställa att informationssäkerhetsutbildningar');
    expect(html(fixtureRegistry(), 'audit-followup-son')).toContain(
      'Säkerställa att informationssäkerhetsutbildningar',
    );
  });
});
