import type { MessageKey } from '../i18n/index.js';
import { KINDS } from '../kinds.js';
import { levelsOf } from '../model.js';
import type { PathSegment } from '../parse.js';
import { type Entity, isPlainObject } from '../registry.js';
import { closest } from '../suggest.js';
import { type Rule, valid } from './context.js';
import { forEachValueAt, REFERENCE_FIELDS, type RefTarget } from './refs.js';

const TARGET_NAMES: Record<RefTarget, MessageKey> = {
  board: 'finding.references.targetNames.board',
  role: 'finding.references.targetNames.role',
  system: 'finding.references.targetNames.system',
  asset: 'finding.references.targetNames.asset',
  classification: 'finding.references.targetNames.classification',
  processing: 'finding.references.targetNames.processing',
  document: 'finding.references.targetNames.document',
  kpi: 'finding.references.targetNames.kpi',
  cycle: 'finding.references.targetNames.cycle',
  audit: 'finding.references.targetNames.audit',
  faq: 'finding.references.targetNames.faq',
  incident: 'finding.references.targetNames.incident',
  agreement: 'finding.references.targetNames.agreement',
  training: 'finding.references.targetNames.training',
  report: 'finding.references.targetNames.report',
  risk: 'finding.references.targetNames.risk',
  plan: 'finding.references.targetNames.plan',
  review: 'finding.references.targetNames.review',
};

const WHERE: Record<'board' | 'role' | 'file', MessageKey> = {
  board: 'finding.references.where.board',
  role: 'finding.references.where.role',
  file: 'finding.references.where.file',
};

const DID_YOU_MEAN: MessageKey = 'finding.references.didYouMean';

interface FieldCheck {
  pattern: string;
  target: RefTarget;
  /** For `field` and `field.*` patterns: the field, and whether it holds a list. */
  field?: string;
  list?: boolean;
}

const COMPILED = Object.fromEntries(
  Object.entries(REFERENCE_FIELDS).map(([kind, fields]) => [
    kind,
    fields.map(([pattern, target]): FieldCheck => {
      if (!pattern.includes('.')) return { pattern, target, field: pattern, list: false };
      const head = pattern.slice(0, -2);
      if (pattern.endsWith('.*') && !head.includes('.')) return { pattern, target, field: head, list: true };
      return { pattern, target };
    }),
  ]),
) as Record<keyof typeof REFERENCE_FIELDS, FieldCheck[]>;

export const danglingReference: Rule = {
  id: 'dangling-reference',
  severity: 'error',
  description: 'rule.dangling-reference.description',
  message: 'rule.dangling-reference.message',
  hint: 'rule.dangling-reference.hint',
  check(ctx) {
    const { registry } = ctx;
    // Boards and roles are read from lisa.yaml even when another part of it is wrong, so one mistake
    // there does not hide every reference problem elsewhere.
    const raw = registry.organisation?.data as unknown as { boards?: unknown; roles?: unknown } | undefined;
    const boards = Array.isArray(raw?.boards) ? raw.boards : undefined;
    const roles = isPlainObject(raw?.roles) ? raw.roles : undefined;
    // Register ids are looked up in the registry's own maps: no copy of 50,000 keys per run.
    const known: Record<RefTarget, ReadonlySet<string> | ReadonlyMap<string, unknown>> = {
      board: new Set(
        (boards ?? []).map((b) => (isPlainObject(b) && typeof b.id === 'string' ? b.id : '')).filter(Boolean),
      ),
      role: new Set(Object.keys(roles ?? {})),
    } as unknown as Record<RefTarget, ReadonlySet<string> | ReadonlyMap<string, unknown>>;
    for (const kind of KINDS) known[kind] = registry.entities[kind];
    // Without a readable list of boards or roles every reference to one would dangle: one problem, reported
    // on lisa.yaml itself.
    const checkable = { board: Boolean(boards), role: Boolean(roles) };

    const dangling = (
      entity: Pick<Entity, 'kind' | 'id' | 'parsed' | 'file'>,
      target: RefTarget,
      value: string,
      path: PathSegment[],
    ) => {
      // The file is there but could not be read: its own finding says why; "no such file" would mislead.
      if (registry.unreadable?.has(`${target}/${value}`)) return;
      const s = closest(value, known[target].keys());
      const where =
        target === 'board' || target === 'role'
          ? { key: WHERE[target] }
          : { key: WHERE.file, data: { kind: target, id: value } };
      ctx.report(
        this,
        { entity, path },
        {
          target: { key: TARGET_NAMES[target], capitalize: true },
          id: value,
          didYouMean: s ? { key: DID_YOU_MEAN, data: { s } } : '',
          where,
        },
      );
    };
    const checkEntity = (
      entity: Pick<Entity, 'kind' | 'id' | 'parsed' | 'file'>,
      fields: readonly FieldCheck[],
      data: unknown,
    ) => {
      const record = isPlainObject(data) ? data : undefined;
      for (const { pattern, target, field, list } of fields) {
        if ((target === 'board' || target === 'role') && !checkable[target]) continue;
        const names = known[target];
        // Nearly every reference is `field` or `field.*`; those are checked in place, without the general
        // walk, because this runs over every field of every entry on each (re)validation.
        if (record && field !== undefined) {
          const value = record[field];
          if (!list) {
            if (typeof value === 'string' && !names.has(value)) dangling(entity, target, value, [field]);
          } else if (Array.isArray(value)) {
            for (let i = 0; i < value.length; i++) {
              const item = value[i];
              if (typeof item === 'string' && !names.has(item)) dangling(entity, target, item, [field, i]);
            }
          }
        } else {
          forEachValueAt(data, pattern, (value, path) => {
            if (typeof value === 'string' && !names.has(value)) dangling(entity, target, value, path());
          });
        }
      }
    };
    if (registry.organisation?.valid) {
      const o = registry.organisation;
      checkEntity(
        { kind: 'organisation' as never, id: 'lisa', parsed: o.parsed, file: o.file },
        COMPILED.organisation,
        o.data,
      );
    }
    // Also entries that failed their schema: the walk checks each value's type, and the user sees every problem at once.
    for (const kind of KINDS) {
      for (const entity of registry.entities[kind].values()) checkEntity(entity, COMPILED[kind], entity.data);
    }
  },
};

