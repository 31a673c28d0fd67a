// The semantic diff of two registries: what a change to the registers means, told the way the security
// coordinator and the board would say it ("konfidentialitet 2 → 3 — ProReNata skyddas nu under kravet"),
// not as lines of YAML. Pure: two registries in, a list of changes out, already in the registry's language.
import { profileOf } from './country.js';
import { classificationsInForce, isRestricted, requiredProtectionBySystem } from './derive.js';
import { redactIdentityNumbers } from './escape/identity.js';
import type { Finding } from './finding.js';
import { KINDS, type Kind } from './kinds.js';
import { format, type Locale, type Localized, pickText, type RegisterText } from './locale.js';
import { aspectLabel } from './model.js';
import type { Entity, Registry } from './registry.js';
import { docWord } from './render/dictionary.js';
import {
  ACTION_STATUS,
  AUDIT_STATUS,
  DOCUMENT_STATUS,
  DOCUMENT_TYPE,
  DPIA_STATUS,
  HOSTING,
  KPI_UNIT,
  label,
  quarterLabel,
  SAFEGUARD,
  SPECIAL_CATEGORY,
  SYSTEM_STATUS,
  TITLES,
} from './render/labels.js';
import { attachRiskDelta, riskDocumentsTouched } from './risk-delta.js';
import { REFERENCE_FIELDS, type RefTarget } from './rules/refs.js';

export type DiffKind = Kind | 'organisation';

export interface ChangeDetail {
  /** What sort of change, stable across languages (for tests and for tools that group changes). */
  code: string;
  text: string;
  /** The classification aspect the detail is about, so consequences can be told next to it. */
  aspect?: string;
}

export interface EntityChange {
  kind: DiffKind;
  id: string;
  change: 'added' | 'removed' | 'changed';
  /** The file in the head registry, or in the base when the entry was removed. */
  file: string;
  /** The entry's name as people know it (a classification goes by its asset's name). */
  name: string;
  /** Restricted before or after: the details are withheld, only the changed fields are named. */
  restricted: boolean;
  details: ChangeDetail[];
}

export interface AffectedDocument {
  /** The renderer's document id, e.g. `audit-answer-kpmg-2025`, `processing-register-socialnamnden`. */
  id: string;
  title: string;
  /** `kind/id` of the changes that touch it. */
  because: string[];
}

export interface RegistryDiff {
  changes: EntityChange[];
  /** Consequences not tied to any changed entry (rare: e.g. a system whose requirement moved with a reference). */
  effects: ChangeDetail[];
  documents: AffectedDocument[];
}

export interface DiffOptions {
  locale?: Locale;
  /** YYYY-MM-DD, as the documents would be rendered: names the yearly report's year and the KPI quarter. */
  today?: string;
  /**
   * The documents the head registry gives (the renderer's `documentIds`): only these are listed, and a
   * change to lisa.yaml touches all of them.
   */
  documentIds?: readonly string[];
}

type Msg = Localized;

