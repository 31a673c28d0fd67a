export const id = 713;
export const ids = [713];
export const modules = {

/***/ 66713:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  renderDocuments: () => (/* binding */ renderDocuments)
});

// UNUSED EXPORTS: MESSAGES, buildDocuments, documentIds

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./build/lib/i18n/index.js + 105 modules
var i18n = __webpack_require__(13374);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
;// CONCATENATED MODULE: ./build/lib/io/chromium.js




// The I/O edge that turns HTML into PDF: one headless Chromium per run, pages printed concurrently,
// JavaScript off and every request that is not a data: URL aborted, so a document can neither run code
// nor fetch anything, whatever its HTML says.
const CHROME_ARGS = [
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
const WELL_KNOWN = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome-stable'];
const ON_PATH = ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome'];
const MAC = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';
/** Finds Chrome or Chromium: CHROME_PATH, CHROME_BIN (GitHub runners), then the usual places and PATH. */
function findBrowser(env = process.env, exists = external_node_fs_.existsSync) {
    for (const name of ['CHROME_PATH', 'CHROME_BIN']) {
        const value = env[name];
        if (!value)
            continue;
        if (exists(value))
            return { path: value };
        return { badVariable: { name, value } };
    }
    for (const p of WELL_KNOWN)
        if (exists(p))
            return { path: p };
    for (const dir of (env.PATH ?? '').split(external_node_path_.delimiter).filter(Boolean)) {
        for (const name of ON_PATH) {
            const p = external_node_path_.join(dir, name);
            if (exists(p))
                return { path: p };
        }
    }
    if (exists(MAC))
        return { path: MAC };
    return {};
}
class BrowserLaunchError extends Error {
}
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
function contentPolicy(html) {
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
async function preparePage(browser, reuse) {
    const page = reuse ?? (await browser.newPage());
    const blocked = { list: [] };
    await page.setJavaScriptEnabled(false);
    // Laid out for print from the start: the PDF step then lays the page out once, not twice (a big
    // register's print time drops by a fifth).
    await page.emulateMediaType('print');
    await page.setRequestInterception(true);
    page.on('request', (request) => {
        const url = request.url();
        if (url.startsWith('data:')) {
            void request.continue().catch(() => undefined);
        }
        else {
            blocked.list.push(url);
            void request.abort('blockedbyclient').catch(() => undefined);
        }
    });
    return { page, blocked };
}
async function printOne(page, blocked, job, timeout, state) {
    blocked.list = [];
    const ms = { setContent: 0, print: 0, finish: 0, write: 0 };
    let mark = performance.now();
    const lap = (phase) => {
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
        if (state.last)
            await page.close().catch(() => undefined);
        lap('print');
        // Chrome's tagged PDF is not yet PDF/UA: finishPdf adds what it leaves out (see pdf-ua.ts).
        const { finishPdf } = await Promise.all(/* import() */[__webpack_require__.e(916), __webpack_require__.e(160)]).then(__webpack_require__.bind(__webpack_require__, 71160));
        const { bytes } = await finishPdf(printed, { title: job.title ?? job.id, lang: job.lang ?? 'sv' });
        lap('finish');
        await (0,promises_.writeFile)(job.path, bytes);
        lap('write');
        return { id: job.id, path: job.path, blocked: blocked.list, ms };
    }
    catch (error) {
        return {
            id: job.id,
            error: error instanceof Error ? error.message : String(error),
            blocked: blocked.list,
        };
    }
}
/** Concurrent pages by default: Chromium lays out one page while it writes another's PDF. */
function defaultConcurrency() {
    return Math.max(2, Math.min(6, (0,external_node_os_.availableParallelism)() * 2));
}
/** One browser for a whole run. Launch it early: it starts while the HTML is being made. */
class PdfPrinter {
    browser;
    timeout;
    launchMs;
    constructor(browser, timeout, 
    /** How long Chromium took to start, ms (for the benchmark). */
    launchMs) {
        this.browser = browser;
        this.timeout = timeout;
        this.launchMs = launchMs;
    }
    static async launch(executablePath, timeoutMs = 120_000) {
        try {
            // Loaded here, not at the top: HTML-only runs (and `lisa validate`) should not pay for it.
            const started = performance.now();
            const { default: puppeteer } = await __webpack_require__.e(/* import() */ 56).then(__webpack_require__.bind(__webpack_require__, 8056));
            const browser = await puppeteer.launch({
                executablePath,
                headless: true,
                args: CHROME_ARGS,
                timeout: 60_000,
            });
            return new PdfPrinter(browser, timeoutMs, performance.now() - started);
        }
        catch (error) {
            throw new BrowserLaunchError(error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error));
        }
    }
    /** Prints every job. A job that fails reports its error; the others still print. */
    async print(jobs, concurrency = defaultConcurrency()) {
        const results = new Array(jobs.length);
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
                let inPage = '';
                while (next < jobs.length) {
                    const i = next++;
                    const job = jobs[i];
                    const last = next >= jobs.length;
                    results[i] = await printOne(page, blocked, job, this.timeout, { inPage, last });
                    inPage = results[i]?.error ? null : (contentPolicy(job.html) ?? null);
                }
            }
            finally {
                await page.close().catch(() => undefined);
            }
        };
        const n = Math.max(1, Math.min(concurrency, jobs.length));
        await Promise.all(Array.from({ length: n }, worker));
        return results;
    }
    async close() {
        await this.browser.close().catch(() => undefined);
    }
}

// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
;// CONCATENATED MODULE: ./build/lib/io/render-files.js




// The files lisa render touches outside the templates' loader (templates.ts): where the built-in templates
// are, and the documents it writes. lib/render builds the text; this module puts it on disk.
/** The templates that ship with lisa: found by walking up from this module (source, build/ or a bundle). */
function defaultTemplatesDir(from = external_node_path_.dirname((0,external_node_url_.fileURLToPath)(import.meta.url))) {
    let dir = from;
    for (let i = 0; i < 6; i++) {
        const candidate = external_node_path_.join(dir, 'templates');
        if ((0,external_node_fs_.existsSync)(external_node_path_.join(candidate, 'shared', 'layout.njk')))
            return candidate;
        const parent = external_node_path_.dirname(dir);
        if (parent === dir)
            break;
        dir = parent;
    }
    return external_node_path_.resolve(from, '../../templates');
}
/** Makes the output folder (and its parents) if it is not there. */
async function makeOutDir(dir) {
    await (0,promises_.mkdir)(dir, { recursive: true });
}
/** Writes one document file (HTML or CSV), replacing one of the same name. */
async function writeDocumentFile(file, content) {
    await (0,promises_.writeFile)(file, content);
}

// EXTERNAL MODULE: ./build/lib/io/safe-read.js
var safe_read = __webpack_require__(20541);
// EXTERNAL MODULE: ./build/lib/labels.js
var labels = __webpack_require__(96217);
;// CONCATENATED MODULE: ./build/lib/render/csv.js


