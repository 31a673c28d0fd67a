import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { BrowserLaunchError, findBrowser, type PdfJob, type PdfPhases, PdfPrinter } from '../io/chromium.js';
import { readInside } from '../io/safe-read.js';
import { format, type Locale, type Localized } from '../locale.js';
import type { Registry } from '../registry.js';
import { processingCsv } from './csv.js';
import { createEnvironment, renderTemplate, TemplateError } from './html.js';
import { hyphenateHtml, loadHyphenation } from './hyphenate.js';
import { buildDocuments, type Commit, documentIds as ids } from './model.js';

// Board documents from the registers: view models (model.ts), HTML from Nunjucks templates (html.ts),
// PDF through headless Chromium (pdf.ts), and the register of processing activities also as CSV.
// This module is the seam that reads the logo and writes the files.

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
  noBrowser: {
    sv: 'Ingen Chrome eller Chromium hittades, så inga PDF-filer skapades (HTML-filerna är skrivna). Installera Chromium – på Debian eller Ubuntu: sudo apt-get install chromium – eller ange webbläsarens sökväg i miljövariabeln CHROME_PATH, t.ex. CHROME_PATH=/usr/bin/google-chrome.',
    nb: 'Fant verken Chrome eller Chromium, så ingen PDF-filer ble laget (HTML-filene er skrevet). Installer Chromium – på Debian eller Ubuntu: sudo apt-get install chromium – eller angi nettleserens sti i miljøvariabelen CHROME_PATH, f.eks. CHROME_PATH=/usr/bin/google-chrome.',
    en: 'No Chrome or Chromium was found, so no PDF files were made (the HTML files are written). Install Chromium – on Debian or Ubuntu: sudo apt-get install chromium – or give the browser’s path in the environment variable CHROME_PATH, e.g. CHROME_PATH=/usr/bin/google-chrome.',
  },
  badVariable: {
    sv: '{name} pekar på {value}, men där finns ingen fil. Rätta sökvägen (t.ex. /usr/bin/chromium) eller ta bort variabeln så letar lisa själv.',
    nb: '{name} peker på {value}, men der finnes ingen fil. Rett stien (f.eks. /usr/bin/chromium) eller fjern variabelen, så leter lisa selv.',
    en: '{name} points to {value}, but there is no file there. Fix the path (e.g. /usr/bin/chromium) or unset it and lisa will look for a browser itself.',
  },
  launchFailed: {
    sv: 'Webbläsaren {browser} gick inte att starta: {detail}. HTML-filerna är skrivna.',
    nb: 'Nettleseren {browser} kunne ikke startes: {detail}. HTML-filene er skrevet.',
    en: 'The browser {browser} could not be started: {detail}. The HTML files are written.',
  },
  pdfFailed: {
    sv: 'PDF för {id} kunde inte skapas: {detail}',
    nb: 'PDF for {id} kunne ikke lages: {detail}',
    en: 'The PDF for {id} could not be made: {detail}',
  },
  blocked: {
    sv: '{id}: mallen försökte hämta {url}; det stoppades. Dokument får inte hämta något utifrån – bädda in bilder som data:-adresser.',
    nb: '{id}: malen prøvde å hente {url}; det ble stoppet. Dokumenter får ikke hente noe utenfra – bygg inn bilder som data:-adresser.',
    en: '{id}: the template tried to fetch {url}; it was blocked. Documents may not fetch anything – embed images as data: URLs.',
  },
  template: {
    sv: '{id} kunde inte skapas: fel i mallen {template}: {detail}',
    nb: '{id} kunne ikke lages: feil i malen {template}: {detail}',
    en: '{id} could not be made: error in the template {template}: {detail}',
  },
  unknownId: {
    sv: 'Det finns inget dokument "{id}". Dokumenten är: {ids}.',
    nb: 'Det finnes ikke noe dokument «{id}». Dokumentene er: {ids}.',
    en: 'There is no document "{id}". The documents are: {ids}.',
  },
  logoMissing: {
    sv: 'Logotypen {logo} i lisa.yaml hittades inte; dokumenten skapas utan logotyp.',
    nb: 'Logoen {logo} i lisa.yaml ble ikke funnet; dokumentene lages uten logo.',
    en: 'The logo {logo} named in lisa.yaml was not found; the documents are made without it.',
  },
  logoRejected: {
    sv: 'Logotypen {logo} används inte: den måste vara en SVG-, PNG- eller JPEG-fil under 1 MB inne i registermappen.',
    nb: 'Logoen {logo} brukes ikke: den må være en SVG-, PNG- eller JPEG-fil under 1 MB inne i registermappen.',
    en: 'The logo {logo} is not used: it must be an SVG, PNG or JPEG file under 1 MB inside the registry folder.',
  },
  logoOutside: {
    sv: 'Logotypen {logo} används inte: den är en länk eller sökväg som leder ut ur registermappen, och sådana filer läses aldrig (de kan innehålla hemligheter). Lägg själva bildfilen i registermappen.',
    nb: 'Logoen {logo} brukes ikke: den er en lenke eller sti som leder ut av registermappen, og slike filer leses aldri (de kan inneholde hemmeligheter). Legg selve bildefilen i registermappen.',
    en: 'The logo {logo} is not used: it is a link or path leading out of the registry folder, and such files are never read (they may hold secrets). Put the image file itself in the registry folder.',
  },
  logoSpecial: {
    sv: 'Logotypen {logo} används inte: den är ingen vanlig fil (en enhet, FIFO eller en fil under /proc). Lägg en SVG-, PNG- eller JPEG-fil i registermappen.',
    nb: 'Logoen {logo} brukes ikke: den er ingen vanlig fil (en enhet, FIFO eller en fil under /proc). Legg en SVG-, PNG- eller JPEG-fil i registermappen.',
    en: 'The logo {logo} is not used: it is not a regular file (a device, FIFO or a file under /proc). Put an SVG, PNG or JPEG file in the registry folder.',
  },
} satisfies Record<string, Localized>;

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
    problems.push(format(MESSAGES.logoRejected[locale], { logo }));
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
    problems.push(format(message[locale], { logo }));
    return undefined;
  }
  if (read.size > MAX_LOGO_BYTES) {
    problems.push(format(MESSAGES.logoRejected[locale], { logo }));
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
      else problems.push(format(MESSAGES.unknownId[locale], { id, ids: all.join(', ') }));
    }
  }
  // The browser starts while the HTML is made: its start-up is most of a small run's time.
  let browser: string | undefined;
  let missingBrowser = false;
  if (formats.includes('pdf')) {
    browser = options.chromePath;
    if (!browser) {
      const found = findBrowser();
      if (found.badVariable) problems.push(format(MESSAGES.badVariable[locale], found.badVariable));
      browser = found.path;
    }
    if (!browser) {
      problems.push(MESSAGES.noBrowser[locale]);
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
  await mkdir(options.outDir, { recursive: true });
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
        format(MESSAGES.template[locale], { id: meta.id, template: error.template, detail: error.detail }),
      );
      continue;
    }
    const base = path.join(options.outDir, meta.id);
    await writeFile(`${base}.html`, html);
    const doc: RenderedDocument = { id: meta.id, title: meta.title, html: `${base}.html` };
    if (model.csv) {
      await writeFile(`${base}.csv`, processingCsv(model.csv, locale));
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
    const results = await started.print(jobs);
    const phases = { launch: started.launchMs, setContent: 0, print: 0, finish: 0, write: 0 };
    for (const r of results) {
      for (const k of ['setContent', 'print', 'finish', 'write'] as const) phases[k] += r.ms?.[k] ?? 0;
      const doc = documents.find((d) => d.id === r.id);
      if (r.path && doc) doc.pdf = r.path;
      if (r.error) problems.push(format(MESSAGES.pdfFailed[locale], { id: r.id, detail: r.error }));
      for (const url of r.blocked)
        problems.push(format(MESSAGES.blocked[locale], { id: r.id, url: url.slice(0, 120) }));
    }
    return { documents, problems, pdfPhases: phases };
  } catch (error) {
    if (!(error instanceof BrowserLaunchError)) throw error;
    problems.push(format(MESSAGES.launchFailed[locale], { browser, detail: error.message }));
  } finally {
    await started?.close();
  }
  return { documents, problems };
}

export type { Commit, DocumentModel } from './model.js';
export { buildDocuments } from './model.js';
