// The register of processing activities (Art. 30) per controller: its view model and one row per activity,
// which the yearly report, the CSV and the XLSX export share.
import {
  type ControllerRef,
  controllerContacts,
  controllerIdOf,
  controllerRef,
  processingRegisterId,
} from '../controller.js';
import { isRestricted } from '../derive.js';
import { dpiaOf } from '../facts/dpia.js';
import { t } from '../i18n/index.js';
import type { Processing } from '../kinds.js';
import {
  DPIA_CRITERION,
  DPIA_REASON,
  DPIA_STATUS,
  LEGAL_BASIS,
  label,
  PROCESSING_ROLE,
  SAFEGUARD,
  SPECIAL_CATEGORY,
  TITLES,
} from '../labels.js';
import type { Locale } from '../locale.js';
import type { Entity, Registry } from '../registry.js';
import { roleName } from '../roles.js';
import { countryName } from '../values.js';
import { collator, common, type DocumentMeta, type DocumentModel, type ModelInput, valid } from './common.js';
import {
  type ProcessingAgreement,
  processingAgreements,
  withRegisterAgreements,
} from './processing-agreements.js';

export interface ProcessingRow {
  id: string;
  name: string;
  restricted: boolean;
  role: 'controller' | 'processor';
  roleLabel: string;
  controller: ControllerRef;
  jointControllers?: { name: string; contact?: string }[];
  controllersServed?: { name: string; contact?: string }[];
  purposes?: string[];
  legalBasis?: { label: string; reference?: string }[];
  dataSubjects?: string[];
  dataSubjectsCount?: number;
  personalData?: string[];
  specialCategories?: string[];
  criminalData?: boolean;
  identityNumbers?: boolean;
  protectedIdentities?: boolean;
  recipients?: { name: string; country?: string }[];
  processors?: { name: string; agreement?: string; agreementReference?: string; country?: string }[];
  agreements?: ProcessingAgreement[];
  transfers?: { country: string; recipient?: string; safeguard: string; reference?: string }[];
  retention?: { period: string; basis?: string; archived?: boolean };
  securityMeasures?: string[];
  systems?: string[];
  dpia?: { status: string; statusLabel: string; date?: string; reference?: string; criteria: string[] };
  dpiaNeeded?: boolean;
  dpiaReasons?: string[];
  automatedDecisions?: boolean;
}

/** Why an activity needs a DPIA, in words: the grounds `dpiaOf` gives, as the dpia-missing rule sees them. */
export function dpiaReasons(p: Processing, locale: Locale): string[] {
  return dpiaOf(p).reasons.map((r) =>
    r.code === 'criteria' ? t(locale, DPIA_REASON.criteria, { n: r.n }) : t(locale, DPIA_REASON[r.code]),
  );
}

