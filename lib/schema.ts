import type { ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';
import _equal from 'ajv/dist/runtime/equal.js';
import _ucs2length from 'ajv/dist/runtime/ucs2length.js';
import { fullFormats } from 'ajv-formats/dist/formats.js';
import enTexts from '../schemas/i18n/en.json' with { type: 'json' };
import nbTexts from '../schemas/i18n/nb.json' with { type: 'json' };
import type { Finding } from './finding.js';
import { tell } from './finding.js';
import type { Kind } from './kinds.js';
import type { Locale, Localized } from './locale.js';
import { format } from './locale.js';
import { locate, type ParsedFile, type PathSegment } from './parse.js';
import type { RuleDef } from './rules/define.js';
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

const TYPE_NAMES: Record<string, Localized> = {
  string: { sv: 'text', nb: 'tekst', en: 'text' },
  integer: { sv: 'ett heltal', nb: 'et heltall', en: 'a whole number' },
  number: { sv: 'ett tal', nb: 'et tall', en: 'a number' },
  boolean: { sv: 'true eller false', nb: 'true eller false', en: 'true or false' },
  array: {
    sv: 'en lista (rader som börjar med "- ")',
    nb: 'en liste (linjer som starter med «- »)',
    en: 'a list (lines starting with "- ")',
  },
  object: { sv: 'ett avsnitt med fält', nb: 'et avsnitt med felt', en: 'a mapping of fields' },
  null: { sv: 'tomt', nb: 'tomt', en: 'empty' },
  textOrLocalized: {
    sv: 'text, eller en text per språk (sv:, nb:, en:)',
    nb: 'tekst, eller en tekst per språk (sv:, nb:, en:)',
    en: 'text, or one text per language (sv:, nb:, en:)',
  },
};

const OR: Localized = { sv: ' eller ', nb: ' eller ', en: ' or ' };

function typeOf(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function typeName(type: string, locale: Locale): string {
  return TYPE_NAMES[type]?.[locale] ?? type;
}

function pathOf(instancePath: string): PathSegment[] {
  if (!instancePath) return [];
  return instancePath
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

const ROOT: Localized = { sv: 'filen', nb: 'filen', en: 'the file' };
function fieldName(path: readonly PathSegment[], locale: Locale): string {
  let out = '';
  for (const s of path) out += typeof s === 'number' ? `[${s}]` : out ? `.${s}` : s;
  return out || ROOT[locale];
}

const TYPE_HINTS = {
  // The usual cause of an object where text belongs: an unquoted ": " or ", " inside a one-line { } text.
  quote: {
    sv: 'Sätt citattecken runt text som innehåller kolon, kommatecken eller #, t.ex. name: "Systemägare, socialtjänst".',
    nb: 'Sett anførselstegn rundt tekst som inneholder kolon, komma eller #, f.eks. name: "Systemeier, helse".',
    en: 'Put quotes around text containing a colon, comma or #, e.g. name: "System owner, social services".',
  },
  list: {
    sv: 'Skriv en rad per värde, med "- " först:\n      {key}:\n        - första\n        - andra',
    nb: 'Skriv én linje per verdi, med «- » først:\n      {key}:\n        - første\n        - andre',
    en: 'Write one line per value, starting with "- ":\n      {key}:\n        - first\n        - second',
  },
  mapping: {
    sv: 'Hela filen ska vara fält med värden (nyckel: värde), inte en lista eller en ensam text. Utgå från en befintlig fil i samma mapp.',
    nb: 'Hele filen skal være felt med verdier (nøkkel: verdi), ikke en liste eller en enkelt tekst. Ta utgangspunkt i en eksisterende fil i samme mappe.',
    en: 'The whole file must be fields with values (key: value), not a list or a single text. Start from an existing file in the same folder.',
  },
  number: {
    sv: 'Skriv talet utan citattecken och enhet, t.ex. 3.',
    nb: 'Skriv tallet uten anførselstegn og enhet, f.eks. 3.',
    en: 'Write the number without quotes or unit, e.g. 3.',
  },
  boolean: {
    sv: 'Skriv true (ja) eller false (nej), utan citattecken.',
    nb: 'Skriv true (ja) eller false (nei), uten anførselstegn.',
    en: 'Write true or false, without quotes.',
  },
} satisfies Record<string, Localized>;

function typeHint(error: ErrorObject, locale: Locale): string {
  const wanted = error.keyword === 'anyOf' ? 'string' : String((error.params as { type?: unknown }).type);
  const actual = typeOf(error.data);
  if (error.instancePath === '') return TYPE_HINTS.mapping[locale];
  if (wanted.includes('string') && (actual === 'object' || actual === 'array'))
    return TYPE_HINTS.quote[locale];
  if (wanted === 'array')
    return format(TYPE_HINTS.list[locale], { key: error.instancePath.split('/').pop() });
  if (wanted.includes('integer') || wanted.includes('number')) return TYPE_HINTS.number[locale];
  if (wanted === 'boolean') return TYPE_HINTS.boolean[locale];
  return '';
}

const DID_YOU_MEAN: Localized = {
  sv: ' Menade du "{s}"?',
  nb: ' Mente du «{s}»?',
  en: ' Did you mean "{s}"?',
};
const CONDITION: Localized = {
  sv: ' (krävs när {when})',
  nb: ' (kreves når {when})',
  en: ' (required when {when})',
};

function didYouMean(word: string, candidates: Iterable<string>, locale: Locale): string {
  const s = closest(word, candidates);
  return s ? format(DID_YOU_MEAN[locale], { s }) : '';
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

function describe(
  error: ErrorObject,
  locale: Locale,
): { rule: RuleDef; path: PathSegment[]; key: boolean; params: Record<string, unknown> } {
  const path = pathOf(error.instancePath);
  const field = fieldName(path, locale);
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperties': {
      const prop = String(params.additionalProperty);
      const allowed = Object.keys(
        (error.parentSchema as { properties?: object } | undefined)?.properties ?? {},
      );
      return {
        rule: unknownField,
        path: [...path, prop],
        key: true,
        params: {
          field: prop,
          didYouMean: didYouMean(prop, allowed, locale),
          allowed: allowed.join(', ') || '—',
        },
      };
    }
    case 'required': {
      const missing = String(params.missingProperty);
      const props = (
        error.parentSchema as { properties?: Record<string, { description?: string }> } | undefined
      )?.properties;
      const description = props?.[missing]?.description;
      const condition = error.schemaPath.includes('/then/') ? conditionText(error, locale) : '';
      return {
        rule: missingField,
        path,
        key: true,
        params: { field: missing, condition, about: description ? aboutText(description, locale) : '' },
      };
    }
    case 'type':
    case 'anyOf': {
      const expected =
        error.keyword === 'anyOf'
          ? typeName('textOrLocalized', locale)
          : String(params.type)
              .split(',')
              .map((t) => typeName(t, locale))
              .join(OR[locale]);
      return {
        rule: wrongType,
        path,
        key: false,
        params: {
          field,
          expected,
          actual: typeName(typeOf(error.data), locale),
          example: typeHint(error, locale),
        },
      };
    }
    case 'format': {
      if (params.format === 'date') {
        return { rule: invalidDate, path, key: false, params: { field, value: String(error.data) } };
      }
      return valueProblem(path, field, locale, PROBLEMS.format, { format: params.format, value: error.data });
    }
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map(String);
      return {
        rule: invalidValue,
        path,
        key: false,
        params: {
          field,
          problem: format(PROBLEMS.enum[locale], { value: String(error.data) }),
          didYouMean: typeof error.data === 'string' ? didYouMean(error.data, allowed, locale) : '',
          fix: format(FIXES.enum[locale], { allowed: allowed.join(', ') }),
        },
      };
    }
    case 'pattern': {
      const isId = String(params.pattern) === '^[a-z0-9][a-z0-9-]*$';
      return valueProblem(
        path,
        field,
        locale,
        isId ? PROBLEMS.id : PROBLEMS.pattern,
        { value: String(error.data), pattern: params.pattern },
        isId ? FIXES.id : FIXES.pattern,
      );
    }
    case 'propertyNames': {
      const key = String(params.propertyName);
      const pattern = (error.parentSchema as { propertyNames?: { pattern?: string } } | undefined)
        ?.propertyNames?.pattern;
      // Reported at the key itself, not at the mapping holding it.
      return {
        ...valueProblem(
          path,
          field,
          locale,
          PROBLEMS.propertyName,
          { value: key, pattern },
          pattern ? FIXES.pattern : undefined,
        ),
        path: [...path, key],
        key: true,
      };
    }
    case 'minLength':
      return valueProblem(
        path,
        field,
        locale,
        Number(params.limit) > 1 ? PROBLEMS.tooShort : PROBLEMS.minLength,
        { ...params },
      );
    default: {
      const problem = (PROBLEMS as Record<string, Localized>)[error.keyword];
      if (problem) return valueProblem(path, field, locale, problem, { ...params, value: error.data });
      return valueProblem(
        path,
        field,
        locale,
        { sv: error.message ?? '', nb: error.message ?? '', en: error.message ?? '' },
        {},
      );
    }
  }
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

function conditionText(error: ErrorObject, locale: Locale): string {
  // The only conditions in our schemas are on `status`; say which value triggered the requirement.
  const status = (error.data as { status?: unknown } | undefined)?.status;
  return status === undefined ? '' : format(CONDITION[locale], { when: `status: ${String(status)}` });
}

function valueProblem(
  path: PathSegment[],
  field: string,
  locale: Locale,
  problem: Localized,
  params: Record<string, unknown>,
  fix?: Localized,
) {
  return {
    rule: invalidValue,
    path,
    key: false,
    params: {
      field,
      problem: format(problem[locale], params),
      didYouMean: '',
      fix: fix ? format(fix[locale], params) : '',
    },
  };
}

const PROBLEMS = {
  enum: {
    sv: '"{value}" är inte ett tillåtet värde',
    nb: '«{value}» er ikke en tillatt verdi',
    en: '"{value}" is not an allowed value',
  },
  id: {
    sv: '"{value}" är inget giltigt id',
    nb: '«{value}» er ingen gyldig id',
    en: '"{value}" is not a valid id',
  },
  pattern: {
    sv: '"{value}" har fel form',
    nb: '«{value}» har feil form',
    en: '"{value}" has the wrong form',
  },
  propertyName: {
    sv: 'nyckeln "{value}" har fel form',
    nb: 'nøkkelen «{value}» har feil form',
    en: 'the key "{value}" has the wrong form',
  },
  format: {
    sv: '"{value}" är ingen giltig {format}',
    nb: '«{value}» er ingen gyldig {format}',
    en: '"{value}" is not a valid {format}',
  },
  minimum: {
    sv: 'värdet {value} är mindre än {limit}',
    nb: 'verdien {value} er mindre enn {limit}',
    en: 'the value {value} is less than {limit}',
  },
  maximum: {
    sv: 'värdet {value} är större än {limit}',
    nb: 'verdien {value} er større enn {limit}',
    en: 'the value {value} is greater than {limit}',
  },
  minLength: { sv: 'texten är tom', nb: 'teksten er tom', en: 'the text is empty' },
  tooShort: {
    sv: 'texten är för kort (minst {limit} tecken)',
    nb: 'teksten er for kort (minst {limit} tegn)',
    en: 'the text is too short (at least {limit} characters)',
  },
  minItems: {
    sv: 'listan ska ha minst {limit} rad(er)',
    nb: 'listen skal ha minst {limit} linje(r)',
    en: 'the list needs at least {limit} item(s)',
  },
  minProperties: { sv: 'avsnittet är tomt', nb: 'avsnittet er tomt', en: 'the mapping is empty' },
  uniqueItems: {
    sv: 'samma värde står två gånger (rad {i} och {j})',
    nb: 'samme verdi står to ganger (linje {i} og {j})',
    en: 'the same value appears twice (items {i} and {j})',
  },
  const: {
    sv: 'värdet ska vara {allowedValue}',
    nb: 'verdien skal være {allowedValue}',
    en: 'the value must be {allowedValue}',
  },
} satisfies Record<string, Localized>;

const FIXES = {
  enum: {
    sv: 'Tillåtna värden: {allowed}.',
    nb: 'Tillatte verdier: {allowed}.',
    en: 'Allowed values: {allowed}.',
  },
  id: {
    sv: 'Ett id skrivs med små bokstäver a–z, siffror och bindestreck, utan å, ä, ö och mellanslag (t.ex. "socialnamnden").',
    nb: 'En id skrives med små bokstaver a–z, sifre og bindestrek, uten æ, ø, å og mellomrom (f.eks. «helse-og-omsorg»).',
    en: 'An id uses lower-case letters a–z, digits and hyphens, with no spaces or accented letters (e.g. "social-services").',
  },
  pattern: {
    sv: 'Förväntat mönster: {pattern}.',
    nb: 'Forventet mønster: {pattern}.',
    en: 'Expected pattern: {pattern}.',
  },
} satisfies Record<string, Localized>;

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
export function checkShape(name: SchemaName, parsed: ParsedFile, locale: Locale, entity?: string): Finding[] {
  const validate = validatorFor(name);
  if (validate(parsed.data)) return [];
  const findings: Finding[] = [];
  for (const error of essentialErrors(validate.errors ?? [])) {
    const { rule, path, key, params } = describe(error, locale);
    const pos = locate(parsed, path, key);
    const text = tell(rule, locale, params);
    findings.push({
      file: parsed.file,
      severity: rule.severity,
      rule: rule.id,
      ...pos,
      message: text.message,
      ...(text.hint ? { hint: text.hint } : {}),
      ...(entity ? { entity } : {}),
    });
  }
  return findings;
}
