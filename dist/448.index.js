export const id = 448;
export const ids = [448];
export const modules = {

/***/ 86448:
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
/**
 * For a run with a very long document: Chromium's low-end device mode, and no zygote (every process is
 * started on its own rather than forked from the two zygotes, which lisa's --no-sandbox allows). Chromium's
 * peak while it prints the 2,000-activity register: 1,086 MiB, 906 MiB in low-end mode (its renderer 673 →
 * 486 MiB), 745–771 MiB with no zygote as well (medians and ranges of interleaved prints, load ~20). The
 * PDF is the same to the byte but for its dates. The price is Chromium's CPU for that print, ~20 % more in
 * low-end mode; the other runs keep the ordinary mode.
 */
const LOW_MEMORY_ARGS = ['--enable-low-end-device-mode', '--no-zygote'];
/** HTML this long (characters) or longer makes a run print in low-memory mode (the register above is 1.5 M). */
const LOW_MEMORY_HTML = 1_000_000;
/** Whether any job is long enough that the browser should run in low-memory mode. */
function needsLowMemory(jobs) {
    return jobs.some((job) => job.html.length >= LOW_MEMORY_HTML);
}
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
        const { finishPdf } = await Promise.all(/* import() */[__webpack_require__.e(916), __webpack_require__.e(828)]).then(__webpack_require__.bind(__webpack_require__, 13828));
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
    static async launch(executablePath, timeoutMs = 120_000, options = {}) {
        try {
            // Loaded here, not at the top: HTML-only runs (and `lisa validate`) should not pay for it.
            const started = performance.now();
            const { default: puppeteer } = await __webpack_require__.e(/* import() */ 56).then(__webpack_require__.bind(__webpack_require__, 8056));
            const browser = await puppeteer.launch({
                executablePath,
                headless: true,
                args: options.lowMemory ? [...CHROME_ARGS, ...LOW_MEMORY_ARGS] : CHROME_ARGS,
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
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./build/lib/io/templates.js




// Templates are read like every other file lisa reads: only from inside the folder they are looked up in,
// never through a link out of it (an adopter's `{% include %}` of a link to /proc/self/environ would put
// the job's environment into a board document).
const MAX_TEMPLATE_BYTES = 1024 * 1024;
const REFUSED = 'templates.refused';
function safeTemplateLoader(dirs, locale, roots = [], precompiled = {}) {
    return {
        getSource(name) {
            for (const dir of dirs) {
                const root = roots.find((r) => r !== dir && (0,safe_read/* isInside */.FK)(r, dir)) ?? dir;
                const read = (0,safe_read/* readInside */.xO)(root, external_node_path_.join(external_node_path_.relative(root, dir), name), MAX_TEMPLATE_BYTES);
                if (read.ok) {
                    const src = Buffer.from(read.bytes).toString('utf8');
                    // The file as read decides, wherever it is: the code compiled ahead of time is used only for the
                    // very text it was compiled from (an edited or an adopter's template is compiled from its file).
                    const ahead = Object.hasOwn(precompiled, name) ? precompiled[name] : undefined;
                    const compiled = ahead && (0,external_node_crypto_.createHash)('sha256').update(src).digest('hex') === ahead.sha256
                        ? ahead.code()
                        : undefined;
                    return {
                        // Nunjucks takes compiled code as { type: 'code', obj }, which its declarations do not say.
                        src: (compiled ? { type: 'code', obj: compiled } : src),
                        path: external_node_path_.join(dir, name),
                        noCache: false,
                    };
                }
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
;// CONCATENATED MODULE: ./build/lib/render/templates.gen.js
// Generated by scripts/gen-templates.mjs from templates/shared/ (Nunjucks' compiled code). Do not edit by hand.
// @ts-nocheck
const PRECOMPILED = {
    "action-plan.njk": { sha256: "11c58c8c6fbff7516d39bc7da435d6da4f05e834f038e0b6972f3b25001cbcd7", code: function () {
            function root(env, context, frame, runtime, cb) {
                var lineno = 0;
                var colno = 0;
                var output = "";
                try {
                    var parentTemplate = null;
                    env.getTemplate("layout.njk", true, "action-plan.njk", false, function (t_3, t_2) {
                        if (t_3) {
                            cb(t_3);
                            return;
                        }
                        parentTemplate = t_2;
                        for (var t_1 in parentTemplate.blocks) {
                            context.addBlock(t_1, parentTemplate.blocks[t_1]);
                        }
                        var t_4;
                        t_4 = runtime.contextOrFrameLookup(context, frame, "plan");
                        frame.set("p", t_4, true);
                        if (frame.topLevel) {
                            context.setVariable("p", t_4);
                        }
                        if (frame.topLevel) {
                            context.addExport("p", t_4);
                        }
                        var t_5;
                        t_5 = runtime.contextOrFrameLookup(context, frame, "regAttr");
                        frame.set("rl", t_5, true);
                        if (frame.topLevel) {
                            context.setVariable("rl", t_5);
                        }
                        if (frame.topLevel) {
                            context.addExport("rl", t_5);
                        }
                        var macro_t_6 = runtime.makeMacro(["caption", "rows"], [], function (l_caption, l_rows, kwargs) {
                            var callerFrame = frame;
                            frame = new runtime.Frame();
                            kwargs = kwargs || {};
                            if (Object.prototype.hasOwnProperty.call(kwargs, "caller")) {
                                frame.set("caller", kwargs.caller);
                            }
                            frame.set("caption", l_caption);
                            frame.set("rows", l_rows);
                            var t_7 = "";
                            t_7 += "<table class=\"tally\">\n  <caption>";
                            t_7 += runtime.suppressValue(l_caption, env.opts.autoescape);
                            t_7 += "</caption>\n  <thead><tr><th scope=\"col\"></th><th scope=\"col\" class=\"num\">";
                            t_7 += runtime.suppressValue((lineno = 8, colno = 68, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "msg"), "msg", context, ["riskdoc.plan.open"])), env.opts.autoescape);
                            t_7 += "</th><th scope=\"col\" class=\"num\">";
                            t_7 += runtime.suppressValue((lineno = 8, colno = 131, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "msg"), "msg", context, ["riskdoc.plan.overdueCol"])), env.opts.autoescape);
                            t_7 += "</th><th scope=\"col\" class=\"num\">";
                            t_7 += runtime.suppressValue((lineno = 8, colno = 200, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "msg"), "msg", context, ["riskdoc.plan.doneCol"])), env.opts.autoescape);
                            t_7 += "</th><th scope=\"col\" class=\"num\">";
                            t_7 += runtime.suppressValue((lineno = 8, colno = 266, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "msg"), "msg", context, ["riskdoc.plan.total"])), env.opts.autoescape);
                            t_7 += "</th></tr></thead>\n  <tbody>\n";
                            frame = frame.push();
                            var t_10 = l_rows;
                            if (t_10) {
                                t_10 = runtime.fromIterator(t_10);
                                var t_9 = t_10.length;
                                for (var t_8 = 0; t_8 < t_10.length; t_8++) {
                                    var t_11 = t_10[t_8];
                                    frame.set("s", t_11);
                                    frame.set("loop.index", t_8 + 1);
                                    frame.set("loop.index0", t_8);
                                    frame.set("loop.revindex", t_9 - t_8);
                                    frame.set("loop.revindex0", t_9 - t_8 - 1);
                                    frame.set("loop.first", t_8 === 0);
                                    frame.set("loop.last", t_8 === t_9 - 1);
                                    frame.set("loop.length", t_9);
                                    t_7 += "<tr><th scope=\"row\">";
                                    t_7 += runtime.suppressValue(runtime.memberLookup((t_11), "name"), env.opts.autoescape);
                                    t_7 += "</th><td class=\"num\">";
                                    t_7 += runtime.suppressValue(runtime.memberLookup((t_11), "open"), env.opts.autoescape);
                                    t_7 += "</td><td class=\"num\">";
                                    if (runtime.memberLookup((t_11), "overdue")) {
                                        t_7 += "<strong>";
                                        t_7 += runtime.suppressValue(runtime.memberLookup((t_11), "overdue"), env.opts.autoescape);
                                        t_7 += "</strong>";
                                        ;
                                    }
                                    else {
                                        t_7 += "0";
                                        ;
                                    }
                                    t_7 += "</td><td class=\"num\">";
                                    t_7 += runtime.suppressValue(runtime.memberLookup((t_11), "done"), env.opts.autoescape);
                                    t_7 += "</td><td class=\"num\">";
                                    t_7 += runtime.suppressValue(runtime.memberLookup((t_11), "total"), env.opts.autoescape);
                                    t_7 += "</td></tr>\n";
                                    ;
                                }
                            }
                            frame = frame.pop();
                            t_7 += "  </tbody>\n</table>";
                            ;
                            frame = callerFrame;
                            return new runtime.SafeString(t_7);
                        });
                        context.addExport("tallyTable");
                        context.setVariable("tallyTable", macro_t_6);
                        (parentTemplate ? function (e, c, f, r, cb) { cb(""); } : context.getBlock("content"))(env, context, frame, runtime, function (t_13, t_12) {
                            if (t_13) {
                                cb(t_13);
                                return;
                            }
                            output += t_12;
                            if (parentTemplate) {
                                parentTemplate.rootRenderFunc(env, context, frame, runtime, cb);
                            }
                            else {
                                cb(null, output);
                            }
                        });
                    });
                }
                catch (e) {
                    cb(runtime.handleError(e, lineno, colno));
                }
            }
            function b_content(env, context, frame, runtime, cb) {
                var lineno = 15;
                var colno = 3;
                var output = "";
                try {
                    var frame = frame.push(true);
                    output += "<header class=\"doc-head\">\n  <p class=\"doc-kind\">";
                    output += runtime.suppressValue((lineno = 17, colno = 28, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "msg"), "msg", context, ["riskdoc.plan.kind"])), env.opts.autoescape);
                    output += "</p>\n  <h1>";
                    output += runtime.suppressValue(runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "doc")), "title"), env.opts.autoescape);
                    output += "</h1>\n  <dl class=\"doc-meta\">\n";
                    if (runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "doc")), "board")) {
                        output += "<div><dt>";
                        output += runtime.suppressValue((lineno = 20, colno = 37, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "msg"), "msg", context, ["riskdoc.to"])), env.opts.autoescape);
                        output += "</dt><dd>";
                        output += runtime.suppressValue(runtime.memberLookup((runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "doc")), "board")), "name"), env.opts.autoescape);
                        output += "</dd></div>";
                        ;
                    }
                    output += "    <div><dt>";
                    output += runtime.suppressValue((lineno = 21, colno = 19, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "msg"), "msg", context, ["riskdoc.asOf"])), env.opts.autoescape);
                    output += "</dt><dd>";
                    output += runtime.suppressValue(env.getFilter("longdate").call(context, runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "doc")), "date")), env.opts.autoescape);
                    output += "</dd></div>\n  </dl>\n</header>\n\n";
                    if (!runtime.memberLookup((runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "p")), "counts")), "total")) {
                        output += "<p>";
                        output += runtime.suppressValue((lineno = 26, colno = 9, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "msg"), "msg", context, ["riskdoc.plan.none"])), env.opts.autoescape);
                        output += "</p>\n";
                        ;
                    }
                    else {
                        output += "<p class=\"lead\">";
                        output += runtime.suppressValue(runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "p")), "lead"), env.opts.autoescape);
                        if (runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "p")), "undated")) {
                            output += " ";
                            output += runtime.suppressValue(runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "p")), "undated"), env.opts.autoescape);
                            ;
                        }
                        output += "</p>\n";
                        if (runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "p")), "auditOnly")) {
                            output += "<p class=\"callout\">";
                            output += runtime.suppressValue(runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "p")), "auditNote"), env.opts.autoescape);
                            output += "</p>";
                            ;
                        }
                        if (runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "p")), "restrictedCount")) {
                            output += "<p class=\"callout\">";
                            output += runtime.suppressValue(runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "p")), "restrictedNote"), env.opts.autoescape);
                            output += "</p>";
                            ;
                        }
                        output += "\n<div class=\"kpi-grid\">\n";
                        output += runtime.suppressValue((lineno = 33, colno = 13, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "tallyTable"), "tallyTable", context, [(lineno = 33, colno = 17, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "msg"), "msg", context, ["riskdoc.plan.bySource"])), runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "p")), "bySource")])), env.opts.autoescape);
                        output += "\n";
                        output += runtime.suppressValue((lineno = 34, colno = 13, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "tallyTable"), "tallyTable", context, [(lineno = 34, colno = 17, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "msg"), "msg", context, ["riskdoc.plan.byOwner"])), runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "p")), "byOwner")])), env.opts.autoescape);
                        output += "\n</div>\n\n<h2>";
                        output += runtime.suppressValue((lineno = 37, colno = 10, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "msg"), "msg", context, ["riskdoc.plan.actions"])), env.opts.autoescape);
                        output += "</h2>\n<p class=\"muted\">";
                        output += runtime.suppressValue((lineno = 38, colno = 23, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "msg"), "msg", context, ["riskdoc.plan.actionsNote"])), env.opts.autoescape);
                        output += "</p>\n<table class=\"actions plan\" style=\"table-layout: fixed; width: 100%\">\n  <colgroup><col style=\"width: ";
                        output += runtime.suppressValue((runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "p")), "perBoard") ? "32%" : "30%"), env.opts.autoescape);
                        output += "\">";
                        if (!runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "p")), "perBoard")) {
                            output += "<col style=\"width: 12%\">";
                            ;
                        }
                        output += "<col style=\"width: 24%\"><col style=\"width: 16%\"><col style=\"width: 9%\"><col style=\"width: 9%\"></colgroup>\n  <thead>\n    <tr>\n      <th scope=\"col\">";
                        output += runtime.suppressValue((lineno = 43, colno = 28, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "msg"), "msg", context, ["riskdoc.action"])), env.opts.autoescape);
                        output += "</th>\n";
                        if (!runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "p")), "perBoard")) {
                            output += "<th scope=\"col\">";
                            output += runtime.suppressValue((lineno = 44, colno = 51, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "msg"), "msg", context, ["riskdoc.board"])), env.opts.autoescape);
                            output += "</th>";
                            ;
                        }
                        output += "      <th scope=\"col\">";
                        output += runtime.suppressValue((lineno = 45, colno = 28, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "msg"), "msg", context, ["riskdoc.source"])), env.opts.autoescape);
                        output += "</th>\n      <th scope=\"col\">";
                        output += runtime.suppressValue((lineno = 46, colno = 28, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "msg"), "msg", context, ["riskdoc.owner"])), env.opts.autoescape);
                        output += "</th>\n      <th scope=\"col\">";
                        output += runtime.suppressValue((lineno = 47, colno = 28, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "msg"), "msg", context, ["riskdoc.due"])), env.opts.autoescape);
                        output += "</th>\n      <th scope=\"col\">";
                        output += runtime.suppressValue((lineno = 48, colno = 28, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "msg"), "msg", context, ["riskdoc.status"])), env.opts.autoescape);
                        output += "</th>\n    </tr>\n  </thead>\n  <tbody>\n";
                        frame = frame.push();
                        var t_16 = runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "p")), "rows");
                        if (t_16) {
                            t_16 = runtime.fromIterator(t_16);
                            var t_15 = t_16.length;
                            for (var t_14 = 0; t_14 < t_16.length; t_14++) {
                                var t_17 = t_16[t_14];
                                frame.set("a", t_17);
                                frame.set("loop.index", t_14 + 1);
                                frame.set("loop.index0", t_14);
                                frame.set("loop.revindex", t_15 - t_14);
                                frame.set("loop.revindex0", t_15 - t_14 - 1);
                                frame.set("loop.first", t_14 === 0);
                                frame.set("loop.last", t_14 === t_15 - 1);
                                frame.set("loop.length", t_15);
                                output += "    <tr>\n      <th scope=\"row\"";
                                output += runtime.suppressValue(env.getFilter("safe").call(context, runtime.contextOrFrameLookup(context, frame, "rl")), env.opts.autoescape);
                                output += ">";
                                output += runtime.suppressValue(runtime.memberLookup((t_17), "title"), env.opts.autoescape);
                                output += "</th>\n";
                                if (!runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "p")), "perBoard")) {
                                    output += "<td>";
                                    output += runtime.suppressValue(runtime.memberLookup((runtime.memberLookup((t_17), "board")), "name"), env.opts.autoescape);
                                    output += "</td>";
                                    ;
                                }
                                output += "      <td>";
                                output += runtime.suppressValue(runtime.memberLookup((t_17), "sourceLabel"), env.opts.autoescape);
                                output += "<br><span class=\"small\"";
                                output += runtime.suppressValue(env.getFilter("safe").call(context, runtime.contextOrFrameLookup(context, frame, "rl")), env.opts.autoescape);
                                output += ">";
                                output += runtime.suppressValue(runtime.memberLookup((t_17), "sourceName"), env.opts.autoescape);
                                output += "</span>";
                                if (runtime.memberLookup((t_17), "fromAudit")) {
                                    output += "<br><span class=\"small muted\">";
                                    output += runtime.suppressValue((lineno = 56, colno = 149, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "msg"), "msg", context, ["riskdoc.plan.fromAudit"])), env.opts.autoescape);
                                    output += "</span>";
                                    ;
                                }
                                output += "</td>\n      <td>";
                                if (runtime.memberLookup((t_17), "owner")) {
                                    output += runtime.suppressValue(runtime.memberLookup((t_17), "owner"), env.opts.autoescape);
                                    ;
                                }
                                else {
                                    output += "<span class=\"missing\">";
                                    output += runtime.suppressValue((lineno = 57, colno = 77, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "msg"), "msg", context, ["riskdoc.noOwner"])), env.opts.autoescape);
                                    output += "</span>";
                                    ;
                                }
                                output += "</td>\n      <td class=\"nowrap\">";
                                if (runtime.memberLookup((t_17), "undated")) {
                                    output += "<span class=\"missing\">";
                                    output += runtime.suppressValue(runtime.memberLookup((t_17), "dueText") || (lineno = 58, colno = 84, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "msg"), "msg", context, ["riskdoc.undated"])), env.opts.autoescape);
                                    output += "</span>";
                                    ;
                                }
                                else {
                                    output += runtime.suppressValue(runtime.memberLookup((t_17), "dueText"), env.opts.autoescape);
                                    ;
                                }
                                output += "</td>\n      <td>";
                                if (runtime.memberLookup((t_17), "overdue")) {
                                    output += "<span class=\"flag\">";
                                    output += runtime.suppressValue((lineno = 59, colno = 53, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "msg"), "msg", context, ["riskdoc.overdue"])), env.opts.autoescape);
                                    output += "</span> ";
                                    ;
                                }
                                output += runtime.suppressValue(runtime.memberLookup((t_17), "statusLabel"), env.opts.autoescape);
                                if (runtime.memberLookup((t_17), "since")) {
                                    output += "<br><span class=\"small\">";
                                    output += runtime.suppressValue((lineno = 59, colno = 159, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "msg"), "msg", context, ["riskdoc.plan.since", { "date": env.getFilter("date").call(context, runtime.memberLookup((t_17), "since")) }])), env.opts.autoescape);
                                    output += "</span>";
                                    ;
                                }
                                output += "</td>\n    </tr>\n";
                                ;
                            }
                        }
                        frame = frame.pop();
                        output += "  </tbody>\n</table>\n";
                        ;
                    }
                    cb(null, output);
                    ;
                }
                catch (e) {
                    cb(runtime.handleError(e, lineno, colno));
                }
            }
            return {
                b_content: b_content,
                root: root
            };
        } },
    "audit-answer.njk": { sha256: "bc7b5caf162a143978aaf09cc10523a349a3684fc6dee752344f0cf58c150071", code: function () {
            function root(env, context, frame, runtime, cb) {
                var lineno = 0;
                var colno = 0;
                var output = "";
                try {
                    var parentTemplate = null;
                    env.getTemplate("layout.njk", true, "audit-answer.njk", false, function (t_3, t_2) {
                        if (t_3) {
                            cb(t_3);
                            return;
                        }
                        parentTemplate = t_2;
                        for (var t_1 in parentTemplate.blocks) {
                            context.addBlock(t_1, parentTemplate.blocks[t_1]);
                        }
                        var t_4;
                        t_4 = runtime.contextOrFrameLookup(context, frame, "audit");
                        frame.set("a", t_4, true);
                        if (frame.topLevel) {
                            context.setVariable("a", t_4);
                        }
                        if (frame.topLevel) {
                            context.addExport("a", t_4);
                        }
                        var t_5;
                        t_5 = runtime.contextOrFrameLookup(context, frame, "regAttr");
                        frame.set("rl", t_5, true);
                        if (frame.topLevel) {
                            context.setVariable("rl", t_5);
                        }
                        if (frame.topLevel) {
                            context.addExport("rl", t_5);
                        }
                        (parentTemplate ? function (e, c, f, r, cb) { cb(""); } : context.getBlock("content"))(env, context, frame, runtime, function (t_7, t_6) {
                            if (t_7) {
                                cb(t_7);
                                return;
                            }
                            output += t_6;
                            output += "\n";
                            (parentTemplate ? function (e, c, f, r, cb) { cb(""); } : context.getBlock("end"))(env, context, frame, runtime, function (t_9, t_8) {
                                if (t_9) {
                                    cb(t_9);
                                    return;
                                }
                                output += t_8;
                                if (parentTemplate) {
                                    parentTemplate.rootRenderFunc(env, context, frame, runtime, cb);
                                }
                                else {
                                    cb(null, output);
                                }
                            });
                        });
                    });
                }
                catch (e) {
                    cb(runtime.handleError(e, lineno, colno));
                }
            }
            function b_content(env, context, frame, runtime, cb) {
                var lineno = 9;
                var colno = 3;
                var output = "";
                try {
                    var frame = frame.push(true);
                    output += "<header class=\"doc-head\">\n  <p class=\"doc-kind\">";
                    output += runtime.suppressValue(runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "a")), "respondent"), env.opts.autoescape);
                    output += "</p>\n  <h1>";
                    output += runtime.suppressValue(runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "doc")), "title"), env.opts.autoescape);
                    output += "</h1>\n";
                    var t_10;
                    t_10 = "";
                    frame.set("meeting", t_10, true);
                    if (frame.topLevel) {
                        context.setVariable("meeting", t_10);
                    }
                    if (frame.topLevel) {
                        context.addExport("meeting", t_10);
                    }
                    if (runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "a")), "decision") && runtime.memberLookup((runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "a")), "decision")), "meetingDate")) {
                        var t_11;
                        t_11 = (env.getFilter("longdate").call(context, runtime.memberLookup((runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "a")), "decision")), "meetingDate"))) + ((runtime.memberLookup((runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "a")), "decision")), "paragraph") ? (", " + runtime.memberLookup((runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "a")), "decision")), "paragraph")) : ""));
                        frame.set("meeting", t_11, true);
                        if (frame.topLevel) {
                            context.setVariable("meeting", t_11);
                        }
                        if (frame.topLevel) {
                            context.addExport("meeting", t_11);
                        }
                        ;
                    }
                    output += "  <dl class=\"doc-meta\">\n";
                    if (runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "a")), "addressee")) {
                        output += "<div><dt>";
                        output += runtime.suppressValue((lineno = 18, colno = 37, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["to"])), env.opts.autoescape);
                        output += "</dt><dd";
                        output += runtime.suppressValue(env.getFilter("safe").call(context, runtime.contextOrFrameLookup(context, frame, "rl")), env.opts.autoescape);
                        output += ">";
                        output += runtime.suppressValue(runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "a")), "addressee"), env.opts.autoescape);
                        output += "</dd></div>";
                        ;
                    }
                    output += "    <div><dt>";
                    output += runtime.suppressValue((lineno = 19, colno = 17, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["date"])), env.opts.autoescape);
                    output += "</dt><dd>";
                    if (runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "doc")), "date")) {
                        output += runtime.suppressValue(env.getFilter("longdate").call(context, runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "doc")), "date")), env.opts.autoescape);
                        ;
                    }
                    else {
                        output += "<span class=\"flag\">";
                        output += runtime.suppressValue((lineno = 19, colno = 112, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["dateMissing"])), env.opts.autoescape);
                        output += "</span>";
                        ;
                    }
                    output += "</dd></div>\n";
                    if (runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "doc")), "registrationNumber")) {
                        output += "<div><dt>";
                        output += runtime.suppressValue((lineno = 20, colno = 48, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["registrationNumber"])), env.opts.autoescape);
                        output += "</dt><dd>";
                        output += runtime.suppressValue(runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "doc")), "registrationNumber"), env.opts.autoescape);
                        output += "</dd></div>";
                        ;
                    }
                    if (runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "a")), "process") == "norway" && runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "a")), "auditors")) {
                        output += "<div><dt>";
                        output += runtime.suppressValue((lineno = 21, colno = 62, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["orderedBy"])), env.opts.autoescape);
                        output += "</dt><dd";
                        output += runtime.suppressValue(env.getFilter("safe").call(context, runtime.contextOrFrameLookup(context, frame, "rl")), env.opts.autoescape);
                        output += ">";
                        output += runtime.suppressValue(runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "a")), "auditors"), env.opts.autoescape);
                        output += "</dd></div>";
                        ;
                    }
                    if (runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "a")), "process") == "norway" && runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "a")), "decision")) {
                        output += "<div><dt>";
                        output += runtime.suppressValue((lineno = 22, colno = 62, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["decidedBy"])), env.opts.autoescape);
                        output += "</dt><dd>";
                        output += runtime.suppressValue(runtime.memberLookup((runtime.memberLookup((runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "a")), "decision")), "board")), "name"), env.opts.autoescape);
                        output += "</dd></div>";
                        ;
                    }
                    if (runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "a")), "decision") && runtime.memberLookup((runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "a")), "decision")), "proposalDate")) {
                        output += "<div><dt>";
                        output += runtime.suppressValue((lineno = 23, colno = 64, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["proposalDated"])), env.opts.autoescape);
                        output += "</dt><dd>";
                        output += runtime.suppressValue(env.getFilter("longdate").call(context, runtime.memberLookup((runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "a")), "decision")), "proposalDate")), env.opts.autoescape);
                        output += "</dd></div>";
                        ;
                    }
                    if (runtime.contextOrFrameLookup(context, frame, "meeting")) {
                        output += "<div><dt>";
                        output += runtime.suppressValue((lineno = 24, colno = 33, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["meeting"])), env.opts.autoescape);
                        output += "</dt><dd>";
                        output += runtime.suppressValue(runtime.contextOrFrameLookup(context, frame, "meeting"), env.opts.autoescape);
                        output += "</dd></div>";
                        ;
                    }
                    output += "    <div><dt>";
                    output += runtime.suppressValue((lineno = 25, colno = 17, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["auditReport"])), env.opts.autoescape);
                    output += "</dt><dd>";
                    output += runtime.suppressValue(((runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "a")), "firm") ? runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "a")), "firm") + ", " : "")) + (env.getFilter("longdate").call(context, runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "a")), "reportDate"))), env.opts.autoescape);
                    output += "</dd></div>\n";
                    if (runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "a")), "answerDue")) {
                        output += "<div><dt>";
                        output += runtime.suppressValue((lineno = 26, colno = 37, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["answerDue"])), env.opts.autoescape);
                        output += "</dt><dd>";
                        output += runtime.suppressValue(env.getFilter("longdate").call(context, runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "a")), "answerDue")), env.opts.autoescape);
                        output += "</dd></div>";
                        ;
                    }
                    output += "    <div><dt>";
                    output += runtime.suppressValue((lineno = 27, colno = 17, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["status"])), env.opts.autoescape);
                    output += "</dt><dd>";
                    output += runtime.suppressValue(runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "a")), "statusLabel"), env.opts.autoescape);
                    output += "</dd></div>\n  </dl>\n</header>\n\n";
                    if (runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "doc")), "draft")) {
                        output += "<div class=\"draft-banner\" role=\"note\"><strong>";
                        output += runtime.suppressValue((lineno = 32, colno = 50, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["draft"])), env.opts.autoescape);
                        output += "</strong> – ";
                        output += runtime.suppressValue((lineno = 32, colno = 78, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["draftBanner", { "board": env.getFilter("insentence").call(context, runtime.memberLookup((runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "a")), "answeringBoard")), "name")) }])), env.opts.autoescape);
                        output += "</div>\n";
                        ;
                    }
                    output += "\n";
                    if (runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "a")), "proposalHeading")) {
                        output += "<h2>";
                        output += runtime.suppressValue(runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "a")), "proposalHeading"), env.opts.autoescape);
                        output += "</h2>\n";
                        if (runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "a")), "decision") && runtime.memberLookup((runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "a")), "decision")), "proposal")) {
                            output += "<div";
                            output += runtime.suppressValue(env.getFilter("safe").call(context, runtime.contextOrFrameLookup(context, frame, "rl")), env.opts.autoescape);
                            output += ">";
                            output += runtime.suppressValue(env.getFilter("paragraphs").call(context, runtime.memberLookup((runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "a")), "decision")), "proposal")), env.opts.autoescape);
                            output += "</div>\n";
                            ;
                        }
                        else {
                            output += "<p class=\"placeholder\">";
                            output += runtime.suppressValue((lineno = 40, colno = 27, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["proposalMissing"])), env.opts.autoescape);
                            output += "</p>\n";
                            ;
                        }
                        ;
                    }
                    output += "\n<h2>";
                    output += runtime.suppressValue(runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "a")), "summaryHeading"), env.opts.autoescape);
                    output += "</h2>\n";
                    if (runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "a")), "summary") && !runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "a")), "restricted")) {
                        output += "<div";
                        output += runtime.suppressValue(env.getFilter("safe").call(context, runtime.contextOrFrameLookup(context, frame, "rl")), env.opts.autoescape);
                        output += ">";
                        output += runtime.suppressValue(env.getFilter("paragraphs").call(context, runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "a")), "summary")), env.opts.autoescape);
                        output += "</div>\n";
                        ;
                    }
                    else {
                        output += "<p>";
                        output += runtime.suppressValue(runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "a")), "summaryDefault"), env.opts.autoescape);
                        output += "</p>\n";
                        ;
                    }
                    output += "\n";
                    if (runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "a")), "restricted")) {
                        output += "<div class=\"callout\" role=\"note\">\n  <p><strong>";
                        output += runtime.suppressValue((lineno = 53, colno = 17, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["restrictedTitle"])), env.opts.autoescape);
                        output += "</strong> ";
                        output += runtime.suppressValue((lineno = 53, colno = 53, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["restrictedText"])), env.opts.autoescape);
                        output += "</p>\n</div>\n";
                        ;
                    }
                    else {
                        if (runtime.memberLookup((runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "a")), "assessment")), "length")) {
                            output += "<p class=\"lead-in\">";
                            output += runtime.suppressValue((lineno = 57, colno = 23, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["assessmentLead"])), env.opts.autoescape);
                            output += "</p>\n<ul";
                            output += runtime.suppressValue(env.getFilter("safe").call(context, runtime.contextOrFrameLookup(context, frame, "rl")), env.opts.autoescape);
                            output += ">\n";
                            frame = frame.push();
                            var t_14 = runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "a")), "assessment");
                            if (t_14) {
                                t_14 = runtime.fromIterator(t_14);
                                var t_13 = t_14.length;
                                for (var t_12 = 0; t_12 < t_14.length; t_12++) {
                                    var t_15 = t_14[t_12];
                                    frame.set("item", t_15);
                                    frame.set("loop.index", t_12 + 1);
                                    frame.set("loop.index0", t_12);
                                    frame.set("loop.revindex", t_13 - t_12);
                                    frame.set("loop.revindex0", t_13 - t_12 - 1);
                                    frame.set("loop.first", t_12 === 0);
                                    frame.set("loop.last", t_12 === t_13 - 1);
                                    frame.set("loop.length", t_13);
                                    output += "  <li>";
                                    output += runtime.suppressValue(t_15, env.opts.autoescape);
                                    output += "</li>\n";
                                    ;
                                }
                            }
                            frame = frame.pop();
                            output += "</ul>\n";
                            ;
                        }
                        output += "\n";
                        if (!runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "a")), "letter")) {
                            output += "<h3>";
                            output += runtime.suppressValue((lineno = 65, colno = 8, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["improvementAreas"])), env.opts.autoescape);
                            output += "</h3>\n";
                            frame = frame.push();
                            var t_18 = runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "a")), "groups");
                            if (t_18) {
                                t_18 = runtime.fromIterator(t_18);
                                var t_17 = t_18.length;
                                for (var t_16 = 0; t_16 < t_18.length; t_16++) {
                                    var t_19 = t_18[t_16];
                                    frame.set("g", t_19);
                                    frame.set("loop.index", t_16 + 1);
                                    frame.set("loop.index0", t_16);
                                    frame.set("loop.revindex", t_17 - t_16);
                                    frame.set("loop.revindex0", t_17 - t_16 - 1);
                                    frame.set("loop.first", t_16 === 0);
                                    frame.set("loop.last", t_16 === t_17 - 1);
                                    frame.set("loop.length", t_17);
                                    output += "<p class=\"lead-in\">";
                                    output += runtime.suppressValue(runtime.memberLookup((t_19), "lead"), env.opts.autoescape);
                                    output += "</p>\n<ol class=\"rec-list\"";
                                    output += runtime.suppressValue(env.getFilter("safe").call(context, runtime.contextOrFrameLookup(context, frame, "rl")), env.opts.autoescape);
                                    output += ">\n";
                                    frame = frame.push();
                                    var t_22 = runtime.memberLookup((t_19), "recommendations");
                                    if (t_22) {
                                        t_22 = runtime.fromIterator(t_22);
                                        var t_21 = t_22.length;
                                        for (var t_20 = 0; t_20 < t_22.length; t_20++) {
                                            var t_23 = t_22[t_20];
                                            frame.set("r", t_23);
                                            frame.set("loop.index", t_20 + 1);
                                            frame.set("loop.index0", t_20);
                                            frame.set("loop.revindex", t_21 - t_20);
                                            frame.set("loop.revindex0", t_21 - t_20 - 1);
                                            frame.set("loop.first", t_20 === 0);
                                            frame.set("loop.last", t_20 === t_21 - 1);
                                            frame.set("loop.length", t_21);
                                            output += "  <li value=\"";
                                            output += runtime.suppressValue(runtime.memberLookup((t_23), "number"), env.opts.autoescape);
                                            output += "\">";
                                            output += runtime.suppressValue(runtime.memberLookup((t_23), "text"), env.opts.autoescape);
                                            output += "</li>\n";
                                            ;
                                        }
                                    }
                                    frame = frame.pop();
                                    output += "</ol>\n";
                                    ;
                                }
                            }
                            frame = frame.pop();
                            ;
                        }
                        output += "\n";
                        if (runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "a")), "requested")) {
                            output += "<h3>";
                            output += runtime.suppressValue(runtime.memberLookup((runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "a")), "requested")), "heading"), env.opts.autoescape);
                            output += "</h3>\n<p>";
                            output += runtime.suppressValue(runtime.memberLookup((runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "a")), "requested")), "text"), env.opts.autoescape);
                            output += "</p>\n";
                            if (runtime.memberLookup((runtime.memberLookup((runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "a")), "requested")), "items")), "length")) {
                                output += "<ul>\n";
                                frame = frame.push();
                                var t_26 = runtime.memberLookup((runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "a")), "requested")), "items");
                                if (t_26) {
                                    t_26 = runtime.fromIterator(t_26);
                                    var t_25 = t_26.length;
                                    for (var t_24 = 0; t_24 < t_26.length; t_24++) {
                                        var t_27 = t_26[t_24];
                                        frame.set("i", t_27);
                                        frame.set("loop.index", t_24 + 1);
                                        frame.set("loop.index0", t_24);
                                        frame.set("loop.revindex", t_25 - t_24);
                                        frame.set("loop.revindex0", t_25 - t_24 - 1);
                                        frame.set("loop.first", t_24 === 0);
                                        frame.set("loop.last", t_24 === t_25 - 1);
                                        frame.set("loop.length", t_25);
                                        output += "  <li>";
                                        output += runtime.suppressValue(t_27, env.opts.autoescape);
                                        output += "</li>\n";
                                        ;
                                    }
                                }
                                frame = frame.pop();
                                output += "</ul>\n";
                                ;
                            }
                            if (runtime.memberLookup((runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "a")), "requested")), "followUp")) {
                                output += "<p>";
                                output += runtime.suppressValue(runtime.memberLookup((runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "a")), "requested")), "followUp"), env.opts.autoescape);
                                output += "</p>";
                                ;
                            }
                            ;
                        }
                        output += "\n";
                        if (!runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "a")), "letter")) {
                            output += "<h2>";
                            output += runtime.suppressValue((lineno = 87, colno = 29, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["recommendationsAndAnswers"])), env.opts.autoescape);
                            output += "</h2>";
                            ;
                        }
                        var t_28;
                        t_28 = (runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "a")), "letter") ? "h2" : "h3");
                        frame.set("hr", t_28, true);
                        if (frame.topLevel) {
                            context.setVariable("hr", t_28);
                        }
                        if (frame.topLevel) {
                            context.addExport("hr", t_28);
                        }
                        var t_29;
                        t_29 = (runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "a")), "letter") ? "h3" : "h4");
                        frame.set("hs", t_29, true);
                        if (frame.topLevel) {
                            context.setVariable("hs", t_29);
                        }
                        if (frame.topLevel) {
                            context.addExport("hs", t_29);
                        }
                        frame = frame.push();
                        var t_32 = runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "a")), "recommendations");
                        if (t_32) {
                            t_32 = runtime.fromIterator(t_32);
                            var t_31 = t_32.length;
                            for (var t_30 = 0; t_30 < t_32.length; t_30++) {
                                var t_33 = t_32[t_30];
                                frame.set("r", t_33);
                                frame.set("loop.index", t_30 + 1);
                                frame.set("loop.index0", t_30);
                                frame.set("loop.revindex", t_31 - t_30);
                                frame.set("loop.revindex0", t_31 - t_30 - 1);
                                frame.set("loop.first", t_30 === 0);
                                frame.set("loop.last", t_30 === t_31 - 1);
                                frame.set("loop.length", t_31);
                                output += "<section class=\"recommendation\">\n  <";
                                output += runtime.suppressValue(runtime.contextOrFrameLookup(context, frame, "hr"), env.opts.autoescape);
                                output += runtime.suppressValue((runtime.memberLookup((t_33), "heading") != (lineno = 92, colno = 41, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["recommendation", { "n": runtime.memberLookup((t_33), "number") }])) ? env.getFilter("safe").call(context, runtime.contextOrFrameLookup(context, frame, "rl")) : ""), env.opts.autoescape);
                                output += ">";
                                output += runtime.suppressValue(runtime.memberLookup((t_33), "heading"), env.opts.autoescape);
                                output += "</";
                                output += runtime.suppressValue(runtime.contextOrFrameLookup(context, frame, "hr"), env.opts.autoescape);
                                output += ">\n";
                                if (runtime.memberLookup((t_33), "quote")) {
                                    output += "<blockquote class=\"rec-text\"";
                                    output += runtime.suppressValue(env.getFilter("safe").call(context, runtime.contextOrFrameLookup(context, frame, "rl")), env.opts.autoescape);
                                    output += "><p>";
                                    output += runtime.suppressValue(runtime.memberLookup((t_33), "text"), env.opts.autoescape);
                                    output += "</p></blockquote>";
                                    ;
                                }
                                if (runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "a")), "multipleBoards")) {
                                    output += "<p class=\"addressed\">";
                                    output += runtime.suppressValue((lineno = 94, colno = 52, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["addressedTo", { "board": env.getFilter("insentence").call(context, runtime.memberLookup((runtime.memberLookup((t_33), "board")), "name")) }])), env.opts.autoescape);
                                    output += "</p>";
                                    ;
                                }
                                output += "\n";
                                if (runtime.memberLookup((t_33), "answerHeading")) {
                                    output += "<";
                                    output += runtime.suppressValue(runtime.contextOrFrameLookup(context, frame, "hs"), env.opts.autoescape);
                                    output += ">";
                                    output += runtime.suppressValue(runtime.memberLookup((t_33), "answerHeading"), env.opts.autoescape);
                                    output += "</";
                                    output += runtime.suppressValue(runtime.contextOrFrameLookup(context, frame, "hs"), env.opts.autoescape);
                                    output += ">";
                                    ;
                                }
                                if (runtime.memberLookup((t_33), "stance")) {
                                    output += "<p class=\"stance\"><strong>";
                                    output += runtime.suppressValue(runtime.memberLookup((runtime.memberLookup((t_33), "stance")), "sentence"), env.opts.autoescape);
                                    output += "</strong>";
                                    if (runtime.memberLookup((runtime.memberLookup((t_33), "stance")), "reason")) {
                                        output += " <span";
                                        output += runtime.suppressValue(env.getFilter("safe").call(context, runtime.contextOrFrameLookup(context, frame, "rl")), env.opts.autoescape);
                                        output += ">";
                                        output += runtime.suppressValue(runtime.memberLookup((runtime.memberLookup((t_33), "stance")), "reason"), env.opts.autoescape);
                                        output += "</span>";
                                        ;
                                    }
                                    output += "</p>";
                                    ;
                                }
                                if (runtime.memberLookup((t_33), "answer")) {
                                    output += "<div";
                                    output += runtime.suppressValue(env.getFilter("safe").call(context, runtime.contextOrFrameLookup(context, frame, "rl")), env.opts.autoescape);
                                    output += ">";
                                    output += runtime.suppressValue(env.getFilter("paragraphs").call(context, runtime.memberLookup((t_33), "answer")), env.opts.autoescape);
                                    output += "</div>";
                                    ;
                                }
                                else {
                                    if (!runtime.memberLookup((t_33), "stance")) {
                                        output += "<p class=\"placeholder\">";
                                        output += runtime.suppressValue((lineno = 98, colno = 122, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["answerMissing"])), env.opts.autoescape);
                                        output += "</p>";
                                        ;
                                    }
                                    ;
                                }
                                output += "\n";
                                if (runtime.memberLookup((runtime.memberLookup((t_33), "actionsTaken")), "length")) {
                                    output += "  <";
                                    output += runtime.suppressValue(runtime.contextOrFrameLookup(context, frame, "hs"), env.opts.autoescape);
                                    output += ">";
                                    output += runtime.suppressValue((lineno = 101, colno = 16, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["actionsTaken"])), env.opts.autoescape);
                                    output += "</";
                                    output += runtime.suppressValue(runtime.contextOrFrameLookup(context, frame, "hs"), env.opts.autoescape);
                                    output += ">\n  <ul";
                                    output += runtime.suppressValue(env.getFilter("safe").call(context, runtime.contextOrFrameLookup(context, frame, "rl")), env.opts.autoescape);
                                    output += ">\n";
                                    frame = frame.push();
                                    var t_36 = runtime.memberLookup((t_33), "actionsTaken");
                                    if (t_36) {
                                        t_36 = runtime.fromIterator(t_36);
                                        var t_35 = t_36.length;
                                        for (var t_34 = 0; t_34 < t_36.length; t_34++) {
                                            var t_37 = t_36[t_34];
                                            frame.set("x", t_37);
                                            frame.set("loop.index", t_34 + 1);
                                            frame.set("loop.index0", t_34);
                                            frame.set("loop.revindex", t_35 - t_34);
                                            frame.set("loop.revindex0", t_35 - t_34 - 1);
                                            frame.set("loop.first", t_34 === 0);
                                            frame.set("loop.last", t_34 === t_35 - 1);
                                            frame.set("loop.length", t_35);
                                            output += "  <li>";
                                            output += runtime.suppressValue(t_37, env.opts.autoescape);
                                            output += "</li>\n";
                                            ;
                                        }
                                    }
                                    frame = frame.pop();
                                    output += "  </ul>\n";
                                    ;
                                }
                                output += "\n";
                                if (runtime.memberLookup((runtime.memberLookup((t_33), "plannedActions")), "length")) {
                                    output += "  <";
                                    output += runtime.suppressValue(runtime.contextOrFrameLookup(context, frame, "hs"), env.opts.autoescape);
                                    output += ">";
                                    output += runtime.suppressValue((lineno = 109, colno = 16, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["plannedActions"])), env.opts.autoescape);
                                    output += "</";
                                    output += runtime.suppressValue(runtime.contextOrFrameLookup(context, frame, "hs"), env.opts.autoescape);
                                    output += ">\n  <table class=\"actions\">\n    <thead>\n      <tr><th scope=\"col\">";
                                    output += runtime.suppressValue((lineno = 112, colno = 30, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["action"])), env.opts.autoescape);
                                    output += "</th><th scope=\"col\">";
                                    output += runtime.suppressValue((lineno = 112, colno = 68, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["owner"])), env.opts.autoescape);
                                    output += "</th><th scope=\"col\">";
                                    output += runtime.suppressValue((lineno = 112, colno = 105, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["when"])), env.opts.autoescape);
                                    output += "</th>";
                                    if (runtime.memberLookup((t_33), "showStatus")) {
                                        output += "<th scope=\"col\">";
                                        output += runtime.suppressValue((runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "a")), "decidedOn") ? (lineno = 112, colno = 162, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["statusAtDecision"])) : (lineno = 112, colno = 204, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["status"]))), env.opts.autoescape);
                                        output += "</th>";
                                        ;
                                    }
                                    output += "</tr>\n    </thead>\n    <tbody>\n";
                                    frame = frame.push();
                                    var t_40 = runtime.memberLookup((t_33), "plannedActions");
                                    if (t_40) {
                                        t_40 = runtime.fromIterator(t_40);
                                        var t_39 = t_40.length;
                                        for (var t_38 = 0; t_38 < t_40.length; t_38++) {
                                            var t_41 = t_40[t_38];
                                            frame.set("p", t_41);
                                            frame.set("loop.index", t_38 + 1);
                                            frame.set("loop.index0", t_38);
                                            frame.set("loop.revindex", t_39 - t_38);
                                            frame.set("loop.revindex0", t_39 - t_38 - 1);
                                            frame.set("loop.first", t_38 === 0);
                                            frame.set("loop.last", t_38 === t_39 - 1);
                                            frame.set("loop.length", t_39);
                                            output += "      <tr>\n        <th scope=\"row\"";
                                            output += runtime.suppressValue(env.getFilter("safe").call(context, runtime.contextOrFrameLookup(context, frame, "rl")), env.opts.autoescape);
                                            output += ">";
                                            output += runtime.suppressValue(runtime.memberLookup((t_41), "text"), env.opts.autoescape);
                                            output += "</th>\n        <td>";
                                            if (runtime.memberLookup((t_41), "owner")) {
                                                output += runtime.suppressValue(runtime.memberLookup((t_41), "owner"), env.opts.autoescape);
                                                ;
                                            }
                                            else {
                                                output += "<span class=\"muted\">";
                                                output += runtime.suppressValue((lineno = 118, colno = 75, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["notStated"])), env.opts.autoescape);
                                                output += "</span>";
                                                ;
                                            }
                                            output += "</td>\n        <td class=\"nowrap\">";
                                            if (runtime.memberLookup((t_41), "due")) {
                                                output += runtime.suppressValue(env.getFilter("date").call(context, runtime.memberLookup((t_41), "due")), env.opts.autoescape);
                                                ;
                                            }
                                            else {
                                                if (runtime.memberLookup((t_41), "period")) {
                                                    output += "<span";
                                                    output += runtime.suppressValue(env.getFilter("safe").call(context, runtime.contextOrFrameLookup(context, frame, "rl")), env.opts.autoescape);
                                                    output += ">";
                                                    output += runtime.suppressValue(runtime.memberLookup((t_41), "period"), env.opts.autoescape);
                                                    output += "</span>";
                                                    ;
                                                }
                                                else {
                                                    output += "<span class=\"muted\">";
                                                    output += runtime.suppressValue((lineno = 119, colno = 154, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["notDated"])), env.opts.autoescape);
                                                    output += "</span>";
                                                    ;
                                                }
                                                ;
                                            }
                                            output += "</td>\n";
                                            if (runtime.memberLookup((t_33), "showStatus")) {
                                                output += "<td>";
                                                output += runtime.suppressValue(runtime.memberLookup((t_41), "statusLabel"), env.opts.autoescape);
                                                if (runtime.memberLookup((t_41), "done")) {
                                                    output += " ";
                                                    output += runtime.suppressValue(env.getFilter("date").call(context, runtime.memberLookup((t_41), "done")), env.opts.autoescape);
                                                    ;
                                                }
                                                if (runtime.memberLookup((t_41), "overdue")) {
                                                    output += " <span class=\"flag\">";
                                                    output += runtime.suppressValue((lineno = 120, colno = 140, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["overdue"])), env.opts.autoescape);
                                                    output += "</span>";
                                                    ;
                                                }
                                                output += "</td>";
                                                ;
                                            }
                                            output += "      </tr>\n";
                                            ;
                                        }
                                    }
                                    frame = frame.pop();
                                    output += "    </tbody>\n  </table>\n";
                                    ;
                                }
                                output += "\n";
                                if (runtime.memberLookup((t_33), "timeline")) {
                                    output += "  <";
                                    output += runtime.suppressValue(runtime.contextOrFrameLookup(context, frame, "hs"), env.opts.autoescape);
                                    output += ">";
                                    output += runtime.suppressValue((lineno = 128, colno = 16, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["timeline"])), env.opts.autoescape);
                                    output += "</";
                                    output += runtime.suppressValue(runtime.contextOrFrameLookup(context, frame, "hs"), env.opts.autoescape);
                                    output += ">\n  <div";
                                    output += runtime.suppressValue(env.getFilter("safe").call(context, runtime.contextOrFrameLookup(context, frame, "rl")), env.opts.autoescape);
                                    output += ">";
                                    output += runtime.suppressValue(env.getFilter("paragraphs").call(context, runtime.memberLookup((t_33), "timeline")), env.opts.autoescape);
                                    output += "</div>\n";
                                    ;
                                }
                                output += "\n";
                                if (runtime.memberLookup((t_33), "comments")) {
                                    output += "  <";
                                    output += runtime.suppressValue(runtime.contextOrFrameLookup(context, frame, "hs"), env.opts.autoescape);
                                    output += ">";
                                    output += runtime.suppressValue((lineno = 133, colno = 16, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["comments"])), env.opts.autoescape);
                                    output += "</";
                                    output += runtime.suppressValue(runtime.contextOrFrameLookup(context, frame, "hs"), env.opts.autoescape);
                                    output += ">\n  <div";
                                    output += runtime.suppressValue(env.getFilter("safe").call(context, runtime.contextOrFrameLookup(context, frame, "rl")), env.opts.autoescape);
                                    output += ">";
                                    output += runtime.suppressValue(env.getFilter("paragraphs").call(context, runtime.memberLookup((t_33), "comments")), env.opts.autoescape);
                                    output += "</div>\n";
                                    ;
                                }
                                output += "</section>\n";
                                ;
                            }
                        }
                        frame = frame.pop();
                        ;
                    }
                    cb(null, output);
                    ;
                }
                catch (e) {
                    cb(runtime.handleError(e, lineno, colno));
                }
            }
            function b_end(env, context, frame, runtime, cb) {
                var lineno = 141;
                var colno = 3;
                var output = "";
                try {
                    var frame = frame.push(true);
                    output += "<div class=\"signature\">\n";
                    if (runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "a")), "closing")) {
                        output += "<p class=\"closing\"";
                        output += runtime.suppressValue(env.getFilter("safe").call(context, runtime.contextOrFrameLookup(context, frame, "rl")), env.opts.autoescape);
                        output += ">";
                        output += runtime.suppressValue(runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "a")), "closing"), env.opts.autoescape);
                        output += "</p>";
                        ;
                    }
                    output += "  <div class=\"line\"></div>\n";
                    if (runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "a")), "signature")) {
                        output += "  <p class=\"name\">";
                        output += runtime.suppressValue(runtime.memberLookup((runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "a")), "signature")), "name"), env.opts.autoescape);
                        if (runtime.memberLookup((runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "a")), "signature")), "party")) {
                            output += " (";
                            output += runtime.suppressValue(runtime.memberLookup((runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "a")), "signature")), "party"), env.opts.autoescape);
                            output += ")";
                            ;
                        }
                        output += "</p>\n";
                        if (runtime.memberLookup((runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "a")), "signature")), "title")) {
                            output += "<p";
                            output += runtime.suppressValue(env.getFilter("safe").call(context, runtime.contextOrFrameLookup(context, frame, "rl")), env.opts.autoescape);
                            output += ">";
                            output += runtime.suppressValue(runtime.memberLookup((runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "a")), "signature")), "title"), env.opts.autoescape);
                            output += "</p>";
                            ;
                        }
                        if (runtime.memberLookup((runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "a")), "signature")), "onBehalfOf")) {
                            output += "<p";
                            output += runtime.suppressValue(env.getFilter("safe").call(context, runtime.contextOrFrameLookup(context, frame, "rl")), env.opts.autoescape);
                            output += ">";
                            output += runtime.suppressValue(runtime.memberLookup((runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "a")), "signature")), "onBehalfOf"), env.opts.autoescape);
                            output += "</p>";
                            ;
                        }
                        ;
                    }
                    else {
                        frame = frame.push();
                        var t_44 = (lineno = 150, colno = 45, runtime.callWrap(runtime.memberLookup((runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "a")), "signaturePlaceholder")), "split"), "a[\"signaturePlaceholder\"][\"split\"]", context, ["\n"]));
                        if (t_44) {
                            t_44 = runtime.fromIterator(t_44);
                            var t_43 = t_44.length;
                            for (var t_42 = 0; t_42 < t_44.length; t_42++) {
                                var t_45 = t_44[t_42];
                                frame.set("line", t_45);
                                frame.set("loop.index", t_42 + 1);
                                frame.set("loop.index0", t_42);
                                frame.set("loop.revindex", t_43 - t_42);
                                frame.set("loop.revindex0", t_43 - t_42 - 1);
                                frame.set("loop.first", t_42 === 0);
                                frame.set("loop.last", t_42 === t_43 - 1);
                                frame.set("loop.length", t_43);
                                output += "<p class=\"";
                                output += runtime.suppressValue((runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "loop")), "first") ? "name placeholder" : ""), env.opts.autoescape);
                                output += "\">";
                                output += runtime.suppressValue(t_45, env.opts.autoescape);
                                output += "</p>";
                                ;
                            }
                        }
                        frame = frame.pop();
                        ;
                    }
                    output += "</div>\n\n<h2>";
                    output += runtime.suppressValue((lineno = 154, colno = 8, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["attachments"])), env.opts.autoescape);
                    output += "</h2>\n";
                    if (runtime.memberLookup((runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "a")), "attachments")), "length")) {
                        output += "<ul";
                        output += runtime.suppressValue(env.getFilter("safe").call(context, runtime.contextOrFrameLookup(context, frame, "rl")), env.opts.autoescape);
                        output += ">\n";
                        frame = frame.push();
                        var t_48 = runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "a")), "attachments");
                        if (t_48) {
                            t_48 = runtime.fromIterator(t_48);
                            var t_47 = t_48.length;
                            for (var t_46 = 0; t_46 < t_48.length; t_46++) {
                                var t_49 = t_48[t_46];
                                frame.set("b", t_49);
                                frame.set("loop.index", t_46 + 1);
                                frame.set("loop.index0", t_46);
                                frame.set("loop.revindex", t_47 - t_46);
                                frame.set("loop.revindex0", t_47 - t_46 - 1);
                                frame.set("loop.first", t_46 === 0);
                                frame.set("loop.last", t_46 === t_47 - 1);
                                frame.set("loop.length", t_47);
                                output += "  <li>";
                                output += runtime.suppressValue(t_49, env.opts.autoescape);
                                output += "</li>\n";
                                ;
                            }
                        }
                        frame = frame.pop();
                        output += "</ul>\n";
                        ;
                    }
                    else {
                        output += "<p class=\"muted\">";
                        output += runtime.suppressValue((lineno = 161, colno = 21, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["noAttachments"])), env.opts.autoescape);
                        output += "</p>\n";
                        ;
                    }
                    cb(null, output);
                    ;
                }
                catch (e) {
                    cb(runtime.handleError(e, lineno, colno));
                }
            }
            return {
                b_content: b_content,
                b_end: b_end,
                root: root
            };
        } },
    "audit-followup.njk": { sha256: "74d7b1673daed529340f333db9f13f5fd4be3e7d560aacf8f4365a9e4dc35aaa", code: function () {
            function root(env, context, frame, runtime, cb) {
                var lineno = 0;
                var colno = 0;
                var output = "";
                try {
                    var parentTemplate = null;
                    env.getTemplate("layout.njk", true, "audit-followup.njk", false, function (t_3, t_2) {
                        if (t_3) {
                            cb(t_3);
                            return;
                        }
                        parentTemplate = t_2;
                        for (var t_1 in parentTemplate.blocks) {
                            context.addBlock(t_1, parentTemplate.blocks[t_1]);
                        }
                        var t_4;
                        t_4 = runtime.contextOrFrameLookup(context, frame, "followUp");
                        frame.set("f", t_4, true);
                        if (frame.topLevel) {
                            context.setVariable("f", t_4);
                        }
                        if (frame.topLevel) {
                            context.addExport("f", t_4);
                        }
                        var t_5;
                        t_5 = runtime.contextOrFrameLookup(context, frame, "regAttr");
                        frame.set("rl", t_5, true);
                        if (frame.topLevel) {
                            context.setVariable("rl", t_5);
                        }
                        if (frame.topLevel) {
                            context.addExport("rl", t_5);
                        }
                        (parentTemplate ? function (e, c, f, r, cb) { cb(""); } : context.getBlock("content"))(env, context, frame, runtime, function (t_7, t_6) {
                            if (t_7) {
                                cb(t_7);
                                return;
                            }
                            output += t_6;
                            if (parentTemplate) {
                                parentTemplate.rootRenderFunc(env, context, frame, runtime, cb);
                            }
                            else {
                                cb(null, output);
                            }
                        });
                    });
                }
                catch (e) {
                    cb(runtime.handleError(e, lineno, colno));
                }
            }
            function b_content(env, context, frame, runtime, cb) {
                var lineno = 6;
                var colno = 3;
                var output = "";
                try {
                    var frame = frame.push(true);
                    output += "<header class=\"doc-head\">\n  <p class=\"doc-kind\">";
                    output += runtime.suppressValue((lineno = 8, colno = 26, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["followUpKind"])), env.opts.autoescape);
                    output += "</p>\n  <h1>";
                    output += runtime.suppressValue(runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "doc")), "title"), env.opts.autoescape);
                    output += "</h1>\n  <dl class=\"doc-meta\">\n    <div><dt>";
                    output += runtime.suppressValue((lineno = 11, colno = 17, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["to"])), env.opts.autoescape);
                    output += "</dt><dd>";
                    output += runtime.suppressValue(runtime.memberLookup((runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "f")), "board")), "name"), env.opts.autoescape);
                    output += "</dd></div>\n    <div><dt>";
                    output += runtime.suppressValue((lineno = 12, colno = 17, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["asOf"])), env.opts.autoescape);
                    output += "</dt><dd>";
                    output += runtime.suppressValue(env.getFilter("longdate").call(context, runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "doc")), "date")), env.opts.autoescape);
                    output += "</dd></div>\n  </dl>\n</header>\n\n<p class=\"lead\">";
                    output += runtime.suppressValue(runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "f")), "lead"), env.opts.autoescape);
                    output += "</p>\n";
                    if (runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "f")), "empty")) {
                        output += "<p>";
                        output += runtime.suppressValue(runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "f")), "empty"), env.opts.autoescape);
                        output += "</p>";
                        ;
                    }
                    output += "\n";
                    if (runtime.memberLookup((runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "f")), "audits")), "length")) {
                        output += "<table class=\"overview\">\n  <caption>";
                        output += runtime.suppressValue((lineno = 21, colno = 15, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["overview"])), env.opts.autoescape);
                        output += "</caption>\n  <thead>\n    <tr><th scope=\"col\">";
                        output += runtime.suppressValue((lineno = 23, colno = 28, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["recommendationColumn"])), env.opts.autoescape);
                        output += "</th><th scope=\"col\">";
                        output += runtime.suppressValue((lineno = 23, colno = 80, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["auditColumn"])), env.opts.autoescape);
                        output += "</th><th scope=\"col\">";
                        output += runtime.suppressValue((lineno = 23, colno = 123, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["stanceColumn"])), env.opts.autoescape);
                        output += "</th><th scope=\"col\">";
                        output += runtime.suppressValue((lineno = 23, colno = 167, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["progressColumn"])), env.opts.autoescape);
                        output += "</th></tr>\n  </thead>\n  <tbody>\n";
                        frame = frame.push();
                        var t_10 = runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "f")), "audits");
                        if (t_10) {
                            t_10 = runtime.fromIterator(t_10);
                            var t_9 = t_10.length;
                            for (var t_8 = 0; t_8 < t_10.length; t_8++) {
                                var t_11 = t_10[t_8];
                                frame.set("au", t_11);
                                frame.set("loop.index", t_8 + 1);
                                frame.set("loop.index0", t_8);
                                frame.set("loop.revindex", t_9 - t_8);
                                frame.set("loop.revindex0", t_9 - t_8 - 1);
                                frame.set("loop.first", t_8 === 0);
                                frame.set("loop.last", t_8 === t_9 - 1);
                                frame.set("loop.length", t_9);
                                frame = frame.push();
                                var t_14 = runtime.memberLookup((t_11), "recommendations");
                                if (t_14) {
                                    t_14 = runtime.fromIterator(t_14);
                                    var t_13 = t_14.length;
                                    for (var t_12 = 0; t_12 < t_14.length; t_12++) {
                                        var t_15 = t_14[t_12];
                                        frame.set("r", t_15);
                                        frame.set("loop.index", t_12 + 1);
                                        frame.set("loop.index0", t_12);
                                        frame.set("loop.revindex", t_13 - t_12);
                                        frame.set("loop.revindex0", t_13 - t_12 - 1);
                                        frame.set("loop.first", t_12 === 0);
                                        frame.set("loop.last", t_12 === t_13 - 1);
                                        frame.set("loop.length", t_13);
                                        output += "    <tr><th scope=\"row\"";
                                        output += runtime.suppressValue((runtime.memberLookup((t_15), "heading") != (lineno = 27, colno = 53, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["recommendation", { "n": runtime.memberLookup((t_15), "number") }])) ? env.getFilter("safe").call(context, runtime.contextOrFrameLookup(context, frame, "rl")) : ""), env.opts.autoescape);
                                        output += ">";
                                        output += runtime.suppressValue(runtime.memberLookup((t_15), "heading"), env.opts.autoescape);
                                        output += "</th><td";
                                        output += runtime.suppressValue(env.getFilter("safe").call(context, runtime.contextOrFrameLookup(context, frame, "rl")), env.opts.autoescape);
                                        output += ">";
                                        output += runtime.suppressValue(runtime.memberLookup((t_11), "title"), env.opts.autoescape);
                                        output += "</td><td>";
                                        output += runtime.suppressValue(runtime.memberLookup((t_15), "stanceShort") || "–", env.opts.autoescape);
                                        output += "</td><td>";
                                        output += runtime.suppressValue(runtime.memberLookup((t_15), "progress"), env.opts.autoescape);
                                        if (runtime.memberLookup((t_15), "overdue")) {
                                            output += " <span class=\"flag\">";
                                            output += runtime.suppressValue((lineno = 27, colno = 253, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["overdue"])), env.opts.autoescape);
                                            output += "</span>";
                                            ;
                                        }
                                        output += "</td></tr>\n";
                                        ;
                                    }
                                }
                                frame = frame.pop();
                                ;
                            }
                        }
                        frame = frame.pop();
                        output += "  </tbody>\n</table>\n";
                        ;
                    }
                    output += "\n";
                    frame = frame.push();
                    var t_18 = runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "f")), "audits");
                    if (t_18) {
                        t_18 = runtime.fromIterator(t_18);
                        var t_17 = t_18.length;
                        for (var t_16 = 0; t_16 < t_18.length; t_16++) {
                            var t_19 = t_18[t_16];
                            frame.set("au", t_19);
                            frame.set("loop.index", t_16 + 1);
                            frame.set("loop.index0", t_16);
                            frame.set("loop.revindex", t_17 - t_16);
                            frame.set("loop.revindex0", t_17 - t_16 - 1);
                            frame.set("loop.first", t_16 === 0);
                            frame.set("loop.last", t_16 === t_17 - 1);
                            frame.set("loop.length", t_17);
                            output += "<section class=\"audit\">\n  <h2";
                            output += runtime.suppressValue(env.getFilter("safe").call(context, runtime.contextOrFrameLookup(context, frame, "rl")), env.opts.autoescape);
                            output += ">";
                            output += runtime.suppressValue(runtime.memberLookup((t_19), "title"), env.opts.autoescape);
                            output += "</h2>\n  <p class=\"muted\">";
                            output += runtime.suppressValue(runtime.memberLookup((t_19), "report"), env.opts.autoescape);
                            output += ". ";
                            output += runtime.suppressValue(runtime.memberLookup((t_19), "answered"), env.opts.autoescape);
                            if (runtime.memberLookup((t_19), "registrationNumber")) {
                                output += " (";
                                output += runtime.suppressValue(env.getFilter("lower").call(context, (lineno = 36, colno = 89, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["registrationNumber"]))), env.opts.autoescape);
                                output += " ";
                                output += runtime.suppressValue(runtime.memberLookup((t_19), "registrationNumber"), env.opts.autoescape);
                                output += ")";
                                ;
                            }
                            output += ".</p>\n";
                            frame = frame.push();
                            var t_22 = runtime.memberLookup((t_19), "recommendations");
                            if (t_22) {
                                t_22 = runtime.fromIterator(t_22);
                                var t_21 = t_22.length;
                                for (var t_20 = 0; t_20 < t_22.length; t_20++) {
                                    var t_23 = t_22[t_20];
                                    frame.set("r", t_23);
                                    frame.set("loop.index", t_20 + 1);
                                    frame.set("loop.index0", t_20);
                                    frame.set("loop.revindex", t_21 - t_20);
                                    frame.set("loop.revindex0", t_21 - t_20 - 1);
                                    frame.set("loop.first", t_20 === 0);
                                    frame.set("loop.last", t_20 === t_21 - 1);
                                    frame.set("loop.length", t_21);
                                    output += "  <section class=\"recommendation\">\n    <h3";
                                    output += runtime.suppressValue((runtime.memberLookup((t_23), "heading") != (lineno = 39, colno = 37, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["recommendation", { "n": runtime.memberLookup((t_23), "number") }])) ? env.getFilter("safe").call(context, runtime.contextOrFrameLookup(context, frame, "rl")) : ""), env.opts.autoescape);
                                    output += ">";
                                    output += runtime.suppressValue(runtime.memberLookup((t_23), "heading"), env.opts.autoescape);
                                    output += "</h3>\n    <blockquote class=\"rec-text\"";
                                    output += runtime.suppressValue(env.getFilter("safe").call(context, runtime.contextOrFrameLookup(context, frame, "rl")), env.opts.autoescape);
                                    output += "><p>";
                                    output += runtime.suppressValue(runtime.memberLookup((t_23), "text"), env.opts.autoescape);
                                    output += "</p></blockquote>\n";
                                    if (runtime.memberLookup((t_23), "stance")) {
                                        output += "<p class=\"stance\"><strong>";
                                        output += runtime.suppressValue(runtime.memberLookup((runtime.memberLookup((t_23), "stance")), "sentence"), env.opts.autoescape);
                                        output += "</strong>";
                                        if (runtime.memberLookup((runtime.memberLookup((t_23), "stance")), "reason")) {
                                            output += " <span";
                                            output += runtime.suppressValue(env.getFilter("safe").call(context, runtime.contextOrFrameLookup(context, frame, "rl")), env.opts.autoescape);
                                            output += ">";
                                            output += runtime.suppressValue(runtime.memberLookup((runtime.memberLookup((t_23), "stance")), "reason"), env.opts.autoescape);
                                            output += "</span>";
                                            ;
                                        }
                                        output += "</p>";
                                        ;
                                    }
                                    output += "    <p";
                                    if (runtime.memberLookup((runtime.memberLookup((t_23), "plannedActions")), "length")) {
                                        output += " class=\"lead-in\"";
                                        ;
                                    }
                                    output += "><strong>";
                                    output += runtime.suppressValue(runtime.memberLookup((t_23), "progress"), env.opts.autoescape);
                                    output += ".</strong></p>\n";
                                    if (runtime.memberLookup((runtime.memberLookup((t_23), "plannedActions")), "length")) {
                                        output += "    <table class=\"actions\">\n      <thead>\n        <tr><th scope=\"col\">";
                                        output += runtime.suppressValue((lineno = 46, colno = 32, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["action"])), env.opts.autoescape);
                                        output += "</th><th scope=\"col\">";
                                        output += runtime.suppressValue((lineno = 46, colno = 70, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["owner"])), env.opts.autoescape);
                                        output += "</th><th scope=\"col\">";
                                        output += runtime.suppressValue((lineno = 46, colno = 107, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["when"])), env.opts.autoescape);
                                        output += "</th><th scope=\"col\">";
                                        output += runtime.suppressValue((lineno = 46, colno = 143, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["statusNow"])), env.opts.autoescape);
                                        output += "</th></tr>\n      </thead>\n      <tbody>\n";
                                        frame = frame.push();
                                        var t_26 = runtime.memberLookup((t_23), "plannedActions");
                                        if (t_26) {
                                            t_26 = runtime.fromIterator(t_26);
                                            var t_25 = t_26.length;
                                            for (var t_24 = 0; t_24 < t_26.length; t_24++) {
                                                var t_27 = t_26[t_24];
                                                frame.set("p", t_27);
                                                frame.set("loop.index", t_24 + 1);
                                                frame.set("loop.index0", t_24);
                                                frame.set("loop.revindex", t_25 - t_24);
                                                frame.set("loop.revindex0", t_25 - t_24 - 1);
                                                frame.set("loop.first", t_24 === 0);
                                                frame.set("loop.last", t_24 === t_25 - 1);
                                                frame.set("loop.length", t_25);
                                                output += "        <tr>\n          <th scope=\"row\"";
                                                output += runtime.suppressValue(env.getFilter("safe").call(context, runtime.contextOrFrameLookup(context, frame, "rl")), env.opts.autoescape);
                                                output += ">";
                                                output += runtime.suppressValue(runtime.memberLookup((t_27), "text"), env.opts.autoescape);
                                                output += "</th>\n          <td>";
                                                if (runtime.memberLookup((t_27), "owner")) {
                                                    output += runtime.suppressValue(runtime.memberLookup((t_27), "owner"), env.opts.autoescape);
                                                    ;
                                                }
                                                else {
                                                    output += "<span class=\"muted\">";
                                                    output += runtime.suppressValue((lineno = 52, colno = 77, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["notStated"])), env.opts.autoescape);
                                                    output += "</span>";
                                                    ;
                                                }
                                                output += "</td>\n          <td class=\"nowrap\">";
                                                if (runtime.memberLookup((t_27), "due")) {
                                                    output += runtime.suppressValue(env.getFilter("date").call(context, runtime.memberLookup((t_27), "due")), env.opts.autoescape);
                                                    ;
                                                }
                                                else {
                                                    if (runtime.memberLookup((t_27), "period")) {
                                                        output += "<span";
                                                        output += runtime.suppressValue(env.getFilter("safe").call(context, runtime.contextOrFrameLookup(context, frame, "rl")), env.opts.autoescape);
                                                        output += ">";
                                                        output += runtime.suppressValue(runtime.memberLookup((t_27), "period"), env.opts.autoescape);
                                                        output += "</span>";
                                                        ;
                                                    }
                                                    else {
                                                        output += "<span class=\"muted\">";
                                                        output += runtime.suppressValue((lineno = 53, colno = 156, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["notDated"])), env.opts.autoescape);
                                                        output += "</span>";
                                                        ;
                                                    }
                                                    ;
                                                }
                                                output += "</td>\n          <td>";
                                                output += runtime.suppressValue(runtime.memberLookup((t_27), "statusLabel"), env.opts.autoescape);
                                                if (runtime.memberLookup((t_27), "done")) {
                                                    output += " ";
                                                    output += runtime.suppressValue(env.getFilter("date").call(context, runtime.memberLookup((t_27), "done")), env.opts.autoescape);
                                                    ;
                                                }
                                                if (runtime.memberLookup((t_27), "overdue")) {
                                                    output += " <span class=\"flag\">";
                                                    output += runtime.suppressValue((lineno = 54, colno = 121, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["overdue"])), env.opts.autoescape);
                                                    output += "</span>";
                                                    ;
                                                }
                                                output += "</td>\n        </tr>\n";
                                                ;
                                            }
                                        }
                                        frame = frame.pop();
                                        output += "      </tbody>\n    </table>\n";
                                        ;
                                    }
                                    if (runtime.memberLookup((runtime.memberLookup((t_23), "since")), "length")) {
                                        output += "    <h4>";
                                        output += runtime.suppressValue((lineno = 61, colno = 12, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["history"])), env.opts.autoescape);
                                        output += "</h4>\n    <ul>\n";
                                        frame = frame.push();
                                        var t_30 = runtime.memberLookup((t_23), "since");
                                        if (t_30) {
                                            t_30 = runtime.fromIterator(t_30);
                                            var t_29 = t_30.length;
                                            for (var t_28 = 0; t_28 < t_30.length; t_28++) {
                                                var t_31 = t_30[t_28];
                                                frame.set("e", t_31);
                                                frame.set("loop.index", t_28 + 1);
                                                frame.set("loop.index0", t_28);
                                                frame.set("loop.revindex", t_29 - t_28);
                                                frame.set("loop.revindex0", t_29 - t_28 - 1);
                                                frame.set("loop.first", t_28 === 0);
                                                frame.set("loop.last", t_28 === t_29 - 1);
                                                frame.set("loop.length", t_29);
                                                output += "  <li><span class=\"nowrap\">";
                                                output += runtime.suppressValue(env.getFilter("date").call(context, runtime.memberLookup((t_31), "date")), env.opts.autoescape);
                                                output += "</span> – ";
                                                output += runtime.suppressValue(runtime.memberLookup((t_31), "statusLabel"), env.opts.autoescape);
                                                output += ": <span";
                                                output += runtime.suppressValue(env.getFilter("safe").call(context, runtime.contextOrFrameLookup(context, frame, "rl")), env.opts.autoescape);
                                                output += ">";
                                                output += runtime.suppressValue(runtime.memberLookup((t_31), "action"), env.opts.autoescape);
                                                output += "</span>";
                                                if (runtime.memberLookup((t_31), "note")) {
                                                    output += " <span";
                                                    output += runtime.suppressValue(env.getFilter("safe").call(context, runtime.contextOrFrameLookup(context, frame, "rl")), env.opts.autoescape);
                                                    output += ">";
                                                    output += runtime.suppressValue(runtime.memberLookup((t_31), "note"), env.opts.autoescape);
                                                    output += "</span>";
                                                    ;
                                                }
                                                output += "</li>\n";
                                                ;
                                            }
                                        }
                                        frame = frame.pop();
                                        output += "    </ul>\n";
                                        ;
                                    }
                                    output += "  </section>\n";
                                    ;
                                }
                            }
                            frame = frame.pop();
                            output += "</section>\n";
                            ;
                        }
                    }
                    frame = frame.pop();
                    if (runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "f")), "restrictedNote")) {
                        output += "<p>";
                        output += runtime.suppressValue(runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "f")), "restrictedNote"), env.opts.autoescape);
                        output += "</p>";
                        ;
                    }
                    cb(null, output);
                    ;
                }
                catch (e) {
                    cb(runtime.handleError(e, lineno, colno));
                }
            }
            return {
                b_content: b_content,
                root: root
            };
        } },
    "incident-report.njk": { sha256: "a800366a689707223ac2696a05eefc6c54d1e6e508bb2540f366a61f5837b384", code: function () {
            function root(env, context, frame, runtime, cb) {
                var lineno = 0;
                var colno = 0;
                var output = "";
                try {
                    var parentTemplate = null;
                    env.getTemplate("layout.njk", true, "incident-report.njk", false, function (t_3, t_2) {
                        if (t_3) {
                            cb(t_3);
                            return;
                        }
                        parentTemplate = t_2;
                        for (var t_1 in parentTemplate.blocks) {
                            context.addBlock(t_1, parentTemplate.blocks[t_1]);
                        }
                        var t_4;
                        t_4 = runtime.contextOrFrameLookup(context, frame, "incidents");
                        frame.set("r", t_4, true);
                        if (frame.topLevel) {
                            context.setVariable("r", t_4);
                        }
                        if (frame.topLevel) {
                            context.addExport("r", t_4);
                        }
                        var t_5;
                        t_5 = runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "r")), "breaches");
                        frame.set("b", t_5, true);
                        if (frame.topLevel) {
                            context.setVariable("b", t_5);
                        }
                        if (frame.topLevel) {
                            context.addExport("b", t_5);
                        }
                        var t_6;
                        t_6 = runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "r")), "followUp");
                        frame.set("fu", t_6, true);
                        if (frame.topLevel) {
                            context.setVariable("fu", t_6);
                        }
                        if (frame.topLevel) {
                            context.addExport("fu", t_6);
                        }
                        var t_7;
                        t_7 = runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "r")), "authority");
                        frame.set("authority", t_7, true);
                        if (frame.topLevel) {
                            context.setVariable("authority", t_7);
                        }
                        if (frame.topLevel) {
                            context.addExport("authority", t_7);
                        }
                        (parentTemplate ? function (e, c, f, r, cb) { cb(""); } : context.getBlock("content"))(env, context, frame, runtime, function (t_9, t_8) {
                            if (t_9) {
                                cb(t_9);
                                return;
                            }
                            output += t_8;
                            if (parentTemplate) {
                                parentTemplate.rootRenderFunc(env, context, frame, runtime, cb);
                            }
                            else {
                                cb(null, output);
                            }
                        });
                    });
                }
                catch (e) {
                    cb(runtime.handleError(e, lineno, colno));
                }
            }
            function b_content(env, context, frame, runtime, cb) {
                var lineno = 9;
                var colno = 3;
                var output = "";
                try {
                    var frame = frame.push(true);
                    output += "<header class=\"doc-head\">\n  <p class=\"doc-kind\">";
                    output += runtime.suppressValue((lineno = 11, colno = 26, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["incidentReport.kind"])), env.opts.autoescape);
                    output += "</p>\n  <h1>";
                    output += runtime.suppressValue(runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "doc")), "title"), env.opts.autoescape);
                    output += "</h1>\n  <dl class=\"doc-meta\">\n    <div><dt>";
                    output += runtime.suppressValue((lineno = 14, colno = 17, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["incidentReport.to"])), env.opts.autoescape);
                    output += "</dt><dd>";
                    output += runtime.suppressValue(runtime.memberLookup((runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "r")), "recipient")), "name"), env.opts.autoescape);
                    output += "</dd></div>\n    <div><dt>";
                    output += runtime.suppressValue((lineno = 15, colno = 17, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["incidentReport.period"])), env.opts.autoescape);
                    output += "</dt><dd>";
                    output += runtime.suppressValue(env.getFilter("date").call(context, runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "r")), "from")), env.opts.autoescape);
                    output += "–";
                    output += runtime.suppressValue(env.getFilter("date").call(context, runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "r")), "to")), env.opts.autoescape);
                    output += "</dd></div>\n  </dl>\n</header>\n\n<p class=\"lead\">";
                    output += runtime.suppressValue((lineno = 19, colno = 20, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["incidentReport.lead", { "total": runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "r")), "total"), "board": env.getFilter("insentence").call(context, runtime.memberLookup((runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "r")), "recipient")), "name")), "breaches": runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "r")), "breachCount"), "open": runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "r")), "open") }])), env.opts.autoescape);
                    if (runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "r")), "carriedOver")) {
                        output += " ";
                        output += runtime.suppressValue((lineno = 19, colno = 168, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["incidentReport.carriedOver", { "n": runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "r")), "carriedOver") }])), env.opts.autoescape);
                        ;
                    }
                    if (runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "r")), "overdueClosure")) {
                        output += " <span class=\"flag soft\">";
                        output += runtime.suppressValue((lineno = 19, colno = 286, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["incidentReport.overdueClosure", { "n": runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "r")), "overdueClosure") }])), env.opts.autoescape);
                        output += "</span>";
                        ;
                    }
                    output += "</p>\n<p class=\"small muted\">";
                    output += runtime.suppressValue((lineno = 20, colno = 27, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["incidentReport.restrictedNote", { "n": runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "r")), "restricted") }])), env.opts.autoescape);
                    output += "</p>\n\n<h2>";
                    output += runtime.suppressValue((lineno = 22, colno = 8, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["incidentReport.byMonth"])), env.opts.autoescape);
                    output += "</h2>\n<table class=\"incident-months\">\n  <caption>";
                    output += runtime.suppressValue((lineno = 24, colno = 15, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["incidentReport.byMonthCaption", { "year": runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "r")), "year") }])), env.opts.autoescape);
                    output += "</caption>\n  <thead>\n    <tr><th scope=\"col\">";
                    output += runtime.suppressValue((lineno = 26, colno = 28, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["incidentReport.month"])), env.opts.autoescape);
                    output += "</th>";
                    frame = frame.push();
                    var t_12 = runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "r")), "types");
                    if (t_12) {
                        t_12 = runtime.fromIterator(t_12);
                        var t_11 = t_12.length;
                        for (var t_10 = 0; t_10 < t_12.length; t_10++) {
                            var t_13 = t_12[t_10];
                            frame.set("ty", t_13);
                            frame.set("loop.index", t_10 + 1);
                            frame.set("loop.index0", t_10);
                            frame.set("loop.revindex", t_11 - t_10);
                            frame.set("loop.revindex0", t_11 - t_10 - 1);
                            frame.set("loop.first", t_10 === 0);
                            frame.set("loop.last", t_10 === t_11 - 1);
                            frame.set("loop.length", t_11);
                            output += "<th scope=\"col\" class=\"num\">";
                            output += runtime.suppressValue(runtime.memberLookup((t_13), "label"), env.opts.autoescape);
                            output += "</th>";
                            ;
                        }
                    }
                    frame = frame.pop();
                    output += "<th scope=\"col\" class=\"num\">";
                    output += runtime.suppressValue((lineno = 26, colno = 174, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["incidentReport.breachColumn"])), env.opts.autoescape);
                    output += "</th><th scope=\"col\" class=\"num\">";
                    output += runtime.suppressValue((lineno = 26, colno = 245, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["incidentReport.total"])), env.opts.autoescape);
                    output += "</th></tr>\n  </thead>\n  <tbody>\n";
                    frame = frame.push();
                    var t_16 = runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "r")), "months");
                    if (t_16) {
                        t_16 = runtime.fromIterator(t_16);
                        var t_15 = t_16.length;
                        for (var t_14 = 0; t_14 < t_16.length; t_14++) {
                            var t_17 = t_16[t_14];
                            frame.set("m", t_17);
                            frame.set("loop.index", t_14 + 1);
                            frame.set("loop.index0", t_14);
                            frame.set("loop.revindex", t_15 - t_14);
                            frame.set("loop.revindex0", t_15 - t_14 - 1);
                            frame.set("loop.first", t_14 === 0);
                            frame.set("loop.last", t_14 === t_15 - 1);
                            frame.set("loop.length", t_15);
                            output += "    <tr><th scope=\"row\">";
                            output += runtime.suppressValue(runtime.memberLookup((t_17), "label"), env.opts.autoescape);
                            output += "</th>";
                            frame = frame.push();
                            var t_20 = runtime.memberLookup((t_17), "types");
                            if (t_20) {
                                t_20 = runtime.fromIterator(t_20);
                                var t_19 = t_20.length;
                                for (var t_18 = 0; t_18 < t_20.length; t_18++) {
                                    var t_21 = t_20[t_18];
                                    frame.set("n", t_21);
                                    frame.set("loop.index", t_18 + 1);
                                    frame.set("loop.index0", t_18);
                                    frame.set("loop.revindex", t_19 - t_18);
                                    frame.set("loop.revindex0", t_19 - t_18 - 1);
                                    frame.set("loop.first", t_18 === 0);
                                    frame.set("loop.last", t_18 === t_19 - 1);
                                    frame.set("loop.length", t_19);
                                    output += "<td class=\"num\">";
                                    output += runtime.suppressValue((t_21 ? t_21 : "–"), env.opts.autoescape);
                                    output += "</td>";
                                    ;
                                }
                            }
                            frame = frame.pop();
                            output += "<td class=\"num\">";
                            output += runtime.suppressValue((runtime.memberLookup((t_17), "breaches") ? runtime.memberLookup((t_17), "breaches") : "–"), env.opts.autoescape);
                            output += "</td><td class=\"num\">";
                            output += runtime.suppressValue((runtime.memberLookup((t_17), "total") ? runtime.memberLookup((t_17), "total") : "–"), env.opts.autoescape);
                            output += "</td></tr>\n";
                            ;
                        }
                    }
                    frame = frame.pop();
                    output += "  </tbody>\n  <tfoot>\n    <tr><th scope=\"row\">";
                    output += runtime.suppressValue((lineno = 34, colno = 28, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["incidentReport.total"])), env.opts.autoescape);
                    output += "</th>";
                    frame = frame.push();
                    var t_24 = runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "r")), "types");
                    if (t_24) {
                        t_24 = runtime.fromIterator(t_24);
                        var t_23 = t_24.length;
                        for (var t_22 = 0; t_22 < t_24.length; t_22++) {
                            var t_25 = t_24[t_22];
                            frame.set("ty", t_25);
                            frame.set("loop.index", t_22 + 1);
                            frame.set("loop.index0", t_22);
                            frame.set("loop.revindex", t_23 - t_22);
                            frame.set("loop.revindex0", t_23 - t_22 - 1);
                            frame.set("loop.first", t_22 === 0);
                            frame.set("loop.last", t_22 === t_23 - 1);
                            frame.set("loop.length", t_23);
                            output += "<td class=\"num\">";
                            output += runtime.suppressValue(runtime.memberLookup((t_25), "count"), env.opts.autoescape);
                            output += "</td>";
                            ;
                        }
                    }
                    frame = frame.pop();
                    output += "<td class=\"num\">";
                    output += runtime.suppressValue(runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "r")), "breachCount"), env.opts.autoescape);
                    output += "</td><td class=\"num\">";
                    output += runtime.suppressValue(runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "r")), "total"), env.opts.autoescape);
                    output += "</td></tr>\n  </tfoot>\n</table>\n<p class=\"table-note\">";
                    output += runtime.suppressValue((lineno = 37, colno = 26, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["incidentReport.typeNote"])), env.opts.autoescape);
                    output += "</p>\n\n<h2>";
                    output += runtime.suppressValue((lineno = 39, colno = 8, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["incidentReport.breaches", { "authority": runtime.contextOrFrameLookup(context, frame, "authority") }])), env.opts.autoescape);
                    output += "</h2>\n<p>";
                    output += runtime.suppressValue((lineno = 40, colno = 7, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["incidentReport.breachesLead", { "authority": runtime.contextOrFrameLookup(context, frame, "authority") }])), env.opts.autoescape);
                    output += "</p>\n";
                    if (runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "b")), "total")) {
                        output += "<table class=\"breach-outcomes\" style=\"break-inside: avoid\">\n  <thead><tr><th scope=\"col\">";
                        output += runtime.suppressValue((lineno = 43, colno = 33, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["incidentReport.outcomeColumn"])), env.opts.autoescape);
                        output += "</th><th scope=\"col\" class=\"num\">";
                        output += runtime.suppressValue((lineno = 43, colno = 105, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["incidentReport.countColumn"])), env.opts.autoescape);
                        output += "</th></tr></thead>\n  <tbody>\n    <tr><th scope=\"row\">";
                        output += runtime.suppressValue((lineno = 45, colno = 28, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["incidentReport.total"])), env.opts.autoescape);
                        output += "</th><td class=\"num\">";
                        output += runtime.suppressValue(runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "b")), "total"), env.opts.autoescape);
                        output += "</td></tr>\n    <tr><th scope=\"row\">";
                        output += runtime.suppressValue((lineno = 46, colno = 28, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["incidentReport.notified", { "authority": runtime.contextOrFrameLookup(context, frame, "authority") }])), env.opts.autoescape);
                        output += "</th><td class=\"num\">";
                        output += runtime.suppressValue(runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "b")), "notified"), env.opts.autoescape);
                        output += "</td></tr>\n";
                        frame = frame.push();
                        var t_28 = runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "b")), "bands");
                        if (t_28) {
                            t_28 = runtime.fromIterator(t_28);
                            var t_27 = t_28.length;
                            for (var t_26 = 0; t_26 < t_28.length; t_26++) {
                                var t_29 = t_28[t_26];
                                frame.set("band", t_29);
                                frame.set("loop.index", t_26 + 1);
                                frame.set("loop.index0", t_26);
                                frame.set("loop.revindex", t_27 - t_26);
                                frame.set("loop.revindex0", t_27 - t_26 - 1);
                                frame.set("loop.first", t_26 === 0);
                                frame.set("loop.last", t_26 === t_27 - 1);
                                frame.set("loop.length", t_27);
                                output += "<tr><th scope=\"row\" style=\"padding-left: 1.5em; font-weight: normal\">";
                                output += runtime.suppressValue((lineno = 47, colno = 102, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["incidentReport.band", { "band": runtime.memberLookup((t_29), "id") }])), env.opts.autoescape);
                                output += "</th><td class=\"num\">";
                                if (runtime.memberLookup((t_29), "id") == "later" && runtime.memberLookup((t_29), "count")) {
                                    output += "<span class=\"flag\">";
                                    output += runtime.suppressValue(runtime.memberLookup((t_29), "count"), env.opts.autoescape);
                                    output += "</span>";
                                    ;
                                }
                                else {
                                    output += runtime.suppressValue(runtime.memberLookup((t_29), "count"), env.opts.autoescape);
                                    ;
                                }
                                output += "</td></tr>\n";
                                ;
                            }
                        }
                        frame = frame.pop();
                        output += "    <tr><th scope=\"row\">";
                        output += runtime.suppressValue((lineno = 49, colno = 28, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["incidentReport.notNotified"])), env.opts.autoescape);
                        output += "</th><td class=\"num\">";
                        output += runtime.suppressValue(runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "b")), "notNotified"), env.opts.autoescape);
                        output += "</td></tr>\n    <tr><th scope=\"row\">";
                        output += runtime.suppressValue((lineno = 50, colno = 28, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["incidentReport.pending"])), env.opts.autoescape);
                        output += "</th><td class=\"num\">";
                        if (runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "b")), "pending")) {
                            output += "<span class=\"flag\">";
                            output += runtime.suppressValue(runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "b")), "pending"), env.opts.autoescape);
                            output += "</span>";
                            ;
                        }
                        else {
                            output += "0";
                            ;
                        }
                        output += "</td></tr>\n    <tr><th scope=\"row\">";
                        output += runtime.suppressValue((lineno = 51, colno = 28, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["incidentReport.informed"])), env.opts.autoescape);
                        output += "</th><td class=\"num\">";
                        output += runtime.suppressValue(runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "b")), "informed"), env.opts.autoescape);
                        output += "</td></tr>\n    <tr><th scope=\"row\">";
                        output += runtime.suppressValue((lineno = 52, colno = 28, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["incidentReport.protectedIdentities"])), env.opts.autoescape);
                        output += "</th><td class=\"num\">";
                        output += runtime.suppressValue(runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "b")), "protectedIdentities"), env.opts.autoescape);
                        output += "</td></tr>\n    <tr><th scope=\"row\">";
                        output += runtime.suppressValue((lineno = 53, colno = 28, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["incidentReport.specialCategories"])), env.opts.autoescape);
                        output += "</th><td class=\"num\">";
                        output += runtime.suppressValue(runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "b")), "specialCategories"), env.opts.autoescape);
                        output += "</td></tr>\n  </tbody>\n</table>\n";
                        if (runtime.memberLookup((runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "b")), "rows")), "length")) {
                            output += "<table>\n  <caption>";
                            output += runtime.suppressValue((lineno = 58, colno = 15, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["incidentReport.timesCaption"])), env.opts.autoescape);
                            output += "</caption>\n  <thead><tr><th scope=\"col\">";
                            output += runtime.suppressValue((lineno = 59, colno = 33, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["incidentReport.incidentColumn"])), env.opts.autoescape);
                            output += "</th><th scope=\"col\">";
                            output += runtime.suppressValue((lineno = 59, colno = 94, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["incidentReport.discoveredColumn"])), env.opts.autoescape);
                            output += "</th><th scope=\"col\">";
                            output += runtime.suppressValue((lineno = 59, colno = 157, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["incidentReport.notifiedColumn"])), env.opts.autoescape);
                            output += "</th><th scope=\"col\" class=\"num\">";
                            output += runtime.suppressValue((lineno = 59, colno = 230, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["incidentReport.hoursColumn"])), env.opts.autoescape);
                            output += "</th></tr></thead>\n  <tbody>\n";
                            frame = frame.push();
                            var t_32 = runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "b")), "rows");
                            if (t_32) {
                                t_32 = runtime.fromIterator(t_32);
                                var t_31 = t_32.length;
                                for (var t_30 = 0; t_30 < t_32.length; t_30++) {
                                    var t_33 = t_32[t_30];
                                    frame.set("row", t_33);
                                    frame.set("loop.index", t_30 + 1);
                                    frame.set("loop.index0", t_30);
                                    frame.set("loop.revindex", t_31 - t_30);
                                    frame.set("loop.revindex0", t_31 - t_30 - 1);
                                    frame.set("loop.first", t_30 === 0);
                                    frame.set("loop.last", t_30 === t_31 - 1);
                                    frame.set("loop.length", t_31);
                                    output += "    <tr>\n      <th scope=\"row\"";
                                    output += runtime.suppressValue(env.getFilter("safe").call(context, runtime.contextOrFrameLookup(context, frame, "regAttr")), env.opts.autoescape);
                                    output += ">";
                                    output += runtime.suppressValue(runtime.memberLookup((t_33), "title"), env.opts.autoescape);
                                    output += "</th>\n      <td class=\"nowrap\">";
                                    output += runtime.suppressValue(env.getFilter("date").call(context, runtime.memberLookup((runtime.memberLookup((t_33), "discovered")), "day")), env.opts.autoescape);
                                    output += " ";
                                    output += runtime.suppressValue(runtime.memberLookup((runtime.memberLookup((t_33), "discovered")), "time"), env.opts.autoescape);
                                    output += "</td>\n      <td>";
                                    if (runtime.memberLookup((t_33), "outcome") == "notified") {
                                        output += "<span class=\"nowrap\">";
                                        output += runtime.suppressValue(env.getFilter("date").call(context, runtime.memberLookup((runtime.memberLookup((t_33), "notifiedAt")), "day")), env.opts.autoescape);
                                        output += " ";
                                        output += runtime.suppressValue(runtime.memberLookup((runtime.memberLookup((t_33), "notifiedAt")), "time"), env.opts.autoescape);
                                        output += "</span>";
                                        if (runtime.memberLookup((t_33), "reference")) {
                                            output += " (";
                                            output += runtime.suppressValue(runtime.memberLookup((t_33), "reference"), env.opts.autoescape);
                                            output += ")";
                                            ;
                                        }
                                        ;
                                    }
                                    else {
                                        if (runtime.memberLookup((t_33), "outcome") == "not-notified") {
                                            output += runtime.suppressValue((lineno = 65, colno = 228, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["incidentReport.notNotifiedShort"])), env.opts.autoescape);
                                            if (runtime.memberLookup((t_33), "reason")) {
                                                output += ": <span";
                                                output += runtime.suppressValue(env.getFilter("safe").call(context, runtime.contextOrFrameLookup(context, frame, "regAttr")), env.opts.autoescape);
                                                output += ">";
                                                output += runtime.suppressValue(runtime.memberLookup((t_33), "reason"), env.opts.autoescape);
                                                output += "</span>";
                                                ;
                                            }
                                            ;
                                        }
                                        else {
                                            output += "<span class=\"flag\">";
                                            output += runtime.suppressValue((lineno = 65, colno = 380, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["incidentReport.pendingShort"])), env.opts.autoescape);
                                            output += "</span>";
                                            ;
                                        }
                                        ;
                                    }
                                    output += "</td>\n      <td class=\"num\">";
                                    if (env.getTest("defined").call(context, runtime.memberLookup((t_33), "hours")) === true) {
                                        if (runtime.memberLookup((t_33), "late")) {
                                            output += "<span class=\"flag\">";
                                            output += runtime.suppressValue((lineno = 66, colno = 91, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["incidentReport.hours", { "hours": runtime.memberLookup((t_33), "hours") }])), env.opts.autoescape);
                                            output += "</span>";
                                            ;
                                        }
                                        else {
                                            output += runtime.suppressValue((lineno = 66, colno = 159, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["incidentReport.hours", { "hours": runtime.memberLookup((t_33), "hours") }])), env.opts.autoescape);
                                            ;
                                        }
                                        ;
                                    }
                                    else {
                                        output += "–";
                                        ;
                                    }
                                    output += "</td>\n    </tr>\n";
                                    ;
                                }
                            }
                            frame = frame.pop();
                            output += "  </tbody>\n</table>\n";
                            ;
                        }
                        if (runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "b")), "restricted")) {
                            output += "<p class=\"small muted\">";
                            output += runtime.suppressValue((lineno = 72, colno = 48, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["incidentReport.restrictedBreaches", { "n": runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "b")), "restricted") }])), env.opts.autoescape);
                            output += "</p>";
                            ;
                        }
                        ;
                    }
                    else {
                        output += "<p>";
                        output += runtime.suppressValue((lineno = 74, colno = 7, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["incidentReport.noBreaches"])), env.opts.autoescape);
                        output += "</p>\n";
                        ;
                    }
                    output += "\n";
                    if (runtime.memberLookup((runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "r")), "shown")), "length")) {
                        output += "<h2>";
                        output += runtime.suppressValue((lineno = 78, colno = 8, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["incidentReport.listed"])), env.opts.autoescape);
                        output += "</h2>\n<table>\n  <thead><tr><th scope=\"col\">";
                        output += runtime.suppressValue((lineno = 80, colno = 33, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["incidentReport.incidentColumn"])), env.opts.autoescape);
                        output += "</th><th scope=\"col\">";
                        output += runtime.suppressValue((lineno = 80, colno = 94, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["incidentReport.discoveredColumn"])), env.opts.autoescape);
                        output += "</th><th scope=\"col\">";
                        output += runtime.suppressValue((lineno = 80, colno = 157, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["incidentReport.typeColumn"])), env.opts.autoescape);
                        output += "</th><th scope=\"col\">";
                        output += runtime.suppressValue((lineno = 80, colno = 214, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["incidentReport.systemsColumn"])), env.opts.autoescape);
                        output += "</th><th scope=\"col\">";
                        output += runtime.suppressValue((lineno = 80, colno = 274, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["incidentReport.statusColumn"])), env.opts.autoescape);
                        output += "</th></tr></thead>\n  <tbody>\n";
                        frame = frame.push();
                        var t_36 = runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "r")), "shown");
                        if (t_36) {
                            t_36 = runtime.fromIterator(t_36);
                            var t_35 = t_36.length;
                            for (var t_34 = 0; t_34 < t_36.length; t_34++) {
                                var t_37 = t_36[t_34];
                                frame.set("x", t_37);
                                frame.set("loop.index", t_34 + 1);
                                frame.set("loop.index0", t_34);
                                frame.set("loop.revindex", t_35 - t_34);
                                frame.set("loop.revindex0", t_35 - t_34 - 1);
                                frame.set("loop.first", t_34 === 0);
                                frame.set("loop.last", t_34 === t_35 - 1);
                                frame.set("loop.length", t_35);
                                output += "    <tr>\n      <th scope=\"row\"";
                                output += runtime.suppressValue(env.getFilter("safe").call(context, runtime.contextOrFrameLookup(context, frame, "regAttr")), env.opts.autoescape);
                                output += ">";
                                output += runtime.suppressValue(runtime.memberLookup((t_37), "title"), env.opts.autoescape);
                                if (runtime.memberLookup((t_37), "breach")) {
                                    output += "<br><span class=\"small\">";
                                    output += runtime.suppressValue((lineno = 84, colno = 100, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["incidentReport.breachMark"])), env.opts.autoescape);
                                    output += "</span>";
                                    ;
                                }
                                output += "</th>\n      <td class=\"nowrap\">";
                                output += runtime.suppressValue(env.getFilter("date").call(context, runtime.memberLookup((t_37), "discovered")), env.opts.autoescape);
                                output += "</td>\n      <td>";
                                output += runtime.suppressValue(env.getFilter("list").call(context, runtime.memberLookup((t_37), "types")), env.opts.autoescape);
                                output += "</td>\n      <td>";
                                output += runtime.suppressValue((runtime.memberLookup((t_37), "systems") ? env.getFilter("list").call(context, runtime.memberLookup((t_37), "systems")) : "–"), env.opts.autoescape);
                                output += "</td>\n      <td>";
                                if (runtime.memberLookup((t_37), "closed")) {
                                    output += "<span class=\"nowrap\">";
                                    output += runtime.suppressValue((lineno = 88, colno = 52, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["incidentReport.closedOn", { "date": env.getFilter("date").call(context, runtime.memberLookup((t_37), "closed")) }])), env.opts.autoescape);
                                    output += "</span>";
                                    ;
                                }
                                else {
                                    output += runtime.suppressValue((lineno = 88, colno = 128, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["incidentReport.openNow"])), env.opts.autoescape);
                                    ;
                                }
                                output += "</td>\n    </tr>\n";
                                ;
                            }
                        }
                        frame = frame.pop();
                        output += "  </tbody>\n</table>\n";
                        ;
                    }
                    output += "\n<h2>";
                    output += runtime.suppressValue((lineno = 95, colno = 8, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["incidentReport.followUp"])), env.opts.autoescape);
                    output += "</h2>\n<p>";
                    output += runtime.suppressValue((lineno = 96, colno = 7, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["incidentReport.actionsSummary", { "n": runtime.memberLookup((runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "fu")), "counts")), "actions"), "done": runtime.memberLookup((runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "fu")), "counts")), "done"), "open": runtime.memberLookup((runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "fu")), "counts")), "open") }])), env.opts.autoescape);
                    if (runtime.memberLookup((runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "fu")), "counts")), "overdue")) {
                        output += " <span class=\"flag soft\">";
                        output += runtime.suppressValue((lineno = 96, colno = 166, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["incidentReport.actionsOverdue", { "n": runtime.memberLookup((runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "fu")), "counts")), "overdue") }])), env.opts.autoescape);
                        output += "</span>";
                        ;
                    }
                    output += "</p>\n";
                    if (runtime.memberLookup((runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "fu")), "actions")), "length")) {
                        output += "<table class=\"actions\">\n  <thead><tr><th scope=\"col\">";
                        output += runtime.suppressValue((lineno = 99, colno = 33, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["incidentReport.actionColumn"])), env.opts.autoescape);
                        output += "</th><th scope=\"col\">";
                        output += runtime.suppressValue((lineno = 99, colno = 92, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["incidentReport.ownerColumn"])), env.opts.autoescape);
                        output += "</th><th scope=\"col\">";
                        output += runtime.suppressValue((lineno = 99, colno = 150, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["incidentReport.dueColumn"])), env.opts.autoescape);
                        output += "</th><th scope=\"col\">";
                        output += runtime.suppressValue((lineno = 99, colno = 206, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["incidentReport.statusColumn"])), env.opts.autoescape);
                        output += "</th></tr></thead>\n  <tbody>\n";
                        frame = frame.push();
                        var t_40 = runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "fu")), "actions");
                        if (t_40) {
                            t_40 = runtime.fromIterator(t_40);
                            var t_39 = t_40.length;
                            for (var t_38 = 0; t_38 < t_40.length; t_38++) {
                                var t_41 = t_40[t_38];
                                frame.set("a", t_41);
                                frame.set("loop.index", t_38 + 1);
                                frame.set("loop.index0", t_38);
                                frame.set("loop.revindex", t_39 - t_38);
                                frame.set("loop.revindex0", t_39 - t_38 - 1);
                                frame.set("loop.first", t_38 === 0);
                                frame.set("loop.last", t_38 === t_39 - 1);
                                frame.set("loop.length", t_39);
                                output += "    <tr>\n      <th scope=\"row\"";
                                output += runtime.suppressValue(env.getFilter("safe").call(context, runtime.contextOrFrameLookup(context, frame, "regAttr")), env.opts.autoescape);
                                output += ">";
                                output += runtime.suppressValue(runtime.memberLookup((t_41), "text"), env.opts.autoescape);
                                output += "<br><span class=\"small\">";
                                output += runtime.suppressValue(runtime.memberLookup((t_41), "incident"), env.opts.autoescape);
                                output += "</span></th>\n      <td>";
                                output += runtime.suppressValue(runtime.memberLookup((t_41), "owner"), env.opts.autoescape);
                                output += "</td>\n      <td class=\"nowrap\">";
                                output += runtime.suppressValue((runtime.memberLookup((t_41), "due") ? env.getFilter("date").call(context, runtime.memberLookup((t_41), "due")) : "–"), env.opts.autoescape);
                                output += "</td>\n      <td>";
                                output += runtime.suppressValue(runtime.memberLookup((t_41), "status"), env.opts.autoescape);
                                if (runtime.memberLookup((t_41), "overdue")) {
                                    output += " <span class=\"flag\">";
                                    output += runtime.suppressValue((lineno = 106, colno = 66, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["incidentReport.overdue"])), env.opts.autoescape);
                                    output += "</span>";
                                    ;
                                }
                                output += "</td>\n    </tr>\n";
                                ;
                            }
                        }
                        frame = frame.pop();
                        output += "  </tbody>\n</table>\n";
                        ;
                    }
                    output += "\n<h3>";
                    output += runtime.suppressValue((lineno = 113, colno = 8, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["incidentReport.lessons"])), env.opts.autoescape);
                    output += "</h3>\n";
                    if (runtime.memberLookup((runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "fu")), "lessons")), "length")) {
                        frame = frame.push();
                        var t_44 = runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "fu")), "lessons");
                        if (t_44) {
                            t_44 = runtime.fromIterator(t_44);
                            var t_43 = t_44.length;
                            for (var t_42 = 0; t_42 < t_44.length; t_42++) {
                                var t_45 = t_44[t_42];
                                frame.set("l", t_45);
                                frame.set("loop.index", t_42 + 1);
                                frame.set("loop.index0", t_42);
                                frame.set("loop.revindex", t_43 - t_42);
                                frame.set("loop.revindex0", t_43 - t_42 - 1);
                                frame.set("loop.first", t_42 === 0);
                                frame.set("loop.last", t_42 === t_43 - 1);
                                frame.set("loop.length", t_43);
                                output += "<p><strong";
                                output += runtime.suppressValue(env.getFilter("safe").call(context, runtime.contextOrFrameLookup(context, frame, "regAttr")), env.opts.autoescape);
                                output += ">";
                                output += runtime.suppressValue(runtime.memberLookup((t_45), "incident"), env.opts.autoescape);
                                output += "</strong></p>\n<ul";
                                output += runtime.suppressValue(env.getFilter("safe").call(context, runtime.contextOrFrameLookup(context, frame, "regAttr")), env.opts.autoescape);
                                output += ">\n";
                                frame = frame.push();
                                var t_48 = runtime.memberLookup((t_45), "items");
                                if (t_48) {
                                    t_48 = runtime.fromIterator(t_48);
                                    var t_47 = t_48.length;
                                    for (var t_46 = 0; t_46 < t_48.length; t_46++) {
                                        var t_49 = t_48[t_46];
                                        frame.set("item", t_49);
                                        frame.set("loop.index", t_46 + 1);
                                        frame.set("loop.index0", t_46);
                                        frame.set("loop.revindex", t_47 - t_46);
                                        frame.set("loop.revindex0", t_47 - t_46 - 1);
                                        frame.set("loop.first", t_46 === 0);
                                        frame.set("loop.last", t_46 === t_47 - 1);
                                        frame.set("loop.length", t_47);
                                        output += "  <li>";
                                        output += runtime.suppressValue(t_49, env.opts.autoescape);
                                        output += "</li>\n";
                                        ;
                                    }
                                }
                                frame = frame.pop();
                                output += "</ul>\n";
                                ;
                            }
                        }
                        frame = frame.pop();
                        ;
                    }
                    else {
                        output += "<p>";
                        output += runtime.suppressValue((lineno = 123, colno = 7, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["incidentReport.noLessons"])), env.opts.autoescape);
                        output += "</p>\n";
                        ;
                    }
                    if (runtime.memberLookup((runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "fu")), "counts")), "restrictedLessons")) {
                        output += "<p class=\"small muted\">";
                        output += runtime.suppressValue((lineno = 125, colno = 63, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["incidentReport.lessonsRestricted", { "n": runtime.memberLookup((runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "fu")), "counts")), "restrictedLessons") }])), env.opts.autoescape);
                        output += "</p>";
                        ;
                    }
                    cb(null, output);
                    ;
                }
                catch (e) {
                    cb(runtime.handleError(e, lineno, colno));
                }
            }
            return {
                b_content: b_content,
                root: root
            };
        } },
    "kpi-review.njk": { sha256: "f51bb7a75db11e62ad43d02dfb9059b11a13efdf35d9f682d4d9a643aa0b299c", code: function () {
            function root(env, context, frame, runtime, cb) {
                var lineno = 0;
                var colno = 0;
                var output = "";
                try {
                    var parentTemplate = null;
                    env.getTemplate("layout.njk", true, "kpi-review.njk", false, function (t_3, t_2) {
                        if (t_3) {
                            cb(t_3);
                            return;
                        }
                        parentTemplate = t_2;
                        for (var t_1 in parentTemplate.blocks) {
                            context.addBlock(t_1, parentTemplate.blocks[t_1]);
                        }
                        env.getTemplate("partials/macros.njk", false, "kpi-review.njk", false, function (t_5, t_4) {
                            if (t_5) {
                                cb(t_5);
                                return;
                            }
                            t_4.getExported(function (t_6, t_4) {
                                if (t_6) {
                                    cb(t_6);
                                    return;
                                }
                                context.setVariable("m", t_4);
                                var t_7;
                                t_7 = runtime.contextOrFrameLookup(context, frame, "review");
                                frame.set("r", t_7, true);
                                if (frame.topLevel) {
                                    context.setVariable("r", t_7);
                                }
                                if (frame.topLevel) {
                                    context.addExport("r", t_7);
                                }
                                (parentTemplate ? function (e, c, f, r, cb) { cb(""); } : context.getBlock("content"))(env, context, frame, runtime, function (t_9, t_8) {
                                    if (t_9) {
                                        cb(t_9);
                                        return;
                                    }
                                    output += t_8;
                                    if (parentTemplate) {
                                        parentTemplate.rootRenderFunc(env, context, frame, runtime, cb);
                                    }
                                    else {
                                        cb(null, output);
                                    }
                                });
                            });
                        });
                    });
                }
                catch (e) {
                    cb(runtime.handleError(e, lineno, colno));
                }
            }
            function b_content(env, context, frame, runtime, cb) {
                var lineno = 5;
                var colno = 3;
                var output = "";
                try {
                    var frame = frame.push(true);
                    output += "<header class=\"doc-head\">\n  <p class=\"doc-kind\">";
                    output += runtime.suppressValue((lineno = 7, colno = 26, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["kpi.kind"])), env.opts.autoescape);
                    output += "</p>\n  <h1>";
                    output += runtime.suppressValue(runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "doc")), "title"), env.opts.autoescape);
                    output += "</h1>\n  ";
                    output += runtime.suppressValue((lineno = 9, colno = 11, runtime.callWrap(runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "m")), "meta"), "m[\"meta\"]", context, [[[(lineno = 10, colno = 6, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["to"])), (runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "doc")), "board") ? runtime.memberLookup((runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "doc")), "board")), "name") : "")], [(lineno = 11, colno = 6, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["date"])), env.getFilter("longdate").call(context, runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "doc")), "date"))], [(lineno = 12, colno = 6, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["registrationNumber"])), runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "doc")), "registrationNumber")], [(lineno = 13, colno = 6, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["kpi.quarter"])), runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "r")), "quarterLabel")], [(lineno = 14, colno = 6, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["kpi.period"])), runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "r")), "first") + "–" + runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "r")), "last")]]])), env.opts.autoescape);
                    output += "\n</header>\n\n<h2>";
                    output += runtime.suppressValue((lineno = 18, colno = 8, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["summary"])), env.opts.autoescape);
                    output += "</h2>\n";
                    var t_10;
                    t_10 = runtime.memberLookup((runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "r")), "kpis")), "length") - runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "r")), "restrictedCount");
                    frame.set("total", t_10, true);
                    if (frame.topLevel) {
                        context.setVariable("total", t_10);
                    }
                    if (frame.topLevel) {
                        context.addExport("total", t_10);
                    }
                    if (runtime.contextOrFrameLookup(context, frame, "total")) {
                        output += "<p class=\"lead\">";
                        output += runtime.suppressValue((lineno = 21, colno = 20, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["kpi.lead", { "onTarget": runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "r")), "onTarget"), "total": runtime.contextOrFrameLookup(context, frame, "total"), "quarter": runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "r")), "quarterLabel") }])), env.opts.autoescape);
                        if (runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "r")), "belowTarget")) {
                            output += " ";
                            output += runtime.suppressValue((lineno = 21, colno = 125, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["kpi.belowTarget", { "n": runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "r")), "belowTarget") }])), env.opts.autoescape);
                            ;
                        }
                        if (runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "r")), "missingLatest")) {
                            output += " ";
                            output += runtime.suppressValue((lineno = 21, colno = 207, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["kpi.missingLatest", { "n": runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "r")), "missingLatest") }])), env.opts.autoescape);
                            ;
                        }
                        output += "</p>\n\n<table class=\"kpi-summary\">\n  <thead>\n    <tr><th scope=\"col\">";
                        output += runtime.suppressValue((lineno = 25, colno = 28, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["kpi.indicator"])), env.opts.autoescape);
                        output += "</th><th scope=\"col\" class=\"num\">";
                        output += runtime.suppressValue(runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "r")), "quarterLabel"), env.opts.autoescape);
                        output += "</th><th scope=\"col\" class=\"num\">";
                        output += runtime.suppressValue((lineno = 25, colno = 138, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["kpi.target"])), env.opts.autoescape);
                        output += "</th><th scope=\"col\">";
                        output += runtime.suppressValue((lineno = 25, colno = 180, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["kpi.assessment"])), env.opts.autoescape);
                        output += "</th><th scope=\"col\">";
                        output += runtime.suppressValue((lineno = 25, colno = 226, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["kpi.comparedWithPrevious"])), env.opts.autoescape);
                        output += "</th></tr>\n  </thead>\n  <tbody>\n";
                        frame = frame.push();
                        var t_13 = runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "r")), "kpis");
                        if (t_13) {
                            t_13 = runtime.fromIterator(t_13);
                            var t_12 = t_13.length;
                            for (var t_11 = 0; t_11 < t_13.length; t_11++) {
                                var t_14 = t_13[t_11];
                                frame.set("k", t_14);
                                frame.set("loop.index", t_11 + 1);
                                frame.set("loop.index0", t_11);
                                frame.set("loop.revindex", t_12 - t_11);
                                frame.set("loop.revindex0", t_12 - t_11 - 1);
                                frame.set("loop.first", t_11 === 0);
                                frame.set("loop.last", t_11 === t_12 - 1);
                                frame.set("loop.length", t_12);
                                if (runtime.memberLookup((t_14), "restricted")) {
                                    output += "    <tr><th scope=\"row\"";
                                    output += runtime.suppressValue(env.getFilter("safe").call(context, runtime.contextOrFrameLookup(context, frame, "regAttr")), env.opts.autoescape);
                                    output += ">";
                                    output += runtime.suppressValue(runtime.memberLookup((t_14), "name"), env.opts.autoescape);
                                    output += "</th><td colspan=\"4\">";
                                    output += runtime.suppressValue((lineno = 30, colno = 92, runtime.callWrap(runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "m")), "restricted"), "m[\"restricted\"]", context, [])), env.opts.autoescape);
                                    output += "</td></tr>\n";
                                    ;
                                }
                                else {
                                    output += "    <tr>\n      <th scope=\"row\"";
                                    output += runtime.suppressValue(env.getFilter("safe").call(context, runtime.contextOrFrameLookup(context, frame, "regAttr")), env.opts.autoescape);
                                    output += ">";
                                    output += runtime.suppressValue(runtime.memberLookup((t_14), "name"), env.opts.autoescape);
                                    output += "</th>\n      <td class=\"num\">";
                                    if (runtime.memberLookup((runtime.memberLookup((t_14), "latest")), "valueText")) {
                                        output += runtime.suppressValue(runtime.memberLookup((runtime.memberLookup((t_14), "latest")), "valueText"), env.opts.autoescape);
                                        ;
                                    }
                                    else {
                                        output += "<span class=\"missing\">";
                                        output += runtime.suppressValue((lineno = 34, colno = 109, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["kpi.missing"])), env.opts.autoescape);
                                        output += "</span>";
                                        ;
                                    }
                                    output += "</td>\n      <td class=\"num\">";
                                    output += runtime.suppressValue(runtime.memberLookup((t_14), "targetText"), env.opts.autoescape);
                                    output += "</td>\n      <td>";
                                    if (runtime.memberLookup((t_14), "status") == "on-target") {
                                        output += runtime.suppressValue((lineno = 36, colno = 46, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["kpi.targetMet"])), env.opts.autoescape);
                                        ;
                                    }
                                    else {
                                        if (runtime.memberLookup((t_14), "status") == "below-target") {
                                            output += "<span class=\"flag\">";
                                            output += runtime.suppressValue((lineno = 36, colno = 126, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["kpi.targetNotMet"])), env.opts.autoescape);
                                            output += "</span>";
                                            ;
                                        }
                                        else {
                                            output += "<span class=\"flag\">";
                                            output += runtime.suppressValue((lineno = 36, colno = 189, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["kpi.valueMissing"])), env.opts.autoescape);
                                            output += "</span>";
                                            ;
                                        }
                                        ;
                                    }
                                    output += "</td>\n      <td>";
                                    if (runtime.memberLookup((t_14), "change") == "better") {
                                        output += runtime.suppressValue((lineno = 37, colno = 43, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["kpi.better", { "previous": runtime.memberLookup((runtime.memberLookup((t_14), "previous")), "valueText") }])), env.opts.autoescape);
                                        ;
                                    }
                                    else {
                                        if (runtime.memberLookup((t_14), "change") == "worse") {
                                            output += runtime.suppressValue((lineno = 37, colno = 128, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["kpi.worse", { "previous": runtime.memberLookup((runtime.memberLookup((t_14), "previous")), "valueText") }])), env.opts.autoescape);
                                            ;
                                        }
                                        else {
                                            if (runtime.memberLookup((t_14), "change") == "same") {
                                                output += runtime.suppressValue((lineno = 37, colno = 211, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["kpi.unchanged"])), env.opts.autoescape);
                                                ;
                                            }
                                            else {
                                                output += "–";
                                                ;
                                            }
                                            ;
                                        }
                                        ;
                                    }
                                    output += "</td>\n    </tr>\n";
                                    ;
                                }
                                ;
                            }
                        }
                        frame = frame.pop();
                        output += "  </tbody>\n</table>\n\n";
                        if (runtime.memberLookup((runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "r")), "withMissing")), "length")) {
                            output += "<div class=\"callout missing-values\" role=\"note\">\n  <h3>";
                            output += runtime.suppressValue((lineno = 46, colno = 10, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["kpi.missingHeading"])), env.opts.autoescape);
                            output += "</h3>\n  <p>";
                            output += runtime.suppressValue((lineno = 47, colno = 9, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["kpi.missingText"])), env.opts.autoescape);
                            output += "</p>\n  <ul>\n";
                            frame = frame.push();
                            var t_17 = runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "r")), "withMissing");
                            if (t_17) {
                                t_17 = runtime.fromIterator(t_17);
                                var t_16 = t_17.length;
                                for (var t_15 = 0; t_15 < t_17.length; t_15++) {
                                    var t_18 = t_17[t_15];
                                    frame.set("k", t_18);
                                    frame.set("loop.index", t_15 + 1);
                                    frame.set("loop.index0", t_15);
                                    frame.set("loop.revindex", t_16 - t_15);
                                    frame.set("loop.revindex0", t_16 - t_15 - 1);
                                    frame.set("loop.first", t_15 === 0);
                                    frame.set("loop.last", t_15 === t_16 - 1);
                                    frame.set("loop.length", t_16);
                                    output += "  <li><strong>";
                                    output += runtime.suppressValue(runtime.memberLookup((t_18), "name"), env.opts.autoescape);
                                    output += "</strong> (";
                                    output += runtime.suppressValue(runtime.memberLookup((t_18), "owner"), env.opts.autoescape);
                                    output += "): ";
                                    output += runtime.suppressValue(env.getFilter("join").call(context, runtime.memberLookup((t_18), "missing"), ", "), env.opts.autoescape);
                                    output += "</li>\n";
                                    ;
                                }
                            }
                            frame = frame.pop();
                            output += "  </ul>\n</div>\n";
                            ;
                        }
                        else {
                            output += "<p>";
                            output += runtime.suppressValue((lineno = 54, colno = 7, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["kpi.noneMissing"])), env.opts.autoescape);
                            output += "</p>\n";
                            ;
                        }
                        ;
                    }
                    else {
                        output += "<p class=\"placeholder\">";
                        output += runtime.suppressValue((lineno = 57, colno = 27, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["kpi.none"])), env.opts.autoescape);
                        output += "</p>\n";
                        ;
                    }
                    if (runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "r")), "restrictedCount")) {
                        output += "<p class=\"small muted\">";
                        output += runtime.suppressValue((lineno = 59, colno = 53, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["kpi.restricted", { "n": runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "r")), "restrictedCount") }])), env.opts.autoescape);
                        output += "</p>";
                        ;
                    }
                    output += "\n";
                    frame = frame.push();
                    var t_21 = runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "r")), "kpis");
                    if (t_21) {
                        t_21 = runtime.fromIterator(t_21);
                        var t_20 = t_21.length;
                        for (var t_19 = 0; t_19 < t_21.length; t_19++) {
                            var t_22 = t_21[t_19];
                            frame.set("k", t_22);
                            frame.set("loop.index", t_19 + 1);
                            frame.set("loop.index0", t_19);
                            frame.set("loop.revindex", t_20 - t_19);
                            frame.set("loop.revindex0", t_20 - t_19 - 1);
                            frame.set("loop.first", t_19 === 0);
                            frame.set("loop.last", t_19 === t_20 - 1);
                            frame.set("loop.length", t_20);
                            if (!runtime.memberLookup((t_22), "restricted")) {
                                output += "<section class=\"kpi\">\n  <h2>";
                                output += runtime.suppressValue(runtime.memberLookup((t_22), "name"), env.opts.autoescape);
                                output += "</h2>\n  <dl class=\"kpi-facts\">\n";
                                if (runtime.memberLookup((t_22), "definition")) {
                                    output += "<dt>";
                                    output += runtime.suppressValue((lineno = 66, colno = 33, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["kpi.definition"])), env.opts.autoescape);
                                    output += "</dt><dd";
                                    if (runtime.memberLookup((t_22), "definitionLang") != runtime.contextOrFrameLookup(context, frame, "lang")) {
                                        output += " lang=\"";
                                        output += runtime.suppressValue(runtime.memberLookup((t_22), "definitionLang"), env.opts.autoescape);
                                        output += "\"";
                                        ;
                                    }
                                    output += ">";
                                    output += runtime.suppressValue(runtime.memberLookup((t_22), "definition"), env.opts.autoescape);
                                    output += "</dd>";
                                    ;
                                }
                                output += "    <dt>";
                                output += runtime.suppressValue((lineno = 67, colno = 12, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["kpi.target"])), env.opts.autoescape);
                                output += "</dt><dd>";
                                output += runtime.suppressValue(runtime.memberLookup((t_22), "targetText"), env.opts.autoescape);
                                output += " (";
                                output += runtime.suppressValue(env.getFilter("lower").call(context, runtime.memberLookup((t_22), "directionLabel")), env.opts.autoescape);
                                output += ")</dd>\n    <dt>";
                                output += runtime.suppressValue((lineno = 68, colno = 12, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["owner"])), env.opts.autoescape);
                                output += "</dt><dd>";
                                output += runtime.suppressValue(runtime.memberLookup((t_22), "owner"), env.opts.autoescape);
                                output += "</dd>\n";
                                if (runtime.memberLookup((t_22), "source")) {
                                    output += "<dt>";
                                    output += runtime.suppressValue((lineno = 69, colno = 29, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["kpi.source"])), env.opts.autoescape);
                                    output += "</dt><dd>";
                                    output += runtime.suppressValue(runtime.memberLookup((t_22), "source"), env.opts.autoescape);
                                    output += "</dd>";
                                    ;
                                }
                                output += "  </dl>\n  <figure>\n    ";
                                output += runtime.suppressValue(env.getFilter("safe").call(context, runtime.memberLookup((t_22), "chart")), env.opts.autoescape);
                                output += "\n    <figcaption><strong>";
                                output += runtime.suppressValue(runtime.memberLookup((t_22), "name"), env.opts.autoescape);
                                output += "</strong>, ";
                                output += runtime.suppressValue(runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "r")), "first"), env.opts.autoescape);
                                output += "–";
                                output += runtime.suppressValue(runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "r")), "last"), env.opts.autoescape);
                                output += ". ";
                                output += runtime.suppressValue((lineno = 73, colno = 79, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["kpi.chartLines", { "target": runtime.memberLookup((t_22), "targetText") }])), env.opts.autoescape);
                                if (runtime.memberLookup((runtime.memberLookup((t_22), "missing")), "length")) {
                                    output += " ";
                                    output += runtime.suppressValue((lineno = 73, colno = 154, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["kpi.chartDotted"])), env.opts.autoescape);
                                    ;
                                }
                                output += "</figcaption>\n  </figure>\n  <table>\n    <thead><tr><th scope=\"col\">";
                                output += runtime.suppressValue((lineno = 76, colno = 35, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["kpi.quarter"])), env.opts.autoescape);
                                output += "</th><th scope=\"col\" class=\"num\">";
                                output += runtime.suppressValue((lineno = 76, colno = 90, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["kpi.result"])), env.opts.autoescape);
                                output += "</th><th scope=\"col\">";
                                output += runtime.suppressValue((lineno = 76, colno = 132, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["kpi.againstTarget"])), env.opts.autoescape);
                                output += "</th><th scope=\"col\">";
                                output += runtime.suppressValue((lineno = 76, colno = 181, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["kpi.comment"])), env.opts.autoescape);
                                output += "</th></tr></thead>\n    <tbody>\n";
                                frame = frame.push();
                                var t_25 = runtime.memberLookup((t_22), "rows");
                                if (t_25) {
                                    t_25 = runtime.fromIterator(t_25);
                                    var t_24 = t_25.length;
                                    for (var t_23 = 0; t_23 < t_25.length; t_23++) {
                                        var t_26 = t_25[t_23];
                                        frame.set("row", t_26);
                                        frame.set("loop.index", t_23 + 1);
                                        frame.set("loop.index0", t_23);
                                        frame.set("loop.revindex", t_24 - t_23);
                                        frame.set("loop.revindex0", t_24 - t_23 - 1);
                                        frame.set("loop.first", t_23 === 0);
                                        frame.set("loop.last", t_23 === t_24 - 1);
                                        frame.set("loop.length", t_24);
                                        output += "      <tr>\n        <th scope=\"row\"";
                                        output += runtime.suppressValue(env.getFilter("safe").call(context, runtime.contextOrFrameLookup(context, frame, "regAttr")), env.opts.autoescape);
                                        output += ">";
                                        output += runtime.suppressValue(runtime.memberLookup((t_26), "label"), env.opts.autoescape);
                                        output += "</th>\n        <td class=\"num\">";
                                        if (runtime.memberLookup((t_26), "valueText")) {
                                            output += runtime.suppressValue(runtime.memberLookup((t_26), "valueText"), env.opts.autoescape);
                                            ;
                                        }
                                        else {
                                            if (runtime.memberLookup((t_26), "notMeasured")) {
                                                output += "<span class=\"muted\">";
                                                output += runtime.suppressValue((lineno = 81, colno = 115, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["kpi.notMeasured"])), env.opts.autoescape);
                                                output += "</span>";
                                                ;
                                            }
                                            else {
                                                output += "<span class=\"missing\">";
                                                output += runtime.suppressValue((lineno = 81, colno = 180, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["kpi.valueMissing"])), env.opts.autoescape);
                                                output += "</span>";
                                                ;
                                            }
                                            ;
                                        }
                                        output += "</td>\n        <td>";
                                        if (runtime.memberLookup((t_26), "onTarget") === true) {
                                            output += runtime.suppressValue((lineno = 82, colno = 46, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["kpi.met"])), env.opts.autoescape);
                                            ;
                                        }
                                        else {
                                            if (runtime.memberLookup((t_26), "onTarget") === false) {
                                                output += runtime.suppressValue((lineno = 82, colno = 97, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["kpi.notMet"])), env.opts.autoescape);
                                                ;
                                            }
                                            else {
                                                output += "–";
                                                ;
                                            }
                                            ;
                                        }
                                        output += "</td>\n        <td>";
                                        output += runtime.suppressValue(runtime.memberLookup((t_26), "comment"), env.opts.autoescape);
                                        output += "</td>\n      </tr>\n";
                                        ;
                                    }
                                }
                                frame = frame.pop();
                                output += "    </tbody>\n  </table>\n</section>\n";
                                ;
                            }
                            ;
                        }
                    }
                    frame = frame.pop();
                    cb(null, output);
                    ;
                }
                catch (e) {
                    cb(runtime.handleError(e, lineno, colno));
                }
            }
            return {
                b_content: b_content,
                root: root
            };
        } },
    "layout.njk": { sha256: "0f686865c28330daedf04f2f80ad47bd0d170b02141770883397f8443bba70a9", code: function () {
            function root(env, context, frame, runtime, cb) {
                var lineno = 0;
                var colno = 0;
                var output = "";
                try {
                    var parentTemplate = null;
                    output += "<!DOCTYPE html>\n<html lang=\"";
                    output += runtime.suppressValue(runtime.contextOrFrameLookup(context, frame, "lang"), env.opts.autoescape);
                    output += "\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">";
                    output += "\n<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src data:; style-src 'unsafe-inline'; font-src data:\">\n<title>";
                    if (runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "doc")), "draft")) {
                        output += runtime.suppressValue(env.getFilter("upper").call(context, (lineno = 9, colno = 29, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["draft"]))), env.opts.autoescape);
                        output += " – ";
                        ;
                    }
                    output += runtime.suppressValue(runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "doc")), "title"), env.opts.autoescape);
                    output += "</title>\n<meta name=\"generator\" content=\"lisa\">\n";
                    if (runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "stamp")), "sha")) {
                        output += "<meta name=\"lisa-commit\" content=\"";
                        output += runtime.suppressValue(runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "stamp")), "sha"), env.opts.autoescape);
                        output += "\">";
                        ;
                    }
                    output += "<style>\n";
                    var tasks = [];
                    tasks.push(function (callback) {
                        env.getTemplate("print.css", false, "layout.njk", false, function (t_2, t_1) {
                            if (t_2) {
                                cb(t_2);
                                return;
                            }
                            callback(null, t_1);
                        });
                    });
                    tasks.push(function (template, callback) {
                        template.render(context.getVariables(), frame, function (t_4, t_3) {
                            if (t_4) {
                                cb(t_4);
                                return;
                            }
                            callback(null, t_3);
                        });
                    });
                    tasks.push(function (result, callback) {
                        output += result;
                        callback(null);
                    });
                    env.waterfall(tasks, function () {
                        output += "</style>\n</head>\n<body class=\"";
                        output += runtime.suppressValue(runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "doc")), "orientation"), env.opts.autoescape);
                        if (runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "doc")), "draft")) {
                            output += " draft";
                            ;
                        }
                        output += "\">\n";
                        if (runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "doc")), "draft")) {
                            output += "<div class=\"watermark\" aria-hidden=\"true\">";
                            output += runtime.suppressValue(env.getFilter("upper").call(context, (lineno = 17, colno = 64, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["draft"]))), env.opts.autoescape);
                            output += "</div>";
                            ;
                        }
                        output += "<div class=\"masthead\">\n";
                        if (runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "org")), "logo")) {
                            output += "<img class=\"logo\" src=\"";
                            output += runtime.suppressValue(runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "org")), "logo"), env.opts.autoescape);
                            output += "\" alt=\"\">";
                            ;
                        }
                        output += "  <span class=\"org\">";
                        output += runtime.suppressValue(runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "org")), "name"), env.opts.autoescape);
                        output += "</span>\n</div>\n<main>\n";
                        (parentTemplate ? function (e, c, f, r, cb) { cb(""); } : context.getBlock("content"))(env, context, frame, runtime, function (t_6, t_5) {
                            if (t_6) {
                                cb(t_6);
                                return;
                            }
                            output += t_5;
                            output += "<div class=\"end\">\n";
                            (parentTemplate ? function (e, c, f, r, cb) { cb(""); } : context.getBlock("end"))(env, context, frame, runtime, function (t_8, t_7) {
                                if (t_8) {
                                    cb(t_8);
                                    return;
                                }
                                output += t_7;
                                var tasks = [];
                                tasks.push(function (callback) {
                                    env.getTemplate("partials/colophon.njk", false, "layout.njk", false, function (t_10, t_9) {
                                        if (t_10) {
                                            cb(t_10);
                                            return;
                                        }
                                        callback(null, t_9);
                                    });
                                });
                                tasks.push(function (template, callback) {
                                    template.render(context.getVariables(), frame, function (t_12, t_11) {
                                        if (t_12) {
                                            cb(t_12);
                                            return;
                                        }
                                        callback(null, t_11);
                                    });
                                });
                                tasks.push(function (result, callback) {
                                    output += result;
                                    callback(null);
                                });
                                env.waterfall(tasks, function () {
                                    output += "</div>\n</main>\n</body>\n</html>\n";
                                    if (parentTemplate) {
                                        parentTemplate.rootRenderFunc(env, context, frame, runtime, cb);
                                    }
                                    else {
                                        cb(null, output);
                                    }
                                });
                            });
                        });
                    });
                }
                catch (e) {
                    cb(runtime.handleError(e, lineno, colno));
                }
            }
            function b_content(env, context, frame, runtime, cb) {
                var lineno = 23;
                var colno = 3;
                var output = "";
                try {
                    var frame = frame.push(true);
                    cb(null, output);
                    ;
                }
                catch (e) {
                    cb(runtime.handleError(e, lineno, colno));
                }
            }
            function b_end(env, context, frame, runtime, cb) {
                var lineno = 28;
                var colno = 3;
                var output = "";
                try {
                    var frame = frame.push(true);
                    cb(null, output);
                    ;
                }
                catch (e) {
                    cb(runtime.handleError(e, lineno, colno));
                }
            }
            return {
                b_content: b_content,
                b_end: b_end,
                root: root
            };
        } },
    "management-review.njk": { sha256: "4d5bb5ead0496e3a058189dbf4da1a460d8a0358fd234eb248ba6da95ac71ebf", code: function () {
            function root(env, context, frame, runtime, cb) {
                var lineno = 0;
                var colno = 0;
                var output = "";
                try {
                    var parentTemplate = null;
                    env.getTemplate("layout.njk", true, "management-review.njk", false, function (t_3, t_2) {
                        if (t_3) {
                            cb(t_3);
                            return;
                        }
                        parentTemplate = t_2;
                        for (var t_1 in parentTemplate.blocks) {
                            context.addBlock(t_1, parentTemplate.blocks[t_1]);
                        }
                        var t_4;
                        t_4 = runtime.contextOrFrameLookup(context, frame, "review");
                        frame.set("v", t_4, true);
                        if (frame.topLevel) {
                            context.setVariable("v", t_4);
                        }
                        if (frame.topLevel) {
                            context.addExport("v", t_4);
                        }
                        var t_5;
                        t_5 = runtime.contextOrFrameLookup(context, frame, "regAttr");
                        frame.set("rl", t_5, true);
                        if (frame.topLevel) {
                            context.setVariable("rl", t_5);
                        }
                        if (frame.topLevel) {
                            context.addExport("rl", t_5);
                        }
                        (parentTemplate ? function (e, c, f, r, cb) { cb(""); } : context.getBlock("content"))(env, context, frame, runtime, function (t_7, t_6) {
                            if (t_7) {
                                cb(t_7);
                                return;
                            }
                            output += t_6;
                            if (parentTemplate) {
                                parentTemplate.rootRenderFunc(env, context, frame, runtime, cb);
                            }
                            else {
                                cb(null, output);
                            }
                        });
                    });
                }
                catch (e) {
                    cb(runtime.handleError(e, lineno, colno));
                }
            }
            function b_content(env, context, frame, runtime, cb) {
                var lineno = 6;
                var colno = 3;
                var output = "";
                try {
                    var frame = frame.push(true);
                    output += "<header class=\"doc-head\">\n  <p class=\"doc-kind\">";
                    output += runtime.suppressValue((lineno = 8, colno = 28, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "msg"), "msg", context, ["riskdoc.review.kind"])), env.opts.autoescape);
                    output += "</p>\n  <h1";
                    output += runtime.suppressValue(env.getFilter("safe").call(context, runtime.contextOrFrameLookup(context, frame, "rl")), env.opts.autoescape);
                    output += ">";
                    output += runtime.suppressValue(runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "doc")), "title"), env.opts.autoescape);
                    output += "</h1>\n  <dl class=\"doc-meta\">\n    <div><dt>";
                    output += runtime.suppressValue((lineno = 11, colno = 19, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "msg"), "msg", context, ["riskdoc.date"])), env.opts.autoescape);
                    output += "</dt><dd>";
                    output += runtime.suppressValue(env.getFilter("longdate").call(context, runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "doc")), "date")), env.opts.autoescape);
                    output += "</dd></div>\n";
                    if (runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "doc")), "board")) {
                        output += "<div><dt>";
                        output += runtime.suppressValue((lineno = 12, colno = 37, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "msg"), "msg", context, ["riskdoc.review.board"])), env.opts.autoescape);
                        output += "</dt><dd>";
                        output += runtime.suppressValue(runtime.memberLookup((runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "doc")), "board")), "name"), env.opts.autoescape);
                        output += "</dd></div>";
                        ;
                    }
                    output += "  </dl>\n</header>\n\n";
                    if (runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "v")), "restricted")) {
                        output += "<p class=\"callout\"><span class=\"restricted\">";
                        output += runtime.suppressValue((lineno = 17, colno = 50, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "msg"), "msg", context, ["riskdoc.restricted"])), env.opts.autoescape);
                        output += "</span> ";
                        output += runtime.suppressValue((lineno = 17, colno = 89, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "msg"), "msg", context, ["riskdoc.review.restricted"])), env.opts.autoescape);
                        output += "</p>\n";
                        ;
                    }
                    else {
                        output += "<h2>";
                        output += runtime.suppressValue((lineno = 19, colno = 10, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "msg"), "msg", context, ["riskdoc.review.item", { "n": 1 }])), env.opts.autoescape);
                        output += " ";
                        output += runtime.suppressValue((lineno = 19, colno = 51, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "msg"), "msg", context, ["riskdoc.review.participants"])), env.opts.autoescape);
                        output += "</h2>\n<ul>\n";
                        frame = frame.push();
                        var t_10 = runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "v")), "participants");
                        if (t_10) {
                            t_10 = runtime.fromIterator(t_10);
                            var t_9 = t_10.length;
                            for (var t_8 = 0; t_8 < t_10.length; t_8++) {
                                var t_11 = t_10[t_8];
                                frame.set("p", t_11);
                                frame.set("loop.index", t_8 + 1);
                                frame.set("loop.index0", t_8);
                                frame.set("loop.revindex", t_9 - t_8);
                                frame.set("loop.revindex0", t_9 - t_8 - 1);
                                frame.set("loop.first", t_8 === 0);
                                frame.set("loop.last", t_8 === t_9 - 1);
                                frame.set("loop.length", t_9);
                                output += "  <li>";
                                output += runtime.suppressValue(t_11, env.opts.autoescape);
                                output += "</li>\n";
                                ;
                            }
                        }
                        frame = frame.pop();
                        output += "</ul>\n\n<h2>";
                        output += runtime.suppressValue((lineno = 25, colno = 10, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "msg"), "msg", context, ["riskdoc.review.item", { "n": 2 }])), env.opts.autoescape);
                        output += " ";
                        output += runtime.suppressValue((lineno = 25, colno = 51, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "msg"), "msg", context, ["riskdoc.review.opening"])), env.opts.autoescape);
                        output += "</h2>\n<p>";
                        output += runtime.suppressValue((lineno = 26, colno = 9, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "msg"), "msg", context, ["riskdoc.review.purpose"])), env.opts.autoescape);
                        output += "</p>\n\n<h2>";
                        output += runtime.suppressValue((lineno = 28, colno = 10, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "msg"), "msg", context, ["riskdoc.review.item", { "n": 3 }])), env.opts.autoescape);
                        output += " ";
                        output += runtime.suppressValue((lineno = 28, colno = 51, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "msg"), "msg", context, ["riskdoc.review.inputs"])), env.opts.autoescape);
                        output += "</h2>\n";
                        frame = frame.push();
                        var t_14 = runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "v")), "inputs");
                        if (t_14) {
                            t_14 = runtime.fromIterator(t_14);
                            var t_13 = t_14.length;
                            for (var t_12 = 0; t_12 < t_14.length; t_12++) {
                                var t_15 = t_14[t_12];
                                frame.set("i", t_15);
                                frame.set("loop.index", t_12 + 1);
                                frame.set("loop.index0", t_12);
                                frame.set("loop.revindex", t_13 - t_12);
                                frame.set("loop.revindex0", t_13 - t_12 - 1);
                                frame.set("loop.first", t_12 === 0);
                                frame.set("loop.last", t_12 === t_13 - 1);
                                frame.set("loop.length", t_13);
                                output += "<h3>";
                                output += runtime.suppressValue(runtime.memberLookup((t_15), "heading"), env.opts.autoescape);
                                output += "</h3>\n";
                                if (runtime.memberLookup((t_15), "text")) {
                                    output += "<div";
                                    output += runtime.suppressValue(env.getFilter("safe").call(context, runtime.contextOrFrameLookup(context, frame, "rl")), env.opts.autoescape);
                                    output += ">";
                                    output += runtime.suppressValue(env.getFilter("paragraphs").call(context, runtime.memberLookup((t_15), "text")), env.opts.autoescape);
                                    output += "</div>";
                                    ;
                                }
                                else {
                                    output += "<p class=\"muted\">";
                                    output += runtime.suppressValue((lineno = 31, colno = 99, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "msg"), "msg", context, ["riskdoc.review.inputMissing"])), env.opts.autoescape);
                                    output += "</p>";
                                    ;
                                }
                                ;
                            }
                        }
                        frame = frame.pop();
                        output += "<h3>";
                        output += runtime.suppressValue((lineno = 33, colno = 10, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "msg"), "msg", context, ["riskdoc.review.registerFacts", { "date": env.getFilter("date").call(context, runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "doc")), "date")) }])), env.opts.autoescape);
                        output += "</h3>\n<ul>\n";
                        frame = frame.push();
                        var t_18 = runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "v")), "facts");
                        if (t_18) {
                            t_18 = runtime.fromIterator(t_18);
                            var t_17 = t_18.length;
                            for (var t_16 = 0; t_16 < t_18.length; t_16++) {
                                var t_19 = t_18[t_16];
                                frame.set("f", t_19);
                                frame.set("loop.index", t_16 + 1);
                                frame.set("loop.index0", t_16);
                                frame.set("loop.revindex", t_17 - t_16);
                                frame.set("loop.revindex0", t_17 - t_16 - 1);
                                frame.set("loop.first", t_16 === 0);
                                frame.set("loop.last", t_16 === t_17 - 1);
                                frame.set("loop.length", t_17);
                                output += "  <li>";
                                output += runtime.suppressValue(t_19, env.opts.autoescape);
                                output += "</li>\n";
                                ;
                            }
                        }
                        frame = frame.pop();
                        output += "</ul>\n\n<h2>";
                        output += runtime.suppressValue((lineno = 39, colno = 10, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "msg"), "msg", context, ["riskdoc.review.item", { "n": 4 }])), env.opts.autoescape);
                        output += " ";
                        output += runtime.suppressValue((lineno = 39, colno = 51, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "msg"), "msg", context, ["riskdoc.review.decisions"])), env.opts.autoescape);
                        output += "</h2>\n";
                        frame = frame.push();
                        var t_22 = runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "v")), "decisions");
                        if (t_22) {
                            t_22 = runtime.fromIterator(t_22);
                            var t_21 = t_22.length;
                            for (var t_20 = 0; t_20 < t_22.length; t_20++) {
                                var t_23 = t_22[t_20];
                                frame.set("d", t_23);
                                frame.set("loop.index", t_20 + 1);
                                frame.set("loop.index0", t_20);
                                frame.set("loop.revindex", t_21 - t_20);
                                frame.set("loop.revindex0", t_21 - t_20 - 1);
                                frame.set("loop.first", t_20 === 0);
                                frame.set("loop.last", t_20 === t_21 - 1);
                                frame.set("loop.length", t_21);
                                output += "<section class=\"recommendation\">\n  <h3>";
                                output += runtime.suppressValue((lineno = 42, colno = 12, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "msg"), "msg", context, ["riskdoc.review.decision", { "id": runtime.memberLookup((t_23), "id") }])), env.opts.autoescape);
                                output += "</h3>\n  <p";
                                output += runtime.suppressValue(env.getFilter("safe").call(context, runtime.contextOrFrameLookup(context, frame, "rl")), env.opts.autoescape);
                                output += ">";
                                output += runtime.suppressValue(runtime.memberLookup((t_23), "text"), env.opts.autoescape);
                                output += "</p>\n";
                                if (runtime.memberLookup((runtime.memberLookup((t_23), "actions")), "length")) {
                                    output += "  <table class=\"actions\">\n    <caption>";
                                    output += runtime.suppressValue((lineno = 46, colno = 19, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "msg"), "msg", context, ["riskdoc.review.createdActions"])), env.opts.autoescape);
                                    output += "</caption>\n    <thead><tr><th scope=\"col\">";
                                    output += runtime.suppressValue((lineno = 47, colno = 37, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "msg"), "msg", context, ["riskdoc.action"])), env.opts.autoescape);
                                    output += "</th><th scope=\"col\">";
                                    output += runtime.suppressValue((lineno = 47, colno = 85, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "msg"), "msg", context, ["riskdoc.owner"])), env.opts.autoescape);
                                    output += "</th><th scope=\"col\">";
                                    output += runtime.suppressValue((lineno = 47, colno = 132, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "msg"), "msg", context, ["riskdoc.due"])), env.opts.autoescape);
                                    output += "</th><th scope=\"col\">";
                                    output += runtime.suppressValue((lineno = 47, colno = 177, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "msg"), "msg", context, ["riskdoc.status"])), env.opts.autoescape);
                                    output += "</th></tr></thead>\n    <tbody>\n";
                                    frame = frame.push();
                                    var t_26 = runtime.memberLookup((t_23), "actions");
                                    if (t_26) {
                                        t_26 = runtime.fromIterator(t_26);
                                        var t_25 = t_26.length;
                                        for (var t_24 = 0; t_24 < t_26.length; t_24++) {
                                            var t_27 = t_26[t_24];
                                            frame.set("a", t_27);
                                            frame.set("loop.index", t_24 + 1);
                                            frame.set("loop.index0", t_24);
                                            frame.set("loop.revindex", t_25 - t_24);
                                            frame.set("loop.revindex0", t_25 - t_24 - 1);
                                            frame.set("loop.first", t_24 === 0);
                                            frame.set("loop.last", t_24 === t_25 - 1);
                                            frame.set("loop.length", t_25);
                                            if (runtime.memberLookup((t_27), "missing")) {
                                                output += "<tr><td colspan=\"4\"><span class=\"flag\">";
                                                output += runtime.suppressValue(runtime.memberLookup((t_27), "missing"), env.opts.autoescape);
                                                output += "</span></td></tr>\n";
                                                ;
                                            }
                                            else {
                                                if (runtime.memberLookup((t_27), "restricted")) {
                                                    output += "<tr><td colspan=\"4\"><span class=\"restricted\">";
                                                    output += runtime.suppressValue((lineno = 51, colno = 80, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "msg"), "msg", context, ["riskdoc.restricted"])), env.opts.autoescape);
                                                    output += "</span></td></tr>\n";
                                                    ;
                                                }
                                                else {
                                                    output += "<tr><th scope=\"row\"";
                                                    output += runtime.suppressValue(env.getFilter("safe").call(context, runtime.contextOrFrameLookup(context, frame, "rl")), env.opts.autoescape);
                                                    output += ">";
                                                    output += runtime.suppressValue(runtime.memberLookup((t_27), "title"), env.opts.autoescape);
                                                    output += "</th><td>";
                                                    output += runtime.suppressValue(runtime.memberLookup((t_27), "owner"), env.opts.autoescape);
                                                    output += "</td><td class=\"nowrap\">";
                                                    output += runtime.suppressValue(runtime.memberLookup((t_27), "dueText") || (lineno = 52, colno = 129, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "msg"), "msg", context, ["riskdoc.undated"])), env.opts.autoescape);
                                                    output += "</td><td>";
                                                    output += runtime.suppressValue(runtime.memberLookup((t_27), "statusLabel"), env.opts.autoescape);
                                                    if (runtime.memberLookup((t_27), "overdue")) {
                                                        output += " <span class=\"flag\">";
                                                        output += runtime.suppressValue((lineno = 52, colno = 223, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "msg"), "msg", context, ["riskdoc.overdue"])), env.opts.autoescape);
                                                        output += "</span>";
                                                        ;
                                                    }
                                                    output += "</td></tr>\n";
                                                    ;
                                                }
                                                ;
                                            }
                                            ;
                                        }
                                    }
                                    frame = frame.pop();
                                    output += "    </tbody>\n  </table>\n";
                                    ;
                                }
                                output += "</section>\n";
                                ;
                            }
                        }
                        if (!t_21) {
                            output += "<p>";
                            output += runtime.suppressValue((lineno = 60, colno = 9, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "msg"), "msg", context, ["riskdoc.review.decisionsNone"])), env.opts.autoescape);
                            output += "</p>\n";
                        }
                        frame = frame.pop();
                        output += "\n";
                        if (runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "v")), "nextReview")) {
                            output += "<h2>";
                            output += runtime.suppressValue((lineno = 64, colno = 10, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "msg"), "msg", context, ["riskdoc.review.item", { "n": 5 }])), env.opts.autoescape);
                            output += " ";
                            output += runtime.suppressValue((lineno = 64, colno = 51, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "msg"), "msg", context, ["riskdoc.review.next"])), env.opts.autoescape);
                            output += "</h2>\n<p>";
                            output += runtime.suppressValue((lineno = 65, colno = 9, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "msg"), "msg", context, ["riskdoc.review.nextBy", { "date": env.getFilter("longdate").call(context, runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "v")), "nextReview")) }])), env.opts.autoescape);
                            output += "</p>\n";
                            ;
                        }
                        output += "\n<div class=\"signature\">\n  <p class=\"closing\">";
                        output += runtime.suppressValue((lineno = 69, colno = 27, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "msg"), "msg", context, ["riskdoc.review.signature"])), env.opts.autoescape);
                        output += "</p>\n  <p><span class=\"line\"></span><br>";
                        output += runtime.suppressValue((lineno = 70, colno = 41, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "msg"), "msg", context, ["riskdoc.review.chair"])), env.opts.autoescape);
                        output += "</p>\n  <p><span class=\"line\"></span><br>";
                        output += runtime.suppressValue((lineno = 71, colno = 41, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "msg"), "msg", context, ["riskdoc.review.secretary"])), env.opts.autoescape);
                        output += "</p>\n</div>\n";
                        ;
                    }
                    cb(null, output);
                    ;
                }
                catch (e) {
                    cb(runtime.handleError(e, lineno, colno));
                }
            }
            return {
                b_content: b_content,
                root: root
            };
        } },
    "partials/colophon.njk": { sha256: "f78cf2db7c34bb881d7fb6b9823051dc808321212e76f4a5da363f4547798aa6", code: function () {
            function root(env, context, frame, runtime, cb) {
                var lineno = 0;
                var colno = 0;
                var output = "";
                try {
                    var parentTemplate = null;
                    if (runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "colophon")), "show")) {
                        output += "<footer class=\"colophon\">\n";
                        if (runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "colophon")), "text")) {
                            output += "<p>";
                            output += runtime.suppressValue(runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "colophon")), "text"), env.opts.autoescape);
                            output += "</p>";
                            ;
                        }
                        else {
                            output += "<p>";
                            output += runtime.suppressValue((lineno = 3, colno = 67, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["page.colophon", { "date": env.getFilter("longdate").call(context, runtime.contextOrFrameLookup(context, frame, "today")), "name": runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "org")), "name"), "gen": env.getFilter("genitive").call(context, runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "org")), "name")), "kind": (runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "stamp")), "sha") ? "sha" : ((runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "stamp")), "hidden") ? "none" : "copy"))), "sha": runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "stamp")), "sha"), "stampDate": env.getFilter("longdate").call(context, runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "stamp")), "date")), "dirty": (runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "stamp")), "dirty") ? "yes" : "no") }])), env.opts.autoescape);
                            output += "</p>";
                            ;
                        }
                        output += "</footer>\n";
                        ;
                    }
                    if (parentTemplate) {
                        parentTemplate.rootRenderFunc(env, context, frame, runtime, cb);
                    }
                    else {
                        cb(null, output);
                    }
                    ;
                }
                catch (e) {
                    cb(runtime.handleError(e, lineno, colno));
                }
            }
            return {
                root: root
            };
        } },
    "partials/cycle-done.njk": { sha256: "2eaf0f67813aabef0d3ec9fb0b0e439fb2fb9ddfe9c5257805658550665cac63", code: function () {
            function root(env, context, frame, runtime, cb) {
                var lineno = 0;
                var colno = 0;
                var output = "";
                try {
                    var parentTemplate = null;
                    if (runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "c")), "status") == "missed") {
                        output += "<span class=\"flag\">";
                        output += runtime.suppressValue(runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "c")), "statusText"), env.opts.autoescape);
                        output += "</span>";
                        ;
                    }
                    else {
                        if (runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "c")), "status") == "later") {
                            output += "<span class=\"muted\">";
                            output += runtime.suppressValue(runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "c")), "statusText"), env.opts.autoescape);
                            output += "</span>";
                            ;
                        }
                        else {
                            output += runtime.suppressValue(runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "c")), "statusText"), env.opts.autoescape);
                            ;
                        }
                        ;
                    }
                    if (runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "c")), "lastDone")) {
                        output += " <span class=\"nowrap\">";
                        output += runtime.suppressValue(env.getFilter("date").call(context, runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "c")), "lastDone")), env.opts.autoescape);
                        output += "</span>";
                        ;
                    }
                    if (runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "c")), "evidence")) {
                        output += " (<a href=\"";
                        output += runtime.suppressValue(runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "c")), "evidence"), env.opts.autoescape);
                        output += "\">";
                        output += runtime.suppressValue((lineno = 1, colno = 321, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["evidence"])), env.opts.autoescape);
                        output += "</a>)";
                        ;
                    }
                    else {
                        if (runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "c")), "reference")) {
                            output += " (";
                            output += runtime.suppressValue(runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "c")), "reference"), env.opts.autoescape);
                            output += ")";
                            ;
                        }
                        ;
                    }
                    if (parentTemplate) {
                        parentTemplate.rootRenderFunc(env, context, frame, runtime, cb);
                    }
                    else {
                        cb(null, output);
                    }
                    ;
                }
                catch (e) {
                    cb(runtime.handleError(e, lineno, colno));
                }
            }
            return {
                root: root
            };
        } },
    "partials/macros.njk": { sha256: "ce27a937a94d73fb5b28c6612162f9f952a730c1e2be94073cee5f2ef15809d0", code: function () {
            function root(env, context, frame, runtime, cb) {
                var lineno = 0;
                var colno = 0;
                var output = "";
                try {
                    var parentTemplate = null;
                    var macro_t_1 = runtime.makeMacro([], [], function (kwargs) {
                        var callerFrame = frame;
                        frame = new runtime.Frame();
                        kwargs = kwargs || {};
                        if (Object.prototype.hasOwnProperty.call(kwargs, "caller")) {
                            frame.set("caller", kwargs.caller);
                        }
                        var t_2 = "";
                        t_2 += "<span class=\"restricted\">";
                        t_2 += runtime.suppressValue((lineno = 3, colno = 29, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["common.restricted"])), env.opts.autoescape);
                        t_2 += "</span>";
                        ;
                        frame = callerFrame;
                        return new runtime.SafeString(t_2);
                    });
                    context.addExport("restricted");
                    context.setVariable("restricted", macro_t_1);
                    output += "\n";
                    var macro_t_3 = runtime.makeMacro(["value"], [], function (l_value, kwargs) {
                        var callerFrame = frame;
                        frame = new runtime.Frame();
                        kwargs = kwargs || {};
                        if (Object.prototype.hasOwnProperty.call(kwargs, "caller")) {
                            frame.set("caller", kwargs.caller);
                        }
                        frame.set("value", l_value);
                        var t_4 = "";
                        if (l_value) {
                            t_4 += runtime.suppressValue((lineno = 7, colno = 18, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["page.yes"])), env.opts.autoescape);
                            ;
                        }
                        else {
                            t_4 += runtime.suppressValue((lineno = 7, colno = 47, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["page.no"])), env.opts.autoescape);
                            ;
                        }
                        ;
                        frame = callerFrame;
                        return new runtime.SafeString(t_4);
                    });
                    context.addExport("yesno");
                    context.setVariable("yesno", macro_t_3);
                    var macro_t_5 = runtime.makeMacro(["list"], [], function (l_list, kwargs) {
                        var callerFrame = frame;
                        frame = new runtime.Frame();
                        kwargs = kwargs || {};
                        if (Object.prototype.hasOwnProperty.call(kwargs, "caller")) {
                            frame.set("caller", kwargs.caller);
                        }
                        frame.set("list", l_list);
                        var t_6 = "";
                        frame = frame.push();
                        var t_9 = l_list;
                        if (t_9) {
                            t_9 = runtime.fromIterator(t_9);
                            var t_8 = t_9.length;
                            for (var t_7 = 0; t_7 < t_9.length; t_7++) {
                                var t_10 = t_9[t_7];
                                frame.set("i", t_10);
                                frame.set("loop.index", t_7 + 1);
                                frame.set("loop.index0", t_7);
                                frame.set("loop.revindex", t_8 - t_7);
                                frame.set("loop.revindex0", t_8 - t_7 - 1);
                                frame.set("loop.first", t_7 === 0);
                                frame.set("loop.last", t_7 === t_8 - 1);
                                frame.set("loop.length", t_8);
                                t_6 += runtime.suppressValue(t_10, env.opts.autoescape);
                                if (!runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "loop")), "last")) {
                                    t_6 += "<br>";
                                    ;
                                }
                                ;
                            }
                        }
                        frame = frame.pop();
                        ;
                        frame = callerFrame;
                        return new runtime.SafeString(t_6);
                    });
                    context.addExport("items");
                    context.setVariable("items", macro_t_5);
                    var macro_t_11 = runtime.makeMacro(["pairs"], [], function (l_pairs, kwargs) {
                        var callerFrame = frame;
                        frame = new runtime.Frame();
                        kwargs = kwargs || {};
                        if (Object.prototype.hasOwnProperty.call(kwargs, "caller")) {
                            frame.set("caller", kwargs.caller);
                        }
                        frame.set("pairs", l_pairs);
                        var t_12 = "";
                        t_12 += "<dl class=\"doc-meta\">\n";
                        frame = frame.push();
                        var t_15 = l_pairs;
                        if (t_15) {
                            t_15 = runtime.fromIterator(t_15);
                            var t_14 = t_15.length;
                            for (var t_13 = 0; t_13 < t_15.length; t_13++) {
                                var t_16 = t_15[t_13];
                                frame.set("p", t_16);
                                frame.set("loop.index", t_13 + 1);
                                frame.set("loop.index0", t_13);
                                frame.set("loop.revindex", t_14 - t_13);
                                frame.set("loop.revindex0", t_14 - t_13 - 1);
                                frame.set("loop.first", t_13 === 0);
                                frame.set("loop.last", t_13 === t_14 - 1);
                                frame.set("loop.length", t_14);
                                if (runtime.memberLookup((t_16), 1)) {
                                    t_12 += "<div><dt>";
                                    t_12 += runtime.suppressValue(runtime.memberLookup((t_16), 0), env.opts.autoescape);
                                    t_12 += "</dt><dd>";
                                    t_12 += runtime.suppressValue(runtime.memberLookup((t_16), 1), env.opts.autoescape);
                                    t_12 += "</dd></div>\n";
                                    ;
                                }
                                ;
                            }
                        }
                        frame = frame.pop();
                        t_12 += "</dl>";
                        ;
                        frame = callerFrame;
                        return new runtime.SafeString(t_12);
                    });
                    context.addExport("meta");
                    context.setVariable("meta", macro_t_11);
                    output += "\n";
                    var macro_t_17 = runtime.makeMacro(["value", "need"], [], function (l_value, l_need, kwargs) {
                        var callerFrame = frame;
                        frame = new runtime.Frame();
                        kwargs = kwargs || {};
                        if (Object.prototype.hasOwnProperty.call(kwargs, "caller")) {
                            frame.set("caller", kwargs.caller);
                        }
                        frame.set("value", l_value);
                        frame.set("need", l_need);
                        var t_18 = "";
                        if (env.getTest("defined").call(context, l_need) === true && (!env.getTest("defined").call(context, l_value) === true || l_value < l_need)) {
                            t_18 += "<td class=\"level below\">";
                            if (env.getTest("defined").call(context, l_value) === true) {
                                t_18 += runtime.suppressValue(l_value, env.opts.autoescape);
                                ;
                            }
                            else {
                                t_18 += "–";
                                ;
                            }
                            t_18 += "<span class=\"small\">&#8239;/&#8239;";
                            t_18 += runtime.suppressValue(l_need, env.opts.autoescape);
                            t_18 += "</span></td>";
                            ;
                        }
                        else {
                            if (env.getTest("defined").call(context, l_value) === true) {
                                t_18 += "<td class=\"level\">";
                                t_18 += runtime.suppressValue(l_value, env.opts.autoescape);
                                t_18 += "</td>";
                                ;
                            }
                            else {
                                t_18 += "<td class=\"level muted\">–</td>";
                                ;
                            }
                            ;
                        }
                        ;
                        frame = callerFrame;
                        return new runtime.SafeString(t_18);
                    });
                    context.addExport("level");
                    context.setVariable("level", macro_t_17);
                    var macro_t_19 = runtime.makeMacro(["list"], [], function (l_list, kwargs) {
                        var callerFrame = frame;
                        frame = new runtime.Frame();
                        kwargs = kwargs || {};
                        if (Object.prototype.hasOwnProperty.call(kwargs, "caller")) {
                            frame.set("caller", kwargs.caller);
                        }
                        frame.set("list", l_list);
                        var t_20 = "";
                        if (runtime.memberLookup((l_list), "length") > 1) {
                            t_20 += "• ";
                            t_20 += runtime.suppressValue(env.getFilter("join").call(context, l_list, "\n• "), env.opts.autoescape);
                            ;
                        }
                        else {
                            t_20 += runtime.suppressValue(runtime.memberLookup((l_list), 0), env.opts.autoescape);
                            ;
                        }
                        ;
                        frame = callerFrame;
                        return new runtime.SafeString(t_20);
                    });
                    context.addExport("bullets");
                    context.setVariable("bullets", macro_t_19);
                    if (parentTemplate) {
                        parentTemplate.rootRenderFunc(env, context, frame, runtime, cb);
                    }
                    else {
                        cb(null, output);
                    }
                    ;
                }
                catch (e) {
                    cb(runtime.handleError(e, lineno, colno));
                }
            }
            return {
                root: root
            };
        } },
    "partials/yearly-agreements.njk": { sha256: "d059c55d3a38877aa5c666ab4870bb2db842e5fe708082a68d6960983e795d81", code: function () {
            function root(env, context, frame, runtime, cb) {
                var lineno = 0;
                var colno = 0;
                var output = "";
                try {
                    var parentTemplate = null;
                    var t_1;
                    t_1 = runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "report")), "agreements");
                    frame.set("ya", t_1, true);
                    if (frame.topLevel) {
                        context.setVariable("ya", t_1);
                    }
                    if (frame.topLevel) {
                        context.addExport("ya", t_1);
                    }
                    output += "<h2>";
                    output += runtime.suppressValue((lineno = 3, colno = 8, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["yearly.agreements.heading"])), env.opts.autoescape);
                    output += "</h2>\n";
                    if (runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "ya")), "kept")) {
                        output += "<p>";
                        output += runtime.suppressValue((lineno = 5, colno = 7, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["yearly.agreements.lead", { "total": runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "ya")), "total"), "processor": runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "ya")), "processorAgreements"), "n": runtime.memberLookup((runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "ya")), "rows")), "length"), "horizon": env.getFilter("date").call(context, runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "ya")), "horizon")) }])), env.opts.autoescape);
                        output += "</p>\n";
                        if (runtime.memberLookup((runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "ya")), "rows")), "length")) {
                            output += "<table class=\"yearly-agreements\">\n  <thead><tr><th scope=\"col\">";
                            output += runtime.suppressValue((lineno = 8, colno = 33, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["yearly.agreements.counterparty"])), env.opts.autoescape);
                            output += "</th><th scope=\"col\">";
                            output += runtime.suppressValue((lineno = 8, colno = 95, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["yearly.agreements.typeColumn"])), env.opts.autoescape);
                            output += "</th><th scope=\"col\">";
                            output += runtime.suppressValue((lineno = 8, colno = 155, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["yearly.agreements.end"])), env.opts.autoescape);
                            output += "</th><th scope=\"col\">";
                            output += runtime.suppressValue((lineno = 8, colno = 208, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["yearly.agreements.notice"])), env.opts.autoescape);
                            output += "</th><th scope=\"col\">";
                            output += runtime.suppressValue((lineno = 8, colno = 264, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["yearly.agreements.owner"])), env.opts.autoescape);
                            output += "</th><th scope=\"col\">";
                            output += runtime.suppressValue((lineno = 8, colno = 319, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["yearly.agreements.stateColumn"])), env.opts.autoescape);
                            output += "</th></tr></thead>\n  <tbody>\n";
                            frame = frame.push();
                            var t_4 = runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "ya")), "rows");
                            if (t_4) {
                                t_4 = runtime.fromIterator(t_4);
                                var t_3 = t_4.length;
                                for (var t_2 = 0; t_2 < t_4.length; t_2++) {
                                    var t_5 = t_4[t_2];
                                    frame.set("a", t_5);
                                    frame.set("loop.index", t_2 + 1);
                                    frame.set("loop.index0", t_2);
                                    frame.set("loop.revindex", t_3 - t_2);
                                    frame.set("loop.revindex0", t_3 - t_2 - 1);
                                    frame.set("loop.first", t_2 === 0);
                                    frame.set("loop.last", t_2 === t_3 - 1);
                                    frame.set("loop.length", t_3);
                                    if (runtime.memberLookup((t_5), "restricted")) {
                                        output += "    <tr><th scope=\"row\"><span class=\"restricted\">";
                                        output += runtime.suppressValue((lineno = 12, colno = 53, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["common.restricted"])), env.opts.autoescape);
                                        output += "</span></th><td>–</td><td class=\"nowrap\">";
                                        output += runtime.suppressValue(env.getFilter("date").call(context, runtime.memberLookup((t_5), "end")), env.opts.autoescape);
                                        output += "</td><td>–</td><td>–</td><td>";
                                        output += runtime.suppressValue(runtime.memberLookup((t_5), "stateLabel"), env.opts.autoescape);
                                        output += "</td></tr>\n";
                                        ;
                                    }
                                    else {
                                        output += "    <tr><th scope=\"row\"";
                                        output += runtime.suppressValue(env.getFilter("safe").call(context, runtime.contextOrFrameLookup(context, frame, "regAttr")), env.opts.autoescape);
                                        output += ">";
                                        output += runtime.suppressValue(runtime.memberLookup((t_5), "counterparty"), env.opts.autoescape);
                                        output += "</th><td>";
                                        output += runtime.suppressValue(runtime.memberLookup((t_5), "type"), env.opts.autoescape);
                                        output += "</td><td class=\"nowrap\">";
                                        output += runtime.suppressValue(env.getFilter("date").call(context, runtime.memberLookup((t_5), "end")), env.opts.autoescape);
                                        output += "</td><td class=\"nowrap\">";
                                        output += runtime.suppressValue((runtime.memberLookup((t_5), "notice") ? env.getFilter("date").call(context, runtime.memberLookup((t_5), "notice")) : "–"), env.opts.autoescape);
                                        output += "</td><td>";
                                        output += runtime.suppressValue(runtime.memberLookup((t_5), "owner") || "–", env.opts.autoescape);
                                        output += "</td><td>";
                                        if (runtime.memberLookup((t_5), "state") == "expiring") {
                                            output += runtime.suppressValue(runtime.memberLookup((t_5), "stateLabel"), env.opts.autoescape);
                                            ;
                                        }
                                        else {
                                            output += "<span class=\"flag\">";
                                            output += runtime.suppressValue(runtime.memberLookup((t_5), "stateLabel"), env.opts.autoescape);
                                            output += "</span>";
                                            ;
                                        }
                                        output += "</td></tr>\n";
                                        ;
                                    }
                                    ;
                                }
                            }
                            frame = frame.pop();
                            output += "  </tbody>\n</table>\n";
                            ;
                        }
                        ;
                    }
                    else {
                        output += "<p class=\"placeholder\">";
                        output += runtime.suppressValue((lineno = 21, colno = 27, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["yearly.agreements.none"])), env.opts.autoescape);
                        output += "</p>\n";
                        ;
                    }
                    if (parentTemplate) {
                        parentTemplate.rootRenderFunc(env, context, frame, runtime, cb);
                    }
                    else {
                        cb(null, output);
                    }
                    ;
                }
                catch (e) {
                    cb(runtime.handleError(e, lineno, colno));
                }
            }
            return {
                root: root
            };
        } },
    "partials/yearly-assessment.njk": { sha256: "cf332501589d694d64a6576251b7a066c6e45c25a4e1c5e7b4303e85bedef99c", code: function () {
            function root(env, context, frame, runtime, cb) {
                var lineno = 0;
                var colno = 0;
                var output = "";
                try {
                    var parentTemplate = null;
                    var t_1;
                    t_1 = runtime.contextOrFrameLookup(context, frame, "regAttr");
                    frame.set("rl", t_1, true);
                    if (frame.topLevel) {
                        context.setVariable("rl", t_1);
                    }
                    if (frame.topLevel) {
                        context.addExport("rl", t_1);
                    }
                    var t_2;
                    t_2 = runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "report")), "assessment");
                    frame.set("as", t_2, true);
                    if (frame.topLevel) {
                        context.setVariable("as", t_2);
                    }
                    if (frame.topLevel) {
                        context.addExport("as", t_2);
                    }
                    if (runtime.contextOrFrameLookup(context, frame, "as") && (runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "as")), "assessment") || runtime.memberLookup((runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "as")), "conclusions")), "length"))) {
                        output += "<h2>";
                        output += runtime.suppressValue((lineno = 5, colno = 8, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["assessmentHeading"])), env.opts.autoescape);
                        output += "</h2>\n";
                        if (runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "as")), "assessment")) {
                            output += "<div";
                            output += runtime.suppressValue(env.getFilter("safe").call(context, runtime.contextOrFrameLookup(context, frame, "rl")), env.opts.autoescape);
                            output += ">";
                            output += runtime.suppressValue(env.getFilter("paragraphs").call(context, runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "as")), "assessment")), env.opts.autoescape);
                            output += "</div>";
                            ;
                        }
                        if (runtime.memberLookup((runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "as")), "conclusions")), "length")) {
                            output += "<h3>";
                            output += runtime.suppressValue((lineno = 8, colno = 8, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["conclusions"])), env.opts.autoescape);
                            output += "</h3>\n<ul";
                            output += runtime.suppressValue(env.getFilter("safe").call(context, runtime.contextOrFrameLookup(context, frame, "rl")), env.opts.autoescape);
                            output += ">\n";
                            frame = frame.push();
                            var t_5 = runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "as")), "conclusions");
                            if (t_5) {
                                t_5 = runtime.fromIterator(t_5);
                                var t_4 = t_5.length;
                                for (var t_3 = 0; t_3 < t_5.length; t_3++) {
                                    var t_6 = t_5[t_3];
                                    frame.set("c", t_6);
                                    frame.set("loop.index", t_3 + 1);
                                    frame.set("loop.index0", t_3);
                                    frame.set("loop.revindex", t_4 - t_3);
                                    frame.set("loop.revindex0", t_4 - t_3 - 1);
                                    frame.set("loop.first", t_3 === 0);
                                    frame.set("loop.last", t_3 === t_4 - 1);
                                    frame.set("loop.length", t_4);
                                    output += "  <li>";
                                    output += runtime.suppressValue(t_6, env.opts.autoescape);
                                    output += "</li>\n";
                                    ;
                                }
                            }
                            frame = frame.pop();
                            output += "</ul>\n";
                            ;
                        }
                        if (runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "as")), "author")) {
                            output += "<p class=\"muted attribution\">";
                            output += runtime.suppressValue((lineno = 14, colno = 51, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["assessedBy", { "author": runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "as")), "author") }])), env.opts.autoescape);
                            output += "</p>";
                            ;
                        }
                        ;
                    }
                    if (parentTemplate) {
                        parentTemplate.rootRenderFunc(env, context, frame, runtime, cb);
                    }
                    else {
                        cb(null, output);
                    }
                    ;
                }
                catch (e) {
                    cb(runtime.handleError(e, lineno, colno));
                }
            }
            return {
                root: root
            };
        } },
    "partials/yearly-incidents.njk": { sha256: "7f3b8796e38e3593c777e297bcc06f6aff330d1bed8f940d0c05f11be9db3c11", code: function () {
            function root(env, context, frame, runtime, cb) {
                var lineno = 0;
                var colno = 0;
                var output = "";
                try {
                    var parentTemplate = null;
                    var t_1;
                    t_1 = runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "report")), "incidentSummary");
                    frame.set("yi", t_1, true);
                    if (frame.topLevel) {
                        context.setVariable("yi", t_1);
                    }
                    if (frame.topLevel) {
                        context.addExport("yi", t_1);
                    }
                    output += "<h2>";
                    output += runtime.suppressValue((lineno = 3, colno = 8, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["yearly.incidents.heading"])), env.opts.autoescape);
                    output += "</h2>\n";
                    if (runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "yi")), "kept")) {
                        output += "<table class=\"yearly-incidents\" style=\"break-inside: avoid\">\n  <caption>";
                        output += runtime.suppressValue((lineno = 6, colno = 15, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["yearly.incidents.caption", { "year": runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "report")), "year") }])), env.opts.autoescape);
                        output += "</caption>\n  <thead><tr><th scope=\"col\">";
                        output += runtime.suppressValue((lineno = 7, colno = 33, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["incidentReport.outcomeColumn"])), env.opts.autoescape);
                        output += "</th><th scope=\"col\" class=\"num\">";
                        output += runtime.suppressValue((lineno = 7, colno = 105, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["incidentReport.countColumn"])), env.opts.autoescape);
                        output += "</th></tr></thead>\n  <tbody>\n    <tr><th scope=\"row\">";
                        output += runtime.suppressValue((lineno = 9, colno = 28, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["yearly.incidents.total"])), env.opts.autoescape);
                        output += "</th><td class=\"num\">";
                        output += runtime.suppressValue(runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "yi")), "total"), env.opts.autoescape);
                        output += "</td></tr>\n    <tr><th scope=\"row\" style=\"padding-left: 1.5em; font-weight: normal\">";
                        output += runtime.suppressValue((lineno = 10, colno = 77, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["yearly.incidents.breaches"])), env.opts.autoescape);
                        output += "</th><td class=\"num\">";
                        output += runtime.suppressValue(runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "yi")), "breaches"), env.opts.autoescape);
                        output += "</td></tr>\n    <tr><th scope=\"row\" style=\"padding-left: 3em; font-weight: normal\">";
                        output += runtime.suppressValue((lineno = 11, colno = 75, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["yearly.incidents.within72", { "authority": runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "yi")), "authority") }])), env.opts.autoescape);
                        output += "</th><td class=\"num\">";
                        output += runtime.suppressValue(runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "yi")), "within72"), env.opts.autoescape);
                        output += "</td></tr>\n    <tr><th scope=\"row\" style=\"padding-left: 3em; font-weight: normal\">";
                        output += runtime.suppressValue((lineno = 12, colno = 75, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["yearly.incidents.late"])), env.opts.autoescape);
                        output += "</th><td class=\"num\">";
                        if (runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "yi")), "late")) {
                            output += "<span class=\"flag\">";
                            output += runtime.suppressValue(runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "yi")), "late"), env.opts.autoescape);
                            output += "</span>";
                            ;
                        }
                        else {
                            output += "0";
                            ;
                        }
                        output += "</td></tr>\n    <tr><th scope=\"row\" style=\"padding-left: 3em; font-weight: normal\">";
                        output += runtime.suppressValue((lineno = 13, colno = 75, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["yearly.incidents.notNotified"])), env.opts.autoescape);
                        output += "</th><td class=\"num\">";
                        output += runtime.suppressValue(runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "yi")), "notNotified"), env.opts.autoescape);
                        output += "</td></tr>\n    <tr><th scope=\"row\" style=\"padding-left: 3em; font-weight: normal\">";
                        output += runtime.suppressValue((lineno = 14, colno = 75, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["yearly.incidents.pending"])), env.opts.autoescape);
                        output += "</th><td class=\"num\">";
                        if (runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "yi")), "pending")) {
                            output += "<span class=\"flag\">";
                            output += runtime.suppressValue(runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "yi")), "pending"), env.opts.autoescape);
                            output += "</span>";
                            ;
                        }
                        else {
                            output += "0";
                            ;
                        }
                        output += "</td></tr>\n    <tr><th scope=\"row\">";
                        output += runtime.suppressValue((lineno = 15, colno = 28, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["yearly.incidents.open"])), env.opts.autoescape);
                        output += "</th><td class=\"num\">";
                        output += runtime.suppressValue(runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "yi")), "open"), env.opts.autoescape);
                        output += "</td></tr>\n    <tr><th scope=\"row\" style=\"padding-left: 1.5em; font-weight: normal\">";
                        output += runtime.suppressValue((lineno = 16, colno = 77, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["yearly.incidents.overdue"])), env.opts.autoescape);
                        output += "</th><td class=\"num\">";
                        if (runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "yi")), "overdueClosure")) {
                            output += "<span class=\"flag\">";
                            output += runtime.suppressValue(runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "yi")), "overdueClosure"), env.opts.autoescape);
                            output += "</span>";
                            ;
                        }
                        else {
                            output += "0";
                            ;
                        }
                        output += "</td></tr>\n  </tbody>\n</table>\n<p class=\"small muted\">";
                        output += runtime.suppressValue((lineno = 19, colno = 27, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["yearly.incidents.more", { "n": runtime.memberLookup((runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "yi")), "reports")), "length") }])), env.opts.autoescape);
                        output += "</p>\n";
                        ;
                    }
                    else {
                        output += "<p class=\"placeholder\">";
                        output += runtime.suppressValue((lineno = 21, colno = 27, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["yearly.incidents.none"])), env.opts.autoescape);
                        output += "</p>\n";
                        ;
                    }
                    if (parentTemplate) {
                        parentTemplate.rootRenderFunc(env, context, frame, runtime, cb);
                    }
                    else {
                        cb(null, output);
                    }
                    ;
                }
                catch (e) {
                    cb(runtime.handleError(e, lineno, colno));
                }
            }
            return {
                root: root
            };
        } },
    "partials/yearly-proposals.njk": { sha256: "bc16db4ab5dd0c073a9fbd49d19926389eaaec69a834bd5623883d49c03eb912", code: function () {
            function root(env, context, frame, runtime, cb) {
                var lineno = 0;
                var colno = 0;
                var output = "";
                try {
                    var parentTemplate = null;
                    var t_1;
                    t_1 = runtime.contextOrFrameLookup(context, frame, "regAttr");
                    frame.set("rl", t_1, true);
                    if (frame.topLevel) {
                        context.setVariable("rl", t_1);
                    }
                    if (frame.topLevel) {
                        context.addExport("rl", t_1);
                    }
                    if (runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "report")), "assessment") && runtime.memberLookup((runtime.memberLookup((runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "report")), "assessment")), "proposals")), "length")) {
                        output += "<h2>";
                        output += runtime.suppressValue((lineno = 4, colno = 8, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["proposalsHeading"])), env.opts.autoescape);
                        output += "</h2>\n";
                        if (runtime.memberLookup((runtime.memberLookup((runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "report")), "assessment")), "proposals")), "length") == 1) {
                            output += "<p";
                            output += runtime.suppressValue(env.getFilter("safe").call(context, runtime.contextOrFrameLookup(context, frame, "rl")), env.opts.autoescape);
                            output += ">";
                            output += runtime.suppressValue(runtime.memberLookup((runtime.memberLookup((runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "report")), "assessment")), "proposals")), 0), env.opts.autoescape);
                            output += "</p>\n";
                            ;
                        }
                        else {
                            output += "<ol";
                            output += runtime.suppressValue(env.getFilter("safe").call(context, runtime.contextOrFrameLookup(context, frame, "rl")), env.opts.autoescape);
                            output += ">\n";
                            frame = frame.push();
                            var t_4 = runtime.memberLookup((runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "report")), "assessment")), "proposals");
                            if (t_4) {
                                t_4 = runtime.fromIterator(t_4);
                                var t_3 = t_4.length;
                                for (var t_2 = 0; t_2 < t_4.length; t_2++) {
                                    var t_5 = t_4[t_2];
                                    frame.set("p", t_5);
                                    frame.set("loop.index", t_2 + 1);
                                    frame.set("loop.index0", t_2);
                                    frame.set("loop.revindex", t_3 - t_2);
                                    frame.set("loop.revindex0", t_3 - t_2 - 1);
                                    frame.set("loop.first", t_2 === 0);
                                    frame.set("loop.last", t_2 === t_3 - 1);
                                    frame.set("loop.length", t_3);
                                    output += "  <li>";
                                    output += runtime.suppressValue(t_5, env.opts.autoescape);
                                    output += "</li>\n";
                                    ;
                                }
                            }
                            frame = frame.pop();
                            output += "</ol>\n";
                            ;
                        }
                        ;
                    }
                    if (parentTemplate) {
                        parentTemplate.rootRenderFunc(env, context, frame, runtime, cb);
                    }
                    else {
                        cb(null, output);
                    }
                    ;
                }
                catch (e) {
                    cb(runtime.handleError(e, lineno, colno));
                }
            }
            return {
                root: root
            };
        } },
    "partials/yearly-risk.njk": { sha256: "2786f5bb01f41706b4ffd198fa9179694a61ea05306a7516cca5a48718856481", code: function () {
            function root(env, context, frame, runtime, cb) {
                var lineno = 0;
                var colno = 0;
                var output = "";
                try {
                    var parentTemplate = null;
                    var t_1;
                    t_1 = runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "report")), "risk");
                    frame.set("rk", t_1, true);
                    if (frame.topLevel) {
                        context.setVariable("rk", t_1);
                    }
                    if (frame.topLevel) {
                        context.addExport("rk", t_1);
                    }
                    output += "<h2>";
                    output += runtime.suppressValue((lineno = 3, colno = 10, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "msg"), "msg", context, ["riskdoc.yearly.heading"])), env.opts.autoescape);
                    output += "</h2>\n<p class=\"lead\"><strong>";
                    output += runtime.suppressValue((lineno = 4, colno = 30, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "msg"), "msg", context, ["riskdoc.yearly.question"])), env.opts.autoescape);
                    output += "</strong> ";
                    output += runtime.suppressValue(runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "rk")), "answer"), env.opts.autoescape);
                    output += "</p>\n";
                    if (runtime.memberLookup((runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "rk")), "boards")), "length")) {
                        output += "<table>\n  <caption>";
                        output += runtime.suppressValue((lineno = 7, colno = 17, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "msg"), "msg", context, ["riskdoc.yearly.analysesTable"])), env.opts.autoescape);
                        output += "</caption>\n  <thead><tr><th scope=\"col\">";
                        output += runtime.suppressValue((lineno = 8, colno = 35, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "msg"), "msg", context, ["riskdoc.board"])), env.opts.autoescape);
                        output += "</th><th scope=\"col\" class=\"num\">";
                        output += runtime.suppressValue((lineno = 8, colno = 94, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "msg"), "msg", context, ["riskdoc.yearly.analyses"])), env.opts.autoescape);
                        output += "</th><th scope=\"col\" class=\"num\">";
                        output += runtime.suppressValue((lineno = 8, colno = 163, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "msg"), "msg", context, ["riskdoc.yearly.thisYear"])), env.opts.autoescape);
                        output += "</th><th scope=\"col\" class=\"num\">";
                        output += runtime.suppressValue((lineno = 8, colno = 232, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "msg"), "msg", context, ["riskdoc.yearly.reviewOverdue"])), env.opts.autoescape);
                        output += "</th><th scope=\"col\" class=\"num\">";
                        output += runtime.suppressValue((lineno = 8, colno = 306, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "msg"), "msg", context, ["riskdoc.yearly.missingTop"])), env.opts.autoescape);
                        output += "</th></tr></thead>\n  <tbody>\n";
                        frame = frame.push();
                        var t_4 = runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "rk")), "boards");
                        if (t_4) {
                            t_4 = runtime.fromIterator(t_4);
                            var t_3 = t_4.length;
                            for (var t_2 = 0; t_2 < t_4.length; t_2++) {
                                var t_5 = t_4[t_2];
                                frame.set("b", t_5);
                                frame.set("loop.index", t_2 + 1);
                                frame.set("loop.index0", t_2);
                                frame.set("loop.revindex", t_3 - t_2);
                                frame.set("loop.revindex0", t_3 - t_2 - 1);
                                frame.set("loop.first", t_2 === 0);
                                frame.set("loop.last", t_2 === t_3 - 1);
                                frame.set("loop.length", t_3);
                                output += "    <tr><th scope=\"row\">";
                                output += runtime.suppressValue(runtime.memberLookup((runtime.memberLookup((t_5), "board")), "name"), env.opts.autoescape);
                                output += "</th><td class=\"num\">";
                                output += runtime.suppressValue(runtime.memberLookup((t_5), "analyses"), env.opts.autoescape);
                                output += "</td><td class=\"num\">";
                                output += runtime.suppressValue(runtime.memberLookup((t_5), "thisYear"), env.opts.autoescape);
                                output += "</td><td class=\"num";
                                if (runtime.memberLookup((t_5), "reviewOverdue")) {
                                    output += " below";
                                    ;
                                }
                                output += "\">";
                                output += runtime.suppressValue(runtime.memberLookup((t_5), "reviewOverdue"), env.opts.autoescape);
                                output += "</td><td class=\"num";
                                if (runtime.memberLookup((t_5), "missingTop")) {
                                    output += " below";
                                    ;
                                }
                                output += "\">";
                                output += runtime.suppressValue(runtime.memberLookup((t_5), "missingTop"), env.opts.autoescape);
                                output += "</td></tr>\n";
                                ;
                            }
                        }
                        frame = frame.pop();
                        output += "  </tbody>\n</table>\n";
                        if (runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "rk")), "missingNames")) {
                            output += "<p>";
                            output += runtime.suppressValue(runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "rk")), "missingNames"), env.opts.autoescape);
                            output += "</p>";
                            ;
                        }
                        ;
                    }
                    if (runtime.memberLookup((runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "rk")), "treatment")), "aboveBefore")) {
                        output += "<table>\n  <caption>";
                        output += runtime.suppressValue((lineno = 19, colno = 17, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "msg"), "msg", context, ["riskdoc.yearly.treatmentTable"])), env.opts.autoescape);
                        output += "</caption>\n  <thead><tr><th scope=\"col\" class=\"num\">";
                        output += runtime.suppressValue((lineno = 20, colno = 47, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "msg"), "msg", context, ["riskdoc.yearly.aboveBefore"])), env.opts.autoescape);
                        output += "</th><th scope=\"col\" class=\"num\">";
                        output += runtime.suppressValue((lineno = 20, colno = 119, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "msg"), "msg", context, ["riskdoc.yearly.reducedBelow"])), env.opts.autoescape);
                        output += "</th><th scope=\"col\" class=\"num\">";
                        output += runtime.suppressValue((lineno = 20, colno = 192, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "msg"), "msg", context, ["riskdoc.yearly.inProgress"])), env.opts.autoescape);
                        output += "</th><th scope=\"col\" class=\"num\">";
                        output += runtime.suppressValue((lineno = 20, colno = 263, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "msg"), "msg", context, ["riskdoc.yearly.accepted"])), env.opts.autoescape);
                        output += "</th><th scope=\"col\" class=\"num\">";
                        output += runtime.suppressValue((lineno = 20, colno = 332, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "msg"), "msg", context, ["riskdoc.yearly.untreated"])), env.opts.autoescape);
                        output += "</th></tr></thead>\n  <tbody><tr><td class=\"num\">";
                        output += runtime.suppressValue(runtime.memberLookup((runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "rk")), "treatment")), "aboveBefore"), env.opts.autoescape);
                        output += "</td><td class=\"num\">";
                        output += runtime.suppressValue(runtime.memberLookup((runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "rk")), "treatment")), "reducedBelow"), env.opts.autoescape);
                        output += "</td><td class=\"num\">";
                        output += runtime.suppressValue(runtime.memberLookup((runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "rk")), "treatment")), "inProgress"), env.opts.autoescape);
                        output += "</td><td class=\"num\">";
                        output += runtime.suppressValue(runtime.memberLookup((runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "rk")), "treatment")), "accepted"), env.opts.autoescape);
                        output += "</td><td class=\"num";
                        if (runtime.memberLookup((runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "rk")), "treatment")), "untreated")) {
                            output += " below";
                            ;
                        }
                        output += "\">";
                        output += runtime.suppressValue(runtime.memberLookup((runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "rk")), "treatment")), "untreated"), env.opts.autoescape);
                        output += "</td></tr></tbody>\n</table>\n";
                        ;
                    }
                    if (runtime.memberLookup((runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "rk")), "plan")), "total")) {
                        output += "<table>\n  <caption>";
                        output += runtime.suppressValue((lineno = 26, colno = 17, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "msg"), "msg", context, ["riskdoc.yearly.actionsTable"])), env.opts.autoescape);
                        output += "</caption>\n  <thead><tr><th scope=\"col\" class=\"num\">";
                        output += runtime.suppressValue((lineno = 27, colno = 47, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "msg"), "msg", context, ["riskdoc.plan.open"])), env.opts.autoescape);
                        output += "</th><th scope=\"col\" class=\"num\">";
                        output += runtime.suppressValue((lineno = 27, colno = 110, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "msg"), "msg", context, ["riskdoc.plan.overdueCol"])), env.opts.autoescape);
                        output += "</th><th scope=\"col\" class=\"num\">";
                        output += runtime.suppressValue((lineno = 27, colno = 179, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "msg"), "msg", context, ["riskdoc.yearly.actionsDoneYear"])), env.opts.autoescape);
                        output += "</th><th scope=\"col\" class=\"num\">";
                        output += runtime.suppressValue((lineno = 27, colno = 255, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "msg"), "msg", context, ["riskdoc.plan.total"])), env.opts.autoescape);
                        output += "</th></tr></thead>\n  <tbody><tr><td class=\"num\">";
                        output += runtime.suppressValue(runtime.memberLookup((runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "rk")), "plan")), "open"), env.opts.autoescape);
                        output += "</td><td class=\"num";
                        if (runtime.memberLookup((runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "rk")), "plan")), "overdue")) {
                            output += " below";
                            ;
                        }
                        output += "\">";
                        output += runtime.suppressValue(runtime.memberLookup((runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "rk")), "plan")), "overdue"), env.opts.autoescape);
                        output += "</td><td class=\"num\">";
                        output += runtime.suppressValue(runtime.memberLookup((runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "rk")), "plan")), "doneYear"), env.opts.autoescape);
                        output += "</td><td class=\"num\">";
                        output += runtime.suppressValue(runtime.memberLookup((runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "rk")), "plan")), "total"), env.opts.autoescape);
                        output += "</td></tr></tbody>\n</table>\n";
                        ;
                    }
                    if (runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "rk")), "restricted")) {
                        output += "<p class=\"muted\">";
                        output += runtime.suppressValue((lineno = 31, colno = 45, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "msg"), "msg", context, ["riskdoc.yearly.restrictedNote"])), env.opts.autoescape);
                        output += "</p>";
                        ;
                    }
                    if (parentTemplate) {
                        parentTemplate.rootRenderFunc(env, context, frame, runtime, cb);
                    }
                    else {
                        cb(null, output);
                    }
                    ;
                }
                catch (e) {
                    cb(runtime.handleError(e, lineno, colno));
                }
            }
            return {
                root: root
            };
        } },
    "partials/yearly-training.njk": { sha256: "23b196f95f05f731b958539fdad2ec388fb81880287893cfc98c0eaf3b853892", code: function () {
            function root(env, context, frame, runtime, cb) {
                var lineno = 0;
                var colno = 0;
                var output = "";
                try {
                    var parentTemplate = null;
                    var t_1;
                    t_1 = runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "report")), "training");
                    frame.set("yt", t_1, true);
                    if (frame.topLevel) {
                        context.setVariable("yt", t_1);
                    }
                    if (frame.topLevel) {
                        context.addExport("yt", t_1);
                    }
                    output += "<h2>";
                    output += runtime.suppressValue((lineno = 3, colno = 8, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["yearly.training.heading"])), env.opts.autoescape);
                    output += "</h2>\n";
                    if (runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "yt")), "kept")) {
                        output += "<p>";
                        output += runtime.suppressValue((lineno = 5, colno = 7, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["yearly.training.lead"])), env.opts.autoescape);
                        output += "</p>\n<table class=\"yearly-coverage\" style=\"break-inside: avoid\">\n  <caption>";
                        output += runtime.suppressValue((lineno = 7, colno = 15, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["yearly.training.coverageCaption", { "year": runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "yt")), "year") }])), env.opts.autoescape);
                        output += "</caption>\n  <thead><tr><th scope=\"col\">";
                        output += runtime.suppressValue((lineno = 8, colno = 33, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["yearly.training.groupColumn"])), env.opts.autoescape);
                        output += "</th><th scope=\"col\">";
                        output += runtime.suppressValue((lineno = 8, colno = 92, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["yearly.training.latestColumn"])), env.opts.autoescape);
                        output += "</th><th scope=\"col\" class=\"num\">";
                        output += runtime.suppressValue((lineno = 8, colno = 164, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["yearly.training.shareColumn"])), env.opts.autoescape);
                        output += "</th></tr></thead>\n  <tbody>\n";
                        frame = frame.push();
                        var t_4 = runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "yt")), "coverage");
                        if (t_4) {
                            t_4 = runtime.fromIterator(t_4);
                            var t_3 = t_4.length;
                            for (var t_2 = 0; t_2 < t_4.length; t_2++) {
                                var t_5 = t_4[t_2];
                                frame.set("g", t_5);
                                frame.set("loop.index", t_2 + 1);
                                frame.set("loop.index0", t_2);
                                frame.set("loop.revindex", t_3 - t_2);
                                frame.set("loop.revindex0", t_3 - t_2 - 1);
                                frame.set("loop.first", t_2 === 0);
                                frame.set("loop.last", t_2 === t_3 - 1);
                                frame.set("loop.length", t_3);
                                output += "    <tr><th scope=\"row\">";
                                output += runtime.suppressValue(runtime.memberLookup((t_5), "group"), env.opts.autoescape);
                                output += "</th>";
                                if (runtime.memberLookup((t_5), "held")) {
                                    output += "<td><span";
                                    output += runtime.suppressValue(env.getFilter("safe").call(context, runtime.contextOrFrameLookup(context, frame, "regAttr")), env.opts.autoescape);
                                    output += ">";
                                    output += runtime.suppressValue(runtime.memberLookup((t_5), "name"), env.opts.autoescape);
                                    output += "</span>, <span class=\"nowrap\">";
                                    output += runtime.suppressValue(env.getFilter("date").call(context, runtime.memberLookup((t_5), "date")), env.opts.autoescape);
                                    output += "</span></td><td class=\"num\">";
                                    output += runtime.suppressValue((env.getTest("defined").call(context, runtime.memberLookup((t_5), "share")) === true ? (lineno = 11, colno = 180, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["yearly.training.share", { "share": runtime.memberLookup((t_5), "share") }])) : "–"), env.opts.autoescape);
                                    output += "</td>";
                                    ;
                                }
                                else {
                                    output += "<td><span class=\"flag\">";
                                    output += runtime.suppressValue((lineno = 11, colno = 299, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["yearly.training.notHeld"])), env.opts.autoescape);
                                    output += "</span></td><td class=\"num\">–</td>";
                                    ;
                                }
                                output += "</tr>\n";
                                ;
                            }
                        }
                        frame = frame.pop();
                        output += "  </tbody>\n</table>\n";
                        if (runtime.memberLookup((runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "yt")), "trainings")), "length")) {
                            output += "<table class=\"yearly-trainings\">\n  <thead><tr><th scope=\"col\">";
                            output += runtime.suppressValue((lineno = 17, colno = 33, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["yearly.training.nameColumn"])), env.opts.autoescape);
                            output += "</th><th scope=\"col\">";
                            output += runtime.suppressValue((lineno = 17, colno = 91, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["yearly.training.groupColumn"])), env.opts.autoescape);
                            output += "</th><th scope=\"col\">";
                            output += runtime.suppressValue((lineno = 17, colno = 150, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["yearly.training.dateColumn"])), env.opts.autoescape);
                            output += "</th><th scope=\"col\" class=\"num\">";
                            output += runtime.suppressValue((lineno = 17, colno = 220, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["yearly.training.participantsColumn"])), env.opts.autoescape);
                            output += "</th><th scope=\"col\" class=\"num\">";
                            output += runtime.suppressValue((lineno = 17, colno = 298, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["yearly.training.shareColumn"])), env.opts.autoescape);
                            output += "</th></tr></thead>\n  <tbody>\n";
                            frame = frame.push();
                            var t_8 = runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "yt")), "trainings");
                            if (t_8) {
                                t_8 = runtime.fromIterator(t_8);
                                var t_7 = t_8.length;
                                for (var t_6 = 0; t_6 < t_8.length; t_6++) {
                                    var t_9 = t_8[t_6];
                                    frame.set("x", t_9);
                                    frame.set("loop.index", t_6 + 1);
                                    frame.set("loop.index0", t_6);
                                    frame.set("loop.revindex", t_7 - t_6);
                                    frame.set("loop.revindex0", t_7 - t_6 - 1);
                                    frame.set("loop.first", t_6 === 0);
                                    frame.set("loop.last", t_6 === t_7 - 1);
                                    frame.set("loop.length", t_7);
                                    if (runtime.memberLookup((t_9), "restricted")) {
                                        output += "    <tr><th scope=\"row\"";
                                        output += runtime.suppressValue(env.getFilter("safe").call(context, runtime.contextOrFrameLookup(context, frame, "regAttr")), env.opts.autoescape);
                                        output += ">";
                                        output += runtime.suppressValue(runtime.memberLookup((t_9), "name"), env.opts.autoescape);
                                        output += "</th><td>";
                                        output += runtime.suppressValue(runtime.memberLookup((t_9), "group"), env.opts.autoescape);
                                        output += "</td><td class=\"nowrap\">";
                                        output += runtime.suppressValue(env.getFilter("date").call(context, runtime.memberLookup((t_9), "date")), env.opts.autoescape);
                                        output += "</td><td colspan=\"2\"><span class=\"restricted\">";
                                        output += runtime.suppressValue((lineno = 21, colno = 171, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["common.restricted"])), env.opts.autoescape);
                                        output += "</span></td></tr>\n";
                                        ;
                                    }
                                    else {
                                        output += "    <tr><th scope=\"row\"";
                                        output += runtime.suppressValue(env.getFilter("safe").call(context, runtime.contextOrFrameLookup(context, frame, "regAttr")), env.opts.autoescape);
                                        output += ">";
                                        output += runtime.suppressValue(runtime.memberLookup((t_9), "name"), env.opts.autoescape);
                                        output += "</th><td>";
                                        output += runtime.suppressValue(runtime.memberLookup((t_9), "group"), env.opts.autoescape);
                                        output += "</td><td class=\"nowrap\">";
                                        output += runtime.suppressValue(env.getFilter("date").call(context, runtime.memberLookup((t_9), "date")), env.opts.autoescape);
                                        output += "</td><td class=\"num\">";
                                        if (env.getTest("defined").call(context, runtime.memberLookup((t_9), "participants")) === true && env.getTest("defined").call(context, runtime.memberLookup((t_9), "invited")) === true) {
                                            output += runtime.suppressValue((lineno = 23, colno = 205, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["yearly.training.participants", { "participants": runtime.memberLookup((t_9), "participants"), "invited": runtime.memberLookup((t_9), "invited") }])), env.opts.autoescape);
                                            ;
                                        }
                                        else {
                                            if (env.getTest("defined").call(context, runtime.memberLookup((t_9), "participants")) === true) {
                                                output += runtime.suppressValue(env.getFilter("number").call(context, runtime.memberLookup((t_9), "participants"), 0), env.opts.autoescape);
                                                ;
                                            }
                                            else {
                                                output += "–";
                                                ;
                                            }
                                            ;
                                        }
                                        output += "</td><td class=\"num\">";
                                        output += runtime.suppressValue((env.getTest("defined").call(context, runtime.memberLookup((t_9), "share")) === true ? (lineno = 23, colno = 407, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["yearly.training.share", { "share": runtime.memberLookup((t_9), "share") }])) : "–"), env.opts.autoescape);
                                        output += "</td></tr>\n";
                                        ;
                                    }
                                    ;
                                }
                            }
                            frame = frame.pop();
                            output += "  </tbody>\n</table>\n";
                            ;
                        }
                        output += "\n<h2>";
                        output += runtime.suppressValue((lineno = 30, colno = 8, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["yearly.exercises.heading"])), env.opts.autoescape);
                        output += "</h2>\n<p>";
                        output += runtime.suppressValue((lineno = 31, colno = 7, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["yearly.exercises.lead"])), env.opts.autoescape);
                        output += "</p>\n";
                        if (runtime.memberLookup((runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "yt")), "exercises")), "length")) {
                            output += "<table class=\"yearly-exercises\">\n  <thead><tr><th scope=\"col\">";
                            output += runtime.suppressValue((lineno = 34, colno = 33, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["yearly.exercises.nameColumn"])), env.opts.autoescape);
                            output += "</th><th scope=\"col\">";
                            output += runtime.suppressValue((lineno = 34, colno = 92, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["yearly.training.groupColumn"])), env.opts.autoescape);
                            output += "</th><th scope=\"col\">";
                            output += runtime.suppressValue((lineno = 34, colno = 151, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["yearly.training.dateColumn"])), env.opts.autoescape);
                            output += "</th><th scope=\"col\" class=\"num\">";
                            output += runtime.suppressValue((lineno = 34, colno = 221, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["yearly.training.participantsColumn"])), env.opts.autoescape);
                            output += "</th><th scope=\"col\" class=\"num\">";
                            output += runtime.suppressValue((lineno = 34, colno = 299, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["yearly.exercises.lessonsColumn"])), env.opts.autoescape);
                            output += "</th></tr></thead>\n  <tbody>\n";
                            frame = frame.push();
                            var t_12 = runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "yt")), "exercises");
                            if (t_12) {
                                t_12 = runtime.fromIterator(t_12);
                                var t_11 = t_12.length;
                                for (var t_10 = 0; t_10 < t_12.length; t_10++) {
                                    var t_13 = t_12[t_10];
                                    frame.set("x", t_13);
                                    frame.set("loop.index", t_10 + 1);
                                    frame.set("loop.index0", t_10);
                                    frame.set("loop.revindex", t_11 - t_10);
                                    frame.set("loop.revindex0", t_11 - t_10 - 1);
                                    frame.set("loop.first", t_10 === 0);
                                    frame.set("loop.last", t_10 === t_11 - 1);
                                    frame.set("loop.length", t_11);
                                    if (runtime.memberLookup((t_13), "restricted")) {
                                        output += "    <tr><th scope=\"row\"";
                                        output += runtime.suppressValue(env.getFilter("safe").call(context, runtime.contextOrFrameLookup(context, frame, "regAttr")), env.opts.autoescape);
                                        output += ">";
                                        output += runtime.suppressValue(runtime.memberLookup((t_13), "name"), env.opts.autoescape);
                                        output += "</th><td>";
                                        output += runtime.suppressValue(runtime.memberLookup((t_13), "group"), env.opts.autoescape);
                                        output += "</td><td class=\"nowrap\">";
                                        output += runtime.suppressValue(env.getFilter("date").call(context, runtime.memberLookup((t_13), "date")), env.opts.autoescape);
                                        output += "</td><td colspan=\"2\"><span class=\"restricted\">";
                                        output += runtime.suppressValue((lineno = 38, colno = 171, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["common.restricted"])), env.opts.autoescape);
                                        output += "</span></td></tr>\n";
                                        ;
                                    }
                                    else {
                                        output += "    <tr><th scope=\"row\"";
                                        output += runtime.suppressValue(env.getFilter("safe").call(context, runtime.contextOrFrameLookup(context, frame, "regAttr")), env.opts.autoescape);
                                        output += ">";
                                        output += runtime.suppressValue(runtime.memberLookup((t_13), "name"), env.opts.autoescape);
                                        output += "</th><td>";
                                        output += runtime.suppressValue(runtime.memberLookup((t_13), "group"), env.opts.autoescape);
                                        output += "</td><td class=\"nowrap\">";
                                        output += runtime.suppressValue(env.getFilter("date").call(context, runtime.memberLookup((t_13), "date")), env.opts.autoescape);
                                        output += "</td><td class=\"num\">";
                                        if (env.getTest("defined").call(context, runtime.memberLookup((t_13), "participants")) === true && env.getTest("defined").call(context, runtime.memberLookup((t_13), "invited")) === true) {
                                            output += runtime.suppressValue((lineno = 40, colno = 205, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["yearly.training.participants", { "participants": runtime.memberLookup((t_13), "participants"), "invited": runtime.memberLookup((t_13), "invited") }])), env.opts.autoescape);
                                            ;
                                        }
                                        else {
                                            if (env.getTest("defined").call(context, runtime.memberLookup((t_13), "participants")) === true) {
                                                output += runtime.suppressValue(env.getFilter("number").call(context, runtime.memberLookup((t_13), "participants"), 0), env.opts.autoescape);
                                                ;
                                            }
                                            else {
                                                output += "–";
                                                ;
                                            }
                                            ;
                                        }
                                        output += "</td><td class=\"num\">";
                                        output += runtime.suppressValue(runtime.memberLookup((t_13), "lessons"), env.opts.autoescape);
                                        output += "</td></tr>\n";
                                        ;
                                    }
                                    ;
                                }
                            }
                            frame = frame.pop();
                            output += "  </tbody>\n</table>\n";
                            ;
                        }
                        else {
                            output += "<p><span class=\"flag\">";
                            output += runtime.suppressValue((lineno = 46, colno = 26, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["yearly.exercises.none"])), env.opts.autoescape);
                            output += "</span></p>\n";
                            ;
                        }
                        ;
                    }
                    else {
                        output += "<p class=\"placeholder\">";
                        output += runtime.suppressValue((lineno = 49, colno = 27, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["yearly.training.none"])), env.opts.autoescape);
                        output += "</p>\n";
                        ;
                    }
                    if (parentTemplate) {
                        parentTemplate.rootRenderFunc(env, context, frame, runtime, cb);
                    }
                    else {
                        cb(null, output);
                    }
                    ;
                }
                catch (e) {
                    cb(runtime.handleError(e, lineno, colno));
                }
            }
            return {
                root: root
            };
        } },
    "pdf-footer.njk": { sha256: "2cb750520b26ba62d36a3fcecfa68db1529deef1c120eb671caefa60177b088f", code: function () {
            function root(env, context, frame, runtime, cb) {
                var lineno = 0;
                var colno = 0;
                var output = "";
                try {
                    var parentTemplate = null;
                    var t_1;
                    t_1 = (runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "doc")), "orientation") == "landscape" ? "0 15mm" : "0 20mm 0 22mm");
                    frame.set("pad", t_1, true);
                    if (frame.topLevel) {
                        context.setVariable("pad", t_1);
                    }
                    if (frame.topLevel) {
                        context.addExport("pad", t_1);
                    }
                    output += "<div style=\"box-sizing:border-box;width:100%;padding:";
                    output += runtime.suppressValue(runtime.contextOrFrameLookup(context, frame, "pad"), env.opts.autoescape);
                    output += ";font-family:'Liberation Sans',Arial,'DejaVu Sans',sans-serif;font-size:7pt;line-height:1.3;color:#444;-webkit-print-color-adjust:exact;\">\n  <div style=\"display:flex;justify-content:space-between;align-items:flex-start;border-top:0.5pt solid #bbb;padding-top:1.5mm;\">\n    <span style=\"max-width:75%;\">";
                    output += runtime.suppressValue(runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "doc")), "title"), env.opts.autoescape);
                    if (!runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "stamp")), "hidden")) {
                        output += "<br>";
                        output += runtime.suppressValue((lineno = 4, colno = 81, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["page.source", { "kind": (runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "stamp")), "sha") ? "sha" : "copy"), "sha": runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "stamp")), "short"), "date": env.getFilter("date").call(context, runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "stamp")), "date")), "dirty": (runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "stamp")), "dirty") ? "yes" : "no") }])), env.opts.autoescape);
                        ;
                    }
                    output += "</span>\n    <span style=\"font-size:8pt;color:#1a1a1a;white-space:nowrap;\">";
                    output += runtime.suppressValue(env.getFilter("safe").call(context, (lineno = 5, colno = 70, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["page.pageOf", { "page": "<span class=\"pageNumber\"></span>", "pages": "<span class=\"totalPages\"></span>" }]))), env.opts.autoescape);
                    output += "</span>\n  </div>\n</div>\n";
                    if (parentTemplate) {
                        parentTemplate.rootRenderFunc(env, context, frame, runtime, cb);
                    }
                    else {
                        cb(null, output);
                    }
                    ;
                }
                catch (e) {
                    cb(runtime.handleError(e, lineno, colno));
                }
            }
            return {
                root: root
            };
        } },
    "pdf-header.njk": { sha256: "9c32e7020c16933c0b2e08ccea49abcf67cc73b8d7a95796b3f07c3f8137f24b", code: function () {
            function root(env, context, frame, runtime, cb) {
                var lineno = 0;
                var colno = 0;
                var output = "";
                try {
                    var parentTemplate = null;
                    var t_1;
                    t_1 = (runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "doc")), "orientation") == "landscape" ? "0 15mm" : "0 20mm 0 22mm");
                    frame.set("pad", t_1, true);
                    if (frame.topLevel) {
                        context.setVariable("pad", t_1);
                    }
                    if (frame.topLevel) {
                        context.addExport("pad", t_1);
                    }
                    output += "<div style=\"box-sizing:border-box;width:100%;padding:";
                    output += runtime.suppressValue(runtime.contextOrFrameLookup(context, frame, "pad"), env.opts.autoescape);
                    output += ";font-family:'Liberation Sans',Arial,'DejaVu Sans',sans-serif;font-size:8pt;line-height:1.3;color:#1a1a1a;-webkit-print-color-adjust:exact;\">\n  <div style=\"display:flex;align-items:flex-end;justify-content:space-between;border-bottom:0.5pt solid #999;padding-bottom:1.5mm;\">\n    <div style=\"display:flex;align-items:center;\">\n";
                    if (runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "org")), "logo")) {
                        output += "<img src=\"";
                        output += runtime.suppressValue(runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "org")), "logo"), env.opts.autoescape);
                        output += "\" alt=\"\" style=\"height:8mm;width:auto;margin-right:3mm;\">";
                        ;
                    }
                    output += "      <span style=\"font-size:9.5pt;font-weight:bold;\">";
                    output += runtime.suppressValue(runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "org")), "name"), env.opts.autoescape);
                    output += "</span>\n    </div>\n    <div style=\"text-align:right;\">\n";
                    if (runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "doc")), "draft")) {
                        output += "<span style=\"font-weight:bold;letter-spacing:0.08em;border:0.75pt solid #1a1a1a;padding:0 1.5mm;margin-right:2mm;\">";
                        output += runtime.suppressValue(env.getFilter("upper").call(context, (lineno = 10, colno = 143, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["draft"]))), env.opts.autoescape);
                        output += "</span>";
                        ;
                    }
                    if (runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "doc")), "registrationNumber")) {
                        output += "<span>";
                        output += runtime.suppressValue((lineno = 11, colno = 47, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["page.registrationShort", { "number": runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "doc")), "registrationNumber") }])), env.opts.autoescape);
                        output += "</span><span style=\"color:#777;\"> &#183; </span>";
                        ;
                    }
                    output += "      <span>";
                    output += runtime.suppressValue(env.getFilter("date").call(context, runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "doc")), "date")), env.opts.autoescape);
                    output += "</span>\n    </div>\n  </div>\n</div>\n";
                    if (parentTemplate) {
                        parentTemplate.rootRenderFunc(env, context, frame, runtime, cb);
                    }
                    else {
                        cb(null, output);
                    }
                    ;
                }
                catch (e) {
                    cb(runtime.handleError(e, lineno, colno));
                }
            }
            return {
                root: root
            };
        } },
    "processing-register.njk": { sha256: "d5a8ab3959aba53863dbbebc66e5933e8b1d1c4fbefd965cf7ffa89150eef3b6", code: function () {
            function root(env, context, frame, runtime, cb) {
                var lineno = 0;
                var colno = 0;
                var output = "";
                try {
                    var parentTemplate = null;
                    env.getTemplate("layout.njk", true, "processing-register.njk", false, function (t_3, t_2) {
                        if (t_3) {
                            cb(t_3);
                            return;
                        }
                        parentTemplate = t_2;
                        for (var t_1 in parentTemplate.blocks) {
                            context.addBlock(t_1, parentTemplate.blocks[t_1]);
                        }
                        env.getTemplate("partials/macros.njk", false, "processing-register.njk", false, function (t_5, t_4) {
                            if (t_5) {
                                cb(t_5);
                                return;
                            }
                            t_4.getExported(function (t_6, t_4) {
                                if (t_6) {
                                    cb(t_6);
                                    return;
                                }
                                context.setVariable("m", t_4);
                                var t_7;
                                t_7 = runtime.contextOrFrameLookup(context, frame, "register");
                                frame.set("g", t_7, true);
                                if (frame.topLevel) {
                                    context.setVariable("g", t_7);
                                }
                                if (frame.topLevel) {
                                    context.addExport("g", t_7);
                                }
                                var t_8;
                                t_8 = (runtime.memberLookup((runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "g")), "board")), "organisation") ? runtime.memberLookup((runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "g")), "board")), "name") : (lineno = 8, colno = 56, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["register.theBoard"])));
                                frame.set("who", t_8, true);
                                if (frame.topLevel) {
                                    context.setVariable("who", t_8);
                                }
                                if (frame.topLevel) {
                                    context.addExport("who", t_8);
                                }
                                var macro_t_9 = runtime.makeMacro(["p"], [], function (l_p, kwargs) {
                                    var callerFrame = frame;
                                    frame = new runtime.Frame();
                                    kwargs = kwargs || {};
                                    if (Object.prototype.hasOwnProperty.call(kwargs, "caller")) {
                                        frame.set("caller", kwargs.caller);
                                    }
                                    frame.set("p", l_p);
                                    var t_10 = "";
                                    if (runtime.memberLookup((l_p), "restricted")) {
                                        t_10 += "<tr><th scope=\"row\"";
                                        t_10 += runtime.suppressValue(env.getFilter("safe").call(context, runtime.contextOrFrameLookup(context, frame, "regAttr")), env.opts.autoescape);
                                        t_10 += ">";
                                        t_10 += runtime.suppressValue(runtime.memberLookup((l_p), "name"), env.opts.autoescape);
                                        t_10 += "</th><td colspan=\"7\">";
                                        t_10 += runtime.suppressValue((lineno = 13, colno = 88, runtime.callWrap(runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "m")), "restricted"), "m[\"restricted\"]", context, [])), env.opts.autoescape);
                                        t_10 += "</td></tr>\n";
                                        ;
                                    }
                                    else {
                                        var t_11;
                                        t_11 = [];
                                        frame.set("basis", t_11, true);
                                        if (frame.topLevel) {
                                            context.setVariable("basis", t_11);
                                        }
                                        if (frame.topLevel) {
                                            context.addExport("basis", t_11);
                                        }
                                        frame = frame.push();
                                        var t_14 = runtime.memberLookup((l_p), "legalBasis");
                                        if (t_14) {
                                            t_14 = runtime.fromIterator(t_14);
                                            var t_13 = t_14.length;
                                            for (var t_12 = 0; t_12 < t_14.length; t_12++) {
                                                var t_15 = t_14[t_12];
                                                frame.set("b", t_15);
                                                frame.set("loop.index", t_12 + 1);
                                                frame.set("loop.index0", t_12);
                                                frame.set("loop.revindex", t_13 - t_12);
                                                frame.set("loop.revindex0", t_13 - t_12 - 1);
                                                frame.set("loop.first", t_12 === 0);
                                                frame.set("loop.last", t_12 === t_13 - 1);
                                                frame.set("loop.length", t_13);
                                                var t_16;
                                                t_16 = (lineno = 15, colno = 68, runtime.callWrap(runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "basis")), "push"), "basis[\"push\"]", context, [runtime.memberLookup((t_15), "label") + ((runtime.memberLookup((t_15), "reference") ? (": " + runtime.memberLookup((t_15), "reference")) : ""))]));
                                                frame.set("_", t_16, true);
                                                if (frame.topLevel) {
                                                    context.setVariable("_", t_16);
                                                }
                                                ;
                                            }
                                        }
                                        frame = frame.pop();
                                        var t_17;
                                        t_17 = [(lineno = 16, colno = 20, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["register.dataSubjects", { "list": env.getFilter("join").call(context, runtime.memberLookup((l_p), "dataSubjects"), ", ") }])) + ((env.getTest("defined").call(context, runtime.memberLookup((l_p), "dataSubjectsCount")) === true ? (lineno = 16, colno = 87, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["register.about", { "n": env.getFilter("number").call(context, runtime.memberLookup((l_p), "dataSubjectsCount")) }])) : "")), (lineno = 16, colno = 186, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["register.personalData", { "list": env.getFilter("join").call(context, runtime.memberLookup((l_p), "personalData"), ", ") }]))];
                                        frame.set("subjects", t_17, true);
                                        if (frame.topLevel) {
                                            context.setVariable("subjects", t_17);
                                        }
                                        if (frame.topLevel) {
                                            context.addExport("subjects", t_17);
                                        }
                                        if (runtime.memberLookup((runtime.memberLookup((l_p), "specialCategories")), "length")) {
                                            var t_18;
                                            t_18 = (lineno = 17, colno = 59, runtime.callWrap(runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "subjects")), "push"), "subjects[\"push\"]", context, [(lineno = 17, colno = 61, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["register.special", { "list": env.getFilter("lower").call(context, env.getFilter("join").call(context, runtime.memberLookup((l_p), "specialCategories"), ", ")) }]))]));
                                            frame.set("_", t_18, true);
                                            if (frame.topLevel) {
                                                context.setVariable("_", t_18);
                                            }
                                            ;
                                        }
                                        if (runtime.memberLookup((l_p), "criminalData")) {
                                            var t_19;
                                            t_19 = (lineno = 18, colno = 47, runtime.callWrap(runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "subjects")), "push"), "subjects[\"push\"]", context, [(lineno = 18, colno = 49, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["register.criminal"]))]));
                                            frame.set("_", t_19, true);
                                            if (frame.topLevel) {
                                                context.setVariable("_", t_19);
                                            }
                                            ;
                                        }
                                        if (runtime.memberLookup((l_p), "identityNumbers")) {
                                            var t_20;
                                            t_20 = (lineno = 19, colno = 50, runtime.callWrap(runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "subjects")), "push"), "subjects[\"push\"]", context, [(lineno = 19, colno = 52, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["register.identityNumbers"]))]));
                                            frame.set("_", t_20, true);
                                            if (frame.topLevel) {
                                                context.setVariable("_", t_20);
                                            }
                                            ;
                                        }
                                        if (runtime.memberLookup((l_p), "protectedIdentities")) {
                                            var t_21;
                                            t_21 = (lineno = 20, colno = 54, runtime.callWrap(runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "subjects")), "push"), "subjects[\"push\"]", context, [(lineno = 20, colno = 56, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["register.protected"]))]));
                                            frame.set("_", t_21, true);
                                            if (frame.topLevel) {
                                                context.setVariable("_", t_21);
                                            }
                                            ;
                                        }
                                        var t_22;
                                        t_22 = [];
                                        frame.set("recipients", t_22, true);
                                        if (frame.topLevel) {
                                            context.setVariable("recipients", t_22);
                                        }
                                        if (frame.topLevel) {
                                            context.addExport("recipients", t_22);
                                        }
                                        frame = frame.push();
                                        var t_25 = runtime.memberLookup((l_p), "recipients");
                                        if (t_25) {
                                            t_25 = runtime.fromIterator(t_25);
                                            var t_24 = t_25.length;
                                            for (var t_23 = 0; t_23 < t_25.length; t_23++) {
                                                var t_26 = t_25[t_23];
                                                frame.set("x", t_26);
                                                frame.set("loop.index", t_23 + 1);
                                                frame.set("loop.index0", t_23);
                                                frame.set("loop.revindex", t_24 - t_23);
                                                frame.set("loop.revindex0", t_24 - t_23 - 1);
                                                frame.set("loop.first", t_23 === 0);
                                                frame.set("loop.last", t_23 === t_24 - 1);
                                                frame.set("loop.length", t_24);
                                                var t_27;
                                                t_27 = (lineno = 22, colno = 53, runtime.callWrap(runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "recipients")), "push"), "recipients[\"push\"]", context, [(lineno = 22, colno = 55, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["register.recipient", { "name": runtime.memberLookup((t_26), "name") }])) + ((runtime.memberLookup((t_26), "country") ? (" (" + runtime.memberLookup((t_26), "country") + ")") : ""))]));
                                                frame.set("_", t_27, true);
                                                if (frame.topLevel) {
                                                    context.setVariable("_", t_27);
                                                }
                                                ;
                                            }
                                        }
                                        frame = frame.pop();
                                        frame = frame.push();
                                        var t_30 = runtime.memberLookup((l_p), "jointControllers");
                                        if (t_30) {
                                            t_30 = runtime.fromIterator(t_30);
                                            var t_29 = t_30.length;
                                            for (var t_28 = 0; t_28 < t_30.length; t_28++) {
                                                var t_31 = t_30[t_28];
                                                frame.set("j", t_31);
                                                frame.set("loop.index", t_28 + 1);
                                                frame.set("loop.index0", t_28);
                                                frame.set("loop.revindex", t_29 - t_28);
                                                frame.set("loop.revindex0", t_29 - t_28 - 1);
                                                frame.set("loop.first", t_28 === 0);
                                                frame.set("loop.last", t_28 === t_29 - 1);
                                                frame.set("loop.length", t_29);
                                                var t_32;
                                                t_32 = (lineno = 23, colno = 59, runtime.callWrap(runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "recipients")), "push"), "recipients[\"push\"]", context, [(lineno = 23, colno = 61, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["register.jointController", { "name": runtime.memberLookup((t_31), "name") }]))]));
                                                frame.set("_", t_32, true);
                                                if (frame.topLevel) {
                                                    context.setVariable("_", t_32);
                                                }
                                                ;
                                            }
                                        }
                                        frame = frame.pop();
                                        frame = frame.push();
                                        var t_35 = runtime.memberLookup((l_p), "transfers");
                                        if (t_35) {
                                            t_35 = runtime.fromIterator(t_35);
                                            var t_34 = t_35.length;
                                            for (var t_33 = 0; t_33 < t_35.length; t_33++) {
                                                var t_36 = t_35[t_33];
                                                frame.set("tr", t_36);
                                                frame.set("loop.index", t_33 + 1);
                                                frame.set("loop.index0", t_33);
                                                frame.set("loop.revindex", t_34 - t_33);
                                                frame.set("loop.revindex0", t_34 - t_33 - 1);
                                                frame.set("loop.first", t_33 === 0);
                                                frame.set("loop.last", t_33 === t_34 - 1);
                                                frame.set("loop.length", t_34);
                                                var t_37;
                                                t_37 = (lineno = 24, colno = 53, runtime.callWrap(runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "recipients")), "push"), "recipients[\"push\"]", context, [(lineno = 24, colno = 55, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["register.thirdCountry", { "country": runtime.memberLookup((t_36), "country") }])) + ((runtime.memberLookup((t_36), "recipient") ? (", " + runtime.memberLookup((t_36), "recipient")) : "")) + " – " + runtime.memberLookup((t_36), "safeguard") + ((runtime.memberLookup((t_36), "reference") ? (": " + runtime.memberLookup((t_36), "reference")) : ""))]));
                                                frame.set("_", t_37, true);
                                                if (frame.topLevel) {
                                                    context.setVariable("_", t_37);
                                                }
                                                ;
                                            }
                                        }
                                        if (!t_34) {
                                            var t_38;
                                            t_38 = (lineno = 24, colno = 266, runtime.callWrap(runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "recipients")), "push"), "recipients[\"push\"]", context, [(lineno = 24, colno = 268, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["register.noTransfer"]))]));
                                            frame.set("_", t_38, true);
                                            if (frame.topLevel) {
                                                context.setVariable("_", t_38);
                                            }
                                        }
                                        frame = frame.pop();
                                        var t_39;
                                        t_39 = [runtime.memberLookup((runtime.memberLookup((l_p), "retention")), "period")];
                                        frame.set("retention", t_39, true);
                                        if (frame.topLevel) {
                                            context.setVariable("retention", t_39);
                                        }
                                        if (frame.topLevel) {
                                            context.addExport("retention", t_39);
                                        }
                                        if (runtime.memberLookup((runtime.memberLookup((l_p), "retention")), "basis")) {
                                            var t_40;
                                            t_40 = (lineno = 26, colno = 51, runtime.callWrap(runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "retention")), "push"), "retention[\"push\"]", context, [runtime.memberLookup((runtime.memberLookup((l_p), "retention")), "basis")]));
                                            frame.set("_", t_40, true);
                                            if (frame.topLevel) {
                                                context.setVariable("_", t_40);
                                            }
                                            ;
                                        }
                                        if (runtime.memberLookup((runtime.memberLookup((l_p), "retention")), "archived")) {
                                            var t_41;
                                            t_41 = (lineno = 27, colno = 54, runtime.callWrap(runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "retention")), "push"), "retention[\"push\"]", context, [(lineno = 27, colno = 56, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["register.archived"]))]));
                                            frame.set("_", t_41, true);
                                            if (frame.topLevel) {
                                                context.setVariable("_", t_41);
                                            }
                                            ;
                                        }
                                        var t_42;
                                        t_42 = [];
                                        frame.set("other", t_42, true);
                                        if (frame.topLevel) {
                                            context.setVariable("other", t_42);
                                        }
                                        if (frame.topLevel) {
                                            context.addExport("other", t_42);
                                        }
                                        frame = frame.push();
                                        var t_45 = runtime.memberLookup((l_p), "processors");
                                        if (t_45) {
                                            t_45 = runtime.fromIterator(t_45);
                                            var t_44 = t_45.length;
                                            for (var t_43 = 0; t_43 < t_45.length; t_43++) {
                                                var t_46 = t_45[t_43];
                                                frame.set("x", t_46);
                                                frame.set("loop.index", t_43 + 1);
                                                frame.set("loop.index0", t_43);
                                                frame.set("loop.revindex", t_44 - t_43);
                                                frame.set("loop.revindex0", t_44 - t_43 - 1);
                                                frame.set("loop.first", t_43 === 0);
                                                frame.set("loop.last", t_43 === t_44 - 1);
                                                frame.set("loop.length", t_44);
                                                var t_47;
                                                t_47 = (lineno = 29, colno = 48, runtime.callWrap(runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "other")), "push"), "other[\"push\"]", context, [(lineno = 29, colno = 50, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["register.processor", { "name": runtime.memberLookup((t_46), "name") }])) + ((runtime.memberLookup((t_46), "country") ? (" (" + runtime.memberLookup((t_46), "country") + ")") : "")) + ((runtime.memberLookup((t_46), "agreement") ? (lineno = 29, colno = 143, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["register.agreement", { "date": env.getFilter("date").call(context, runtime.memberLookup((t_46), "agreement")) }])) : (lineno = 29, colno = 215, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["register.noAgreement"])))) + ((runtime.memberLookup((t_46), "agreementReference") ? (", " + runtime.memberLookup((t_46), "agreementReference")) : ""))]));
                                                frame.set("_", t_47, true);
                                                if (frame.topLevel) {
                                                    context.setVariable("_", t_47);
                                                }
                                                ;
                                            }
                                        }
                                        frame = frame.pop();
                                        frame = frame.push();
                                        var t_50 = runtime.memberLookup((l_p), "agreements");
                                        if (t_50) {
                                            t_50 = runtime.fromIterator(t_50);
                                            var t_49 = t_50.length;
                                            for (var t_48 = 0; t_48 < t_50.length; t_48++) {
                                                var t_51 = t_50[t_48];
                                                frame.set("a", t_51);
                                                frame.set("loop.index", t_48 + 1);
                                                frame.set("loop.index0", t_48);
                                                frame.set("loop.revindex", t_49 - t_48);
                                                frame.set("loop.revindex0", t_49 - t_48 - 1);
                                                frame.set("loop.first", t_48 === 0);
                                                frame.set("loop.last", t_48 === t_49 - 1);
                                                frame.set("loop.length", t_49);
                                                var t_52;
                                                t_52 = (lineno = 30, colno = 48, runtime.callWrap(runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "other")), "push"), "other[\"push\"]", context, [(runtime.memberLookup((t_51), "restricted") ? (lineno = 30, colno = 50, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["processingRegister.agreementRestricted"])) : (lineno = 30, colno = 115, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["processingRegister.agreement", { "counterparty": runtime.memberLookup((t_51), "counterparty"), "type": env.getFilter("lower").call(context, runtime.memberLookup((t_51), "type")), "end": (runtime.memberLookup((t_51), "end") ? (env.getFilter("date").call(context, runtime.memberLookup((t_51), "end"))) : "none"), "reference": runtime.memberLookup((t_51), "reference") || "none" }])))]));
                                                frame.set("_", t_52, true);
                                                if (frame.topLevel) {
                                                    context.setVariable("_", t_52);
                                                }
                                                ;
                                            }
                                        }
                                        frame = frame.pop();
                                        if (runtime.memberLookup((runtime.memberLookup((l_p), "systems")), "length")) {
                                            var t_53;
                                            t_53 = (lineno = 31, colno = 46, runtime.callWrap(runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "other")), "push"), "other[\"push\"]", context, [(lineno = 31, colno = 48, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["register.systems", { "list": env.getFilter("join").call(context, runtime.memberLookup((l_p), "systems"), ", ") }]))]));
                                            frame.set("_", t_53, true);
                                            if (frame.topLevel) {
                                                context.setVariable("_", t_53);
                                            }
                                            ;
                                        }
                                        if (runtime.memberLookup((l_p), "dpia")) {
                                            var t_54;
                                            t_54 = (lineno = 32, colno = 36, runtime.callWrap(runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "other")), "push"), "other[\"push\"]", context, [(lineno = 32, colno = 38, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["register.dpia", { "status": env.getFilter("lower").call(context, runtime.memberLookup((runtime.memberLookup((l_p), "dpia")), "statusLabel")) }])) + ((runtime.memberLookup((runtime.memberLookup((l_p), "dpia")), "date") ? (" " + (env.getFilter("date").call(context, runtime.memberLookup((runtime.memberLookup((l_p), "dpia")), "date")))) : ""))]));
                                            frame.set("_", t_54, true);
                                            if (frame.topLevel) {
                                                context.setVariable("_", t_54);
                                            }
                                            ;
                                        }
                                        else {
                                            if (runtime.memberLookup((l_p), "dpiaNeeded")) {
                                                var t_55;
                                                t_55 = (lineno = 32, colno = 197, runtime.callWrap(runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "other")), "push"), "other[\"push\"]", context, [(lineno = 32, colno = 199, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["register.dpiaMissing"]))]));
                                                frame.set("_", t_55, true);
                                                if (frame.topLevel) {
                                                    context.setVariable("_", t_55);
                                                }
                                                ;
                                            }
                                            ;
                                        }
                                        if (runtime.memberLookup((l_p), "automatedDecisions")) {
                                            var t_56;
                                            t_56 = (lineno = 33, colno = 50, runtime.callWrap(runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "other")), "push"), "other[\"push\"]", context, [(lineno = 33, colno = 52, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["register.automated"]))]));
                                            frame.set("_", t_56, true);
                                            if (frame.topLevel) {
                                                context.setVariable("_", t_56);
                                            }
                                            ;
                                        }
                                        t_10 += "<tr><th scope=\"row\"";
                                        t_10 += runtime.suppressValue(env.getFilter("safe").call(context, runtime.contextOrFrameLookup(context, frame, "regAttr")), env.opts.autoescape);
                                        t_10 += ">";
                                        t_10 += runtime.suppressValue(runtime.memberLookup((l_p), "name"), env.opts.autoescape);
                                        t_10 += "</th><td>";
                                        t_10 += runtime.suppressValue((lineno = 34, colno = 73, runtime.callWrap(runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "m")), "bullets"), "m[\"bullets\"]", context, [runtime.memberLookup((l_p), "purposes")])), env.opts.autoescape);
                                        t_10 += "</td><td>";
                                        t_10 += runtime.suppressValue(env.getFilter("join").call(context, runtime.contextOrFrameLookup(context, frame, "basis"), "\n"), env.opts.autoescape);
                                        t_10 += "</td><td>";
                                        t_10 += runtime.suppressValue(env.getFilter("join").call(context, runtime.contextOrFrameLookup(context, frame, "subjects"), "\n"), env.opts.autoescape);
                                        t_10 += "</td><td>";
                                        t_10 += runtime.suppressValue(env.getFilter("join").call(context, runtime.contextOrFrameLookup(context, frame, "recipients"), "\n"), env.opts.autoescape);
                                        t_10 += "</td><td>";
                                        t_10 += runtime.suppressValue(env.getFilter("join").call(context, runtime.contextOrFrameLookup(context, frame, "retention"), "\n"), env.opts.autoescape);
                                        t_10 += "</td><td>";
                                        t_10 += runtime.suppressValue((lineno = 34, colno = 253, runtime.callWrap(runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "m")), "bullets"), "m[\"bullets\"]", context, [runtime.memberLookup((l_p), "securityMeasures")])), env.opts.autoescape);
                                        t_10 += "</td><td>";
                                        t_10 += runtime.suppressValue((runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "other")), "length") ? env.getFilter("join").call(context, runtime.contextOrFrameLookup(context, frame, "other"), "\n") : "–"), env.opts.autoescape);
                                        t_10 += "</td></tr>\n";
                                        ;
                                    }
                                    ;
                                    frame = callerFrame;
                                    return new runtime.SafeString(t_10);
                                });
                                context.addExport("row");
                                context.setVariable("row", macro_t_9);
                                output += "\n";
                                var macro_t_57 = runtime.makeMacro([], [], function (kwargs) {
                                    var callerFrame = frame;
                                    frame = new runtime.Frame();
                                    kwargs = kwargs || {};
                                    if (Object.prototype.hasOwnProperty.call(kwargs, "caller")) {
                                        frame.set("caller", kwargs.caller);
                                    }
                                    var t_58 = "";
                                    t_58 += "<thead>\n  <tr>\n    <th scope=\"col\" class=\"c-name\">";
                                    t_58 += runtime.suppressValue((lineno = 41, colno = 39, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["register.activity"])), env.opts.autoescape);
                                    t_58 += "</th>\n    <th scope=\"col\" class=\"c-purposes\">";
                                    t_58 += runtime.suppressValue((lineno = 42, colno = 43, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["register.purposes"])), env.opts.autoescape);
                                    t_58 += "</th>\n    <th scope=\"col\" class=\"c-basis\">";
                                    t_58 += runtime.suppressValue((lineno = 43, colno = 40, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["register.legalBasis"])), env.opts.autoescape);
                                    t_58 += "</th>\n    <th scope=\"col\" class=\"c-subjects\">";
                                    t_58 += runtime.suppressValue((lineno = 44, colno = 43, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["register.subjectsColumn"])), env.opts.autoescape);
                                    t_58 += "</th>\n    <th scope=\"col\" class=\"c-recipients\">";
                                    t_58 += runtime.suppressValue((lineno = 45, colno = 45, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["register.recipientsColumn"])), env.opts.autoescape);
                                    t_58 += "</th>\n    <th scope=\"col\" class=\"c-retention\">";
                                    t_58 += runtime.suppressValue((lineno = 46, colno = 44, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["register.erasure"])), env.opts.autoescape);
                                    t_58 += "</th>\n    <th scope=\"col\" class=\"c-measures\">";
                                    t_58 += runtime.suppressValue((lineno = 47, colno = 43, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["register.measures"])), env.opts.autoescape);
                                    t_58 += "</th>\n    <th scope=\"col\">";
                                    t_58 += runtime.suppressValue((lineno = 48, colno = 24, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["register.otherColumn"])), env.opts.autoescape);
                                    t_58 += "</th>\n  </tr>\n</thead>\n";
                                    ;
                                    frame = callerFrame;
                                    return new runtime.SafeString(t_58);
                                });
                                context.addExport("head");
                                context.setVariable("head", macro_t_57);
                                output += "\n";
                                (parentTemplate ? function (e, c, f, r, cb) { cb(""); } : context.getBlock("content"))(env, context, frame, runtime, function (t_60, t_59) {
                                    if (t_60) {
                                        cb(t_60);
                                        return;
                                    }
                                    output += t_59;
                                    if (parentTemplate) {
                                        parentTemplate.rootRenderFunc(env, context, frame, runtime, cb);
                                    }
                                    else {
                                        cb(null, output);
                                    }
                                });
                            });
                        });
                    });
                }
                catch (e) {
                    cb(runtime.handleError(e, lineno, colno));
                }
            }
            function b_content(env, context, frame, runtime, cb) {
                var lineno = 53;
                var colno = 3;
                var output = "";
                try {
                    var frame = frame.push(true);
                    output += "<header class=\"doc-head\">\n  <p class=\"doc-kind\">";
                    output += runtime.suppressValue((lineno = 55, colno = 26, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["register.kind"])), env.opts.autoescape);
                    output += "</p>\n  <h1>";
                    output += runtime.suppressValue(runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "doc")), "title"), env.opts.autoescape);
                    output += "</h1>\n  ";
                    output += runtime.suppressValue((lineno = 57, colno = 11, runtime.callWrap(runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "m")), "meta"), "m[\"meta\"]", context, [[[(lineno = 58, colno = 6, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["register.controller"])), runtime.memberLookup((runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "g")), "board")), "name")], [(lineno = 59, colno = 6, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["register.dailyResponsibility"])), (runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "g")), "delegatedTo") ? runtime.memberLookup((runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "g")), "delegatedTo")), "role") + ((runtime.memberLookup((runtime.memberLookup((runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "g")), "delegatedTo")), "emails")), "length") ? (" (" + (env.getFilter("join").call(context, runtime.memberLookup((runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "g")), "delegatedTo")), "emails"), ", ")) + ")") : "")) : "")], [(lineno = 60, colno = 6, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["register.contact"])), runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "g")), "contact")], [(lineno = 61, colno = 6, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["register.dpo"])), (runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "g")), "dpo") ? (runtime.memberLookup((runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "g")), "dpo")), "role") + ((runtime.memberLookup((runtime.memberLookup((runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "g")), "dpo")), "emails")), "length") ? " – " + (env.getFilter("join").call(context, runtime.memberLookup((runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "g")), "dpo")), "emails"), ", ")) : ""))) : "")], [(lineno = 62, colno = 6, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["date"])), env.getFilter("longdate").call(context, runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "doc")), "date"))], [(lineno = 63, colno = 6, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["registrationNumber"])), runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "doc")), "registrationNumber")], [(lineno = 64, colno = 6, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["register.count"])), runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "g")), "total")]]])), env.opts.autoescape);
                    output += "\n</header>\n\n<p>";
                    output += runtime.suppressValue((lineno = 68, colno = 7, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["register.intro", { "board": env.getFilter("insentence").call(context, runtime.memberLookup((runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "g")), "board")), "name")), "who": runtime.contextOrFrameLookup(context, frame, "who") }])), env.opts.autoescape);
                    if (runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "g")), "restrictedCount")) {
                        output += " ";
                        output += runtime.suppressValue((lineno = 68, colno = 105, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["register.restricted", { "n": runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "g")), "restrictedCount") }])), env.opts.autoescape);
                        ;
                    }
                    output += " ";
                    output += runtime.suppressValue((lineno = 68, colno = 171, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["register.csv"])), env.opts.autoescape);
                    output += "</p>\n\n<h2>";
                    output += runtime.suppressValue((lineno = 70, colno = 8, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["register.asController", { "who": runtime.contextOrFrameLookup(context, frame, "who") }])), env.opts.autoescape);
                    output += "</h2>\n";
                    if (runtime.memberLookup((runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "g")), "controllerRows")), "length")) {
                        frame = frame.push();
                        var t_63 = env.getFilter("batch").call(context, runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "g")), "controllerRows"), 100);
                        if (t_63) {
                            t_63 = runtime.fromIterator(t_63);
                            var t_62 = t_63.length;
                            for (var t_61 = 0; t_61 < t_63.length; t_61++) {
                                var t_64 = t_63[t_61];
                                frame.set("part", t_64);
                                frame.set("loop.index", t_61 + 1);
                                frame.set("loop.index0", t_61);
                                frame.set("loop.revindex", t_62 - t_61);
                                frame.set("loop.revindex0", t_62 - t_61 - 1);
                                frame.set("loop.first", t_61 === 0);
                                frame.set("loop.last", t_61 === t_62 - 1);
                                frame.set("loop.length", t_62);
                                output += "<table class=\"fixed register\">\n";
                                if (runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "loop")), "first")) {
                                    output += "<caption>";
                                    output += runtime.suppressValue((lineno = 74, colno = 34, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["register.captionController"])), env.opts.autoescape);
                                    output += "</caption>";
                                    ;
                                }
                                output += "  ";
                                output += runtime.suppressValue((lineno = 75, colno = 9, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "head"), "head", context, [])), env.opts.autoescape);
                                output += "\n  <tbody>\n";
                                frame = frame.push();
                                var t_67 = t_64;
                                if (t_67) {
                                    t_67 = runtime.fromIterator(t_67);
                                    var t_66 = t_67.length;
                                    for (var t_65 = 0; t_65 < t_67.length; t_65++) {
                                        var t_68 = t_67[t_65];
                                        frame.set("p", t_68);
                                        frame.set("loop.index", t_65 + 1);
                                        frame.set("loop.index0", t_65);
                                        frame.set("loop.revindex", t_66 - t_65);
                                        frame.set("loop.revindex0", t_66 - t_65 - 1);
                                        frame.set("loop.first", t_65 === 0);
                                        frame.set("loop.last", t_65 === t_66 - 1);
                                        frame.set("loop.length", t_66);
                                        output += runtime.suppressValue((lineno = 77, colno = 27, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "row"), "row", context, [t_68])), env.opts.autoescape);
                                        ;
                                    }
                                }
                                frame = frame.pop();
                                output += "  </tbody>\n</table>\n";
                                ;
                            }
                        }
                        frame = frame.pop();
                        ;
                    }
                    else {
                        output += "<p class=\"placeholder\">";
                        output += runtime.suppressValue((lineno = 82, colno = 27, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["register.none", { "board": env.getFilter("insentence").call(context, runtime.memberLookup((runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "g")), "board")), "name")) }])), env.opts.autoescape);
                        output += "</p>\n";
                        ;
                    }
                    output += "\n<h2>";
                    output += runtime.suppressValue((lineno = 85, colno = 8, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["register.asProcessor", { "who": runtime.contextOrFrameLookup(context, frame, "who") }])), env.opts.autoescape);
                    output += "</h2>\n";
                    if (runtime.memberLookup((runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "g")), "processorRows")), "length")) {
                        frame = frame.push();
                        var t_71 = env.getFilter("batch").call(context, runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "g")), "processorRows"), 100);
                        if (t_71) {
                            t_71 = runtime.fromIterator(t_71);
                            var t_70 = t_71.length;
                            for (var t_69 = 0; t_69 < t_71.length; t_69++) {
                                var t_72 = t_71[t_69];
                                frame.set("part", t_72);
                                frame.set("loop.index", t_69 + 1);
                                frame.set("loop.index0", t_69);
                                frame.set("loop.revindex", t_70 - t_69);
                                frame.set("loop.revindex0", t_70 - t_69 - 1);
                                frame.set("loop.first", t_69 === 0);
                                frame.set("loop.last", t_69 === t_70 - 1);
                                frame.set("loop.length", t_70);
                                output += "<table class=\"fixed register served\">\n";
                                if (runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "loop")), "first")) {
                                    output += "<caption>";
                                    output += runtime.suppressValue((lineno = 89, colno = 34, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["register.captionProcessor"])), env.opts.autoescape);
                                    output += "</caption>";
                                    ;
                                }
                                output += "  <thead>\n    <tr>\n      <th scope=\"col\" class=\"c-name\">";
                                output += runtime.suppressValue((lineno = 92, colno = 41, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["register.activity"])), env.opts.autoescape);
                                output += "</th>\n      <th scope=\"col\" class=\"c-controllers\">";
                                output += runtime.suppressValue((lineno = 93, colno = 48, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["register.controllers"])), env.opts.autoescape);
                                output += "</th>\n      <th scope=\"col\" class=\"c-purposes\">";
                                output += runtime.suppressValue((lineno = 94, colno = 45, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["register.categories"])), env.opts.autoescape);
                                output += "</th>\n      <th scope=\"col\" class=\"c-transfers\">";
                                output += runtime.suppressValue((lineno = 95, colno = 46, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["register.transfers"])), env.opts.autoescape);
                                output += "</th>\n      <th scope=\"col\">";
                                output += runtime.suppressValue((lineno = 96, colno = 26, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["register.measures"])), env.opts.autoescape);
                                output += "</th>\n    </tr>\n  </thead>\n  <tbody>\n";
                                frame = frame.push();
                                var t_75 = t_72;
                                if (t_75) {
                                    t_75 = runtime.fromIterator(t_75);
                                    var t_74 = t_75.length;
                                    for (var t_73 = 0; t_73 < t_75.length; t_73++) {
                                        var t_76 = t_75[t_73];
                                        frame.set("p", t_76);
                                        frame.set("loop.index", t_73 + 1);
                                        frame.set("loop.index0", t_73);
                                        frame.set("loop.revindex", t_74 - t_73);
                                        frame.set("loop.revindex0", t_74 - t_73 - 1);
                                        frame.set("loop.first", t_73 === 0);
                                        frame.set("loop.last", t_73 === t_74 - 1);
                                        frame.set("loop.length", t_74);
                                        if (runtime.memberLookup((t_76), "restricted")) {
                                            output += "    <tr><th scope=\"row\"";
                                            output += runtime.suppressValue(env.getFilter("safe").call(context, runtime.contextOrFrameLookup(context, frame, "regAttr")), env.opts.autoescape);
                                            output += ">";
                                            output += runtime.suppressValue(runtime.memberLookup((t_76), "name"), env.opts.autoescape);
                                            output += "</th><td colspan=\"4\">";
                                            output += runtime.suppressValue((lineno = 102, colno = 92, runtime.callWrap(runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "m")), "restricted"), "m[\"restricted\"]", context, [])), env.opts.autoescape);
                                            output += "</td></tr>\n";
                                            ;
                                        }
                                        else {
                                            var t_77;
                                            t_77 = [];
                                            frame.set("served", t_77, true);
                                            if (frame.topLevel) {
                                                context.setVariable("served", t_77);
                                            }
                                            if (frame.topLevel) {
                                                context.addExport("served", t_77);
                                            }
                                            frame = frame.push();
                                            var t_80 = runtime.memberLookup((t_76), "controllersServed");
                                            if (t_80) {
                                                t_80 = runtime.fromIterator(t_80);
                                                var t_79 = t_80.length;
                                                for (var t_78 = 0; t_78 < t_80.length; t_78++) {
                                                    var t_81 = t_80[t_78];
                                                    frame.set("c", t_81);
                                                    frame.set("loop.index", t_78 + 1);
                                                    frame.set("loop.index0", t_78);
                                                    frame.set("loop.revindex", t_79 - t_78);
                                                    frame.set("loop.revindex0", t_79 - t_78 - 1);
                                                    frame.set("loop.first", t_78 === 0);
                                                    frame.set("loop.last", t_78 === t_79 - 1);
                                                    frame.set("loop.length", t_79);
                                                    var t_82;
                                                    t_82 = (lineno = 104, colno = 81, runtime.callWrap(runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "served")), "push"), "served[\"push\"]", context, [runtime.memberLookup((t_81), "name") + ((runtime.memberLookup((t_81), "contact") ? (" (" + runtime.memberLookup((t_81), "contact") + ")") : ""))]));
                                                    frame.set("_", t_82, true);
                                                    if (frame.topLevel) {
                                                        context.setVariable("_", t_82);
                                                    }
                                                    ;
                                                }
                                            }
                                            frame = frame.pop();
                                            var t_83;
                                            t_83 = [];
                                            frame.set("transfers", t_83, true);
                                            if (frame.topLevel) {
                                                context.setVariable("transfers", t_83);
                                            }
                                            if (frame.topLevel) {
                                                context.addExport("transfers", t_83);
                                            }
                                            frame = frame.push();
                                            var t_86 = runtime.memberLookup((t_76), "transfers");
                                            if (t_86) {
                                                t_86 = runtime.fromIterator(t_86);
                                                var t_85 = t_86.length;
                                                for (var t_84 = 0; t_84 < t_86.length; t_84++) {
                                                    var t_87 = t_86[t_84];
                                                    frame.set("tr", t_87);
                                                    frame.set("loop.index", t_84 + 1);
                                                    frame.set("loop.index0", t_84);
                                                    frame.set("loop.revindex", t_85 - t_84);
                                                    frame.set("loop.revindex0", t_85 - t_84 - 1);
                                                    frame.set("loop.first", t_84 === 0);
                                                    frame.set("loop.last", t_84 === t_85 - 1);
                                                    frame.set("loop.length", t_85);
                                                    var t_88;
                                                    t_88 = (lineno = 105, colno = 80, runtime.callWrap(runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "transfers")), "push"), "transfers[\"push\"]", context, [runtime.memberLookup((t_87), "country") + " – " + runtime.memberLookup((t_87), "safeguard")]));
                                                    frame.set("_", t_88, true);
                                                    if (frame.topLevel) {
                                                        context.setVariable("_", t_88);
                                                    }
                                                    ;
                                                }
                                            }
                                            frame = frame.pop();
                                            output += "    <tr><th scope=\"row\"";
                                            output += runtime.suppressValue(env.getFilter("safe").call(context, runtime.contextOrFrameLookup(context, frame, "regAttr")), env.opts.autoescape);
                                            output += ">";
                                            output += runtime.suppressValue(runtime.memberLookup((t_76), "name"), env.opts.autoescape);
                                            output += "</th><td>";
                                            output += runtime.suppressValue((runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "served")), "length") ? env.getFilter("join").call(context, runtime.contextOrFrameLookup(context, frame, "served"), "\n") : "–"), env.opts.autoescape);
                                            output += "</td><td>";
                                            output += runtime.suppressValue((lineno = 106, colno = 137, runtime.callWrap(runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "m")), "bullets"), "m[\"bullets\"]", context, [runtime.memberLookup((t_76), "purposes")])), env.opts.autoescape);
                                            output += "</td><td>";
                                            output += runtime.suppressValue((runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "transfers")), "length") ? env.getFilter("join").call(context, runtime.contextOrFrameLookup(context, frame, "transfers"), "\n") : (lineno = 106, colno = 213, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["register.noTransfers"]))), env.opts.autoescape);
                                            output += "</td><td>";
                                            output += runtime.suppressValue((lineno = 106, colno = 261, runtime.callWrap(runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "m")), "bullets"), "m[\"bullets\"]", context, [runtime.memberLookup((t_76), "securityMeasures")])), env.opts.autoescape);
                                            output += "</td></tr>\n";
                                            ;
                                        }
                                        ;
                                    }
                                }
                                frame = frame.pop();
                                output += "  </tbody>\n</table>\n";
                                ;
                            }
                        }
                        frame = frame.pop();
                        ;
                    }
                    else {
                        output += "<p>";
                        output += runtime.suppressValue((lineno = 113, colno = 7, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["register.noProcessing", { "who": (runtime.memberLookup((runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "g")), "board")), "organisation") ? runtime.memberLookup((runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "g")), "board")), "name") : (lineno = 113, colno = 82, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["register.theBoardStart"]))) }])), env.opts.autoescape);
                        output += "</p>\n";
                        ;
                    }
                    cb(null, output);
                    ;
                }
                catch (e) {
                    cb(runtime.handleError(e, lineno, colno));
                }
            }
            return {
                b_content: b_content,
                root: root
            };
        } },
    "risk-report.njk": { sha256: "14b34597d0ca7d9e162cdf8ea8d4815c6c320486b76beaa4b73e2ed7872eeeb4", code: function () {
            function root(env, context, frame, runtime, cb) {
                var lineno = 0;
                var colno = 0;
                var output = "";
                try {
                    var parentTemplate = null;
                    env.getTemplate("layout.njk", true, "risk-report.njk", false, function (t_3, t_2) {
                        if (t_3) {
                            cb(t_3);
                            return;
                        }
                        parentTemplate = t_2;
                        for (var t_1 in parentTemplate.blocks) {
                            context.addBlock(t_1, parentTemplate.blocks[t_1]);
                        }
                        var t_4;
                        t_4 = runtime.contextOrFrameLookup(context, frame, "risk");
                        frame.set("r", t_4, true);
                        if (frame.topLevel) {
                            context.setVariable("r", t_4);
                        }
                        if (frame.topLevel) {
                            context.addExport("r", t_4);
                        }
                        var t_5;
                        t_5 = runtime.contextOrFrameLookup(context, frame, "regAttr");
                        frame.set("rl", t_5, true);
                        if (frame.topLevel) {
                            context.setVariable("rl", t_5);
                        }
                        if (frame.topLevel) {
                            context.addExport("rl", t_5);
                        }
                        var macro_t_6 = runtime.makeMacro(["actions"], [], function (l_actions, kwargs) {
                            var callerFrame = frame;
                            frame = new runtime.Frame();
                            kwargs = kwargs || {};
                            if (Object.prototype.hasOwnProperty.call(kwargs, "caller")) {
                                frame.set("caller", kwargs.caller);
                            }
                            frame.set("actions", l_actions);
                            var t_7 = "";
                            frame = frame.push();
                            var t_10 = l_actions;
                            if (t_10) {
                                t_10 = runtime.fromIterator(t_10);
                                var t_9 = t_10.length;
                                for (var t_8 = 0; t_8 < t_10.length; t_8++) {
                                    var t_11 = t_10[t_8];
                                    frame.set("a", t_11);
                                    frame.set("loop.index", t_8 + 1);
                                    frame.set("loop.index0", t_8);
                                    frame.set("loop.revindex", t_9 - t_8);
                                    frame.set("loop.revindex0", t_9 - t_8 - 1);
                                    frame.set("loop.first", t_8 === 0);
                                    frame.set("loop.last", t_8 === t_9 - 1);
                                    frame.set("loop.length", t_9);
                                    t_7 += runtime.suppressValue(runtime.memberLookup((t_11), "title"), env.opts.autoescape);
                                    t_7 += " (";
                                    t_7 += runtime.suppressValue(runtime.memberLookup((t_11), "owner"), env.opts.autoescape);
                                    t_7 += ", ";
                                    t_7 += runtime.suppressValue(runtime.memberLookup((t_11), "dueText") || (lineno = 7, colno = 71, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "msg"), "msg", context, ["riskdoc.undated"])), env.opts.autoescape);
                                    t_7 += ", ";
                                    t_7 += runtime.suppressValue(env.getFilter("lower").call(context, runtime.memberLookup((t_11), "statusLabel")), env.opts.autoescape);
                                    if (runtime.memberLookup((t_11), "overdue")) {
                                        t_7 += ", <span class=\"flag\">";
                                        t_7 += runtime.suppressValue((lineno = 7, colno = 167, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "msg"), "msg", context, ["riskdoc.overdue"])), env.opts.autoescape);
                                        t_7 += "</span>";
                                        ;
                                    }
                                    t_7 += ")";
                                    if (!runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "loop")), "last")) {
                                        t_7 += "<br>";
                                        ;
                                    }
                                    ;
                                }
                            }
                            frame = frame.pop();
                            ;
                            frame = callerFrame;
                            return new runtime.SafeString(t_7);
                        });
                        context.addExport("actionList");
                        context.setVariable("actionList", macro_t_6);
                        (parentTemplate ? function (e, c, f, r, cb) { cb(""); } : context.getBlock("content"))(env, context, frame, runtime, function (t_13, t_12) {
                            if (t_13) {
                                cb(t_13);
                                return;
                            }
                            output += t_12;
                            if (parentTemplate) {
                                parentTemplate.rootRenderFunc(env, context, frame, runtime, cb);
                            }
                            else {
                                cb(null, output);
                            }
                        });
                    });
                }
                catch (e) {
                    cb(runtime.handleError(e, lineno, colno));
                }
            }
            function b_content(env, context, frame, runtime, cb) {
                var lineno = 9;
                var colno = 3;
                var output = "";
                try {
                    var frame = frame.push(true);
                    output += "<header class=\"doc-head\">\n  <p class=\"doc-kind\">";
                    output += runtime.suppressValue((lineno = 11, colno = 28, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "msg"), "msg", context, ["riskdoc.report.kind"])), env.opts.autoescape);
                    output += "</p>\n  <h1>";
                    output += runtime.suppressValue(runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "doc")), "title"), env.opts.autoescape);
                    output += "</h1>\n  <dl class=\"doc-meta\">\n    <div><dt>";
                    output += runtime.suppressValue((lineno = 14, colno = 19, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "msg"), "msg", context, ["riskdoc.to"])), env.opts.autoescape);
                    output += "</dt><dd>";
                    output += runtime.suppressValue(runtime.memberLookup((runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "doc")), "board")), "name"), env.opts.autoescape);
                    output += "</dd></div>\n    <div><dt>";
                    output += runtime.suppressValue((lineno = 15, colno = 19, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "msg"), "msg", context, ["riskdoc.asOf"])), env.opts.autoescape);
                    output += "</dt><dd>";
                    output += runtime.suppressValue(env.getFilter("longdate").call(context, runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "doc")), "date")), env.opts.autoescape);
                    output += "</dd></div>\n  </dl>\n</header>\n\n<p class=\"lead\">";
                    output += runtime.suppressValue(runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "r")), "lead"), env.opts.autoescape);
                    output += "</p>\n";
                    if (runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "r")), "restrictedCount")) {
                        output += "<p class=\"callout\">";
                        output += runtime.suppressValue(runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "r")), "restrictedNote"), env.opts.autoescape);
                        output += "</p>";
                        ;
                    }
                    output += "\n<h2>";
                    output += runtime.suppressValue((lineno = 22, colno = 10, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "msg"), "msg", context, ["riskdoc.report.analyses"])), env.opts.autoescape);
                    output += "</h2>\n";
                    if (runtime.memberLookup((runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "r")), "analyses")), "length")) {
                        output += "<table>\n  <thead><tr><th scope=\"col\">";
                        output += runtime.suppressValue((lineno = 25, colno = 35, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "msg"), "msg", context, ["riskdoc.report.analysis"])), env.opts.autoescape);
                        output += "</th><th scope=\"col\">";
                        output += runtime.suppressValue((lineno = 25, colno = 92, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "msg"), "msg", context, ["riskdoc.report.object"])), env.opts.autoescape);
                        output += "</th><th scope=\"col\">";
                        output += runtime.suppressValue((lineno = 25, colno = 147, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "msg"), "msg", context, ["riskdoc.report.done"])), env.opts.autoescape);
                        output += "</th><th scope=\"col\">";
                        output += runtime.suppressValue((lineno = 25, colno = 200, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "msg"), "msg", context, ["riskdoc.report.nextReview"])), env.opts.autoescape);
                        output += "</th><th scope=\"col\" class=\"num\">";
                        output += runtime.suppressValue((lineno = 25, colno = 271, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "msg"), "msg", context, ["riskdoc.report.scenarioCount"])), env.opts.autoescape);
                        output += "</th></tr></thead>\n  <tbody>\n";
                        frame = frame.push();
                        var t_16 = runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "r")), "analyses");
                        if (t_16) {
                            t_16 = runtime.fromIterator(t_16);
                            var t_15 = t_16.length;
                            for (var t_14 = 0; t_14 < t_16.length; t_14++) {
                                var t_17 = t_16[t_14];
                                frame.set("a", t_17);
                                frame.set("loop.index", t_14 + 1);
                                frame.set("loop.index0", t_14);
                                frame.set("loop.revindex", t_15 - t_14);
                                frame.set("loop.revindex0", t_15 - t_14 - 1);
                                frame.set("loop.first", t_14 === 0);
                                frame.set("loop.last", t_14 === t_15 - 1);
                                frame.set("loop.length", t_15);
                                output += "    <tr><th scope=\"row\"";
                                output += runtime.suppressValue(env.getFilter("safe").call(context, runtime.contextOrFrameLookup(context, frame, "rl")), env.opts.autoescape);
                                output += ">";
                                output += runtime.suppressValue(runtime.memberLookup((t_17), "title"), env.opts.autoescape);
                                output += "</th><td";
                                output += runtime.suppressValue(env.getFilter("safe").call(context, runtime.contextOrFrameLookup(context, frame, "rl")), env.opts.autoescape);
                                output += ">";
                                output += runtime.suppressValue(runtime.memberLookup((t_17), "object"), env.opts.autoescape);
                                output += "</td><td class=\"nowrap\">";
                                output += runtime.suppressValue(env.getFilter("date").call(context, runtime.memberLookup((t_17), "date")), env.opts.autoescape);
                                output += "</td><td class=\"nowrap\">";
                                output += runtime.suppressValue(env.getFilter("date").call(context, runtime.memberLookup((t_17), "nextReview")), env.opts.autoescape);
                                if (runtime.memberLookup((t_17), "overdue")) {
                                    output += " <span class=\"flag\">";
                                    output += runtime.suppressValue((lineno = 28, colno = 226, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "msg"), "msg", context, ["riskdoc.overdue"])), env.opts.autoescape);
                                    output += "</span>";
                                    ;
                                }
                                output += "</td><td class=\"num\">";
                                output += runtime.suppressValue(runtime.memberLookup((t_17), "scenarios"), env.opts.autoescape);
                                output += "</td></tr>\n";
                                ;
                            }
                        }
                        frame = frame.pop();
                        output += "  </tbody>\n</table>\n";
                        ;
                    }
                    else {
                        if (runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "r")), "allRestricted")) {
                            output += "<p>";
                            output += runtime.suppressValue((lineno = 33, colno = 9, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "msg"), "msg", context, ["riskdoc.report.allRestricted"])), env.opts.autoescape);
                            output += "</p>\n";
                            ;
                        }
                        else {
                            output += "<p>";
                            output += runtime.suppressValue((lineno = 35, colno = 9, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "msg"), "msg", context, ["riskdoc.report.none"])), env.opts.autoescape);
                            output += "</p>\n";
                            ;
                        }
                        ;
                    }
                    output += "\n<h2>";
                    output += runtime.suppressValue((lineno = 38, colno = 10, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "msg"), "msg", context, ["riskdoc.report.matrix"])), env.opts.autoescape);
                    output += "</h2>\n<p class=\"legend\">";
                    output += runtime.suppressValue(runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "r")), "legend"), env.opts.autoescape);
                    output += " ";
                    frame = frame.push();
                    var t_20 = runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "r")), "scales");
                    if (t_20) {
                        t_20 = runtime.fromIterator(t_20);
                        var t_19 = t_20.length;
                        for (var t_18 = 0; t_18 < t_20.length; t_18++) {
                            var t_21 = t_20[t_18];
                            frame.set("s", t_21);
                            frame.set("loop.index", t_18 + 1);
                            frame.set("loop.index0", t_18);
                            frame.set("loop.revindex", t_19 - t_18);
                            frame.set("loop.revindex0", t_19 - t_18 - 1);
                            frame.set("loop.first", t_18 === 0);
                            frame.set("loop.last", t_18 === t_19 - 1);
                            frame.set("loop.length", t_19);
                            output += runtime.suppressValue(t_21, env.opts.autoescape);
                            output += " ";
                            ;
                        }
                    }
                    frame = frame.pop();
                    output += "</p>\n";
                    frame = frame.push();
                    var t_24 = runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "r")), "matrices");
                    if (t_24) {
                        t_24 = runtime.fromIterator(t_24);
                        var t_23 = t_24.length;
                        for (var t_22 = 0; t_22 < t_24.length; t_22++) {
                            var t_25 = t_24[t_22];
                            frame.set("mx", t_25);
                            frame.set("loop.index", t_22 + 1);
                            frame.set("loop.index0", t_22);
                            frame.set("loop.revindex", t_23 - t_22);
                            frame.set("loop.revindex0", t_23 - t_22 - 1);
                            frame.set("loop.first", t_22 === 0);
                            frame.set("loop.last", t_22 === t_23 - 1);
                            frame.set("loop.length", t_23);
                            output += "<h3>";
                            output += runtime.suppressValue(runtime.memberLookup((t_25), "title"), env.opts.autoescape);
                            output += "</h3>\n<figure>\n  ";
                            output += runtime.suppressValue(env.getFilter("safe").call(context, runtime.memberLookup((t_25), "svg")), env.opts.autoescape);
                            output += "\n  <figcaption><strong>";
                            output += runtime.suppressValue((lineno = 44, colno = 28, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "msg"), "msg", context, ["riskdoc.report.matrix"])), env.opts.autoescape);
                            output += "</strong>, ";
                            output += runtime.suppressValue(env.getFilter("lower").call(context, runtime.memberLookup((t_25), "title")), env.opts.autoescape);
                            output += ".</figcaption>\n</figure>\n<table class=\"matrix-table\">\n  <caption>";
                            output += runtime.suppressValue((lineno = 47, colno = 17, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "msg"), "msg", context, ["riskdoc.report.matrixTable"])), env.opts.autoescape);
                            output += "</caption>\n  <thead><tr><th scope=\"col\">";
                            output += runtime.suppressValue((lineno = 48, colno = 35, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "msg"), "msg", context, ["riskdoc.likelihood"])), env.opts.autoescape);
                            output += " \\ ";
                            output += runtime.suppressValue(env.getFilter("lower").call(context, (lineno = 48, colno = 69, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "msg"), "msg", context, ["riskdoc.consequence"]))), env.opts.autoescape);
                            output += "</th>";
                            frame = frame.push();
                            var t_28 = runtime.memberLookup((t_25), "head");
                            if (t_28) {
                                t_28 = runtime.fromIterator(t_28);
                                var t_27 = t_28.length;
                                for (var t_26 = 0; t_26 < t_28.length; t_26++) {
                                    var t_29 = t_28[t_26];
                                    frame.set("h", t_29);
                                    frame.set("loop.index", t_26 + 1);
                                    frame.set("loop.index0", t_26);
                                    frame.set("loop.revindex", t_27 - t_26);
                                    frame.set("loop.revindex0", t_27 - t_26 - 1);
                                    frame.set("loop.first", t_26 === 0);
                                    frame.set("loop.last", t_26 === t_27 - 1);
                                    frame.set("loop.length", t_27);
                                    output += "<th scope=\"col\" class=\"num\">";
                                    output += runtime.suppressValue(t_29, env.opts.autoescape);
                                    output += "</th>";
                                    ;
                                }
                            }
                            frame = frame.pop();
                            output += "</tr></thead>\n  <tbody>\n";
                            frame = frame.push();
                            var t_32 = runtime.memberLookup((t_25), "rows");
                            if (t_32) {
                                t_32 = runtime.fromIterator(t_32);
                                var t_31 = t_32.length;
                                for (var t_30 = 0; t_30 < t_32.length; t_30++) {
                                    var t_33 = t_32[t_30];
                                    frame.set("row", t_33);
                                    frame.set("loop.index", t_30 + 1);
                                    frame.set("loop.index0", t_30);
                                    frame.set("loop.revindex", t_31 - t_30);
                                    frame.set("loop.revindex0", t_31 - t_30 - 1);
                                    frame.set("loop.first", t_30 === 0);
                                    frame.set("loop.last", t_30 === t_31 - 1);
                                    frame.set("loop.length", t_31);
                                    output += "    <tr><th scope=\"row\">";
                                    output += runtime.suppressValue(runtime.memberLookup((t_33), "label"), env.opts.autoescape);
                                    output += "</th>";
                                    frame = frame.push();
                                    var t_36 = runtime.memberLookup((t_33), "cells");
                                    if (t_36) {
                                        t_36 = runtime.fromIterator(t_36);
                                        var t_35 = t_36.length;
                                        for (var t_34 = 0; t_34 < t_36.length; t_34++) {
                                            var t_37 = t_36[t_34];
                                            frame.set("c", t_37);
                                            frame.set("loop.index", t_34 + 1);
                                            frame.set("loop.index0", t_34);
                                            frame.set("loop.revindex", t_35 - t_34);
                                            frame.set("loop.revindex0", t_35 - t_34 - 1);
                                            frame.set("loop.first", t_34 === 0);
                                            frame.set("loop.last", t_34 === t_35 - 1);
                                            frame.set("loop.length", t_35);
                                            output += "<td class=\"num";
                                            if (runtime.memberLookup((t_37), "above")) {
                                                output += " below";
                                                ;
                                            }
                                            output += "\">";
                                            if (runtime.memberLookup((t_37), "above")) {
                                                output += "<strong>";
                                                output += runtime.suppressValue((lineno = 51, colno = 147, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "msg"), "msg", context, ["riskdoc.report.cellText", { "level": runtime.memberLookup((t_37), "level"), "n": runtime.memberLookup((t_37), "count") }])), env.opts.autoescape);
                                                output += "</strong>";
                                                ;
                                            }
                                            else {
                                                output += runtime.suppressValue((lineno = 51, colno = 232, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "msg"), "msg", context, ["riskdoc.report.cellText", { "level": runtime.memberLookup((t_37), "level"), "n": runtime.memberLookup((t_37), "count") }])), env.opts.autoescape);
                                                ;
                                            }
                                            output += "</td>";
                                            ;
                                        }
                                    }
                                    frame = frame.pop();
                                    output += "</tr>\n";
                                    ;
                                }
                            }
                            frame = frame.pop();
                            output += "  </tbody>\n</table>\n";
                            ;
                        }
                    }
                    frame = frame.pop();
                    output += "\n<h2>";
                    output += runtime.suppressValue((lineno = 57, colno = 10, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "msg"), "msg", context, ["riskdoc.report.above"])), env.opts.autoescape);
                    output += "</h2>\n";
                    if (runtime.memberLookup((runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "r")), "above")), "length")) {
                        output += "<table style=\"table-layout: fixed; width: 100%\">\n  <colgroup><col style=\"width: 15%\"><col style=\"width: 37%\"><col style=\"width: 13%\"><col style=\"width: 35%\"></colgroup>\n  <thead><tr><th scope=\"col\">";
                        output += runtime.suppressValue((lineno = 61, colno = 35, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "msg"), "msg", context, ["riskdoc.report.risk"])), env.opts.autoescape);
                        output += "</th><th scope=\"col\">";
                        output += runtime.suppressValue((lineno = 61, colno = 88, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "msg"), "msg", context, ["riskdoc.report.threat"])), env.opts.autoescape);
                        output += "</th><th scope=\"col\">";
                        output += runtime.suppressValue((lineno = 61, colno = 143, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "msg"), "msg", context, ["riskdoc.report.levels"])), env.opts.autoescape);
                        output += "</th><th scope=\"col\">";
                        output += runtime.suppressValue((lineno = 61, colno = 198, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "msg"), "msg", context, ["riskdoc.report.treatment"])), env.opts.autoescape);
                        output += "</th></tr></thead>\n  <tbody>\n";
                        frame = frame.push();
                        var t_40 = runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "r")), "above");
                        if (t_40) {
                            t_40 = runtime.fromIterator(t_40);
                            var t_39 = t_40.length;
                            for (var t_38 = 0; t_38 < t_40.length; t_38++) {
                                var t_41 = t_40[t_38];
                                frame.set("s", t_41);
                                frame.set("loop.index", t_38 + 1);
                                frame.set("loop.index0", t_38);
                                frame.set("loop.revindex", t_39 - t_38);
                                frame.set("loop.revindex0", t_39 - t_38 - 1);
                                frame.set("loop.first", t_38 === 0);
                                frame.set("loop.last", t_38 === t_39 - 1);
                                frame.set("loop.length", t_39);
                                output += "    <tr>\n      <th scope=\"row\"";
                                output += runtime.suppressValue(env.getFilter("safe").call(context, runtime.contextOrFrameLookup(context, frame, "rl")), env.opts.autoescape);
                                output += ">";
                                output += runtime.suppressValue(runtime.memberLookup((t_41), "object"), env.opts.autoescape);
                                output += " ";
                                output += runtime.suppressValue(runtime.memberLookup((t_41), "id"), env.opts.autoescape);
                                output += "</th>\n      <td";
                                output += runtime.suppressValue(env.getFilter("safe").call(context, runtime.contextOrFrameLookup(context, frame, "rl")), env.opts.autoescape);
                                output += ">";
                                output += runtime.suppressValue(runtime.memberLookup((t_41), "threat"), env.opts.autoescape);
                                if (runtime.memberLookup((t_41), "vulnerability")) {
                                    output += "<br><span class=\"small\">";
                                    output += runtime.suppressValue(runtime.memberLookup((t_41), "vulnerability"), env.opts.autoescape);
                                    output += "</span>";
                                    ;
                                }
                                output += "</td>\n      <td>";
                                output += runtime.suppressValue(runtime.memberLookup((t_41), "before"), env.opts.autoescape);
                                output += " → ";
                                if (runtime.memberLookup((t_41), "reassessed")) {
                                    output += runtime.suppressValue(runtime.memberLookup((t_41), "current"), env.opts.autoescape);
                                    ;
                                }
                                else {
                                    output += "<span class=\"muted\">";
                                    output += runtime.suppressValue((lineno = 67, colno = 99, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "msg"), "msg", context, ["riskdoc.report.notReassessed"])), env.opts.autoescape);
                                    output += "</span>";
                                    ;
                                }
                                output += "</td>\n      <td>";
                                if (runtime.memberLookup((t_41), "untreated")) {
                                    output += "<span class=\"flag\">";
                                    output += runtime.suppressValue(runtime.memberLookup((t_41), "treatment"), env.opts.autoescape);
                                    output += "</span>";
                                    ;
                                }
                                else {
                                    output += "<strong>";
                                    output += runtime.suppressValue(runtime.memberLookup((t_41), "treatment"), env.opts.autoescape);
                                    output += "</strong>";
                                    ;
                                }
                                if (runtime.memberLookup((runtime.memberLookup((t_41), "actions")), "length")) {
                                    output += "<br><span";
                                    output += runtime.suppressValue(env.getFilter("safe").call(context, runtime.contextOrFrameLookup(context, frame, "rl")), env.opts.autoescape);
                                    output += ">";
                                    output += runtime.suppressValue((lineno = 68, colno = 191, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "actionList"), "actionList", context, [runtime.memberLookup((t_41), "actions")])), env.opts.autoescape);
                                    output += "</span>";
                                    ;
                                }
                                output += "</td>\n    </tr>\n";
                                ;
                            }
                        }
                        frame = frame.pop();
                        output += "  </tbody>\n</table>\n";
                        ;
                    }
                    else {
                        output += "<p>";
                        output += runtime.suppressValue((lineno = 74, colno = 9, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "msg"), "msg", context, ["riskdoc.report.aboveNone"])), env.opts.autoescape);
                        output += "</p>\n";
                        ;
                    }
                    output += "\n<h2>";
                    output += runtime.suppressValue((lineno = 77, colno = 10, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "msg"), "msg", context, ["riskdoc.report.accepted"])), env.opts.autoescape);
                    output += "</h2>\n";
                    if (runtime.memberLookup((runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "r")), "accepted")), "length")) {
                        output += "<table>\n  <thead><tr><th scope=\"col\">";
                        output += runtime.suppressValue((lineno = 80, colno = 35, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "msg"), "msg", context, ["riskdoc.report.risk"])), env.opts.autoescape);
                        output += "</th><th scope=\"col\">";
                        output += runtime.suppressValue((lineno = 80, colno = 88, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "msg"), "msg", context, ["riskdoc.report.threat"])), env.opts.autoescape);
                        output += "</th><th scope=\"col\" class=\"num\">";
                        output += runtime.suppressValue((lineno = 80, colno = 155, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "msg"), "msg", context, ["riskdoc.level"])), env.opts.autoescape);
                        output += "</th><th scope=\"col\">";
                        output += runtime.suppressValue((lineno = 80, colno = 202, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "msg"), "msg", context, ["riskdoc.report.acceptedBy"])), env.opts.autoescape);
                        output += "</th><th scope=\"col\">";
                        output += runtime.suppressValue((lineno = 80, colno = 261, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "msg"), "msg", context, ["riskdoc.report.acceptedOn"])), env.opts.autoescape);
                        output += "</th></tr></thead>\n  <tbody>\n";
                        frame = frame.push();
                        var t_44 = runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "r")), "accepted");
                        if (t_44) {
                            t_44 = runtime.fromIterator(t_44);
                            var t_43 = t_44.length;
                            for (var t_42 = 0; t_42 < t_44.length; t_42++) {
                                var t_45 = t_44[t_42];
                                frame.set("s", t_45);
                                frame.set("loop.index", t_42 + 1);
                                frame.set("loop.index0", t_42);
                                frame.set("loop.revindex", t_43 - t_42);
                                frame.set("loop.revindex0", t_43 - t_42 - 1);
                                frame.set("loop.first", t_42 === 0);
                                frame.set("loop.last", t_42 === t_43 - 1);
                                frame.set("loop.length", t_43);
                                output += "    <tr>\n      <th scope=\"row\"";
                                output += runtime.suppressValue(env.getFilter("safe").call(context, runtime.contextOrFrameLookup(context, frame, "rl")), env.opts.autoescape);
                                output += ">";
                                output += runtime.suppressValue(runtime.memberLookup((t_45), "object"), env.opts.autoescape);
                                output += " ";
                                output += runtime.suppressValue(runtime.memberLookup((t_45), "id"), env.opts.autoescape);
                                output += "</th>\n      <td";
                                output += runtime.suppressValue(env.getFilter("safe").call(context, runtime.contextOrFrameLookup(context, frame, "rl")), env.opts.autoescape);
                                output += ">";
                                output += runtime.suppressValue(runtime.memberLookup((t_45), "threat"), env.opts.autoescape);
                                output += "</td>\n      <td class=\"num\">";
                                output += runtime.suppressValue(runtime.memberLookup((t_45), "current"), env.opts.autoescape);
                                output += "</td>\n      <td>";
                                output += runtime.suppressValue(runtime.memberLookup((t_45), "acceptedBy"), env.opts.autoescape);
                                if (runtime.memberLookup((t_45), "notEntitled")) {
                                    output += " <span class=\"flag\">";
                                    output += runtime.suppressValue(runtime.memberLookup((t_45), "notEntitled"), env.opts.autoescape);
                                    output += "</span>";
                                    ;
                                }
                                output += "</td>\n      <td class=\"nowrap\">";
                                output += runtime.suppressValue(env.getFilter("date").call(context, runtime.memberLookup((t_45), "acceptedOn")), env.opts.autoescape);
                                output += "</td>\n    </tr>\n";
                                ;
                            }
                        }
                        frame = frame.pop();
                        output += "  </tbody>\n</table>\n";
                        ;
                    }
                    else {
                        output += "<p>";
                        output += runtime.suppressValue((lineno = 94, colno = 9, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "msg"), "msg", context, ["riskdoc.report.acceptedNone"])), env.opts.autoescape);
                        output += "</p>\n";
                        ;
                    }
                    cb(null, output);
                    ;
                }
                catch (e) {
                    cb(runtime.handleError(e, lineno, colno));
                }
            }
            return {
                b_content: b_content,
                root: root
            };
        } },
    "systems-overview.njk": { sha256: "5eeee32915d42ca5a42fb03865c3bac76ae3835e2500f9ae10d673e6ce19ad0f", code: function () {
            function root(env, context, frame, runtime, cb) {
                var lineno = 0;
                var colno = 0;
                var output = "";
                try {
                    var parentTemplate = null;
                    env.getTemplate("layout.njk", true, "systems-overview.njk", false, function (t_3, t_2) {
                        if (t_3) {
                            cb(t_3);
                            return;
                        }
                        parentTemplate = t_2;
                        for (var t_1 in parentTemplate.blocks) {
                            context.addBlock(t_1, parentTemplate.blocks[t_1]);
                        }
                        env.getTemplate("partials/macros.njk", false, "systems-overview.njk", false, function (t_5, t_4) {
                            if (t_5) {
                                cb(t_5);
                                return;
                            }
                            t_4.getExported(function (t_6, t_4) {
                                if (t_6) {
                                    cb(t_6);
                                    return;
                                }
                                context.setVariable("m", t_4);
                                var t_7;
                                t_7 = runtime.contextOrFrameLookup(context, frame, "overview");
                                frame.set("o", t_7, true);
                                if (frame.topLevel) {
                                    context.setVariable("o", t_7);
                                }
                                if (frame.topLevel) {
                                    context.addExport("o", t_7);
                                }
                                (parentTemplate ? function (e, c, f, r, cb) { cb(""); } : context.getBlock("content"))(env, context, frame, runtime, function (t_9, t_8) {
                                    if (t_9) {
                                        cb(t_9);
                                        return;
                                    }
                                    output += t_8;
                                    if (parentTemplate) {
                                        parentTemplate.rootRenderFunc(env, context, frame, runtime, cb);
                                    }
                                    else {
                                        cb(null, output);
                                    }
                                });
                            });
                        });
                    });
                }
                catch (e) {
                    cb(runtime.handleError(e, lineno, colno));
                }
            }
            function b_content(env, context, frame, runtime, cb) {
                var lineno = 6;
                var colno = 3;
                var output = "";
                try {
                    var frame = frame.push(true);
                    output += "<header class=\"doc-head\">\n  <p class=\"doc-kind\">";
                    output += runtime.suppressValue((lineno = 8, colno = 26, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["overview"])), env.opts.autoescape);
                    output += "</p>\n  <h1>";
                    output += runtime.suppressValue(runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "doc")), "title"), env.opts.autoescape);
                    output += "</h1>\n  ";
                    output += runtime.suppressValue((lineno = 10, colno = 11, runtime.callWrap(runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "m")), "meta"), "m[\"meta\"]", context, [[[(lineno = 11, colno = 6, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["to"])), (runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "doc")), "board") ? runtime.memberLookup((runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "doc")), "board")), "name") : "")], [(lineno = 12, colno = 6, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["date"])), env.getFilter("longdate").call(context, runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "doc")), "date"))], [(lineno = 13, colno = 6, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["registrationNumber"])), runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "doc")), "registrationNumber")], [(lineno = 14, colno = 6, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["systems.method"])), runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "o")), "method")]]])), env.opts.autoescape);
                    output += "\n</header>\n\n<h2>";
                    output += runtime.suppressValue((lineno = 18, colno = 8, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["summary"])), env.opts.autoescape);
                    output += "</h2>\n<p class=\"lead\">";
                    output += runtime.suppressValue((lineno = 19, colno = 20, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["systems.leadSystems", { "n": runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "o")), "systemCount") }])), env.opts.autoescape);
                    if (runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "o")), "belowCount")) {
                        output += runtime.suppressValue((lineno = 19, colno = 91, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["systems.leadBelow", { "n": runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "o")), "belowCount") }])), env.opts.autoescape);
                        ;
                    }
                    output += ". ";
                    output += runtime.suppressValue((lineno = 19, colno = 151, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["systems.leadAssets", { "n": runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "o")), "assetCount"), "classified": runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "o")), "classifiedCount") }])), env.opts.autoescape);
                    if (runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "o")), "overdueCount")) {
                        output += runtime.suppressValue((lineno = 19, colno = 253, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["systems.leadOverdue", { "n": runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "o")), "overdueCount") }])), env.opts.autoescape);
                        ;
                    }
                    output += ".</p>\n<p class=\"legend\">\n  ";
                    output += runtime.suppressValue((lineno = 21, colno = 6, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["systems.aspects"])), env.opts.autoescape);
                    output += ": ";
                    frame = frame.push();
                    var t_12 = runtime.contextOrFrameLookup(context, frame, "aspects");
                    if (t_12) {
                        t_12 = runtime.fromIterator(t_12);
                        var t_11 = t_12.length;
                        for (var t_10 = 0; t_10 < t_12.length; t_10++) {
                            var t_13 = t_12[t_10];
                            frame.set("a", t_13);
                            frame.set("loop.index", t_10 + 1);
                            frame.set("loop.index0", t_10);
                            frame.set("loop.revindex", t_11 - t_10);
                            frame.set("loop.revindex0", t_11 - t_10 - 1);
                            frame.set("loop.first", t_10 === 0);
                            frame.set("loop.last", t_10 === t_11 - 1);
                            frame.set("loop.length", t_11);
                            output += "<span><strong>";
                            output += runtime.suppressValue(runtime.memberLookup((t_13), "abbr"), env.opts.autoescape);
                            output += "</strong> ";
                            output += runtime.suppressValue(env.getFilter("lower").call(context, runtime.memberLookup((t_13), "label")), env.opts.autoescape);
                            output += "</span>";
                            if (!runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "loop")), "last")) {
                                output += ", ";
                                ;
                            }
                            ;
                        }
                    }
                    frame = frame.pop();
                    output += ".\n";
                    if (runtime.contextOrFrameLookup(context, frame, "aspectScales")) {
                        frame = frame.push();
                        var t_16 = runtime.contextOrFrameLookup(context, frame, "aspects");
                        if (t_16) {
                            t_16 = runtime.fromIterator(t_16);
                            var t_15 = t_16.length;
                            for (var t_14 = 0; t_14 < t_16.length; t_14++) {
                                var t_17 = t_16[t_14];
                                frame.set("a", t_17);
                                frame.set("loop.index", t_14 + 1);
                                frame.set("loop.index0", t_14);
                                frame.set("loop.revindex", t_15 - t_14);
                                frame.set("loop.revindex0", t_15 - t_14 - 1);
                                frame.set("loop.first", t_14 === 0);
                                frame.set("loop.last", t_14 === t_15 - 1);
                                frame.set("loop.length", t_15);
                                if (runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "loop")), "first")) {
                                    output += runtime.suppressValue((lineno = 23, colno = 47, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["systems.levelsFor"])), env.opts.autoescape);
                                    output += " ";
                                    ;
                                }
                                output += runtime.suppressValue(env.getFilter("lower").call(context, runtime.memberLookup((t_17), "label")), env.opts.autoescape);
                                output += ": ";
                                frame = frame.push();
                                var t_20 = (runtime.memberLookup((t_17), "levels") || runtime.contextOrFrameLookup(context, frame, "levels"));
                                if (t_20) {
                                    t_20 = runtime.fromIterator(t_20);
                                    var t_19 = t_20.length;
                                    for (var t_18 = 0; t_18 < t_20.length; t_18++) {
                                        var t_21 = t_20[t_18];
                                        frame.set("l", t_21);
                                        frame.set("loop.index", t_18 + 1);
                                        frame.set("loop.index0", t_18);
                                        frame.set("loop.revindex", t_19 - t_18);
                                        frame.set("loop.revindex0", t_19 - t_18 - 1);
                                        frame.set("loop.first", t_18 === 0);
                                        frame.set("loop.last", t_18 === t_19 - 1);
                                        frame.set("loop.length", t_19);
                                        output += "<span><strong>";
                                        output += runtime.suppressValue(runtime.memberLookup((t_21), "value"), env.opts.autoescape);
                                        output += "</strong> ";
                                        output += runtime.suppressValue(env.getFilter("lower").call(context, runtime.memberLookup((t_21), "label")), env.opts.autoescape);
                                        output += "</span>";
                                        if (!runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "loop")), "last")) {
                                            output += ", ";
                                            ;
                                        }
                                        ;
                                    }
                                }
                                frame = frame.pop();
                                output += runtime.suppressValue((runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "loop")), "last") ? "." : ";"), env.opts.autoescape);
                                output += " ";
                                ;
                            }
                        }
                        frame = frame.pop();
                        ;
                    }
                    else {
                        output += "  ";
                        output += runtime.suppressValue((lineno = 25, colno = 6, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["systems.levels"])), env.opts.autoescape);
                        output += ": ";
                        frame = frame.push();
                        var t_24 = runtime.contextOrFrameLookup(context, frame, "levels");
                        if (t_24) {
                            t_24 = runtime.fromIterator(t_24);
                            var t_23 = t_24.length;
                            for (var t_22 = 0; t_22 < t_24.length; t_22++) {
                                var t_25 = t_24[t_22];
                                frame.set("l", t_25);
                                frame.set("loop.index", t_22 + 1);
                                frame.set("loop.index0", t_22);
                                frame.set("loop.revindex", t_23 - t_22);
                                frame.set("loop.revindex0", t_23 - t_22 - 1);
                                frame.set("loop.first", t_22 === 0);
                                frame.set("loop.last", t_22 === t_23 - 1);
                                frame.set("loop.length", t_23);
                                output += "<span><strong>";
                                output += runtime.suppressValue(runtime.memberLookup((t_25), "value"), env.opts.autoescape);
                                output += "</strong> ";
                                output += runtime.suppressValue(env.getFilter("lower").call(context, runtime.memberLookup((t_25), "label")), env.opts.autoescape);
                                output += "</span>";
                                if (!runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "loop")), "last")) {
                                    output += ", ";
                                    ;
                                }
                                ;
                            }
                        }
                        frame = frame.pop();
                        output += ".\n";
                        ;
                    }
                    output += "  ";
                    output += runtime.suppressValue(env.getFilter("safe").call(context, (lineno = 27, colno = 6, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["systems.belowLegend", { "example": "<strong>2&#8239;/&#8239;3</strong>" }]))), env.opts.autoescape);
                    output += "\n";
                    if (runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "o")), "retired")) {
                        output += runtime.suppressValue((lineno = 28, colno = 24, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["systems.retired", { "n": runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "o")), "retired") }])), env.opts.autoescape);
                        ;
                    }
                    output += "</p>\n\n<h2>";
                    output += runtime.suppressValue((lineno = 31, colno = 8, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["systems.systemsHeading"])), env.opts.autoescape);
                    output += "</h2>\n";
                    frame = frame.push();
                    var t_28 = runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "o")), "systemGroups");
                    if (t_28) {
                        t_28 = runtime.fromIterator(t_28);
                        var t_27 = t_28.length;
                        for (var t_26 = 0; t_26 < t_28.length; t_26++) {
                            var t_29 = t_28[t_26];
                            frame.set("grp", t_29);
                            frame.set("loop.index", t_26 + 1);
                            frame.set("loop.index0", t_26);
                            frame.set("loop.revindex", t_27 - t_26);
                            frame.set("loop.revindex0", t_27 - t_26 - 1);
                            frame.set("loop.first", t_26 === 0);
                            frame.set("loop.last", t_26 === t_27 - 1);
                            frame.set("loop.length", t_27);
                            output += "<h3>";
                            output += runtime.suppressValue(runtime.memberLookup((runtime.memberLookup((t_29), "board")), "name"), env.opts.autoescape);
                            output += "</h3>\n<table class=\"fixed systems\">\n  <thead>\n    <tr>\n      <th scope=\"col\" class=\"c-name\">";
                            output += runtime.suppressValue((lineno = 37, colno = 41, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["systems.system"])), env.opts.autoescape);
                            output += "</th>\n      <th scope=\"col\" class=\"c-owner\">";
                            output += runtime.suppressValue((lineno = 38, colno = 42, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["systems.systemOwner"])), env.opts.autoescape);
                            output += "</th>\n      <th scope=\"col\" class=\"c-admin\">";
                            output += runtime.suppressValue((lineno = 39, colno = 42, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["systems.administrator"])), env.opts.autoescape);
                            output += "</th>\n      <th scope=\"col\" class=\"c-supplier\">";
                            output += runtime.suppressValue((lineno = 40, colno = 45, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["systems.supplier"])), env.opts.autoescape);
                            output += "</th>\n      <th scope=\"col\" class=\"c-hosting\">";
                            output += runtime.suppressValue((lineno = 41, colno = 44, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["systems.hosting"])), env.opts.autoescape);
                            output += "</th>\n      <th scope=\"col\" class=\"c-status\">";
                            output += runtime.suppressValue((lineno = 42, colno = 43, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["status"])), env.opts.autoescape);
                            output += "</th>\n";
                            frame = frame.push();
                            var t_32 = runtime.contextOrFrameLookup(context, frame, "aspects");
                            if (t_32) {
                                t_32 = runtime.fromIterator(t_32);
                                var t_31 = t_32.length;
                                for (var t_30 = 0; t_30 < t_32.length; t_30++) {
                                    var t_33 = t_32[t_30];
                                    frame.set("a", t_33);
                                    frame.set("loop.index", t_30 + 1);
                                    frame.set("loop.index0", t_30);
                                    frame.set("loop.revindex", t_31 - t_30);
                                    frame.set("loop.revindex0", t_31 - t_30 - 1);
                                    frame.set("loop.first", t_30 === 0);
                                    frame.set("loop.last", t_30 === t_31 - 1);
                                    frame.set("loop.length", t_31);
                                    output += "<th scope=\"col\" class=\"level\"><abbr title=\"";
                                    output += runtime.suppressValue(runtime.memberLookup((t_33), "label"), env.opts.autoescape);
                                    output += "\">";
                                    output += runtime.suppressValue(runtime.memberLookup((t_33), "abbr"), env.opts.autoescape);
                                    output += "</abbr></th>";
                                    ;
                                }
                            }
                            frame = frame.pop();
                            output += "      <th scope=\"col\">";
                            output += runtime.suppressValue((lineno = 44, colno = 26, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["systems.information"])), env.opts.autoescape);
                            output += "</th>\n    </tr>\n  </thead>\n  <tbody>\n";
                            frame = frame.push();
                            var t_36 = runtime.memberLookup((t_29), "rows");
                            if (t_36) {
                                t_36 = runtime.fromIterator(t_36);
                                var t_35 = t_36.length;
                                for (var t_34 = 0; t_34 < t_36.length; t_34++) {
                                    var t_37 = t_36[t_34];
                                    frame.set("s", t_37);
                                    frame.set("loop.index", t_34 + 1);
                                    frame.set("loop.index0", t_34);
                                    frame.set("loop.revindex", t_35 - t_34);
                                    frame.set("loop.revindex0", t_35 - t_34 - 1);
                                    frame.set("loop.first", t_34 === 0);
                                    frame.set("loop.last", t_34 === t_35 - 1);
                                    frame.set("loop.length", t_35);
                                    if (runtime.memberLookup((t_37), "restricted")) {
                                        output += "    <tr><th scope=\"row\"";
                                        output += runtime.suppressValue(env.getFilter("safe").call(context, runtime.contextOrFrameLookup(context, frame, "regAttr")), env.opts.autoescape);
                                        output += ">";
                                        output += runtime.suppressValue(runtime.memberLookup((t_37), "name"), env.opts.autoescape);
                                        output += "</th><td colspan=\"";
                                        output += runtime.suppressValue(6 + runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "aspects")), "length"), env.opts.autoescape);
                                        output += "\">";
                                        output += runtime.suppressValue((lineno = 50, colno = 115, runtime.callWrap(runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "m")), "restricted"), "m[\"restricted\"]", context, [])), env.opts.autoescape);
                                        output += "</td></tr>\n";
                                        ;
                                    }
                                    else {
                                        output += "    <tr>\n      <th scope=\"row\"";
                                        output += runtime.suppressValue(env.getFilter("safe").call(context, runtime.contextOrFrameLookup(context, frame, "regAttr")), env.opts.autoescape);
                                        output += ">";
                                        output += runtime.suppressValue(runtime.memberLookup((t_37), "name"), env.opts.autoescape);
                                        output += "</th>\n      <td>";
                                        output += runtime.suppressValue(runtime.memberLookup((t_37), "owner"), env.opts.autoescape);
                                        output += "</td>\n      <td>";
                                        output += runtime.suppressValue(runtime.memberLookup((t_37), "administrator") || "–", env.opts.autoescape);
                                        output += "</td>\n      <td>";
                                        output += runtime.suppressValue(runtime.memberLookup((t_37), "supplier") || "–", env.opts.autoescape);
                                        output += "</td>\n      <td>";
                                        output += runtime.suppressValue(runtime.memberLookup((t_37), "hosting"), env.opts.autoescape);
                                        if (runtime.memberLookup((t_37), "hostingCountry")) {
                                            output += " (";
                                            output += runtime.suppressValue(runtime.memberLookup((t_37), "hostingCountry"), env.opts.autoescape);
                                            output += ")";
                                            ;
                                        }
                                        output += "</td>\n      <td>";
                                        output += runtime.suppressValue(runtime.memberLookup((t_37), "status"), env.opts.autoescape);
                                        output += "</td>\n";
                                        frame = frame.push();
                                        var t_40 = runtime.memberLookup((t_37), "levels");
                                        if (t_40) {
                                            t_40 = runtime.fromIterator(t_40);
                                            var t_39 = t_40.length;
                                            for (var t_38 = 0; t_38 < t_40.length; t_38++) {
                                                var t_41 = t_40[t_38];
                                                frame.set("l", t_41);
                                                frame.set("loop.index", t_38 + 1);
                                                frame.set("loop.index0", t_38);
                                                frame.set("loop.revindex", t_39 - t_38);
                                                frame.set("loop.revindex0", t_39 - t_38 - 1);
                                                frame.set("loop.first", t_38 === 0);
                                                frame.set("loop.last", t_38 === t_39 - 1);
                                                frame.set("loop.length", t_39);
                                                output += runtime.suppressValue((lineno = 59, colno = 39, runtime.callWrap(runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "m")), "level"), "m[\"level\"]", context, [runtime.memberLookup((t_41), "have"), runtime.memberLookup((t_41), "need")])), env.opts.autoescape);
                                                ;
                                            }
                                        }
                                        frame = frame.pop();
                                        output += "      <td>";
                                        frame = frame.push();
                                        var t_44 = runtime.memberLookup((t_37), "assets");
                                        if (t_44) {
                                            t_44 = runtime.fromIterator(t_44);
                                            var t_43 = t_44.length;
                                            for (var t_42 = 0; t_42 < t_44.length; t_42++) {
                                                var t_45 = t_44[t_42];
                                                frame.set("a", t_45);
                                                frame.set("loop.index", t_42 + 1);
                                                frame.set("loop.index0", t_42);
                                                frame.set("loop.revindex", t_43 - t_42);
                                                frame.set("loop.revindex0", t_43 - t_42 - 1);
                                                frame.set("loop.first", t_42 === 0);
                                                frame.set("loop.last", t_42 === t_43 - 1);
                                                frame.set("loop.length", t_43);
                                                if (t_45) {
                                                    output += runtime.suppressValue(t_45, env.opts.autoescape);
                                                    ;
                                                }
                                                else {
                                                    output += runtime.suppressValue((lineno = 60, colno = 75, runtime.callWrap(runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "m")), "restricted"), "m[\"restricted\"]", context, [])), env.opts.autoescape);
                                                    ;
                                                }
                                                if (!runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "loop")), "last")) {
                                                    output += ", ";
                                                    ;
                                                }
                                                ;
                                            }
                                        }
                                        if (!t_43) {
                                            output += "–";
                                        }
                                        frame = frame.pop();
                                        output += "</td>\n    </tr>\n";
                                        ;
                                    }
                                    ;
                                }
                            }
                            frame = frame.pop();
                            output += "  </tbody>\n</table>\n";
                            ;
                        }
                    }
                    if (!t_27) {
                        output += "<p class=\"placeholder\">";
                        output += runtime.suppressValue((lineno = 67, colno = 27, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["systems.noSystems"])), env.opts.autoescape);
                        output += "</p>\n";
                    }
                    frame = frame.pop();
                    output += "\n<h2>";
                    output += runtime.suppressValue((lineno = 70, colno = 8, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["systems.assetsHeading"])), env.opts.autoescape);
                    output += "</h2>\n";
                    frame = frame.push();
                    var t_48 = runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "o")), "assetGroups");
                    if (t_48) {
                        t_48 = runtime.fromIterator(t_48);
                        var t_47 = t_48.length;
                        for (var t_46 = 0; t_46 < t_48.length; t_46++) {
                            var t_49 = t_48[t_46];
                            frame.set("grp", t_49);
                            frame.set("loop.index", t_46 + 1);
                            frame.set("loop.index0", t_46);
                            frame.set("loop.revindex", t_47 - t_46);
                            frame.set("loop.revindex0", t_47 - t_46 - 1);
                            frame.set("loop.first", t_46 === 0);
                            frame.set("loop.last", t_46 === t_47 - 1);
                            frame.set("loop.length", t_47);
                            output += "<h3>";
                            output += runtime.suppressValue(runtime.memberLookup((runtime.memberLookup((t_49), "board")), "name"), env.opts.autoescape);
                            output += "</h3>\n<table class=\"fixed assets\">\n  <thead>\n    <tr>\n      <th scope=\"col\" class=\"c-name\">";
                            output += runtime.suppressValue((lineno = 76, colno = 41, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["systems.asset"])), env.opts.autoescape);
                            output += "</th>\n      <th scope=\"col\" class=\"c-owner\">";
                            output += runtime.suppressValue((lineno = 77, colno = 42, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["systems.assetOwner"])), env.opts.autoescape);
                            output += "</th>\n      <th scope=\"col\" class=\"c-systems\">";
                            output += runtime.suppressValue((lineno = 78, colno = 44, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["systems.systemsColumn"])), env.opts.autoescape);
                            output += "</th>\n      <th scope=\"col\" class=\"c-date\">";
                            output += runtime.suppressValue((lineno = 79, colno = 41, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["systems.classified"])), env.opts.autoescape);
                            output += "</th>\n";
                            frame = frame.push();
                            var t_52 = runtime.contextOrFrameLookup(context, frame, "aspects");
                            if (t_52) {
                                t_52 = runtime.fromIterator(t_52);
                                var t_51 = t_52.length;
                                for (var t_50 = 0; t_50 < t_52.length; t_50++) {
                                    var t_53 = t_52[t_50];
                                    frame.set("a", t_53);
                                    frame.set("loop.index", t_50 + 1);
                                    frame.set("loop.index0", t_50);
                                    frame.set("loop.revindex", t_51 - t_50);
                                    frame.set("loop.revindex0", t_51 - t_50 - 1);
                                    frame.set("loop.first", t_50 === 0);
                                    frame.set("loop.last", t_50 === t_51 - 1);
                                    frame.set("loop.length", t_51);
                                    output += "<th scope=\"col\" class=\"level\"><abbr title=\"";
                                    output += runtime.suppressValue(runtime.memberLookup((t_53), "label"), env.opts.autoescape);
                                    output += "\">";
                                    output += runtime.suppressValue(runtime.memberLookup((t_53), "abbr"), env.opts.autoescape);
                                    output += "</abbr></th>";
                                    ;
                                }
                            }
                            frame = frame.pop();
                            output += "      <th scope=\"col\" class=\"c-review\">";
                            output += runtime.suppressValue((lineno = 81, colno = 43, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["systems.nextReview"])), env.opts.autoescape);
                            output += "</th>\n    </tr>\n  </thead>\n  <tbody>\n";
                            frame = frame.push();
                            var t_56 = runtime.memberLookup((t_49), "rows");
                            if (t_56) {
                                t_56 = runtime.fromIterator(t_56);
                                var t_55 = t_56.length;
                                for (var t_54 = 0; t_54 < t_56.length; t_54++) {
                                    var t_57 = t_56[t_54];
                                    frame.set("a", t_57);
                                    frame.set("loop.index", t_54 + 1);
                                    frame.set("loop.index0", t_54);
                                    frame.set("loop.revindex", t_55 - t_54);
                                    frame.set("loop.revindex0", t_55 - t_54 - 1);
                                    frame.set("loop.first", t_54 === 0);
                                    frame.set("loop.last", t_54 === t_55 - 1);
                                    frame.set("loop.length", t_55);
                                    if (runtime.memberLookup((t_57), "restricted")) {
                                        output += "    <tr><th scope=\"row\"";
                                        output += runtime.suppressValue(env.getFilter("safe").call(context, runtime.contextOrFrameLookup(context, frame, "regAttr")), env.opts.autoescape);
                                        output += ">";
                                        output += runtime.suppressValue(runtime.memberLookup((t_57), "name"), env.opts.autoescape);
                                        output += "</th><td colspan=\"";
                                        output += runtime.suppressValue(4 + runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "aspects")), "length"), env.opts.autoescape);
                                        output += "\">";
                                        output += runtime.suppressValue((lineno = 87, colno = 115, runtime.callWrap(runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "m")), "restricted"), "m[\"restricted\"]", context, [])), env.opts.autoescape);
                                        output += "</td></tr>\n";
                                        ;
                                    }
                                    else {
                                        output += "    <tr>\n      <th scope=\"row\"";
                                        output += runtime.suppressValue(env.getFilter("safe").call(context, runtime.contextOrFrameLookup(context, frame, "regAttr")), env.opts.autoescape);
                                        output += ">";
                                        output += runtime.suppressValue(runtime.memberLookup((t_57), "name"), env.opts.autoescape);
                                        if (runtime.memberLookup((t_57), "personalData")) {
                                            output += "<br><span class=\"small muted\">";
                                            output += runtime.suppressValue((lineno = 90, colno = 111, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["systems.personalData"])), env.opts.autoescape);
                                            output += "</span>";
                                            ;
                                        }
                                        output += "</th>\n      <td>";
                                        output += runtime.suppressValue(runtime.memberLookup((t_57), "owner"), env.opts.autoescape);
                                        output += "</td>\n      <td>";
                                        output += runtime.suppressValue((runtime.memberLookup((runtime.memberLookup((t_57), "systems")), "length") ? env.getFilter("join").call(context, runtime.memberLookup((t_57), "systems"), ", ") : "–"), env.opts.autoescape);
                                        output += "</td>\n      <td class=\"nowrap\">";
                                        if (runtime.memberLookup((t_57), "classified")) {
                                            output += runtime.suppressValue(env.getFilter("date").call(context, runtime.memberLookup((t_57), "classified")), env.opts.autoescape);
                                            ;
                                        }
                                        else {
                                            output += "<span class=\"flag\">";
                                            output += runtime.suppressValue((lineno = 93, colno = 104, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["systems.notClassified"])), env.opts.autoescape);
                                            output += "</span>";
                                            ;
                                        }
                                        output += "</td>\n";
                                        frame = frame.push();
                                        var t_60 = runtime.memberLookup((t_57), "levels");
                                        if (t_60) {
                                            t_60 = runtime.fromIterator(t_60);
                                            var t_59 = t_60.length;
                                            for (var t_58 = 0; t_58 < t_60.length; t_58++) {
                                                var t_61 = t_60[t_58];
                                                frame.set("l", t_61);
                                                frame.set("loop.index", t_58 + 1);
                                                frame.set("loop.index0", t_58);
                                                frame.set("loop.revindex", t_59 - t_58);
                                                frame.set("loop.revindex0", t_59 - t_58 - 1);
                                                frame.set("loop.first", t_58 === 0);
                                                frame.set("loop.last", t_58 === t_59 - 1);
                                                frame.set("loop.length", t_59);
                                                output += "<td class=\"level\">";
                                                if (env.getTest("defined").call(context, runtime.memberLookup((t_61), "level")) === true) {
                                                    output += runtime.suppressValue(runtime.memberLookup((t_61), "level"), env.opts.autoescape);
                                                    ;
                                                }
                                                else {
                                                    output += "–";
                                                    ;
                                                }
                                                output += "</td>";
                                                ;
                                            }
                                        }
                                        frame = frame.pop();
                                        output += "      <td class=\"nowrap\">";
                                        if (runtime.memberLookup((t_57), "reviewDue")) {
                                            output += runtime.suppressValue(env.getFilter("date").call(context, runtime.memberLookup((t_57), "reviewDue")), env.opts.autoescape);
                                            if (runtime.memberLookup((t_57), "overdue")) {
                                                output += " <span class=\"flag\">";
                                                output += runtime.suppressValue((lineno = 95, colno = 111, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["overdue"])), env.opts.autoescape);
                                                output += "</span>";
                                                ;
                                            }
                                            ;
                                        }
                                        else {
                                            output += "–";
                                            ;
                                        }
                                        output += "</td>\n    </tr>\n";
                                        ;
                                    }
                                    ;
                                }
                            }
                            frame = frame.pop();
                            output += "  </tbody>\n</table>\n";
                            ;
                        }
                    }
                    if (!t_47) {
                        output += "<p class=\"placeholder\">";
                        output += runtime.suppressValue((lineno = 102, colno = 27, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["systems.noAssets"])), env.opts.autoescape);
                        output += "</p>\n";
                    }
                    frame = frame.pop();
                    cb(null, output);
                    ;
                }
                catch (e) {
                    cb(runtime.handleError(e, lineno, colno));
                }
            }
            return {
                b_content: b_content,
                root: root
            };
        } },
    "yearly-report.njk": { sha256: "14e7139ff0cf6310f65ef08f97cc17a7156bafdd89aa52e8726b74343b41349e", code: function () {
            function root(env, context, frame, runtime, cb) {
                var lineno = 0;
                var colno = 0;
                var output = "";
                try {
                    var parentTemplate = null;
                    env.getTemplate("layout.njk", true, "yearly-report.njk", false, function (t_3, t_2) {
                        if (t_3) {
                            cb(t_3);
                            return;
                        }
                        parentTemplate = t_2;
                        for (var t_1 in parentTemplate.blocks) {
                            context.addBlock(t_1, parentTemplate.blocks[t_1]);
                        }
                        env.getTemplate("partials/macros.njk", false, "yearly-report.njk", false, function (t_5, t_4) {
                            if (t_5) {
                                cb(t_5);
                                return;
                            }
                            t_4.getExported(function (t_6, t_4) {
                                if (t_6) {
                                    cb(t_6);
                                    return;
                                }
                                context.setVariable("m", t_4);
                                var t_7;
                                t_7 = runtime.contextOrFrameLookup(context, frame, "report");
                                frame.set("r", t_7, true);
                                if (frame.topLevel) {
                                    context.setVariable("r", t_7);
                                }
                                if (frame.topLevel) {
                                    context.addExport("r", t_7);
                                }
                                var t_8;
                                t_8 = runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "r")), "figures");
                                frame.set("f", t_8, true);
                                if (frame.topLevel) {
                                    context.setVariable("f", t_8);
                                }
                                if (frame.topLevel) {
                                    context.addExport("f", t_8);
                                }
                                (parentTemplate ? function (e, c, f, r, cb) { cb(""); } : context.getBlock("content"))(env, context, frame, runtime, function (t_10, t_9) {
                                    if (t_10) {
                                        cb(t_10);
                                        return;
                                    }
                                    output += t_9;
                                    if (parentTemplate) {
                                        parentTemplate.rootRenderFunc(env, context, frame, runtime, cb);
                                    }
                                    else {
                                        cb(null, output);
                                    }
                                });
                            });
                        });
                    });
                }
                catch (e) {
                    cb(runtime.handleError(e, lineno, colno));
                }
            }
            function b_content(env, context, frame, runtime, cb) {
                var lineno = 8;
                var colno = 3;
                var output = "";
                try {
                    var frame = frame.push(true);
                    output += "<header class=\"doc-head\">\n  <p class=\"doc-kind\">";
                    output += runtime.suppressValue((lineno = 10, colno = 26, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["yearly.kind"])), env.opts.autoescape);
                    output += "</p>\n  <h1>";
                    output += runtime.suppressValue(runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "doc")), "title"), env.opts.autoescape);
                    output += "</h1>\n  ";
                    output += runtime.suppressValue((lineno = 12, colno = 11, runtime.callWrap(runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "m")), "meta"), "m[\"meta\"]", context, [[[(lineno = 13, colno = 6, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["to"])), (runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "doc")), "board") ? runtime.memberLookup((runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "doc")), "board")), "name") : "")], [(lineno = 14, colno = 6, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["date"])), env.getFilter("longdate").call(context, runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "doc")), "date"))], [(lineno = 15, colno = 6, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["registrationNumber"])), runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "doc")), "registrationNumber")], [(lineno = 16, colno = 6, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["yearly.positionAsOf"])), env.getFilter("longdate").call(context, runtime.contextOrFrameLookup(context, frame, "today"))], [(lineno = 17, colno = 6, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["yearly.kpisUpTo"])), runtime.memberLookup((runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "r")), "kpis")), "quarterLabel")]]])), env.opts.autoescape);
                    output += "\n</header>\n\n";
                    var tasks = [];
                    tasks.push(function (callback) {
                        env.getTemplate("partials/yearly-proposals.njk", false, "yearly-report.njk", false, function (t_12, t_11) {
                            if (t_12) {
                                cb(t_12);
                                return;
                            }
                            callback(null, t_11);
                        });
                    });
                    tasks.push(function (template, callback) {
                        template.render(context.getVariables(), frame, function (t_14, t_13) {
                            if (t_14) {
                                cb(t_14);
                                return;
                            }
                            callback(null, t_13);
                        });
                    });
                    tasks.push(function (result, callback) {
                        output += result;
                        callback(null);
                    });
                    env.waterfall(tasks, function () {
                        output += "\n<h2>";
                        output += runtime.suppressValue((lineno = 23, colno = 8, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["summary"])), env.opts.autoescape);
                        output += "</h2>\n<p class=\"lead\">";
                        output += runtime.suppressValue((lineno = 24, colno = 20, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["yearly.lead", { "name": runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "org")), "name"), "gen": env.getFilter("genitive").call(context, runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "org")), "name")), "scoped": (runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "r")), "scoped") ? "yes" : "no"), "board": (runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "r")), "scoped") ? env.getFilter("insentence").call(context, runtime.memberLookup((runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "doc")), "board")), "name")) : ""), "date": env.getFilter("longdate").call(context, runtime.contextOrFrameLookup(context, frame, "today")) }])), env.opts.autoescape);
                        output += "</p>\n\n<table class=\"key\">\n  <caption>";
                        output += runtime.suppressValue((lineno = 27, colno = 15, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["yearly.inBrief"])), env.opts.autoescape);
                        output += "</caption>\n  <thead>\n    <tr><th scope=\"col\">";
                        output += runtime.suppressValue((lineno = 29, colno = 28, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["yearly.area"])), env.opts.autoescape);
                        output += "</th><th scope=\"col\">";
                        output += runtime.suppressValue((lineno = 29, colno = 71, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["yearly.position"])), env.opts.autoescape);
                        output += "</th></tr>\n  </thead>\n  <tbody>\n    <tr><th scope=\"row\">";
                        output += runtime.suppressValue((lineno = 32, colno = 28, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["yearly.documents"])), env.opts.autoescape);
                        output += "</th><td>";
                        output += runtime.suppressValue((lineno = 32, colno = 64, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["yearly.documentsDecided", { "n": runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "f")), "documents"), "decided": runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "f")), "documentsDecided") }])), env.opts.autoescape);
                        if (runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "f")), "documentsOverdue")) {
                            output += "; ";
                            output += runtime.suppressValue((lineno = 32, colno = 174, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["yearly.documentsOverdue", { "n": runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "f")), "documentsOverdue") }])), env.opts.autoescape);
                            ;
                        }
                        if (runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "f")), "documentsNotCommunicated")) {
                            output += "; ";
                            output += runtime.suppressValue((lineno = 32, colno = 281, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["yearly.documentsNotCommunicated", { "n": runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "f")), "documentsNotCommunicated") }])), env.opts.autoescape);
                            ;
                        }
                        output += ".</td></tr>\n    <tr><th scope=\"row\">";
                        output += runtime.suppressValue((lineno = 33, colno = 28, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["yearly.classification"])), env.opts.autoescape);
                        output += "</th><td>";
                        output += runtime.suppressValue((lineno = 33, colno = 69, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["yearly.classified", { "n": runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "f")), "assets"), "classified": runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "f")), "classified") }])), env.opts.autoescape);
                        if (env.getTest("defined").call(context, runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "f")), "coverage")) === true) {
                            output += " (";
                            output += runtime.suppressValue((lineno = 33, colno = 170, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["yearly.percent", { "value": env.getFilter("number").call(context, runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "f")), "coverage")) }])), env.opts.autoescape);
                            output += ")";
                            ;
                        }
                        if (runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "f")), "reviewsOverdue")) {
                            output += "; ";
                            output += runtime.suppressValue((lineno = 33, colno = 264, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["yearly.reviewsOverdue", { "n": runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "f")), "reviewsOverdue") }])), env.opts.autoescape);
                            ;
                        }
                        output += ".</td></tr>\n    <tr><th scope=\"row\">";
                        output += runtime.suppressValue((lineno = 34, colno = 28, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["yearly.protection"])), env.opts.autoescape);
                        output += "</th><td>";
                        if (runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "f")), "systemsBelow")) {
                            output += runtime.suppressValue((lineno = 34, colno = 88, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["yearly.systemsBelow", { "n": runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "f")), "systems"), "below": runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "f")), "systemsBelow") }])), env.opts.autoescape);
                            ;
                        }
                        else {
                            output += runtime.suppressValue((lineno = 34, colno = 167, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["yearly.systemsProtected", { "n": runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "f")), "systems") }])), env.opts.autoescape);
                            ;
                        }
                        output += "</td></tr>\n    <tr><th scope=\"row\">";
                        output += runtime.suppressValue((lineno = 35, colno = 28, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["yearly.register"])), env.opts.autoescape);
                        output += "</th><td>";
                        output += runtime.suppressValue((lineno = 35, colno = 63, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["yearly.processing", { "n": runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "f")), "processing") }])), env.opts.autoescape);
                        output += " ";
                        if (runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "f")), "dpiaNeeded")) {
                            output += runtime.suppressValue((lineno = 35, colno = 132, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["yearly.dpiaDone", { "n": runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "f")), "dpiaNeeded"), "done": runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "f")), "dpiaDone") }])), env.opts.autoescape);
                            ;
                        }
                        else {
                            output += runtime.suppressValue((lineno = 35, colno = 205, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["yearly.noDpiaNeeded"])), env.opts.autoescape);
                            ;
                        }
                        output += "</td></tr>\n    <tr><th scope=\"row\">";
                        output += runtime.suppressValue((lineno = 36, colno = 28, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["yearly.indicators"])), env.opts.autoescape);
                        output += "</th><td>";
                        if (runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "f")), "kpis")) {
                            output += runtime.suppressValue((lineno = 36, colno = 80, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["yearly.kpisOnTarget", { "n": runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "f")), "kpis"), "onTarget": runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "f")), "kpisOnTarget"), "quarter": runtime.memberLookup((runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "r")), "kpis")), "quarterLabel") }])), env.opts.autoescape);
                            if (runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "f")), "kpisMissing")) {
                                output += "; ";
                                output += runtime.suppressValue((lineno = 36, colno = 203, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["yearly.kpisMissing", { "n": runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "f")), "kpisMissing") }])), env.opts.autoescape);
                                ;
                            }
                            output += ".";
                            ;
                        }
                        else {
                            output += runtime.suppressValue((lineno = 36, colno = 274, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["kpi.none"])), env.opts.autoescape);
                            ;
                        }
                        output += "</td></tr>\n    <tr><th scope=\"row\">";
                        output += runtime.suppressValue((lineno = 37, colno = 28, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["yearly.recommendations"])), env.opts.autoescape);
                        output += "</th><td>";
                        output += runtime.suppressValue((lineno = 37, colno = 70, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["yearly.recommendationsOpen", { "n": runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "f")), "recommendationsOpen") }])), env.opts.autoescape);
                        output += "; ";
                        output += runtime.suppressValue((lineno = 37, colno = 137, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["yearly.actionsDone", { "n": runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "f")), "actionsTotal"), "done": runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "f")), "actionsDone") }])), env.opts.autoescape);
                        if (runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "f")), "actionsOverdue")) {
                            output += ", ";
                            output += runtime.suppressValue((lineno = 37, colno = 235, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["yearly.actionsOverdue", { "n": runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "f")), "actionsOverdue") }])), env.opts.autoescape);
                            ;
                        }
                        output += ".</td></tr>\n";
                        if (runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "r")), "cycleDue")) {
                            output += "<tr><th scope=\"row\">";
                            output += runtime.suppressValue((lineno = 38, colno = 47, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["yearly.cycle"])), env.opts.autoescape);
                            output += "</th><td>";
                            output += runtime.suppressValue((lineno = 38, colno = 79, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["cycleSummary", { "n": runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "r")), "cycleDue"), "done": runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "r")), "cycleDoneDue") }])), env.opts.autoescape);
                            output += "</td></tr>";
                            ;
                        }
                        output += "  </tbody>\n</table>\n\n";
                        var tasks = [];
                        tasks.push(function (callback) {
                            env.getTemplate("partials/yearly-assessment.njk", false, "yearly-report.njk", false, function (t_16, t_15) {
                                if (t_16) {
                                    cb(t_16);
                                    return;
                                }
                                callback(null, t_15);
                            });
                        });
                        tasks.push(function (template, callback) {
                            template.render(context.getVariables(), frame, function (t_18, t_17) {
                                if (t_18) {
                                    cb(t_18);
                                    return;
                                }
                                callback(null, t_17);
                            });
                        });
                        tasks.push(function (result, callback) {
                            output += result;
                            callback(null);
                        });
                        env.waterfall(tasks, function () {
                            output += "\n<h2>";
                            output += runtime.suppressValue((lineno = 44, colno = 8, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["yearly.documents"])), env.opts.autoescape);
                            output += "</h2>\n<p>";
                            output += runtime.suppressValue((lineno = 45, colno = 7, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["yearly.documentsIntro"])), env.opts.autoescape);
                            output += "</p>\n";
                            if (runtime.memberLookup((runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "r")), "documents")), "length")) {
                                output += "<table>\n  <thead>\n    <tr><th scope=\"col\">";
                                output += runtime.suppressValue((lineno = 49, colno = 28, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["yearly.document"])), env.opts.autoescape);
                                output += "</th><th scope=\"col\">";
                                output += runtime.suppressValue((lineno = 49, colno = 75, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["yearly.type"])), env.opts.autoescape);
                                output += "</th><th scope=\"col\">";
                                output += runtime.suppressValue((lineno = 49, colno = 118, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["status"])), env.opts.autoescape);
                                output += "</th><th scope=\"col\">";
                                output += runtime.suppressValue((lineno = 49, colno = 156, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["yearly.decision"])), env.opts.autoescape);
                                output += "</th><th scope=\"col\">";
                                output += runtime.suppressValue((lineno = 49, colno = 203, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["yearly.communicated"])), env.opts.autoescape);
                                output += "</th><th scope=\"col\">";
                                output += runtime.suppressValue((lineno = 49, colno = 254, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["systems.nextReview"])), env.opts.autoescape);
                                output += "</th></tr>\n  </thead>\n  <tbody>\n";
                                frame = frame.push();
                                var t_21 = runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "r")), "documents");
                                if (t_21) {
                                    t_21 = runtime.fromIterator(t_21);
                                    var t_20 = t_21.length;
                                    for (var t_19 = 0; t_19 < t_21.length; t_19++) {
                                        var t_22 = t_21[t_19];
                                        frame.set("d", t_22);
                                        frame.set("loop.index", t_19 + 1);
                                        frame.set("loop.index0", t_19);
                                        frame.set("loop.revindex", t_20 - t_19);
                                        frame.set("loop.revindex0", t_20 - t_19 - 1);
                                        frame.set("loop.first", t_19 === 0);
                                        frame.set("loop.last", t_19 === t_20 - 1);
                                        frame.set("loop.length", t_20);
                                        if (runtime.memberLookup((t_22), "restricted")) {
                                            output += "    <tr><th scope=\"row\"";
                                            output += runtime.suppressValue(env.getFilter("safe").call(context, runtime.contextOrFrameLookup(context, frame, "regAttr")), env.opts.autoescape);
                                            output += ">";
                                            output += runtime.suppressValue(runtime.memberLookup((t_22), "title"), env.opts.autoescape);
                                            output += "</th><td colspan=\"5\">";
                                            output += runtime.suppressValue((lineno = 54, colno = 93, runtime.callWrap(runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "m")), "restricted"), "m[\"restricted\"]", context, [])), env.opts.autoescape);
                                            output += "</td></tr>\n";
                                            ;
                                        }
                                        else {
                                            output += "    <tr>\n      <th scope=\"row\"";
                                            output += runtime.suppressValue(env.getFilter("safe").call(context, runtime.contextOrFrameLookup(context, frame, "regAttr")), env.opts.autoescape);
                                            output += ">";
                                            output += runtime.suppressValue(runtime.memberLookup((t_22), "title"), env.opts.autoescape);
                                            output += "</th>\n      <td>";
                                            output += runtime.suppressValue(runtime.memberLookup((t_22), "type"), env.opts.autoescape);
                                            output += "</td>\n      <td>";
                                            output += runtime.suppressValue(runtime.memberLookup((t_22), "statusLabel"), env.opts.autoescape);
                                            output += "</td>\n      <td>";
                                            if (runtime.memberLookup((t_22), "decision")) {
                                                output += "<span class=\"nowrap\">";
                                                output += runtime.suppressValue(env.getFilter("date").call(context, runtime.memberLookup((runtime.memberLookup((t_22), "decision")), "date")), env.opts.autoescape);
                                                output += "</span>";
                                                if (runtime.memberLookup((runtime.memberLookup((t_22), "decision")), "paragraph")) {
                                                    output += " ";
                                                    output += runtime.suppressValue(runtime.memberLookup((runtime.memberLookup((t_22), "decision")), "paragraph"), env.opts.autoescape);
                                                    ;
                                                }
                                                if (runtime.memberLookup((t_22), "decidedBy")) {
                                                    output += "<br><span class=\"small\">";
                                                    output += runtime.suppressValue(runtime.memberLookup((t_22), "decidedBy"), env.opts.autoescape);
                                                    output += "</span>";
                                                    ;
                                                }
                                                ;
                                            }
                                            else {
                                                output += "–";
                                                ;
                                            }
                                            output += "</td>\n      <td>";
                                            if (runtime.memberLookup((t_22), "communicated")) {
                                                output += runtime.suppressValue(env.getFilter("date").call(context, runtime.memberLookup((t_22), "communicated")), env.opts.autoescape);
                                                ;
                                            }
                                            if (runtime.memberLookup((t_22), "notCommunicated")) {
                                                output += " <span class=\"flag soft\">";
                                                output += runtime.suppressValue((lineno = 61, colno = 126, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["yearly.notSinceDecision"])), env.opts.autoescape);
                                                output += "</span>";
                                                ;
                                            }
                                            else {
                                                if (!runtime.memberLookup((t_22), "communicated")) {
                                                    output += "–";
                                                    ;
                                                }
                                                ;
                                            }
                                            output += "</td>\n      <td>";
                                            if (runtime.memberLookup((t_22), "nextReview")) {
                                                output += "<span class=\"nowrap\">";
                                                output += runtime.suppressValue(env.getFilter("date").call(context, runtime.memberLookup((t_22), "nextReview")), env.opts.autoescape);
                                                output += "</span>";
                                                ;
                                            }
                                            else {
                                                output += "–";
                                                ;
                                            }
                                            if (runtime.memberLookup((t_22), "reviewOverdue")) {
                                                output += " <span class=\"flag\">";
                                                output += runtime.suppressValue((lineno = 62, colno = 154, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["overdue"])), env.opts.autoescape);
                                                output += "</span>";
                                                ;
                                            }
                                            output += "</td>\n    </tr>\n";
                                            ;
                                        }
                                        ;
                                    }
                                }
                                frame = frame.pop();
                                output += "  </tbody>\n</table>\n";
                                ;
                            }
                            else {
                                output += "<p class=\"placeholder\">";
                                output += runtime.suppressValue((lineno = 69, colno = 27, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["yearly.noDocuments"])), env.opts.autoescape);
                                output += "</p>\n";
                                ;
                            }
                            output += "\n<h2>";
                            output += runtime.suppressValue((lineno = 72, colno = 8, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["yearly.classification"])), env.opts.autoescape);
                            output += "</h2>\n<p>";
                            output += runtime.suppressValue((lineno = 73, colno = 7, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["yearly.classificationIntro", { "perBoard": (runtime.memberLookup((runtime.memberLookup((runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "r")), "classification")), "boards")), "length") ? "yes" : "no") }])), env.opts.autoescape);
                            output += "</p>\n";
                            if (runtime.memberLookup((runtime.memberLookup((runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "r")), "classification")), "boards")), "length")) {
                                output += "<table>\n  <thead>\n    <tr><th scope=\"col\">";
                                output += runtime.suppressValue((lineno = 77, colno = 28, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["yearly.board"])), env.opts.autoescape);
                                output += "</th><th scope=\"col\" class=\"num\">";
                                output += runtime.suppressValue((lineno = 77, colno = 84, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["yearly.assets"])), env.opts.autoescape);
                                output += "</th><th scope=\"col\" class=\"num\">";
                                output += runtime.suppressValue((lineno = 77, colno = 141, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["yearly.classifiedColumn"])), env.opts.autoescape);
                                output += "</th><th scope=\"col\" class=\"num\">";
                                output += runtime.suppressValue((lineno = 77, colno = 208, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["yearly.share"])), env.opts.autoescape);
                                output += "</th><th scope=\"col\" class=\"num\">";
                                output += runtime.suppressValue((lineno = 77, colno = 264, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["yearly.reviewsOverdueColumn"])), env.opts.autoescape);
                                output += "</th></tr>\n  </thead>\n  <tbody>\n";
                                frame = frame.push();
                                var t_25 = runtime.memberLookup((runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "r")), "classification")), "boards");
                                if (t_25) {
                                    t_25 = runtime.fromIterator(t_25);
                                    var t_24 = t_25.length;
                                    for (var t_23 = 0; t_23 < t_25.length; t_23++) {
                                        var t_26 = t_25[t_23];
                                        frame.set("b", t_26);
                                        frame.set("loop.index", t_23 + 1);
                                        frame.set("loop.index0", t_23);
                                        frame.set("loop.revindex", t_24 - t_23);
                                        frame.set("loop.revindex0", t_24 - t_23 - 1);
                                        frame.set("loop.first", t_23 === 0);
                                        frame.set("loop.last", t_23 === t_24 - 1);
                                        frame.set("loop.length", t_24);
                                        output += "    <tr><th scope=\"row\"";
                                        output += runtime.suppressValue(env.getFilter("safe").call(context, runtime.contextOrFrameLookup(context, frame, "regAttr")), env.opts.autoescape);
                                        output += ">";
                                        output += runtime.suppressValue(runtime.memberLookup((runtime.memberLookup((t_26), "board")), "name"), env.opts.autoescape);
                                        output += "</th><td class=\"num\">";
                                        output += runtime.suppressValue(runtime.memberLookup((t_26), "assets"), env.opts.autoescape);
                                        output += "</td><td class=\"num\">";
                                        output += runtime.suppressValue(runtime.memberLookup((t_26), "classified"), env.opts.autoescape);
                                        output += "</td><td class=\"num\">";
                                        output += runtime.suppressValue((lineno = 81, colno = 161, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["yearly.percent", { "value": env.getFilter("number").call(context, (runtime.memberLookup((t_26), "classified") / runtime.memberLookup((t_26), "assets") * 100), 0) }])), env.opts.autoescape);
                                        output += "</td><td class=\"num\">";
                                        output += runtime.suppressValue(runtime.memberLookup((t_26), "overdue"), env.opts.autoescape);
                                        output += "</td></tr>\n";
                                        ;
                                    }
                                }
                                frame = frame.pop();
                                output += "  </tbody>\n</table>\n";
                                ;
                            }
                            output += "\n<h3>";
                            output += runtime.suppressValue((lineno = 87, colno = 8, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["yearly.unclassified"])), env.opts.autoescape);
                            output += "</h3>\n";
                            if (runtime.memberLookup((runtime.memberLookup((runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "r")), "classification")), "unclassified")), "length")) {
                                output += "<table>\n  <thead><tr><th scope=\"col\">";
                                output += runtime.suppressValue((lineno = 90, colno = 33, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["systems.asset"])), env.opts.autoescape);
                                output += "</th><th scope=\"col\">";
                                output += runtime.suppressValue((lineno = 90, colno = 78, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["yearly.board"])), env.opts.autoescape);
                                output += "</th><th scope=\"col\">";
                                output += runtime.suppressValue((lineno = 90, colno = 122, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["systems.assetOwner"])), env.opts.autoescape);
                                output += "</th></tr></thead>\n  <tbody>\n";
                                frame = frame.push();
                                var t_29 = runtime.memberLookup((runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "r")), "classification")), "unclassified");
                                if (t_29) {
                                    t_29 = runtime.fromIterator(t_29);
                                    var t_28 = t_29.length;
                                    for (var t_27 = 0; t_27 < t_29.length; t_27++) {
                                        var t_30 = t_29[t_27];
                                        frame.set("a", t_30);
                                        frame.set("loop.index", t_27 + 1);
                                        frame.set("loop.index0", t_27);
                                        frame.set("loop.revindex", t_28 - t_27);
                                        frame.set("loop.revindex0", t_28 - t_27 - 1);
                                        frame.set("loop.first", t_27 === 0);
                                        frame.set("loop.last", t_27 === t_28 - 1);
                                        frame.set("loop.length", t_28);
                                        output += "    <tr><th scope=\"row\"";
                                        output += runtime.suppressValue(env.getFilter("safe").call(context, runtime.contextOrFrameLookup(context, frame, "regAttr")), env.opts.autoescape);
                                        output += ">";
                                        output += runtime.suppressValue(runtime.memberLookup((t_30), "name"), env.opts.autoescape);
                                        output += "</th><td>";
                                        output += runtime.suppressValue(runtime.memberLookup((t_30), "board"), env.opts.autoescape);
                                        output += "</td><td>";
                                        if (runtime.memberLookup((t_30), "restricted")) {
                                            output += runtime.suppressValue((lineno = 93, colno = 123, runtime.callWrap(runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "m")), "restricted"), "m[\"restricted\"]", context, [])), env.opts.autoescape);
                                            ;
                                        }
                                        else {
                                            output += runtime.suppressValue(runtime.memberLookup((t_30), "owner"), env.opts.autoescape);
                                            ;
                                        }
                                        output += "</td></tr>\n";
                                        ;
                                    }
                                }
                                frame = frame.pop();
                                output += "  </tbody>\n</table>\n";
                                ;
                            }
                            else {
                                output += "<p>";
                                output += runtime.suppressValue((lineno = 98, colno = 7, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["yearly.allClassified"])), env.opts.autoescape);
                                output += "</p>\n";
                                ;
                            }
                            output += "\n<h3>";
                            output += runtime.suppressValue((lineno = 101, colno = 8, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["yearly.overdueHeading"])), env.opts.autoescape);
                            output += "</h3>\n";
                            if (runtime.memberLookup((runtime.memberLookup((runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "r")), "classification")), "overdue")), "length")) {
                                output += "<table>\n  <thead><tr><th scope=\"col\">";
                                output += runtime.suppressValue((lineno = 104, colno = 33, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["systems.asset"])), env.opts.autoescape);
                                output += "</th><th scope=\"col\">";
                                output += runtime.suppressValue((lineno = 104, colno = 78, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["yearly.board"])), env.opts.autoescape);
                                output += "</th><th scope=\"col\">";
                                output += runtime.suppressValue((lineno = 104, colno = 122, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["systems.classified"])), env.opts.autoescape);
                                output += "</th><th scope=\"col\">";
                                output += runtime.suppressValue((lineno = 104, colno = 172, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["yearly.reviewDue"])), env.opts.autoescape);
                                output += "</th></tr></thead>\n  <tbody>\n";
                                frame = frame.push();
                                var t_33 = runtime.memberLookup((runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "r")), "classification")), "overdue");
                                if (t_33) {
                                    t_33 = runtime.fromIterator(t_33);
                                    var t_32 = t_33.length;
                                    for (var t_31 = 0; t_31 < t_33.length; t_31++) {
                                        var t_34 = t_33[t_31];
                                        frame.set("a", t_34);
                                        frame.set("loop.index", t_31 + 1);
                                        frame.set("loop.index0", t_31);
                                        frame.set("loop.revindex", t_32 - t_31);
                                        frame.set("loop.revindex0", t_32 - t_31 - 1);
                                        frame.set("loop.first", t_31 === 0);
                                        frame.set("loop.last", t_31 === t_32 - 1);
                                        frame.set("loop.length", t_32);
                                        output += "    <tr><th scope=\"row\"";
                                        output += runtime.suppressValue(env.getFilter("safe").call(context, runtime.contextOrFrameLookup(context, frame, "regAttr")), env.opts.autoescape);
                                        output += ">";
                                        output += runtime.suppressValue(runtime.memberLookup((t_34), "name"), env.opts.autoescape);
                                        output += "</th><td>";
                                        output += runtime.suppressValue(runtime.memberLookup((t_34), "board"), env.opts.autoescape);
                                        output += "</td><td>";
                                        output += runtime.suppressValue(env.getFilter("date").call(context, runtime.memberLookup((t_34), "classified")), env.opts.autoescape);
                                        output += "</td><td>";
                                        output += runtime.suppressValue(env.getFilter("date").call(context, runtime.memberLookup((t_34), "due")), env.opts.autoescape);
                                        output += " <span class=\"flag\">";
                                        output += runtime.suppressValue((lineno = 107, colno = 163, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["overdue"])), env.opts.autoescape);
                                        output += "</span></td></tr>\n";
                                        ;
                                    }
                                }
                                frame = frame.pop();
                                output += "  </tbody>\n</table>\n";
                                ;
                            }
                            else {
                                output += "<p>";
                                output += runtime.suppressValue((lineno = 112, colno = 7, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["yearly.noneOverdue"])), env.opts.autoescape);
                                output += "</p>\n";
                                ;
                            }
                            output += "\n<h2>";
                            output += runtime.suppressValue((lineno = 115, colno = 8, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["yearly.protection"])), env.opts.autoescape);
                            output += "</h2>\n<p>";
                            output += runtime.suppressValue((lineno = 116, colno = 7, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["yearly.protectionIntro"])), env.opts.autoescape);
                            output += "</p>\n";
                            if (runtime.memberLookup((runtime.memberLookup((runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "r")), "protection")), "gaps")), "length")) {
                                output += "<table>\n  <thead><tr><th scope=\"col\">";
                                output += runtime.suppressValue((lineno = 119, colno = 33, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["systems.system"])), env.opts.autoescape);
                                output += "</th><th scope=\"col\">";
                                output += runtime.suppressValue((lineno = 119, colno = 79, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["yearly.board"])), env.opts.autoescape);
                                output += "</th><th scope=\"col\">";
                                output += runtime.suppressValue((lineno = 119, colno = 123, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["yearly.aspect"])), env.opts.autoescape);
                                output += "</th><th scope=\"col\" class=\"num\">";
                                output += runtime.suppressValue((lineno = 119, colno = 180, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["yearly.protectionLevel"])), env.opts.autoescape);
                                output += "</th><th scope=\"col\" class=\"num\">";
                                output += runtime.suppressValue((lineno = 119, colno = 246, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["yearly.required"])), env.opts.autoescape);
                                output += "</th><th scope=\"col\">";
                                output += runtime.suppressValue((lineno = 119, colno = 293, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["yearly.requiringInformation"])), env.opts.autoescape);
                                output += "</th></tr></thead>\n  <tbody>\n";
                                frame = frame.push();
                                var t_37 = runtime.memberLookup((runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "r")), "protection")), "gaps");
                                if (t_37) {
                                    t_37 = runtime.fromIterator(t_37);
                                    var t_36 = t_37.length;
                                    for (var t_35 = 0; t_35 < t_37.length; t_35++) {
                                        var t_38 = t_37[t_35];
                                        frame.set("g", t_38);
                                        frame.set("loop.index", t_35 + 1);
                                        frame.set("loop.index0", t_35);
                                        frame.set("loop.revindex", t_36 - t_35);
                                        frame.set("loop.revindex0", t_36 - t_35 - 1);
                                        frame.set("loop.first", t_35 === 0);
                                        frame.set("loop.last", t_35 === t_36 - 1);
                                        frame.set("loop.length", t_36);
                                        output += "    <tr><th scope=\"row\"";
                                        output += runtime.suppressValue(env.getFilter("safe").call(context, runtime.contextOrFrameLookup(context, frame, "regAttr")), env.opts.autoescape);
                                        output += ">";
                                        output += runtime.suppressValue(runtime.memberLookup((t_38), "system"), env.opts.autoescape);
                                        output += "</th><td>";
                                        output += runtime.suppressValue(runtime.memberLookup((t_38), "board"), env.opts.autoescape);
                                        output += "</td><td>";
                                        output += runtime.suppressValue(runtime.memberLookup((t_38), "aspect"), env.opts.autoescape);
                                        output += "</td><td class=\"num\">";
                                        if (env.getTest("defined").call(context, runtime.memberLookup((t_38), "have")) === true) {
                                            output += runtime.suppressValue(runtime.memberLookup((t_38), "have"), env.opts.autoescape);
                                            ;
                                        }
                                        else {
                                            output += runtime.suppressValue((lineno = 122, colno = 176, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["yearly.notGiven"])), env.opts.autoescape);
                                            ;
                                        }
                                        output += "</td><td class=\"num below\">";
                                        output += runtime.suppressValue(runtime.memberLookup((t_38), "need"), env.opts.autoescape);
                                        output += "</td><td>";
                                        if (runtime.memberLookup((t_38), "assetRestricted")) {
                                            output += runtime.suppressValue((lineno = 122, colno = 298, runtime.callWrap(runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "m")), "restricted"), "m[\"restricted\"]", context, [])), env.opts.autoescape);
                                            ;
                                        }
                                        else {
                                            output += runtime.suppressValue(runtime.memberLookup((t_38), "asset"), env.opts.autoescape);
                                            ;
                                        }
                                        output += "</td></tr>\n";
                                        ;
                                    }
                                }
                                frame = frame.pop();
                                output += "  </tbody>\n</table>\n";
                                ;
                            }
                            else {
                                if (!runtime.memberLookup((runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "r")), "protection")), "restrictedGaps")) {
                                    output += "<p>";
                                    output += runtime.suppressValue((lineno = 127, colno = 7, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["yearly.allProtected"])), env.opts.autoescape);
                                    output += "</p>\n";
                                    ;
                                }
                                ;
                            }
                            if (runtime.memberLookup((runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "r")), "protection")), "restrictedGaps")) {
                                output += "<p>";
                                output += runtime.suppressValue((lineno = 130, colno = 7, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["yearly.restrictedGaps", { "n": runtime.memberLookup((runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "r")), "protection")), "restrictedGaps") }])), env.opts.autoescape);
                                output += "</p>\n";
                                ;
                            }
                            var tasks = [];
                            tasks.push(function (callback) {
                                env.getTemplate("partials/yearly-risk.njk", false, "yearly-report.njk", true, function (t_40, t_39) {
                                    if (t_40) {
                                        cb(t_40);
                                        return;
                                    }
                                    callback(null, t_39);
                                });
                            });
                            tasks.push(function (template, callback) {
                                template.render(context.getVariables(), frame, function (t_42, t_41) {
                                    if (t_42) {
                                        cb(t_42);
                                        return;
                                    }
                                    callback(null, t_41);
                                });
                            });
                            tasks.push(function (result, callback) {
                                output += result;
                                callback(null);
                            });
                            env.waterfall(tasks, function () {
                                output += "\n<h2>";
                                output += runtime.suppressValue((lineno = 136, colno = 8, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["yearly.registerHeading"])), env.opts.autoescape);
                                output += "</h2>\n<p>";
                                if (runtime.contextOrFrameLookup(context, frame, "controllerModel") == "organisation") {
                                    output += runtime.suppressValue((lineno = 137, colno = 49, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["yearly.organisationController", { "org": runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "org")), "name") }])), env.opts.autoescape);
                                    if (runtime.contextOrFrameLookup(context, frame, "delegatedTo")) {
                                        output += " ";
                                        output += runtime.suppressValue((lineno = 137, colno = 127, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["yearly.delegated", { "role": runtime.contextOrFrameLookup(context, frame, "delegatedTo") }])), env.opts.autoescape);
                                        ;
                                    }
                                    output += " ";
                                    output += runtime.suppressValue((lineno = 137, colno = 187, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["yearly.boardsNotControllers"])), env.opts.autoescape);
                                    ;
                                }
                                else {
                                    output += runtime.suppressValue((lineno = 137, colno = 235, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["yearly.boardsControllers"])), env.opts.autoescape);
                                    ;
                                }
                                output += " ";
                                output += runtime.suppressValue((lineno = 137, colno = 282, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["yearly.dpiaWhen"])), env.opts.autoescape);
                                output += "</p>\n";
                                if (runtime.memberLookup((runtime.memberLookup((runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "r")), "processing")), "boards")), "length")) {
                                    output += "<table>\n  <thead><tr><th scope=\"col\">";
                                    output += runtime.suppressValue((runtime.contextOrFrameLookup(context, frame, "controllerModel") == "organisation" ? (lineno = 140, colno = 33, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["register.controller"])) : (lineno = 140, colno = 100, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["yearly.board"]))), env.opts.autoescape);
                                    output += "</th><th scope=\"col\" class=\"num\">";
                                    output += runtime.suppressValue((lineno = 140, colno = 156, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["yearly.activities"])), env.opts.autoescape);
                                    output += "</th><th scope=\"col\" class=\"num\">";
                                    output += runtime.suppressValue((lineno = 140, colno = 217, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["yearly.withSensitive"])), env.opts.autoescape);
                                    output += "</th><th scope=\"col\" class=\"num\">";
                                    output += runtime.suppressValue((lineno = 140, colno = 281, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["yearly.needDpia"])), env.opts.autoescape);
                                    output += "</th><th scope=\"col\" class=\"num\">";
                                    output += runtime.suppressValue((lineno = 140, colno = 340, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["yearly.completed"])), env.opts.autoescape);
                                    output += "</th></tr></thead>\n  <tbody>\n";
                                    frame = frame.push();
                                    var t_45 = runtime.memberLookup((runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "r")), "processing")), "boards");
                                    if (t_45) {
                                        t_45 = runtime.fromIterator(t_45);
                                        var t_44 = t_45.length;
                                        for (var t_43 = 0; t_43 < t_45.length; t_43++) {
                                            var t_46 = t_45[t_43];
                                            frame.set("b", t_46);
                                            frame.set("loop.index", t_43 + 1);
                                            frame.set("loop.index0", t_43);
                                            frame.set("loop.revindex", t_44 - t_43);
                                            frame.set("loop.revindex0", t_44 - t_43 - 1);
                                            frame.set("loop.first", t_43 === 0);
                                            frame.set("loop.last", t_43 === t_44 - 1);
                                            frame.set("loop.length", t_44);
                                            output += "    <tr><th scope=\"row\"";
                                            output += runtime.suppressValue(env.getFilter("safe").call(context, runtime.contextOrFrameLookup(context, frame, "regAttr")), env.opts.autoescape);
                                            output += ">";
                                            output += runtime.suppressValue(runtime.memberLookup((runtime.memberLookup((t_46), "board")), "name"), env.opts.autoescape);
                                            output += "</th><td class=\"num\">";
                                            output += runtime.suppressValue(runtime.memberLookup((t_46), "total"), env.opts.autoescape);
                                            output += "</td><td class=\"num\">";
                                            output += runtime.suppressValue(runtime.memberLookup((t_46), "sensitive"), env.opts.autoescape);
                                            output += "</td><td class=\"num\">";
                                            output += runtime.suppressValue(runtime.memberLookup((t_46), "dpiaNeeded"), env.opts.autoescape);
                                            output += "</td><td class=\"num\">";
                                            output += runtime.suppressValue(runtime.memberLookup((t_46), "dpiaDone"), env.opts.autoescape);
                                            output += "</td></tr>\n";
                                            ;
                                        }
                                    }
                                    frame = frame.pop();
                                    output += "  </tbody>\n</table>\n";
                                    ;
                                }
                                if (runtime.memberLookup((runtime.memberLookup((runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "r")), "processing")), "dpiaRows")), "length")) {
                                    output += "<h3>";
                                    output += runtime.suppressValue((lineno = 149, colno = 8, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["yearly.dpias"])), env.opts.autoescape);
                                    output += "</h3>\n<table>\n  <thead><tr><th scope=\"col\">";
                                    output += runtime.suppressValue((lineno = 151, colno = 33, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["register.activity"])), env.opts.autoescape);
                                    output += "</th><th scope=\"col\">";
                                    output += runtime.suppressValue((lineno = 151, colno = 82, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["yearly.board"])), env.opts.autoescape);
                                    output += "</th><th scope=\"col\">";
                                    output += runtime.suppressValue((lineno = 151, colno = 126, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["yearly.grounds"])), env.opts.autoescape);
                                    output += "</th><th scope=\"col\">";
                                    output += runtime.suppressValue((lineno = 151, colno = 172, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["status"])), env.opts.autoescape);
                                    output += "</th></tr></thead>\n  <tbody>\n";
                                    frame = frame.push();
                                    var t_49 = runtime.memberLookup((runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "r")), "processing")), "dpiaRows");
                                    if (t_49) {
                                        t_49 = runtime.fromIterator(t_49);
                                        var t_48 = t_49.length;
                                        for (var t_47 = 0; t_47 < t_49.length; t_47++) {
                                            var t_50 = t_49[t_47];
                                            frame.set("p", t_50);
                                            frame.set("loop.index", t_47 + 1);
                                            frame.set("loop.index0", t_47);
                                            frame.set("loop.revindex", t_48 - t_47);
                                            frame.set("loop.revindex0", t_48 - t_47 - 1);
                                            frame.set("loop.first", t_47 === 0);
                                            frame.set("loop.last", t_47 === t_48 - 1);
                                            frame.set("loop.length", t_48);
                                            if (runtime.memberLookup((t_50), "restricted")) {
                                                output += "    <tr><th scope=\"row\"";
                                                output += runtime.suppressValue(env.getFilter("safe").call(context, runtime.contextOrFrameLookup(context, frame, "regAttr")), env.opts.autoescape);
                                                output += ">";
                                                output += runtime.suppressValue(runtime.memberLookup((t_50), "name"), env.opts.autoescape);
                                                output += "</th><td>";
                                                output += runtime.suppressValue(runtime.memberLookup((runtime.memberLookup((t_50), "controller")), "name"), env.opts.autoescape);
                                                output += "</td><td colspan=\"2\">";
                                                output += runtime.suppressValue((lineno = 155, colno = 124, runtime.callWrap(runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "m")), "restricted"), "m[\"restricted\"]", context, [])), env.opts.autoescape);
                                                output += "</td></tr>\n";
                                                ;
                                            }
                                            else {
                                                output += "    <tr>\n      <th scope=\"row\"";
                                                output += runtime.suppressValue(env.getFilter("safe").call(context, runtime.contextOrFrameLookup(context, frame, "regAttr")), env.opts.autoescape);
                                                output += ">";
                                                output += runtime.suppressValue(runtime.memberLookup((t_50), "name"), env.opts.autoescape);
                                                output += "</th>\n      <td>";
                                                output += runtime.suppressValue(runtime.memberLookup((runtime.memberLookup((t_50), "controller")), "name"), env.opts.autoescape);
                                                output += "</td>\n      <td>";
                                                output += runtime.suppressValue((runtime.memberLookup((runtime.memberLookup((t_50), "dpiaReasons")), "length") ? env.getFilter("join").call(context, runtime.memberLookup((t_50), "dpiaReasons"), ", ") : "–"), env.opts.autoescape);
                                                output += "</td>\n      <td>";
                                                if (runtime.memberLookup((t_50), "dpia")) {
                                                    output += runtime.suppressValue(runtime.memberLookup((runtime.memberLookup((t_50), "dpia")), "statusLabel"), env.opts.autoescape);
                                                    if (runtime.memberLookup((runtime.memberLookup((t_50), "dpia")), "date")) {
                                                        output += " <span class=\"nowrap\">";
                                                        output += runtime.suppressValue(env.getFilter("date").call(context, runtime.memberLookup((runtime.memberLookup((t_50), "dpia")), "date")), env.opts.autoescape);
                                                        output += "</span>";
                                                        ;
                                                    }
                                                    ;
                                                }
                                                else {
                                                    output += runtime.suppressValue((lineno = 161, colno = 147, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["yearly.notStarted"])), env.opts.autoescape);
                                                    ;
                                                }
                                                if (runtime.memberLookup((t_50), "dpiaNeeded") && (!runtime.memberLookup((t_50), "dpia") || runtime.memberLookup((runtime.memberLookup((t_50), "dpia")), "status") != "done")) {
                                                    output += " <span class=\"flag\">";
                                                    output += runtime.suppressValue((lineno = 161, colno = 271, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["yearly.missing"])), env.opts.autoescape);
                                                    output += "</span>";
                                                    ;
                                                }
                                                output += "</td>\n    </tr>\n";
                                                ;
                                            }
                                            ;
                                        }
                                    }
                                    frame = frame.pop();
                                    output += "  </tbody>\n</table>\n";
                                    ;
                                }
                                output += "\n<h2>";
                                output += runtime.suppressValue((lineno = 169, colno = 8, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["yearly.indicators"])), env.opts.autoescape);
                                output += "</h2>\n";
                                if (runtime.memberLookup((runtime.memberLookup((runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "r")), "kpis")), "kpis")), "length")) {
                                    output += "<p>";
                                    output += runtime.suppressValue((lineno = 171, colno = 7, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["yearly.kpisIntro", { "window": runtime.memberLookup((runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "r")), "kpis")), "windowText") }])), env.opts.autoescape);
                                    output += "</p>\n";
                                    frame = frame.push();
                                    var t_53 = runtime.memberLookup((runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "r")), "kpis")), "kpis");
                                    if (t_53) {
                                        t_53 = runtime.fromIterator(t_53);
                                        var t_52 = t_53.length;
                                        for (var t_51 = 0; t_51 < t_53.length; t_51++) {
                                            var t_54 = t_53[t_51];
                                            frame.set("k", t_54);
                                            frame.set("loop.index", t_51 + 1);
                                            frame.set("loop.index0", t_51);
                                            frame.set("loop.revindex", t_52 - t_51);
                                            frame.set("loop.revindex0", t_52 - t_51 - 1);
                                            frame.set("loop.first", t_51 === 0);
                                            frame.set("loop.last", t_51 === t_52 - 1);
                                            frame.set("loop.length", t_52);
                                            output += "  <h3";
                                            output += runtime.suppressValue(env.getFilter("safe").call(context, runtime.contextOrFrameLookup(context, frame, "regAttr")), env.opts.autoescape);
                                            output += ">";
                                            output += runtime.suppressValue(runtime.memberLookup((t_54), "name"), env.opts.autoescape);
                                            output += "</h3>\n";
                                            if (runtime.memberLookup((t_54), "restricted")) {
                                                output += "  <p>";
                                                output += runtime.suppressValue((lineno = 175, colno = 20, runtime.callWrap(runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "m")), "restricted"), "m[\"restricted\"]", context, [])), env.opts.autoescape);
                                                output += "</p>\n";
                                                ;
                                            }
                                            else {
                                                output += "  <figure>\n    ";
                                                output += runtime.suppressValue(env.getFilter("safe").call(context, runtime.memberLookup((t_54), "chart")), env.opts.autoescape);
                                                output += "\n    <figcaption><strong>";
                                                output += runtime.suppressValue((lineno = 179, colno = 28, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["yearly.figure", { "n": runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "loop")), "index"), "name": runtime.memberLookup((t_54), "name") }])), env.opts.autoescape);
                                                output += "</strong> ";
                                                output += runtime.suppressValue((lineno = 179, colno = 93, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["yearly.figureTarget", { "target": runtime.memberLookup((t_54), "targetText"), "direction": env.getFilter("lower").call(context, runtime.memberLookup((t_54), "directionLabel")) }])), env.opts.autoescape);
                                                if (runtime.memberLookup((t_54), "latest") && runtime.memberLookup((runtime.memberLookup((t_54), "latest")), "valueText")) {
                                                    output += " ";
                                                    output += runtime.suppressValue((lineno = 179, colno = 225, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["yearly.figureResult", { "quarter": runtime.memberLookup((runtime.memberLookup((t_54), "latest")), "label"), "value": runtime.memberLookup((runtime.memberLookup((t_54), "latest")), "valueText") }])), env.opts.autoescape);
                                                    ;
                                                }
                                                if (runtime.memberLookup((runtime.memberLookup((t_54), "missing")), "length")) {
                                                    output += " <span class=\"missing\">";
                                                    output += runtime.suppressValue((lineno = 179, colno = 368, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["yearly.figureMissing", { "quarters": env.getFilter("join").call(context, runtime.memberLookup((t_54), "missing"), ", ") }])), env.opts.autoescape);
                                                    output += "</span>";
                                                    ;
                                                }
                                                output += "</figcaption>\n  </figure>\n";
                                                ;
                                            }
                                            ;
                                        }
                                    }
                                    frame = frame.pop();
                                    ;
                                }
                                else {
                                    output += "<p class=\"placeholder\">";
                                    output += runtime.suppressValue((lineno = 184, colno = 27, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["kpi.none"])), env.opts.autoescape);
                                    output += "</p>\n";
                                    ;
                                }
                                output += "\n";
                                var tasks = [];
                                tasks.push(function (callback) {
                                    env.getTemplate("partials/yearly-incidents.njk", false, "yearly-report.njk", true, function (t_56, t_55) {
                                        if (t_56) {
                                            cb(t_56);
                                            return;
                                        }
                                        callback(null, t_55);
                                    });
                                });
                                tasks.push(function (template, callback) {
                                    template.render(context.getVariables(), frame, function (t_58, t_57) {
                                        if (t_58) {
                                            cb(t_58);
                                            return;
                                        }
                                        callback(null, t_57);
                                    });
                                });
                                tasks.push(function (result, callback) {
                                    output += result;
                                    callback(null);
                                });
                                env.waterfall(tasks, function () {
                                    var tasks = [];
                                    tasks.push(function (callback) {
                                        env.getTemplate("partials/yearly-agreements.njk", false, "yearly-report.njk", true, function (t_60, t_59) {
                                            if (t_60) {
                                                cb(t_60);
                                                return;
                                            }
                                            callback(null, t_59);
                                        });
                                    });
                                    tasks.push(function (template, callback) {
                                        template.render(context.getVariables(), frame, function (t_62, t_61) {
                                            if (t_62) {
                                                cb(t_62);
                                                return;
                                            }
                                            callback(null, t_61);
                                        });
                                    });
                                    tasks.push(function (result, callback) {
                                        output += result;
                                        callback(null);
                                    });
                                    env.waterfall(tasks, function () {
                                        var tasks = [];
                                        tasks.push(function (callback) {
                                            env.getTemplate("partials/yearly-training.njk", false, "yearly-report.njk", true, function (t_64, t_63) {
                                                if (t_64) {
                                                    cb(t_64);
                                                    return;
                                                }
                                                callback(null, t_63);
                                            });
                                        });
                                        tasks.push(function (template, callback) {
                                            template.render(context.getVariables(), frame, function (t_66, t_65) {
                                                if (t_66) {
                                                    cb(t_66);
                                                    return;
                                                }
                                                callback(null, t_65);
                                            });
                                        });
                                        tasks.push(function (result, callback) {
                                            output += result;
                                            callback(null);
                                        });
                                        env.waterfall(tasks, function () {
                                            output += "\n<h2>";
                                            output += runtime.suppressValue((lineno = 191, colno = 8, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["yearly.recommendations"])), env.opts.autoescape);
                                            output += "</h2>\n<h3>";
                                            output += runtime.suppressValue((lineno = 192, colno = 8, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["yearly.openRecommendations"])), env.opts.autoescape);
                                            output += "</h3>\n";
                                            if (runtime.memberLookup((runtime.memberLookup((runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "r")), "audits")), "openRecommendations")), "length")) {
                                                frame = frame.push();
                                                var t_69 = env.getFilter("groupby").call(context, runtime.memberLookup((runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "r")), "audits")), "openRecommendations"), "audit");
                                                if (t_69) {
                                                    t_69 = runtime.fromIterator(t_69);
                                                    var t_67;
                                                    if (runtime.isArray(t_69)) {
                                                        var t_68 = t_69.length;
                                                        for (t_67 = 0; t_67 < t_69.length; t_67++) {
                                                            var t_70 = t_69[t_67][0];
                                                            frame.set("[object Object]", t_69[t_67][0]);
                                                            var t_71 = t_69[t_67][1];
                                                            frame.set("[object Object]", t_69[t_67][1]);
                                                            frame.set("loop.index", t_67 + 1);
                                                            frame.set("loop.index0", t_67);
                                                            frame.set("loop.revindex", t_68 - t_67);
                                                            frame.set("loop.revindex0", t_68 - t_67 - 1);
                                                            frame.set("loop.first", t_67 === 0);
                                                            frame.set("loop.last", t_67 === t_68 - 1);
                                                            frame.set("loop.length", t_68);
                                                            output += "<table>\n  <caption>";
                                                            output += runtime.suppressValue(t_70, env.opts.autoescape);
                                                            output += "</caption>\n  <thead><tr><th scope=\"col\">";
                                                            output += runtime.suppressValue((lineno = 197, colno = 33, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["recommendationColumn"])), env.opts.autoescape);
                                                            output += "</th><th scope=\"col\">";
                                                            output += runtime.suppressValue((lineno = 197, colno = 85, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["yearly.board"])), env.opts.autoescape);
                                                            output += "</th><th scope=\"col\" class=\"num\">";
                                                            output += runtime.suppressValue((lineno = 197, colno = 141, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["yearly.openActions"])), env.opts.autoescape);
                                                            output += "</th><th scope=\"col\">";
                                                            output += runtime.suppressValue((lineno = 197, colno = 191, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["yearly.nextDue"])), env.opts.autoescape);
                                                            output += "</th></tr></thead>\n  <tbody>\n";
                                                            frame = frame.push();
                                                            var t_74 = t_71;
                                                            if (t_74) {
                                                                t_74 = runtime.fromIterator(t_74);
                                                                var t_73 = t_74.length;
                                                                for (var t_72 = 0; t_72 < t_74.length; t_72++) {
                                                                    var t_75 = t_74[t_72];
                                                                    frame.set("o", t_75);
                                                                    frame.set("loop.index", t_72 + 1);
                                                                    frame.set("loop.index0", t_72);
                                                                    frame.set("loop.revindex", t_73 - t_72);
                                                                    frame.set("loop.revindex0", t_73 - t_72 - 1);
                                                                    frame.set("loop.first", t_72 === 0);
                                                                    frame.set("loop.last", t_72 === t_73 - 1);
                                                                    frame.set("loop.length", t_73);
                                                                    output += "    <tr><th scope=\"row\"";
                                                                    output += runtime.suppressValue(env.getFilter("safe").call(context, runtime.contextOrFrameLookup(context, frame, "regAttr")), env.opts.autoescape);
                                                                    output += ">";
                                                                    output += runtime.suppressValue(runtime.memberLookup((t_75), "number"), env.opts.autoescape);
                                                                    output += ". ";
                                                                    output += runtime.suppressValue(runtime.memberLookup((t_75), "text"), env.opts.autoescape);
                                                                    output += "</th><td>";
                                                                    output += runtime.suppressValue(runtime.memberLookup((t_75), "board"), env.opts.autoescape);
                                                                    output += "</td><td class=\"num\">";
                                                                    output += runtime.suppressValue(runtime.memberLookup((t_75), "open"), env.opts.autoescape);
                                                                    output += "</td><td class=\"nowrap\">";
                                                                    output += runtime.suppressValue((runtime.memberLookup((t_75), "nextDue") ? env.getFilter("date").call(context, runtime.memberLookup((t_75), "nextDue")) : "–"), env.opts.autoescape);
                                                                    output += "</td></tr>\n";
                                                                    ;
                                                                }
                                                            }
                                                            frame = frame.pop();
                                                            output += "  </tbody>\n</table>\n";
                                                            ;
                                                        }
                                                    }
                                                    else {
                                                        t_67 = -1;
                                                        var t_68 = runtime.keys(t_69).length;
                                                        for (var t_76 in t_69) {
                                                            t_67++;
                                                            var t_77 = t_69[t_76];
                                                            frame.set("audit", t_76);
                                                            frame.set("items", t_77);
                                                            frame.set("loop.index", t_67 + 1);
                                                            frame.set("loop.index0", t_67);
                                                            frame.set("loop.revindex", t_68 - t_67);
                                                            frame.set("loop.revindex0", t_68 - t_67 - 1);
                                                            frame.set("loop.first", t_67 === 0);
                                                            frame.set("loop.last", t_67 === t_68 - 1);
                                                            frame.set("loop.length", t_68);
                                                            output += "<table>\n  <caption>";
                                                            output += runtime.suppressValue(t_76, env.opts.autoescape);
                                                            output += "</caption>\n  <thead><tr><th scope=\"col\">";
                                                            output += runtime.suppressValue((lineno = 197, colno = 33, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["recommendationColumn"])), env.opts.autoescape);
                                                            output += "</th><th scope=\"col\">";
                                                            output += runtime.suppressValue((lineno = 197, colno = 85, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["yearly.board"])), env.opts.autoescape);
                                                            output += "</th><th scope=\"col\" class=\"num\">";
                                                            output += runtime.suppressValue((lineno = 197, colno = 141, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["yearly.openActions"])), env.opts.autoescape);
                                                            output += "</th><th scope=\"col\">";
                                                            output += runtime.suppressValue((lineno = 197, colno = 191, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["yearly.nextDue"])), env.opts.autoescape);
                                                            output += "</th></tr></thead>\n  <tbody>\n";
                                                            frame = frame.push();
                                                            var t_80 = t_77;
                                                            if (t_80) {
                                                                t_80 = runtime.fromIterator(t_80);
                                                                var t_79 = t_80.length;
                                                                for (var t_78 = 0; t_78 < t_80.length; t_78++) {
                                                                    var t_81 = t_80[t_78];
                                                                    frame.set("o", t_81);
                                                                    frame.set("loop.index", t_78 + 1);
                                                                    frame.set("loop.index0", t_78);
                                                                    frame.set("loop.revindex", t_79 - t_78);
                                                                    frame.set("loop.revindex0", t_79 - t_78 - 1);
                                                                    frame.set("loop.first", t_78 === 0);
                                                                    frame.set("loop.last", t_78 === t_79 - 1);
                                                                    frame.set("loop.length", t_79);
                                                                    output += "    <tr><th scope=\"row\"";
                                                                    output += runtime.suppressValue(env.getFilter("safe").call(context, runtime.contextOrFrameLookup(context, frame, "regAttr")), env.opts.autoescape);
                                                                    output += ">";
                                                                    output += runtime.suppressValue(runtime.memberLookup((t_81), "number"), env.opts.autoescape);
                                                                    output += ". ";
                                                                    output += runtime.suppressValue(runtime.memberLookup((t_81), "text"), env.opts.autoescape);
                                                                    output += "</th><td>";
                                                                    output += runtime.suppressValue(runtime.memberLookup((t_81), "board"), env.opts.autoescape);
                                                                    output += "</td><td class=\"num\">";
                                                                    output += runtime.suppressValue(runtime.memberLookup((t_81), "open"), env.opts.autoescape);
                                                                    output += "</td><td class=\"nowrap\">";
                                                                    output += runtime.suppressValue((runtime.memberLookup((t_81), "nextDue") ? env.getFilter("date").call(context, runtime.memberLookup((t_81), "nextDue")) : "–"), env.opts.autoescape);
                                                                    output += "</td></tr>\n";
                                                                    ;
                                                                }
                                                            }
                                                            frame = frame.pop();
                                                            output += "  </tbody>\n</table>\n";
                                                            ;
                                                        }
                                                    }
                                                }
                                                frame = frame.pop();
                                                ;
                                            }
                                            else {
                                                output += "<p>";
                                                output += runtime.suppressValue((lineno = 206, colno = 7, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["yearly.noOpenRecommendations"])), env.opts.autoescape);
                                                output += "</p>\n";
                                                ;
                                            }
                                            if (runtime.memberLookup((runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "r")), "audits")), "restrictedOpen")) {
                                                output += "<p>";
                                                output += runtime.suppressValue((lineno = 208, colno = 39, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["yearly.restrictedOpen", { "n": runtime.memberLookup((runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "r")), "audits")), "restrictedOpen") }])), env.opts.autoescape);
                                                output += "</p>";
                                                ;
                                            }
                                            output += "\n<h3>";
                                            output += runtime.suppressValue((lineno = 210, colno = 8, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["yearly.overdueActions"])), env.opts.autoescape);
                                            output += "</h3>\n";
                                            if (runtime.memberLookup((runtime.memberLookup((runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "r")), "audits")), "overdueActions")), "length")) {
                                                output += "<table>\n  <thead><tr><th scope=\"col\">";
                                                output += runtime.suppressValue((lineno = 213, colno = 33, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["action"])), env.opts.autoescape);
                                                output += "</th><th scope=\"col\">";
                                                output += runtime.suppressValue((lineno = 213, colno = 71, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["auditColumn"])), env.opts.autoescape);
                                                output += "</th><th scope=\"col\">";
                                                output += runtime.suppressValue((lineno = 213, colno = 114, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["owner"])), env.opts.autoescape);
                                                output += "</th><th scope=\"col\">";
                                                output += runtime.suppressValue((lineno = 213, colno = 151, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["yearly.dueColumn"])), env.opts.autoescape);
                                                output += "</th><th scope=\"col\">";
                                                output += runtime.suppressValue((lineno = 213, colno = 199, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["status"])), env.opts.autoescape);
                                                output += "</th></tr></thead>\n  <tbody>\n";
                                                frame = frame.push();
                                                var t_84 = runtime.memberLookup((runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "r")), "audits")), "overdueActions");
                                                if (t_84) {
                                                    t_84 = runtime.fromIterator(t_84);
                                                    var t_83 = t_84.length;
                                                    for (var t_82 = 0; t_82 < t_84.length; t_82++) {
                                                        var t_85 = t_84[t_82];
                                                        frame.set("o", t_85);
                                                        frame.set("loop.index", t_82 + 1);
                                                        frame.set("loop.index0", t_82);
                                                        frame.set("loop.revindex", t_83 - t_82);
                                                        frame.set("loop.revindex0", t_83 - t_82 - 1);
                                                        frame.set("loop.first", t_82 === 0);
                                                        frame.set("loop.last", t_82 === t_83 - 1);
                                                        frame.set("loop.length", t_83);
                                                        output += "    <tr><th scope=\"row\"";
                                                        output += runtime.suppressValue(env.getFilter("safe").call(context, runtime.contextOrFrameLookup(context, frame, "regAttr")), env.opts.autoescape);
                                                        output += ">";
                                                        output += runtime.suppressValue(runtime.memberLookup((t_85), "text"), env.opts.autoescape);
                                                        output += "</th><td>";
                                                        output += runtime.suppressValue(runtime.memberLookup((t_85), "audit"), env.opts.autoescape);
                                                        output += "</td><td>";
                                                        output += runtime.suppressValue(runtime.memberLookup((t_85), "owner"), env.opts.autoescape);
                                                        output += "</td><td class=\"nowrap\">";
                                                        output += runtime.suppressValue(env.getFilter("date").call(context, runtime.memberLookup((t_85), "due")), env.opts.autoescape);
                                                        output += "</td><td>";
                                                        output += runtime.suppressValue(runtime.memberLookup((t_85), "statusLabel"), env.opts.autoescape);
                                                        output += "</td></tr>\n";
                                                        ;
                                                    }
                                                }
                                                frame = frame.pop();
                                                output += "  </tbody>\n</table>\n";
                                                ;
                                            }
                                            else {
                                                output += "<p>";
                                                output += runtime.suppressValue((lineno = 221, colno = 7, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["yearly.noOverdueActions"])), env.opts.autoescape);
                                                output += "</p>\n";
                                                ;
                                            }
                                            if (runtime.memberLookup((runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "r")), "audits")), "restrictedOverdue")) {
                                                output += "<p>";
                                                output += runtime.suppressValue((lineno = 223, colno = 42, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["yearly.restrictedOverdue", { "n": runtime.memberLookup((runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "r")), "audits")), "restrictedOverdue") }])), env.opts.autoescape);
                                                output += "</p>";
                                                ;
                                            }
                                            output += "\n<h2>";
                                            output += runtime.suppressValue((lineno = 225, colno = 8, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["yearly.cycle"])), env.opts.autoescape);
                                            output += "</h2>\n";
                                            if (runtime.memberLookup((runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "r")), "cycle")), "length")) {
                                                output += "<p>";
                                                output += runtime.suppressValue((lineno = 227, colno = 7, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["yearly.cycleIntro"])), env.opts.autoescape);
                                                output += "</p>\n<table>\n  <thead><tr><th scope=\"col\">";
                                                output += runtime.suppressValue((lineno = 229, colno = 33, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["yearly.activity"])), env.opts.autoescape);
                                                output += "</th><th scope=\"col\">";
                                                output += runtime.suppressValue((lineno = 229, colno = 80, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["yearly.months"])), env.opts.autoescape);
                                                output += "</th><th scope=\"col\">";
                                                output += runtime.suppressValue((lineno = 229, colno = 125, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["owner"])), env.opts.autoescape);
                                                output += "</th><th scope=\"col\">";
                                                output += runtime.suppressValue((lineno = 229, colno = 162, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["cycleColumn"])), env.opts.autoescape);
                                                output += "</th></tr></thead>\n  <tbody>\n";
                                                frame = frame.push();
                                                var t_88 = runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "r")), "cycle");
                                                if (t_88) {
                                                    t_88 = runtime.fromIterator(t_88);
                                                    var t_87 = t_88.length;
                                                    for (var t_86 = 0; t_86 < t_88.length; t_86++) {
                                                        var t_89 = t_88[t_86];
                                                        frame.set("c", t_89);
                                                        frame.set("loop.index", t_86 + 1);
                                                        frame.set("loop.index0", t_86);
                                                        frame.set("loop.revindex", t_87 - t_86);
                                                        frame.set("loop.revindex0", t_87 - t_86 - 1);
                                                        frame.set("loop.first", t_86 === 0);
                                                        frame.set("loop.last", t_86 === t_87 - 1);
                                                        frame.set("loop.length", t_87);
                                                        if (runtime.memberLookup((t_89), "restricted")) {
                                                            output += "    <tr><th scope=\"row\"";
                                                            output += runtime.suppressValue(env.getFilter("safe").call(context, runtime.contextOrFrameLookup(context, frame, "regAttr")), env.opts.autoescape);
                                                            output += ">";
                                                            output += runtime.suppressValue(runtime.memberLookup((t_89), "name"), env.opts.autoescape);
                                                            output += "</th><td colspan=\"3\">";
                                                            output += runtime.suppressValue((lineno = 233, colno = 92, runtime.callWrap(runtime.memberLookup((runtime.contextOrFrameLookup(context, frame, "m")), "restricted"), "m[\"restricted\"]", context, [])), env.opts.autoescape);
                                                            output += "</td></tr>\n";
                                                            ;
                                                        }
                                                        else {
                                                            output += "    <tr><th scope=\"row\"";
                                                            output += runtime.suppressValue(env.getFilter("safe").call(context, runtime.contextOrFrameLookup(context, frame, "regAttr")), env.opts.autoescape);
                                                            output += ">";
                                                            output += runtime.suppressValue(runtime.memberLookup((t_89), "name"), env.opts.autoescape);
                                                            output += "</th><td>";
                                                            output += runtime.suppressValue(env.getFilter("join").call(context, runtime.memberLookup((t_89), "months"), ", "), env.opts.autoescape);
                                                            output += "</td><td>";
                                                            output += runtime.suppressValue(runtime.memberLookup((t_89), "owner"), env.opts.autoescape);
                                                            output += "</td><td>";
                                                            var tasks = [];
                                                            tasks.push(function (callback) {
                                                                env.getTemplate("partials/cycle-done.njk", false, "yearly-report.njk", false, function (t_91, t_90) {
                                                                    if (t_91) {
                                                                        cb(t_91);
                                                                        return;
                                                                    }
                                                                    callback(null, t_90);
                                                                });
                                                            });
                                                            tasks.push(function (template, callback) {
                                                                template.render(context.getVariables(), frame, function (t_93, t_92) {
                                                                    if (t_93) {
                                                                        cb(t_93);
                                                                        return;
                                                                    }
                                                                    callback(null, t_92);
                                                                });
                                                            });
                                                            tasks.push(function (result, callback) {
                                                                output += result;
                                                                callback(null);
                                                            });
                                                            env.waterfall(tasks, function () {
                                                                output += "</td></tr>\n";
                                                            });
                                                        }
                                                        ;
                                                    }
                                                }
                                                frame = frame.pop();
                                                output += "  </tbody>\n</table>\n";
                                                ;
                                            }
                                            else {
                                                output += "<p class=\"placeholder\">";
                                                output += runtime.suppressValue((lineno = 241, colno = 27, runtime.callWrap(runtime.contextOrFrameLookup(context, frame, "t"), "t", context, ["yearly.noCycle"])), env.opts.autoescape);
                                                output += "</p>\n";
                                                ;
                                            }
                                            cb(null, output);
                                        });
                                    });
                                });
                            });
                        });
                    });
                }
                catch (e) {
                    cb(runtime.handleError(e, lineno, colno));
                }
            }
            return {
                b_content: b_content,
                root: root
            };
        } }
};

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
/**
 * The Environment's options. The compiled code of templates.gen.ts depends on them (the lexer's whitespace
 * rules), so scripts/gen-templates.mjs compiles with the same (checked by tests/render/templates-gen.test.ts).
 */
const ENV_OPTIONS = {
    autoescape: true,
    throwOnUndefined: false,
    trimBlocks: true,
    lstripBlocks: true,
};
function createEnvironment(options) {
    const { locale } = options;
    const loader = safeTemplateLoader(templateSearchPath(locale, options.templatesDir, options.builtIn), locale, options.templatesDir ? [external_node_path_.resolve(options.templatesDir)] : [], options.precompiled === false ? {} : PRECOMPILED);
    const env = new nunjucks.Environment(loader, { ...ENV_OPTIONS });
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
        // The browser started early, in the ordinary mode; a run with a very long document (a region's
        // register) is printed by one in low-memory mode instead, whose start costs little beside that print.
        if (needsLowMemory(jobs)) {
            await started.close();
            started = undefined;
            started = await PdfPrinter.launch(browser, undefined, { lowMemory: true });
        }
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
