import { compactData } from './compact.js';
import { type Finding, type FindingData, findingOf } from './finding.js';
import type { Refusal } from './io/safe-read.js';
import {
  isKind,
  KINDS,
  type Kind,
  type KindData,
  ORGANISATION_FILE,
  type Organisation,
  SYNONYMS_FILE,
  type Synonyms,
} from './kinds.js';
import type { Locale } from './locale.js';
import { isLocale } from './locale.js';
import { type ClassificationModel, classificationModel } from './model.js';
import { humanSize, MAX_FILE_BYTES, type ParsedFile, parseFile, textForScan } from './parse.js';
import {
  fileNameEncoding,
  filePartlyScanned,
  fileSpecial,
  fileSymlink,
  registryLink,
} from './parse-rules.js';
import type { RuleDef } from './rule-def.js';
import { checkShape, partIsValid, soundPart } from './schema.js';

/** One file as read from disk: where it is and its bytes. */
export interface SourceFile {
  /** Path relative to the working directory, forward slashes (what findings print). */
  file: string;
  /** Path relative to the registry root, forward slashes (what decides the kind and id). */
  rel: string;
  bytes: Uint8Array;
  /**
   * Why the file was not read (no bytes), or for a name that is not UTF-8, why it is not read as a register
   * (its bytes are still scanned for identity numbers). `rel` '' is the registry folder itself.
   */
  refused?: Refusal;
  /** The file's real size, when only its first bytes were read. */
  size?: number;
}

export interface Entity<K extends Kind = Kind> {
  kind: K;
  id: string;
  file: string;
  data: KindData[K];
  parsed: ParsedFile;
  /**
   * False when the file's schema problems leave no sound entry (a required part wrong or missing): the entity
   * exists (references to it hold) but rules skip it. With only optional parts rejected, `data` is the entry
   * without them and the rules run on it.
   */
  valid: boolean;
}

export type EntityMaps = { [K in Kind]: Map<string, Entity<K>> };

export interface Registry {
  /** The registry folder as given, relative to the working directory. */
  root: string;
  locale: Locale;
  organisation?: { file: string; data: Organisation; parsed: ParsedFile; valid: boolean };
  /** The lisa.yaml that was read, even when its content could not be used. */
  organisationFile?: string;
  /** synonyms.yaml, when there is one. */
  synonyms?: { file: string; data: Synonyms; parsed: ParsedFile; valid: boolean };
  model: ClassificationModel;
  entities: EntityMaps;
  /** Every register file that was read, in path order. */
  files: ParsedFile[];
  /** Files that share an id with an earlier file of the same kind: [kind, id, first file, this file]. */
  duplicates: { kind: Kind; id: string; first: string; file: string }[];
  /** YAML files outside the known folders. */
  strays: string[];
  /** The text of those stray files, when readable: they are not registers, but a number in them is still published. */
  strayTexts?: { file: string; text: string; scanText?: string }[];
  /** Files whose names cannot be ids. */
  badNames: { kind: Kind; file: string; name: string }[];
  /** Findings about files that were refused or only partly read (links, devices, names that are not UTF-8). */
  loadFindings?: Finding[];
  /** Register entries whose file exists but could not be read (`kind/id`): references to them are not dangling. */
  unreadable?: Set<string>;
  /** The registry folder itself was refused (a link): nothing was read, so nothing is missing either. */
  refusedRoot?: boolean;
}

export function emptyEntityMaps(): EntityMaps {
  const maps = {} as Record<Kind, Map<string, Entity>>;
  for (const kind of KINDS) maps[kind] = new Map();
  return maps as EntityMaps;
}

const YAML_FILE = /\.ya?ml$/i;
export const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;

/** Which register a file belongs to, from its place in the registry: `system/procapita.yaml` → system, procapita. */
export function classify(rel: string): { kind: Kind | 'organisation' | 'synonyms'; id: string } | undefined {
  if (!YAML_FILE.test(rel)) return undefined;
  if (rel === ORGANISATION_FILE || rel === 'lisa.yml') return { kind: 'organisation', id: 'lisa' };
  if (rel === SYNONYMS_FILE || rel === 'synonyms.yml') return { kind: 'synonyms', id: 'synonyms' };
  const parts = rel.split('/');
  if (parts.some((part) => part.startsWith('.'))) return undefined;
  const top = parts[0] ?? '';
  if (parts.length < 2 || !isKind(top)) return undefined;
  const name = (parts[parts.length - 1] ?? '').replace(YAML_FILE, '');
  return { kind: top, id: name };
}

