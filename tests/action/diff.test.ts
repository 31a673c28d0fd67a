import { describe, expect, it } from 'vitest';
import { diffRegistries, type EntityChange, findingsDelta } from '../../lib/diff.js';
import { validateSources } from '../../lib/validate.js';
import { sources } from '../helpers/sources.js';
import { BASE, edit, file, patch } from './fixture.js';

const TODAY = '2026-11-23';

function diff(
  head: Record<string, string>,
  base: Record<string, string> = BASE,
  locale?: 'sv' | 'nb' | 'en',
) {
  const b = validateSources('registry', sources(base), {
    today: TODAY,
    ...(locale ? { locale } : {}),
  }).registry;
  const h = validateSources('registry', sources(head), {
    today: TODAY,
    ...(locale ? { locale } : {}),
  }).registry;
  return diffRegistries(b, h, { today: TODAY });
}

function change(d: ReturnType<typeof diff>, key: string): EntityChange {
  const found = d.changes.find((c) => `${c.kind}/${c.id}` === key);
  if (!found)
    throw new Error(`no change for ${key}: ${d.changes.map((c) => `${c.kind}/${c.id}`).join(', ')}`);
  return found;
}

const texts = (c: EntityChange) => c.details.map((d) => d.text);

describe('the semantic diff', () => {
  it('finds nothing when nothing changed', () => {
    const d = diff(BASE);
    expect(d.changes).toEqual([]);
    expect(d.documents).toEqual([]);
  });

  it('tells a raised classification with the system it now leaves under-protected', () => {
    const d = diff(
      patch(
        'classification/elevhalsans-journaler.yaml',
        'confidentiality:\n    level: 2',
        'confidentiality:\n    level: 3',
      ),
    );
    const c = change(d, 'classification/elevhalsans-journaler');
    expect(c.name).toBe('Elevhälsans journaler');
    expect(c.change).toBe('changed');
    expect(texts(c)).toEqual([
      'konfidentialitet 2 → 3 — ProReNata skyddas nu under kravet (konfidentialitet: har 2, kräver 3)',
    ]);
    expect(d.documents.map((x) => x.id)).toEqual(['yearly-report', 'systems-overview']);
    expect(d.documents[1]?.title).toBe('System och informationsklassning');
  });

  it('compares a new classification with the one it replaces', () => {
    const d = diff(
      edit({
        'classification/elevhalsans-journaler-2026-10.yaml': file('classification/elevhalsans-journaler.yaml')
          .replace('date: 2026-03-01', 'date: 2026-10-01')
          .replace('availability:\n    level: 1', 'availability:\n    level: 2'),
      }),
    );
    const c = change(d, 'classification/elevhalsans-journaler-2026-10');
    expect(c.change).toBe('added');
    expect(texts(c)).toEqual(['ny klassning 2026-10-01', 'tillgänglighet 1 → 2']);
  });

  it('tells a lowered protection level and a restored one', () => {
    const lowered = diff(patch('system/procapita.yaml', 'integrity: 3', 'integrity: 1'), BASE);
    expect(texts(change(lowered, 'system/procapita'))).toEqual(['skyddsnivå för riktighet: 3 → 1']);

    const below = patch('system/prorenata.yaml', 'confidentiality: 2', 'confidentiality: 1');
    const worse = diff(below);
    expect(texts(change(worse, 'system/prorenata'))).toEqual([
      'skyddsnivå för konfidentialitet: 2 → 1',
      'ProReNata skyddas nu under kravet (konfidentialitet: har 1, kräver 2)',
    ]);
    const fixed = diff(BASE, below);
    expect(texts(change(fixed, 'system/prorenata'))).toEqual([
      'skyddsnivå för konfidentialitet: 1 → 2',
      'ProReNata uppfyller nu kravet för konfidentialitet',
    ]);
  });

  it('says when a new processing activity lacks the DPIA it needs', () => {
    const d = diff(
      edit({
        'processing/elevhalsans-halsobesok.yaml': `name: Hälsobesök i elevhälsan
controller: son
purposes: [Hälsobesök]
legalBasis:
  - basis: legal-obligation
dataSubjects: [elever]
personalData: [hälsouppgifter]
specialCategories: [health]
retention:
  period: 10 år
securityMeasures: [Behörighetsstyrning]
systems: [prorenata]
`,
      }),
    );
    const c = change(d, 'processing/elevhalsans-halsobesok');
    expect(c.change).toBe('added');
    expect(c.name).toBe('Hälsobesök i elevhälsan');
    expect(texts(c)).toEqual(['utan konsekvensbedömning (känsliga personuppgifter)']);
    expect(d.documents.map((x) => x.id)).toEqual(['yearly-report', 'processing-register-son']);
    expect(d.documents[1]?.title).toBe('Registerförteckning – Socialnämnden');
  });

  it('tells a moved planned action by its recommendation number', () => {
    const d = diff(patch('audit/kpmg-2026.yaml', 'due: 2027-09-30', 'due: 2028-03-31'));
    const c = change(d, 'audit/kpmg-2026');
    expect(texts(c)).toEqual(['Rekommendation 2: planerad åtgärd flyttad från 2027-09-30 till 2028-03-31']);
    expect(d.documents.map((x) => x.id)).toContain('audit-answer-kpmg-2026');
    expect(d.documents.find((x) => x.id === 'audit-answer-kpmg-2026')?.title).toBe(
      'Svar på revisionsrapport – Granskning av informationssäkerhet',
    );
  });

  it('tells audit answers and action status', () => {
    const head = patch(
      'audit/kpmg-2026.yaml',
      '    text: Säkerställ att styrdokumenten är aktuella.\n    plannedActions:\n      - id: a1\n        text: Revidera policyn\n        owner: sakerhetssamordnare\n        due: 2027-02-28\n        status: planned',
      '    text: Säkerställ att styrdokumenten är aktuella.\n    answer: Nämnden instämmer.\n    plannedActions:\n      - id: a1\n        text: Revidera policyn\n        owner: sakerhetssamordnare\n        due: 2027-02-28\n        status: done',
    );
    expect(texts(change(diff(head), 'audit/kpmg-2026'))).toEqual([
      'Rekommendation 1: svar skrivet',
      'Rekommendation 1: åtgärden "Revidera policyn" planerad → klar',
    ]);
  });

  it('tells new KPI values with the target, and affects the KPI review', () => {
    const d = diff(patch('kpi/utbildade.yaml', '  2026-Q3: 78\n', '  2026-Q3: 78\n  2026-Q4: 82\n'));
    expect(texts(change(d, 'kpi/utbildade'))).toEqual(['kv. 4 2026: 82\u00a0% (mål 90\u00a0%)']);
    expect(d.documents.map((x) => x.id)).toEqual(['yearly-report', 'kpi-review']);
    expect(d.documents[1]?.title).toBe('Nyckeltal för informationssäkerhet – kv. 3 2026');
  });

  it('tells a document decided, with the decision', () => {
    const d = diff(
      patch(
        'document/informationssakerhetspolicy.yaml',
        'status: draft\n',
        'status: decided\ndecidedBy: ks\ndecision:\n  date: 2026-10-01\n  paragraph: § 12\ncommunicated: 2026-10-15\nnextReview: 2027-10-01\n',
      ),
    );
    expect(texts(change(d, 'document/informationssakerhetspolicy'))).toEqual([
      'status: utkast → beslutad (Kommunstyrelsen 2026-10-01 § 12)',
      'nästa översyn: – → 2027-10-01',
      'kommunicerad 2026-10-15',
      'decidedBy: Kommunstyrelsen (ny uppgift)',
    ]);
  });

  it('tells other fields generically, references by name', () => {
    const d = diff(patch('system/procapita.yaml', 'owner: socialchef\n', 'owner: it-chef\nsupplier: CGI\n'));
    expect(texts(change(d, 'system/procapita'))).toEqual([
      'owner: Socialchef → IT-chef',
      'supplier: CGI (ny uppgift)',
    ]);
  });

  it('tells an asset moved between systems', () => {
    const d = diff(patch('asset/elevhalsans-journaler.yaml', '  - prorenata\n', '  - procapita\n'));
    expect(texts(change(d, 'asset/elevhalsans-journaler'))).toEqual([
      'hanteras nu även i Procapita',
      'hanteras inte längre i ProReNata',
    ]);
  });

  it('lists added and removed entries', () => {
    const d = diff(
      edit({
        'system/procapita.yaml': null,
        'system/lifecare.yaml': file('system/procapita.yaml').replace('Procapita', 'Lifecare'),
      }),
    );
    const kinds = d.changes.map((c: EntityChange) => `${c.change} ${c.kind}/${c.id}`);
    expect(kinds).toEqual(['added system/lifecare', 'removed system/procapita']);
    expect(texts(change(d, 'system/lifecare'))).toEqual([
      'skyddsnivå konfidentialitet 3, riktighet 3, tillgänglighet 2, spårbarhet 3',
    ]);
  });

  it('withholds the details of a restricted entry', () => {
    const base = patch(
      'system/procapita.yaml',
      'hosting: on-premises\n',
      'hosting: on-premises\nprotectedIdentities: true\n',
    );
    const head = patch('system/procapita.yaml', 'confidentiality: 3', 'confidentiality: 4', base);
    const c = change(diff(head, base), 'system/procapita');
    expect(c.restricted).toBe(true);
    expect(texts(c)).toEqual(['begränsad post – detaljerna visas inte här (ändrat: protection)']);
  });

  it('never repeats a personal identity number', () => {
    const d = diff(
      patch(
        'system/procapita.yaml',
        'owner: socialchef\n',
        'owner: socialchef\nsupplier: Kontakt 121212-1212\n',
      ),
    );
    const text = texts(change(d, 'system/procapita')).join(' ');
    expect(text).toBe('supplier: Kontakt [•••] (ny uppgift)');
    expect(text).not.toContain('1212');
  });

  it('speaks the registry language', () => {
    const en = (files: Record<string, string>) => ({
      ...files,
      'lisa.yaml': file('lisa.yaml', files).replace('locale: sv', 'locale: en'),
    });
    const d = diff(en(patch('audit/kpmg-2026.yaml', 'due: 2027-09-30', 'due: 2028-03-31')), en(BASE));
    expect(texts(change(d, 'audit/kpmg-2026'))).toEqual([
      'Recommendation 2: planned action moved from 2027-09-30 to 2028-03-31',
    ]);
  });

  it('tells organisation changes and then every document is affected', () => {
    const d = diff(patch('lisa.yaml', 'name: Socialnämnden', 'name: Social- och omsorgsnämnden'));
    expect(texts(change(d, 'organisation/lisa'))).toEqual([
      'nämnden "Socialnämnden" heter nu "Social- och omsorgsnämnden"',
    ]);
    expect(d.documents.map((x) => x.id)).toEqual([
      'yearly-report',
      'kpi-review',
      'systems-overview',
      'audit-answer-kpmg-2026',
      'processing-register-son',
    ]);
  });
});

