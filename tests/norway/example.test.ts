import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lisa } from '../cli/helpers.js';
import { swedishIn, WRONG_MARKING } from './swedish.js';

// The Norwegian example, Fjellvik kommune, through the CLI as a kommune would run it: it validates clean, renders,
// answers and reminds, and nothing it says carries a Swedish word or a Swedish law.

const DIR = 'examples/fjellvik';
const cwd = path.resolve('.');
const TODAY = '2026-12-01';

describe('the tell-tale list', () => {
  it('catches Swedish and lets Norwegian through', () => {
    expect(swedishIn('Varje nämnd är personuppgiftsansvarig och för en förteckning.').length).toBeGreaterThan(
      2,
    );
    expect(swedishIn('Sida 2 av 7')).toHaveLength(1);
    expect(
      swedishIn(
        'Fjellvik kommune er behandlingsansvarlig for alle behandlinger og fører én protokoll; sikkerhetsloven.',
      ),
    ).toEqual([]);
  });
});

describe('examples/fjellvik', () => {
  let out: string;
  let rendered: { file: string; text: string }[];

  beforeAll(async () => {
    out = await mkdtemp(path.join(tmpdir(), 'lisa-fjellvik-'));
    const run = await lisa(['render', DIR, '--format', 'html', '--out', out, '--today', TODAY], { cwd });
    expect(run.code, run.stderr).toBe(0);
    rendered = await Promise.all(
      (await readdir(out)).map(async (file) => ({
        file,
        // Documents are hyphenated with soft hyphens: read the words whole, so that none hides a Swedish one.
        text: (await readFile(path.join(out, file), 'utf8')).replace(/\u00ad|&shy;/g, ''),
      })),
    );
  });
  afterAll(() => rm(out, { recursive: true, force: true }));

  it('validates clean: no error, no warning', async () => {
    const run = await lisa(['validate', DIR, '--format', 'json', '--today', TODAY], { cwd });
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as { errors: number; warnings: number; files: number };
    expect(result).toMatchObject({ errors: 0, warnings: 0 });
    expect(result.files).toBeGreaterThan(110);
  });

  it('keeps every register a kommune keeps, each with entries, none naming an invented board', async () => {
    for (const dir of ['risk', 'plan', 'incident', 'agreement', 'training', 'review', 'report']) {
      const files = await readdir(path.join(DIR, dir));
      expect(files.length, dir).toBeGreaterThan(0);
      for (const f of files) {
        const text = await readFile(path.join(DIR, dir, f), 'utf8');
        expect(swedishIn(text), `${dir}/${f}`).toEqual([]);
        // The kommune is controller: incidents, agreements, reviews and analyses name no committee.
        expect(text, `${dir}/${f}`).not.toMatch(/^board:/m);
      }
    }
  });

  it('renders one register for the kommune, which is controller, with no invented board', () => {
    expect(rendered.map((r) => r.file).sort()).toEqual([
      'action-plan-formannskapet.html',
      'action-plan-hovedutvalg-helse-og-omsorg.html',
      'action-plan-hovedutvalg-oppvekst.html',
      'action-plan-kommunestyret.html',
      'action-plan.html',
      'audit-answer-forvaltningsrevisjon-informasjonssikkerhet-2026.html',
      'audit-followup-kommunestyret.html',
      'incident-report.html',
      'kpi-review.html',
      'management-review-lg-2026.html',
      'processing-register.csv',
      'processing-register.html',
      'risk-report-hovedutvalg-helse-og-omsorg.html',
      'risk-report-hovedutvalg-oppvekst.html',
      'systems-overview.html',
      'yearly-report-hovedutvalg-helse-og-omsorg.html',
      'yearly-report-hovedutvalg-oppvekst.html',
      'yearly-report-hovedutvalg-teknisk.html',
      'yearly-report.html',
    ]);
    const page = (name: string) => rendered.find((r) => r.file === name)?.text ?? '';
    const register = page('processing-register.html');
    expect(register).toContain('Behandlingsprotokoll – Fjellvik kommune');
    expect(register).toContain('Behandlinger der Fjellvik kommune er behandlingsansvarlig');
    expect(register).toContain('Kommunedirektør');
    expect(register).toContain('Skjermet opplysning');
    const yearly = page('yearly-report.html');
    expect(yearly).toContain('Fjellvik kommune er behandlingsansvarlig for alle behandlinger');
    expect(yearly).not.toContain('Hvert utvalg er behandlingsansvarlig');
    // The yearly report goes to the first executive board.
    expect(yearly).toContain('Formannskapet');
    const overview = page('systems-overview.html');
    expect(overview).toContain('<strong>4</strong> strengt fortrolig');
    expect(overview).toContain('<strong>4</strong> svært høy');
    expect(overview).toContain('Sky i Norge');
    expect(overview).not.toMatch(/Fortrolig \/ høy/);
    // A national cloud names its country already: no "Sky i Norge (Norge)".
    expect(overview).not.toContain('Sky i Norge (Norge)');
    expect(overview).toContain('Sky i EU/EØS (Irland)');
  });

  it('renders no Swedish word, no Swedish law and not the sikkerhetsloven grade', () => {
    for (const { file, text } of rendered) {
      expect(swedishIn(text), file).toEqual([]);
      expect(text, file).not.toMatch(WRONG_MARKING);
    }
  });

  it('answers in bokmål, names the kommune as controller, and keeps restricted entries restricted', async () => {
    const ask = async (q: string) => {
      const run = await lisa(['ask', '--registry', DIR, '--today', TODAY, '--json', q], { cwd });
      expect(run.stderr).toBe('');
      return JSON.parse(run.stdout) as { answered: boolean; text: string };
    };
    const questions = {
      'hvem eier Gerica?': 'Systemeier helse og omsorg',
      'hvem er behandlingsansvarlig for helsestasjon og skolehelsetjeneste?': 'er Fjellvik kommune',
      'hvem er personvernombud?': 'Linn Eikrem',
      'hvordan melder jeg avvik?': 'avvikssystemet',
      'hva er fristen for å melde brudd til Datatilsynet?': '72 timer',
      'hvilken klassifisering har pasientjournalen?': 'Konfidensialitet: 3 – Fortrolig',
      'hvordan går det med nøkkeltallene?': 'Andel ansatte',
      'hva er status for forvaltningsrevisjonen?': 'Vestfjell kommunerevisjon IKS',
      // The kommunedirektør answers a Norwegian audit, not a committee.
      'hva svarte kommunen på anbefaling r3?': 'Kommunedirektørens svar:',
    };
    for (const [q, expected] of Object.entries(questions)) {
      const a = await ask(q);
      expect(a.answered, q).toBe(true);
      expect(a.text, q).toContain(expected);
      expect(swedishIn(a.text), q).toEqual([]);
      expect(a.text, q).not.toMatch(WRONG_MARKING);
    }
    // Asked in the open, a restricted entry is only named as existing (the CLI says so with exit code 1).
    const restricted = await ask('hvordan håndterer jeg en elev med adressesperre?');
    expect(restricted.answered).toBe(false);
    expect(restricted.text).toContain('skjermet');
    expect(restricted.text).not.toContain('bekreft aldri hvor personen bor');
    expect(swedishIn(restricted.text)).toEqual([]);
  });

  it('reminds a year in bokmål on Norwegian working days, quarters worded as in the documents', async () => {
    const run = await lisa(
      ['remind', '--registry', DIR, '--dry-run', '--json', '--from', '2026-12-01', '--until', '2027-12-01'],
      { cwd },
    );
    expect(run.code, run.stderr).toBe(0);
    const plan = JSON.parse(run.stdout) as { due: string; kind: string; text: string; to: string }[];
    expect(plan.length).toBeGreaterThan(20);
    const kinds = new Set(plan.map((r) => r.kind));
    // The audit's actions live in the tiltaksplan (moved by lisa migrate), so they come as plan-action digests.
    for (const k of ['kpi-review', 'cycle', 'plan-action', 'risk-review']) expect(kinds).toContain(k);
    // The tiltaksplan and ROS-analyse by their Norwegian names; the audit follow-up is not "to the auditors".
    expect(plan.find((r) => r.kind === 'plan-action')?.text).toMatch(/tiltaksplanen/i);
    expect(plan.find((r) => r.kind === 'risk-review')?.text).toContain('Gjennomgang av ROS-analyse');
    // A restricted action or analysis is reminded in a direct message only, never in a channel.
    for (const r of plan.filter((x) => x.text.includes('Skjermet post'))) expect(r.to).toMatch(/^U/);
    expect(plan.some((r) => r.text.includes('Skjermet post') && r.kind === 'plan-action')).toBe(true);
    for (const r of plan) {
      expect(swedishIn(r.text), r.text.slice(0, 80)).toEqual([]);
      expect(r.text).not.toMatch(WRONG_MARKING);
      // 08:00 in Oslo, never on a Norwegian public holiday (17 May, Kristi himmelfartsdag 6 May 2027).
      expect(r.due).toMatch(/T08:00:00\+0[12]:00$/);
      expect(r.due.slice(0, 10)).not.toMatch(/^2027-05-(17|06)$/);
    }
    const kpi = plan.find((r) => r.kind === 'kpi-review')?.text ?? '';
    expect(kpi).toContain('4. kv. 2026');
    expect(kpi).not.toMatch(/\b\d{4}-Q\d\b(?!:)/);
  });

  it('exports one register for the kommune, every activity in it', async () => {
    const run = await lisa(
      ['export', DIR, '--format', 'csv', '--out', path.join(out, 'export'), '--today', TODAY],
      {
        cwd,
      },
    );
    expect(run.code, run.stderr).toBe(0);
    expect(await readdir(path.join(out, 'export'))).toEqual(['behandlingsprotokoll-fjellvik-kommune.csv']);
    const csv = await readFile(path.join(out, 'export', 'behandlingsprotokoll-fjellvik-kommune.csv'), 'utf8');
    expect(csv.trim().split('\n')).toHaveLength(13);
    expect(swedishIn(csv)).toEqual([]);
  });

  it("speaks bokmål on --help in the kommune's repository when the environment names no language", async () => {
    for (const env of [{}, { LANG: 'C.UTF-8' }]) {
      const run = await lisa(['--help'], { cwd: path.resolve(DIR), env });
      expect(run.stdout).toContain('styringssystem for informasjonssikkerhet');
      expect(swedishIn(run.stdout)).toEqual([]);
    }
    // The environment's own language still comes first.
    const sv = await lisa(['--help'], { cwd: path.resolve(DIR), env: { LANG: 'sv_SE.UTF-8' } });
    expect(sv.stdout).toContain('ledningssystem för informationssäkerhet');
  });

  it('speaks bokmål on --help when the environment says nb, with no registry to go by', async () => {
    const run = await lisa(['--help'], { cwd, env: { LANG: 'nb_NO.UTF-8' } });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('styringssystem for informasjonssikkerhet');
    expect(swedishIn(run.stdout)).toEqual([]);
  });
});
