// Moves the `{sv, nb, en}` message literals of the adapters, reminders and import into the message catalogue
// (lib/i18n/<lang>/<area>.ts) and rewrites their uses: `format(X[locale], params)` and `X[locale]` become
// `t(locale, X, params)`, where X now holds a catalogue key. Unlike codemod-messages.mjs (one file, call
// sites by hand) it works on a set of files at once and finds the uses with the type checker; the helpers
// are shared (catalogue-codemod.mjs). Rerunnable: a file with no such literal left is not touched.
//
//   node scripts/codemod-adapter-messages.mjs [--check]
//   node scripts/codemod-adapter-messages.mjs --inline [--check]
//
// --inline, run after the move: a table that now only names keys (`M.kpiHeader` → 'remind.kpiHeader') is
// replaced by its keys at every use, and dropped when nothing else (a dynamic index, a `keyof typeof`) uses it.
//
// Keys: `<prefix>.<constant>.<property…>` (a file's main table, e.g. `M` or `CLI`, adds no segment), or the
// key of a text that is already in the catalogue in all three languages. `{name}` stays an ICU argument; any
// other brace or a quote ICU would read as syntax is quoted, and every moved text is checked to read the same.
// Uses are found with the type checker: an index by a Locale into a table of a moved file.
// After a run: `npx biome check --write .` and fix what tsc points at (a text passed around as a value).
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import {
  applyEdits,
  areasIn,
  camel,
  LOCALES,
  quote,
  readCatalogue,
  stringValue,
  toIcu,
  triple,
  verify,
} from './catalogue-codemod.mjs';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const check = process.argv.includes('--check');
const inline = process.argv.includes('--inline');

/** Which file's texts go to which area file, under which key prefix. */
const SOURCES = [
  ['lib/remind/messages.ts', 'remind', 'remind'],
  ['lib/remind/risk.ts', 'remind', 'remind.risk'],
  ['lib/remind/breaches.ts', 'remind', 'remind.breach'],
  ['lib/remind/agreements.ts', 'remind', 'remind.agreement'],
  ['action/messages.ts', 'action', 'action'],
  ['lib/import/messages.ts', 'import', 'import'],
  ['cli/commands/import-messages.ts', 'import', 'import.cli'],
  ['bot/messages.ts', 'bot', 'bot'],
  ['bot/env.ts', 'bot', 'bot.env'],
  ['cli/commands/init-messages.ts', 'init', 'init'],
  ['cli/messages.ts', 'cli', 'cli'],
  ['cli/args.ts', 'cli', 'cli.args'],
  ['cli/commands/remind.ts', 'cli', 'cli.remind'],
  ['cli/commands/bot.ts', 'cli', 'cli.bot'],
  ['cli/commands/ask-eval.ts', 'cli', 'cli.askEval'],
  ['cli/commands/render.ts', 'cli', 'cli.render'],
  ['cli/commands/export.ts', 'cli', 'cli.export'],
  ['cli/commands/ask.ts', 'cli', 'cli.ask'],
].map(([file, area, prefix]) => ({ file: path.join(root, file), area, prefix }));

/** A file's main table adds no segment to its keys. */
const MAIN_TABLES = new Set([
  'M',
  'A',
  'B',
  'R',
  'T',
  'CLI',
  'INIT',
  'IMPORT_MESSAGES',
  'IMPORT_CLI',
  'MESSAGES',
]);
/** The exported name of an area's object (`import` is a reserved word). */
const exportName = (area) =>
  area === 'import' ? 'imports' : area.replace(/-(\w)/g, (_, c) => c.toUpperCase());
const catalogueDir = (lang) => path.join(root, 'lib/i18n', lang);
const areaFile = (lang, area) => path.join(catalogueDir(lang), `${area}.ts`);

/** The key for a triple by where it stands in its file. */
function keyFor(node, prefix) {
  const names = [];
  let cur = node;
  while (cur && !ts.isSourceFile(cur)) {
    const parent = cur.parent;
    if (ts.isPropertyAssignment(parent) && parent.initializer === cur) {
      names.unshift(ts.isStringLiteral(parent.name) ? parent.name.text : parent.name.getText());
    } else if (ts.isVariableDeclaration(parent) && parent.initializer === cur) {
      const name = parent.name.getText();
      if (!MAIN_TABLES.has(name)) names.unshift(camel(name));
      break;
    }
    cur = parent;
  }
  return [prefix, ...names].join('.');
}

// 1. The texts: each triple of a source file becomes a key, in the catalogue once.
function createProgram() {
  const configPath = path.join(root, 'tsconfig.json');
  const config = ts.parseJsonConfigFileContent(
    ts.readConfigFile(configPath, ts.sys.readFile).config,
    ts.sys,
    root,
  );
  return ts.createProgram(config.fileNames, config.options);
}
const program = createProgram();
const checker = program.getTypeChecker();
/** The project's own source files, and the source files of SOURCES that still exist (moved files may go). */
const projectFiles = () =>
  program
    .getSourceFiles()
    .filter(
      (f) => !f.isDeclarationFile && f.fileName.startsWith(root) && !f.fileName.includes('node_modules'),
    );