// The register of processing activities as CSV, for the spreadsheet the data protection officer keeps and
// the authority may ask for. Pure. Safe to open in Excel: a cell that a spreadsheet would read as a formula
// (= + - @, tab, carriage return) gets a leading apostrophe, so "=HYPERLINK(…)" in a register stays text.
const HEADERS = {
    id: 'planExport.id',
    name: 'documents.register.activity',
    role: 'csv.headers.role',
    controller: 'documents.register.controller',
    jointControllers: 'csv.headers.jointControllers',
    controllersServed: 'csv.headers.controllersServed',
    purposes: 'documents.register.purposes',
    legalBasis: 'csv.headers.legalBasis',
    dataSubjects: 'csv.headers.dataSubjects',
    dataSubjectsCount: 'csv.headers.dataSubjectsCount',
    personalData: 'csv.headers.personalData',
    specialCategories: 'label.dpiaReason.special',
    criminalData: 'csv.headers.criminalData',
    identityNumbers: 'documents.register.identityNumbers',
    protectedIdentities: 'documents.register.protected',
    recipients: 'csv.headers.recipients',
    processors: 'csv.headers.processors',
    transfers: 'documents.register.transfers',
    retention: 'documents.register.erasure',
    retentionBasis: 'csv.headers.retentionBasis',
    archived: 'csv.headers.archived',
    securityMeasures: 'documents.register.measures',
    systems: 'documents.systems.systemsHeading',
    dpia: 'csv.headers.dpia',
    dpiaDate: 'csv.headers.dpiaDate',
    automatedDecisions: 'documents.register.automated',
    restricted: 'planExport.restricted',
};
const list = (items) => (items ?? []).join('; ');
const yesNo = (value, l, restricted) => restricted ? '' : (0,i18n.t)(l, labels/* YES_NO */.mx[value ? 'yes' : 'no']);
const AGREEMENT = 'csv.agreement';
const COLUMNS = [
    ['id', (r) => r.id],
    ['name', (r) => r.name],
    ['role', (r) => r.roleLabel ?? ''],
    ['controller', (r) => r.controller.name],
    [
        'jointControllers',
        (r) => list(r.jointControllers?.map((p) => (p.contact ? `${p.name} (${p.contact})` : p.name))),
    ],
    [
        'controllersServed',
        (r) => list(r.controllersServed?.map((p) => (p.contact ? `${p.name} (${p.contact})` : p.name))),
    ],
    ['purposes', (r) => list(r.purposes)],
    [
        'legalBasis',
        (r) => list(r.legalBasis?.map((b) => (b.reference ? `${b.label}: ${b.reference}` : b.label))),
    ],
    ['dataSubjects', (r) => list(r.dataSubjects)],
    ['dataSubjectsCount', (r) => (r.dataSubjectsCount !== undefined ? String(r.dataSubjectsCount) : '')],
    ['personalData', (r) => list(r.personalData)],
    ['specialCategories', (r) => list(r.specialCategories)],
    ['criminalData', (r, l) => yesNo(r.criminalData, l, r.restricted)],
    ['identityNumbers', (r, l) => yesNo(r.identityNumbers, l, r.restricted)],
    ['protectedIdentities', (r, l) => yesNo(r.protectedIdentities, l, r.restricted)],
    ['recipients', (r) => list(r.recipients?.map((x) => (x.country ? `${x.name} (${x.country})` : x.name)))],
    [
        'processors',
        (r, l) => list(r.processors?.map((x) => [
            x.name,
            x.country ? `(${x.country})` : '',
            x.agreement ? `${(0,i18n.t)(l, AGREEMENT)} ${x.agreement}` : '',
            x.agreementReference ?? '',
        ]
            .filter(Boolean)
            .join(' '))),
    ],
    [
        'transfers',
        (r) => list(r.transfers?.map((t) => [t.country, t.recipient ?? '', t.safeguard, t.reference ?? ''].filter(Boolean).join(', '))),
    ],
    ['retention', (r) => r.retention?.period ?? ''],
    ['retentionBasis', (r) => r.retention?.basis ?? ''],
    [
        'archived',
        (r, l) => (r.retention?.archived === undefined ? '' : yesNo(r.retention.archived, l, r.restricted)),
    ],
    ['securityMeasures', (r) => list(r.securityMeasures)],
    ['systems', (r) => list(r.systems)],
    ['dpia', (r) => r.dpia?.statusLabel ?? ''],
    ['dpiaDate', (r) => r.dpia?.date ?? ''],
    ['automatedDecisions', (r, l) => yesNo(r.automatedDecisions, l, r.restricted)],
    ['restricted', (r, l) => (r.restricted ? (0,i18n.t)(l, labels/* RESTRICTED */.KO) : '')],
];
/** A cell a spreadsheet would evaluate gets a leading apostrophe (OWASP's advice for CSV injection). */
function neutralise(value) {
    return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}
