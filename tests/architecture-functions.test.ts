// CONTRIBUTING: no function over ~100 lines. Measured with the TypeScript parser (declarations, methods,
// arrow functions and function expressions, from the first line of the function to its last), so a new long
// function fails here; the few that remain are listed by name and may only shrink.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..');
const MAX_LINES = 100;

// What is still over the limit, with its length when this test was written: each may shrink, none may grow,
// and nothing may be added.
const ALLOWED: Record<string, number> = {
  'lib/registry.ts:buildRegistry': 118,
};

function tsFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = `${dir}/${e.name}`;
    if (e.isDirectory()) return tsFiles(rel);
    // Generated files (scripts/gen-*.mjs: Nunjucks' compiled templates, say) are not code anyone writes.
    return e.name.endsWith('.ts') && !e.name.endsWith('.d.ts') && !e.name.endsWith('.gen.ts') ? [rel] : [];
  });
}

function nameOf(node: ts.Node): string {
  const named = node as ts.Node & { name?: ts.Node };
  if (named.name && (ts.isIdentifier(named.name) || ts.isStringLiteral(named.name))) return named.name.text;
  if (ts.isConstructorDeclaration(node)) return 'constructor';
  const parent = node.parent;
  if (ts.isVariableDeclaration(parent) && ts.isIdentifier(parent.name)) return parent.name.text;
  if (ts.isPropertyAssignment(parent) && ts.isIdentifier(parent.name)) return parent.name.text;
  if (ts.isCallExpression(parent)) return `(callback of ${parent.expression.getText().slice(0, 40)})`;
  return '(anonymous)';
}

/** `file:name` → lines, for every function in the file longer than `max` lines. */
function longFunctions(file: string, max = MAX_LINES): Record<string, number> {
  const text = readFileSync(path.join(ROOT, file), 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const out: Record<string, number> = {};
  const visit = (node: ts.Node) => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const start = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
      const end = source.getLineAndCharacterOfPosition(node.getEnd()).line;
      const lines = end - start + 1;
      if (lines > max) out[`${file}:${nameOf(node)}`] = lines;
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

const FILES = ['lib', 'cli', 'bot', 'action'].flatMap(tsFiles);

describe('function length', () => {
  const found = Object.assign({}, ...FILES.map((f) => longFunctions(f))) as Record<string, number>;

  it(`no function in lib/, cli/, bot/ or action/ is over ${MAX_LINES} lines, but those listed`, () => {
    const unlisted = Object.keys(found).filter((k) => !(k in ALLOWED));
    expect(unlisted.map((k) => `${k} (${found[k]} lines)`)).toEqual([]);
  });

  it('a listed function does not grow', () => {
    const grown = Object.entries(found)
      .filter(([k, n]) => k in ALLOWED && n > (ALLOWED[k] as number))
      .map(([k, n]) => `${k}: ${n} lines, allowed ${ALLOWED[k]}`);
    expect(grown).toEqual([]);
  });

  it('the list names only what is still over the limit (a function split is taken off it)', () => {
    expect(Object.keys(ALLOWED).filter((k) => !(k in found))).toEqual([]);
  });

  it('the measure sees a long function', () => {
    expect(longFunctions('tests/architecture-functions.test.ts', 5)).toHaveProperty([
      'tests/architecture-functions.test.ts:longFunctions',
    ]);
  });
});
