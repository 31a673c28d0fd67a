// How a change to a KPI is told: values per quarter and the target.
import type { Locale } from '../../locale.js';
import { KPI_UNIT, label, quarterLabel } from '../../render/labels.js';
import { str } from '../context.js';
import type { ChangeDetail, Describe } from '../types.js';

export const describeKpi: Describe = (a, b, ctx, { change }) => {
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

function formatValue(value: number, unit: string, locale: Locale): string {
  const n = new Intl.NumberFormat(locale === 'en' ? 'en-GB' : locale === 'nb' ? 'nb-NO' : 'sv-SE', {
    maximumFractionDigits: 2,
  }).format(value);
  if (unit === 'percent') return locale === 'en' ? `${n}%` : `${n} %`;
  if (unit === 'count' || unit === 'score' || !unit) return n;
  return `${n} ${label(KPI_UNIT, unit as never, locale)}`;
}