const sources = SOURCES.filter((s) => program.getSourceFile(s.file));
/** The declarations a name stands for, through an import's alias. */
function declarations(id) {
  let symbol = checker.getSymbolAtLocation(id);
  if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
  return symbol?.declarations ?? [];
}
/** Text edits per file, applied from the end so that earlier offsets hold. */
function editor() {
  const edits = new Map(); // file → [{start, end, text}]
  const edit = (file, e) => {
    if (!edits.has(file)) edits.set(file, []);
    edits.get(file).push(e);
  };
  const apply = (file) => applyEdits(fs.readFileSync(file, 'utf8'), edits.get(file));
  return { edits, edit, apply };
}
if (inline) {
  inlineTables();
  process.exit(process.exitCode ?? 0);
}
const catalogue = readCatalogue(areaFile, (lang) => areasIn(root, lang));
const added = {}; // area → lang → lines
const { edits, edit, apply } = editor();
const moved = new Set(); // the triples' declarations: tables and constants of source files

for (const { file, area, prefix } of sources) {
  const source = program.getSourceFile(file);
  const visit = (node) => {
    const texts = triple(node);
    if (!texts) return ts.forEachChild(node, visit);
    const icu = Object.fromEntries(LOCALES.map((l) => [l, toIcu(texts[l])]));
    let key = keyFor(node, prefix);
    for (const l of LOCALES) verify(key, l, texts[l], icu[l]);
    const same = (k) => LOCALES.every((l) => catalogue[l].get(k) === icu[l]);
    const existing = [...catalogue.sv.keys()].find(same);
    if (existing) key = existing;
    else if (catalogue.sv.has(key)) throw new Error(`${key} is in the catalogue with another text`);
    else {
      for (const l of LOCALES) {
        catalogue[l].set(key, icu[l]);
        added[area] ??= { sv: [], nb: [], en: [] };
        added[area][l].push(`  ${quote(key)}: ${quote(icu[l])},`);
      }
    }
    edit(file, { start: node.getStart(source), end: node.getEnd(), text: quote(key) });
    let decl = node.parent;
    while (decl && !ts.isVariableDeclaration(decl)) decl = decl.parent;
    if (decl) moved.add(decl);
  };
  visit(source);
}

// 2. The uses: `X[locale]`, where X is reached from a moved declaration, becomes `t(locale, X)`; when it is
// the text of a `format(…, params)`, the call becomes `t(locale, X, params)`.
const isLocaleType = (type) => {
  const parts = type.isUnion() ? type.types : [type];
  return parts.every((p) => p.isStringLiteral() && LOCALES.includes(p.value));
};

function declarationOf(expr) {
  let root = expr;
  while (ts.isPropertyAccessExpression(root) || ts.isElementAccessExpression(root)) root = root.expression;
  return declarations(root).find((d) => moved.has(d));
}

const usesT = new Set();
for (const source of projectFiles()) {
  const file = source.fileName;
  const use = (access) =>
    ts.isElementAccessExpression(access) &&
    isLocaleType(checker.getTypeAtLocation(access.argumentExpression)) &&
    declarationOf(access.expression) !== undefined;
  const visit = (node) => {
    if (
      ts.isCallExpression(node) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === 'format' &&
      node.arguments.length >= 1 &&
      use(node.arguments[0])
    ) {
      const access = node.arguments[0];
      const text = `t(${access.argumentExpression.getText(source)}, ${access.expression.getText(source)}`;
      edit(file, { start: node.getStart(source), end: access.getEnd(), text });
      usesT.add(file);
      for (const arg of node.arguments.slice(1)) visit(arg);
      return;
    }
    if (use(node)) {
      const text = `t(${node.argumentExpression.getText(source)}, ${node.expression.getText(source)})`;
      edit(file, { start: node.getStart(source), end: node.getEnd(), text });
      usesT.add(file);
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
}

// 3. Write: the edits, the imports they need, and the new catalogue lines.
const relImport = (from, target) => {
  const rel = path.relative(path.dirname(from), path.join(root, target));
  return rel.startsWith('.') ? rel : `./${rel}`;
};
for (const file of edits.keys()) {
  let out = apply(file);
  const isSource = SOURCES.some((s) => s.file === file);
  if (isSource) out = out.replace(/\bLocalized\b/g, 'MessageKey');
  // The locale import loses what is no longer used.
  out = out.replace(
    /import (type )?\{([^}]*)\} from '((?:\.\.?\/)+(?:lib\/)?)locale\.js';\n/,
    (whole, type, names, dir) => {
      const body = out.replace(whole, '');
      const kept = names
        .split(',')
        .map((n) => n.trim())
        .filter(Boolean)
        .filter((n) => n !== 'MessageKey' && n !== 'type MessageKey')
        .filter((n) => new RegExp(`\\b${n.replace(/^type /, '')}\\b`).test(body));
      return kept.length ? `import ${type ?? ''}{ ${kept.join(', ')} } from '${dir}locale.js';\n` : '';
    },
  );
  const i18n = relImport(file, 'lib/i18n/index.js');
  const needT =
    usesT.has(file) && !/import \{[^}]*\bt\b[^}]*\} from '[./]*(lib\/)?i18n\/index\.js'/.test(out);
  const needKey =
    /\bMessageKey\b/.test(out) && !/\bMessageKey\b[^;]*from '[./]*(lib\/)?i18n\/index\.js'/.test(out);
  if (needT || needKey) {
    const names = [needT ? 't' : '', needKey ? 'type MessageKey' : ''].filter(Boolean).join(', ');
    const existing = new RegExp(`import \\{([^}]*)\\} from '${i18n.replace(/[./]/g, '\\$&')}';`);
    if (existing.test(out)) out = out.replace(existing, (_, n) => `import {${n}, ${names} } from '${i18n}';`);
    else {
      // Before the first import, so a file's opening comment stays first (and after a shebang).
      const first = out.search(/^import /m);
      const at = first >= 0 ? first : out.startsWith('#!') ? out.indexOf('\n') + 1 : 0;
      out = `${out.slice(0, at)}import { ${names} } from '${i18n}';\n${out.slice(at)}`;
    }
  }
  if (!check) fs.writeFileSync(file, out);
}

