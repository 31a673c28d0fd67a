import { type ControllerModel, type Country, profileOf } from '../country.js';
import { boardName } from '../facts/boards.js';
import type { Locale } from '../locale.js';
import { pickText } from '../locale.js';
import { hasAspectScales } from '../model.js';
import type { Entity, Registry } from '../registry.js';
import { roleName } from '../roles.js';
import type { ProcessingRow } from './model.js';

// What every document's view model shares: its metadata, the organisation, the data stamp, and the small
// lookups (boards, valid entities, collation) the document builders use.

export type DocumentKind =
  | 'audit-answer'
  | 'audit-followup'
  | 'yearly-report'
  | 'kpi-review'
  | 'processing-register'
  | 'systems-overview'
  | 'incident-report'
  | 'risk-report'
  | 'action-plan'
  | 'management-review';
export type Orientation = 'portrait' | 'landscape';

export interface Commit {
  sha: string;
  date: string;
  /** The registry folder has changes not yet committed: the stamp says so. */
  dirty?: boolean;
}

export interface ModelInput {
  today: string;
  locale: Locale;
  commit?: Commit;
}

export interface BoardRef {
  id: string;
  name: string;
}

export interface DocumentMeta {
  id: string;
  kind: DocumentKind;
  /** The template file that lays the document out. */
  template: string;
  title: string;
  orientation: Orientation;
  /** The document's date, YYYY-MM-DD; empty when the registry does not say it (never the render date). */
  date: string;
  registrationNumber?: string;
  draft: boolean;
  /** The board the document is for. */
  board?: BoardRef;
}

export interface CommonView {
  locale: Locale;
  lang: string;
  today: string;
  org: { name: string; registrationPrefix?: string; logo?: string };
  /** The registry's own language: register text in another language than the document is marked with it. */
  regLang: Locale;
  /** ` lang="sv"` when the registry's language is not the document's, else empty: for elements of register text. */
  regAttr: string;
  /** The last line of the document: lisa's default, an organisation's own text, or none. */
  colophon: { show: boolean; text?: string };
  doc: DocumentMeta;
  /** The commit the data came from; `hidden` when the organisation turned the stamp off. */
  stamp: { sha?: string; short?: string; date?: string; dirty: boolean; hidden?: boolean };
  /** `levels` only on an aspect with a scale of its own. */
  aspects: { id: string; label: string; abbr: string; levels?: { value: number; label: string }[] }[];
  levels: { value: number; label: string }[];
  /** Some aspect has its own scale: the legend explains each aspect's. */
  aspectScales: boolean;
  /** From lisa.yaml's country: templates word who is controller and which law applies from these. */
  country: Country;
  controllerModel: ControllerModel;
  /** The role with day-to-day responsibility where the organisation is controller, in lower case for running text. */
  delegatedTo?: string;
}

export interface DocumentModel {
  meta: DocumentMeta;
  /** What the template gets: the common part and the document's own. */
  context: CommonView & Record<string, unknown>;
  csv?: ProcessingRow[];
}

// ---------------------------------------------------------------------------------------------------------
// Shared helpers

export function collator(locale: Locale) {
  return new Intl.Collator(locale === 'en' ? 'en-GB' : locale, { sensitivity: 'base', numeric: true });
}

export function valid<K extends keyof Registry['entities']>(registry: Registry, kind: K): Entity<K>[] {
  const out: Entity<K>[] = [];
  for (const e of registry.entities[kind].values()) if (e.valid) out.push(e as Entity<K>);
  return out.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export function boards(registry: Registry) {
  return registry.organisation?.data.boards ?? [];
}

/** A board by id; no id is the organisation itself (a Norwegian kommune's system or asset names no board). */
export function boardRef(registry: Registry, id: string | undefined): BoardRef {
  if (!id) return { id: '', name: registry.organisation?.data.name ?? '' };
  return { id, name: boardName(registry, id) };
}

/** The boards whose ids are in `ids`, in lisa.yaml's order: those that get a document of their own. */
export function boardsAmong(registry: Registry, ids: ReadonlySet<string>): BoardRef[] {
  return boards(registry)
    .filter((b) => ids.has(b.id))
    .map((b) => ({ id: b.id, name: b.name }));
}

/** The board the yearly report and the overviews go to: the executive board, else the first board. */
export function executiveBoard(registry: Registry): BoardRef | undefined {
  const b = boards(registry).find((x) => x.type === 'executive-board') ?? boards(registry)[0];
  return b ? { id: b.id, name: b.name } : undefined;
}

function aspectAbbreviations(registry: Registry, locale: Locale) {
  const aspects = registry.model.aspects.map((a) => ({
    id: a.id,
    label: pickText(a.label, locale),
    ...(a.levels
      ? { levels: a.levels.map((l) => ({ value: l.value, label: pickText(l.label, locale) })) }
      : {}),
  }));
  const used = new Set<string>();
  return aspects.map((a) => {
    let abbr = a.label.charAt(0).toUpperCase();
    // Two aspects starting with the same letter get two letters each time it clashes.
    if (used.has(abbr)) abbr = a.label.slice(0, 2);
    used.add(abbr);
    return { ...a, abbr };
  });
}

export function common(registry: Registry, input: ModelInput, doc: DocumentMeta): CommonView {
  const org = registry.organisation?.data;
  const { commit } = input;
  const settings = org?.documents;
  const showStamp = settings?.commitStamp !== false;
  const colophon = settings?.colophon;
  return {
    locale: input.locale,
    lang: input.locale,
    today: input.today,
    org: {
      name: org?.name ?? '',
      ...(org?.registrationPrefix ? { registrationPrefix: org.registrationPrefix } : {}),
    },
    regLang: org?.locale ?? 'sv',
    regAttr: (org?.locale ?? 'sv') === input.locale ? '' : ` lang="${org?.locale ?? 'sv'}"`,
    colophon:
      colophon === false
        ? { show: false }
        : colophon === undefined || colophon === true
          ? { show: true }
          : { show: true, text: pickText(colophon, input.locale) },
    doc,
    stamp:
      commit && showStamp
        ? {
            sha: commit.sha,
            short: commit.sha.slice(0, 7),
            date: commit.date.slice(0, 10),
            dirty: Boolean(commit.dirty),
          }
        : { dirty: false, ...(showStamp ? {} : { hidden: true }) },
    aspects: aspectAbbreviations(registry, input.locale),
    levels: registry.model.levels.map((l) => ({ value: l.value, label: pickText(l.label, input.locale) })),
    aspectScales: hasAspectScales(registry.model),
    country: profileOf(org).country,
    controllerModel: profileOf(org).controllerModel,
    ...(org?.controller?.delegatedTo
      ? { delegatedTo: roleName(registry, org.controller.delegatedTo, input.locale).toLowerCase() }
      : {}),
  };
}
