import { organisationToday } from './facts/today.js';
import { compareFindings, type Finding } from './finding.js';
import type { Locale } from './locale.js';
import type { ParsedFile } from './parse.js';
import {
  type BuildOptions,
  buildRegistry,
  byRel,
  type ParseCache,
  type Registry,
  readFindings,
  registryLocale,
  type SourceFile,
} from './registry.js';
import { patchRegistry } from './registry-patch.js';
import { runRules } from './rules/context.js';
import { ALL_RULES, RULES } from './rules/index.js';
import { applySuppressions } from './rules/suppress.js';

export interface ValidateOptions {
  /** The date deadlines are compared with, YYYY-MM-DD; defaults to today in the organisation's time zone. */
  today?: string;
  /** Overrides the registry's own language: the one its findings are told in by default. Findings are data, so
   * this changes no finding and no cache. */
  locale?: Locale;
  /** Keep the parsed data small, for a registry that is kept (the bot, the answerer): see `BuildOptions`. */
  compact?: boolean;
}

export interface ValidationResult {
  registry: Registry;
  findings: Finding[];
  errors: number;
  warnings: number;
}

/** All findings for an already built registry: reading and shape problems, then the rules across files. */
export function findingsFor(registry: Registry, today: string): Finding[] {
  const findings = [...readFindings(registry), ...runRules(RULES, registry, today)];
  // Findings are data here; describeFinding (lib/finding.ts) tells them and masks identity numbers, for every output.
  return applySuppressions(findings, registry, ALL_RULES).sort(compareFindings);
}

function summarise(registry: Registry, findings: Finding[]): ValidationResult {
  let errors = 0;
  for (const f of findings) if (f.severity === 'error') errors++;
  return { registry, findings, errors, warnings: findings.length - errors };
}

/** The day the rules count from: the one given, else today where the organisation is (the clock read here). */
function resolveToday(registry: Registry, options: ValidateOptions): string {
  return options.today ?? organisationToday(registry.organisation?.data, new Date());
}

function buildOptions(options: ValidateOptions): BuildOptions {
  return options.compact ? { compact: true } : {};
}

/** Validates a registry from its files' bytes. Pure apart from reading the clock when `today` is not given. */
export function validateSources(
  root: string,
  sources: readonly SourceFile[],
  options: ValidateOptions = {},
): ValidationResult {
  const locale = options.locale ?? registryLocale(sources);
  const registry = buildRegistry(root, sources, locale, undefined, buildOptions(options));
  return summarise(registry, findingsFor(registry, resolveToday(registry, options)));
}

/**
 * Validates again and again as files change, re-reading only what changed: the bot's reload and an editor's
 * save both cost one file's parse plus the cross-file rules, not a full run.
 */
export class Validator {
  private readonly cache = new Map<string, { bytes: Uint8Array; parsed: ParsedFile }>();
  private sources = new Map<string, SourceFile>();
  /** The sources in path order, kept between runs: a changed file keeps its place, so most runs need no sort. */
  private ordered: SourceFile[] | undefined;
  /** Where each file is in `ordered`, while `ordered` keeps its files. */
  private orderedIndex: Map<string, number> | undefined;
  /** The registry of the last run, which a change of contents only patches. */
  private last: Registry | undefined;

  constructor(
    private readonly root: string,
    private readonly options: ValidateOptions = {},
  ) {}

  private readonly parseCache: ParseCache = {
    get: (file, bytes) => {
      const hit = this.cache.get(file);
      return hit && (hit.bytes === bytes || Buffer.compare(hit.bytes, bytes) === 0) ? hit.parsed : undefined;
    },
    set: (file, bytes, parsed) => {
      this.cache.set(file, { bytes, parsed });
    },
  };

  /**
   * Takes a file parsed elsewhere (by `parseRegister`, in the action's worker threads) as this validator's
   * own parse of exactly these bytes: the next run uses it instead of parsing the file again.
   */
  prime(file: string, bytes: Uint8Array, parsed: ParsedFile): void {
    this.cache.set(file, { bytes, parsed });
  }

  /** Replaces the whole set of files (files not given are gone) and validates. */
  validate(sources: readonly SourceFile[]): ValidationResult {
    this.sources = new Map(sources.map((s) => [s.file, s]));
    this.ordered = undefined;
    return this.run();
  }

  /** Applies changed or added files and removed paths to the last set, and validates. */
  update(changed: readonly SourceFile[], removed: readonly string[] = []): ValidationResult {
    // Only contents changed: the last registry is patched rather than built again (lib/registry-patch.ts).
    const patchable =
      this.last !== undefined &&
      this.ordered !== undefined &&
      removed.length === 0 &&
      changed.every((s) => this.sources.has(s.file));
    for (const s of changed) {
      if (!this.sources.has(s.file)) this.ordered = undefined;
      this.sources.set(s.file, s);
    }
    for (const r of removed) {
      if (this.sources.delete(r)) this.ordered = undefined;
      this.cache.delete(r);
    }
    if (patchable && this.last && this.ordered) {
      const locale = this.options.locale ?? registryLocale(this.ordered);
      // A change of language builds the registry again (patchRegistry declines); the parse cache stays.
      const registry = patchRegistry(this.last, changed, locale, this.parseCache, buildOptions(this.options));
      if (registry) {
        // The same files in the same order: only the changed ones are put in their places.
        this.orderedIndex ??= new Map(this.ordered.map((s, i) => [s.file, i]));
        for (const s of changed) this.ordered[this.orderedIndex.get(s.file) as number] = s;
        this.last = registry;
        return summarise(registry, findingsFor(registry, resolveToday(registry, this.options)));
      }
    }
    if (this.ordered) this.ordered = this.ordered.map((s) => this.sources.get(s.file) as SourceFile);
    return this.run();
  }

  private run(): ValidationResult {
    if (!this.ordered) {
      this.ordered = [...this.sources.values()].sort(byRel);
      this.orderedIndex = undefined;
    }
    const all = this.ordered;
    const locale = this.options.locale ?? registryLocale(all);
    for (const file of this.cache.keys()) if (!this.sources.has(file)) this.cache.delete(file);
    const registry = buildRegistry(this.root, all, locale, this.parseCache, buildOptions(this.options));
    this.last = registry;
    return summarise(registry, findingsFor(registry, resolveToday(registry, this.options)));
  }
}