const M = {
  added: { sv: 'ny', nb: 'ny', en: 'new' },
  renamed: {
    sv: 'nytt namn: "{from}" → "{to}"',
    nb: 'nytt navn: «{from}» → «{to}»',
    en: 'renamed: "{from}" → "{to}"',
  },
  fieldChanged: { sv: '{field}: {from} → {to}', nb: '{field}: {from} → {to}', en: '{field}: {from} → {to}' },
  fieldSet: {
    sv: '{field}: {to} (ny uppgift)',
    nb: '{field}: {to} (ny opplysning)',
    en: '{field}: {to} (new)',
  },
  fieldRemoved: {
    sv: '{field} borttagen (var {from})',
    nb: '{field} fjernet (var {from})',
    en: '{field} removed (was {from})',
  },
  fieldEdited: { sv: '{field} ändrad', nb: '{field} endret', en: '{field} changed' },
  fieldAddedBlock: { sv: '{field} tillagd', nb: '{field} lagt til', en: '{field} added' },
  fieldRemovedBlock: { sv: '{field} borttagen', nb: '{field} fjernet', en: '{field} removed' },
  listAdded: {
    sv: '{field}: tillagt {items}',
    nb: '{field}: lagt til {items}',
    en: '{field}: added {items}',
  },
  listRemoved: {
    sv: '{field}: borttaget {items}',
    nb: '{field}: fjernet {items}',
    en: '{field}: removed {items}',
  },
  suppressAdded: {
    sv: 'varningen {rule} tystad: {reason}',
    nb: 'advarselen {rule} dempet: {reason}',
    en: 'warning {rule} silenced: {reason}',
  },
  suppressRemoved: {
    sv: 'varningen {rule} tystas inte längre',
    nb: 'advarselen {rule} dempes ikke lenger',
    en: 'warning {rule} no longer silenced',
  },
  restricted: {
    sv: 'begränsad post – detaljerna visas inte här (ändrat: {fields})',
    nb: 'skjermet post – detaljene vises ikke her (endret: {fields})',
    en: 'restricted entry – details not shown here (changed: {fields})',
  },
  restrictedNew: {
    sv: 'begränsad post – detaljerna visas inte här',
    nb: 'skjermet post – detaljene vises ikke her',
    en: 'restricted entry – details not shown here',
  },
  // system
  protection: {
    sv: 'skyddsnivå för {aspect}: {from} → {to}',
    nb: 'beskyttelsesnivå for {aspect}: {from} → {to}',
    en: '{aspect} protection: {from} → {to}',
  },
  protectionNew: { sv: 'skyddsnivå {levels}', nb: 'beskyttelsesnivå {levels}', en: 'protection {levels}' },
  systemStatus: { sv: 'status: {from} → {to}', nb: 'status: {from} → {to}', en: 'status: {from} → {to}' },
  hosting: { sv: 'drift: {from} → {to}', nb: 'drift: {from} → {to}', en: 'hosting: {from} → {to}' },
  // asset
  assetSystemAdded: {
    sv: 'hanteras nu även i {system}',
    nb: 'behandles nå også i {system}',
    en: 'now also handled in {system}',
  },
  assetSystemRemoved: {
    sv: 'hanteras inte längre i {system}',
    nb: 'behandles ikke lenger i {system}',
    en: 'no longer handled in {system}',
  },
  assetSensitive: {
    sv: 'innehåller nu känsliga personuppgifter',
    nb: 'inneholder nå sensitive personopplysninger',
    en: 'now holds sensitive personal data',
  },
  assetProtectedIdentities: {
    sv: 'berör nu skyddade personuppgifter',
    nb: 'gjelder nå beskyttede personopplysninger',
    en: 'now involves protected identities',
  },
  // classification
  level: { sv: '{aspect} {from} → {to}', nb: '{aspect} {from} → {to}', en: '{aspect} {from} → {to}' },
  classificationNew: {
    sv: 'ny klassning {date}',
    nb: 'ny klassifisering {date}',
    en: 'new classification {date}',
  },
  classificationRemoved: {
    sv: 'klassningen {date} borttagen',
    nb: 'klassifiseringen {date} fjernet',
    en: 'classification of {date} removed',
  },
  nowBelow: {
    sv: '{system} skyddas nu under kravet ({aspect}: har {have}, kräver {need})',
    nb: '{system} er nå beskyttet under kravet ({aspect}: har {have}, krever {need})',
    en: '{system} is now protected below the requirement ({aspect}: has {have}, needs {need})',
  },
  // A restricted system: that its protection falls short is told, by name only; aspect and levels are details.
  nowBelowRestricted: {
    sv: '{system} skyddas nu under kravet (begränsad post – detaljerna visas inte här)',
    nb: '{system} er nå beskyttet under kravet (begrenset oppføring – detaljene vises ikke her)',
    en: '{system} is now protected below the requirement (restricted entry – details not shown here)',
  },
  nowMetRestricted: {
    sv: '{system} uppfyller nu kravet',
    nb: '{system} oppfyller nå kravet',
    en: '{system} now meets the requirement',
  },
  nowMet: {
    sv: '{system} uppfyller nu kravet för {aspect}',
    nb: '{system} oppfyller nå kravet for {aspect}',
    en: '{system} now meets the requirement for {aspect}',
  },
  // processing
  withoutDpia: {
    sv: 'utan konsekvensbedömning ({reasons})',
    nb: 'uten vurdering av personvernkonsekvenser ({reasons})',
    en: 'without a DPIA ({reasons})',
  },
  dpiaNowNeeded: {
    sv: 'kräver nu konsekvensbedömning ({reasons}), som inte är genomförd',
    nb: 'krever nå vurdering av personvernkonsekvenser ({reasons}), som ikke er gjennomført',
    en: 'now needs a DPIA ({reasons}), not yet done',
  },
  dpiaStatus: {
    sv: 'konsekvensbedömning: {from} → {to}',
    nb: 'personvernkonsekvensvurdering: {from} → {to}',
    en: 'DPIA: {from} → {to}',
  },
  specialAdded: {
    sv: 'nya känsliga personuppgifter: {items}',
    nb: 'nye særlige kategorier: {items}',
    en: 'new special categories: {items}',
  },
  specialRemoved: {
    sv: 'känsliga personuppgifter borttagna: {items}',
    nb: 'særlige kategorier fjernet: {items}',
    en: 'special categories removed: {items}',
  },
  transferAdded: {
    sv: 'överföring till {country} ({safeguard})',
    nb: 'overføring til {country} ({safeguard})',
    en: 'transfer to {country} ({safeguard})',
  },
  transferRemoved: {
    sv: 'överföringen till {country} borttagen',
    nb: 'overføringen til {country} fjernet',
    en: 'transfer to {country} removed',
  },
  transferSafeguard: {
    sv: 'överföringen till {country}: {from} → {to}',
    nb: 'overføringen til {country}: {from} → {to}',
    en: 'transfer to {country}: {from} → {to}',
  },
  processingSystemAdded: { sv: 'använder nu {system}', nb: 'bruker nå {system}', en: 'now uses {system}' },
  processingSystemRemoved: {
    sv: 'använder inte längre {system}',
    nb: 'bruker ikke lenger {system}',
    en: 'no longer uses {system}',
  },
  processorAdded: {
    sv: 'nytt personuppgiftsbiträde: {name}{agreement}',
    nb: 'ny databehandler: {name}{agreement}',
    en: 'new processor: {name}{agreement}',
  },
  processorRemoved: {
    sv: 'personuppgiftsbiträdet {name} borttaget',
    nb: 'databehandleren {name} fjernet',
    en: 'processor {name} removed',
  },
  noAgreement: {
    sv: ' utan biträdesavtal',
    nb: ' uten databehandleravtale',
    en: ' without a processing agreement',
  },
  controller: {
    sv: 'personuppgiftsansvarig: {from} → {to}',
    nb: 'behandlingsansvarlig: {from} → {to}',
    en: 'controller: {from} → {to}',
  },
  // document
  documentNew: { sv: '{type}, {status}', nb: '{type}, {status}', en: '{type}, {status}' },
  documentStatus: {
    sv: 'status: {from} → {to}{decision}',
    nb: 'status: {from} → {to}{decision}',
    en: 'status: {from} → {to}{decision}',
  },
  nextReview: {
    sv: 'nästa översyn: {from} → {to}',
    nb: 'neste gjennomgang: {from} → {to}',
    en: 'next review: {from} → {to}',
  },
  communicated: { sv: 'kommunicerad {date}', nb: 'kommunisert {date}', en: 'communicated {date}' },
  // kpi
  kpiValueAdded: {
    sv: '{quarter}: {value} (mål {target})',
    nb: '{quarter}: {value} (mål {target})',
    en: '{quarter}: {value} (target {target})',
  },
  kpiValueChanged: {
    sv: '{quarter}: {from} → {to}',
    nb: '{quarter}: {from} → {to}',
    en: '{quarter}: {from} → {to}',
  },
  kpiValueRemoved: {
    sv: '{quarter}: värdet {from} borttaget',
    nb: '{quarter}: verdien {from} fjernet',
    en: '{quarter}: value {from} removed',
  },
  kpiTarget: { sv: 'mål: {from} → {to}', nb: 'mål: {from} → {to}', en: 'target: {from} → {to}' },
  missingValue: { sv: 'saknas', nb: 'mangler', en: 'missing' },
  // audit
  auditStatus: { sv: 'status: {from} → {to}', nb: 'status: {from} → {to}', en: 'status: {from} → {to}' },
  answerDue: {
    sv: 'svaret ska lämnas senast: {from} → {to}',
    nb: 'svarfrist: {from} → {to}',
    en: 'answer due: {from} → {to}',
  },
  recAdded: {
    sv: 'Rekommendation {n} tillagd',
    nb: 'Anbefaling {n} lagt til',
    en: 'Recommendation {n} added',
  },
  recRemoved: {
    sv: 'Rekommendation {id} borttagen',
    nb: 'Anbefaling {id} fjernet',
    en: 'Recommendation {id} removed',
  },
  recAnswerNew: {
    sv: 'Rekommendation {n}: svar skrivet',
    nb: 'Anbefaling {n}: svar skrevet',
    en: 'Recommendation {n}: answer written',
  },
  recAnswerChanged: {
    sv: 'Rekommendation {n}: svaret ändrat',
    nb: 'Anbefaling {n}: svaret endret',
    en: 'Recommendation {n}: answer changed',
  },
  recActionTaken: {
    sv: 'Rekommendation {n}: vidtagen åtgärd "{text}"',
    nb: 'Anbefaling {n}: gjennomført tiltak «{text}»',
    en: 'Recommendation {n}: action taken "{text}"',
  },
  recActionMoved: {
    sv: 'Rekommendation {n}: planerad åtgärd flyttad från {from} till {to}{what}',
    nb: 'Anbefaling {n}: planlagt tiltak flyttet fra {from} til {to}{what}',
    en: 'Recommendation {n}: planned action moved from {from} to {to}{what}',
  },
  recActionStatus: {
    sv: 'Rekommendation {n}: åtgärden "{text}" {from} → {to}',
    nb: 'Anbefaling {n}: tiltaket «{text}» {from} → {to}',
    en: 'Recommendation {n}: action "{text}" {from} → {to}',
  },
  recActionNew: {
    sv: 'Rekommendation {n}: ny planerad åtgärd "{text}" ({due})',
    nb: 'Anbefaling {n}: nytt planlagt tiltak «{text}» ({due})',
    en: 'Recommendation {n}: new planned action "{text}" ({due})',
  },
  recActionRemoved: {
    sv: 'Rekommendation {n}: planerad åtgärd "{text}" borttagen',
    nb: 'Anbefaling {n}: planlagt tiltak «{text}» fjernet',
    en: 'Recommendation {n}: planned action "{text}" removed',
  },
  decision: { sv: 'beslut: {what}', nb: 'vedtak: {what}', en: 'decision: {what}' },
  // organisation
  boardAdded: { sv: 'ny nämnd: {name}', nb: 'nytt utvalg: {name}', en: 'new board: {name}' },
  boardRemoved: { sv: 'nämnden {name} borttagen', nb: 'utvalget {name} fjernet', en: 'board {name} removed' },
  boardRenamed: {
    sv: 'nämnden "{from}" heter nu "{to}"',
    nb: 'utvalget «{from}» heter nå «{to}»',
    en: 'board "{from}" is now "{to}"',
  },
  roleAdded: { sv: 'ny roll: {name}', nb: 'ny rolle: {name}', en: 'new role: {name}' },
  roleRemoved: { sv: 'rollen {name} borttagen', nb: 'rollen {name} fjernet', en: 'role {name} removed' },
  rolePeople: {
    sv: 'rollen {name}: vem som har den ändrad',
    nb: 'rollen {name}: hvem som har den er endret',
    en: 'role {name}: who holds it changed',
  },
  model: {
    sv: 'klassningsmodellen ändrad',
    nb: 'klassifiseringsmodellen endret',
    en: 'classification model changed',
  },
  none: { sv: '–', nb: '–', en: '–' },
  yes: { sv: 'ja', nb: 'ja', en: 'yes' },
  no: { sv: 'nej', nb: 'nei', en: 'no' },
  dpiaReasonSpecial: { sv: 'känsliga personuppgifter', nb: 'særlige kategorier', en: 'special categories' },
  dpiaReasonCriminal: { sv: 'lagöverträdelser', nb: 'straffbare forhold', en: 'criminal-offence data' },
  dpiaReasonProtected: {
    sv: 'skyddade personuppgifter',
    nb: 'beskyttede personopplysninger',
    en: 'protected identities',
  },
  dpiaReasonCriteria: {
    sv: '{n} av EDPB:s kriterier',
    nb: '{n} av EDPBs kriterier',
    en: '{n} EDPB criteria',
  },
} satisfies Record<string, Msg>;

