import {
  type ControllerRef,
  controllerContacts,
  controllerIdOf,
  controllerRef,
  controllers,
  processingRegisterId,
} from '../controller.js';
import {
  assetsBySystem,
  classificationReviewDue,
  classificationsInForce,
  isRestricted,
  requiredProtection,
} from '../derive.js';
import type { Kpi, Processing } from '../kinds.js';
import { format, type Locale, type Localized, pickText, pickTextLang } from '../locale.js';
import { DEFAULT_REVIEW_MONTHS, levelLabel } from '../model.js';
import type { Entity, Registry } from '../registry.js';
import { roleName } from '../roles.js';
import { auditAnswer, auditAnswers, auditFollowUp, followUpBoards } from './audit.js';
import { lineChart } from './charts.js';
import {
  type BoardRef,
  boardRef,
  boards,
  collator,
  common,
  type DocumentMeta,
  type DocumentModel,
  executiveBoard,
  type ModelInput,
  valid,
} from './common.js';
import { docWord } from './dictionary.js';
import { countryName, formatValue } from './format.js';
import {
  DPIA_CRITERION,
  DPIA_REASON,
  DPIA_STATUS,
  HOSTING,
  hostingNamesCountry,
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
import { yearlyReport } from './yearly.js';

// Registry → view models for the templates. Pure: no files, no clock, no browser. Everything a template
// shows is decided here (what is restricted, what is overdue, which quarters are missing), so the
// templates only lay it out and an adopter's own templates cannot leak what this module withholds.

export { answeringBoards, type PlannedActionView, type RecommendationView } from './audit.js';
// The shared view types and helpers live in common.ts; the audit documents in audit.ts.
export type {
  BoardRef,
  Commit,
  CommonView,
  DocumentKind,
  DocumentMeta,
  DocumentModel,
  ModelInput,
  Orientation,
} from './common.js';

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
export function controllerBoards(registry: Registry): ControllerRef[] {
  return controllers(
    registry,
    valid(registry, 'processing').map((p) => p.data),
  );
}

/**
 * The boards besides the executive board that get their own yearly report: each board with information,
 * systems, processing activities or audit recommendations of its own (the council gets none).
 */
export function reportBoards(registry: Registry): BoardRef[] {
  const exec = executiveBoard(registry)?.id;
  const owning = new Set<string>();
  for (const a of valid(registry, 'asset')) owning.add(a.data.board ?? '');
  for (const s of valid(registry, 'system')) owning.add(s.data.board ?? '');
  for (const p of valid(registry, 'processing')) owning.add(controllerIdOf(p.data));
  for (const a of valid(registry, 'audit')) for (const r of a.data.recommendations) owning.add(r.board);
  return boards(registry)
    .filter((b) => b.id !== exec && b.type !== 'council' && owning.has(b.id))
    .map((b) => ({ id: b.id, name: b.name }));
}

export function documentIds(registry: Registry): string[] {
  return [
    ...valid(registry, 'audit').flatMap((a) => auditAnswers(a).map((d) => d.id)),
    ...followUpBoards(registry).map((b) => `audit-followup-${b.id}`),
    'yearly-report',
    ...reportBoards(registry).map((b) => `yearly-report-${b.id}`),
    'kpi-review',
    ...controllerBoards(registry).map(processingRegisterId),
    'systems-overview',
  ];
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
  /** The definition's language, when another than the document's is all the register has. */
  definitionLang?: Locale;
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

function definitionOf(registry: Registry, k: Kpi, locale: Locale) {
  const picked = pickTextLang(k.definition, locale, registry.organisation?.data.locale ?? 'sv');
  return picked.text ? { definition: picked.text, definitionLang: picked.lang } : {};
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
    ...definitionOf(registry, k, locale),
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

export function kpiViews(registry: Registry, input: ModelInput) {
  const last = reviewQuarter(input.today);
  const quarters = quartersEnding(last, 8);
  const c = collator(input.locale);
  const kpis = valid(registry, 'kpi')
    .map((k) => kpiView(registry, k, quarters, input.locale))
    .sort((a, b) => c.compare(a.name, b.name));
  // "The last eight quarters" only when eight were measured: else the quarters since the first measurement.
  const firstMeasured = Math.min(
    quarters.length - 1,
    ...kpis
      .filter((k) => !k.restricted)
      .map((k) => k.rows.findIndex((r) => !r.notMeasured))
      .filter((i) => i >= 0),
  );
  const shown = quarters.slice(firstMeasured).map((q) => quarterLabel(q, input.locale));
  const windowText =
    shown.length === 8
      ? docWord(input.locale, 'kpiWindowFull', { from: shown[0], to: shown.at(-1) })
      : docWord(input.locale, 'kpiWindow', { n: shown.length, from: shown[0], to: shown.at(-1) });
  return {
    quarter: last,
    quarterLabel: quarterLabel(last, input.locale),
    quarters: quarters.map((q) => quarterLabel(q, input.locale)),
    measuredQuarters: shown.length,
    windowText,
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
        // The charts show the quarters since the first measurement (at most eight).
        first: views.quarters[views.quarters.length - views.measuredQuarters],
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
export function dpiaReasons(p: Processing, locale: Locale): string[] {
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
        hostingCountry:
          s.data.hostingCountry && !hostingNamesCountry(s.data.hosting, s.data.hostingCountry)
            ? countryName(s.data.hostingCountry, locale)
            : undefined,
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
  for (const b of followUpBoards(registry))
    if (want(`audit-followup-${b.id}`)) out.push(auditFollowUp(registry, b, input));
  if (want('yearly-report')) out.push(yearlyReport(registry, input));
  for (const b of reportBoards(registry))
    if (want(`yearly-report-${b.id}`)) out.push(yearlyReport(registry, input, b));
  if (want('kpi-review')) out.push(kpiReview(registry, input));
  for (const b of controllerBoards(registry))
    if (want(processingRegisterId(b))) out.push(processingRegister(registry, b, input));
  if (want('systems-overview')) out.push(systemsOverview(registry, input));
  return out;
}
