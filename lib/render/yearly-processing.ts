// The yearly report's processing activities and DPIAs, per controller (whether one is needed: facts/dpia.ts).

import { controllerIdOf } from '../controller.js';
import { dpiaOf } from '../facts/dpia.js';
import { valid } from './common.js';
import { controllerBoards } from './documents.js';
import { processingRow } from './processing-register.js';
import type { YearlyScope } from './yearly-scope.js';

export function yearlyProcessing({ registry, input, mine, c }: YearlyScope) {
  const { locale } = input;
  const processing = valid(registry, 'processing').filter((p) => mine(controllerIdOf(p.data)));
  const perBoard = controllerBoards(registry)
    .filter((b) => mine(b.id))
    .map((b) => {
      const mine = processing.filter((p) => controllerIdOf(p.data) === b.id);
      const needing = mine.filter((p) => dpiaOf(p.data).needed);
      return {
        board: b,
        total: mine.length,
        sensitive: mine.filter((p) => (p.data.specialCategories?.length ?? 0) > 0 || p.data.criminalData)
          .length,
        dpiaNeeded: needing.length,
        dpiaDone: needing.filter((p) => dpiaOf(p.data).done).length,
      };
    });
  const dpiaRows = processing
    .map((p) => processingRow(registry, p, locale))
    .filter((r) => r.restricted || r.dpiaNeeded || (r.dpia && r.dpia.status !== 'not-needed'))
    .sort((a, b) => c.compare(a.controller.name, b.controller.name) || c.compare(a.name, b.name));
  const dpiaNeeded = processing.filter((p) => dpiaOf(p.data).needed);

  return {
    processing: { boards: perBoard, dpiaRows },
    figures: {
      processing: processing.length,
      dpiaNeeded: dpiaNeeded.length,
      dpiaDone: dpiaNeeded.filter((p) => dpiaOf(p.data).done).length,
    },
  };
}
