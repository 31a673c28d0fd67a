import { KINDS } from '../kinds.js';
import type { Localized } from '../locale.js';
import { format } from '../locale.js';
import { levelsOf } from '../model.js';
import type { PathSegment } from '../parse.js';
import { type Entity, isPlainObject } from '../registry.js';
import { closest } from '../suggest.js';
import { type Rule, valid } from './context.js';
import { forEachValueAt, REFERENCE_FIELDS, type RefTarget } from './refs.js';

const TARGET_NAMES: Record<RefTarget, Localized> = {
  board: { sv: 'nämnden', nb: 'utvalget', en: 'the board' },
  role: { sv: 'rollen', nb: 'rollen', en: 'the role' },
  system: { sv: 'systemet', nb: 'systemet', en: 'the system' },
  asset: { sv: 'informationstillgången', nb: 'informasjonsressursen', en: 'the information asset' },
  classification: { sv: 'klassningen', nb: 'klassifiseringen', en: 'the classification' },
  processing: { sv: 'behandlingen', nb: 'behandlingen', en: 'the processing activity' },
  document: { sv: 'styrdokumentet', nb: 'styringsdokumentet', en: 'the governing document' },
  kpi: { sv: 'nyckeltalet', nb: 'nøkkeltallet', en: 'the KPI' },
  cycle: { sv: 'aktiviteten', nb: 'aktiviteten', en: 'the activity' },
  audit: { sv: 'granskningen', nb: 'revisjonen', en: 'the audit' },
  faq: { sv: 'vägledningen', nb: 'veiledningen', en: 'the guidance entry' },
  incident: { sv: 'incidenten', nb: 'hendelsen', en: 'the incident' },
  agreement: { sv: 'avtalet', nb: 'avtalen', en: 'the agreement' },
  training: { sv: 'utbildningen', nb: 'opplæringen', en: 'the training' },
  report: {
    sv: 'årsrapportens bedömning',
    nb: 'årsrapportens vurdering',
    en: 'the yearly report assessment',
  },
  risk: { sv: 'riskanalysen', nb: 'ROS-analysen', en: 'the risk analysis' },
  plan: { sv: 'åtgärden', nb: 'tiltaket', en: 'the action' },
  review: { sv: 'ledningens genomgång', nb: 'ledelsens gjennomgang', en: 'the management review' },
};

const WHERE: Record<'board' | 'role' | 'file', Localized> = {
  board: {
    sv: 'Nämnder anges under boards i lisa.yaml.',
    nb: 'Utvalg angis under boards i lisa.yaml.',
    en: 'Boards are listed under boards in lisa.yaml.',
  },
  role: {
    sv: 'Roller anges under roles i lisa.yaml.',
    nb: 'Roller angis under roles i lisa.yaml.',
    en: 'Roles are listed under roles in lisa.yaml.',
  },
  file: {
    sv: 'Det finns ingen fil {kind}/{id}.yaml.',
    nb: 'Det finnes ingen fil {kind}/{id}.yaml.',
    en: 'There is no file {kind}/{id}.yaml.',
  },
};

const DID_YOU_MEAN: Localized = {
  sv: ' Menade du "{s}"?',
  nb: ' Mente du «{s}»?',
  en: ' Did you mean "{s}"?',
};

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
  description: {
    sv: 'Hänvisning till något som inte finns.',
    nb: 'Henvisning til noe som ikke finnes.',
    en: 'A reference to something that does not exist.',
  },
  message: {
    sv: '{target} "{id}" finns inte.{didYouMean}',
    nb: '{target} «{id}» finnes ikke.{didYouMean}',
    en: '{target} "{id}" does not exist.{didYouMean}',
  },
  hint: { sv: '{where}', nb: '{where}', en: '{where}' },
  check(ctx) {
    const { registry, locale } = ctx;
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
          ? WHERE[target][locale]
          : format(WHERE.file[locale], { kind: target, id: value });
      const name = TARGET_NAMES[target][locale];
      ctx.report(
        this,
        { entity, path },
        {
          target: name.charAt(0).toUpperCase() + name.slice(1),
          id: value,
          didYouMean: s ? format(DID_YOU_MEAN[locale], { s }) : '',
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
  description: {
    sv: 'Aspekt som klassningsmodellen saknar.',
    nb: 'Aspekt som klassifiseringsmodellen mangler.',
    en: 'An aspect the classification model lacks.',
  },
  message: {
    sv: 'Aspekten "{aspect}" finns inte i klassningsmodellen.{didYouMean}',
    nb: 'Aspektet «{aspect}» finnes ikke i klassifiseringsmodellen.{didYouMean}',
    en: 'The aspect "{aspect}" is not in the classification model.{didYouMean}',
  },
  hint: { sv: 'Aspekter: {aspects}.', nb: 'Aspekter: {aspects}.', en: 'Aspects: {aspects}.' },
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
            didYouMean: s ? format(DID_YOU_MEAN[ctx.locale], { s }) : '',
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
  description: {
    sv: 'Nivå utanför klassningsskalan.',
    nb: 'Nivå utenfor klassifiseringsskalaen.',
    en: 'A level outside the classification scale.',
  },
  message: {
    sv: 'Nivån {level} finns inte i skalan ({levels}).',
    nb: 'Nivået {level} finnes ikke i skalaen ({levels}).',
    en: 'Level {level} is not on the scale ({levels}).',
  },
  hint: {
    sv: 'Använd en av nivåerna i klassningsmodellen i lisa.yaml.',
    nb: 'Bruk et av nivåene i klassifiseringsmodellen i lisa.yaml.',
    en: 'Use one of the levels of the classification model in lisa.yaml.',
  },
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