export function processingRow(
  registry: Registry,
  entity: Entity<'processing'>,
  locale: Locale,
): ProcessingRow {
  const p = entity.data;
  const controller = controllerRef(registry, p.controller);
  const role = p.role ?? 'controller';
  const roleLabel = label(PROCESSING_ROLE, role, locale);
  // Name, controller and role stay: the board must be able to say the activity exists, not what it holds.
  if (isRestricted(registry, entity))
    return { id: entity.id, name: p.name, restricted: true, role, roleLabel, controller };
  const systemName = (id: string) => registry.entities.system.get(id)?.data.name ?? id;
  const dpia = dpiaOf(p);
  return {
    id: entity.id,
    name: p.name,
    restricted: false,
    role,
    roleLabel,
    controller,
    jointControllers: p.jointControllers ?? [],
    controllersServed: p.controllersServed ?? [],
    purposes: p.purposes,
    legalBasis: p.legalBasis.map((b) => ({
      label: label(LEGAL_BASIS, b.basis, locale),
      ...(b.reference ? { reference: b.reference } : {}),
    })),
    dataSubjects: p.dataSubjects,
    ...(p.dataSubjectsCount !== undefined ? { dataSubjectsCount: p.dataSubjectsCount } : {}),
    personalData: p.personalData,
    specialCategories: (p.specialCategories ?? []).map((s) => label(SPECIAL_CATEGORY, s, locale)),
    criminalData: Boolean(p.criminalData),
    identityNumbers: Boolean(p.identityNumbers),
    protectedIdentities: Boolean(p.protectedIdentities),
    recipients: (p.recipients ?? []).map((r) => ({
      name: r.name,
      ...(r.country ? { country: countryName(r.country, locale) } : {}),
    })),
    processors: withRegisterAgreements(
      registry,
      entity.id,
      (p.processors ?? []).map((x) => ({
        name: x.name,
        ...(x.agreement ? { agreement: x.agreement } : {}),
        ...(x.agreementReference ? { agreementReference: x.agreementReference } : {}),
        ...(x.country ? { country: countryName(x.country, locale) } : {}),
      })),
    ),
    agreements: processingAgreements(registry, entity.id, locale),
    transfers: (p.thirdCountryTransfers ?? []).map((t) => ({
      country: countryName(t.country, locale),
      ...(t.recipient ? { recipient: t.recipient } : {}),
      safeguard: label(SAFEGUARD, t.safeguard, locale),
      ...(t.reference ? { reference: t.reference } : {}),
    })),
    retention: p.retention,
    securityMeasures: p.securityMeasures,
    systems: (p.systems ?? []).map(systemName),
    ...(p.dpia
      ? {
          dpia: {
            status: p.dpia.status,
            statusLabel: label(DPIA_STATUS, p.dpia.status, locale),
            ...(p.dpia.date ? { date: p.dpia.date } : {}),
            ...(p.dpia.reference ? { reference: p.dpia.reference } : {}),
            criteria: (p.dpia.criteria ?? []).map((c) => label(DPIA_CRITERION, c, locale)),
          },
        }
      : {}),
    dpiaNeeded: dpia.needed,
    dpiaReasons: dpiaReasons(p, locale),
    automatedDecisions: Boolean(p.automatedDecisions),
  };
}

export function contactsOf(registry: Registry, roleId: string | undefined, locale: Locale) {
  if (!roleId) return undefined;
  const role = registry.organisation?.data.roles?.[roleId];
  return {
    role: roleName(registry, roleId, locale),
    emails: (role?.people ?? []).map((p) => p.email).filter((e): e is string => Boolean(e)),
  };
}

export function processingRegister(
  registry: Registry,
  board: ControllerRef,
  input: ModelInput,
): DocumentModel {
  const { locale } = input;
  const c = collator(locale);
  const contacts = controllerContacts(registry, board.id);
  const rows = valid(registry, 'processing')
    .filter((p) => controllerIdOf(p.data) === board.id)
    .map((p) => processingRow(registry, p, locale))
    .sort((a, b) => c.compare(a.name, b.name));
  const dpoRole =
    contacts.dpo ??
    Object.entries(registry.organisation?.data.roles ?? {}).find(
      ([, r]) => r?.kind === 'dpo' && (!r.board || r.board === board.id),
    )?.[0];
  const meta: DocumentMeta = {
    id: processingRegisterId(board),
    kind: 'processing-register',
    template: 'processing-register.njk',
    title: t(locale, TITLES.processingRegister, { board: board.name }),
    orientation: 'landscape',
    date: input.today,
    draft: false,
    board: { id: board.id, name: board.name },
  };
  const open = rows.filter((r) => !r.restricted);
  return {
    meta,
    context: {
      ...common(registry, input, meta),
      register: {
        board,
        contact: contacts.contact,
        chair: contactsOf(registry, contacts.chair, locale),
        dpo: contactsOf(registry, dpoRole, locale),
        delegatedTo: contactsOf(registry, contacts.delegatedTo, locale),
        controllerRows: rows.filter((r) => r.role === 'controller'),
        processorRows: rows.filter((r) => r.role === 'processor'),
        total: rows.length,
        restrictedCount: rows.length - open.length,
      },
    },
    csv: rows,
  };
}
