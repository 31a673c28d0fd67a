import type { ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';
import _equal from 'ajv/dist/runtime/equal.js';
import _ucs2length from 'ajv/dist/runtime/ucs2length.js';
import { fullFormats } from 'ajv-formats/dist/formats.js';
import enTexts from '../schemas/i18n/en.json' with { type: 'json' };
import nbTexts from '../schemas/i18n/nb.json' with { type: 'json' };
import { type Finding, type FindingData, type FindingValue, findingOf, inEveryLocale } from './finding.js';
import { isMessageKey, type MessageKey } from './i18n/index.js';
import type { Kind } from './kinds.js';
import type { Locale } from './locale.js';
import { locate, type ParsedFile, type PathSegment } from './parse.js';
import type { RuleDef } from './rule-def.js';
import { invalidDate, invalidValue, missingField, unknownField, wrongType } from './schema-rules.js';
import { closest } from './suggest.js';
import { makeValidators } from './validators.gen.js';

export type SchemaName = Kind | 'organisation' | 'synonyms';

type Validators = Record<SchemaName, ValidateFunction> & Record<string, ValidateFunction | undefined>;
let validators: Validators | undefined;

/**
 * A CommonJS module's `exports.default`: Node hands an ES module the module object, a bundler or test runner
 * may hand over the default itself.
 */
function commonJsDefault<T extends (...args: never[]) => unknown>(module: T | { default: T }): T {
  return typeof module === 'function' ? module : module.default;
}

/**
 * The schemas' validators, compiled ahead of time by ajv (scripts/gen-validators.mjs, under full strict mode:
 * a schema mistake fails there and in the tests) rather than at every start (~0.3 s of CPU).
 */
function loadValidators(): Validators {
  validators ??= makeValidators({
    equal: commonJsDefault(_equal as unknown as typeof _equal.default),
    ucs2length: commonJsDefault(_ucs2length as unknown as typeof _ucs2length.default),
    formats: fullFormats,
  }) as unknown as Validators;
  return validators;
}

export function validatorFor(name: SchemaName): ValidateFunction {
  return loadValidators()[name];
}

/** Whether one top-level part of the organisation file is sound on its own, e.g. `/properties/classification`. */
export function partIsValid(name: 'organisation', pointer: `/properties/${string}`, data: unknown): boolean {
  const validate = loadValidators()[`${name}__${pointer.slice('/properties/'.length)}`];
  if (!validate) throw new Error(`no validator for ${name}#${pointer}: see scripts/gen-validators.mjs`);
  return Boolean(validate(data));
}

const TYPE_NAMES: Record<string, MessageKey> = {
  string: 'finding.schema.typeNames.string',
  integer: 'finding.schema.typeNames.integer',
  number: 'finding.schema.typeNames.number',
  boolean: 'finding.schema.typeNames.boolean',
  array: 'finding.schema.typeNames.array',
  object: 'finding.schema.typeNames.object',
  null: 'finding.schema.typeNames.null',
  textOrLocalized: 'finding.schema.typeNames.textOrLocalized',
};

const OR: MessageKey = 'finding.schema.or';

function typeOf(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function typeName(type: string): FindingValue {
  const key = TYPE_NAMES[type];
  return key ? { key } : type;
}

function pathOf(instancePath: string): PathSegment[] {
  if (!instancePath) return [];
  return instancePath
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

const ROOT: MessageKey = 'finding.schema.root';
function fieldName(path: readonly PathSegment[]): FindingValue {
  let out = '';
  for (const s of path) out += typeof s === 'number' ? `[${s}]` : out ? `.${s}` : s;
  return out || { key: ROOT };
}

const TYPE_HINTS = {
  // The usual cause of an object where text belongs: an unquoted ": " or ", " inside a one-line { } text.
  quote: 'finding.schema.typeHints.quote',
  list: 'finding.schema.typeHints.list',
  mapping: 'finding.schema.typeHints.mapping',
  number: 'finding.schema.typeHints.number',
  boolean: 'finding.schema.typeHints.boolean',
} satisfies Record<string, MessageKey>;

function typeHint(error: ErrorObject): FindingValue {
  const wanted = error.keyword === 'anyOf' ? 'string' : String((error.params as { type?: unknown }).type);
  const actual = typeOf(error.data);
  if (error.instancePath === '') return { key: TYPE_HINTS.mapping };
  if (wanted.includes('string') && (actual === 'object' || actual === 'array'))
    return { key: TYPE_HINTS.quote };
  if (wanted === 'array')
    return { key: TYPE_HINTS.list, data: { key: error.instancePath.split('/').pop() ?? '' } };
  if (wanted.includes('integer') || wanted.includes('number')) return { key: TYPE_HINTS.number };
  if (wanted === 'boolean') return { key: TYPE_HINTS.boolean };
  return '';
}

const DID_YOU_MEAN: MessageKey = 'finding.references.didYouMean';
const CONDITION: MessageKey = 'finding.schema.condition';

function didYouMean(word: string, candidates: Iterable<string>): FindingValue {
  const s = closest(word, candidates);
  return s ? { key: DID_YOU_MEAN, data: { s } } : '';
}

/** ajv's parameters as a finding's: numbers and texts kept, anything else as the text it shows as. */
function plain(params: Record<string, unknown>): FindingData {
  const out: FindingData = {};
  for (const [name, value] of Object.entries(params)) {
    if (value === undefined || value === null) continue;
    out[name] = typeof value === 'number' || typeof value === 'boolean' ? value : String(value);
  }
  return out;
}

/** Drops the noise ajv reports alongside an anyOf or if/then failure, so each problem is told once. */
function essentialErrors(errors: ErrorObject[]): ErrorObject[] {
  const anyOfPaths = errors.filter((e) => e.keyword === 'anyOf').map((e) => e.instancePath);
  return errors.filter((e) => {
    if (e.keyword === 'if') return false;
    // A bad key is one problem: the propertyNames error names the key; its inner pattern error does not.
    if (e.schemaPath.includes('/propertyNames/')) return false;
    if (e.keyword !== 'anyOf' && e.schemaPath.includes('/anyOf/')) {
      return !anyOfPaths.some((p) => e.instancePath === p || e.instancePath.startsWith(`${p}/`));
    }
    return true;
  });
}

/** What a schema error is, as a finding: its rule, where it points, and the data its text is made from. */
interface Described {
  rule: RuleDef;
  path: PathSegment[];
  key: boolean;
  params: FindingData;
}

function describe(error: ErrorObject): Described {
  const path = pathOf(error.instancePath);
  const field = fieldName(path);
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperties':
      return unknownFieldOf(error, path);
    case 'required':
      return missingFieldOf(error, path);
    case 'type':
    case 'anyOf':
      return wrongTypeOf(error, path, field);
    case 'format': {
      if (params.format === 'date') {
        return { rule: invalidDate, path, key: false, params: { field, value: String(error.data) } };
      }
      return valueProblem(path, field, PROBLEMS.format, { format: params.format, value: error.data });
    }
    case 'enum':
      return invalidValueOf(error, path, field);
    case 'pattern': {
      const isId = String(params.pattern) === '^[a-z0-9][a-z0-9-]*$';
      return valueProblem(
        path,
        field,
        isId ? PROBLEMS.id : PROBLEMS.pattern,
        { value: String(error.data), pattern: params.pattern },
        isId ? FIXES.id : FIXES.pattern,
      );
    }
    case 'propertyNames':
      return propertyNameOf(error, path, field);
    case 'minLength':
      return valueProblem(path, field, Number(params.limit) > 1 ? PROBLEMS.tooShort : PROBLEMS.minLength, {
        ...params,
      });
    default: {
      const problem = (PROBLEMS as Record<string, MessageKey>)[error.keyword];
      if (problem) return valueProblem(path, field, problem, { ...params, value: error.data });
      return valueProblem(path, field, error.message ?? '', {});
    }
  }
}

/** A field the schema does not know, with the nearest one it does. */
function unknownFieldOf(error: ErrorObject, path: PathSegment[]): Described {
  const params = error.params as Record<string, unknown>;
  const prop = String(params.additionalProperty);
  const allowed = Object.keys((error.parentSchema as { properties?: object } | undefined)?.properties ?? {});
  return {
    rule: unknownField,
    path: [...path, prop],
    key: true,
    params: {
      field: prop,
      didYouMean: didYouMean(prop, allowed),
      allowed: allowed.join(', ') || '—',
    },
  };
}

/** A required field missing, with what it is for (from the schema's description) and when it is required. */
function missingFieldOf(error: ErrorObject, path: PathSegment[]): Described {
  const params = error.params as Record<string, unknown>;
  const missing = String(params.missingProperty);
  const props = (error.parentSchema as { properties?: Record<string, { description?: string }> } | undefined)
    ?.properties;
  const description = props?.[missing]?.description;
  const condition = error.schemaPath.includes('/then/') ? conditionText(error) : '';
  return {
    rule: missingField,
    path,
    key: true,
    params: {
      field: missing,
      condition,
      about: description ? inEveryLocale((l) => aboutText(description, l)) : '',
    },
  };
}

function wrongTypeOf(error: ErrorObject, path: PathSegment[], field: FindingValue): Described {
  const params = error.params as Record<string, unknown>;
  const expected: FindingValue =
    error.keyword === 'anyOf'
      ? typeName('textOrLocalized')
      : { list: String(params.type).split(',').map(typeName), separator: { key: OR } };
  return {
    rule: wrongType,
    path,
    key: false,
    params: {
      field,
      expected,
      actual: typeName(typeOf(error.data)),
      example: typeHint(error),
    },
  };
}

function invalidValueOf(error: ErrorObject, path: PathSegment[], field: FindingValue): Described {
  const params = error.params as Record<string, unknown>;
  const allowed = (params.allowedValues as unknown[]).map(String);
  return {
    rule: invalidValue,
    path,
    key: false,
    params: {
      field,
      problem: { key: PROBLEMS.enum, data: { value: String(error.data) } },
      didYouMean: typeof error.data === 'string' ? didYouMean(error.data, allowed) : '',
      fix: { key: FIXES.enum, data: { allowed: allowed.join(', ') } },
    },
  };
}

/** A key of a mapping that does not match the schema's pattern for keys: reported at the key itself. */
function propertyNameOf(error: ErrorObject, path: PathSegment[], field: FindingValue): Described {
  const params = error.params as Record<string, unknown>;
  const key = String(params.propertyName);
  const pattern = (error.parentSchema as { propertyNames?: { pattern?: string } } | undefined)?.propertyNames
    ?.pattern;
  // Reported at the key itself, not at the mapping holding it.
  return {
    ...valueProblem(
      path,
      field,
      PROBLEMS.propertyName,
      { value: key, pattern },
      pattern ? FIXES.pattern : undefined,
    ),
    path: [...path, key],
    key: true,
  };
}

// The schemas' descriptions are Swedish; schemas/i18n/<lang>.json has them in bokmål and English (the editor's
// schemas in those languages are made from them). A finding tells what a missing field is for in the reader's
// language, or not at all.
const TRANSLATIONS: Partial<Record<Locale, unknown>> = { nb: nbTexts, en: enTexts };
const descriptions = new Map<Locale, Map<string, string>>();
function aboutText(swedish: string, locale: Locale): string {
  if (locale === 'sv') return ` ${swedish}`;
  let map = descriptions.get(locale);
  if (!map) {
    map = new Map();
    const source = (TRANSLATIONS[locale] ?? {}) as Record<
      string,
      Record<string, Partial<Record<Locale, string>>>
    >;
    for (const texts of Object.values(source))
      for (const t of Object.values(texts)) if (t.sv && t[locale]) map.set(t.sv, t[locale] as string);
    descriptions.set(locale, map);
  }
  const text = map.get(swedish);
  return text ? ` ${text}` : '';
}

function conditionText(error: ErrorObject): FindingValue {
  // The only conditions in our schemas are on `status`; say which value triggered the requirement.
  const status = (error.data as { status?: unknown } | undefined)?.status;
  return status === undefined ? '' : { key: CONDITION, data: { when: `status: ${String(status)}` } };
}

/** An invalid value: `problem` is a catalogue key, or ajv's own words for a keyword lisa has none for. */
function valueProblem(
  path: PathSegment[],
  field: FindingValue,
  problem: MessageKey | string,
  params: Record<string, unknown>,
  fix?: MessageKey,
) {
  const data = plain(params);
  return {
    rule: invalidValue,
    path,
    key: false,
    params: {
      field,
      problem: isMessageKey(problem) ? { key: problem, data } : problem,
      didYouMean: '',
      fix: fix ? { key: fix, data } : '',
    },
  };
}

const PROBLEMS = {
  enum: 'finding.schema.problems.enum',
  id: 'finding.schema.problems.id',
  pattern: 'finding.schema.problems.pattern',
  propertyName: 'finding.schema.problems.propertyName',
  format: 'finding.schema.problems.format',
  minimum: 'finding.schema.problems.minimum',
  maximum: 'finding.schema.problems.maximum',
  minLength: 'finding.schema.problems.minLength',
  tooShort: 'finding.schema.problems.tooShort',
  minItems: 'finding.schema.problems.minItems',
  minProperties: 'finding.schema.problems.minProperties',
  uniqueItems: 'finding.schema.problems.uniqueItems',
  const: 'finding.schema.problems.const',
} satisfies Record<string, MessageKey>;

const FIXES = {
  enum: 'finding.schema.fixes.enum',
  id: 'finding.schema.fixes.id',
  pattern: 'finding.schema.fixes.pattern',
} satisfies Record<string, MessageKey>;

/**
 * The entry with the parts its schema rejects taken out (an unknown field, a wrong optional value), when
 * what is left is sound: the rules across files then still run on it, so one typo does not hide every
 * other problem. Undefined when a required part is wrong or missing. Only the rules read this copy; the
 * findings about the rejected parts stand.
 */
export function soundPart(name: SchemaName, data: unknown): unknown {
  const validate = validatorFor(name);
  if (validate(data)) return data;
  const copy = structuredClone(data);
  for (const error of essentialErrors(validate.errors ?? [])) {
    const path = pathOf(error.instancePath);
    if (error.keyword === 'additionalProperties')
      path.push(String((error.params as { additionalProperty?: unknown }).additionalProperty));
    else if (error.keyword === 'propertyNames')
      path.push(String((error.params as { propertyName?: unknown }).propertyName));
    const last = path.pop();
    // A list item cannot go: the positions of the items after it would no longer match the file.
    if (typeof last !== 'string') return undefined;
    let parent: unknown = copy;
    for (const segment of path) parent = (parent as Record<string | number, unknown> | undefined)?.[segment];
    if (parent === null || typeof parent !== 'object' || Array.isArray(parent)) return undefined;
    delete (parent as Record<string, unknown>)[last];
  }
  return validate(copy) ? copy : undefined;
}

/** Checks one parsed file against its schema; every problem becomes a finding at its line. */
export function checkShape(name: SchemaName, parsed: ParsedFile, entity?: string): Finding[] {
  const validate = validatorFor(name);
  if (validate(parsed.data)) return [];
  const findings: Finding[] = [];
  for (const error of essentialErrors(validate.errors ?? [])) {
    const { rule, path, key, params } = describe(error);
    const finding = findingOf(rule, parsed.file, locate(parsed, path, key), params);
    if (entity) finding.entity = entity;
    findings.push(finding);
  }
  return findings;
}
