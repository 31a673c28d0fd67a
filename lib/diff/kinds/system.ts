// How a change to a system is told: protection levels, status and hosting.
import { aspectLabel } from '../../model.js';
import { HOSTING, label, SYSTEM_STATUS } from '../../render/labels.js';
import { lower, str } from '../context.js';
import type { ChangeDetail, Data, Describe } from '../types.js';
import { levelChanges, levelsOf } from './levels.js';

export const describeSystem: Describe = (a, b, ctx, { change }) => {
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
