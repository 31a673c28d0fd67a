import { describe, expect, it } from 'vitest';
import { createEnvironment, renderTemplate } from '../../lib/render/html.js';
import { buildDocuments, type DocumentModel, documentIds } from '../../lib/render/model.js';
import { fixtureRegistry, LISA } from './fixture.js';

// The incident report to each board: counts by month and type, how soon breaches were notified, actions and
// lessons; restricted incidents (the default) only ever counted.

const TODAY = '2026-12-31';

const BREACH_RESTRICTED = `title: Journalanteckning skickad till fel vårdgivare
description: Hemlig beskrivning som aldrig får synas.
board: son
discovered: 2026-03-02 08:00
type: [confidentiality]
personalDataBreach: true
protectedIdentities: true
consequences: { risk: high-risk, assessment: Hemlig bedömning. }
notification: { at: 2026-03-05 20:00, reference: IMY-2026-0001, reason: Bedömningen tog längre tid än väntat. }
dataSubjectsInformed: { informed: true }
actions:
  - { id: a1, text: Hemlig åtgärd i journalen, owner: socialchef, due: 2026-04-01, status: in-progress }
lessons: [Hemlig lärdom om journalen]
`;

const BREACH_OPEN = `title: Beslut skickat till fel adress
description: Ett beslut skickades till en tidigare adress.
board: son
discovered: 2026-03-20 10:00
type: [confidentiality]
personalDataBreach: true
notification: { at: 2026-03-21 09:30, reference: IMY-2026-0002 }
actions:
  - { id: a1, text: Adressen kontrolleras före utskick, owner: socialchef, due: 2026-05-01, status: done, done: 2026-04-20 }
lessons: [Adressen uppdaterades inte vid flytt]
restricted: false
`;

const OUTAGE = `title: Avbrott i Procapita
description: Systemet låg nere en förmiddag.
board: son
discovered: 2026-06-09 06:45
closed: 2026-06-09 15:40
type: [availability, integrity]
personalDataBreach: false
systems: [procapita]
restricted: false
`;

const EARLIER = `title: Gammal öppen incident
description: Från förra året.
board: son
discovered: 2025-11-01 10:00
expectedClosure: 2026-06-30
type: [integrity]
personalDataBreach: false
`;

const FILES = {
  'incident/2026-03-journal.yaml': BREACH_RESTRICTED,
  'incident/2026-03-adress.yaml': BREACH_OPEN,
  'incident/2026-06-avbrott.yaml': OUTAGE,
  'incident/2025-11-gammal.yaml': EARLIER,
};

// biome-ignore lint/suspicious/noExplicitAny: view models are plain data for templates
type Ctx = any;

function report(overrides: Record<string, string | null> = FILES, id = 'incident-report-son', today = TODAY) {
  const registry = fixtureRegistry(overrides);
  const model = buildDocuments(registry, { today, locale: 'sv' }, new Set([id]))[0] as DocumentModel;
  if (!model) throw new Error(`no ${id}; have ${documentIds(registry).join(', ')}`);
  return model;
}

function html(model: DocumentModel, locale: 'sv' | 'nb' | 'en' = 'sv') {
  return renderTemplate(createEnvironment({ locale }), model.meta.template, model.context);
}

describe('incident report ids', () => {
  it('gives none while the registry keeps no incidents, then one to every controller board', () => {
    expect(documentIds(fixtureRegistry()).filter((id) => id.startsWith('incident-report'))).toEqual([]);
    expect(documentIds(fixtureRegistry(FILES)).filter((id) => id.startsWith('incident-report'))).toEqual([
      'incident-report-ks',
      'incident-report-son',
    ]);
  });

  it('gives one report for the organisation where it is the controller (Norway)', () => {
    const lisa = `${LISA.replace('locale: sv', 'locale: nb\ncountry: no').replace(/ {4}controller: true\n/g, '')}`;
    const registry = fixtureRegistry({ ...FILES, 'lisa.yaml': lisa });
    expect(documentIds(registry).filter((id) => id.startsWith('incident-report'))).toEqual([
      'incident-report',
    ]);
  });
});

