import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';

// What the evaluation-data tests need to know about a registry without the answerer: its files, their
// text, and which entries are restricted the way the README says. Kept apart from lib/ on purpose — a
// second reading of the rule, so a question set cannot silently agree with a bug in lib/facts/restricted.
// data.test.ts and data-sets3.test.ts both read it from here.

type Yaml = Record<string, unknown>;
const yamlCache = new Map<string, Yaml>();
export function readYaml(file: string): Yaml {
  let data = yamlCache.get(file);
  if (!data) {
    data = (load(readFileSync(file, 'utf8')) ?? {}) as Yaml;
    yamlCache.set(file, data);
  }
  return data;
}

/** The YAML files of a registry, relative to it, with `/` between folders. */
export function yamlFiles(registry: string): string[] {
  if (!existsSync(registry)) return [];
  return readdirSync(registry, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => f.split(/[\\/]/).join('/'));
}

// Folded YAML breaks long texts over lines; compare with whitespace collapsed.
export const squash = (s: string) => s.replace(/\s+/g, ' ').toLowerCase();

const texts = new Map<string, string>();
/** Every YAML file of a registry as one squashed text, to check that a leak string can occur at all. */
export function registryText(registry: string): string {
  let text = texts.get(registry);
  if (text === undefined) {
    text = squash(
      yamlFiles(registry)
        .map((f) => readFileSync(join(registry, f), 'utf8'))
        .join('\n'),
    );
    texts.set(registry, text);
  }
  return text;
}

/** Marked, about protected identities, or at the top confidentiality level (a classification with its asset). */
export function isMarked(registry: string, file: string): boolean {
  const data = readYaml(join(registry, file));
  if (data.restricted === true || data.protectedIdentities === true) return true;
  if (data.restricted === false) return false;
  const [kind] = file.split('/');
  if (kind !== 'asset' && kind !== 'classification') return false;
  const org = readYaml(join(registry, 'lisa.yaml')) as {
    classification?: { restrictedFrom?: number; levels?: { value: number }[] };
  };
  const top =
    org.classification?.restrictedFrom ??
    Math.max(4, ...(org.classification?.levels ?? []).map((l) => l.value));
  const id = file.replace(/^.*\//, '').replace(/\.yaml$/, '');
  const assetId = kind === 'asset' ? id : String(data.asset);
  const classification = join(registry, 'classification', `${assetId}.yaml`);
  const levels = existsSync(classification)
    ? (readYaml(classification).levels as Record<string, { level?: number }> | undefined)
    : undefined;
  if ((levels?.confidentiality?.level ?? -1) >= top) return true;
  return kind === 'classification' && existsSync(join(registry, 'asset', `${assetId}.yaml`))
    ? isMarked(registry, `asset/${assetId}.yaml`)
    : false;
}

const ids = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : v ? [String(v)] : []);

/**
 * Restricted for the newer registers too: incidents unless `restricted: false`, or when they touch a
 * restricted system or asset; a risk or a plan action about a restricted entry; an agreement covering a
 * restricted system or processing activity (the README says nothing there, so the questions treat it as
 * restricted rather than expect an answer from it).
 */
export function isRestrictedEntry(registry: string, file: string, seen = new Set<string>()): boolean {
  if (seen.has(file) || !existsSync(join(registry, file))) return false;
  seen.add(file);
  if (isMarked(registry, file)) return true;
  const data = readYaml(join(registry, file));
  const any = (kind: string, list: unknown) =>
    ids(list).some((id) => isRestrictedEntry(registry, `${kind}/${id}.yaml`, seen));
  switch (file.split('/')[0]) {
    case 'incident':
      return data.restricted !== false || any('system', data.systems) || any('asset', data.assets);
    case 'risk': {
      const object = (data.object ?? {}) as Record<string, unknown>;
      const scenarios = (Array.isArray(data.scenarios) ? data.scenarios : []) as Record<string, unknown>[];
      return (
        any('system', object.system) ||
        any('asset', object.asset) ||
        any('processing', object.processing) ||
        scenarios.some((s) => any('system', s.systems) || any('asset', s.assets))
      );
    }
    case 'plan': {
      const source = (data.source ?? {}) as Record<string, unknown>;
      if (source.kind === 'risk') return any('risk', source.ref);
      if (source.kind === 'incident') return any('incident', source.ref);
      if (source.kind === 'classification') return any('system', source.ref) || any('asset', source.ref);
      return false;
    }
    case 'agreement':
      return any('system', data.systems) || any('processing', data.processing);
    default:
      return false;
  }
}
