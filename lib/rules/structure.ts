import { type Rule, valid } from './context.js';

export const duplicateId: Rule = {
  id: 'duplicate-id',
  severity: 'error',
  description: {
    sv: 'Två filer med samma id.',
    nb: 'To filer med samme id.',
    en: 'Two files with the same id.',
  },
  message: {
    sv: 'Id "{id}" finns redan i {first}; varje post behöver ett eget id.',
    nb: 'Id «{id}» finnes allerede i {first}; hver post trenger sin egen id.',
    en: 'The id "{id}" is already used by {first}; each entry needs an id of its own.',
  },
  hint: {
    sv: 'Byt namn på den ena filen (filnamnet är postens id) eller slå ihop filerna.',
    nb: 'Gi den ene filen et nytt navn (filnavnet er postens id) eller slå sammen filene.',
    en: 'Rename one of the files (the file name is the entry id) or merge them.',
  },
  check(ctx) {
    for (const d of ctx.registry.duplicates) {
      ctx.report(this, { file: d.file, position: { line: 1, column: 1 } }, { id: d.id, first: d.first });
    }
  },
};

export const invalidFileName: Rule = {
  id: 'invalid-file-name',
  severity: 'error',
  description: {
    sv: 'Filnamnet kan inte vara ett id.',
    nb: 'Filnavnet kan ikke være en id.',
    en: 'The file name cannot be an id.',
  },
  message: {
    sv: 'Filnamnet "{name}" kan inte användas som id.',
    nb: 'Filnavnet «{name}» kan ikke brukes som id.',
    en: 'The file name "{name}" cannot be used as an id.',
  },
  hint: {
    sv: 'Byt namn till små bokstäver a–z, siffror och bindestreck, t.ex. {suggestion}.yaml.',
    nb: 'Gi filen et navn med små bokstaver a–z, sifre og bindestrek, f.eks. {suggestion}.yaml.',
    en: 'Rename it using lower-case a–z, digits and hyphens, e.g. {suggestion}.yaml.',
  },
  check(ctx) {
    for (const b of ctx.registry.badNames) {
      ctx.report(
        this,
        { file: b.file, position: { line: 1, column: 1 } },
        { name: b.name, suggestion: toId(b.name) },
      );
    }
  },
};

/** A file name a user typed, made into an id: lower case, å/ä → a, ö/ø → o, æ → ae, spaces → hyphens. */
export function toId(name: string): string {
  return (
    name
      .toLowerCase()
      .replace(/[åäàáâ]/g, 'a')
      .replace(/[öøóò]/g, 'o')
      .replace(/æ/g, 'ae')
      .replace(/[éèê]/g, 'e')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'post'
  );
}

export const strayFile: Rule = {
  id: 'unknown-file',
  severity: 'warning',
  description: {
    sv: 'YAML-fil utanför registrens mappar.',
    nb: 'YAML-fil utenfor registermappene.',
    en: 'A YAML file outside the register folders.',
  },
  message: {
    sv: 'Filen ligger inte i någon registermapp och läses inte.',
    nb: 'Filen ligger ikke i noen registermappe og leses ikke.',
    en: 'The file is not in a register folder and is not read.',
  },
  hint: {
    sv: 'Flytta den till en av mapparna system/, asset/, classification/, processing/, document/, kpi/, cycle/, audit/, faq/, report/, risk/, plan/ eller review/.',
    nb: 'Flytt den til en av mappene system/, asset/, classification/, processing/, document/, kpi/, cycle/, audit/, faq/, report/, risk/, plan/ eller review/.',
    en: 'Move it into one of system/, asset/, classification/, processing/, document/, kpi/, cycle/, audit/, faq/, report/, risk/, plan/ or review/.',
  },
  check(ctx) {
    for (const file of ctx.registry.strays) ctx.report(this, { file, position: { line: 1, column: 1 } });
  },
};

export const missingOrganisation: Rule = {
  id: 'missing-organisation',
  severity: 'error',
  description: { sv: 'lisa.yaml saknas.', nb: 'lisa.yaml mangler.', en: 'lisa.yaml is missing.' },
  message: {
    sv: 'Registret saknar lisa.yaml med organisationens namn, nämnder och roller.',
    nb: 'Registeret mangler lisa.yaml med organisasjonens navn, utvalg og roller.',
    en: 'The registry has no lisa.yaml with the organisation, its boards and roles.',
  },
  hint: {
    sv: 'Kopiera lisa.yaml från exempelregistret och anpassa den.',
    nb: 'Kopier lisa.yaml fra eksempelregisteret og tilpass den.',
    en: 'Copy lisa.yaml from the example registry and adapt it.',
  },
  check(ctx) {
    // Not any file named lisa.yaml: system/lisa.yaml is a system called lisa.
    if (ctx.registry.organisationFile || ctx.registry.refusedRoot) return;
    ctx.report(this, {
      file: `${ctx.registry.root.replace(/\/$/, '')}/lisa.yaml`,
      position: { line: 1, column: 1 },
    });
  },
};

export const duplicateEntryId: Rule = {
  id: 'duplicate-entry-id',
  severity: 'error',
  description: {
    sv: 'Samma id två gånger inom en fil (nämnder, rekommendationer, åtgärder).',
    nb: 'Samme id to ganger i én fil (utvalg, anbefalinger, tiltak).',
    en: 'The same id twice within a file (boards, recommendations, actions).',
  },
  message: {
    sv: 'Id "{id}" används redan av en annan {what} i samma fil.',
    nb: 'Id «{id}» brukes allerede av en annen {what} i samme fil.',
    en: 'The id "{id}" is already used by another {what} in this file.',
  },
  hint: {
    sv: 'Ge varje {what} ett eget id; påminnelser och hänvisningar bygger på det.',
    nb: 'Gi hver {what} sin egen id; påminnelser og henvisninger bygger på den.',
    en: 'Give each {what} an id of its own; reminders and references rely on it.',
  },
  check(ctx) {
    const what = {
      board: { sv: 'nämnd', nb: 'utvalg', en: 'board' },
      recommendation: { sv: 'rekommendation', nb: 'anbefaling', en: 'recommendation' },
      action: { sv: 'åtgärd', nb: 'tiltak', en: 'action' },
    };
    const org = ctx.registry.organisation;
    if (org?.valid) {
      const seen = new Set<string>();
      org.data.boards.forEach((b, i) => {
        if (seen.has(b.id)) {
          ctx.report(
            this,
            {
              entity: { kind: 'organisation', id: 'lisa', parsed: org.parsed, file: org.file },
              path: ['boards', i, 'id'],
            },
            { id: b.id, what: what.board[ctx.locale] },
          );
        }
        seen.add(b.id);
      });
    }
    for (const audit of valid(ctx.registry, 'audit')) {
      const recs = new Set<string>();
      const actions = new Set<string>();
      audit.data.recommendations.forEach((r, ri) => {
        if (recs.has(r.id))
          ctx.report(
            this,
            { entity: audit, path: ['recommendations', ri, 'id'] },
            { id: r.id, what: what.recommendation[ctx.locale] },
          );
        recs.add(r.id);
        (r.plannedActions ?? []).forEach((a, ai) => {
          if (actions.has(a.id)) {
            ctx.report(
              this,
              { entity: audit, path: ['recommendations', ri, 'plannedActions', ai, 'id'] },
              { id: a.id, what: what.action[ctx.locale] },
            );
          }
          actions.add(a.id);
        });
      });
    }
  },
};

export const STRUCTURE_RULES = [
  duplicateId,
  duplicateEntryId,
  invalidFileName,
  strayFile,
  missingOrganisation,
];
