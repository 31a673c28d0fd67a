import { isRestricted } from '../derive.js';
import { t } from '../i18n/index.js';
import type { Locale } from '../locale.js';
import type { Registry } from '../registry.js';
import { sameParty } from '../rules/agreements.js';
import { valid } from './common.js';
import type { ProcessingRow } from './processing-register.js';

// The register of processing activities shows the agreements of each activity (agreement/ entries naming it
// in `processing`): counterparty, type and end date. A processor the activity lists without the date of its
// agreement gets it from agreement/, so the register does not say "no agreement" while agreement/ holds one.

export interface ProcessingAgreement {
  restricted: boolean;
  counterparty?: string;
  type?: string;
  end?: string;
  reference?: string;
}

function covering(registry: Registry, processingId: string) {
  return valid(registry, 'agreement').filter((a) => (a.data.processing ?? []).includes(processingId));
}

export function processingAgreements(
  registry: Registry,
  processingId: string,
  locale: Locale,
): ProcessingAgreement[] {
  return covering(registry, processingId).map((a) => {
    // Who a restricted agreement is with stays out of the register, which is public: it is there, no more.
    if (isRestricted(registry, a)) return { restricted: true };
    const d = a.data;
    return {
      restricted: false,
      counterparty: d.counterparty,
      type: t(locale, 'yearly.agreements.type', { type: d.type.replaceAll('-', '_') }),
      ...(d.end ? { end: d.end } : {}),
      ...(d.reference ? { reference: d.reference } : {}),
    };
  });
}

/** The activity's processors, each without an agreement date of its own given the one in agreement/. */
export function withRegisterAgreements(
  registry: Registry,
  processingId: string,
  processors: NonNullable<ProcessingRow['processors']>,
): NonNullable<ProcessingRow['processors']> {
  const agreements = covering(registry, processingId).filter(
    (a) => a.data.type === 'processor-agreement' && !isRestricted(registry, a),
  );
  return processors.map((x) => {
    if (x.agreement) return x;
    const found = agreements.find((a) => sameParty(a.data.counterparty, x.name));
    if (!found) return x;
    return {
      ...x,
      agreement: found.data.start,
      ...(x.agreementReference || !found.data.reference ? {} : { agreementReference: found.data.reference }),
    };
  });
}