export const unknownAspect: Rule = {
  id: 'unknown-aspect',
  severity: 'error',
  description: 'rule.unknown-aspect.description',
  message: 'rule.unknown-aspect.message',
  hint: 'rule.unknown-aspect.hint',
  check(ctx) {
    const aspects = ctx.registry.model.aspects.map((a) => a.id);
    const known = new Set(aspects);
    const check = (entity: Entity, base: string, levels: unknown) => {
      if (!isPlainObject(levels)) return;
      for (const aspect of Object.keys(levels)) {
        if (known.has(aspect)) continue;
        const s = closest(aspect, aspects);
        ctx.report(
          this,
          { entity, path: [base, aspect], key: true },
          {
            aspect,
            aspects: aspects.join(', '),
            didYouMean: s ? { key: DID_YOU_MEAN, data: { s } } : '',
          },
        );
      }
    };
    for (const s of ctx.registry.entities.system.values())
      check(s, 'protection', (s.data as { protection?: unknown }).protection);
    for (const c of ctx.registry.entities.classification.values())
      check(c, 'levels', (c.data as { levels?: unknown }).levels);
  },
};

export const levelOutOfScale: Rule = {
  id: 'level-out-of-scale',
  severity: 'error',
  description: 'rule.level-out-of-scale.description',
  message: 'rule.level-out-of-scale.message',
  hint: 'rule.level-out-of-scale.hint',
  check(ctx) {
    // Each aspect is checked against its own scale (the shared one when it has none).
    const scales = new Map<string, { known: Set<number>; levels: string }>();
    const scale = (aspect: string) => {
      let s = scales.get(aspect);
      if (!s) {
        const values = levelsOf(ctx.registry.model, aspect).map((l) => l.value);
        s = { known: new Set(values), levels: values.join(', ') };
        scales.set(aspect, s);
      }
      return s;
    };
    for (const s of valid(ctx.registry, 'system')) {
      for (const [aspect, level] of Object.entries(s.data.protection ?? {})) {
        const { known, levels } = scale(aspect);
        if (level !== undefined && !known.has(level))
          ctx.report(this, { entity: s, path: ['protection', aspect] }, { level, levels });
      }
    }
    for (const c of valid(ctx.registry, 'classification')) {
      for (const [aspect, v] of Object.entries(c.data.levels ?? {})) {
        const { known, levels } = scale(aspect);
        if (v && !known.has(v.level))
          ctx.report(this, { entity: c, path: ['levels', aspect, 'level'] }, { level: v.level, levels });
      }
    }
  },
};

export const REFERENCE_RULES = [danglingReference, unknownAspect, levelOutOfScale];