type Code = keyof typeof M;

/** Longest value quoted in a change line; longer texts are only said to have changed. */
const MAX_VALUE = 80;

interface Ctx {
  base: Registry;
  head: Registry;
  locale: Locale;
  t(code: Code, params?: Record<string, unknown>, aspect?: string): ChangeDetail;
  word(code: Code): string;
  name(target: RefTarget, id: string): string;
}

function makeCtx(base: Registry, head: Registry, locale: Locale): Ctx {
  const word = (code: Code) => M[code][locale];
  const entityName = (kind: Kind, id: string): string | undefined => {
    const e = head.entities[kind].get(id) ?? base.entities[kind].get(id);
    return e ? nameOf(e, head, base, locale) : undefined;
  };
  return {
    base,
    head,
    locale,
    word,
    t: (code, params = {}, aspect) => {
      const detail: ChangeDetail = { code, text: redactIdentityNumbers(format(M[code][locale], params)) };
      if (aspect) detail.aspect = aspect;
      return detail;
    },
    name(target, id) {
      if (target === 'board') {
        const board =
          (head.organisation?.data.boards ?? []).find((b) => b?.id === id) ??
          (base.organisation?.data.boards ?? []).find((b) => b?.id === id);
        return board && typeof board.name === 'string' ? board.name : id;
      }
      if (target === 'role') {
        const role = head.organisation?.data.roles?.[id] ?? base.organisation?.data.roles?.[id];
        const n = role?.name !== undefined ? pickText(role.name as RegisterText, locale) : '';
        return n || id;
      }
      return entityName(target, id) ?? id;
    },
  };
}

function str(value: unknown): string {
  return typeof value === 'string'
    ? value
    : typeof value === 'number' || typeof value === 'boolean'
      ? String(value)
      : '';
}

/** The name people know an entry by. */
export function nameOf(entity: Entity, head: Registry, base: Registry, locale: Locale): string {
  const d = entity.data as Record<string, unknown>;
  switch (entity.kind) {
    case 'classification': {
      const assetId = str(d.asset);
      const asset = head.entities.asset.get(assetId) ?? base.entities.asset.get(assetId);
      return str((asset?.data as { name?: unknown } | undefined)?.name) || assetId || entity.id;
    }
    case 'document':
    case 'audit':
    case 'risk':
    case 'plan':
    case 'review':
    case 'incident':
      return str(d.title) || entity.id;
    case 'agreement':
      return str(d.counterparty) || entity.id;
    case 'faq':
      return (Array.isArray(d.questions) ? str(d.questions[0]) : '') || entity.id;
    default: {
      const n = d.name;
      if (typeof n === 'string') return n || entity.id;
      if (n && typeof n === 'object') return pickText(n as RegisterText, locale) || entity.id;
      return entity.id;
    }
  }
}

/** Deep equality of plain data as YAML produces it. */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    return a.length === bb.length && a.every((v, i) => sameData(v, bb[i]));
  }
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every(
    (k) =>
      Object.hasOwn(b, k) && sameData((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]),
  );
}

function isRegisterText(v: unknown): v is Partial<Record<Locale, string>> {
  return (
    typeof v === 'object' &&
    v !== null &&
    !Array.isArray(v) &&
    Object.keys(v).length > 0 &&
    Object.keys(v).every((k) => ['sv', 'nb', 'en'].includes(k))
  );
}

function scalarText(v: unknown, ctx: Ctx): string | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'boolean') return ctx.word(v ? 'yes' : 'no');
  if (typeof v === 'number') return String(v);
  if (typeof v === 'string') return v;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (isRegisterText(v)) return pickText(v, ctx.locale);
  return undefined;
}

function quote(s: string): string {
  return s.length > MAX_VALUE ? `${s.slice(0, MAX_VALUE - 1)}…` : s;
}

/** References by id, told by name: `owner: it-chef` reads as the role's name. */
function refTarget(kind: DiffKind, field: string): RefTarget | undefined {
  for (const [pattern, target] of REFERENCE_FIELDS[kind]) {
    if (pattern === field || pattern === `${field}.*`) return target;
  }
  return undefined;
}

