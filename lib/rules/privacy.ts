import { profileOf } from '../country.js';
import { dpiaOf } from '../facts/dpia.js';
import type { Localized } from '../locale.js';
import { adequacyOf, countryCode, hasAdequacy, inEea } from '../transfers.js';
import { type Rule, valid } from './context.js';

export const personalDataWithoutProcessing: Rule = {
  id: 'personal-data-without-processing',
  severity: 'warning',
  description: {
    sv: 'Personuppgifter utan behandling i registerförteckningen.',
    nb: 'Personopplysninger uten behandling i behandlingsprotokollen.',
    en: 'Personal data with no processing activity in the Art. 30 register.',
  },
  message: {
    sv: '"{asset}" innehåller personuppgifter men hänvisar inte till någon behandling i registerförteckningen.',
    nb: '«{asset}» inneholder personopplysninger, men viser ikke til noen behandling i behandlingsprotokollen.',
    en: '"{asset}" holds personal data but links to no processing activity in the register of processing.',
  },
  hint: {
    sv: 'Lägg till processing: med id för behandlingen (eller skapa den i processing/). Varje behandling av personuppgifter ska finnas i registerförteckningen (art. 30 GDPR).',
    nb: 'Legg til processing: med id for behandlingen (eller opprett den i processing/). Hver behandling av personopplysninger skal stå i behandlingsprotokollen (art. 30 GDPR).',
    en: 'Add processing: with the id of the processing activity (or create it in processing/). Every processing of personal data belongs in the Art. 30 register.',
  },
  check(ctx) {
    for (const asset of valid(ctx.registry, 'asset')) {
      const pd = asset.data.personalData;
      if (!pd || ((pd.categories?.length ?? 0) === 0 && (pd.dataSubjects?.length ?? 0) === 0)) continue;
      if ((asset.data.processing?.length ?? 0) > 0) continue;
      ctx.report(this, { entity: asset, path: ['personalData'], key: true }, { asset: asset.data.name });
    }
  },
};

const REASONS = {
  special: {
    sv: 'känsliga personuppgifter (art. 9)',
    nb: 'særlige kategorier personopplysninger (art. 9)',
    en: 'special categories of data (Art. 9)',
  },
  criminal: {
    sv: 'uppgifter om lagöverträdelser (art. 10)',
    nb: 'opplysninger om straffbare forhold (art. 10)',
    en: 'criminal-offence data (Art. 10)',
  },
  protected: {
    sv: 'skyddade personuppgifter',
    nb: 'beskyttede personopplysninger (sperret adresse)',
    en: 'protected identities',
  },
  criteria: { sv: '{n} av EDPB:s kriterier', nb: '{n} av EDPBs kriterier', en: '{n} of the EDPB criteria' },
} satisfies Record<string, Localized>;

export const dpiaMissing: Rule = {
  id: 'dpia-missing',
  severity: 'warning',
  description: {
    sv: 'Behandling som kräver konsekvensbedömning saknar en genomförd.',
    nb: 'Behandling som krever vurdering av personvernkonsekvenser mangler en gjennomført.',
    en: 'A processing activity that needs a DPIA lacks a completed one.',
  },
  message: {
    sv: '"{name}" omfattar {reasons} men har ingen genomförd konsekvensbedömning (DPIA-status: {status}).',
    nb: '«{name}» omfatter {reasons}, men har ingen gjennomført personvernkonsekvensvurdering (DPIA-status: {status}).',
    en: '"{name}" involves {reasons} but has no completed DPIA (status: {status}).',
  },
  hint: {
    sv: 'Gör en konsekvensbedömning (art. 35) och ange dpia: {status: done, date: …}. {authority} kräver en när minst två av EDPB:s kriterier gäller. Har ni bedömt att ingen behövs (bara känsliga uppgifter, inget annat kriterium): ange status: not-needed med reference till bedömningen.',
    nb: 'Gjennomfør en vurdering av personvernkonsekvenser (art. 35) og angi dpia: {status: done, date: …}. {authority} krever normalt en når minst to av EDPBs kriterier gjelder. Er det vurdert at ingen trengs (bare særlige kategorier, ingen andre kriterier): angi status: not-needed med reference til vurderingen.',
    en: 'Carry out a DPIA (Art. 35) and record dpia: {status: done, date: …}. {authority} requires one when at least two EDPB criteria apply. If you assessed that none is needed (sensitive data only, no other criterion): set status: not-needed with a reference to the assessment.',
  },
  check(ctx) {
    const { locale } = ctx;
    for (const p of valid(ctx.registry, 'processing')) {
      const d = p.data;
      const dpia = dpiaOf(d);
      if (!dpia.missing) continue;
      const reasons = dpia.reasons.map((r) =>
        r.code === 'criteria'
          ? REASONS.criteria[locale].replace('{n}', String(r.n))
          : REASONS[r.code][locale],
      );
      ctx.report(
        this,
        { entity: p, path: d.dpia ? ['dpia', 'status'] : ['name'] },
        {
          name: d.name,
          reasons: reasons.join(', '),
          status: d.dpia?.status ?? '—',
          authority: profileOf(ctx.registry.organisation?.data).names.authority[locale],
        },
      );
    }
  },
};