for (const [area, lines] of Object.entries(added)) {
  const name = exportName(area);
  for (const lang of LOCALES) {
    const file = areaFile(lang, area);
    const close = lang === 'sv' ? '} as const;\n' : '};\n';
    const head =
      lang === 'sv'
        ? `// Texts of ${area}, moved here by scripts/codemod-adapter-messages.mjs. ICU syntax: {name} is a parameter.\nexport const ${name} = {\n`
        : `import type { ${name} as sv } from '../sv/${area}.js';\n\nexport const ${name}: Record<keyof typeof sv, string> = {\n`;
    const before = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : `${head}${close}`;
    const at = before.lastIndexOf(close);
    if (!check)
      fs.writeFileSync(file, `${before.slice(0, at)}${lines[lang].join('\n')}\n${before.slice(at)}`);
  }
}
const count = Object.values(added).reduce((n, a) => n + a.sv.length, 0);
console.log(
  `${count} texts moved, ${edits.size} files changed${check ? ' (check only, nothing written)' : ''}`,
);
if (check && count) process.exitCode = 1;

/** The tables of keys in the source files, their uses replaced by the keys; a table nothing else uses goes. */
function inlineTables() {
  const tables = new Map(); // declaration → Map(property → key)
  for (const { file } of sources) {
    for (const statement of program.getSourceFile(file).statements) {
      if (!ts.isVariableStatement(statement) || statement.declarationList.declarations.length !== 1) continue;
      const decl = statement.declarationList.declarations[0];
      let init = decl.initializer;
      while (init && (ts.isSatisfiesExpression(init) || ts.isAsExpression(init))) init = init.expression;
      if (!init || !ts.isObjectLiteralExpression(init) || init.properties.length === 0) continue;
      const keys = new Map();
      for (const p of init.properties) {
        const value = ts.isPropertyAssignment(p) ? stringValue(p.initializer) : undefined;
        if (value === undefined) break;
        keys.set(ts.isStringLiteral(p.name) ? p.name.text : p.name.getText(), value);
      }
      if (keys.size === init.properties.length) tables.set(decl, { keys, statement, kept: false });
    }
  }
  const tableOf = (id) =>
    declarations(id)
      .map((d) => tables.get(d))
      .find(Boolean);
  const { edits, edit, apply } = editor();
  for (const source of projectFiles()) {
    const visit = (node) => {
      if (
        ts.isIdentifier(node) &&
        !ts.isImportSpecifier(node.parent) &&
        !ts.isVariableDeclaration(node.parent)
      ) {
        const table = tableOf(node);
        if (table) {
          const access = node.parent;
          const name =
            ts.isPropertyAccessExpression(access) && access.expression === node
              ? access.name.text
              : ts.isElementAccessExpression(access) && access.expression === node
                ? stringValue(access.argumentExpression)
                : undefined;
          if (name !== undefined && table.keys.has(name))
            edit(source.fileName, {
              start: access.getStart(source),
              end: access.getEnd(),
              text: quote(table.keys.get(name)),
            });
          else table.kept = true;
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  for (const table of tables.values()) {
    if (table.kept) continue;
    const source = table.statement.getSourceFile();
    edit(source.fileName, {
      start: table.statement.getStart(source, true),
      end: table.statement.getEnd(),
      text: '',
    });
  }
  for (const file of edits.keys()) {
    const out = apply(file);
    if (!check) fs.writeFileSync(file, out);
  }
  const dropped = [...tables.values()].filter((t) => !t.kept).length;
  console.log(
    `${tables.size} tables of keys, ${dropped} dropped, ${edits.size} files changed${check ? ' (check only)' : ''}`,
  );
  if (check && edits.size) process.exitCode = 1;
}
