import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'puppeteer-core';

// The I/O edge that turns HTML into PDF: one headless Chromium per run, pages printed concurrently,
// JavaScript off and every request that is not a data: URL aborted, so a document can neither run code
// nor fetch anything, whatever its HTML says.

export const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-extensions',
  // Headless Chromium is the whole browser: at start it preloads the omnibox popups' WebUI pages in a
  // renderer of their own and keeps a spare renderer ready. A printer needs neither; without them the
  // browser starts on ~150 ms less CPU and two processes fewer. (Puppeteer adds its own disabled
  // features to these.)
  '--disable-features=PreloadTopChromeWebUI,WebUIOmniboxPopup,WebUIOmniboxAimPopup,WebUIOmniboxFullPopup,SpareRendererForSitePerProcess',
];

/**
 * For a run with a very long document: Chromium's low-end device mode, and no zygote (every process is
 * started on its own rather than forked from the two zygotes, which lisa's --no-sandbox allows). Chromium's
 * peak while it prints the 2,000-activity register: 1,086 MiB, 906 MiB in low-end mode (its renderer 673 →
 * 486 MiB), 745–771 MiB with no zygote as well (medians and ranges of interleaved prints, load ~20). The
 * PDF is the same to the byte but for its dates. The price is Chromium's CPU for that print, ~20 % more in
 * low-end mode; the other runs keep the ordinary mode.
 */
export const LOW_MEMORY_ARGS = ['--enable-low-end-device-mode', '--no-zygote'];

/** HTML this long (characters) or longer makes a run print in low-memory mode (the register above is 1.5 M). */
export const LOW_MEMORY_HTML = 1_000_000;

/** Whether any job is long enough that the browser should run in low-memory mode. */
export function needsLowMemory(jobs: readonly Pick<PdfJob, 'html'>[]): boolean {
  return jobs.some((job) => job.html.length >= LOW_MEMORY_HTML);
}

const WELL_KNOWN = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome-stable'];
const ON_PATH = ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome'];
const MAC = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';

export interface BrowserLookup {
  path?: string;
  /** Set when CHROME_PATH or CHROME_BIN names a file that is not there: the user meant that one. */
  badVariable?: { name: string; value: string };
}

/** Finds Chrome or Chromium: CHROME_PATH, CHROME_BIN (GitHub runners), then the usual places and PATH. */
export function findBrowser(
  env: Record<string, string | undefined> = process.env,
  exists: (p: string) => boolean = existsSync,
): BrowserLookup {
  for (const name of ['CHROME_PATH', 'CHROME_BIN']) {
    const value = env[name];
    if (!value) continue;
    if (exists(value)) return { path: value };
    return { badVariable: { name, value } };
  }
  for (const p of WELL_KNOWN) if (exists(p)) return { path: p };
  for (const dir of (env.PATH ?? '').split(path.delimiter).filter(Boolean)) {
    for (const name of ON_PATH) {
      const p = path.join(dir, name);
      if (exists(p)) return { path: p };
    }
  }
  if (exists(MAC)) return { path: MAC };
  return {};
}

export interface PdfJob {
  id: string;
  html: string;
  /** Where the PDF is written. */
  path: string;
  landscape: boolean;
  headerTemplate: string;
  footerTemplate: string;
  /** For the PDF/UA metadata: the title when the HTML has none, and the document's language (BCP 47). */
  title?: string;
  lang?: string;
}

export interface PdfResult {
  id: string;
  path?: string;
  error?: string;
  /** Requests the page tried and was refused (anything not data:). */
  blocked: string[];
  /** Where this job's time went, ms of wall time (for the benchmark). */
  ms?: PdfPhases;
}

/** A PDF's wall time by phase: the HTML loaded, Chrome's printing, the PDF/UA finishing, the file written. */
export interface PdfPhases {
  setContent: number;
  print: number;
  finish: number;
  write: number;
}

export interface PdfOptions {
  executablePath: string;
  /** Pages printed at once; more uses more memory for little gain past the number of cores. */
  concurrency?: number;
  timeoutMs?: number;
}

export class BrowserLaunchError extends Error {}

/** The printable width in CSS pixels (96 per inch): A4 less the margins below. */
const VIEWPORT = {
  portrait: { width: 635, height: 900 },
  landscape: { width: 1009, height: 640 },
};

const MARGINS = {
  portrait: { top: '25mm', bottom: '21mm', left: '22mm', right: '20mm' },
  landscape: { top: '22mm', bottom: '18mm', left: '15mm', right: '15mm' },
};

/** The document's content security policy from its `<meta http-equiv>`, if it sets one. */
export function contentPolicy(html: string): string | undefined {
  const head = html.slice(0, Math.max(0, html.search(/<\/head>/i)) || 4096);
  for (const meta of head.match(/<meta\b[^>]*>/gi) ?? [])
    if (/http-equiv\s*=\s*["']?content-security-policy/i.test(meta))
      return /\bcontent\s*=\s*("([^"]*)"|'([^']*)')/i
        .exec(meta)
        ?.slice(2)
        .find((v) => v !== undefined);
  return undefined;
}

/** A page set up once for printing untrusted HTML: JavaScript off, every request but data: refused. */
async function preparePage(
  browser: Browser,
  reuse?: Page,
): Promise<{ page: Page; blocked: { list: string[] } }> {
  const page = reuse ?? (await browser.newPage());
  const blocked = { list: [] as string[] };
  await page.setJavaScriptEnabled(false);
  // Laid out for print from the start: the PDF step then lays the page out once, not twice (a big
  // register's print time drops by a fifth).
  await page.emulateMediaType('print');
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const url = request.url();
    if (url.startsWith('data:')) {
      void request.continue().catch(() => undefined);
    } else {
      blocked.list.push(url);
      void request.abort('blockedbyclient').catch(() => undefined);
    }
  });
  return { page, blocked };
}

