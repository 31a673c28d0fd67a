import {
  type ControllerRef,
  controllerContacts,
  controllerIdOf,
  controllerRef,
  controllers,
  processingRegisterId,
} from '../controller.js';
import { type ControllerModel, type Country, profileOf } from '../country.js';
import {
  assetsBySystem,
  classificationReviewDue,
  classificationsInForce,
  isRestricted,
  requiredProtection,
} from '../derive.js';
import type { Audit, Kpi, Processing } from '../kinds.js';
import { format, type Locale, type Localized, pickText } from '../locale.js';
import { aspectLabel, DEFAULT_REVIEW_MONTHS, hasAspectScales, levelLabel } from '../model.js';
import type { Entity, Registry } from '../registry.js';
import { roleName } from '../roles.js';
import { lineChart } from './charts.js';
import { countryName, formatValue, genitive, monthName } from './format.js';
import {
  ACTION_STATUS,
  AUDIT_STATUS,
  DOCUMENT_STATUS,
  DOCUMENT_TYPE,
  DPIA_CRITERION,
  DPIA_REASON,
  DPIA_STATUS,
  HOSTING,
  KPI_DIRECTION,
  KPI_UNIT,
  LEGAL_BASIS,
  label,
  PROCESSING_ROLE,
  quarterLabel,
  SAFEGUARD,
  SPECIAL_CATEGORY,
  SYSTEM_STATUS,
  TITLES,
} from './labels.js';

// Registry → view models for the templates. Pure: no files, no clock, no browser. Everything a template
// shows is decided here (what is restricted, what is overdue, which quarters are missing), so the
// templates only lay it out and an adopter's own templates cannot leak what this module withholds.

export type DocumentKind =
  | 'audit-answer'
  | 'yearly-report'
  | 'kpi-review'
  | 'processing-register'
  | 'systems-overview';
export type Orientation = 'portrait' | 'landscape';

export interface Commit {
  sha: string;
  date: string;
  /** The registry folder has changes not yet committed: the stamp says so. */
  dirty?: boolean;
}

export interface ModelInput {
  today: string;
  locale: Locale;
  commit?: Commit;
}

export interface BoardRef {
  id: string;
  name: string;
}

export interface DocumentMeta {
  id: string;
  kind: DocumentKind;
  /** The template file that lays the document out. */
  template: string;
  title: string;
  orientation: Orientation;
  /** The document's date, YYYY-MM-DD. */
  date: string;
  registrationNumber?: string;
  draft: boolean;
  /** The board the document is for. */
  board?: BoardRef;
}

export interface CommonView {
  locale: Locale;
  lang: string;
  today: string;
  org: { name: string; registrationPrefix?: string; logo?: string };
  doc: DocumentMeta;
  stamp: { sha?: string; short?: string; date?: string; dirty: boolean };
  /** `levels` only on an aspect with a scale of its own. */
  aspects: { id: string; label: string; abbr: string; levels?: { value: number; label: string }[] }[];
  levels: { value: number; label: string }[];
  /** Some aspect has its own scale: the legend explains each aspect's. */
  aspectScales: boolean;
  /** From lisa.yaml's country: templates word who is controller and which law applies from these. */
  country: Country;
  controllerModel: ControllerModel;
  /** The role with day-to-day responsibility where the organisation is controller, in lower case for running text. */
  delegatedTo?: string;
}

export interface DocumentModel {
  meta: DocumentMeta;
  /** What the template gets: the common part and the document's own. */
  context: CommonView & Record<string, unknown>;
  csv?: ProcessingRow[];
}

// ---------------------------------------------------------------------------------------------------------
// Shared helpers

function collator(locale: Locale) {
  return new Intl.Collator(locale === 'en' ? 'en-GB' : locale, { sensitivity: 'base', numeric: true });
}