/** Field-by-field changes for the fields no kind-specific description covers. */
function genericDetails(
  kind: DiffKind,
  a: Record<string, unknown>,
  b: Record<string, unknown>,
  handled: ReadonlySet<string>,
  ctx: Ctx,
): ChangeDetail[] {
  const out: ChangeDetail[] = [];
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  for (const field of keys) {
    if (handled.has(field)) continue;
    const from = a[field];
    const to = b[field];
    if (sameData(from, to)) continue;
    if (field === 'suppress') {
      out.push(...suppressDetails(from, to, ctx));
      continue;
    }
    const target = refTarget(kind, field);
    const show = (v: unknown) => {
      const s = scalarText(v, ctx);
      return s !== undefined && target && typeof v === 'string' ? ctx.name(target, v) : s;
    };
    const fromText = show(from);
    const toText = show(to);
    const fromMissing = from === undefined || from === null;
    const toMissing = to === undefined || to === null;
    if ((fromMissing || fromText !== undefined) && (toMissing || toText !== undefined)) {
      const longText = (fromText?.length ?? 0) > MAX_VALUE || (toText?.length ?? 0) > MAX_VALUE;
      if (longText) out.push(ctx.t('fieldEdited', { field }));
      else if (fromMissing) out.push(ctx.t('fieldSet', { field, to: toText }));
      else if (toMissing) out.push(ctx.t('fieldRemoved', { field, from: fromText }));
      else out.push(ctx.t('fieldChanged', { field, from: fromText, to: toText }));
      continue;
    }
    if (isScalarList(from) && isScalarList(to)) {
      const [added, removed] = listDelta(from ?? [], to ?? []);
      const names = (items: unknown[]) =>
        items
          .map((i) =>
            quote(target && typeof i === 'string' ? ctx.name(target, i) : (scalarText(i, ctx) ?? '')),
          )
          .join(', ');
      if (added.length) out.push(ctx.t('listAdded', { field, items: names(added) }));
      if (removed.length) out.push(ctx.t('listRemoved', { field, items: names(removed) }));
      if (!added.length && !removed.length) out.push(ctx.t('fieldEdited', { field }));
      continue;
    }
    if (fromMissing) out.push(ctx.t('fieldAddedBlock', { field }));
    else if (toMissing) out.push(ctx.t('fieldRemovedBlock', { field }));
    else out.push(ctx.t('fieldEdited', { field }));
  }
  return out;
}

function isScalarList(v: unknown): v is unknown[] | undefined {
  return (
    v === undefined || v === null || (Array.isArray(v) && v.every((i) => i === null || typeof i !== 'object'))
  );
}

function listDelta(from: readonly unknown[], to: readonly unknown[]): [unknown[], unknown[]] {
  const a = new Set(from.map(String));
  const b = new Set(to.map(String));
  return [to.filter((x) => !a.has(String(x))), from.filter((x) => !b.has(String(x)))];
}

function suppressDetails(from: unknown, to: unknown, ctx: Ctx): ChangeDetail[] {
  const rules = (v: unknown) =>
    new Map(
      (Array.isArray(v) ? v : [])
        .filter(
          (s): s is { rule: string; reason?: string } =>
            typeof s === 'object' && s !== null && typeof (s as { rule?: unknown }).rule === 'string',
        )
        .map((s) => [s.rule, str(s.reason)]),
    );
  const a = rules(from);
  const b = rules(to);
  const out: ChangeDetail[] = [];
  for (const [rule, reason] of b)
    if (!a.has(rule)) out.push(ctx.t('suppressAdded', { rule, reason: quote(reason) }));
  for (const rule of a.keys()) if (!b.has(rule)) out.push(ctx.t('suppressRemoved', { rule }));
  if (!out.length) out.push(ctx.t('fieldEdited', { field: 'suppress' }));
  return out;
}

function lower(s: string): string {
  return s ? s.charAt(0).toLowerCase() + s.slice(1) : s;
}

type Data = Record<string, unknown>;
type Describe = (
  a: Data,
  b: Data,
  ctx: Ctx,
  entity: { id: string; change: EntityChange['change'] },
) => { details: ChangeDetail[]; handled: string[] };

function levelsOf(v: unknown): Record<string, number> {
  const out: Record<string, number> = {};
  if (v && typeof v === 'object') {
    for (const [k, x] of Object.entries(v)) {
      const level =
        typeof x === 'number'
          ? x
          : typeof x === 'object' && x !== null
            ? (x as { level?: unknown }).level
            : undefined;
      if (typeof level === 'number') out[k] = level;
    }
  }
  return out;
}

function levelChanges(
  code: 'protection' | 'level',
  from: Record<string, number>,
  to: Record<string, number>,
  ctx: Ctx,
): ChangeDetail[] {
  const out: ChangeDetail[] = [];
  const model = ctx.head.model;
  const order = [...model.aspects.map((a) => a.id), ...Object.keys({ ...from, ...to })];
  for (const aspect of new Set(order)) {
    if (from[aspect] === to[aspect]) continue;
    if (from[aspect] === undefined && to[aspect] === undefined) continue;
    out.push(
      ctx.t(
        code,
        {
          aspect: aspectLabel(model, aspect, ctx.locale).toLowerCase(),
          from: from[aspect] ?? '–',
          to: to[aspect] ?? '–',
        },
        aspect,
      ),
    );
  }
  return out;
}

const describeSystem: Describe = (a, b, ctx, { change }) => {
  const details: ChangeDetail[] = [];
  if (change === 'changed' && str(a.name) !== str(b.name))
    details.push(ctx.t('renamed', { from: str(a.name), to: str(b.name) }));
  if (change === 'added') {
    const levels = levelsOf(b.protection);
    const text = ctx.head.model.aspects
      .filter((x) => levels[x.id] !== undefined)
      .map((x) => `${aspectLabel(ctx.head.model, x.id, ctx.locale).toLowerCase()} ${levels[x.id]}`)
      .join(', ');
    if (text) details.push(ctx.t('protectionNew', { levels: text }));
  } else details.push(...levelChanges('protection', levelsOf(a.protection), levelsOf(b.protection), ctx));
  if (change === 'changed' && a.status !== b.status) {
    details.push(
      ctx.t('systemStatus', {
        from: lower(label(SYSTEM_STATUS, (a.status ?? 'active') as never, ctx.locale)),
        to: lower(label(SYSTEM_STATUS, (b.status ?? 'active') as never, ctx.locale)),
      }),
    );
  }
  const where = (d: Data) =>
    `${lower(label(HOSTING, d.hosting as never, ctx.locale))}${d.hostingCountry ? ` (${str(d.hostingCountry)})` : ''}`;
  if (change === 'changed' && (a.hosting !== b.hosting || a.hostingCountry !== b.hostingCountry))
    details.push(ctx.t('hosting', { from: where(a), to: where(b) }));
  return { details, handled: ['name', 'protection', 'status', 'hosting', 'hostingCountry'] };
};

const describeAsset: Describe = (a, b, ctx, { change }) => {
  const details: ChangeDetail[] = [];
  if (change === 'changed' && str(a.name) !== str(b.name))
    details.push(ctx.t('renamed', { from: str(a.name), to: str(b.name) }));
  const handled = ['name'];
  if (change === 'changed') {
    const [added, removed] = listDelta(asList(a.systems), asList(b.systems));
    for (const s of added) details.push(ctx.t('assetSystemAdded', { system: ctx.name('system', String(s)) }));
    for (const s of removed)
      details.push(ctx.t('assetSystemRemoved', { system: ctx.name('system', String(s)) }));
    handled.push('systems');
    const sensitive = (d: Data) =>
      (d.personalData as { sensitive?: unknown } | undefined)?.sensitive === true;
    if (sensitive(b) && !sensitive(a)) details.push(ctx.t('assetSensitive'));
    if (b.protectedIdentities === true && a.protectedIdentities !== true) {
      details.push(ctx.t('assetProtectedIdentities'));
      handled.push('protectedIdentities');
    }
  }
  return { details, handled };
};