// The entity a parsed file became, for runs that reuse the parse (Validator): nothing rebuilt per run.
const entityOf = new WeakMap<ParsedFile, Entity>();

// Where a file belongs follows from its path alone; sources kept between runs are classified once.
const placeOf = new WeakMap<SourceFile, ReturnType<typeof classify> | null>();
// Both are kept only for a build with a parse cache (a Validator's, the bot's, the action's): a one-off build
// can meet no file again, and 86,600 entries in weak maps cost more than classifying (~3 % of a region's
// validation, and each full garbage collection walks them).

/** Reads the locale from lisa.yaml before anything else, so every message comes in the registry's language. */
export function registryLocale(sources: readonly SourceFile[]): Locale {
  const org = sources.find((s) => s.rel === ORGANISATION_FILE || s.rel === 'lisa.yml');
  if (!org) return 'sv';
  const match = /^\uFEFF?locale:\s*["']?([a-z]{2})["']?\s*(#.*)?$/m.exec(
    Buffer.from(org.bytes).toString('utf8'),
  );
  return match && isLocale(match[1]) ? match[1] : 'sv';
}

export interface ParseCache {
  get(file: string, bytes: Uint8Array): ParsedFile | undefined;
  set(file: string, bytes: Uint8Array, parsed: ParsedFile): void;
}

export interface BuildOptions {
  /**
   * Keep the parsed data in its smallest form (lib/compact.ts), for a registry that is kept: the bot's and
   * the answerer's. It costs about 6 % of the parse, which a one-off validation need not pay.
   */
  compact?: boolean;
}

/** Parses every source file into a registry. Pure: bytes in, model out; findings about reading stay on each file. */
export function buildRegistry(
  root: string,
  sources: readonly SourceFile[],
  locale: Locale,
  cache?: ParseCache,
  options: BuildOptions = {},
): Registry {
  const registry: Registry = {
    root,
    locale,
    model: classificationModel(undefined),
    entities: emptyEntityMaps(),
    files: [],
    duplicates: [],
    strays: [],
    strayTexts: [],
    badNames: [],
    loadFindings: [],
    unreadable: new Set(),
  };
  const sorted = isSortedByRel(sources) ? sources : [...sources].sort(byRel);
  for (const source of sorted) {
    let place = cache ? placeOf.get(source) : undefined;
    if (place === undefined) {
      place = classify(source.rel) ?? null;
      if (cache) placeOf.set(source, place);
    }
    if (source.refused || source.size !== undefined) {
      refusedOrPartial(registry, source, place);
      if (source.refused) continue;
    }
    if (!place) {
      if (YAML_FILE.test(source.rel) && !isHidden(source.rel)) registry.strays.push(source.file);
      // Not a register, but in the repository all the same: a number in it is published too. A YAML file
      // is also parsed (never checked), so that numbers YAML makes of its text are found as in a register.
      registry.strayTexts?.push(
        YAML_FILE.test(source.rel)
          ? parseFile(source.file, source.bytes, source.size)
          : { file: source.file, text: textForScan(source.bytes) },
      );
      continue;
    }
    let parsed = cache?.get(source.file, source.bytes);
    if (!parsed) {
      parsed = parseRegister(place, source, options.compact);
      cache?.set(source.file, source.bytes, parsed);
    }
    registry.files.push(parsed);
    const cached = cache ? entityOf.get(parsed) : undefined;
    if (
      cached &&
      cached.file === source.file &&
      cached.id === place.id.toLowerCase() &&
      cached.kind === place.kind
    ) {
      // Unchanged file, same place: the entity from the last run is still right (it is never mutated).
      if (!ID_PATTERN.test(place.id))
        registry.badNames.push({ kind: cached.kind, file: source.file, name: place.id });
      const existing = registry.entities[cached.kind].get(cached.id);
      if (existing)
        registry.duplicates.push({
          kind: cached.kind,
          id: cached.id,
          first: existing.file,
          file: source.file,
        });
      else (registry.entities[cached.kind] as Map<string, Entity>).set(cached.id, cached);
      continue;
    }
    let valid = parsed.findings.every((f) => f.severity !== 'error');
    let data = parsed.data;
    // Data means the file parsed, so its errors are schema errors: with the rejected parts taken out, the
    // rules across files still see the entry (every problem at once, not the schema's first).
    if (!valid && isPlainObject(data)) {
      const sound = soundPart(place.kind, data);
      if (sound !== undefined) {
        data = sound;
        valid = true;
      }
    }
    if (!isPlainObject(parsed.data) && place.kind !== 'organisation')
      registry.unreadable?.add(`${place.kind}/${place.id.toLowerCase()}`);
    if (place.kind === 'organisation') {
      registry.organisationFile = source.file;
      if (isPlainObject(parsed.data)) {
        registry.organisation = {
          file: source.file,
          data: data as unknown as Organisation,
          parsed,
          valid,
        };
      }
      continue;
    }
    if (place.kind === 'synonyms') {
      if (isPlainObject(parsed.data))
        registry.synonyms = { file: source.file, data: data as unknown as Synonyms, parsed, valid };
      continue;
    }
    const kind = place.kind;
    if (!ID_PATTERN.test(place.id)) registry.badNames.push({ kind, file: source.file, name: place.id });
    const id = place.id.toLowerCase();
    const existing = registry.entities[kind].get(id);
    if (existing) {
      registry.duplicates.push({ kind, id, first: existing.file, file: source.file });
      continue;
    }
    if (!isPlainObject(parsed.data)) continue;
    const entity = { kind, id, file: source.file, data, parsed, valid } as Entity;
    if (cache) entityOf.set(parsed, entity);
    (registry.entities[kind] as Map<string, Entity>).set(id, entity);
  }
  registry.model = classificationModel(ownModel(registry.organisation));
  return registry;
}

