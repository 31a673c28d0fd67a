// One answer to "does this activity need a DPIA, and has it one": validate, the yearly report and the PR comment
// must say the same (issue 10: a documented "not needed" for sensitive data alone was flagged as missing by the
// yearly report while validate said nothing).
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diffRegistries, findingsDelta } from '../../lib/diff.js';
import { dpiaOf } from '../../lib/facts/dpia.js';
import { formatMarkdown } from '../../lib/format/markdown.js';
import { renderDocuments } from '../../lib/render/index.js';
import { validateSources } from '../../lib/validate.js';
import { BASE } from '../action/fixture.js';
import { sources } from '../helpers/sources.js';

const TODAY = '2026-11-23';

function activity(dpia: string): string {
  return `name: Löneadministration
controller: son
purposes: [Lön]
legalBasis:
  - basis: legal-obligation
dataSubjects: [anställda]
personalData: [kontaktuppgifter]
specialCategories: [health]
retention:
  period: 10 år
securityMeasures: [Behörighetsstyrning]
${dpia}`;
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'lisa-dpia-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** What each surface says of the activity: the rule fires, the report flags it, the comment says "utan". */
async function surfaces(dpia: string) {
  const base = validateSources('registry', sources(BASE), { today: TODAY });
  const head = validateSources(
    'registry',
    sources({ ...BASE, 'processing/loneadministration.yaml': activity(dpia) }),
    { today: TODAY },
  );
  const rule = head.findings.some((f) => f.rule === 'dpia-missing' && f.file.includes('loneadministration'));
  const out = path.join(dir, String(Math.random()).slice(2));
  const result = await renderDocuments(head.registry, {
    outDir: out,
    today: TODAY,
    formats: ['html'],
    only: ['yearly-report'],
  });
  const doc = result.documents.find((d) => d.id === 'yearly-report');
  if (!doc) throw new Error('no yearly report');
  const html = (await readFile(doc.html, 'utf8')).replace(/\u00ad/g, '');
  const row = html.slice(html.indexOf('<th scope="row">Löneadministration'));
  const flagged = row.slice(0, row.indexOf('</tr>')).includes('class="flag">Saknas');
  const comment = formatMarkdown({
    locale: 'sv',
    findings: head.findings,
    files: 9,
    failOn: 'error',
    delta: findingsDelta(base.findings, head.findings),
    diff: diffRegistries(base.registry, head.registry, { today: TODAY }),
  });
  return { rule, flagged, comment, html };
}

describe('whether a DPIA is needed and done', () => {
  it('a documented assessment that sensitive data alone needs none settles it everywhere', async () => {
    const s = await surfaces(
      'dpia: {status: not-needed, criteria: [sensitive-data], reference: KS 2025/12}\n',
    );
    expect(s.rule).toBe(false);
    expect(s.flagged).toBe(false);
    expect(s.html).not.toContain('<th scope="row">Löneadministration');
    expect(s.comment).not.toContain('utan konsekvensbedömning');
    expect(s.comment).not.toContain('dpia-missing');
  });

  it('without the assessment on record, all three say it is missing', async () => {
    const s = await surfaces('dpia: {status: not-needed, criteria: [sensitive-data]}\n');
    expect(s.rule).toBe(true);
    expect(s.flagged).toBe(true);
    expect(s.comment).toContain('utan konsekvensbedömning (känsliga personuppgifter)');
    expect(s.comment).toContain('dpia-missing');
  });

  it('two criteria need a DPIA whatever the status says, and a done one satisfies all three', async () => {
    const claimed = await surfaces('dpia: {status: not-needed, criteria: [large-scale], reference: X}\n');
    expect([claimed.rule, claimed.flagged]).toEqual([true, true]);
    expect(claimed.comment).toContain(
      'utan konsekvensbedömning (känsliga personuppgifter, 2 av EDPB:s kriterier)',
    );
    const done = await surfaces('dpia: {status: done, criteria: [large-scale], date: 2026-01-10}\n');
    expect([done.rule, done.flagged]).toEqual([false, false]);
    expect(done.comment).not.toContain('utan konsekvensbedömning');
  });

  it('counts the criteria the fields imply: protected identities are two, automated decisions one', () => {
    const f = dpiaOf({ protectedIdentities: true, automatedDecisions: true });
    expect([...f.criteria].sort()).toEqual([
      'automated-decisions',
      'sensitive-data',
      'vulnerable-data-subjects',
    ]);
    expect(f.reasons).toEqual([{ code: 'protected' }, { code: 'criteria', n: 3 }]);
    expect(dpiaOf({ dpia: { status: 'planned', criteria: ['large-scale'] } }).needed).toBe(false);
    expect(dpiaOf({ criminalData: true }).missing).toBe(true);
  });
});
