// Moves the `{sv, nb, en}` literals of one file into a new catalogue area lib/i18n/<lang>/<AREA>.ts (and a
// spread line in each index.ts); each literal becomes REPL with KEY replaced by its key. Keys: PREFIX + the
// property path; a text already in the catalogue keeps its key. Every moved text is checked to read the same.
//   node scripts/codemod-texts.mjs FILE AREA EXPORTNAME PREFIX REPL   (e.g. "texts(KEY)" or "KEY")
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import {
  areasIn,
  camel,
  LOCALES,
  quote,
  readCatalogue,
  toIcu,
  triple,
  verify,
} from './catalogue-codemod.mjs';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const [fileArg, area, exportName, prefix, repl] = process.argv.slice(2);
const file = path.resolve(root, fileArg);
function keyFor(node) {
  const names = [];
  let cur = node;
  while (cur && !ts.isSourceFile(cur)) {
    const parent = cur.parent;
    if (ts.isPropertyAssignment(parent) && parent.initializer === cur)
      names.unshift(parent.name.text ?? parent.name.getText());
    else if (ts.isVariableDeclaration(parent) && parent.initializer === cur) {
      names.unshift(camel(parent.name.getText()));
      break;
    }
    cur = parent;
  }
  if (names[0] === 'm' || names[0] === 'messages') names.shift();
  return `${prefix}.${names.join('.')}`;
}
const catalogue = readCatalogue(
  (lang, name) => path.join(root, 'lib/i18n', lang, `${name}.ts`),
  (lang) => areasIn(root, lang),
);
// Only a text already in the catalogue before this run is reused: two new entries that read alike (an action's
// and a DPIA's "planned") are two facts and keep two keys.
const before = new Set(catalogue.sv.keys());
const added = { sv: [], nb: [], en: [] };
const text = fs.readFileSync(file, 'utf8');
const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
const edits = [];
const reused = [];
const visit = (node) => {
  const texts = triple(node);
  if (!texts) return ts.forEachChild(node, visit);
  const icu = Object.fromEntries(LOCALES.map((l) => [l, toIcu(texts[l])]));
  let key = keyFor(node);
  for (const l of LOCALES) verify(key, l, texts[l], icu[l]);
  const same = (k) => LOCALES.every((l) => catalogue[l].get(k) === icu[l]);
  const existing = [...before].find(same);
  if (existing) {
    reused.push(`${key} -> ${existing}`);
    key = existing;
  }
  if (catalogue.sv.has(key) && !same(key)) throw new Error(`${key} exists with other text`);
  if (!catalogue.sv.has(key))
    for (const l of LOCALES) {
      catalogue[l].set(key, icu[l]);
      added[l].push(`  ${quote(key)}: ${quote(icu[l])},`);
    }
  edits.push({ start: node.getStart(source), end: node.getEnd(), text: repl.replace('KEY', quote(key)) });
};
visit(source);
let out = text;
for (const e of edits.sort((a, b) => b.start - a.start))
  out = out.slice(0, e.start) + e.text + out.slice(e.end);
fs.writeFileSync(file, out);
const header = process.env.HEADER ?? '';
for (const lang of LOCALES) {
  const f = `${root}/lib/i18n/${lang}/${area}.ts`;
  const head =
    lang === 'sv'
      ? `// ${header}\n// Swedish defines the keys; nb/ and en/ are typed against them. ICU syntax.\nexport const ${exportName} = {\n`
      : `import type { ${exportName} as sv } from '../sv/${area}.js';\n\nexport const ${exportName}: Record<keyof typeof sv, string> = {\n`;
  const close = lang === 'sv' ? '} as const;\n' : '};\n';
  fs.writeFileSync(f, `${head}${added[lang].join('\n')}\n${close}`);
  const idx = `${root}/lib/i18n/${lang}/index.ts`;
  let s = fs.readFileSync(idx, 'utf8');
  if (!s.includes(`./${area}.js'`)) {
    s = s.replace(/\nexport const catalogue = \{\n/, `import { ${exportName} } from './${area}.js';\n$&`);
    s = s.replace(/\n\};\s*$/, `\n  ...${exportName},\n};\n`);
  }
  fs.writeFileSync(idx, s);
}
console.log(`${added.sv.length} added, ${edits.length} replaced; reused:`, reused);
