import { addMonths, isRestricted } from '../derive.js';
import { t } from '../i18n/index.js';
import type { Registry } from '../registry.js';
import { roleName } from '../roles.js';
import { currentEnd, noticeDate } from '../rules/agreements.js';
import type { BoardRef, ModelInput } from './common.js';
import { collator, valid } from './common.js';

// The yearly report's section on agreements: those that end within a year, are inside their notice period,
// or have ended, with the last day to give notice, so the board sees the coming year's procurements in time.

export type AgreementState = 'expired' | 'notice' | 'expiring';

export function yearlyAgreements(registry: Registry, input: ModelInput, scope?: BoardRef) {
  const { locale, today } = input;
  const c = collator(locale);
  const horizon = addMonths(today, 12);
  if (registry.entities.agreement.size === 0) return { kept: false as const };
  const agreements = valid(registry, 'agreement').filter((a) => !scope || a.data.board === scope.id);
  const rows: {
    counterparty: string;
    restricted: boolean;
    type?: string;
    end?: string;
    notice?: string;
    owner?: string;
    state: AgreementState;
    stateLabel: string;
  }[] = [];
  for (const a of agreements) {
    const d = a.data;
    const end = currentEnd(d, today);
    if (!end || end > horizon) continue;
    const notice = d.noticePeriod ? noticeDate(d, today) : undefined;
    const state: AgreementState = end < today ? 'expired' : notice && notice <= today ? 'notice' : 'expiring';
    const stateLabel = t(locale, 'yearly.agreements.state', { state });
    // A restricted agreement is counted and dated; who it is with stays out of the board's document.
    if (isRestricted(registry, a)) {
      rows.push({ counterparty: '', restricted: true, state, stateLabel, end });
      continue;
    }
    rows.push({
      counterparty: d.counterparty,
      restricted: false,
      type: t(locale, 'yearly.agreements.type', { type: d.type.replaceAll('-', '_') }),
      end,
      ...(notice ? { notice } : {}),
      ...(d.owner ? { owner: roleName(registry, d.owner, locale) } : {}),
      state,
      stateLabel,
    });
  }
  rows.sort((x, y) => (x.end ?? '').localeCompare(y.end ?? '') || c.compare(x.counterparty, y.counterparty));
  return {
    kept: true as const,
    total: agreements.length,
    processorAgreements: agreements.filter((a) => a.data.type === 'processor-agreement').length,
    expiring: rows.filter((r) => r.state === 'expiring').length,
    notice: rows.filter((r) => r.state === 'notice').length,
    expired: rows.filter((r) => r.state === 'expired').length,
    horizon,
    rows,
  };
}