async function printOne(
  page: Page,
  blocked: { list: string[] },
  job: PdfJob,
  timeout: number,
  state: { inPage: string | null; last: boolean },
): Promise<PdfResult> {
  blocked.list = [];
  const ms: PdfPhases = { setContent: 0, print: 0, finish: 0, write: 0 };
  let mark = performance.now();
  const lap = (phase: keyof PdfPhases) => {
    const now = performance.now();
    ms[phase] += now - mark;
    mark = now;
  };
  try {
    // Navigating to about:blank before each job costs Chromium ~70 ms of CPU a document, so a page is
    // reused where that is safe: setContent's document.open() replaces the document, and JavaScript is
    // off, so nothing else of it lives on but its content security policy. So a document goes into the
    // last one's page only under the same policy (lisa's layout gives them all one); any other starts
    // from a new blank document, where the interception sees, and reports, what it tries to fetch.
    const csp = contentPolicy(job.html);
    if (state.inPage !== '' && !(csp && csp === state.inPage))
      await page.goto('about:blank', { waitUntil: 'load', timeout });
    await page.setViewport(job.landscape ? VIEWPORT.landscape : VIEWPORT.portrait);
    await page.setContent(job.html, { waitUntil: 'load', timeout });
    lap('setContent');
    const printed = await page.pdf({
      format: 'A4',
      landscape: job.landscape,
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: job.headerTemplate,
      footerTemplate: job.footerTemplate,
      margin: job.landscape ? MARGINS.landscape : MARGINS.portrait,
      tagged: true,
      outline: true,
      timeout,
    });
    // The worker's last document is let go before its PDF is finished here, so that Chromium's memory for
    // a long register (its largest part) and lisa's for the finishing do not add up. Closing the page ends
    // its renderer process, which gives all of it back at once; navigating away (about:blank) kept the
    // renderer at its peak, ~800 MiB for 2,000 activities, until the run ended. (Any other document is let
    // go by the next job's setContent.)
    if (state.last) await page.close().catch(() => undefined);
    lap('print');
    // Chrome's tagged PDF is not yet PDF/UA: finishPdf adds what it leaves out (see pdf-ua.ts).
    const { finishPdf } = await import('../render/pdf-ua.js');
    const { bytes } = await finishPdf(printed, { title: job.title ?? job.id, lang: job.lang ?? 'sv' });
    lap('finish');
    await writeFile(job.path, bytes);
    lap('write');
    return { id: job.id, path: job.path, blocked: blocked.list, ms };
  } catch (error) {
    return {
      id: job.id,
      error: error instanceof Error ? error.message : String(error),
      blocked: blocked.list,
    };
  }
}

/** Concurrent pages by default: Chromium lays out one page while it writes another's PDF. */
export function defaultConcurrency(): number {
  return Math.max(2, Math.min(6, availableParallelism() * 2));
}

/** One browser for a whole run. Launch it early: it starts while the HTML is being made. */
export class PdfPrinter {
  private constructor(
    private readonly browser: Browser,
    private readonly timeout: number,
    /** How long Chromium took to start, ms (for the benchmark). */
    readonly launchMs: number,
  ) {}

  static async launch(
    executablePath: string,
    timeoutMs = 120_000,
    options: { lowMemory?: boolean } = {},
  ): Promise<PdfPrinter> {
    try {
      // Loaded here, not at the top: HTML-only runs (and `lisa validate`) should not pay for it.
      const started = performance.now();
      const { default: puppeteer } = await import('puppeteer-core');
      const browser = await puppeteer.launch({
        executablePath,
        headless: true,
        args: options.lowMemory ? [...CHROME_ARGS, ...LOW_MEMORY_ARGS] : CHROME_ARGS,
        timeout: 60_000,
      });
      return new PdfPrinter(browser, timeoutMs, performance.now() - started);
    } catch (error) {
      throw new BrowserLaunchError(
        error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error),
      );
    }
  }

  /** Prints every job. A job that fails reports its error; the others still print. */
  async print(jobs: readonly PdfJob[], concurrency = defaultConcurrency()): Promise<PdfResult[]> {
    const results: PdfResult[] = new Array(jobs.length);
    let next = 0;
    // The tab the browser opens with is the first worker's, rather than left open unused beside it.
    const [initial] = await this.browser.pages();
    let first = initial;
    const worker = async () => {
      const reuse = first;
      first = undefined;
      const { page, blocked } = await preparePage(this.browser, reuse);
      try {
        // What the page holds: '' a new blank document, else the policy of the document last printed
        // in it, null when that is not known (a job failed, or a document without a policy).
        let inPage: string | null = '';
        while (next < jobs.length) {
          const i = next++;
          const job = jobs[i] as PdfJob;
          const last = next >= jobs.length;
          results[i] = await printOne(page, blocked, job, this.timeout, { inPage, last });
          inPage = results[i]?.error ? null : (contentPolicy(job.html) ?? null);
        }
      } finally {
        await page.close().catch(() => undefined);
      }
    };
    const n = Math.max(1, Math.min(concurrency, jobs.length));
    await Promise.all(Array.from({ length: n }, worker));
    return results;
  }

  async close(): Promise<void> {
    await this.browser.close().catch(() => undefined);
  }
}
