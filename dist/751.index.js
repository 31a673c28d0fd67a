export const id = 751;
export const ids = [751];
export const modules = {

/***/ 51751:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderAll: () => (/* binding */ renderAll)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
// Board documents on a trusted push. The renderer (Nunjucks, puppeteer) is loaded only here, so pull
// requests never load the code that runs templates, and start-up stays fast.

async function renderAll(req) {
    const { renderDocuments } = await Promise.all(/* import() */[__webpack_require__.e(115), __webpack_require__.e(448)]).then(__webpack_require__.bind(__webpack_require__, 86448));
    const result = await renderDocuments(req.registry, {
        outDir: node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(req.workspace, req.outDir),
        locale: req.locale,
        formats: ['html', 'pdf'],
        today: req.today,
        ...(req.templatesDir ? { templatesDir: node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(req.workspace, req.templatesDir) } : {}),
        ...(req.commit ? { commit: req.commit } : {}),
        ...(req.chromePath ? { chromePath: req.chromePath } : {}),
    });
    // Paths as a later step sees them: relative to the workspace, forward slashes.
    const rel = (p) => node_path__WEBPACK_IMPORTED_MODULE_0__.relative(req.workspace, node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(req.workspace, p)).split(node_path__WEBPACK_IMPORTED_MODULE_0__.sep).join('/');
    return {
        documents: result.documents.map((d) => {
            const files = [d.pdf, d.html, d.csv].filter((f) => typeof f === 'string').map(rel);
            return {
                id: d.id,
                title: d.title,
                files,
                ...(d.pdf ? { pdf: node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(req.workspace, d.pdf) } : {}),
            };
        }),
        problems: result.problems,
    };
}


/***/ })

};
