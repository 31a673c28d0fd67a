// The yearly report's classification section: assets per board, the unclassified and the reviews overdue.

import { classificationReviewDue, isRestricted } from '../derive.js';
import { DEFAULT_REVIEW_MONTHS } from '../model.js';
import { roleName } from '../roles.js';
import { type BoardRef, boardRef, boards, valid } from './common.js';
import type { YearlyScope } from './yearly-scope.js';

export function yearlyClassification({ registry, input, mine, c, inForce }: YearlyScope) {
  const { locale, today } = input;
  const months =
    registry.organisation?.data.reviewMonths?.classification ?? DEFAULT_REVIEW_MONTHS.classification;
  const assets = valid(registry, 'asset').filter((a) => mine(a.data.board));
  const boardRows = new Map<
    string,
    { board: BoardRef; assets: number; classified: number; overdue: number }
  >();
  for (const b of boards(registry).filter((x) => mine(x.id)))
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
    let row = boardRows.get(a.data.board ?? '');
    if (!row) {
      row = { board: boardRef(registry, a.data.board), assets: 0, classified: 0, overdue: 0 };
      boardRows.set(a.data.board ?? '', row);
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

  return {
    classification: {
      boards: [...boardRows.values()].filter((r) => r.assets > 0),
      unclassified: unclassified.sort((a, b) => c.compare(a.name, b.name)),
      overdue: overdueReviews.sort((a, b) => (a.due < b.due ? -1 : 1)),
    },
    figures: {
      assets: assets.length,
      classified: classifiedCount,
      coverage: assets.length ? Math.round((classifiedCount / assets.length) * 1000) / 10 : undefined,
      reviewsOverdue: overdueReviews.length,
    },
  };
}
