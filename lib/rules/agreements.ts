import { addMonths } from '../derive.js';
import { keepsRegister } from '../init-example.js';
import type { Agreement, Processing } from '../kinds.js';
import type { Entity, Registry } from '../registry.js';
import { adequacyOf, inEea } from '../transfers.js';
import { type Rule, valid } from './context.js';

// Agreements: every processor has one, each covers what it claims, none runs out unnoticed, no sub-processor
// takes data out of the EEA without a safeguard.

/**
 * Names compared as people write them: case, spacing, punctuation and a note in brackets do not matter
 * (processing/ writes "IST AB (Extens)" for the service bought from IST AB).
 */
export function sameParty(a: string, b: string): boolean {
  const norm = (s: string) =>
    s
      .toLowerCase()
      .replace(/\([^)]*\)/g, ' ')
      .replace(/[\s.,]+/g, ' ')
      .trim();
  return norm(a) === norm(b);
}

/** The processor agreements covering a processing activity, by counterparty name. */
function processorAgreements(registry: Registry, processingId: string): Entity<'agreement'>[] {
  return [...valid(registry, 'agreement')].filter(
    (a) => a.data.type === 'processor-agreement' && (a.data.processing ?? []).includes(processingId),
  );
}

export const processorWithoutAgreement: Rule = {
  id: 'processor-without-agreement',
  severity: 'warning',
  description: {
    sv: 'Personuppgiftsbiträde utan biträdesavtal i agreement/.',
    nb: 'Databehandler uten databehandleravtale i agreement/.',
    en: 'A processor with no processor agreement in agreement/.',
  },
  message: {
    sv: '"{name}" anlitar biträdet {processor}, men inget personuppgiftsbiträdesavtal i agreement/ täcker behandlingen.',
    nb: '«{name}» bruker databehandleren {processor}, men ingen databehandleravtale i agreement/ dekker behandlingen.',
    en: '"{name}" uses the processor {processor}, but no processor agreement in agreement/ covers it.',
  },
  hint: {
    sv: 'Lägg avtalet i agreement/ med type: processor-agreement, counterparty: {processor} och processing: [{id}] (art. 28.3 GDPR).',
    nb: 'Legg avtalen i agreement/ med type: processor-agreement, counterparty: {processor} og processing: [{id}] (art. 28 nr. 3 GDPR).',
    en: 'Add the agreement to agreement/ with type: processor-agreement, counterparty: {processor} and processing: [{id}] (GDPR Art. 28(3)).',
  },
  check(ctx) {
    // A registry that does not keep agreement/ yet (just imported from a spreadsheet) is not nagged about every
    // processor at once; from its first agreement on (lisa init's example does not count), every processor's
    // agreement belongs there.
    if (!keepsRegister(ctx.registry, 'agreement')) return;
    for (const p of valid(ctx.registry, 'processing')) {
      const agreements = processorAgreements(ctx.registry, p.id);
      (p.data.processors ?? []).forEach((proc, i) => {
        if (agreements.some((a) => sameParty(a.data.counterparty, proc.name))) return;
        ctx.report(
          this,
          { entity: p, path: ['processors', i, 'name'] },
          { name: p.data.name, processor: proc.name, id: p.id },
        );
      });
    }
  },
};

export const agreementProcessorNotListed: Rule = {
  id: 'agreement-processor-not-listed',
  severity: 'warning',
  description: {
    sv: 'Biträdesavtal för en behandling som inte anger motparten som biträde.',
    nb: 'Databehandleravtale for en behandling som ikke oppgir motparten som databehandler.',
    en: 'A processor agreement for a processing activity that does not list the counterparty as processor.',
  },
  message: {
    sv: 'Avtalet med {counterparty} täcker "{name}", men behandlingen anger inte {counterparty} som biträde.',
    nb: 'Avtalen med {counterparty} dekker «{name}», men behandlingen oppgir ikke {counterparty} som databehandler.',
    en: 'The agreement with {counterparty} covers "{name}", but the processing does not list {counterparty} as a processor.',
  },
  hint: {
    sv: 'Lägg till {counterparty} under processors i processing/{id}.yaml (art. 30.1 d), eller ta bort behandlingen ur avtalets processing.',
    nb: 'Legg til {counterparty} under processors i processing/{id}.yaml, eller fjern behandlingen fra avtalens processing.',
    en: 'Add {counterparty} under processors in processing/{id}.yaml, or remove the processing activity from the agreement.',
  },
  check(ctx) {
    for (const a of valid(ctx.registry, 'agreement')) {
      if (a.data.type !== 'processor-agreement') continue;
      (a.data.processing ?? []).forEach((id, i) => {
        const p = ctx.registry.entities.processing.get(id) as Entity<'processing'> | undefined;
        if (!p?.valid) return; // a missing one is a dangling reference
        const listed = ((p.data as Processing).processors ?? []).some((x) =>
          sameParty(x.name, a.data.counterparty),
        );
        if (!listed)
          ctx.report(
            this,
            { entity: a, path: ['processing', i] },
            { counterparty: a.data.counterparty, name: p.data.name, id },
          );
      });
    }
  },
};

/** The end an agreement runs to as of today: automatic renewals roll it on by their period. */
export function currentEnd(d: Agreement, today: string): string | undefined {
  if (!d.end) return undefined;
  let end = d.end;
  if (d.renewal === 'automatic' && d.renewalMonths)
    for (let n = 1; end < today && n < 1000; n++) end = addMonths(d.end, d.renewalMonths * n);
  return end;
}

