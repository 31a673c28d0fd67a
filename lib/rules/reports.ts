import { type Rule, valid } from './context.js';

// Rules for the yearly report's assessment records (report/<year>.yaml).

export const reportBoardUnknown: Rule = {
  id: 'report-board-unknown',
  severity: 'error',
  description: {
    sv: 'Årsrapportens bedömning har en del för en nämnd som inte finns.',
    nb: 'Årsrapportens vurdering har en del for et utvalg som ikke finnes.',
    en: 'The yearly report assessment has a part for a board that does not exist.',
  },
  message: {
    sv: 'Nämnden "{board}" under boards finns inte i lisa.yaml; dess bedömning och förslag kommer inte med i någon rapport.',
    nb: 'Utvalget «{board}» under boards finnes ikke i lisa.yaml; vurderingen og forslagene kommer ikke med i noen rapport.',
    en: 'The board "{board}" under boards is not in lisa.yaml; its assessment and proposals would appear in no report.',
  },
  hint: {
    sv: 'Använd nämndens id ur boards i lisa.yaml.',
    nb: 'Bruk utvalgets id fra boards i lisa.yaml.',
    en: 'Use the board’s id from boards in lisa.yaml.',
  },
  check(ctx) {
    const known = new Set((ctx.registry.organisation?.data.boards ?? []).map((b) => b?.id));
    if (!ctx.registry.organisation?.valid) return;
    for (const r of valid(ctx.registry, 'report'))
      for (const board of Object.keys(r.data.boards ?? {}))
        if (!known.has(board)) ctx.report(this, { entity: r, path: ['boards', board] }, { board });
  },
};

export const reportYearMismatch: Rule = {
  id: 'report-year-mismatch',
  severity: 'warning',
  description: {
    sv: 'Årsrapportens bedömning ligger i en fil med ett annat år.',
    nb: 'Årsrapportens vurdering ligger i en fil med et annet år.',
    en: 'A yearly report assessment is in a file named for another year.',
  },
  message: {
    sv: 'Filen {id}.yaml gäller år {year}. Filnamnet ska vara året, så att varje år har en fil.',
    nb: 'Filen {id}.yaml gjelder år {year}. Filnavnet skal være året, slik at hvert år har én fil.',
    en: 'The file {id}.yaml is for the year {year}. Name it for the year, so each year has one file.',
  },
  hint: {
    sv: 'Byt namn på filen till report/{year}.yaml.',
    nb: 'Gi filen navnet report/{year}.yaml.',
    en: 'Rename the file to report/{year}.yaml.',
  },
  check(ctx) {
    for (const r of valid(ctx.registry, 'report'))
      if (r.id !== String(r.data.year))
        ctx.report(this, { entity: r, path: ['year'] }, { id: r.id, year: r.data.year });
  },
};

export const REPORT_RULES = [reportBoardUnknown, reportYearMismatch];
