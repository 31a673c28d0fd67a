// Generates the schemas in other languages from the Swedish ones, so that an editor hovers and completes in
// the registry's language: schemas/*.schema.json stay the one source of the register shapes, and
// schemas/i18n/<lang>.json holds each description and title in that language, next to the Swedish text it
// translates. schemas/<lang>/ is written from the two (`npm run gen:schemas`); `--check` fails when a written
// file is stale. A text with no translation, or whose Swedish has changed since, keeps the Swedish in the written
// schema (so an editor still has help) but fails both runs: every language is complete, and a new or reworded
// Swedish description is translated in the same change.
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';

const root = new URL('../schemas/', import.meta.url);
const check = process.argv.includes('--check');
const files = (await readdir(root)).filter((f) => f.endsWith('.schema.json')).sort();
const languages = (await readdir(new URL('i18n/', root)))
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.slice(0, -5));

const pointerKey = (key) => key.replaceAll('~', '~0').replaceAll('/', '~1');

/** Replaces each description and title the translation has, in place; collects the pointers it could not. */
function translate(node, pointer, texts, untranslated) {
  if (Array.isArray(node)) {
    for (const [i, v] of node.entries()) translate(v, `${pointer}/${i}`, texts, untranslated);
    return;
  }
  if (typeof node !== 'object' || node === null) return;
  for (const [key, value] of Object.entries(node)) {
    const here = `${pointer}/${pointerKey(key)}`;
    if ((key === 'description' || key === 'title') && typeof value === 'string') {
      const t = texts[here];
      if (t && t.sv === value && t.text) node[key] = t.text;
      else untranslated.push(`${here}${t ? ' (the Swedish text has changed)' : ''}`);
    } else translate(value, here, texts, untranslated);
  }
}

const stale = [];
const missing = [];
for (const lang of languages) {
  const source = JSON.parse(await readFile(new URL(`i18n/${lang}.json`, root), 'utf8'));
  const dir = new URL(`${lang}/`, root);
  if (!check) await mkdir(dir, { recursive: true });
  for (const file of files) {
    const schema = JSON.parse(await readFile(new URL(file, root), 'utf8'));
    const texts = Object.fromEntries(
      Object.entries(source[file] ?? {}).map(([p, t]) => [p, { sv: t.sv, text: t[lang] }]),
    );
    const untranslated = [];
    translate(schema, '', texts, untranslated);
    for (const p of untranslated) missing.push(`schemas/i18n/${lang}.json: ${file}#${p}`);
    const out = `${JSON.stringify(schema, null, 2)}\n`;
    const target = new URL(file, dir);
    if (check) {
      const current = await readFile(target, 'utf8').catch(() => '');
      if (current !== out) stale.push(`schemas/${lang}/${file}`);
    } else await writeFile(target, out);
  }
}
if (missing.length) {
  console.error(
    `Not translated (the Swedish text is used until it is): add the text, with the Swedish it translates as "sv", to\n  ${missing.join('\n  ')}`,
  );
}
if (stale.length) console.error(`Out of date: ${stale.join(', ')}. Run \`npm run gen:schemas\`.`);
if (missing.length || stale.length) process.exit(1);