function asList(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}

const describeClassification: Describe = (a, b, ctx, { change }) => {
  const details: ChangeDetail[] = [];
  if (change === 'added') {
    details.push(ctx.t('classificationNew', { date: str(b.date) }));
    // A new classification replaces the one in force: compare the levels with that one.
    const previous = classificationsInForce(ctx.base).get(str(b.asset));
    details.push(...levelChanges('level', levelsOf(previous?.data.levels), levelsOf(b.levels), ctx));
  } else if (change === 'removed') {
    details.push(ctx.t('classificationRemoved', { date: str(a.date) }));
  } else {
    details.push(...levelChanges('level', levelsOf(a.levels), levelsOf(b.levels), ctx));
  }
  return { details, handled: ['levels'] };
};

function dpiaReasons(d: Data, ctx: Ctx): string[] {
  const reasons: string[] = [];
  if (asList(d.specialCategories).length > 0) reasons.push(ctx.word('dpiaReasonSpecial'));
  if (d.criminalData === true) reasons.push(ctx.word('dpiaReasonCriminal'));
  if (d.protectedIdentities === true) reasons.push(ctx.word('dpiaReasonProtected'));
  const n = asList((d.dpia as { criteria?: unknown } | undefined)?.criteria).length;
  if (n >= 2) reasons.push(format(ctx.word('dpiaReasonCriteria'), { n }));
  return reasons;
}

function dpiaDone(d: Data): boolean {
  return (d.dpia as { status?: unknown } | undefined)?.status === 'done';
}

const describeProcessing: Describe = (a, b, ctx, { change }) => {
  const details: ChangeDetail[] = [];
  const handled = [
    'name',
    'dpia',
    'specialCategories',
    'thirdCountryTransfers',
    'systems',
    'processors',
    'controller',
  ];
  if (change === 'added') {
    const reasons = dpiaReasons(b, ctx);
    if (reasons.length && !dpiaDone(b)) details.push(ctx.t('withoutDpia', { reasons: reasons.join(', ') }));
    for (const t of asList(b.thirdCountryTransfers) as Data[]) {
      details.push(
        ctx.t('transferAdded', {
          country: str(t?.country),
          safeguard: lower(label(SAFEGUARD, t?.safeguard as never, ctx.locale)),
        }),
      );
    }
    return { details, handled };
  }
  if (change === 'removed') return { details, handled };
  if (str(a.name) !== str(b.name)) details.push(ctx.t('renamed', { from: str(a.name), to: str(b.name) }));
  if (a.controller !== b.controller) {
    // No controller named: the organisation itself is the controller (country: no).
    const who = (d: Data) =>
      str(d.controller) ? ctx.name('board', str(d.controller)) : str(ctx.head.organisation?.data.name);
    details.push(ctx.t('controller', { from: who(a), to: who(b) }));
  }
  const dpiaStatus = (d: Data) => (d.dpia as { status?: string } | undefined)?.status;
  if (dpiaStatus(a) !== dpiaStatus(b)) {
    const show = (s: string | undefined) =>
      s ? lower(label(DPIA_STATUS, s as never, ctx.locale)) : ctx.word('none');
    details.push(ctx.t('dpiaStatus', { from: show(dpiaStatus(a)), to: show(dpiaStatus(b)) }));
  } else if (!sameData(a.dpia, b.dpia)) details.push(ctx.t('fieldEdited', { field: 'dpia' }));
  const before = dpiaReasons(a, ctx);
  const after = dpiaReasons(b, ctx);
  if (after.length && !dpiaDone(b) && (before.length === 0 || dpiaDone(a)))
    details.push(ctx.t('dpiaNowNeeded', { reasons: after.join(', ') }));
  const [specialAdded, specialRemoved] = listDelta(asList(a.specialCategories), asList(b.specialCategories));
  const special = (items: unknown[]) =>
    items.map((i) => lower(label(SPECIAL_CATEGORY, i as never, ctx.locale))).join(', ');
  if (specialAdded.length) details.push(ctx.t('specialAdded', { items: special(specialAdded) }));
  if (specialRemoved.length) details.push(ctx.t('specialRemoved', { items: special(specialRemoved) }));
  const transfers = (d: Data) =>
    new Map((asList(d.thirdCountryTransfers) as Data[]).map((t) => [str(t?.country), str(t?.safeguard)]));
  const ta = transfers(a);
  const tb = transfers(b);
  for (const [country, safeguard] of tb) {
    const was = ta.get(country);
    if (was === undefined)
      details.push(
        ctx.t('transferAdded', {
          country,
          safeguard: lower(label(SAFEGUARD, safeguard as never, ctx.locale)),
        }),
      );
    else if (was !== safeguard) {
      details.push(
        ctx.t('transferSafeguard', {
          country,
          from: lower(label(SAFEGUARD, was as never, ctx.locale)),
          to: lower(label(SAFEGUARD, safeguard as never, ctx.locale)),
        }),
      );
    }
  }
  for (const country of ta.keys()) if (!tb.has(country)) details.push(ctx.t('transferRemoved', { country }));
  if (
    !sameData(a.thirdCountryTransfers, b.thirdCountryTransfers) &&
    [...tb].every(([c, s]) => ta.get(c) === s) &&
    ta.size === tb.size
  ) {
    details.push(ctx.t('fieldEdited', { field: 'thirdCountryTransfers' }));
  }
  const [sysAdded, sysRemoved] = listDelta(asList(a.systems), asList(b.systems));
  for (const s of sysAdded)
    details.push(ctx.t('processingSystemAdded', { system: ctx.name('system', String(s)) }));
  for (const s of sysRemoved)
    details.push(ctx.t('processingSystemRemoved', { system: ctx.name('system', String(s)) }));
  const processors = (d: Data) => new Map((asList(d.processors) as Data[]).map((p) => [str(p?.name), p]));
  const pa = processors(a);
  const pb = processors(b);
  for (const [name, p] of pb) {
    if (!pa.has(name))
      details.push(ctx.t('processorAdded', { name, agreement: p?.agreement ? '' : ctx.word('noAgreement') }));
  }
  for (const name of pa.keys()) if (!pb.has(name)) details.push(ctx.t('processorRemoved', { name }));
  if (
    !sameData(a.processors, b.processors) &&
    [...pb.keys()].every((n) => pa.has(n)) &&
    pa.size === pb.size
  ) {
    details.push(ctx.t('fieldEdited', { field: 'processors' }));
  }
  return { details, handled };
};

