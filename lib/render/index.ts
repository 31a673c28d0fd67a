import path from 'node:path';
import { t } from '../i18n/index.js';
import {
  BrowserLaunchError,
  findBrowser,
  needsLowMemory,
  type PdfJob,
  type PdfPhases,
  PdfPrinter,
} from '../io/chromium.js';
import { makeOutDir, writeDocumentFile } from '../io/render-files.js';
import { readInside } from '../io/safe-read.js';
import type { Locale } from '../locale.js';
import type { Registry } from '../registry.js';
import { processingCsv } from './csv.js';
import { createEnvironment, renderTemplate, TemplateError } from './html.js';
import { hyphenateHtml, loadHyphenation } from './hyphenate.js';
import { buildDocuments, type Commit, documentIds as ids } from './model.js';

// Board documents from the registers: view models (model.ts), HTML from Nunjucks templates (html.ts),
// PDF through headless Chromium (pdf.ts), and the register of processing activities also as CSV.
// This module is the seam that reads the logo and has the files written (through lib/io/).

export interface RenderOptions {
  outDir: string;
  /** The adopter's templates folder: a file there replaces the built-in file of the same name. */
  templatesDir?: string;
  /** Defaults to the registry's language. */
  locale?: Locale;
  /** HTML is always written (it is the PDF's source); `pdf` adds the PDFs. Default: both. */
  formats?: ('html' | 'pdf')[];
  /** The date the documents are as of, YYYY-MM-DD: what is overdue, which quarter is reviewed. */
  today: string;
  /** The commit the data came from, for the stamp in every footer. Without it: "not under version control". */
  commit?: Commit;
  chromePath?: string;
  /** Only these document ids (see `documentIds`). */
  only?: string[];
  /** Where the registry folder is, for reading the logo; defaults to `registry.root` (from the working directory). */
  registryDir?: string;
}

export interface RenderedDocument {
  id: string;
  title: string;
  /** Paths of the files written. */
  html: string;
  pdf?: string;
  csv?: string;
}

export interface RenderResult {
  documents: RenderedDocument[];
  problems: string[];
  /** PDFs were asked for and no browser was found: HTML was still written. */
  missingBrowser?: boolean;
  /** Where the PDFs' time went, ms summed over the documents (pages print concurrently), for the bench. */
  pdfPhases?: PdfPhases & { launch: number };
}

export function documentIds(registry: Registry): string[] {
  return ids(registry);
}

export const MESSAGES = {
  noBrowser: 'render.run.noBrowser',
  badVariable: 'render.run.badVariable',
  launchFailed: 'render.run.launchFailed',
  pdfFailed: 'render.run.pdfFailed',
  blocked: 'render.run.blocked',
  template: 'render.run.template',
  unknownId: 'render.run.unknownId',
  logoMissing: 'render.run.logoMissing',
  logoRejected: 'render.run.logoRejected',
  logoOutside: 'render.run.logoOutside',
  logoSpecial: 'render.run.logoSpecial',
} as const;

const IMAGE_TYPES: Record<string, string> = {
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
};

/** The most a logo may be: it is embedded in every document. */
const MAX_LOGO_BYTES = 1024 * 1024;

/** The organisation's logo as a data: URL, read only from inside the registry folder (see io/safe-read). */
function readLogo(registry: Registry, dir: string, locale: Locale, problems: string[]): string | undefined {
  const logo = registry.organisation?.data.logo;
  if (!logo) return undefined;
  const type = IMAGE_TYPES[path.extname(logo).toLowerCase()];
  // The logo ends up in public documents: nothing outside the registry may be pulled in by naming it.
  if (!type || path.isAbsolute(logo)) {
    problems.push(t(locale, MESSAGES.logoRejected, { logo }));
    return undefined;
  }
  const read = readInside(dir, logo, MAX_LOGO_BYTES + 1);
  if (!read.ok) {
    const message =
      read.refusal === 'missing'
        ? MESSAGES.logoMissing
        : read.refusal === 'special'
          ? MESSAGES.logoSpecial
          : MESSAGES.logoOutside;
    problems.push(t(locale, message, { logo }));
    return undefined;
  }
  if (read.size > MAX_LOGO_BYTES) {
    problems.push(t(locale, MESSAGES.logoRejected, { logo }));
    return undefined;
  }
  return `data:${type};base64,${Buffer.from(read.bytes).toString('base64')}`;
}

