import { readdir, readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { swedishIn, WRONG_MARKING } from './swedish.js';

// The bokmål schemas are the editor's help for a Norwegian registry: every title and description is translated
// (scripts/gen-schemas.mjs fails otherwise), and none carries a Swedish word, a Swedish authority or the
// sikkerhetsloven grade.

function texts(node: unknown, pointer: string, out: { pointer: string; text: string }[]) {
  if (typeof node !== 'object' || node === null) return out;
  for (const [key, value] of Object.entries(node)) {
    if ((key === 'description' || key === 'title') && typeof value === 'string')
      out.push({ pointer: `${pointer}/${key}`, text: value });
    else texts(value, `${pointer}/${key}`, out);
  }
  return out;
}

describe('schemas/nb', () => {
  it('has every register, and no Swedish in any title or description', async () => {
    const sources = (await readdir('schemas')).filter((f) => f.endsWith('.schema.json'));
    const nb = (await readdir('schemas/nb')).filter((f) => f.endsWith('.schema.json'));
    expect(nb.sort()).toEqual(sources.sort());
    let count = 0;
    for (const file of nb) {
      const schema = JSON.parse(await readFile(`schemas/nb/${file}`, 'utf8')) as unknown;
      for (const { pointer, text } of texts(schema, '', [])) {
        count++;
        expect(swedishIn(text), `${file}#${pointer}: ${text}`).toEqual([]);
        expect(text, `${file}#${pointer}`).not.toMatch(WRONG_MARKING);
      }
    }
    expect(count).toBeGreaterThan(350);
  });
});