const describeDocument: Describe = (a, b, ctx, { change }) => {
  const details: ChangeDetail[] = [];
  const handled = ['title', 'status', 'decision', 'nextReview', 'communicated'];
  if (change === 'added') {
    details.push(
      ctx.t('documentNew', {
        type: lower(label(DOCUMENT_TYPE, b.type as never, ctx.locale)),
        status: lower(label(DOCUMENT_STATUS, b.status as never, ctx.locale)),
      }),
    );
    return { details, handled: [...handled, 'type'] };
  }
  if (change === 'removed') return { details, handled };
  if (str(a.title) !== str(b.title)) details.push(ctx.t('renamed', { from: str(a.title), to: str(b.title) }));
  if (a.status !== b.status) {
    details.push(
      ctx.t('documentStatus', {
        from: lower(label(DOCUMENT_STATUS, a.status as never, ctx.locale)),
        to: lower(label(DOCUMENT_STATUS, b.status as never, ctx.locale)),
        decision:
          b.status === 'decided' && b.decision
            ? ` (${decisionText(b.decision as Data, str(b.decidedBy), ctx)})`
            : '',
      }),
    );
  } else if (!sameData(a.decision, b.decision) && b.decision) {
    details.push(ctx.t('decision', { what: decisionText(b.decision as Data, str(b.decidedBy), ctx) }));
  }
  if (a.nextReview !== b.nextReview)
    details.push(ctx.t('nextReview', { from: str(a.nextReview) || '–', to: str(b.nextReview) || '–' }));
  if (a.communicated !== b.communicated && b.communicated)
    details.push(ctx.t('communicated', { date: str(b.communicated) }));
  return { details, handled };
};

function decisionText(d: Data, board: string, ctx: Ctx): string {
  return [
    board ? ctx.name('board', board) : '',
    str(d.date) || str(d.meetingDate),
    str(d.paragraph),
    str(d.registrationNumber),
  ]
    .filter(Boolean)
    .join(' ');
}

const describeKpi: Describe = (a, b, ctx, { change }) => {
  const details: ChangeDetail[] = [];
  const unit = str(b.unit || a.unit);
  const show = (v: unknown) =>
    typeof v === 'number' ? formatValue(v, unit, ctx.locale) : ctx.word('missingValue');
  const va = (a.values ?? {}) as Record<string, unknown>;
  const vb = (b.values ?? {}) as Record<string, unknown>;
  if (change !== 'removed') {
    for (const q of Object.keys(vb).sort()) {
      if (!(q in va) || change === 'added') {
        if (change === 'added' && q !== Object.keys(vb).sort().at(-1)) continue;
        details.push(
          ctx.t('kpiValueAdded', {
            quarter: quarterLabel(q, ctx.locale),
            value: show(vb[q]),
            target: show(b.target),
          }),
        );
      } else if (va[q] !== vb[q])
        details.push(
          ctx.t('kpiValueChanged', {
            quarter: quarterLabel(q, ctx.locale),
            from: show(va[q]),
            to: show(vb[q]),
          }),
        );
    }
    for (const q of Object.keys(va).sort()) {
      if (!(q in vb) && change === 'changed')
        details.push(ctx.t('kpiValueRemoved', { quarter: quarterLabel(q, ctx.locale), from: show(va[q]) }));
    }
    if (change === 'changed' && a.target !== b.target)
      details.push(ctx.t('kpiTarget', { from: show(a.target), to: show(b.target) }));
    if (change === 'changed' && str(a.name) !== str(b.name))
      details.push(ctx.t('renamed', { from: str(a.name), to: str(b.name) }));
  }
  return { details, handled: ['values', 'target', 'name'] };
};

export function formatValue(value: number, unit: string, locale: Locale): string {
  const n = new Intl.NumberFormat(locale === 'en' ? 'en-GB' : locale === 'nb' ? 'nb-NO' : 'sv-SE', {
    maximumFractionDigits: 2,
  }).format(value);
  if (unit === 'percent') return locale === 'en' ? `${n}%` : `${n} %`;
  if (unit === 'count' || unit === 'score' || !unit) return n;
  return `${n} ${label(KPI_UNIT, unit as never, locale)}`;
}

interface Rec {
  id: string;
  answer?: string;
  actionsTaken?: unknown[];
  plannedActions?: { id: string; text?: string; due?: string; status?: string }[];
}

const describeAudit: Describe = (a, b, ctx, { change }) => {
  const details: ChangeDetail[] = [];
  const handled = ['title', 'status', 'recommendations', 'answerDue', 'decisions'];
  if (change !== 'changed') return { details, handled };
  if (str(a.title) !== str(b.title)) details.push(ctx.t('renamed', { from: str(a.title), to: str(b.title) }));
  if (a.status !== b.status) {
    details.push(
      ctx.t('auditStatus', {
        from: lower(label(AUDIT_STATUS, a.status as never, ctx.locale)),
        to: lower(label(AUDIT_STATUS, b.status as never, ctx.locale)),
      }),
    );
  }
  if (a.answerDue !== b.answerDue)
    details.push(ctx.t('answerDue', { from: str(a.answerDue) || '–', to: str(b.answerDue) || '–' }));
  const recsA = (asList(a.recommendations) as Rec[]).filter((r) => r && typeof r === 'object');
  const recsB = (asList(b.recommendations) as Rec[]).filter((r) => r && typeof r === 'object');
  const byId = new Map(recsA.map((r) => [str(r.id), r]));
  recsB.forEach((rb, i) => {
    const n = i + 1;
    const ra = byId.get(str(rb.id));
    if (!ra) {
      details.push(ctx.t('recAdded', { n }));
      return;
    }
    if (!ra.answer && rb.answer) details.push(ctx.t('recAnswerNew', { n }));
    else if (ra.answer !== rb.answer) details.push(ctx.t('recAnswerChanged', { n }));
    const [taken] = listDelta(asList(ra.actionsTaken), asList(rb.actionsTaken));
    for (const text of taken) details.push(ctx.t('recActionTaken', { n, text: quote(str(text)) }));
    const actionsA = new Map((ra.plannedActions ?? []).filter(Boolean).map((x) => [str(x.id), x]));
    const actionsB = (rb.plannedActions ?? []).filter(Boolean);
    for (const act of actionsB) {
      const before = actionsA.get(str(act.id));
      if (!before) {
        details.push(ctx.t('recActionNew', { n, text: quote(str(act.text)), due: str(act.due) }));
        continue;
      }
      if (before.due !== act.due) {
        const what = actionsB.length > 1 ? ` ("${quote(str(act.text))}")` : '';
        details.push(ctx.t('recActionMoved', { n, from: str(before.due), to: str(act.due), what }));
      }
      if (before.status !== act.status) {
        details.push(
          ctx.t('recActionStatus', {
            n,
            text: quote(str(act.text)),
            from: lower(label(ACTION_STATUS, before.status as never, ctx.locale)),
            to: lower(label(ACTION_STATUS, act.status as never, ctx.locale)),
          }),
        );
      }
    }
    const idsB = new Set(actionsB.map((x) => str(x.id)));
    for (const [id, act] of actionsA)
      if (!idsB.has(id)) details.push(ctx.t('recActionRemoved', { n, text: quote(str(act.text)) }));
  });
  const idsB = new Set(recsB.map((r) => str(r.id)));
  for (const ra of recsA) if (!idsB.has(str(ra.id))) details.push(ctx.t('recRemoved', { id: str(ra.id) }));
  // Each board's decision on its answer, told when it is new or changed.
  const decisionsA = Array.isArray(a.decisions) ? (a.decisions as Data[]) : [];
  for (const d of Array.isArray(b.decisions) ? (b.decisions as Data[]) : []) {
    const before = decisionsA.find((x) => x.board === d.board);
    if (!before || !sameData(before, d))
      details.push(ctx.t('decision', { what: decisionText(d, str(d.board), ctx) }));
  }
  if (details.length === 0 && !sameData(a.recommendations, b.recommendations))
    details.push(ctx.t('fieldEdited', { field: 'recommendations' }));
  return { details, handled };
};