describe('findings delta', () => {
  it('matches findings by rule, entry and message, not by line', () => {
    const base = validateSources(
      'registry',
      sources(
        patch(
          'document/informationssakerhetspolicy.yaml',
          'status: draft',
          'status: decided\ndecidedBy: ks\nnextReview: 2027-01-01\ndecision:\n  date: 2026-01-01',
        ),
      ),
      {
        today: TODAY,
      },
    );
    expect(base.findings.map((f) => f.rule)).toEqual(['document-not-communicated']);
    // The same problem, moved two lines down, plus a new one.
    const headFiles = patch(
      'document/informationssakerhetspolicy.yaml',
      'status: draft',
      'topics: [policy]\nurl: https://example.org/policy\nstatus: decided\ndecidedBy: ks\nnextReview: 2027-01-01\ndecision:\n  date: 2026-01-01',
    );
    const head = validateSources(
      'registry',
      sources(patch('system/prorenata.yaml', 'confidentiality: 2', 'confidentiality: 1', headFiles)),
      {
        today: TODAY,
      },
    );
    const delta = findingsDelta(base.findings, head.findings);
    expect(delta.added.map((f) => f.rule)).toEqual(['protection-below-classification']);
    expect(delta.fixed).toEqual([]);
    expect(findingsDelta(head.findings, base.findings).fixed.map((f) => f.rule)).toEqual([
      'protection-below-classification',
    ]);
  });
});