/** The last day to give notice before an agreement's current end. */
export function noticeDate(d: Agreement, today: string): string | undefined {
  const end = currentEnd(d, today);
  return end && addMonths(end, -(d.noticePeriod ?? 0));
}

export const agreementExpired: Rule = {
  id: 'agreement-expired',
  severity: 'warning',
  description: {
    sv: 'Avtal vars slutdatum har passerat.',
    nb: 'Avtale der sluttdatoen er passert.',
    en: 'An agreement past its end date.',
  },
  message: {
    sv: 'Avtalet med {counterparty} upphörde {end}.',
    nb: 'Avtalen med {counterparty} opphørte {end}.',
    en: 'The agreement with {counterparty} ended on {end}.',
  },
  hint: {
    sv: 'Ange det nya slutdatumet om avtalet förlängts, annars ett nytt avtal. Behandlas personuppgifter fortfarande saknas ett giltigt biträdesavtal.',
    nb: 'Angi ny sluttdato hvis avtalen er forlenget, ellers en ny avtale. Behandles personopplysninger fortsatt, mangler en gyldig databehandleravtale.',
    en: 'Set the new end date if the agreement was extended, else add a new agreement. If personal data is still processed, there is no valid processor agreement.',
  },
  check(ctx) {
    for (const a of valid(ctx.registry, 'agreement')) {
      const end = currentEnd(a.data, ctx.today);
      if (end && end < ctx.today)
        ctx.report(this, { entity: a, path: ['end'] }, { counterparty: a.data.counterparty, end });
    }
  },
};

export const agreementInNoticePeriod: Rule = {
  id: 'agreement-in-notice-period',
  severity: 'warning',
  description: {
    sv: 'Avtal som löper ut och vars uppsägningstid har börjat.',
    nb: 'Avtale som løper ut og der oppsigelsestiden har begynt.',
    en: 'An agreement that runs out and is inside its notice period.',
  },
  message: {
    sv: 'Avtalet med {counterparty} upphör {end}; uppsägningstiden började {notice}.',
    nb: 'Avtalen med {counterparty} opphører {end}; oppsigelsestiden begynte {notice}.',
    en: 'The agreement with {counterparty} ends on {end}; its notice period began on {notice}.',
  },
  hint: {
    sv: 'Besluta om förlängning eller ny upphandling, och ange det nya slutdatumet när det är klart.',
    nb: 'Besluttet forlengelse eller ny anskaffelse, og angi ny sluttdato når det er klart.',
    en: 'Decide on an extension or a new procurement, and set the new end date once settled.',
  },
  check(ctx) {
    for (const a of valid(ctx.registry, 'agreement')) {
      // An automatically renewed agreement goes on by itself; only one that ends needs a decision in time.
      if (a.data.renewal === 'automatic' || !a.data.end || !a.data.noticePeriod) continue;
      const notice = noticeDate(a.data, ctx.today) as string;
      if (notice <= ctx.today && ctx.today <= a.data.end)
        ctx.report(
          this,
          { entity: a, path: ['end'] },
          { counterparty: a.data.counterparty, end: a.data.end, notice },
        );
    }
  },
};

export const subProcessorWithoutSafeguard: Rule = {
  id: 'sub-processor-without-safeguard',
  severity: 'error',
  description: {
    sv: 'Underbiträde i tredjeland utan skyddsåtgärd.',
    nb: 'Underdatabehandler i tredjeland uten overføringsgrunnlag.',
    en: 'A sub-processor in a third country without a safeguard.',
  },
  message: {
    sv: 'Underbiträdet {name} behandlar uppgifter i {country}, utanför EU/EES, utan angiven skyddsåtgärd.',
    nb: 'Underdatabehandleren {name} behandler opplysninger i {country}, utenfor EØS, uten oppgitt overføringsgrunnlag.',
    en: 'The sub-processor {name} processes data in {country}, outside the EEA, with no safeguard given.',
  },
  hint: {
    sv: 'Ange safeguard: adequacy-decision, standard-contractual-clauses, binding-corporate-rules eller derogation (art. 44–49 GDPR) – eller kräv ett underbiträde inom EU/EES.',
    nb: 'Angi safeguard: adequacy-decision, standard-contractual-clauses, binding-corporate-rules eller derogation (art. 44–49 GDPR) – eller krev en underdatabehandler i EØS.',
    en: 'Set safeguard: adequacy-decision, standard-contractual-clauses, binding-corporate-rules or derogation (GDPR Art. 44–49) – or require a sub-processor inside the EEA.',
  },
  check(ctx) {
    for (const a of valid(ctx.registry, 'agreement')) {
      (a.data.subProcessors ?? []).forEach((s, i) => {
        // The same list as the transfer rules (lib/transfers.ts): inside the EEA there is no transfer, and a
        // full adequacy decision (Art. 45) is the safeguard itself; a partial one (US, CA, JP) needs one named.
        const adequacy = adequacyOf(s.country);
        if (!inEea(s.country) && !(adequacy && !adequacy.partial) && !s.safeguard)
          ctx.report(
            this,
            { entity: a, path: ['subProcessors', i, 'country'] },
            { name: s.name, country: s.country },
          );
      });
    }
  },
};

export const AGREEMENT_RULES = [
  processorWithoutAgreement,
  agreementProcessorNotListed,
  agreementExpired,
  agreementInNoticePeriod,
  subProcessorWithoutSafeguard,
];