/**
 * One register file as `buildRegistry` reads it: parsed, and its shape checked. Depends on nothing but the
 * file, so the action can run it in worker threads and hand the result in through a `ParseCache`. `compact`
 * trims what a registry kept for long (the bot) holds.
 */
export function parseRegister(
  place: { kind: Kind | 'organisation' | 'synonyms'; id: string },
  source: SourceFile,
  compact = false,
): ParsedFile {
  const parsed = parseFile(source.file, source.bytes, source.size);
  if (compact) parsed.data = compactData(parsed.data);
  // The shape of a file depends on nothing else, so its schema findings are cached with it.
  if (parsed.data !== undefined) {
    parsed.findings.push(...checkShape(place.kind, parsed, `${place.kind}/${place.id}`));
  }
  return parsed;
}

export function byRel(a: SourceFile, b: SourceFile): number {
  return a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0;
}

function isSortedByRel(sources: readonly SourceFile[]): boolean {
  for (let i = 1; i < sources.length; i++)
    if ((sources[i - 1] as SourceFile).rel > (sources[i] as SourceFile).rel) return false;
  return true;
}

/**
 * lisa.yaml when its classification model can be used: a typo elsewhere in the file must not swap the
 * registry's own aspects for KLASSA's and turn every classification into unknown-aspect errors.
 */
function ownModel(org: Registry['organisation']): Organisation | undefined {
  if (!org) return undefined;
  if (org.valid) return org.data;
  const section = (org.data as { classification?: unknown }).classification;
  return section !== undefined && partIsValid('organisation', '/properties/classification', section)
    ? org.data
    : undefined;
}

/** Dot-files and files in dot-folders (drafts, editor settings) are never registers; they are still scanned. */
function isHidden(rel: string): boolean {
  return rel.split('/').some((part) => part.startsWith('.'));
}

const REFUSAL_RULES: Record<Refusal, RuleDef> = {
  symlink: fileSymlink,
  outside: fileSymlink,
  special: fileSpecial,
  name: fileNameEncoding,
  missing: fileSpecial,
};

/** A refused file (or the registry folder itself) as a finding, and its bytes, if any, kept for the scan. */
function refusedOrPartial(
  registry: Registry,
  source: SourceFile,
  place: ReturnType<typeof classify> | null,
): void {
  const report = (rule: RuleDef, data: FindingData = {}) =>
    registry.loadFindings?.push(findingOf(rule, source.file, { line: 1, column: 1 }, data));
  if (source.refused && source.rel === '') {
    registry.refusedRoot = true;
    report(registryLink, { dir: source.file });
    return;
  }
  if (source.refused) {
    report(REFUSAL_RULES[source.refused]);
    if (place?.kind === 'organisation') registry.organisationFile = source.file;
    else if (place) registry.unreadable?.add(`${place.kind}/${place.id.toLowerCase()}`);
    if (source.bytes.length > 0)
      registry.strayTexts?.push({ file: source.file, text: textForScan(source.bytes) });
  }
  if (source.size !== undefined && source.size > MAX_FILE_BYTES && !place)
    report(filePartlyScanned, { size: humanSize(source.size), max: humanSize(source.bytes.length) });
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** All parse findings of the registry's files. */
export function readFindings(registry: Registry): Finding[] {
  return [...(registry.loadFindings ?? []), ...registry.files.flatMap((f) => f.findings)];
}

export function entityKey(entity: { kind: string; id: string }): string {
  return `${entity.kind}/${entity.id}`;
}