export const thirdCountryWithoutSafeguard: Rule = {
  id: 'third-country-without-safeguard',
  severity: 'error',
  description: {
    sv: 'Överföring till tredjeland utan skyddsåtgärd.',
    nb: 'Overføring til tredjeland uten garantier.',
    en: 'A transfer to a third country without a safeguard.',
  },
  message: {
    sv: 'Överföringen till {country} saknar skyddsåtgärd (art. 44–49 GDPR).',
    nb: 'Overføringen til {country} mangler garantier (art. 44–49 GDPR).',
    en: 'The transfer to {country} has no safeguard (GDPR Art. 44–49).',
  },
  hint: {
    sv: 'Ange safeguard: adequacy-decision, standard-contractual-clauses, binding-corporate-rules eller derogation – eller upphör med överföringen.',
    nb: 'Angi safeguard: adequacy-decision, standard-contractual-clauses, binding-corporate-rules eller derogation – eller stans overføringen.',
    en: 'Set safeguard: adequacy-decision, standard-contractual-clauses, binding-corporate-rules or derogation – or stop the transfer.',
  },
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
  description: {
    sv: 'Tredjelandsöverföring som inte är redovisad.',
    nb: 'Tredjelandsoverføring som ikke er oppgitt.',
    en: 'A third-country transfer that is not declared.',
  },
  message: {
    sv: '"{name}" använder {via} i tredjeland ({country}) men redovisar ingen överföring dit.',
    nb: '«{name}» bruker {via} i tredjeland ({country}), men oppgir ingen overføring dit.',
    en: '"{name}" uses {via} in a third country ({country}) but declares no transfer there.',
  },
  hint: {
    sv: 'Lägg till thirdCountryTransfers med land och skyddsåtgärd.',
    nb: 'Legg til thirdCountryTransfers med land og garanti.',
    en: 'Add thirdCountryTransfers with the country and its safeguard.',
  },
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
        ctx.report(this, { entity: p, path }, { name: p.data.name, via, country: c });
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
  description: {
    sv: 'Överföring med stöd av ett beslut om adekvat skyddsnivå som inte finns.',
    nb: 'Overføring med grunnlag i en beslutning om tilstrekkelig beskyttelsesnivå som ikke finnes.',
    en: 'A transfer relying on an adequacy decision that does not exist.',
  },
  message: {
    sv: 'Överföringen till {country} anger safeguard: adequacy-decision, men EU-kommissionen har inget beslut om adekvat skyddsnivå för {country}.',
    nb: 'Overføringen til {country} oppgir safeguard: adequacy-decision, men EU-kommisjonen har ingen beslutning om tilstrekkelig beskyttelsesnivå for {country}.',
    en: 'The transfer to {country} gives safeguard: adequacy-decision, but the European Commission has no adequacy decision for {country}.',
  },
  hint: {
    sv: 'Ange den skyddsåtgärd som faktiskt används, t.ex. standard-contractual-clauses, och hänvisa till avtalet i reference.',
    nb: 'Angi garantien som faktisk brukes, f.eks. standard-contractual-clauses, og vis til avtalen i reference.',
    en: 'Give the safeguard actually used, e.g. standard-contractual-clauses, with the agreement in reference.',
  },
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
