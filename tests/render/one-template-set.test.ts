import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Locale } from '../../lib/locale.js';
import { documentKey } from '../../lib/render/document-words.js';
import { createEnvironment, defaultTemplatesDir, renderTemplate } from '../../lib/render/html.js';
import { buildDocuments } from '../../lib/render/model.js';
import { fixtureRegistry, TODAY } from './fixture.js';

// One template set for every language: no per-language copies to drift apart, every word a catalogue key.

const BUILT = defaultTemplatesDir();
const SHARED = path.join(BUILT, 'shared');

function templates(dir = SHARED): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? templates(path.join(dir, e.name))
      : e.name.endsWith('.njk')
        ? [path.join(dir, e.name)]
        : [],
  );
}

function yearly(locale: Locale): string {
  const [model] = buildDocuments(fixtureRegistry(), { today: TODAY, locale }, new Set(['yearly-report']));
  if (!model) throw new Error('no yearly report');
  return renderTemplate(createEnvironment({ locale }), model.meta.template, model.context);
}

describe('the one template set', () => {
  it('has no per-language copies', () => {
    const dirs = readdirSync(BUILT, { withFileTypes: true }).filter((e) => e.isDirectory());
    expect(dirs.map((d) => d.name)).toEqual(['shared']);
  });

  it('names only words that are in the message catalogue', () => {
    const unknown: string[] = [];
    for (const file of templates()) {
      for (const [, key] of readFileSync(file, 'utf8').matchAll(/\bt\("([^"]+)"/g))
        if (!key || !documentKey(key)) unknown.push(`${path.relative(SHARED, file)}: ${key}`);
    }
    expect(unknown).toEqual([]);
  });

  it('says in every language that information is classified per board (it was Swedish only)', () => {
    expect(yearly('sv')).toContain('Informationen klassas av informationsägaren per nämnd.');
    expect(yearly('nb')).toContain('Informasjonen klassifiseres av informasjonseieren i hvert utvalg.');
    expect(yearly('en')).toContain('Information is classified by its owner, board by board.');
  });

  it('makes an unknown word a template error, not a stray key in a board document', () => {
    const env = createEnvironment({ locale: 'sv', builtIn: BUILT });
    const inline = (src: string) => {
      try {
        return env.renderString(src, {});
      } catch (error) {
        return String(error);
      }
    };
    expect(inline('{{ t("date") }}')).toBe('Datum');
    expect(inline('{{ t("common.restricted") }}')).toBe('Begränsad uppgift');
    expect(inline('{{ t("no.such.word") }}')).toContain('"no.such.word" is not in the message catalogue');
  });
});
