// Board documents on a trusted push. The renderer (Nunjucks, puppeteer) is loaded only here, so pull
// requests never load the code that runs templates, and start-up stays fast.
import path from 'node:path';
import type { Locale } from '../lib/locale.js';
import type { Registry } from '../lib/registry.js';

export interface RenderRequest {
  registry: Registry;
  workspace: string;
  outDir: string;
  templatesDir?: string;
  locale: Locale;
  today: string;
  commit?: { sha: string; date: string };
  chromePath?: string;
}

export interface RenderedFiles {
  documents: { id: string; title: string; files: string[]; pdf?: string }[];
  problems: string[];
}

export async function renderAll(req: RenderRequest): Promise<RenderedFiles> {
  const { renderDocuments } = await import('../lib/render/index.js');
  const result = await renderDocuments(req.registry, {
    outDir: path.resolve(req.workspace, req.outDir),
    locale: req.locale,
    formats: ['html', 'pdf'],
    today: req.today,
    ...(req.templatesDir ? { templatesDir: path.resolve(req.workspace, req.templatesDir) } : {}),
    ...(req.commit ? { commit: req.commit } : {}),
    ...(req.chromePath ? { chromePath: req.chromePath } : {}),
  });
  // Paths as a later step sees them: relative to the workspace, forward slashes.
  const rel = (p: string) =>
    path.relative(req.workspace, path.resolve(req.workspace, p)).split(path.sep).join('/');
  return {
    documents: result.documents.map((d) => {
      const files = [d.pdf, d.html, d.csv].filter((f): f is string => typeof f === 'string').map(rel);
      return {
        id: d.id,
        title: d.title,
        files,
        ...(d.pdf ? { pdf: path.resolve(req.workspace, d.pdf) } : {}),
      };
    }),
    problems: result.problems,
  };
}