const describeOrganisation: Describe = (a, b, ctx, { change }) => {
  const details: ChangeDetail[] = [];
  const handled = ['boards', 'roles', 'classification'];
  if (change !== 'changed') return { details, handled };
  const boards = (d: Data) =>
    new Map((asList(d.boards) as Data[]).filter(Boolean).map((x) => [str(x.id), x]));
  const ba = boards(a);
  const bb = boards(b);
  for (const [id, board] of bb) {
    const before = ba.get(id);
    if (!before) details.push(ctx.t('boardAdded', { name: str(board.name) || id }));
    else if (str(before.name) !== str(board.name))
      details.push(ctx.t('boardRenamed', { from: str(before.name), to: str(board.name) }));
    else if (!sameData(before, board))
      details.push(ctx.t('fieldEdited', { field: `boards: ${str(board.name) || id}` }));
  }
  for (const [id, board] of ba)
    if (!bb.has(id)) details.push(ctx.t('boardRemoved', { name: str(board.name) || id }));
  const roles = (d: Data) =>
    d.roles && typeof d.roles === 'object' ? (d.roles as Record<string, Data>) : {};
  const ra = roles(a);
  const rb = roles(b);
  const roleName = (r: Data | undefined, id: string) =>
    (r?.name !== undefined ? pickText(r.name as RegisterText, ctx.locale) : '') || id;
  for (const [id, role] of Object.entries(rb)) {
    const before = ra[id];
    if (!before) details.push(ctx.t('roleAdded', { name: roleName(role, id) }));
    else if (!sameData(before.people, role?.people))
      details.push(ctx.t('rolePeople', { name: roleName(role, id) }));
    else if (!sameData(before, role))
      details.push(ctx.t('fieldEdited', { field: `roles: ${roleName(role, id)}` }));
  }
  for (const [id, role] of Object.entries(ra))
    if (!(id in rb)) details.push(ctx.t('roleRemoved', { name: roleName(role, id) }));
  if (!sameData(a.classification, b.classification)) details.push(ctx.t('model'));
  return { details, handled };
};

const noSpecial: Describe = () => ({ details: [], handled: [] });

const DESCRIBE: Record<DiffKind, Describe> = {
  organisation: describeOrganisation,
  system: describeSystem,
  asset: describeAsset,
  classification: describeClassification,
  processing: describeProcessing,
  document: describeDocument,
  kpi: describeKpi,
  cycle: noSpecial,
  audit: describeAudit,
  faq: noSpecial,
  incident: noSpecial,
  agreement: noSpecial,
  training: noSpecial,
  report: noSpecial,
  risk: noSpecial,
  plan: noSpecial,
  review: noSpecial,
};

const KIND_ORDER: DiffKind[] = ['organisation', ...KINDS];

function restrictedIn(registry: Registry, entity: Entity | undefined): boolean {
  if (!entity) return false;
  try {
    return isRestricted(registry, entity);
  } catch {
    // An invalid entry may not have the shape restriction looks at; err on the side of withholding.
    return !entity.valid;
  }
}

function changedFields(a: Data, b: Data): string[] {
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => !sameData(a[k], b[k]));
}

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

