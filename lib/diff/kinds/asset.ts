// How a change to an information asset is told.
import { asList, listDelta, str } from '../context.js';
import type { ChangeDetail, Data, Describe } from '../types.js';

export const describeAsset: Describe = (a, b, ctx, { change }) => {
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
