// Moves the `{sv, nb, en}` message literals of one lib/ file into an area of the message catalogue
// (lib/i18n/<lang>/<area>.ts) and puts the catalogue key in their place, as scripts/codemod-findings.mjs does
// for rule texts. Rerunnable: a file without such literals is not touched.
//
//   node scripts/codemod-messages.mjs --area AREA --prefix PREFIX [--flat NAME,…] [--wrap FN] [--check] FILE
//
// Keys: `<prefix>.<constant>.<property…>` (a constant named in --flat adds no part; an object in an array
// adds its `id`, `level` or `value`, else its index), or the key of an identical text (in all three
// languages) anywhere in the catalogue, so the same words keep one key. `{name}` stays an ICU argument; other
// syntax is quoted, and every moved text is checked to read exactly as before. --wrap puts `FN('key')` in
// place of the literal (a default that must stay one text per language, e.g. `localized`), else `'key'` and
// the file's `Localized` tables become `MessageKey` tables.
// After a run: `npx biome check --write lib` and fix the call sites tsc points at (`X[locale]` → `t(locale, X)`).
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import {
  appendToCatalogue,
  applyEdits,
  areasIn,
  asKeyTables,
  camel,
  moveLiteral,
  quote,
  readCatalogue,
  stringValue,
  triple,
} from './catalogue-codemod.mjs';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const args = process.argv.slice(2);
const option = (name) => {
  const i = args.indexOf(`--${name}`);
  return i === -1 ? undefined : args[i + 1];
};
const check = args.includes('--check');
const area = option('area');
const prefix = option('prefix');
const flat = new Set((option('flat') ?? '').split(',').filter(Boolean));
const wrap = option('wrap');
const valued = new Set(['--area', '--prefix', '--flat', '--wrap']);
const files = args
  .filter((a, i) => !a.startsWith('--') && !valued.has(args[i - 1]))
  .map((f) => path.resolve(root, f));
if (!area || !prefix || files.length === 0) {
  console.error('usage: codemod-messages.mjs --area AREA --prefix PREFIX [--flat NAME,…] [--wrap FN] FILE…');
  process.exit(2);
}

const fileOf = (lang, a) => path.join(root, `lib/i18n/${lang}/${a}.ts`);
const exportName = area.replace(/-([a-z0-9])/g, (_, c) => c.toUpperCase());

/** The part an object inside an array adds to a key: its id, level or value, else its place. */
function elementName(element, array) {
  for (const p of element.properties) {
    if (!ts.isPropertyAssignment(p) || !ts.isIdentifier(p.name)) continue;
    if (!['id', 'level', 'value'].includes(p.name.text)) continue;
    const v =
      stringValue(p.initializer) ?? (ts.isNumericLiteral(p.initializer) ? p.initializer.text : undefined);
    if (v !== undefined) return v;
  }
  return String(array.elements.indexOf(element));
}

function keyFor(node) {
  const names = [];
  let cur = node;
  while (cur && !ts.isSourceFile(cur)) {
    const parent = cur.parent;
    if (ts.isPropertyAssignment(parent) && parent.initializer === cur) {
      names.unshift(parent.name.text ?? parent.name.getText());
    } else if (ts.isArrayLiteralExpression(parent) && ts.isObjectLiteralExpression(cur)) {
      names.unshift(elementName(cur, parent));
    } else if (ts.isVariableDeclaration(parent) && parent.initializer === cur) {
      const name = parent.name.getText();
      if (!flat.has(name)) names.unshift(camel(name));
      break;
    }
    cur = parent;
  }
  return [prefix, ...names].join('.');
}

const catalogue = readCatalogue(fileOf, (lang) => areasIn(root, lang));
const added = { sv: [], nb: [], en: [] };
let changedFiles = 0;
let moved = 0;

for (const file of files) {
  const text = fs.readFileSync(file, 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const edits = [];
  const visit = (node) => {
    const texts = triple(node);
    if (!texts) return ts.forEachChild(node, visit);
    moved++;
    const replace = wrap ? (key) => `${wrap}(${quote(key)})` : quote;
    moveLiteral({
      node,
      texts,
      source,
      file,
      key: keyFor(node),
      reuse: true,
      catalogue,
      added,
      edits,
      replace,
    });
  };
  visit(source);
  if (edits.length === 0) continue;
  changedFiles++;
  const out = applyEdits(text, edits);
  if (!check) fs.writeFileSync(file, wrap ? out : asKeyTables(out, file, root));
}

const what = path.relative(root, files[0]);
const header = (lang) =>
  lang === 'sv'
    ? `// Texts moved from ${what} by scripts/codemod-messages.mjs; edited by hand since. ICU syntax.\nexport const ${exportName} = {\n`
    : `import type { ${exportName} as sv } from '../sv/${area}.js';\n\n// ${lang === 'nb' ? 'Bokmål' : 'English'}, typed against the Swedish keys.\nexport const ${exportName}: Record<keyof typeof sv, string> = {\n`;
appendToCatalogue((lang) => fileOf(lang, area), added, header, check);
console.log(
  `${moved} literals replaced, ${added.sv.length} texts added to ${area}, ${changedFiles} files changed${check ? ' (check only)' : ''}`,
);
if (check && moved) process.exitCode = 1;