/** Systems protected below what their information requires, per aspect: `system\taspect` → the facts. */
function belowRequirement(registry: Registry) {
  const out = new Map<
    string,
    {
      system: Entity<'system'>;
      aspect: string;
      have: number | undefined;
      need: number;
      asset: string;
      classification: string;
    }
  >();
  // The same requirement the protection rule used, computed once per registry (the rule already did).
  const required = requiredProtectionBySystem(registry);
  const aspects = new Set(registry.model.aspects.map((x) => x.id));
  for (const system of registry.entities.system.values()) {
    if (!system.valid || system.data.status === 'retired') continue;
    for (const [aspect, req] of required.get(system.id) ?? []) {
      if (!aspects.has(aspect)) continue;
      const have = system.data.protection?.[aspect];
      if (have !== undefined && have >= req.level) continue;
      out.set(`${system.id}\t${aspect}`, {
        system,
        aspect,
        have,
        need: req.level,
        asset: req.asset.id,
        classification: req.classification.id,
      });
    }
  }
  return out;
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
    const ids = new Set([...base.entities[kind].keys(), ...head.entities[kind].keys()]);
    for (const id of ids) {
      const before = base.entities[kind].get(id);
      const after = head.entities[kind].get(id);
      const restricted = restrictedIn(base, before) || restrictedIn(head, after);
      const change = diffEntity(kind, id, before, after, ctx, restricted);
      if (change) changes.push(change);
    }
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

function dataOf(registry: Registry, c: EntityChange): Data {
  if (c.kind === 'organisation') return (registry.organisation?.data ?? {}) as unknown as Data;
  return (registry.entities[c.kind].get(c.id)?.data ?? {}) as Data;
}

/** Tells each new shortfall in protection (and each one put right) next to the change that caused it. */
function attachEffects(changes: EntityChange[], ctx: Ctx): ChangeDetail[] {
  const effects: ChangeDetail[] = [];
  const before = belowRequirement(ctx.base);
  const after = belowRequirement(ctx.head);
  const find = (kind: DiffKind, id: string) => changes.find((c) => c.kind === kind && c.id === id);
  const attach = (detail: ChangeDetail, candidates: (EntityChange | undefined)[]) => {
    const target = candidates.find((c) => c !== undefined);
    if (!target) {
      effects.push(detail);
      return;
    }
    const next = target.details.find((d) => d.code === 'level' && d.aspect === detail.aspect);
    if (next && !target.restricted) next.text += ` — ${detail.text}`;
    else target.details.push(detail);
  };
  const aspect = (id: string) => aspectLabel(ctx.head.model, id, ctx.locale).toLowerCase();
  // A system restricted before or after: its aspects and levels stay out of every change line.
  const hidden = (id: string) =>
    restrictedIn(ctx.base, ctx.base.entities.system.get(id)) ||
    restrictedIn(ctx.head, ctx.head.entities.system.get(id));
  for (const [key, x] of after) {
    const was = before.get(key);
    if (was && was.need === x.need && was.have === x.have) continue;
    const detail = hidden(x.system.id)
      ? ctx.t('nowBelowRestricted', { system: x.system.data.name })
      : ctx.t(
          'nowBelow',
          { system: x.system.data.name, aspect: aspect(x.aspect), have: x.have ?? '–', need: x.need },
          x.aspect,
        );
    attach(detail, [
      find('classification', x.classification),
      find('system', x.system.id),
      find('asset', x.asset),
    ]);
  }
  for (const [key, x] of before) {
    if (after.has(key)) continue;
    const system = ctx.head.entities.system.get(x.system.id);
    const name = system?.data.name ?? x.system.data.name;
    const detail = hidden(x.system.id)
      ? ctx.t('nowMetRestricted', { system: name })
      : ctx.t('nowMet', { system: name, aspect: aspect(x.aspect) }, x.aspect);
    attach(detail, [
      find('system', x.system.id),
      find('classification', x.classification),
      find('asset', x.asset),
    ]);
  }
  return effects;
}

/** The quarter a KPI review looks back on, as the renderer picks it: the last one ended by `today`. */
function reviewQuarter(today: string): string {
  const y = Number(today.slice(0, 4));
  const q = Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1;
  return q === 1 ? `${y - 1}-Q4` : `${y}-Q${q - 1}`;
}

/** The board documents a change touches, by the renderer's document ids. */
export function affectedDocuments(
  changes: readonly EntityChange[],
  base: Registry,
  head: Registry,
  locale: Locale,
  today = new Date().toISOString().slice(0, 10),
  known?: readonly string[],
): AffectedDocument[] {
  const exists = known ? new Set(known) : undefined;
  const docs = new Map<string, AffectedDocument>();
  const boardName = (id: string) =>
    (head.organisation?.data.boards ?? []).find((b) => b?.id === id)?.name ?? id;
  const titles = {
    yearly: format(TITLES.yearlyReport[locale], { year: today.slice(0, 4) }),
    kpi: format(TITLES.kpiReview[locale], { quarter: quarterLabel(reviewQuarter(today), locale) }),
    systems: TITLES.systemsOverview[locale],
  };
  const add = (id: string, title: string, because: string) => {
    if (exists && !exists.has(id)) return;
    let doc = docs.get(id);
    if (!doc) {
      doc = { id, title, because: [] };
      docs.set(id, doc);
    }
    if (!doc.because.includes(because)) doc.because.push(because);
  };
  const registerFor = (board: unknown, because: string) => {
    // No board named: where the organisation itself is controller, its one register is affected.
    if (board === undefined || board === '') {
      if (profileOf(head.organisation?.data).controllerModel !== 'organisation') return;
      const name = head.organisation?.data.name ?? '';
      add('processing-register', format(TITLES.processingRegister[locale], { board: name }), because);
      return;
    }
    if (typeof board !== 'string') return;
    if (!(head.organisation?.data.boards ?? []).some((b) => b?.id === board)) return;
    add(
      `processing-register-${board}`,
      format(TITLES.processingRegister[locale], { board: boardName(board) }),
      because,
    );
  };
  const controllersUsing = (registry: Registry, systemId: string) =>
    [...registry.entities.processing.values()]
      .filter((p) => asList((p.data as unknown as Data).systems).includes(systemId))
      .map((p) => (p.data as unknown as Data).controller);
  for (const c of changes) {
    const key = `${c.kind}/${c.id}`;
    const a = dataOf(base, c);
    const b = dataOf(head, c);
    switch (c.kind) {
      case 'organisation':
        for (const audit of head.entities.audit.values())
          add(
            `audit-answer-${audit.id}`,
            format(TITLES.auditAnswer[locale], { title: nameOf(audit, head, base, locale) }),
            key,
          );
        for (const board of new Set(
          [...head.entities.processing.values()].map((p) => (p.data as unknown as Data).controller),
        ))
          registerFor(board, key);
        for (const id of known ?? []) {
          const board = /^processing-register-(.+)$/.exec(id)?.[1];
          if (board) registerFor(board, key);
        }
        add('systems-overview', titles.systems, key);
        add('kpi-review', titles.kpi, key);
        add('yearly-report', titles.yearly, key);
        break;
      case 'audit':
        if (c.change !== 'removed')
          add(`audit-answer-${c.id}`, format(TITLES.auditAnswer[locale], { title: c.name }), key);
        // The follow-up of each board with recommendations in an answered audit changes with it.
        for (const d of [a, b]) {
          if (d.status !== 'answered') continue;
          const recs = Array.isArray(d.recommendations) ? (d.recommendations as Data[]) : [];
          for (const board of new Set(recs.map((r) => r.board))) {
            if (typeof board !== 'string' || !board) continue;
            add(
              `audit-followup-${board}`,
              docWord(locale, 'followUpTitle', { board: boardName(board) }),
              key,
            );
          }
        }
        add('yearly-report', titles.yearly, key);
        break;
      case 'processing':
        registerFor(b.controller, key);
        registerFor(a.controller, key);
        add('yearly-report', titles.yearly, key);
        break;
      case 'system':
        add('systems-overview', titles.systems, key);
        for (const board of new Set([...controllersUsing(head, c.id), ...controllersUsing(base, c.id)]))
          registerFor(board, key);
        add('yearly-report', titles.yearly, key);
        break;
      case 'asset':
      case 'classification':
        add('systems-overview', titles.systems, key);
        add('yearly-report', titles.yearly, key);
        break;
      case 'kpi':
        add('kpi-review', titles.kpi, key);
        add('yearly-report', titles.yearly, key);
        break;
      case 'document':
      case 'cycle':
        add('yearly-report', titles.yearly, key);
        break;
      case 'faq':
        break;
      case 'risk':
      case 'plan':
      case 'review':
        for (const [id, title] of riskDocumentsTouched(c.kind, c.id, base, head, locale)) add(id, title, key);
        add('yearly-report', titles.yearly, key);
        break;
      case 'report':
        add('yearly-report', titles.yearly, key);
        break;
    }
  }
  const order = (id: string) => {
    const i = ['yearly-report', 'kpi-review', 'systems-overview'].indexOf(id);
    return i === -1 ? 9 : i;
  };
  return [...docs.values()].sort((x, y) => order(x.id) - order(y.id) || x.id.localeCompare(y.id));
}

export interface FindingsDelta {
  /** Findings the change brings (in head, not in base). */
  added: Finding[];
  /** Findings the change puts right (in base, not in head). */
  fixed: Finding[];
}

/**
 * Which findings a change brings and which it puts right. Findings are matched by rule, entry and message,
 * not by line: an edit above a problem moves it without making it new.
 */
export function findingsDelta(base: readonly Finding[], head: readonly Finding[]): FindingsDelta {
  const key = (f: Finding) => `${f.rule}\u0000${f.entity ?? f.file}\u0000${f.message}`;
  const count = (list: readonly Finding[]) => {
    const m = new Map<string, number>();
    for (const f of list) m.set(key(f), (m.get(key(f)) ?? 0) + 1);
    return m;
  };
  const inBase = count(base);
  const inHead = count(head);
  const take = (list: readonly Finding[], other: Map<string, number>) =>
    list.filter((f) => {
      const k = key(f);
      const n = other.get(k) ?? 0;
      if (n > 0) {
        other.set(k, n - 1);
        return false;
      }
      return true;
    });
  return { added: take(head, inBase), fixed: take(base, inHead) };
}
