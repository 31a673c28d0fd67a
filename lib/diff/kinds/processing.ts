// How a change to a processing activity is told: DPIA, special categories, transfers, systems, processors.
import { dpiaOf } from '../../facts/dpia.js';
import type { Processing } from '../../kinds.js';
import { format } from '../../locale.js';
import { DPIA_STATUS, label, SAFEGUARD, SPECIAL_CATEGORY } from '../../render/labels.js';
import { asList, type Ctx, listDelta, lower, sameData, str } from '../context.js';
import type { ChangeDetail, Data, Describe } from '../types.js';

/** The grounds `dpiaOf` gives, in the diff's words (mid-sentence, lower case). */
function dpiaReasons(d: Data, ctx: Ctx): string[] {
  const word = {
    special: 'dpiaReasonSpecial',
    criminal: 'dpiaReasonCriminal',
    protected: 'dpiaReasonProtected',
  } as const;
  return dpiaOf(d as Partial<Processing>).reasons.map((r) =>
    r.code === 'criteria' ? format(ctx.word('dpiaReasonCriteria'), { n: r.n }) : ctx.word(word[r.code]),
  );
}

export const describeProcessing: Describe = (a, b, ctx, { change }) => {
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
    if (dpiaOf(b as Partial<Processing>).missing)
      details.push(ctx.t('withoutDpia', { reasons: reasons.join(', ') }));
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
  if (dpiaOf(b as Partial<Processing>).missing && !dpiaOf(a as Partial<Processing>).missing)
    details.push(ctx.t('dpiaNowNeeded', { reasons: dpiaReasons(b, ctx).join(', ') }));
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