describe('the incident report', () => {
  it('counts by month and type the incidents discovered this year, whether restricted or not', () => {
    const r = (report().context as Ctx).incidents;
    expect(r.total).toBe(3);
    expect(r.breachCount).toBe(2);
    expect(r.restricted).toBe(1);
    expect(r.carriedOver).toBe(1);
    // The old one passed its expected closure; nothing from this year did.
    expect(r.overdueClosure).toBe(1);
    expect(r.months).toHaveLength(12);
    expect(r.months[2]).toMatchObject({ label: 'mars', total: 2, breaches: 2, types: [2, 0, 0] });
    expect(r.months[5]).toMatchObject({ total: 1, breaches: 0, types: [0, 1, 1] });
    expect(r.types.map((x: Ctx) => [x.label, x.count])).toEqual([
      ['Konfidentialitet', 2],
      ['Riktighet', 1],
      ['Tillgänglighet', 1],
    ]);
  });

  it('puts each breach in a notification-time band; only an unrestricted one gets its own row with the hours', () => {
    const b = (report().context as Ctx).incidents.breaches;
    expect(b).toMatchObject({
      total: 2,
      notified: 2,
      late: 1,
      informed: 1,
      protectedIdentities: 1,
      restricted: 1,
    });
    expect(b.bands).toEqual([
      { id: 'within24', count: 1 },
      { id: 'within72', count: 0 },
      { id: 'later', count: 1 },
    ]);
    expect(b.rows).toEqual([
      expect.objectContaining({ title: 'Beslut skickat till fel adress', hours: 23.5, late: false }),
    ]);
  });

  it('never shows a restricted incident’s title, text, reference, actions or lessons', () => {
    const out = html(report());
    for (const secret of ['Journalanteckning', 'Hemlig', 'IMY-2026-0001', 'Bedömningen tog längre'])
      expect(out).not.toContain(secret);
    expect(out).toContain('Beslut skickat till fel adress');
    expect(out).toContain('IMY-2026-0002');
    expect(out).toContain('23,5 h');
    expect(out).toContain('Adressen uppdaterades inte vid flytt');
    expect(out).toContain('Därtill finns 1 lärdom från begränsade incidenter.');
    expect(out).toContain('2 åtgärder är registrerade. Klara: 1. Pågående eller planerade: 1.');
    expect(out).toContain('1 åtgärd har passerat sitt datum.');
  });

  it('covers the year up to the document’s date, and says a quiet year as such', () => {
    const r = (report(FILES, 'incident-report-son', '2026-02-28').context as Ctx).incidents;
    expect(r.total).toBe(0);
    expect(r.months).toHaveLength(2);
    const out = html(report(FILES, 'incident-report-ks'));
    expect(out).toContain('Inga incidenter registrerades för kommunstyrelsen under perioden');
    expect(out).toContain('Inga personuppgiftsincidenter registrerades under perioden.');
  });

  it('speaks bokmål and English with the authority of the registry’s country, no key left untranslated', () => {
    const model = report();
    const nb = html(model, 'nb');
    const en = html(model, 'en');
    expect(nb).toContain('Personvernbrudd og melding til IMY');
    expect(en).toContain('3 incidents were recorded for');
    expect(en).toContain('Notified to IMY');
    for (const out of [nb, en]) expect(out).not.toMatch(/incidentReport\./);
  });

  it('escapes an unrestricted incident’s text', () => {
    const out = html(
      report({ ...FILES, 'incident/x.yaml': OUTAGE.replace('Avbrott i Procapita', '<script>x</script>') }),
    );
    expect(out).not.toContain('<script>x');
    expect(out).toContain('&lt;script&gt;x&lt;/script&gt;');
  });
});
