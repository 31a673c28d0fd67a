export const id = 271;
export const ids = [271];
export const modules = {

/***/ 47271:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   serveParses: () => (/* binding */ serveParses)
/* harmony export */ });
/* unused harmony exports survivesJson, parseBatch */
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(75919);
/* harmony import */ var _lib_registry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74557);
/* harmony import */ var _lib_rules_identity_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(40276);
// The worker-thread side of parse-pool.ts: parses register files exactly as buildRegistry does
// (`parseRegister`) and sends back what survives a trip through JSON unchanged. Parsing YAML is most of a
// region-scale run; reading the same data back with JSON.parse costs the main thread a tenth of it.



/**
 * Whether JSON.parse(JSON.stringify(value)) gives back a value equal in every way: plain objects and dense
 * arrays of strings, booleans, null and finite numbers. -0, NaN, Infinity, a Buffer (`!!binary`), a Date or
 * an object with another prototype would come back different, so a file holding one is parsed on the main
 * thread instead.
 */
function survivesJson(value, depth = 0) {
    if (value === null || typeof value === 'string' || typeof value === 'boolean')
        return true;
    if (typeof value === 'number')
        return Number.isFinite(value) && !Object.is(value, -0);
    if (typeof value !== 'object' || depth > 200)
        return false;
    if (Array.isArray(value)) {
        if (Object.getPrototypeOf(value) !== Array.prototype)
            return false;
        for (let i = 0; i < value.length; i++) {
            if (!(i in value) || !survivesJson(value[i], depth + 1))
                return false;
        }
        return true;
    }
    if (Object.getPrototypeOf(value) !== Object.prototype)
        return false;
    // js-yaml makes only enumerable string keys (`__proto__` too, as an own key, as JSON.parse does).
    for (const key in value) {
        if (!survivesJson(value[key], depth + 1))
            return false;
    }
    return true;
}
/** One request: only clean files (no finding, no second parser's document) travel back as JSON. */
function parseBatch(request) {
    const texts = [];
    const json = [];
    const hits = [];
    let start = 0;
    for (const [i, { file, rel }] of request.files.entries()) {
        const end = request.ends[i];
        const bytes = request.bytes.subarray(start, end);
        start = end;
        const place = (0,_lib_registry_js__WEBPACK_IMPORTED_MODULE_1__/* .classify */ .L8)(rel);
        const parsed = place ? (0,_lib_registry_js__WEBPACK_IMPORTED_MODULE_1__/* .parseRegister */ .nd)(place, { file, rel, bytes }) : undefined;
        const clean = parsed !== undefined &&
            parsed.findings.length === 0 &&
            parsed.doc === undefined &&
            parsed.scanText === undefined &&
            parsed.data !== undefined &&
            survivesJson(parsed.data);
        texts.push(clean ? parsed.text : null);
        json.push(clean ? JSON.stringify(parsed.data) : null);
        const found = clean ? (0,_lib_rules_identity_js__WEBPACK_IMPORTED_MODULE_2__/* .textOnlyHits */ .u$)(parsed.text) : undefined;
        hits.push(found === undefined ? null : found.length ? JSON.stringify(found) : '');
    }
    return { id: request.id, texts, json, hits };
}
function serveParses() {
    node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.parentPort?.on('message', (request) => {
        node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.parentPort?.postMessage(parseBatch(request));
    });
}


/***/ })

};