function valid<K extends keyof Registry['entities']>(registry: Registry, kind: K): Entity<K>[] {
  const out: Entity<K>[] = [];
  for (const e of registry.entities[kind].values()) if (e.valid) out.push(e as Entity<K>);
  return out.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function boards(registry: Registry) {
  return registry.organisation?.data.boards ?? [];
}

function boardRef(registry: Registry, id: string | undefined): BoardRef {
  const b = boards(registry).find((x) => x.id === id);
  return { id: id ?? '', name: b?.name ?? id ?? '' };
}

/** The board the yearly report and the overviews go to: the executive board, else the first board. */
function executiveBoard(registry: Registry): BoardRef | undefined {
  const b = boards(registry).find((x) => x.type === 'executive-board') ?? boards(registry)[0];
  return b ? { id: b.id, name: b.name } : undefined;
}

function aspectAbbreviations(registry: Registry, locale: Locale) {
  const aspects = registry.model.aspects.map((a) => ({
    id: a.id,
    label: pickText(a.label, locale),
    ...(a.levels
      ? { levels: a.levels.map((l) => ({ value: l.value, label: pickText(l.label, locale) })) }
      : {}),
  }));
  const used = new Set<string>();
  return aspects.map((a) => {
    let abbr = a.label.charAt(0).toUpperCase();
    // Two aspects starting with the same letter get two letters each time it clashes.
    if (used.has(abbr)) abbr = a.label.slice(0, 2);
    used.add(abbr);
    return { ...a, abbr };
  });
}

function common(registry: Registry, input: ModelInput, doc: DocumentMeta): CommonView {
  const org = registry.organisation?.data;
  const { commit } = input;
  return {
    locale: input.locale,
    lang: input.locale,
    today: input.today,
    org: {
      name: org?.name ?? '',
      ...(org?.registrationPrefix ? { registrationPrefix: org.registrationPrefix } : {}),
    },
    doc,
    stamp: commit
      ? {
          sha: commit.sha,
          short: commit.sha.slice(0, 7),
          date: commit.date.slice(0, 10),
          dirty: Boolean(commit.dirty),
        }
      : { dirty: false },
    aspects: aspectAbbreviations(registry, input.locale),
    levels: registry.model.levels.map((l) => ({ value: l.value, label: pickText(l.label, input.locale) })),
    aspectScales: hasAspectScales(registry.model),
    country: profileOf(org).country,
    controllerModel: profileOf(org).controllerModel,
    ...(org?.controller?.delegatedTo
      ? { delegatedTo: roleName(registry, org.controller.delegatedTo, input.locale).toLowerCase() }
      : {}),
  };
}

// ---------------------------------------------------------------------------------------------------------
// Quarters

export function quarterOf(date: string): string {
  const [y, m] = date.split('-').map(Number) as [number, number];
  return `${y}-Q${Math.floor((m - 1) / 3) + 1}`;
}

export function previousQuarter(quarter: string): string {
  const [y, q] = [Number(quarter.slice(0, 4)), Number(quarter.slice(6))];
  return q === 1 ? `${y - 1}-Q4` : `${y}-Q${q - 1}`;
}

/** The `count` quarters ending with `last`, oldest first. */
export function quartersEnding(last: string, count: number): string[] {
  const out = [last];
  while (out.length < count) out.unshift(previousQuarter(out[0] as string));
  return out;
}

/** The quarter a review looks back on: the last one that has ended by `today`. */
export function reviewQuarter(today: string): string {
  return previousQuarter(quarterOf(today));
}

// ---------------------------------------------------------------------------------------------------------
// Document ids

/** The controllers that keep a register of processing activities: boards, or the organisation itself. */
function controllerBoards(registry: Registry): ControllerRef[] {
  return controllers(
    registry,
    valid(registry, 'processing').map((p) => p.data),
  );
}

/**
 * Who answers an audit: each board decides its own answer to the recommendations addressed to it (seed 002:
 * one report, three boards), unless one decision answers for all (a coordinated answer). Before any decision
 * is recorded, each addressed board with recommendations gets its own draft.
 */
export function answeringBoards(audit: Audit): string[] {
  const decided = [...new Set((audit.decisions ?? []).map((d) => d.board))];
  if (decided.length > 0) return decided;
  // Before any decision: each board the report is addressed to that has recommendations drafts its own.
  const withRecommendations = new Set(audit.recommendations.map((r) => r.board));
  const addressed = audit.boards.filter((b) => withRecommendations.has(b));
  return addressed.length > 1 ? addressed : [addressed[0] ?? audit.boards[0] ?? ''];
}

/** One answer document per answering board; an audit answered by one board keeps the plain id. */
function auditAnswers(audit: Entity<'audit'>): { id: string; board: string | undefined }[] {
  const boards = answeringBoards(audit.data);
  if (boards.length <= 1) return [{ id: `audit-answer-${audit.id}`, board: undefined }];
  return boards.map((board) => ({ id: `audit-answer-${audit.id}-${board}`, board }));
}

export function documentIds(registry: Registry): string[] {
  return [
    ...valid(registry, 'audit').flatMap((a) => auditAnswers(a).map((d) => d.id)),
    'yearly-report',
    'kpi-review',
    ...controllerBoards(registry).map(processingRegisterId),
    'systems-overview',
  ];
}

// ---------------------------------------------------------------------------------------------------------
// Audit answer

export interface PlannedActionView {
  id: string;
  text: string;
  owner: string;
  due: string;
  status: string;
  statusLabel: string;
  done?: string;
  overdue: boolean;
}

export interface RecommendationView {
  number: number;
  id: string;
  board: BoardRef;
  text: string;
  answer?: string;
  actionsTaken: string[];
  plannedActions: PlannedActionView[];
  timeline?: string;
  comments?: string;
}

function plannedActions(
  registry: Registry,
  r: Audit['recommendations'][number],
  input: ModelInput,
): PlannedActionView[] {
  return (r.plannedActions ?? []).map((p) => ({
    id: p.id,
    text: p.text,
    owner: roleName(registry, p.owner, input.locale),
    due: p.due,
    status: p.status,
    statusLabel: label(ACTION_STATUS, p.status, input.locale),
    ...(p.done ? { done: p.done } : {}),
    overdue: (p.status === 'planned' || p.status === 'in-progress') && p.due < input.today,
  }));
}

function auditAnswer(
  registry: Registry,
  audit: Entity<'audit'>,
  input: ModelInput,
  doc: { id: string; board: string | undefined },
): DocumentModel {
  const a = audit.data;
  const { locale } = input;
  const restricted = isRestricted(registry, audit);
  const draft = a.status === 'received' || a.status === 'in-progress';
  // With several answering boards, this document is one board's answer: its decision, its recommendations
  // (numbered as in the report).
  const d = doc.board ? a.decisions?.find((x) => x.board === doc.board) : a.decisions?.[0];
  const answering = boardRef(registry, doc.board ?? d?.board ?? a.boards[0]);
  const recommendations: RecommendationView[] = restricted
    ? []
    : a.recommendations
        .flatMap((r, i) => (doc.board && r.board !== doc.board ? [] : [{ r, i }]))
        .map(({ r, i }) => ({
          number: i + 1,
          id: r.id,
          board: boardRef(registry, r.board),
          text: r.text,
          ...(r.answer ? { answer: r.answer } : {}),
          actionsTaken: r.actionsTaken ?? [],
          plannedActions: plannedActions(registry, r, input),
          ...(r.timeline ? { timeline: r.timeline } : {}),
          ...(r.comments ? { comments: r.comments } : {}),
        }));
  // "Kommunstyrelsen rekommenderas att:" – one list per board, in the order the report names them.
  const order = [...a.boards, ...a.recommendations.map((r) => r.board)];
  const groups = [...new Set(order)]
    .map((id) => ({
      board: boardRef(registry, id),
      recommendations: recommendations.filter((r) => r.board.id === id),
    }))
    .filter((g) => g.recommendations.length > 0);
  const meta: DocumentMeta = {
    id: doc.id,
    kind: 'audit-answer',
    template: 'audit-answer.njk',
    title: format(TITLES.auditAnswer[locale], { title: a.title }),
    orientation: 'portrait',
    date: d?.date ?? (draft ? input.today : (d?.meetingDate ?? input.today)),
    ...(d?.registrationNumber ? { registrationNumber: d.registrationNumber } : {}),
    draft,
    board: answering,
  };
  return {
    meta,
    context: {
      ...common(registry, input, meta),
      audit: {
        id: audit.id,
        title: a.title,
        firm: a.firm,
        auditors: a.auditors,
        reportDate: a.reportDate,
        answerDue: a.answerDue,
        status: a.status,
        statusLabel: label(AUDIT_STATUS, a.status, locale),
        restricted,
        answeringBoard: answering,
        answeringGenitive: genitive(answering.name, locale),
        addressees: a.boards.map((b) => boardRef(registry, b)),
        assessment: restricted ? [] : (a.assessment ?? []),
        summary: restricted ? undefined : a.summary,
        recommendations,
        groups,
        multipleBoards: groups.length > 1,
        decision: d
          ? {
              proposal: d.proposal,
              board: boardRef(registry, d.board),
              meetingDate: d.meetingDate,
              paragraph: d.paragraph,
              registrationNumber: d.registrationNumber,
              date: d.date,
              chair: d.chair,
            }
          : undefined,
        attachments: a.attachments ?? [],
      },
    },
  };
}

// ---------------------------------------------------------------------------------------------------------
// KPIs

const CHART_WORDS = {
  values: { sv: 'Utfall', nb: 'Resultat', en: 'Result' },
  target: { sv: 'Mål', nb: 'Mål', en: 'Target' },
  missing: { sv: 'saknas', nb: 'mangler', en: 'missing' },
  description: {
    sv: 'Linjediagram för {from}–{to}. Mål: {target} ({direction}). Värden: {values}.',
    nb: 'Linjediagram for {from}–{to}. Mål: {target} ({direction}). Verdier: {values}.',
    en: 'Line chart for {from}–{to}. Target: {target} ({direction}). Values: {values}.',
  },
  missingValue: { sv: 'värde saknas', nb: 'verdi mangler', en: 'value missing' },
  notMeasured: { sv: 'mättes inte', nb: 'ble ikke målt', en: 'not measured' },
} satisfies Record<string, Localized>;

export interface KpiRow {
  quarter: string;
  label: string;
  value: number | null;
  valueText: string;
  /** No value though the KPI was measured then: to be called out. */
  missing: boolean;
  /** Before the KPI's first quarter: nothing was expected. */
  notMeasured: boolean;
  comment?: string;
  onTarget?: boolean;
}

export interface KpiView {
  id: string;
  name: string;
  restricted: boolean;
  definition?: string;
  unitLabel?: string;
  directionLabel?: string;
  target?: number;
  targetText?: string;
  owner?: string;
  source?: string;
  rows: KpiRow[];
  latest?: KpiRow;
  status?: 'on-target' | 'below-target' | 'missing';
  change?: 'better' | 'worse' | 'same';
  previous?: KpiRow;
  missing: string[];
  chart?: string;
}

function onTarget(kpi: Kpi, value: number): boolean {
  return kpi.direction === 'lower-is-better' ? value <= kpi.target : value >= kpi.target;
}

function kpiView(registry: Registry, entity: Entity<'kpi'>, quarters: string[], locale: Locale): KpiView {
  const k = entity.data;
  if (isRestricted(registry, entity))
    return { id: entity.id, name: k.name, restricted: true, rows: [], missing: [] };
  const fmt = (v: number) => formatValue(v, k.unit, locale);
  // Measured from `since`, or else from the first quarter the register has (a value or an explicit null):
  // quarters before that were never expected, quarters after it without a value are missing.
  const start = k.since ?? Object.keys(k.values).sort()[0];
  const rows: KpiRow[] = quarters.map((q) => {
    const raw = k.values[q];
    const value = typeof raw === 'number' && Number.isFinite(raw) ? raw : null;
    const notMeasured = value === null && (start === undefined || q < start);
    const comment = k.comments?.[q];
    return {
      quarter: q,
      label: quarterLabel(q, locale),
      value,
      valueText: value === null ? '' : fmt(value),
      missing: value === null && !notMeasured,
      notMeasured,
      ...(comment ? { comment } : {}),
      ...(value !== null ? { onTarget: onTarget(k, value) } : {}),
    };
  });
  const latest = rows[rows.length - 1];
  const previous = rows[rows.length - 2];
  let change: KpiView['change'];
  if (latest?.value != null && previous?.value != null) {
    const delta = latest.value - previous.value;
    const better = k.direction === 'lower-is-better' ? delta < 0 : delta > 0;
    change = delta === 0 ? 'same' : better ? 'better' : 'worse';
  }
  const measured = rows.filter((r) => !r.notMeasured);
  const valuesText = rows
    .map(
      (r) =>
        `${r.label}: ${r.value === null ? CHART_WORDS[r.notMeasured ? 'notMeasured' : 'missingValue'][locale] : r.valueText}`,
    )
    .join('; ');
  const description = format(CHART_WORDS.description[locale], {
    from: rows[0]?.label ?? '',
    to: latest?.label ?? '',
    target: fmt(k.target),
    direction: label(KPI_DIRECTION, k.direction, locale).toLowerCase(),
    values: valuesText,
  });
  const chart = lineChart({
    id: `chart-${entity.id}`,
    title: k.name,
    description,
    categories: measured.map((r) => r.label),
    values: measured.map((r) => r.value),
    target: k.target,
    format: fmt,
    words: {
      values: CHART_WORDS.values[locale],
      target: CHART_WORDS.target[locale],
      missing: CHART_WORDS.missing[locale],
    },
    ...(k.unit === 'percent' ? { max: 100 } : {}),
  });
  return {
    id: entity.id,
    name: k.name,
    restricted: false,
    definition: pickText(k.definition, locale) || undefined,
    unitLabel: label(KPI_UNIT, k.unit, locale),
    directionLabel: label(KPI_DIRECTION, k.direction, locale),
    target: k.target,
    targetText: fmt(k.target),
    owner: roleName(registry, k.owner, locale),
    source: k.source,
    rows,
    latest,
    previous,
    status: latest?.value == null ? 'missing' : latest.onTarget ? 'on-target' : 'below-target',
    change,
    missing: rows.filter((r) => r.missing).map((r) => r.label),
    chart,
  };
}

function kpiViews(registry: Registry, input: ModelInput) {
  const last = reviewQuarter(input.today);
  const quarters = quartersEnding(last, 8);
  const c = collator(input.locale);
  const kpis = valid(registry, 'kpi')
    .map((k) => kpiView(registry, k, quarters, input.locale))
    .sort((a, b) => c.compare(a.name, b.name));
  return {
    quarter: last,
    quarterLabel: quarterLabel(last, input.locale),
    quarters: quarters.map((q) => quarterLabel(q, input.locale)),
    kpis,
  };
}

function kpiReview(registry: Registry, input: ModelInput): DocumentModel {
  const views = kpiViews(registry, input);
  const meta: DocumentMeta = {
    id: 'kpi-review',
    kind: 'kpi-review',
    template: 'kpi-review.njk',
    title: format(TITLES.kpiReview[input.locale], { quarter: views.quarterLabel }),
    orientation: 'portrait',
    date: input.today,
    draft: false,
    ...(executiveBoard(registry) ? { board: executiveBoard(registry) } : {}),
  };
  const open = views.kpis.filter((k) => !k.restricted);
  return {
    meta,
    context: {
      ...common(registry, input, meta),
      review: {
        ...views,
        first: views.quarters[0],
        last: views.quarters[views.quarters.length - 1],
        withMissing: open.filter((k) => k.missing.length > 0),
        onTarget: open.filter((k) => k.status === 'on-target').length,
        belowTarget: open.filter((k) => k.status === 'below-target').length,
        missingLatest: open.filter((k) => k.status === 'missing').length,
        restrictedCount: views.kpis.length - open.length,
      },
    },
  };
}

// ---------------------------------------------------------------------------------------------------------
// Register of processing activities

export interface ProcessingRow {
  id: string;
  name: string;
  restricted: boolean;
  role: 'controller' | 'processor';
  roleLabel: string;
  controller: ControllerRef;
  jointControllers?: { name: string; contact?: string }[];
  controllersServed?: { name: string; contact?: string }[];
  purposes?: string[];
  legalBasis?: { label: string; reference?: string }[];
  dataSubjects?: string[];
  dataSubjectsCount?: number;
  personalData?: string[];
  specialCategories?: string[];
  criminalData?: boolean;
  identityNumbers?: boolean;
  protectedIdentities?: boolean;
  recipients?: { name: string; country?: string }[];
  processors?: { name: string; agreement?: string; agreementReference?: string; country?: string }[];
  transfers?: { country: string; recipient?: string; safeguard: string; reference?: string }[];
  retention?: { period: string; basis?: string; archived?: boolean };
  securityMeasures?: string[];
  systems?: string[];
  dpia?: { status: string; statusLabel: string; date?: string; reference?: string; criteria: string[] };
  dpiaNeeded?: boolean;
  dpiaReasons?: string[];
  automatedDecisions?: boolean;
}

/** Why an activity needs a DPIA: the same grounds the dpia-missing rule uses. */
function dpiaReasons(p: Processing, locale: Locale): string[] {
  const reasons: string[] = [];
  if ((p.specialCategories?.length ?? 0) > 0) reasons.push(DPIA_REASON.special[locale]);
  if (p.criminalData) reasons.push(DPIA_REASON.criminal[locale]);
  if (p.protectedIdentities) reasons.push(DPIA_REASON.protected[locale]);
  const n = p.dpia?.criteria?.length ?? 0;
  if (n >= 2) reasons.push(format(DPIA_REASON.criteria[locale], { n }));
  return reasons;
}

export function processingRow(
  registry: Registry,
  entity: Entity<'processing'>,
  locale: Locale,
): ProcessingRow {
  const p = entity.data;
  const controller = controllerRef(registry, p.controller);
  const role = p.role ?? 'controller';
  const roleLabel = label(PROCESSING_ROLE, role, locale);
  // Name, controller and role stay: the board must be able to say the activity exists, not what it holds.
  if (isRestricted(registry, entity))
    return { id: entity.id, name: p.name, restricted: true, role, roleLabel, controller };
  const systemName = (id: string) => registry.entities.system.get(id)?.data.name ?? id;
  const reasons = dpiaReasons(p, locale);
  return {
    id: entity.id,
    name: p.name,
    restricted: false,
    role,
    roleLabel,
    controller,
    jointControllers: p.jointControllers ?? [],
    controllersServed: p.controllersServed ?? [],
    purposes: p.purposes,
    legalBasis: p.legalBasis.map((b) => ({
      label: label(LEGAL_BASIS, b.basis, locale),
      ...(b.reference ? { reference: b.reference } : {}),
    })),
    dataSubjects: p.dataSubjects,
    ...(p.dataSubjectsCount !== undefined ? { dataSubjectsCount: p.dataSubjectsCount } : {}),
    personalData: p.personalData,
    specialCategories: (p.specialCategories ?? []).map((s) => label(SPECIAL_CATEGORY, s, locale)),
    criminalData: Boolean(p.criminalData),
    identityNumbers: Boolean(p.identityNumbers),
    protectedIdentities: Boolean(p.protectedIdentities),
    recipients: (p.recipients ?? []).map((r) => ({
      name: r.name,
      ...(r.country ? { country: countryName(r.country, locale) } : {}),
    })),
    processors: (p.processors ?? []).map((x) => ({
      name: x.name,
      ...(x.agreement ? { agreement: x.agreement } : {}),
      ...(x.agreementReference ? { agreementReference: x.agreementReference } : {}),
      ...(x.country ? { country: countryName(x.country, locale) } : {}),
    })),
    transfers: (p.thirdCountryTransfers ?? []).map((t) => ({
      country: countryName(t.country, locale),
      ...(t.recipient ? { recipient: t.recipient } : {}),
      safeguard: label(SAFEGUARD, t.safeguard, locale),
      ...(t.reference ? { reference: t.reference } : {}),
    })),
    retention: p.retention,
    securityMeasures: p.securityMeasures,
    systems: (p.systems ?? []).map(systemName),
    ...(p.dpia
      ? {
          dpia: {
            status: p.dpia.status,
            statusLabel: label(DPIA_STATUS, p.dpia.status, locale),
            ...(p.dpia.date ? { date: p.dpia.date } : {}),
            ...(p.dpia.reference ? { reference: p.dpia.reference } : {}),
            criteria: (p.dpia.criteria ?? []).map((c) => label(DPIA_CRITERION, c, locale)),
          },
        }
      : {}),
    dpiaNeeded: reasons.length > 0,
    dpiaReasons: reasons,
    automatedDecisions: Boolean(p.automatedDecisions),
  };
}

function contactsOf(registry: Registry, roleId: string | undefined, locale: Locale) {
  if (!roleId) return undefined;
  const role = registry.organisation?.data.roles?.[roleId];
  return {
    role: roleName(registry, roleId, locale),
    emails: (role?.people ?? []).map((p) => p.email).filter((e): e is string => Boolean(e)),
  };
}

function processingRegister(registry: Registry, board: ControllerRef, input: ModelInput): DocumentModel {
  const { locale } = input;
  const c = collator(locale);
  const contacts = controllerContacts(registry, board.id);
  const rows = valid(registry, 'processing')
    .filter((p) => controllerIdOf(p.data) === board.id)
    .map((p) => processingRow(registry, p, locale))
    .sort((a, b) => c.compare(a.name, b.name));
  const dpoRole =
    contacts.dpo ??
    Object.entries(registry.organisation?.data.roles ?? {}).find(
      ([, r]) => r?.kind === 'dpo' && (!r.board || r.board === board.id),
    )?.[0];
  const meta: DocumentMeta = {
    id: processingRegisterId(board),
    kind: 'processing-register',
    template: 'processing-register.njk',
    title: format(TITLES.processingRegister[locale], { board: board.name }),
    orientation: 'landscape',
    date: input.today,
    draft: false,
    board: { id: board.id, name: board.name },
  };
  const open = rows.filter((r) => !r.restricted);
  return {
    meta,
    context: {
      ...common(registry, input, meta),
      register: {
        board,
        contact: contacts.contact,
        chair: contactsOf(registry, contacts.chair, locale),
        dpo: contactsOf(registry, dpoRole, locale),
        delegatedTo: contactsOf(registry, contacts.delegatedTo, locale),
        controllerRows: rows.filter((r) => r.role === 'controller'),
        processorRows: rows.filter((r) => r.role === 'processor'),
        total: rows.length,
        restrictedCount: rows.length - open.length,
      },
    },
    csv: rows,
  };
}

// ---------------------------------------------------------------------------------------------------------
// Systems and classification

function systemsOverview(registry: Registry, input: ModelInput): DocumentModel {
  const { locale } = input;
  const c = collator(locale);
  const inForce = classificationsInForce(registry);
  const bySystem = assetsBySystem(registry);
  const months =
    registry.organisation?.data.reviewMonths?.classification ?? DEFAULT_REVIEW_MONTHS.classification;
  const aspects = registry.model.aspects.map((a) => a.id);

  const systems = valid(registry, 'system')
    .filter((s) => s.data.status !== 'retired')
    .map((s) => {
      const board = boardRef(registry, s.data.board);
      if (isRestricted(registry, s, inForce)) return { id: s.id, name: s.data.name, board, restricted: true };
      const required = requiredProtection(s.id, bySystem, inForce);
      const levels = aspects.map((aspect) => {
        const have = s.data.protection[aspect];
        const need = required.get(aspect)?.level;
        return { aspect, have, need, below: need !== undefined && (have === undefined || have < need) };
      });
      return {
        id: s.id,
        name: s.data.name,
        board,
        restricted: false,
        description: pickText(s.data.description, locale) || undefined,
        owner: roleName(registry, s.data.owner, locale),
        administrator: roleName(registry, s.data.administrator, locale),
        supplier: s.data.supplier,
        hosting: label(HOSTING, s.data.hosting, locale),
        hostingCountry: s.data.hostingCountry ? countryName(s.data.hostingCountry, locale) : undefined,
        status: label(SYSTEM_STATUS, s.data.status ?? 'active', locale),
        levels,
        below: levels.some((l) => l.below),
        assets: (bySystem.get(s.id) ?? []).map((a) =>
          isRestricted(registry, a, inForce) ? null : a.data.name,
        ),
      };
    })
    .sort((a, b) => c.compare(a.board.name, b.board.name) || c.compare(a.name, b.name));

  const assets = valid(registry, 'asset')
    .map((a) => {
      const board = boardRef(registry, a.data.board);
      if (isRestricted(registry, a, inForce)) return { id: a.id, name: a.data.name, board, restricted: true };
      const cl = inForce.get(a.id);
      const due = cl ? classificationReviewDue(cl.data, months) : undefined;
      return {
        id: a.id,
        name: a.data.name,
        board,
        restricted: false,
        owner: roleName(registry, a.data.owner, locale),
        systems: (a.data.systems ?? []).map((id) => registry.entities.system.get(id)?.data.name ?? id),
        personalData: Boolean(
          a.data.personalData &&
            ((a.data.personalData.categories?.length ?? 0) > 0 ||
              (a.data.personalData.dataSubjects?.length ?? 0) > 0),
        ),
        classified: cl?.data.date,
        levels: aspects.map((aspect) => ({ aspect, level: cl?.data.levels[aspect]?.level })),
        reviewDue: due,
        overdue: due !== undefined && due < input.today,
      };
    })
    .sort((a, b) => c.compare(a.board.name, b.board.name) || c.compare(a.name, b.name));

  const group = <T extends { board: BoardRef }>(rows: T[]) => {
    const out: { board: BoardRef; rows: T[] }[] = [];
    for (const r of rows) {
      const last = out[out.length - 1];
      if (last && last.board.id === r.board.id) last.rows.push(r);
      else out.push({ board: r.board, rows: [r] });
    }
    return out;
  };
  const retired = valid(registry, 'system').filter((s) => s.data.status === 'retired').length;
  const meta: DocumentMeta = {
    id: 'systems-overview',
    kind: 'systems-overview',
    template: 'systems-overview.njk',
    title: TITLES.systemsOverview[locale],
    orientation: 'landscape',
    date: input.today,
    draft: false,
    ...(executiveBoard(registry) ? { board: executiveBoard(registry) } : {}),
  };
  const openAssets = assets.filter((a) => !a.restricted);
  return {
    meta,
    context: {
      ...common(registry, input, meta),
      overview: {
        method: registry.model.method,
        systemGroups: group(systems),
        assetGroups: group(assets),
        systemCount: systems.length,
        belowCount: systems.filter((s) => 'below' in s && s.below).length,
        assetCount: assets.length,
        classifiedCount: assets.filter((a) => inForce.has(a.id)).length,
        overdueCount: openAssets.filter((a) => 'overdue' in a && a.overdue).length,
        restrictedSystems: systems.filter((s) => s.restricted).length,
        restrictedAssets: assets.length - openAssets.length,
        retired,
        levelLabels: registry.model.levels.map((l) => ({
          value: l.value,
          label: levelLabel(registry.model, l.value, locale),
        })),
      },
    },
  };
}

// ---------------------------------------------------------------------------------------------------------
// Yearly report

function yearlyReport(registry: Registry, input: ModelInput): DocumentModel {
  const { locale, today } = input;
  const c = collator(locale);
  const inForce = classificationsInForce(registry);
  const bySystem = assetsBySystem(registry);
  const months =
    registry.organisation?.data.reviewMonths?.classification ?? DEFAULT_REVIEW_MONTHS.classification;
  const year = today.slice(0, 4);

  // Governing documents.
  const typeOrder = ['policy', 'guideline', 'routine', 'instruction', 'plan'];
  const documents = valid(registry, 'document')
    .map((d) => {
      const x = d.data;
      if (isRestricted(registry, d))
        return { id: d.id, title: x.title, restricted: true, typeRank: typeOrder.indexOf(x.type) };
      return {
        id: d.id,
        title: x.title,
        restricted: false,
        typeRank: typeOrder.indexOf(x.type),
        type: label(DOCUMENT_TYPE, x.type, locale),
        status: x.status,
        statusLabel: label(DOCUMENT_STATUS, x.status, locale),
        decidedBy: x.decidedBy
          ? boardRef(registry, x.decidedBy).name
          : x.decidedByRole
            ? roleName(registry, x.decidedByRole, locale)
            : undefined,
        decision: x.decision,
        owner: roleName(registry, x.owner, locale),
        nextReview: x.nextReview,
        reviewOverdue: x.status === 'decided' && x.nextReview !== undefined && x.nextReview < today,
        communicated: x.communicated,
        notCommunicated:
          x.status === 'decided' &&
          Boolean(x.decision?.date) &&
          !(x.communicated && x.communicated >= (x.decision?.date ?? '')),
      };
    })
    .sort((a, b) => a.typeRank - b.typeRank || c.compare(a.title, b.title));
  const openDocs = documents.filter((d) => !d.restricted);

  // Classification.
  const assets = valid(registry, 'asset');
  const boardRows = new Map<
    string,
    { board: BoardRef; assets: number; classified: number; overdue: number }
  >();
  for (const b of boards(registry))
    boardRows.set(b.id, { board: { id: b.id, name: b.name }, assets: 0, classified: 0, overdue: 0 });
  const unclassified: { name: string; board: string; owner: string; restricted: boolean }[] = [];
  const overdueReviews: {
    name: string;
    board: string;
    classified: string;
    due: string;
    restricted: boolean;
  }[] = [];
  for (const a of assets) {
    let row = boardRows.get(a.data.board);
    if (!row) {
      row = { board: boardRef(registry, a.data.board), assets: 0, classified: 0, overdue: 0 };
      boardRows.set(a.data.board, row);
    }
    row.assets++;
    const restricted = isRestricted(registry, a, inForce);
    const cl = inForce.get(a.id);
    if (!cl) {
      unclassified.push({
        name: a.data.name,
        board: row.board.name,
        owner: roleName(registry, a.data.owner, locale),
        restricted,
      });
      continue;
    }
    row.classified++;
    const due = classificationReviewDue(cl.data, months);
    if (due < today) {
      row.overdue++;
      overdueReviews.push({
        name: a.data.name,
        board: row.board.name,
        classified: cl.data.date,
        due,
        restricted,
      });
    }
  }
  const classifiedCount = assets.length - unclassified.length;

  // Systems protected below the information they handle.
  const gaps: {
    system: string;
    board: string;
    aspect: string;
    have?: number;
    need: number;
    asset: string;
    assetRestricted: boolean;
  }[] = [];
  let restrictedGaps = 0;
  const systemsBelow = new Set<string>();
  const activeSystems = valid(registry, 'system').filter((s) => s.data.status !== 'retired');
  for (const s of activeSystems) {
    for (const [aspect, req] of requiredProtection(s.id, bySystem, inForce)) {
      const have = s.data.protection[aspect];
      if (have !== undefined && have >= req.level) continue;
      systemsBelow.add(s.id);
      // A restricted system's weaknesses are exactly what a public document must not list.
      if (isRestricted(registry, s, inForce)) {
        restrictedGaps++;
        continue;
      }
      gaps.push({
        system: s.data.name,
        board: boardRef(registry, s.data.board).name,
        aspect: aspectLabel(registry.model, aspect, locale),
        ...(have !== undefined ? { have } : {}),
        need: req.level,
        asset: req.asset.data.name,
        assetRestricted: isRestricted(registry, req.asset, inForce),
      });
    }
  }
  gaps.sort((a, b) => c.compare(a.system, b.system));

  // Processing activities and DPIAs.
  const processing = valid(registry, 'processing');
  const perBoard = controllerBoards(registry).map((b) => {
    const mine = processing.filter((p) => controllerIdOf(p.data) === b.id);
    const needing = mine.filter((p) => dpiaReasons(p.data, locale).length > 0);
    return {
      board: b,
      total: mine.length,
      sensitive: mine.filter((p) => (p.data.specialCategories?.length ?? 0) > 0 || p.data.criminalData)
        .length,
      dpiaNeeded: needing.length,
      dpiaDone: needing.filter((p) => p.data.dpia?.status === 'done').length,
    };
  });
  const dpiaRows = processing
    .map((p) => processingRow(registry, p, locale))
    .filter((r) => r.restricted || r.dpiaNeeded || (r.dpia && r.dpia.status !== 'not-needed'))
    .sort((a, b) => c.compare(a.controller.name, b.controller.name) || c.compare(a.name, b.name));
  const dpiaNeeded = processing.filter((p) => dpiaReasons(p.data, locale).length > 0);

  // Audits: open recommendations and overdue actions.
  const openRecommendations: {
    audit: string;
    number: number;
    text: string;
    board: string;
    open: number;
    nextDue?: string;
  }[] = [];
  const overdueActions: { audit: string; text: string; owner: string; due: string; statusLabel: string }[] =
    [];
  let restrictedOpen = 0;
  let restrictedOverdue = 0;
  let actionsDone = 0;
  let actionsTotal = 0;
  for (const audit of valid(registry, 'audit')) {
    const a = audit.data;
    if (a.status === 'closed') continue;
    const restricted = isRestricted(registry, audit);
    a.recommendations.forEach((r, i) => {
      const actions = plannedActions(registry, r, input);
      actionsTotal += actions.filter((p) => p.status !== 'cancelled').length;
      actionsDone += actions.filter((p) => p.status === 'done').length;
      const open = actions.filter((p) => p.status === 'planned' || p.status === 'in-progress');
      const overdue = open.filter((p) => p.overdue);
      if (restricted) {
        if (open.length > 0 || !r.answer) restrictedOpen++;
        restrictedOverdue += overdue.length;
        return;
      }
      if (open.length > 0 || !r.answer) {
        const nextDue = open.map((p) => p.due).sort()[0];
        openRecommendations.push({
          audit: a.title,
          number: i + 1,
          text: r.text,
          board: boardRef(registry, r.board).name,
          open: open.length,
          ...(nextDue ? { nextDue } : {}),
        });
      }
      for (const p of overdue)
        overdueActions.push({
          audit: a.title,
          text: p.text,
          owner: p.owner,
          due: p.due,
          statusLabel: p.statusLabel,
        });
    });
  }
  overdueActions.sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0));

  // The yearly cycle.
  const cycle = valid(registry, 'cycle')
    .map((e) => {
      const x = e.data;
      const first = Math.min(...x.months);
      if (isRestricted(registry, e)) return { name: x.name, restricted: true, first };
      return {
        name: x.name,
        restricted: false,
        first,
        months: [...x.months].sort((m1, m2) => m1 - m2).map((m) => monthName(m, locale)),
        owner: roleName(registry, x.owner, locale),
      };
    })
    .sort((a, b) => a.first - b.first || c.compare(a.name, b.name));

  const kpis = kpiViews(registry, input);
  const openKpis = kpis.kpis.filter((k) => !k.restricted);
  const board = executiveBoard(registry);
  const meta: DocumentMeta = {
    id: 'yearly-report',
    kind: 'yearly-report',
    template: 'yearly-report.njk',
    title: format(TITLES.yearlyReport[locale], { year }),
    orientation: 'portrait',
    date: today,
    draft: false,
    ...(board ? { board } : {}),
  };
  return {
    meta,
    context: {
      ...common(registry, input, meta),
      report: {
        year,
        figures: {
          documents: documents.length,
          documentsDecided:
            openDocs.filter((d) => d.status === 'decided').length + (documents.length - openDocs.length),
          documentsDraft: openDocs.filter((d) => d.status === 'draft').length,
          documentsOverdue: openDocs.filter((d) => d.reviewOverdue).length,
          documentsNotCommunicated: openDocs.filter((d) => d.notCommunicated).length,
          assets: assets.length,
          classified: classifiedCount,
          coverage: assets.length ? Math.round((classifiedCount / assets.length) * 1000) / 10 : undefined,
          reviewsOverdue: overdueReviews.length,
          systems: activeSystems.length,
          systemsBelow: systemsBelow.size,
          processing: processing.length,
          dpiaNeeded: dpiaNeeded.length,
          dpiaDone: dpiaNeeded.filter((p) => p.data.dpia?.status === 'done').length,
          recommendationsOpen: openRecommendations.length + restrictedOpen,
          actionsOverdue: overdueActions.length + restrictedOverdue,
          actionsDone,
          actionsTotal,
          kpis: openKpis.length,
          kpisOnTarget: openKpis.filter((k) => k.status === 'on-target').length,
          kpisMissing: openKpis.filter((k) => k.status === 'missing').length,
        },
        documents,
        classification: {
          boards: [...boardRows.values()].filter((r) => r.assets > 0),
          unclassified: unclassified.sort((a, b) => c.compare(a.name, b.name)),
          overdue: overdueReviews.sort((a, b) => (a.due < b.due ? -1 : 1)),
        },
        protection: { gaps, restrictedGaps },
        processing: { boards: perBoard, dpiaRows },
        kpis,
        audits: { openRecommendations, overdueActions, restrictedOpen, restrictedOverdue },
        cycle,
      },
    },
  };
}

// ---------------------------------------------------------------------------------------------------------

/** Every document the registry gives, in the order of `documentIds`. */
export function buildDocuments(
  registry: Registry,
  input: ModelInput,
  only?: ReadonlySet<string>,
): DocumentModel[] {
  const want = (id: string) => !only || only.has(id);
  const out: DocumentModel[] = [];
  for (const a of valid(registry, 'audit')) {
    for (const d of auditAnswers(a)) if (want(d.id)) out.push(auditAnswer(registry, a, input, d));
  }
  if (want('yearly-report')) out.push(yearlyReport(registry, input));
  if (want('kpi-review')) out.push(kpiReview(registry, input));
  for (const b of controllerBoards(registry))
    if (want(processingRegisterId(b))) out.push(processingRegister(registry, b, input));
  if (want('systems-overview')) out.push(systemsOverview(registry, input));
  return out;
}
