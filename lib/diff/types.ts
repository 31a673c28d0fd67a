// The shapes the diff returns (`RegistryDiff`) and the contract of a kind's description (`Describe`).
import type { Kind } from '../kinds.js';
import type { Locale } from '../locale.js';
import type { Ctx } from './context.js';

export type DiffKind = Kind | 'organisation';

export interface ChangeDetail {
  /** What sort of change, stable across languages (for tests and for tools that group changes). */
  code: string;
  text: string;
  /** The classification aspect the detail is about, so consequences can be told next to it. */
  aspect?: string;
}

export interface EntityChange {
  kind: DiffKind;
  id: string;
  change: 'added' | 'removed' | 'changed';
  /** The file in the head registry, or in the base when the entry was removed. */
  file: string;
  /** The entry's name as people know it (a classification goes by its asset's name). */
  name: string;
  /** Restricted before or after: the details are withheld, only the changed fields are named. */
  restricted: boolean;
  details: ChangeDetail[];
}

export interface AffectedDocument {
  /** The renderer's document id, e.g. `audit-answer-kpmg-2025`, `processing-register-socialnamnden`. */
  id: string;
  title: string;
  /** `kind/id` of the changes that touch it. */
  because: string[];
}

export interface RegistryDiff {
  changes: EntityChange[];
  /** Consequences not tied to any changed entry (rare: e.g. a system whose requirement moved with a reference). */
  effects: ChangeDetail[];
  documents: AffectedDocument[];
}

export interface DiffOptions {
  locale?: Locale;
  /** YYYY-MM-DD, as the documents would be rendered: names the yearly report's year and the KPI quarter. */
  today?: string;
  /**
   * The documents the head registry gives (the renderer's `documentIds`): only these are listed, and a
   * change to lisa.yaml touches all of them.
   */
  documentIds?: readonly string[];
}

export type Data = Record<string, unknown>;
export type Describe = (
  a: Data,
  b: Data,
  ctx: Ctx,
  entity: { id: string; change: EntityChange['change'] },
) => { details: ChangeDetail[]; handled: string[] };
