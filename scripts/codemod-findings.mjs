// Moves the `{sv, nb, en}` texts of rules, parse and schema findings into the message catalogue
// (lib/i18n/<lang>/findings.ts) and puts the catalogue key in their place. Rerunnable: a file that has no
// such literal left is not touched, and new rules added since (by hand or a merge) are moved on the next run.
//
//   node scripts/codemod-findings.mjs [--check] [file …]
//
// Keys: a rule's `description`, `message` and `hint` become `rule.<id>.<field>`; any other triple (a table
// of words a rule puts into its message) becomes `finding.<file>.<constant>.<property…>`, or the key of an
// identical text already in the catalogue. `{name}` stays an ICU argument; any other brace or a quote that
// ICU would read as syntax is quoted, and every moved text is checked to read exactly as before.
// After a run: `npx biome check --write lib` and fix the call sites tsc points at (`X[locale]` → a key).
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import {
  appendToCatalogue,
  applyEdits,
  asKeyTables,
  camel,
  moveLiteral,
  quote,
  readCatalogue as readAreas,
  stringValue,
  triple,
} from './catalogue-codemod.mjs';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const args = process.argv.slice(2);
const check = args.includes('--check');
const given = args.filter((a) => !a.startsWith('--'));
const defaults = [
  ...fs
    .readdirSync(path.join(root, 'lib/rules'))
    .filter((f) => f.endsWith('.ts'))
    .map((f) => `lib/rules/${f}`),
  'lib/parse-rules.ts',
  'lib/schema-rules.ts',
  'lib/parse.ts',
  'lib/schema.ts',
];
const files = (given.length ? given : defaults).map((f) => path.resolve(root, f));

const catalogueFile = (lang) => path.join(root, `lib/i18n/${lang}/findings.ts`);

/** The texts already in the catalogue, per language. */
const readCatalogue = () =>
  readAreas(
    (lang) => catalogueFile(lang),
    () => ['findings'],
  );

/** The key for a triple: by the rule it belongs to, else by where it stands in the file. */
function keyFor(node, area) {
  const names = [];
  let rule;
  let cur = node;
  while (cur && !ts.isSourceFile(cur)) {
    const parent = cur.parent;
    if (ts.isPropertyAssignment(parent) && parent.initializer === cur) {
      const name = parent.name.text ?? parent.name.getText();
      names.unshift(name);
      const obj = parent.parent;
      if (
        ts.isObjectLiteralExpression(obj) &&
        names.length === 1 &&
        ['description', 'message', 'hint'].includes(name)
      ) {
        const id = obj.properties.find(
          (p) => ts.isPropertyAssignment(p) && ts.isIdentifier(p.name) && p.name.text === 'id',
        );
        const value = id && stringValue(id.initializer);
        if (value) rule = `rule.${value}.${name}`;
      }
    } else if (ts.isVariableDeclaration(parent) && parent.initializer === cur) {
      names.unshift(camel(parent.name.getText()));
      break;
    }
    cur = parent;
  }
  return rule ?? `finding.${area}.${names.join('.')}`;
}

const catalogue = readCatalogue();
const added = { sv: [], nb: [], en: [] };
let changedFiles = 0;

for (const file of files) {
  const text = fs.readFileSync(file, 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const area = path.basename(file, '.ts').replace(/-rules$/, '');
  const edits = [];
  const visit = (node) => {
    const texts = triple(node);
    if (!texts) return ts.forEachChild(node, visit);
    const key = keyFor(node, area);
    // A rule's own texts keep their rule key; words in its tables take an identical text's key.
    const reuse = !key.startsWith('rule.');
    moveLiteral({ node, texts, source, file, key, reuse, catalogue, added, edits, replace: quote });
  };
  visit(source);
  if (edits.length === 0) continue;
  changedFiles++;
  const out = asKeyTables(applyEdits(text, edits), file, root);
  if (!check) fs.writeFileSync(file, out);
}

const header = (lang) =>
  lang === 'sv'
    ? `// Texts of findings (rules, parse and schema), keyed by rule id. Moved here by scripts/codemod-findings.mjs,\n// edited by hand since. ICU syntax: {name} is a parameter; '{' and '}' are literal braces.\nexport const findings = {\n`
    : `import type { findings as sv } from '../sv/findings.js';\n\n// Texts of findings in ${lang === 'nb' ? 'bokmål' : 'English'}, typed against the Swedish keys.\nexport const findings: Record<keyof typeof sv, string> = {\n`;
appendToCatalogue(catalogueFile, added, header, check);
console.log(
  `${added.sv.length} texts moved, ${changedFiles} files changed${check ? ' (check only, nothing written)' : ''}`,
);
if (check && added.sv.length) process.exitCode = 1;