function cell(value, separator) {
    const v = neutralise(value);
    return v.includes(separator) || /["\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}
/** Semicolons where the decimal mark is a comma (sv, nb), as Excel there expects; commas in English. */
function csvSeparator(locale) {
    return locale === 'en' ? ',' : ';';
}
/**
 * The Art. 30 columns as a table: the headings, then one row of cell texts per activity (a restricted one
 * has its name, controller and role, and the marker). Shared by the CSV and the XLSX export; not neutralised.
 */
function processingTable(rows, locale) {
    return [
        COLUMNS.map(([key]) => (0,i18n.t)(locale, HEADERS[key])),
        ...rows.map((r) => COLUMNS.map(([, get]) => get(r, locale))),
    ];
}
/** The rows as CSV with a byte-order mark (so Excel reads å, ä, ö) and CRLF line ends (RFC 4180). */
function processingCsv(rows, locale) {
    const sep = csvSeparator(locale);
    const lines = processingTable(rows, locale).map((r) => r.map((v) => cell(v, sep)).join(sep));
    return `\ufeff${lines.join('\r\n')}\r\n`;
}

// EXTERNAL MODULE: ./node_modules/nunjucks/index.js
var nunjucks = __webpack_require__(18115);
;// CONCATENATED MODULE: ./build/lib/io/templates.js



// Templates are read like every other file lisa reads: only from inside the folder they are looked up in,
// never through a link out of it (an adopter's `{% include %}` of a link to /proc/self/environ would put
// the job's environment into a board document).
const MAX_TEMPLATE_BYTES = 1024 * 1024;
const REFUSED = 'templates.refused';
/**
 * A Nunjucks loader over `dirs`, first match wins, reading each file through `readInside`. A dir below one
 * of `roots` (the adopter's `<folder>/<lang>/`) is read as a path inside that root, so a language folder
 * that is a link out of the adopter's folder is refused like any other link.
 */
function safeTemplateLoader(dirs, locale, roots = []) {
    return {
        getSource(name) {
            for (const dir of dirs) {
                const root = roots.find((r) => r !== dir && (0,safe_read/* isInside */.FK)(r, dir)) ?? dir;
                const read = (0,safe_read/* readInside */.xO)(root, external_node_path_.join(external_node_path_.relative(root, dir), name), MAX_TEMPLATE_BYTES);
                if (read.ok)
                    return {
                        src: Buffer.from(read.bytes).toString('utf8'),
                        path: external_node_path_.join(dir, name),
                        noCache: false,
                    };
                if (read.refusal !== 'missing')
                    throw new Error((0,i18n.t)(locale, REFUSED, { name, dir }));
            }
            // Nunjucks then says "template not found", naming it.
            return null;
        },
    };
}

// EXTERNAL MODULE: ./build/lib/values.js
var values = __webpack_require__(81244);
// EXTERNAL MODULE: ./build/lib/words.js
var words = __webpack_require__(65913);
// EXTERNAL MODULE: ./build/lib/render/charts.js
var charts = __webpack_require__(17964);
// EXTERNAL MODULE: ./build/lib/render/document-words.js
var document_words = __webpack_require__(59144);
;// CONCATENATED MODULE: ./build/lib/render/html.js










// The Nunjucks side: which template files are used, and the filters they write dates and numbers with.
// Autoescape is on and stays on: every value from a register is text, never markup. The files are read in
// lib/io/ (templates.ts, render-files.ts).

/**
 * Where a template name is looked up, first match wins: the adopter's folder for this language only
 * (`<folder>/<lang>/`), the adopter's folder for every language, then lisa's one template set
 * (`templates/shared/`, its words from the message catalogue).
 */
function templateSearchPath(locale, templatesDir, builtIn = defaultTemplatesDir()) {
    const own = templatesDir ? external_node_path_.resolve(templatesDir) : undefined;
    const dirs = [...(own ? [external_node_path_.join(own, locale), own] : []), external_node_path_.join(builtIn, 'shared')];
    return [...new Set(dirs)];
}
function createEnvironment(options) {
    const { locale } = options;
    const loader = safeTemplateLoader(templateSearchPath(locale, options.templatesDir, options.builtIn), locale, options.templatesDir ? [external_node_path_.resolve(options.templatesDir)] : []);
    const env = new nunjucks.Environment(loader, {
        autoescape: true,
        throwOnUndefined: false,
        trimBlocks: true,
        lstripBlocks: true,
    });
    env.addFilter('longdate', (v) => (0,values/* longDate */.lF)(v, locale));
    env.addFilter('date', (v) => (0,values/* shortDate */.XV)(v, locale));
    env.addFilter('number', (v, digits) => (0,values/* formatNumber */.ZV)(v, locale, digits ?? 1));
    env.addFilter('value', (v, unit) => (0,values/* formatValue */.Fl)(v, unit, locale));
    env.addFilter('quarter', (v) => (0,labels/* quarterLabel */.j_)(v, locale));
    env.addFilter('country', (v) => (0,values/* countryName */.GL)(v, locale));
    env.addFilter('month', (v) => (0,values/* monthName */.g6)(v, locale));
    env.addFilter('genitive', (v) => (0,values/* genitive */.eT)(v, locale));
    env.addFilter('paragraphs', (v) => new nunjucks.runtime.SafeString(paragraphs(v)));
    // Agreement and lists by the language's rules: `n | plural("behandling", "behandlingar")`,
    // `names | list` ("a, b och c"), `name | insentence` ("kommunstyrelsen").
    env.addFilter('plural', (n, one, other, exact) => (0,words/* countWith */.mC)(locale, n, one, other, exact));
    env.addFilter('list', (v) => (0,words/* joinList */.D7)(locale, v ?? []));
    env.addFilter('insentence', (v) => (0,words/* midSentence */.kt)(v, locale));
    // The words: `t("key", {param: value})` from the message catalogue; `t("date")` is `documents.date`.
    env.addGlobal('t', (key, params) => (0,document_words/* docWord */.hW)(locale, key, params));
    // The message catalogue (lib/i18n): `msg("riskdoc.report.title", {board: …})`.
    env.addGlobal('msg', (key, params) => (0,i18n/* isMessageKey */.db)(key) ? (0,i18n.t)(locale, key, params) : key);
    return env;
}
const BULLET = /^\s*(?:[-*•–])\s+/;
/**
 * Free text from a register as paragraphs: a blank line starts a new one, and lines starting with "-", "*"
 * or "•" are a list (an indented line after one continues it). Each piece is escaped here, so the result
 * is safe to insert.
 */
function paragraphs(text) {
    if (!text)
        return '';
    const out = [];
    for (const block of text.replace(/\r\n?/g, '\n').split(/\n\s*\n/)) {
        let para = [];
        let items = [];
        let bulletIndent = -1;
        const flush = () => {
            if (para.length)
                out.push(`<p>${(0,charts/* escapeXml */.X)(para.join(' '))}</p>`);
            if (items.length)
                out.push(`<ul>${items.map((i) => `<li>${(0,charts/* escapeXml */.X)(i)}</li>`).join('')}</ul>`);
            para = [];
            items = [];
        };
        for (const raw of block.split('\n')) {
            const line = raw.trim();
            if (!line)
                continue;
            const indent = raw.length - raw.trimStart().length;
            if (BULLET.test(raw)) {
                if (para.length)
                    flush();
                items.push(line.replace(BULLET, ''));
                bulletIndent = indent;
            }
            else if (items.length && indent > bulletIndent) {
                items[items.length - 1] += ` ${line}`;
            }
            else {
                if (items.length)
                    flush();
                para.push(line);
            }
        }
        flush();
    }
    return out.join('');
}
class TemplateError extends Error {
    template;
    detail;
    constructor(template, detail) {
        super(`${template}: ${detail}`);
        this.template = template;
        this.detail = detail;
    }
}
/** Renders one template; a broken template (an adopter's, say) becomes a TemplateError naming it. */
function renderTemplate(env, template, context) {
    try {
        return env.render(template, context);
    }
    catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        // Nunjucks prefixes "(unknown path)" and its own stack lines; the first meaningful lines are enough.
        const detail = message
            .split('\n')
            .map((l) => l.trim())
            // Each include level adds a line naming only a path; what went wrong is below them.
            .filter((l) => l && !/^(Template render error: )?\([^)]*\)$/.test(l))
            .slice(0, 3)
            .join(' ');
        throw new TemplateError(template, detail);
    }
}

