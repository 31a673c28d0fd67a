// The semantic diff of two registries: what a change to the registers means, told the way the security
// coordinator and the board would say it ("konfidentialitet 2 → 3 — ProReNata skyddas nu under kravet"),
// not as lines of YAML. Pure: two registries in, a list of changes out, already in the registry's language.
import { type Ctx, changedFields, dataOf, makeCtx, nameOf, restrictedIn, sameData } from './diff/context.js';
import { affectedDocuments } from './diff/documents.js';
import { attachEffects } from './diff/effects.js';
import { genericDetails } from './diff/generic.js';
import { DESCRIBE } from './diff/kinds/index.js';
import type { Data, DiffKind, DiffOptions, EntityChange, RegistryDiff } from './diff/types.js';
import { redactIdentityNumbers } from './escape/identity.js';
import { KINDS } from './kinds.js';
import type { Entity, Registry } from './registry.js';
import { attachRiskDelta } from './risk-delta.js';

// The diff's public face: the action, `lisa diff` and the PR comment import from here; the parts live in diff/.
export { affectedDocuments } from './diff/documents.js';
export { type FindingsDelta, findingsDelta } from './diff/findings.js';
export type {
  AffectedDocument,
  ChangeDetail,
  DiffKind,
  DiffOptions,
  EntityChange,
  RegistryDiff,
} from './diff/types.js';

const KIND_ORDER: DiffKind[] = ['organisation', ...KINDS];

function diffEntity(
  kind: DiffKind,
  id: string,
  before: Entity | undefined,
  after: Entity | undefined,
  ctx: Ctx,
  restricted: boolean,
): EntityChange | undefined {
  const a = (before?.data ?? {}) as Data;
  const b = (after?.data ?? {}) as Data;
  if (before && after && sameData(a, b)) return undefined;
  const change: EntityChange['change'] = !before ? 'added' : !after ? 'removed' : 'changed';
  const entity = (after ?? before) as Entity;
  const name = redactIdentityNumbers(nameOf(entity, ctx.head, ctx.base, ctx.locale));
  const result: EntityChange = { kind, id, change, file: entity.file, name, restricted, details: [] };
  if (restricted) {
    result.details.push(
      change === 'changed'
        ? ctx.t('restricted', { fields: changedFields(a, b).join(', ') })
        : ctx.t('restrictedNew'),
    );
    return result;
  }
  // Invalid entries have no trustworthy shape: only say which fields changed.
  const trusted = (!before || before.valid) && (!after || after.valid);
  const special = trusted ? DESCRIBE[kind](a, b, ctx, { id, change }) : { details: [], handled: [] };
  result.details.push(...special.details);
  if (change === 'changed') result.details.push(...genericDetails(kind, a, b, new Set(special.handled), ctx));
  return result;
}

function organisationEntity(registry: Registry): Entity | undefined {
  const org = registry.organisation;
  if (!org) return undefined;
  return {
    kind: 'organisation' as never,
    id: 'lisa',
    file: org.file,
    data: org.data as never,
    parsed: org.parsed,
    valid: org.valid,
  };
}

/** What a change from `base` to `head` means, entry by entry, with its consequences and the documents it touches. */
export function diffRegistries(base: Registry, head: Registry, options: DiffOptions = {}): RegistryDiff {
  const locale = options.locale ?? head.locale;
  const ctx = makeCtx(base, head, locale);
  const changes: EntityChange[] = [];
  const orgChange = diffEntity(
    'organisation',
    'lisa',
    organisationEntity(base),
    organisationEntity(head),
    ctx,
    false,
  );
  if (orgChange) changes.push(orgChange);
  for (const kind of KINDS) {
    const inBase = base.entities[kind];
    const inHead = head.entities[kind];
    const visit = (id: string, before: Entity | undefined, after: Entity | undefined) => {
      // Unchanged (at region scale nearly every entry): diffEntity would say nothing, so its restriction,
      // which reads the classifications in force, is not worked out.
      if (before && after && sameData(before.data, after.data)) return;
      const restricted = restrictedIn(base, before) || restrictedIn(head, after);
      const change = diffEntity(kind, id, before, after, ctx, restricted);
      if (change) changes.push(change);
    };
    // The base's ids, then those only the head has: the order the changes are listed in among equals.
    for (const [id, before] of inBase) visit(id, before, inHead.get(id));
    for (const [id, after] of inHead) if (!inBase.has(id)) visit(id, undefined, after);
  }
  const effects = attachEffects(changes, ctx);
  for (const c of changes)
    if (c.details.length === 0 && c.change === 'changed')
      c.details.push(
        ctx.t('fieldEdited', { field: changedFields(dataOf(base, c), dataOf(head, c)).join(', ') || '–' }),
      );
  // What the change means for risk (lib/risk-delta.ts): "risk r3 for Procapita: 12 → 6 after action A17".
  attachRiskDelta(changes, effects, base, head, locale);
  changes.sort(
    (x, y) =>
      KIND_ORDER.indexOf(x.kind) - KIND_ORDER.indexOf(y.kind) ||
      CHANGE_ORDER[x.change] - CHANGE_ORDER[y.change] ||
      x.name.localeCompare(y.name, locale),
  );
  return {
    changes,
    effects,
    documents: affectedDocuments(changes, base, head, locale, options.today, options.documentIds),
  };
}

const CHANGE_ORDER = { added: 0, changed: 1, removed: 2 } as const;
