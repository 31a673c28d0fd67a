import { type Rule, valid } from './context.js';

export const duplicateId: Rule = {
  id: 'duplicate-id',
  severity: 'error',
  description: 'rule.duplicate-id.description',
  message: 'rule.duplicate-id.message',
  hint: 'rule.duplicate-id.hint',
  check(ctx) {
    for (const d of ctx.registry.duplicates) {
      ctx.report(this, { file: d.file, position: { line: 1, column: 1 } }, { id: d.id, first: d.first });
    }
  },
};

export const invalidFileName: Rule = {
  id: 'invalid-file-name',
  severity: 'error',
  description: 'rule.invalid-file-name.description',
  message: 'rule.invalid-file-name.message',
  hint: 'rule.invalid-file-name.hint',
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
  description: 'rule.unknown-file.description',
  message: 'rule.unknown-file.message',
  hint: 'rule.unknown-file.hint',
  check(ctx) {
    for (const file of ctx.registry.strays) ctx.report(this, { file, position: { line: 1, column: 1 } });
  },
};

export const missingOrganisation: Rule = {
  id: 'missing-organisation',
  severity: 'error',
  description: 'rule.missing-organisation.description',
  message: 'rule.missing-organisation.message',
  hint: 'rule.missing-organisation.hint',
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
  description: 'rule.duplicate-entry-id.description',
  message: 'rule.duplicate-entry-id.message',
  hint: 'rule.duplicate-entry-id.hint',
  check(ctx) {
    const what = {
      board: 'finding.structure.what.board',
      recommendation: 'finding.structure.what.recommendation',
      action: 'finding.structure.what.action',
    } as const;
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
            { id: b.id, what: { key: what.board } },
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
            { id: r.id, what: { key: what.recommendation } },
          );
        recs.add(r.id);
        (r.plannedActions ?? []).forEach((a, ai) => {
          if (actions.has(a.id)) {
            ctx.report(
              this,
              { entity: audit, path: ['recommendations', ri, 'plannedActions', ai, 'id'] },
              { id: a.id, what: { key: what.action } },
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
