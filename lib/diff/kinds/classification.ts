// How a new, changed or removed classification is told: level by level against the one in force.
import { classificationsInForce } from '../../derive.js';
import { str } from '../context.js';
import type { ChangeDetail, Describe } from '../types.js';
import { levelChanges, levelsOf } from './levels.js';

export const describeClassification: Describe = (a, b, ctx, { change }) => {
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
