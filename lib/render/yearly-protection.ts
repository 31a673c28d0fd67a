// The yearly report's systems protected below what the information they handle requires.

import { assetsBySystem, isRestricted, requiredProtection } from '../derive.js';
import { aspectLabel } from '../model.js';
import { boardRef, valid } from './common.js';
import type { YearlyScope } from './yearly-scope.js';

export function yearlyProtection({ registry, input, mine, c, inForce }: YearlyScope) {
  const { locale } = input;
  const bySystem = assetsBySystem(registry);
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
  const activeSystems = valid(registry, 'system').filter(
    (s) => s.data.status !== 'retired' && mine(s.data.board),
  );
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

  return {
    protection: { gaps, restrictedGaps },
    figures: { systems: activeSystems.length, systemsBelow: systemsBelow.size },
  };
}