;// CONCATENATED MODULE: ./build/lib/render/hyphenate.js
const loaded = new Map();
/**
 * Loads a language's patterns; call before hyphenating. Imported on demand and by literal name (a bundler
 * must see each one): the Norwegian patterns alone are half a megabyte of source.
 */
async function loadHyphenation(locale) {
    if (loaded.has(locale))
        return;
    const mod = locale === 'nb'
        ? (await __webpack_require__.e(/* import() */ 417).then(__webpack_require__.t.bind(__webpack_require__, 19417, 19))).default
        : locale === 'en'
            ? (await __webpack_require__.e(/* import() */ 732).then(__webpack_require__.t.bind(__webpack_require__, 65732, 19))).default
            : (await __webpack_require__.e(/* import() */ 668).then(__webpack_require__.t.bind(__webpack_require__, 9668, 19))).default;
    loaded.set(locale, { hyphenate: mod.hyphenateSync, cache: new Map() });
}
/** Words shorter than this fit any column the templates have and are left whole. */
const MIN_WORD = 10;
const WORD = /[\p{L}\p{M}]{10,}/gu;
/**
 * Only text in these is hyphenated: their columns are narrow. Running text is as wide as the page, where a
 * long word wraps whole; and a soft hyphen, though never shown there, is in the PDF's text (a search or a
 * copy from the PDF meets it), so it goes only where it earns its place.
 */
