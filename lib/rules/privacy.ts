import { profileOf } from '../country.js';
import { dpiaOf } from '../facts/dpia.js';
import type { FindingValue } from '../finding.js';
import { label } from '../finding.js';
import type { MessageKey } from '../i18n/index.js';
import { adequacyOf, countryCode, hasAdequacy, inEea } from '../transfers.js';
import { type Rule, valid } from './context.js';

export const personalDataWithoutProcessing: Rule = {
  id: 'personal-data-without-processing',
  severity: 'warning',
  description: 'rule.personal-data-without-processing.description',
  message: 'rule.personal-data-without-processing.message',
  hint: 'rule.personal-data-without-processing.hint',
  check(ctx) {
    for (const asset of valid(ctx.registry, 'asset')) {
      const pd = asset.data.personalData;
      if (!pd || ((pd.categories?.length ?? 0) === 0 && (pd.dataSubjects?.length ?? 0) === 0)) continue;
      if ((asset.data.processing?.length ?? 0) > 0) continue;
      ctx.report(
        this,
        { entity: asset, path: ['personalData'], key: true },
        { asset: label(asset.data.name) },
      );
    }
  },
};

const REASONS = {
  special: 'finding.privacy.reasons.special',
  criminal: 'finding.privacy.reasons.criminal',
  protected: 'finding.privacy.reasons.protected',
  criteria: 'finding.privacy.reasons.criteria',
} satisfies Record<string, MessageKey>;

export const dpiaMissing: Rule = {
  id: 'dpia-missing',
  severity: 'warning',
  description: 'rule.dpia-missing.description',
  message: 'rule.dpia-missing.message',
  hint: 'rule.dpia-missing.hint',
  check(ctx) {
    for (const p of valid(ctx.registry, 'processing')) {
      const d = p.data;
      const dpia = dpiaOf(d);
      if (!dpia.missing) continue;
      const reasons: FindingValue[] = dpia.reasons.map((r) =>
        r.code === 'criteria' ? { key: REASONS.criteria, data: { n: r.n } } : { key: REASONS[r.code] },
      );
      ctx.report(
        this,
        { entity: p, path: d.dpia ? ['dpia', 'status'] : ['name'] },
        {
          name: label(d.name),
          reasons: { list: reasons },
          status: d.dpia?.status ?? '—',
          authority: profileOf(ctx.registry.organisation?.data).names.authority,
        },
      );
    }
  },
};

export const thirdCountryWithoutSafeguard: Rule = {
  id: 'third-country-without-safeguard',
  severity: 'error',
  description: 'rule.third-country-without-safeguard.description',
  message: 'rule.third-country-without-safeguard.message',
  hint: 'rule.third-country-without-safeguard.hint',
  check(ctx) {
    for (const p of valid(ctx.registry, 'processing')) {
      (p.data.thirdCountryTransfers ?? []).forEach((t, i) => {
        // Within the EU/EEA there is no third-country transfer, so nothing needs a safeguard (Norway to Sweden,
        // Sweden to Iceland); a country whose adequacy decision covers every recipient is covered by it (Art. 45).
        const adequacy = adequacyOf(t.country);
        if (t.safeguard === 'none' && !inEea(t.country) && !(adequacy && !adequacy.partial))
          ctx.report(
            this,
            { entity: p, path: ['thirdCountryTransfers', i, 'safeguard'] },
            { country: t.country },
          );
      });
    }
  },
};

export const thirdCountryUndeclared: Rule = {
  id: 'third-country-undeclared',
  severity: 'warning',
  description: 'rule.third-country-undeclared.description',
  message: 'rule.third-country-undeclared.message',
  hint: 'rule.third-country-undeclared.hint',
  check(ctx) {
    const { registry } = ctx;
    for (const p of valid(registry, 'processing')) {
      const declared = new Set((p.data.thirdCountryTransfers ?? []).map((t) => countryCode(t.country)));
      const seen = new Set<string>();
      const flag = (via: string, country: string | undefined, path: (string | number)[]) => {
        const c = country ?? '?';
        if (declared.has(countryCode(c)) || inEea(country) || seen.has(`${via}/${c}`)) return;
        if (!country && declared.size > 0) return;
        seen.add(`${via}/${c}`);
        ctx.report(this, { entity: p, path }, { name: label(p.data.name), via: label(via), country: c });
      };
      (p.data.processors ?? []).forEach((proc, i) => {
        if (proc.country && !inEea(proc.country)) flag(proc.name, proc.country, ['processors', i, 'country']);
      });
      (p.data.systems ?? []).forEach((id, i) => {
        const s = registry.entities.system.get(id);
        if (s?.valid && s.data.hosting === 'third-country-cloud')
          flag(s.data.name, s.data.hostingCountry, ['systems', i]);
      });
    }
  },
};

export const adequacyDecisionUnknown: Rule = {
  id: 'adequacy-decision-unknown',
  severity: 'warning',
  description: 'rule.adequacy-decision-unknown.description',
  message: 'rule.adequacy-decision-unknown.message',
  hint: 'rule.adequacy-decision-unknown.hint',
  check(ctx) {
    for (const p of valid(ctx.registry, 'processing')) {
      (p.data.thirdCountryTransfers ?? []).forEach((t, i) => {
        if (t.safeguard === 'adequacy-decision' && !inEea(t.country) && !hasAdequacy(t.country))
          ctx.report(
            this,
            { entity: p, path: ['thirdCountryTransfers', i, 'safeguard'] },
            { country: t.country },
          );
      });
    }
  },
};

export const PRIVACY_RULES = [
  personalDataWithoutProcessing,
  dpiaMissing,
  thirdCountryWithoutSafeguard,
  thirdCountryUndeclared,
  adequacyDecisionUnknown,
];
