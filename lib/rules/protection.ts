import { requiredProtectionBySystem } from '../derive.js';
import { aspectLabel, levelLabel } from '../model.js';
import { type Rule, valid } from './context.js';

export const protectionBelowClassification: Rule = {
  id: 'protection-below-classification',
  severity: 'error',
  description: {
    sv: 'System skyddat under den högst klassade informationen det hanterar.',
    nb: 'System beskyttet under den høyest klassifiserte informasjonen det behandler.',
    en: 'A system protected below the most sensitive information it handles.',
  },
  message: {
    sv: '{system} har skyddsnivå {have} för {aspect} men hanterar "{asset}", klassad {need} ({needLabel}).',
    nb: '{system} har beskyttelsesnivå {have} for {aspect}, men behandler «{asset}», klassifisert {need} ({needLabel}).',
    en: '{system} is protected at level {have} for {aspect} but handles "{asset}", classified {need} ({needLabel}).',
  },
  hint: {
    sv: 'Ett system ska skyddas minst på nivån för den mest skyddsvärda informationen det hanterar. Höj skyddet till {need} (och genomför åtgärderna) eller flytta informationen till ett system med tillräckligt skydd. Klassningen finns i {classification}.',
    nb: 'Et system skal beskyttes minst på nivået til den mest beskyttelsesverdige informasjonen det behandler. Hev beskyttelsen til {need} (og gjennomfør tiltakene) eller flytt informasjonen til et system med tilstrekkelig beskyttelse. Klassifiseringen finnes i {classification}.',
    en: 'A system must be protected at least at the level of the most sensitive information it handles. Raise the protection to {need} (and implement the measures) or move the information to a system protected well enough. The classification is in {classification}.',
  },
  check(ctx) {
    const { registry, locale } = ctx;
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
            system: system.data.name,
            have: have ?? '–',
            aspect: aspectLabel(registry.model, aspect, locale).toLowerCase(),
            asset: req.asset.data.name,
            need: req.level,
            needLabel: levelLabel(registry.model, req.level, locale, aspect),
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
  description: {
    sv: 'Informationstillgång utan klassning.',
    nb: 'Informasjonsressurs uten klassifisering.',
    en: 'An information asset with no classification.',
  },
  message: {
    sv: '"{asset}" har ingen informationsklassning.',
    nb: '«{asset}» har ingen klassifisering.',
    en: '"{asset}" has no information classification.',
  },
  hint: {
    sv: 'Klassa informationen tillsammans med informationsägaren och lägg klassningen i classification/{id}.yaml.',
    nb: 'Klassifiser informasjonen sammen med informasjonseieren og legg klassifiseringen i classification/{id}.yaml.',
    en: 'Classify the information with its owner and put the classification in classification/{id}.yaml.',
  },
  check(ctx) {
    const classified = new Set<string>();
    for (const c of ctx.registry.entities.classification.values()) {
      const asset = (c.data as { asset?: unknown }).asset;
      if (typeof asset === 'string') classified.add(asset);
    }
    for (const asset of valid(ctx.registry, 'asset')) {
      if (!classified.has(asset.id))
        ctx.report(this, { entity: asset, path: ['name'] }, { asset: asset.data.name, id: asset.id });
    }
  },
};

export const PROTECTION_RULES = [protectionBelowClassification, assetUnclassified];