const NARROW = new Set(['table']);
/** Elements whose text is not laid out as running text (or is not text at all). */
const SKIP = new Set(['style', 'script', 'title', 'svg', 'textarea', 'pre', 'code']);
const VOID = new Set([
    'area',
    'base',
    'br',
    'col',
    'embed',
    'hr',
    'img',
    'input',
    'link',
    'meta',
    'source',
    'track',
    'wbr',
]);
function hyphenator(locale) {
    const h = loaded.get(locale);
    if (!h)
        throw new Error(`hyphenation patterns for ${locale} are not loaded (call loadHyphenation first)`);
    return h;
}
/**
 * Only the breaks that leave four letters or more on each side: "Behörig-hets-styrning", not "Be-hö-…".
 * They read better, and every soft hyphen costs the browser memory in a register of thousands of rows.
 */
const MIN_SIDE = 4;
function thin(hyphenated) {
    const parts = hyphenated.split('\u00ad');
    if (parts.length === 1)
        return hyphenated;
    const total = parts.reduce((n, p) => n + p.length, 0);
    let out = parts[0] ?? '';
    let before = out.length;
    let sinceBreak = out.length;
    for (const part of parts.slice(1)) {
        if (sinceBreak >= MIN_SIDE && total - before >= MIN_SIDE) {
            out += '\u00ad';
            sinceBreak = 0;
        }
        out += part;
        before += part.length;
        sinceBreak += part.length;
    }
    return out;
}
/** One word with soft hyphens; words repeat across a register's rows, so each is worked out once. */
function word(w, locale) {
    const h = hyphenator(locale);
    let out = h.cache.get(w);
    if (out === undefined) {
        out = thin(h.hyphenate(w, { minWordLength: MIN_WORD }));
        // Bounded: a register's vocabulary is small, but free text is not.
        if (h.cache.size > 50_000)
            h.cache.clear();
        h.cache.set(w, out);
    }
    return out;
}
/** An e-mail address, a web address or a file name: a hyphen put into one would change it. */
const ADDRESS = /\S*(?:@|:\/\/|www\.|\.(?:se|no|com|org|net|eu|pdf|docx?|xlsx?)\b)\S*/giu;
/** Plain text (entities allowed) with soft hyphens in its long words; addresses are left whole. */
function hyphenateText(text, locale) {
    let out = '';
    let last = 0;
    ADDRESS.lastIndex = 0;
    for (let m = ADDRESS.exec(text); m; m = ADDRESS.exec(text)) {
        out += text.slice(last, m.index).replace(WORD, (w) => word(w, locale)) + m[0];
        last = ADDRESS.lastIndex;
    }
    return out + text.slice(last).replace(WORD, (w) => word(w, locale));
}
const TAG = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][\w:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
const LANG = /\slang\s*=\s*["']?([\w-]+)/i;
/**
 * The HTML's body with soft hyphens in the text of its tables. Markup, attributes, styles, the title and
 * SVG are left as they are, and so is text in an element whose `lang` is another language than the
 * document's (its own patterns would be needed).
 */
function hyphenateHtml(html, locale) {
    const body = html.search(/<body[\s>]/i);
    if (body < 0)
        return html;
    const out = [html.slice(0, body)];
    // Open elements that stop hyphenation (skipped kinds, other languages), by name; others are not tracked.
    const stack = [];
    let narrow = 0;
    let last = body;
    TAG.lastIndex = body;
    for (let m = TAG.exec(html); m; m = TAG.exec(html)) {
        const textPart = html.slice(last, m.index);
        out.push(stack.length || !narrow ? textPart : hyphenateText(textPart, locale));
        out.push(m[0]);
        last = TAG.lastIndex;
        const name = m[2]?.toLowerCase();
        if (!name)
            continue; // a comment
        if (NARROW.has(name))
            narrow = Math.max(0, narrow + (m[1] ? -1 : 1));
        if (m[1]) {
            const at = stack.lastIndexOf(name);
            if (at >= 0)
                stack.length = at;
            continue;
        }
        if (VOID.has(name) || m[3]?.trimEnd().endsWith('/'))
            continue;
        const lang = LANG.exec(m[3] ?? '')?.[1]?.toLowerCase();
        const otherLanguage = lang !== undefined && lang.split('-')[0] !== locale && !(locale === 'nb' && lang === 'no');
        if (SKIP.has(name) || otherLanguage || stack.length)
            stack.push(name);
    }
    const rest = html.slice(last);
    out.push(stack.length || !narrow ? rest : hyphenateText(rest, locale));
    return out.join('');
}

// EXTERNAL MODULE: ./build/lib/render/model.js + 29 modules
var model = __webpack_require__(76283);
;// CONCATENATED MODULE: ./build/lib/render/index.js









function documentIds(registry) {
    return ids(registry);
}
const MESSAGES = {
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
};
const IMAGE_TYPES = {
    '.svg': 'image/svg+xml',
    '.png': 'image/png',
    '.jpg': 'image/jpeg',
    '.jpeg': 'image/jpeg',
};
/** The most a logo may be: it is embedded in every document. */
const MAX_LOGO_BYTES = 1024 * 1024;
/** The organisation's logo as a data: URL, read only from inside the registry folder (see io/safe-read). */
function readLogo(registry, dir, locale, problems) {
    const logo = registry.organisation?.data.logo;
    if (!logo)
        return undefined;
    const type = IMAGE_TYPES[external_node_path_.extname(logo).toLowerCase()];
    // The logo ends up in public documents: nothing outside the registry may be pulled in by naming it.
    if (!type || external_node_path_.isAbsolute(logo)) {
        problems.push((0,i18n.t)(locale, MESSAGES.logoRejected, { logo }));
        return undefined;
    }
    const read = (0,safe_read/* readInside */.xO)(dir, logo, MAX_LOGO_BYTES + 1);
    if (!read.ok) {
        const message = read.refusal === 'missing'
            ? MESSAGES.logoMissing
            : read.refusal === 'special'
                ? MESSAGES.logoSpecial
                : MESSAGES.logoOutside;
        problems.push((0,i18n.t)(locale, message, { logo }));
        return undefined;
    }
    if (read.size > MAX_LOGO_BYTES) {
        problems.push((0,i18n.t)(locale, MESSAGES.logoRejected, { logo }));
        return undefined;
    }
    return `data:${type};base64,${Buffer.from(read.bytes).toString('base64')}`;
}
async function renderDocuments(registry, options) {
    const locale = options.locale ?? registry.locale;
    const formats = options.formats ?? ['html', 'pdf'];
    const problems = [];
    const all = (0,model/* documentIds */.UQ)(registry);
    let only;
    if (options.only) {
        only = new Set();
        for (const id of options.only) {
            if (all.includes(id))
                only.add(id);
            else
                problems.push((0,i18n.t)(locale, MESSAGES.unknownId, { id, ids: all.join(', ') }));
        }
    }
    // The browser starts while the HTML is made: its start-up is most of a small run's time.
    let browser;
    let missingBrowser = false;
    if (formats.includes('pdf')) {
        browser = options.chromePath;
        if (!browser) {
            const found = findBrowser();
            if (found.badVariable)
                problems.push((0,i18n.t)(locale, MESSAGES.badVariable, found.badVariable));
            browser = found.path;
        }
        if (!browser) {
            problems.push((0,i18n.t)(locale, MESSAGES.noBrowser));
            missingBrowser = true;
        }
    }
    const printer = browser ? PdfPrinter.launch(browser) : undefined;
    // Not awaited until the HTML is written; a failed launch must not count as unhandled meanwhile.
    printer?.catch(() => undefined);
    try {
        return await writeAll(registry, options, locale, only, problems, printer, browser, missingBrowser);
    }
    catch (error) {
        // Whatever went wrong, no browser is left running.
        await (await printer?.catch(() => undefined))?.close();
        throw error;
    }
}
async function writeAll(registry, options, locale, only, problems, printer, browser, missingBrowser) {
    const models = (0,model/* buildDocuments */.T4)(registry, { today: options.today, locale, ...(options.commit ? { commit: options.commit } : {}) }, only);
    const logo = readLogo(registry, options.registryDir ?? registry.root, locale, problems);
    const env = createEnvironment({
        locale,
        ...(options.templatesDir ? { templatesDir: options.templatesDir } : {}),
    });
    await makeOutDir(options.outDir);
    await loadHyphenation(locale);
    const documents = [];
    const jobs = [];
    for (const model of models) {
        const { meta } = model;
        if (logo)
            model.context.org.logo = logo;
        let html;
        let header;
        let footer;
        try {
            html = hyphenateHtml(renderTemplate(env, meta.template, model.context), locale);
            header = renderTemplate(env, 'pdf-header.njk', model.context);
            footer = renderTemplate(env, 'pdf-footer.njk', model.context);
        }
        catch (error) {
            if (!(error instanceof TemplateError))
                throw error;
            problems.push((0,i18n.t)(locale, MESSAGES.template, { id: meta.id, template: error.template, detail: error.detail }));
            continue;
        }
        const base = external_node_path_.join(options.outDir, meta.id);
        await writeDocumentFile(`${base}.html`, html);
        const doc = { id: meta.id, title: meta.title, html: `${base}.html` };
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
    if (!printer)
        return { documents, problems, ...(missingBrowser ? { missingBrowser } : {}) };
    let started;
    try {
        started = await printer;
        const results = await started.print(jobs);
        const phases = { launch: started.launchMs, setContent: 0, print: 0, finish: 0, write: 0 };
        for (const r of results) {
            for (const k of ['setContent', 'print', 'finish', 'write'])
                phases[k] += r.ms?.[k] ?? 0;
            const doc = documents.find((d) => d.id === r.id);
            if (r.path && doc)
                doc.pdf = r.path;
            if (r.error)
                problems.push((0,i18n.t)(locale, MESSAGES.pdfFailed, { id: r.id, detail: r.error }));
            for (const url of r.blocked)
                problems.push((0,i18n.t)(locale, MESSAGES.blocked, { id: r.id, url: url.slice(0, 120) }));
        }
        return { documents, problems, pdfPhases: phases };
    }
    catch (error) {
        if (!(error instanceof BrowserLaunchError))
            throw error;
        problems.push((0,i18n.t)(locale, MESSAGES.launchFailed, { browser, detail: error.message }));
    }
    finally {
        await started?.close();
    }
    return { documents, problems };
}



/***/ })

};
