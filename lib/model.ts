import type { Organisation } from './kinds.js';
import type { Locale, RegisterText } from './locale.js';
import { pickText } from './locale.js';

/** The classification model in force: the registry's own, or KLASSA's when it names none. */
export interface ClassificationModel {
  method: string;
  aspects: { id: string; label: RegisterText }[];
  levels: { value: number; label: RegisterText }[];
  /** Confidentiality level from which entries are restricted by default. */
  restrictedFrom: number;
  /** The aspect that decides restriction: the first one named like confidentiality, else the first. */
  confidentialityAspect: string;
}

export const KLASSA: ClassificationModel = {
  method: 'KLASSA 4.0',
  aspects: [
    {
      id: 'confidentiality',
      label: { sv: 'Konfidentialitet', nb: 'Konfidensialitet', en: 'Confidentiality' },
    },
    { id: 'integrity', label: { sv: 'Riktighet', nb: 'Integritet', en: 'Integrity' } },
    { id: 'availability', label: { sv: 'Tillgänglighet', nb: 'Tilgjengelighet', en: 'Availability' } },
    { id: 'traceability', label: { sv: 'Spårbarhet', nb: 'Sporbarhet', en: 'Traceability' } },
  ],
  levels: [
    {
      value: 0,
      label: { sv: 'Ingen eller försumbar skada', nb: 'Ingen eller ubetydelig skade', en: 'Negligible' },
    },
    { value: 1, label: { sv: 'Måttlig skada', nb: 'Moderat skade', en: 'Moderate' } },
    { value: 2, label: { sv: 'Betydande skada', nb: 'Betydelig skade', en: 'Significant' } },
    { value: 3, label: { sv: 'Allvarlig skada', nb: 'Alvorlig skade', en: 'Serious' } },
    {
      value: 4,
      label: {
        sv: 'Synnerligen allvarlig skada',
        nb: 'Særdeles alvorlig skade',
        en: 'Exceptionally serious',
      },
    },
  ],
  restrictedFrom: 4,
  confidentialityAspect: 'confidentiality',
};

export function classificationModel(org: Organisation | undefined): ClassificationModel {
  const own = org?.classification;
  if (!own) return KLASSA;
  const aspects = own.aspects ?? KLASSA.aspects;
  const levels = own.levels ?? KLASSA.levels;
  const maxLevel = Math.max(...levels.map((l) => l.value));
  const confidentialityAspect =
    aspects.find((a) => /^(confidentiality|konfidential|konfidensial)/.test(a.id))?.id ??
    aspects[0]?.id ??
    'confidentiality';
  return {
    method: own.method ?? (own.aspects || own.levels ? '' : KLASSA.method),
    aspects,
    levels,
    restrictedFrom: own.restrictedFrom ?? maxLevel,
    confidentialityAspect,
  };
}

export function aspectLabel(model: ClassificationModel, aspect: string, locale: Locale): string {
  const found = model.aspects.find((a) => a.id === aspect);
  return found ? pickText(found.label, locale) : aspect;
}

export function levelLabel(model: ClassificationModel, level: number, locale: Locale): string {
  const found = model.levels.find((l) => l.value === level);
  return found ? pickText(found.label, locale) : String(level);
}

export const DEFAULT_REVIEW_MONTHS = { classification: 12, document: 12 };
