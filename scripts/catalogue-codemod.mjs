// What the catalogue codemods share (scripts/codemod-findings.mjs for rule texts, scripts/codemod-messages.mjs
// for every other `{sv, nb, en}` literal in lib/): reading the catalogue, finding the literals, turning a
// text into an ICU message that reads the same, and checking that it does.
import fs from 'node:fs';
import path from 'node:path';
import { IntlMessageFormat } from 'intl-messageformat';
import ts from 'typescript';

export const LOCALES = ['sv', 'nb', 'en'];

/** The texts in the given catalogue files, per language (string literal keys and values). */
export function readCatalogue(fileOf, areas) {
  const out = { sv: new Map(), nb: new Map(), en: new Map() };
  for (const lang of LOCALES) {
    for (const area of areas(lang)) {
      const file = fileOf(lang, area);
      if (!fs.existsSync(file)) continue;
      const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
      const visit = (node) => {
        if (
          ts.isPropertyAssignment(node) &&
          ts.isStringLiteral(node.name) &&
          ts.isStringLiteralLike(node.initializer)
        )
          out[lang].set(node.name.text, node.initializer.text);
        ts.forEachChild(node, visit);
      };
      visit(source);
    }
  }
  return out;
}

export function stringValue(node) {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  return undefined;
}

/** `{sv: '…', nb: '…', en: '…'}` with string values and nothing else, as a record; else undefined. */
export function triple(node) {
  if (!ts.isObjectLiteralExpression(node) || node.properties.length !== 3) return undefined;
  const texts = {};
  for (const p of node.properties) {
    if (!ts.isPropertyAssignment(p) || !ts.isIdentifier(p.name) || !LOCALES.includes(p.name.text))
      return undefined;
    const v = stringValue(p.initializer);
    if (v === undefined) return undefined;
    texts[p.name.text] = v;
  }
  return LOCALES.every((l) => l in texts) ? texts : undefined;
}

export const camel = (s) =>
  /^[A-Z0-9_]+$/.test(s) ? s.toLowerCase().replace(/_([a-z0-9])/g, (_, c) => c.toUpperCase()) : s;

/** The text as an ICU message that reads the same: `{name}` stays an argument, other syntax is quoted. */
export function toIcu(text) {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    const arg = c === '{' ? /^\{\w+\}/.exec(text.slice(i)) : null;
    if (arg) {
      out += arg[0];
      i += arg[0].length - 1;
    } else if (c === '{' || c === '}') out += `'${c}'`;
    // A quote is syntax only before a brace, a quote, # or |; elsewhere ICU reads it as itself.
    else if (c === "'") out += /[{}'#|]/.test(text[i + 1] ?? '') ? "''" : "'";
    else out += c;
  }
  return out;
}

/** Fills `{name}` as lisa's old format() did, for the check that the moved text reads the same. */
const oldFormat = (template, params) => template.replace(/\{(\w+)\}/g, (whole, k) => params[k] ?? whole);

export function verify(key, lang, before, after) {
  const params = {};
  for (const m of before.matchAll(/\{(\w+)\}/g)) params[m[1]] = `<${m[1]}>`;
  const got = new IntlMessageFormat(after, 'en', undefined, { ignoreTag: true }).format(params);
  if (got !== oldFormat(before, params))
    throw new Error(`${key} (${lang}) reads differently:\n${before}\n${got}`);
}

export const quote = (s) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n')}'`;

/** The catalogue areas of a language: its files but the index. */
export function areasIn(root, lang) {
  const dir = path.join(root, 'lib/i18n', lang);
  return fs.existsSync(dir)
    ? fs
        .readdirSync(dir)
        .filter((f) => f.endsWith('.ts') && f !== 'index.ts')
        .map((f) => f.slice(0, -3))
    : [];
}

/**
 * Moves one `{sv, nb, en}` literal: checks each text reads the same as ICU, takes the key of an identical text
 * already in the catalogue when `reuse` allows, records a new text in `added`, and queues the edit that puts
 * `replace(key)` in the literal's place (and `as const` after an untyped table, so its keys keep their
 * literal types and still type as MessageKey).
 */
export function moveLiteral({ node, texts, source, file, key, reuse, catalogue, added, edits, replace }) {
  const icu = Object.fromEntries(LOCALES.map((l) => [l, toIcu(texts[l])]));
  for (const l of LOCALES) verify(file, l, texts[l], icu[l]);
  const same = (k) => LOCALES.every((l) => catalogue[l].get(k) === icu[l]);
  if (reuse) key = [...catalogue.sv.keys()].find(same) ?? key;
  if (catalogue.sv.has(key) && !same(key)) throw new Error(`${key} is in the catalogue with another text`);
  if (!catalogue.sv.has(key)) {
    for (const l of LOCALES) {
      catalogue[l].set(key, icu[l]);
      added[l].push(`  ${quote(key)}: ${quote(icu[l])},`);
    }
  }
  const text = replace(key);
  edits.push({ start: node.getStart(source), end: node.getEnd(), text });
  if (text !== quote(key)) return;
  const table = ts.isPropertyAssignment(node.parent) ? node.parent.parent : undefined;
  const decl = table?.parent;
  if (table && ts.isVariableDeclaration(decl) && decl.initializer === table && !decl.type) {
    const end = table.getEnd();
    if (!edits.some((e) => e.start === end)) edits.push({ start: end, end, text: ' as const' });
  }
}

export function applyEdits(text, edits) {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start))
    out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

/** The file's tables now hold keys: their `Localized` types become `MessageKey`, imported from the catalogue. */
export function asKeyTables(out, file, root) {
  out = out.replace(/\bLocalized\b/g, 'MessageKey');
  out = out.replace(/import type \{ MessageKey \} from '(\.\.?\/)+locale\.js';\n/, '');
  out = out.replace(/(import (?:type )?\{[^}]*?)(?:type )?\bMessageKey, /, '$1');
  out = out.replace(/(import (?:type )?\{[^}]*), (?:type )?MessageKey \}/, '$1 }');
  if (/\bMessageKey\b/.test(out) && !/import type \{ MessageKey \}/.test(out)) {
    const rel = path.relative(path.dirname(file), path.join(root, 'lib/i18n/index.js'));
    const spec = rel.startsWith('.') ? rel : `./${rel}`;
    // Before the first import, so a file's opening comment stays first.
    const at = Math.max(0, out.search(/^import /m));
    out = `${out.slice(0, at)}import type { MessageKey } from '${spec}';\n${out.slice(at)}`;
  }
  return out;
}

/** Appends the `added` lines to each language's catalogue file, made with `header(lang)` if it is new. */
export function appendToCatalogue(fileOf, added, header, check) {
  for (const lang of LOCALES) {
    if (added[lang].length === 0) continue;
    const file = fileOf(lang);
    const close = lang === 'sv' ? '} as const;\n' : '};\n';
    const before = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : `${header(lang)}${close}`;
    const at = before.lastIndexOf(close);
    const out = `${before.slice(0, at)}${added[lang].join('\n')}\n${before.slice(at)}`;
    if (!check) fs.writeFileSync(file, out);
  }
}
