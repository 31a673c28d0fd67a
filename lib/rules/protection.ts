import { requiredProtectionBySystem } from '../derive.js';
import { inEveryLocale, label } from '../finding.js';
import { aspectLabel, levelLabel } from '../model.js';
import { type Rule, valid } from './context.js';

export const protectionBelowClassification: Rule = {
  id: 'protection-below-classification',
  severity: 'error',
  description: 'rule.protection-below-classification.description',
  message: 'rule.protection-below-classification.message',
  hint: 'rule.protection-below-classification.hint',
  check(ctx) {
    const { registry } = ctx;
    const required = requiredProtectionBySystem(registry);
    const aspects = new Set(registry.model.aspects.map((a) => a.id));
    for (const system of valid(registry, 'system')) {
      if (system.data.status === 'retired') continue;
      for (const [aspect, req] of required.get(system.id) ?? []) {
        // A misspelt aspect is unknown-aspect's finding; comparing with it would only repeat it.
        if (!aspects.has(aspect)) continue;
        const have = system.data.protection[aspect];
        if (have !== undefined && have >= req.level) continue;
        ctx.report(
          this,
          {
            entity: system,
            path: have === undefined ? ['protection'] : ['protection', aspect],
            key: have === undefined,
          },
          {
            system: label(system.data.name),
            have: have ?? '–',
            aspect: inEveryLocale((l) => aspectLabel(registry.model, aspect, l).toLowerCase()),
            asset: label(req.asset.data.name),
            need: req.level,
            needLabel: inEveryLocale((l) => levelLabel(registry.model, req.level, l, aspect)),
            classification: req.classification.file,
          },
        );
      }
    }
  },
};

export const assetUnclassified: Rule = {
  id: 'asset-unclassified',
  severity: 'warning',
  description: 'rule.asset-unclassified.description',
  message: 'rule.asset-unclassified.message',
  hint: 'rule.asset-unclassified.hint',
  check(ctx) {
    const classified = new Set<string>();
    for (const c of ctx.registry.entities.classification.values()) {
      const asset = (c.data as { asset?: unknown }).asset;
      if (typeof asset === 'string') classified.add(asset);
    }
    for (const asset of valid(ctx.registry, 'asset')) {
      if (!classified.has(asset.id))
        ctx.report(this, { entity: asset, path: ['name'] }, { asset: label(asset.data.name), id: asset.id });
    }
  },
};

export const PROTECTION_RULES = [protectionBelowClassification, assetUnclassified];
