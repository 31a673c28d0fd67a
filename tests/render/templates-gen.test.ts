import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEnvironment, ENV_OPTIONS, renderTemplate } from '../../lib/render/html.js';
import { buildDocuments } from '../../lib/render/model.js';
import { PRECOMPILED } from '../../lib/render/templates.gen.js';
// @ts-expect-error: a plain ES module script without types.
import { ENV_OPTIONS as GEN_OPTIONS, generateTemplates } from '../../scripts/gen-templates.mjs';
import { fixtureRegistry, hostileOverrides, TODAY } from './fixture.js';

// The built-in templates compiled ahead of time (lib/render/templates.gen.ts): the same HTML as compiling
// each file, used only for the text it was compiled from.

const COMMIT = { sha: '3f2a1c9d8e7b6a5f4e3d2c1b0a9f8e7d6c5b4a39', date: '2026-11-20T10:00:00+01:00' };

function renderAll(precompiled: boolean, templatesDir?: string): Record<string, string> {
  const registry = fixtureRegistry(hostileOverrides('<b>x</b>'));
  const out: Record<string, string> = {};
  for (const locale of ['sv', 'nb', 'en'] as const) {
    const env = createEnvironment({ locale, precompiled, ...(templatesDir ? { templatesDir } : {}) });
    for (const model of buildDocuments(registry, { today: TODAY, locale, commit: COMMIT })) {
      const id = `${locale}/${model.meta.id}`;
      out[id] = renderTemplate(env, model.meta.template, model.context);
      out[`${id}/header`] = renderTemplate(env, 'pdf-header.njk', model.context);
      out[`${id}/footer`] = renderTemplate(env, 'pdf-footer.njk', model.context);
    }
  }
  return out;
}

describe('the templates compiled ahead of time (lib/render/templates.gen.ts)', () => {
  it('are what Nunjucks makes of templates/shared/ now: regenerate with `npm run gen:templates`', async () => {
    const committed = await readFile(
      path.join(import.meta.dirname, '../../lib/render/templates.gen.ts'),
      'utf8',
    );
    expect((await generateTemplates()) === committed, 'lib/render/templates.gen.ts is stale').toBe(true);
    expect(GEN_OPTIONS).toEqual(ENV_OPTIONS);
    expect(Object.keys(PRECOMPILED)).toContain('layout.njk');
    expect(Object.keys(PRECOMPILED)).toContain('partials/macros.njk');
  });

  it('make the same HTML as compiling every file, in every language', () => {
    const ahead = renderAll(true);
    const compiled = renderAll(false);
    expect(Object.keys(ahead).length).toBeGreaterThan(30);
    for (const [id, html] of Object.entries(compiled)) expect(ahead[id], id).toBe(html);
  });

  it('give way to a file whose text differs: an adopter’s template of the same name is compiled from it', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'lisa-templates-gen-'));
    try {
      const builtIn = await readFile(
        path.join(import.meta.dirname, '../../templates/shared/pdf-footer.njk'),
        'utf8',
      );
      await writeFile(path.join(dir, 'pdf-footer.njk'), `${builtIn}<p>Egen sidfot</p>`);
      const own = renderAll(true, dir);
      const plain = renderAll(false);
      const footers = Object.keys(own).filter((k) => k.endsWith('/footer'));
      expect(footers.length).toBeGreaterThan(0);
      for (const id of footers) {
        expect(own[id]).toContain('Egen sidfot');
        expect(own[id]).toBe(`${plain[id]}<p>Egen sidfot</p>`);
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