export async function renderDocuments(registry: Registry, options: RenderOptions): Promise<RenderResult> {
  const locale = options.locale ?? registry.locale;
  const formats = options.formats ?? ['html', 'pdf'];
  const problems: string[] = [];
  const all = ids(registry);
  let only: Set<string> | undefined;
  if (options.only) {
    only = new Set();
    for (const id of options.only) {
      if (all.includes(id)) only.add(id);
      else problems.push(t(locale, MESSAGES.unknownId, { id, ids: all.join(', ') }));
    }
  }
  // The browser starts while the HTML is made: its start-up is most of a small run's time.
  let browser: string | undefined;
  let missingBrowser = false;
  if (formats.includes('pdf')) {
    browser = options.chromePath;
    if (!browser) {
      const found = findBrowser();
      if (found.badVariable) problems.push(t(locale, MESSAGES.badVariable, found.badVariable));
      browser = found.path;
    }
    if (!browser) {
      problems.push(t(locale, MESSAGES.noBrowser));
      missingBrowser = true;
    }
  }
  const printer = browser ? PdfPrinter.launch(browser) : undefined;
  // Not awaited until the HTML is written; a failed launch must not count as unhandled meanwhile.
  printer?.catch(() => undefined);

  try {
    return await writeAll(registry, options, locale, only, problems, printer, browser, missingBrowser);
  } catch (error) {
    // Whatever went wrong, no browser is left running.
    await (await printer?.catch(() => undefined))?.close();
    throw error;
  }
}

async function writeAll(
  registry: Registry,
  options: RenderOptions,
  locale: Locale,
  only: Set<string> | undefined,
  problems: string[],
  printer: Promise<PdfPrinter> | undefined,
  browser: string | undefined,
  missingBrowser: boolean,
): Promise<RenderResult> {
  const models = buildDocuments(
    registry,
    { today: options.today, locale, ...(options.commit ? { commit: options.commit } : {}) },
    only,
  );
  const logo = readLogo(registry, options.registryDir ?? registry.root, locale, problems);
  const env = createEnvironment({
    locale,
    ...(options.templatesDir ? { templatesDir: options.templatesDir } : {}),
  });
  await makeOutDir(options.outDir);
  await loadHyphenation(locale);

  const documents: RenderedDocument[] = [];
  const jobs: PdfJob[] = [];
  for (const model of models) {
    const { meta } = model;
    if (logo) model.context.org.logo = logo;
    let html: string;
    let header: string;
    let footer: string;
    try {
      html = hyphenateHtml(renderTemplate(env, meta.template, model.context), locale);
      header = renderTemplate(env, 'pdf-header.njk', model.context);
      footer = renderTemplate(env, 'pdf-footer.njk', model.context);
    } catch (error) {
      if (!(error instanceof TemplateError)) throw error;
      problems.push(
        t(locale, MESSAGES.template, { id: meta.id, template: error.template, detail: error.detail }),
      );
      continue;
    }
    const base = path.join(options.outDir, meta.id);
    await writeDocumentFile(`${base}.html`, html);
    const doc: RenderedDocument = { id: meta.id, title: meta.title, html: `${base}.html` };
    if (model.csv) {
      await writeDocumentFile(`${base}.csv`, processingCsv(model.csv, locale));
      doc.csv = `${base}.csv`;
    }
    documents.push(doc);
    jobs.push({
      id: meta.id,
      html,
      path: `${base}.pdf`,
      landscape: meta.orientation === 'landscape',
      headerTemplate: header,
      footerTemplate: footer,
      title: meta.title,
      lang: model.context.lang,
    });
  }

  if (!printer) return { documents, problems, ...(missingBrowser ? { missingBrowser } : {}) };
  let started: PdfPrinter | undefined;
  try {
    started = await printer;
    // The browser started early, in the ordinary mode; a run with a very long document (a region's
    // register) is printed by one in low-memory mode instead, whose start costs little beside that print.
    if (needsLowMemory(jobs)) {
      await started.close();
      started = undefined;
      started = await PdfPrinter.launch(browser as string, undefined, { lowMemory: true });
    }
    const results = await started.print(jobs);
    const phases = { launch: started.launchMs, setContent: 0, print: 0, finish: 0, write: 0 };
    for (const r of results) {
      for (const k of ['setContent', 'print', 'finish', 'write'] as const) phases[k] += r.ms?.[k] ?? 0;
      const doc = documents.find((d) => d.id === r.id);
      if (r.path && doc) doc.pdf = r.path;
      if (r.error) problems.push(t(locale, MESSAGES.pdfFailed, { id: r.id, detail: r.error }));
      for (const url of r.blocked)
        problems.push(t(locale, MESSAGES.blocked, { id: r.id, url: url.slice(0, 120) }));
    }
    return { documents, problems, pdfPhases: phases };
  } catch (error) {
    if (!(error instanceof BrowserLaunchError)) throw error;
    problems.push(t(locale, MESSAGES.launchFailed, { browser, detail: error.message }));
  } finally {
    await started?.close();
  }
  return { documents, problems };
}

export type { Commit, DocumentModel } from './model.js';
export { buildDocuments } from './model.js';
