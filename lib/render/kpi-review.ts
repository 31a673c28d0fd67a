// The quarterly KPI review's view model, and the KPI views the yearly report shares.
import { isRestricted } from '../derive.js';
import { quartersEnding, reviewQuarter } from '../facts/quarters.js';
import { type MessageKey, t } from '../i18n/index.js';
import type { Kpi } from '../kinds.js';
import { KPI_DIRECTION, KPI_UNIT, label, quarterLabel, TITLES } from '../labels.js';
import { type Locale, pickTextLang } from '../locale.js';
import type { Entity, Registry } from '../registry.js';
import { roleName } from '../roles.js';
import { formatValue } from '../values.js';
import { lineChart } from './charts.js';
import {
  collator,
  common,
  type DocumentMeta,
  type DocumentModel,
  executiveBoard,
  type ModelInput,
  valid,
} from './common.js';
import { docWord } from './document-words.js';

export const CHART_WORDS = {
  values: 'documents.kpi.result',
  target: 'documents.kpi.target',
  missing: 'documents.kpi.missing',
  description: 'chart.description',
  missingValue: 'chart.missingValue',
  notMeasured: 'documents.kpi.notMeasured',
} satisfies Record<string, MessageKey>;

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

export function onTarget(kpi: Kpi, value: number): boolean {
  return kpi.direction === 'lower-is-better' ? value <= kpi.target : value >= kpi.target;
}

export function definitionOf(registry: Registry, k: Kpi, locale: Locale) {
  const picked = pickTextLang(k.definition, locale, registry.organisation?.data.locale ?? 'sv');
  return picked.text ? { definition: picked.text, definitionLang: picked.lang } : {};
}

export function kpiView(
  registry: Registry,
  entity: Entity<'kpi'>,
  quarters: string[],
  locale: Locale,
): KpiView {
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
        `${r.label}: ${r.value === null ? t(locale, CHART_WORDS[r.notMeasured ? 'notMeasured' : 'missingValue']) : r.valueText}`,
    )
    .join('; ');
  const description = t(locale, CHART_WORDS.description, {
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
      values: t(locale, CHART_WORDS.values),
      target: t(locale, CHART_WORDS.target),
      missing: t(locale, CHART_WORDS.missing),
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

export function kpiReview(registry: Registry, input: ModelInput): DocumentModel {
  const views = kpiViews(registry, input);
  const meta: DocumentMeta = {
    id: 'kpi-review',
    kind: 'kpi-review',
    template: 'kpi-review.njk',
    title: t(input.locale, TITLES.kpiReview, { quarter: views.quarterLabel }),
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
