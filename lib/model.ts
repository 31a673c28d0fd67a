import { localized } from './i18n/index.js';
import type { Organisation } from './kinds.js';
import type { Locale, RegisterText } from './locale.js';
import { pickText } from './locale.js';

export interface Level {
  value: number;
  label: RegisterText;
}

/**
 * The classification model in force: the registry's own, or KLASSA's when it names none. Each aspect may have a
 * scale of its own (Norwegian practice names confidentiality Åpen–Strengt fortrolig and grades integrity and
 * availability lav–svært høy); an aspect without one uses the shared `levels`. Levels are compared as numbers
 * within an aspect, never across aspects.
 */
export interface ClassificationModel {
  method: string;
  aspects: { id: string; label: RegisterText; levels?: Level[] }[];
  levels: Level[];
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
      label: localized('model.klassa.aspect.confidentiality'),
    },
    { id: 'integrity', label: localized('model.klassa.aspect.integrity') },
    { id: 'availability', label: localized('model.klassa.aspect.availability') },
    { id: 'traceability', label: localized('model.klassa.aspect.traceability') },
  ],
  levels: [
    {
      value: 0,
      label: localized('model.klassa.level.0'),
    },
    { value: 1, label: localized('model.klassa.level.1') },
    { value: 2, label: localized('model.klassa.level.2') },
    { value: 3, label: localized('model.klassa.level.3') },
    {
      value: 4,
      label: localized('model.klassa.level.4'),
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
  const confidentialityAspect =
    aspects.find((a) => /^(confidentiality|konfidential|konfidensial)/.test(a.id))?.id ??
    aspects[0]?.id ??
    'confidentiality';
  const confidentialityLevels = aspects.find((a) => a.id === confidentialityAspect)?.levels ?? levels;
  const maxLevel = Math.max(...confidentialityLevels.map((l) => l.value));
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

/** The scale an aspect is graded on: its own, or the model's shared one. */
export function levelsOf(model: ClassificationModel, aspect: string | undefined): Level[] {
  return (
    (aspect !== undefined ? model.aspects.find((a) => a.id === aspect)?.levels : undefined) ?? model.levels
  );
}

/** Whether any aspect has a scale of its own (documents then explain each aspect's scale). */
export function hasAspectScales(model: ClassificationModel): boolean {
  return model.aspects.some((a) => a.levels !== undefined);
}

export function levelLabel(
  model: ClassificationModel,
  level: number,
  locale: Locale,
  aspect?: string,
): string {
  const found = levelsOf(model, aspect).find((l) => l.value === level);
  return found ? pickText(found.label, locale) : String(level);
}

export const DEFAULT_REVIEW_MONTHS = { classification: 12, document: 12 };
