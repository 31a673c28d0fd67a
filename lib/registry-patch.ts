// A registry with a few of its files' contents changed, made from the last one instead of anew: what the bot's
// reload, an editor's save and the action's base (the head with a PR's files put back) need. Building a region
// of 54,000 files again walks every file even when each is cached (~70 ms); a patch touches only the changed
// ones. Anything a path decides (which files exist, duplicates, names, the organisation file that sets the
// model) is left to a full build: `patchRegistry` then says no.
import type { Kind } from './kinds.js';
import type { Locale } from './locale.js';
import {
  type BuildOptions,
  buildRegistry,
  classify,
  type Entity,
  type EntityMaps,
  type ParseCache,
  type Registry,
  type SourceFile,
} from './registry.js';

/** Where each file of a registry sits in `files`, built once per registry it is asked of. */
const indexOf = new WeakMap<Registry, Map<string, number>>();

function fileIndex(registry: Registry): Map<string, number> {
  let index = indexOf.get(registry);
  if (!index) {
    index = new Map(registry.files.map((f, i) => [f.file, i]));
    indexOf.set(registry, index);
  }
  return index;
}

/**
 * `previous` with `changed` (files it already holds, at the same paths, with other bytes) read again; the
 * maps and lists of `previous` are never modified. Undefined when the change is not one a patch can make.
 */
export function patchRegistry(
  previous: Registry,
  changed: readonly SourceFile[],
  locale: Locale,
  cache: ParseCache,
  options: BuildOptions = {},
): Registry | undefined {
  if (previous.locale !== locale || previous.refusedRoot || changed.length === 0) return undefined;
  const index = fileIndex(previous);
  const files = [...previous.files];
  const entities = { ...previous.entities } as Record<Kind, Map<string, Entity>>;
  const copied = new Set<Kind>();
  let unreadable: Set<string> | undefined;
  for (const source of changed) {
    const place = classify(source.rel);
    const at = index.get(source.file);
    if (!place || place.kind === 'organisation' || place.kind === 'synonyms' || at === undefined)
      return undefined;
    if (source.refused || source.size !== undefined) return undefined;
    const kind = place.kind;
    const id = place.id.toLowerCase();
    if (previous.duplicates.some((d) => d.file === source.file || d.first === source.file)) return undefined;
    // The one file built as a registry of its own: parsed, shape-checked and made an entity exactly as in a
    // full build (the organisation's model plays no part in that).
    const alone = buildRegistry(previous.root, [source], locale, cache, options);
    const parsed = alone.files[0];
    if (!parsed || alone.duplicates.length || alone.loadFindings?.length || alone.strays.length)
      return undefined;
    const before = (previous.entities[kind] as Map<string, Entity>).get(id);
    const after = (alone.entities[kind] as Map<string, Entity>).get(id);
    // An entry that appears or goes would change the maps' order, which outputs follow: build anew.
    if (Boolean(before) !== Boolean(after) || (before && before.file !== source.file)) return undefined;
    files[at] = parsed;
    if (after) {
      if (!copied.has(kind)) {
        entities[kind] = new Map<string, Entity>(previous.entities[kind] as Map<string, Entity>);
        copied.add(kind);
      }
      entities[kind].set(id, after);
    }
    const key = `${kind}/${id}`;
    if (Boolean(alone.unreadable?.has(key)) !== Boolean(previous.unreadable?.has(key))) {
      unreadable ??= new Set(previous.unreadable);
      if (alone.unreadable?.has(key)) unreadable.add(key);
      else unreadable.delete(key);
    }
  }
  const patched: Registry = {
    ...previous,
    entities: entities as EntityMaps,
    files,
    ...(unreadable ? { unreadable } : {}),
  };
  // Every file kept its place, so the next patch can use the same index.
  indexOf.set(patched, index);
  return patched;
}
