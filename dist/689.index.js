export const id = 689;
export const ids = [689];
export const modules = {

/***/ 51689:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(96421);
// EXTERNAL MODULE: ./build/lib/derive.js
var derive = __webpack_require__(2957);
// EXTERNAL MODULE: ./build/lib/escape/identity.js
var identity = __webpack_require__(82306);
// EXTERNAL MODULE: ./build/lib/i18n/index.js + 105 modules
var i18n = __webpack_require__(13374);
// EXTERNAL MODULE: ./build/lib/locale.js
var lib_locale = __webpack_require__(88448);
;// CONCATENATED MODULE: ./build/lib/diff/messages.js
const M = {
    added: 'diffChange.added',
    renamed: 'diffChange.renamed',
    fieldChanged: 'diffChange.fieldChanged',
    fieldSet: 'diffChange.fieldSet',
    fieldRemoved: 'diffChange.fieldRemoved',
    fieldEdited: 'diffChange.fieldEdited',
    fieldAddedBlock: 'diffChange.fieldAddedBlock',
    fieldRemovedBlock: 'diffChange.fieldRemovedBlock',
    listAdded: 'diffChange.listAdded',
    listRemoved: 'diffChange.listRemoved',
    suppressAdded: 'diffChange.suppressAdded',
    suppressRemoved: 'diffChange.suppressRemoved',
    restricted: 'diffChange.restricted',
    restrictedNew: 'diffChange.restrictedNew',
    // system
    protection: 'diffChange.protection',
    protectionNew: 'diffChange.protectionNew',
    systemStatus: 'diffChange.systemStatus',
    hosting: 'diffChange.hosting',
    // asset
    assetSystemAdded: 'diffChange.assetSystemAdded',
    assetSystemRemoved: 'diffChange.assetSystemRemoved',
    assetSensitive: 'diffChange.assetSensitive',
    assetProtectedIdentities: 'diffChange.assetProtectedIdentities',
    // classification
    level: 'diffChange.level',
    classificationNew: 'diffChange.classificationNew',
    classificationRemoved: 'diffChange.classificationRemoved',
    nowBelow: 'diffChange.nowBelow',
    // A restricted system: that its protection falls short is told, by name only; aspect and levels are details.
    nowBelowRestricted: 'diffChange.nowBelowRestricted',
    nowMetRestricted: 'diffChange.nowMetRestricted',
    nowMet: 'diffChange.nowMet',
    // processing
    withoutDpia: 'diffChange.withoutDpia',
    dpiaNowNeeded: 'diffChange.dpiaNowNeeded',
    dpiaStatus: 'diffChange.dpiaStatus',
    specialAdded: 'diffChange.specialAdded',
    specialRemoved: 'diffChange.specialRemoved',
    transferAdded: 'diffChange.transferAdded',
    transferRemoved: 'diffChange.transferRemoved',
    transferSafeguard: 'diffChange.transferSafeguard',
    processingSystemAdded: 'diffChange.processingSystemAdded',
    processingSystemRemoved: 'diffChange.processingSystemRemoved',
    processorAdded: 'diffChange.processorAdded',
    processorRemoved: 'diffChange.processorRemoved',
    noAgreement: 'diffChange.noAgreement',
    controller: 'diffChange.controller',
    // document
    documentNew: 'diffChange.documentNew',
    documentStatus: 'diffChange.documentStatus',
    nextReview: 'diffChange.nextReview',
    communicated: 'diffChange.communicated',
    // kpi
    kpiValueAdded: 'diffChange.kpiValueAdded',
    kpiValueChanged: 'diffChange.kpiValueChanged',
    kpiValueRemoved: 'diffChange.kpiValueRemoved',
    kpiTarget: 'diffChange.kpiTarget',
    missingValue: 'documents.kpi.missing',
    // audit
    auditStatus: 'diffChange.systemStatus',
    answerDue: 'diffChange.answerDue',
    recAdded: 'diffChange.recAdded',
    recRemoved: 'diffChange.recRemoved',
    recAnswerNew: 'diffChange.recAnswerNew',
    recAnswerChanged: 'diffChange.recAnswerChanged',
    recActionTaken: 'diffChange.recActionTaken',
    recActionMoved: 'diffChange.recActionMoved',
    recActionStatus: 'diffChange.recActionStatus',
    recActionNew: 'diffChange.recActionNew',
    recActionRemoved: 'diffChange.recActionRemoved',
    decision: 'diffChange.decision',
    // organisation
    boardAdded: 'diffChange.boardAdded',
    boardRemoved: 'diffChange.boardRemoved',
    boardRenamed: 'diffChange.boardRenamed',
    roleAdded: 'diffChange.roleAdded',
    roleRemoved: 'diffChange.roleRemoved',
    rolePeople: 'diffChange.rolePeople',
    model: 'diffChange.model',
    none: 'riskdoc.none',
    yes: 'diffChange.yes',
    no: 'diffChange.no',
    dpiaReasonSpecial: 'diffChange.dpiaReasonSpecial',
    dpiaReasonCriminal: 'diffChange.dpiaReasonCriminal',
    dpiaReasonProtected: 'diffChange.dpiaReasonProtected',
    dpiaReasonCriteria: 'label.dpiaReason.criteria',
};

;// CONCATENATED MODULE: ./build/lib/diff/context.js
// What every part of the diff shares: the two registries and the language (`Ctx`), names of entries, plain-data
// equality and the small readers of unvalidated YAML values.





/** Longest value quoted in a change line; longer texts are only said to have changed. */
const MAX_VALUE = 80;
function makeCtx(base, head, locale) {
    const word = (code) => (0,i18n.t)(locale, M[code]);
    const entityName = (kind, id) => {
        const e = head.entities[kind].get(id) ?? base.entities[kind].get(id);
        return e ? nameOf(e, head, base, locale) : undefined;
    };
    return {
        base,
        head,
        locale,
        word,
        t: (code, params = {}, aspect) => {
            const text = (0,i18n.t)(locale, M[code], asText(params));
            const detail = { code, text: (0,identity/* redactIdentityNumbers */.M)(text) };
            if (aspect)
                detail.aspect = aspect;
            return detail;
        },
        name(target, id) {
            if (target === 'board') {
                const board = (head.organisation?.data.boards ?? []).find((b) => b?.id === id) ??
                    (base.organisation?.data.boards ?? []).find((b) => b?.id === id);
                return board && typeof board.name === 'string' ? board.name : id;
            }
            if (target === 'role') {
                const role = head.organisation?.data.roles?.[id] ?? base.organisation?.data.roles?.[id];
                const n = role?.name !== undefined ? (0,lib_locale/* pickText */.d3)(role.name, locale) : '';
                return n || id;
            }
            return entityName(target, id) ?? id;
        },
    };
}
// A change line quotes values as they are written: a number keeps its digits (no grouping), anything else is
// made text the way a template literal would.
function asText(params) {
    const out = {};
    for (const [k, v] of Object.entries(params))
        out[k] = v === undefined || v === null ? v : String(v);
    return out;
}
function str(value) {
    return typeof value === 'string'
        ? value
        : typeof value === 'number' || typeof value === 'boolean'
            ? String(value)
            : '';
}
/** The name people know an entry by. */
function nameOf(entity, head, base, locale) {
    const d = entity.data;
    switch (entity.kind) {
        case 'classification': {
            const assetId = str(d.asset);
            const asset = head.entities.asset.get(assetId) ?? base.entities.asset.get(assetId);
            return str(asset?.data?.name) || assetId || entity.id;
        }
        case 'document':
        case 'audit':
        case 'risk':
        case 'plan':
        case 'review':
        case 'incident':
            return str(d.title) || entity.id;
        case 'agreement':
            return str(d.counterparty) || entity.id;
        case 'faq':
            return (Array.isArray(d.questions) ? str(d.questions[0]) : '') || entity.id;
        default: {
            const n = d.name;
            if (typeof n === 'string')
                return n || entity.id;
            if (n && typeof n === 'object')
                return (0,lib_locale/* pickText */.d3)(n, locale) || entity.id;
            return entity.id;
        }
    }
}
/** Deep equality of plain data as YAML produces it. */
function sameData(a, b) {
    if (a === b)
        return true;
    if (a instanceof Date && b instanceof Date)
        return a.getTime() === b.getTime();
    if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null)
        return false;
    if (Array.isArray(a) !== Array.isArray(b))
        return false;
    if (Array.isArray(a)) {
        const bb = b;
        return a.length === bb.length && a.every((v, i) => sameData(v, bb[i]));
    }
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    if (ka.length !== kb.length)
        return false;
    return ka.every((k) => Object.hasOwn(b, k) && sameData(a[k], b[k]));
}
function isRegisterText(v) {
    return (typeof v === 'object' &&
        v !== null &&
        !Array.isArray(v) &&
        Object.keys(v).length > 0 &&
        Object.keys(v).every((k) => ['sv', 'nb', 'en'].includes(k)));
}
function scalarText(v, ctx) {
    if (v === undefined || v === null)
        return undefined;
    if (typeof v === 'boolean')
        return ctx.word(v ? 'yes' : 'no');
    if (typeof v === 'number')
        return String(v);
    if (typeof v === 'string')
        return v;
    if (v instanceof Date)
        return v.toISOString().slice(0, 10);
    if (isRegisterText(v))
        return (0,lib_locale/* pickText */.d3)(v, ctx.locale);
    return undefined;
}
function quote(s) {
    return s.length > MAX_VALUE ? `${s.slice(0, MAX_VALUE - 1)}…` : s;
}
function listDelta(from, to) {
    const a = new Set(from.map(String));
    const b = new Set(to.map(String));
    return [to.filter((x) => !a.has(String(x))), from.filter((x) => !b.has(String(x)))];
}
function lower(s) {
    return s ? s.charAt(0).toLowerCase() + s.slice(1) : s;
}
function asList(v) {
    return Array.isArray(v) ? v : [];
}
function restrictedIn(registry, entity) {
    if (!entity)
        return false;
    try {
        return (0,derive/* isRestricted */.Ez)(registry, entity);
    }
    catch {
        // An invalid entry may not have the shape restriction looks at; err on the side of withholding.
        return !entity.valid;
    }
}
function changedFields(a, b) {
    return [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => !sameData(a[k], b[k]));
}
function dataOf(registry, c) {
    if (c.kind === 'organisation')
        return (registry.organisation?.data ?? {});
    return (registry.entities[c.kind].get(c.id)?.data ?? {});
}

// EXTERNAL MODULE: ./build/lib/country.js
var country = __webpack_require__(81078);
// EXTERNAL MODULE: ./build/lib/facts/boards.js
var boards = __webpack_require__(84311);
// EXTERNAL MODULE: ./build/lib/facts/quarters.js
var quarters = __webpack_require__(54507);
// EXTERNAL MODULE: ./build/lib/labels.js
var labels = __webpack_require__(96217);
// EXTERNAL MODULE: ./build/lib/render/document-words.js
var document_words = __webpack_require__(59144);
// EXTERNAL MODULE: ./build/lib/risk-register.js
var risk_register = __webpack_require__(50299);
;// CONCATENATED MODULE: ./build/lib/risk-delta.js



function valid(registry, id) {
    const r = registry.entities.risk.get(id);
    return r?.valid ? r : undefined;
}
function doneIn(registry, id) {
    const a = registry.entities.plan.get(id);
    return Boolean(a?.valid && a.data.status === 'done');
}
function riskDelta(base, head, locale) {
    const lines = [];
    let restricted = 0;
    const acceptance = (0,risk_register/* modelOf */.DM)(head).acceptance;
    const ids = new Set([...base.entities.risk.keys(), ...head.entities.risk.keys()]);
    // The same analysis under the same risk model has every scenario at the same level (scenarioLevels reads
    // nothing else): a pull request's base made from its head shares all but the changed entries.
    const sameModel = base.organisation?.data === head.organisation?.data;
    for (const id of [...ids].sort()) {
        const before = valid(base, id);
        const after = valid(head, id);
        if (!before && !after)
            continue;
        if (sameModel && before === after)
            continue;
        const scenarioIds = new Set([
            ...(before?.data.scenarios ?? []).map((s) => s.id),
            ...(after?.data.scenarios ?? []).map((s) => s.id),
        ]);
        for (const sid of scenarioIds) {
            const was = before?.data.scenarios.find((s) => s.id === sid);
            const now = after?.data.scenarios.find((s) => s.id === sid);
            const from = was && before ? (0,risk_register/* scenarioLevels */.yU)((0,risk_register/* modelOf */.DM)(base), was).current : undefined;
            const to = now && after ? (0,risk_register/* scenarioLevels */.yU)((0,risk_register/* modelOf */.DM)(head), now).current : undefined;
            if (from === to)
                continue;
            const hidden = (before && was && (0,risk_register/* scenarioRestricted */._T)(base, before, was)) ||
                (after && now && (0,risk_register/* scenarioRestricted */._T)(head, after, now));
            if (hidden) {
                restricted++;
                continue;
            }
            const object = after
                ? (0,risk_register/* objectName */.Hd)(head, after, locale)
                : (0,risk_register/* objectName */.Hd)(base, before, locale);
            let text;
            if (from === undefined)
                text = (0,i18n.t)(locale, 'riskdoc.delta.added', { id: sid, object, to });
            else if (to === undefined)
                text = (0,i18n.t)(locale, 'riskdoc.delta.removed', { id: sid, object, from });
            else {
                text = (0,i18n.t)(locale, 'riskdoc.delta.changed', { id: sid, object, from, to });
                const actions = now?.actions ?? [];
                const newlyDone = actions.filter((a) => doneIn(head, a) && !doneIn(base, a));
                const named = newlyDone.length ? newlyDone : actions.filter((a) => doneIn(head, a));
                if (to < from && named.length)
                    text += ` ${(0,i18n.t)(locale, 'riskdoc.delta.after', { actions: named.join(', ') })}`;
            }
            if (to !== undefined && to > acceptance)
                text += ` (${(0,i18n.t)(locale, 'riskdoc.delta.acceptance', { acceptance })})`;
            lines.push({
                analysis: id,
                scenario: sid,
                ...(from !== undefined ? { from } : {}),
                ...(to !== undefined ? { to } : {}),
                text,
            });
        }
    }
    return {
        lines,
        restricted,
        ...(restricted ? { restrictedText: (0,i18n.t)(locale, 'riskdoc.delta.restricted', { n: restricted }) } : {}),
    };
}
/**
 * Puts each line next to its analysis's change in the diff (code `risk-level`), or among the effects when
 * the analysis itself did not change; the restricted count goes to the effects.
 */
function attachRiskDelta(changes, effects, base, head, locale) {
    const delta = riskDelta(base, head, locale);
    for (const line of delta.lines) {
        const change = changes.find((c) => c.kind === 'risk' && c.id === line.analysis && !c.restricted);
        const detail = { code: 'risk-level', text: line.text };
        if (change)
            change.details.push(detail);
        else
            effects.push(detail);
    }
    if (delta.restrictedText)
        effects.push({ code: 'risk-level-restricted', text: delta.restrictedText });
}
/** The documents a change to an analysis, an action or a review touches: `[id, title]` pairs. */
function riskDocumentsTouched(kind, id, base, head, locale) {
    const out = [];
    const boardName = (b) => (0,boards/* boardName */.e)(head, b);
    const report = (registry, riskId) => {
        const r = valid(registry, riskId);
        const board = r ? (0,risk_register/* analysisBoard */.n9)(registry, r) : undefined;
        if (board)
            out.push([`risk-report-${board}`, (0,i18n.t)(locale, 'riskdoc.report.title', { board: boardName(board) })]);
    };
    for (const registry of [base, head]) {
        if (kind === 'risk')
            report(registry, id);
        if (kind === 'plan') {
            const a = registry.entities.plan.get(id);
            if (!a?.valid)
                continue;
            out.push(['action-plan', (0,i18n.t)(locale, 'riskdoc.plan.title')]);
            const board = (0,risk_register/* actionBoard */.FK)(registry, a);
            if (board)
                out.push([`action-plan-${board}`, (0,i18n.t)(locale, 'riskdoc.plan.titleBoard', { board: boardName(board) })]);
            if (a.data.source.kind === 'risk')
                report(registry, a.data.source.ref);
            if (a.data.source.kind === 'review') {
                const review = registry.entities.review.get(a.data.source.ref);
                if (review?.valid)
                    out.push([`management-review-${review.id}`, review.data.title]);
            }
        }
        if (kind === 'review') {
            const review = registry.entities.review.get(id);
            if (review?.valid)
                out.push([`management-review-${id}`, review.data.title]);
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./build/lib/diff/documents.js
// Which board documents a change touches, by the renderer's document ids and titles.








/** The board documents a change touches, by the renderer's document ids. */
function affectedDocuments(changes, base, head, locale, today = new Date().toISOString().slice(0, 10), known) {
    const docs = new Map();
    const into = collector(docs, base, head, locale, today, known);
    for (const c of changes)
        touchedBy(c, into);
    const order = (id) => {
        const i = ['yearly-report', 'kpi-review', 'systems-overview'].indexOf(id);
        return i === -1 ? 9 : i;
    };
    return [...docs.values()].sort((x, y) => order(x.id) - order(y.id) || x.id.localeCompare(y.id));
}
function collector(docs, base, head, locale, today, known) {
    const exists = known ? new Set(known) : undefined;
    const boardName = (id) => (0,boards/* boardName */.e)(head, id);
    const add = (id, title, because) => {
        if (exists && !exists.has(id))
            return;
        let doc = docs.get(id);
        if (!doc) {
            doc = { id, title, because: [] };
            docs.set(id, doc);
        }
        if (!doc.because.includes(because))
            doc.because.push(because);
    };
    const registerFor = (board, because) => {
        // No board named: where the organisation itself is controller, its one register is affected.
        if (board === undefined || board === '') {
            if ((0,country/* profileOf */.dp)(head.organisation?.data).controllerModel !== 'organisation')
                return;
            const name = head.organisation?.data.name ?? '';
            add('processing-register', (0,i18n.t)(locale, labels/* TITLES */.eX.processingRegister, { board: name }), because);
            return;
        }
        if (typeof board !== 'string')
            return;
        if (!(head.organisation?.data.boards ?? []).some((b) => b?.id === board))
            return;
        add(`processing-register-${board}`, (0,i18n.t)(locale, labels/* TITLES */.eX.processingRegister, { board: boardName(board) }), because);
    };
    const titles = {
        yearly: (0,i18n.t)(locale, labels/* TITLES */.eX.yearlyReport, { year: today.slice(0, 4) }),
        kpi: (0,i18n.t)(locale, labels/* TITLES */.eX.kpiReview, { quarter: (0,labels/* quarterLabel */.j_)((0,quarters/* reviewQuarter */.rm)(today), locale) }),
        systems: (0,i18n.t)(locale, labels/* TITLES */.eX.systemsOverview),
    };
    return { base, head, locale, known, titles, boardName, add, registerFor };
}
function controllersUsing(registry, systemId) {
    return [...registry.entities.processing.values()]
        .filter((p) => asList(p.data.systems).includes(systemId))
        .map((p) => p.data.controller);
}
function touchedBy(c, into) {
    const { base, head, titles, add } = into;
    const key = `${c.kind}/${c.id}`;
    switch (c.kind) {
        case 'organisation':
            touchedByOrganisation(into, key);
            break;
        case 'audit':
            touchedByAudit(c, into, key);
            break;
        case 'processing':
            into.registerFor(dataOf(head, c).controller, key);
            into.registerFor(dataOf(base, c).controller, key);
            add('yearly-report', titles.yearly, key);
            break;
        case 'system':
            add('systems-overview', titles.systems, key);
            for (const board of new Set([...controllersUsing(head, c.id), ...controllersUsing(base, c.id)]))
                into.registerFor(board, key);
            add('yearly-report', titles.yearly, key);
            break;
        case 'asset':
        case 'classification':
            add('systems-overview', titles.systems, key);
            add('yearly-report', titles.yearly, key);
            break;
        case 'kpi':
            add('kpi-review', titles.kpi, key);
            add('yearly-report', titles.yearly, key);
            break;
        case 'document':
        case 'cycle':
            add('yearly-report', titles.yearly, key);
            break;
        case 'faq':
            break;
        case 'risk':
        case 'plan':
        case 'review':
            for (const [id, title] of riskDocumentsTouched(c.kind, c.id, base, head, into.locale))
                add(id, title, key);
            add('yearly-report', titles.yearly, key);
            break;
        case 'report':
            add('yearly-report', titles.yearly, key);
            break;
    }
}
/** lisa.yaml names the boards and the organisation: every document that prints them. */
function touchedByOrganisation(into, key) {
    const { base, head, locale, titles, add } = into;
    for (const audit of head.entities.audit.values())
        add(`audit-answer-${audit.id}`, (0,i18n.t)(locale, labels/* TITLES */.eX.auditAnswer, { title: nameOf(audit, head, base, locale) }), key);
    for (const board of new Set([...head.entities.processing.values()].map((p) => p.data.controller)))
        into.registerFor(board, key);
    for (const id of into.known ?? []) {
        const board = /^processing-register-(.+)$/.exec(id)?.[1];
        if (board)
            into.registerFor(board, key);
    }
    add('systems-overview', titles.systems, key);
    add('kpi-review', titles.kpi, key);
    add('yearly-report', titles.yearly, key);
}
function touchedByAudit(c, into, key) {
    const { locale, add } = into;
    if (c.change !== 'removed')
        add(`audit-answer-${c.id}`, (0,i18n.t)(locale, labels/* TITLES */.eX.auditAnswer, { title: c.name }), key);
    // The follow-up of each board with recommendations in an answered audit changes with it.
    for (const d of [dataOf(into.base, c), dataOf(into.head, c)]) {
        if (d.status !== 'answered')
            continue;
        const recs = Array.isArray(d.recommendations) ? d.recommendations : [];
        for (const board of new Set(recs.map((r) => r.board))) {
            if (typeof board !== 'string' || !board)
                continue;
            add(`audit-followup-${board}`, (0,document_words/* docWord */.hW)(locale, 'followUpTitle', { board: into.boardName(board) }), key);
        }
    }
    add('yearly-report', into.titles.yearly, key);
}

// EXTERNAL MODULE: ./build/lib/model.js
var lib_model = __webpack_require__(7529);
;// CONCATENATED MODULE: ./build/lib/diff/effects.js
// Consequences of a change that no single field shows: a system now protected below (or up to) what its
// information requires, told next to the change that caused it.



/** Systems protected below what their information requires, per aspect: `system\taspect` → the facts. */
function belowRequirement(registry) {
    const out = new Map();
    // The same requirement the protection rule used, computed once per registry (the rule already did).
    const required = (0,derive/* requiredProtectionBySystem */.t7)(registry);
    const aspects = new Set(registry.model.aspects.map((x) => x.id));
    for (const system of registry.entities.system.values()) {
        if (!system.valid || system.data.status === 'retired')
            continue;
        for (const [aspect, req] of required.get(system.id) ?? []) {
            if (!aspects.has(aspect))
                continue;
            const have = system.data.protection?.[aspect];
            if (have !== undefined && have >= req.level)
                continue;
            out.set(`${system.id}\t${aspect}`, {
                system,
                aspect,
                have,
                need: req.level,
                asset: req.asset.id,
                classification: req.classification.id,
            });
        }
    }
    return out;
}
/** Tells each new shortfall in protection (and each one put right) next to the change that caused it. */
function attachEffects(changes, ctx) {
    const effects = [];
    const before = belowRequirement(ctx.base);
    const after = belowRequirement(ctx.head);
    const find = (kind, id) => changes.find((c) => c.kind === kind && c.id === id);
    const attach = (detail, candidates) => {
        const target = candidates.find((c) => c !== undefined);
        if (!target) {
            effects.push(detail);
            return;
        }
        const next = target.details.find((d) => d.code === 'level' && d.aspect === detail.aspect);
        if (next && !target.restricted)
            next.text += ` — ${detail.text}`;
        else
            target.details.push(detail);
    };
    const aspect = (id) => (0,lib_model/* aspectLabel */.tu)(ctx.head.model, id, ctx.locale).toLowerCase();
    // A system restricted before or after: its aspects and levels stay out of every change line.
    const hidden = (id) => restrictedIn(ctx.base, ctx.base.entities.system.get(id)) ||
        restrictedIn(ctx.head, ctx.head.entities.system.get(id));
    for (const [key, x] of after) {
        const was = before.get(key);
        if (was && was.need === x.need && was.have === x.have)
            continue;
        const detail = hidden(x.system.id)
            ? ctx.t('nowBelowRestricted', { system: x.system.data.name })
            : ctx.t('nowBelow', { system: x.system.data.name, aspect: aspect(x.aspect), have: x.have ?? '–', need: x.need }, x.aspect);
        attach(detail, [
            find('classification', x.classification),
            find('system', x.system.id),
            find('asset', x.asset),
        ]);
    }
    for (const [key, x] of before) {
        if (after.has(key))
            continue;
        const system = ctx.head.entities.system.get(x.system.id);
        const name = system?.data.name ?? x.system.data.name;
        const detail = hidden(x.system.id)
            ? ctx.t('nowMetRestricted', { system: name })
            : ctx.t('nowMet', { system: name, aspect: aspect(x.aspect) }, x.aspect);
        attach(detail, [
            find('system', x.system.id),
            find('classification', x.classification),
            find('asset', x.asset),
        ]);
    }
    return effects;
}

;// CONCATENATED MODULE: ./build/lib/rules/refs.js
/**
 * Every field that names another entry, per register. `*` stands for each item of a list or each key of a
 * mapping. One table, used by the reference rule, the semantic diff and the search index alike.
 */
const REFERENCE_FIELDS = {
    organisation: [
        ['boards.*.chair', 'role'],
        ['boards.*.dpo', 'role'],
        ['controller.dpo', 'role'],
        ['controller.delegatedTo', 'role'],
        ['roles.*.board', 'board'],
        ['access.restricted.roles.*', 'role'],
        ['risk.mayAccept.*.role', 'role'],
        ['questionsRole', 'role'],
    ],
    system: [
        ['board', 'board'],
        ['owner', 'role'],
        ['administrator', 'role'],
    ],
    asset: [
        ['board', 'board'],
        ['owner', 'role'],
        ['systems.*', 'system'],
        ['processing.*', 'processing'],
    ],
    classification: [
        ['asset', 'asset'],
        ['participants.*', 'role'],
    ],
    processing: [
        ['controller', 'board'],
        ['systems.*', 'system'],
    ],
    document: [
        ['decidedBy', 'board'],
        ['decidedByRole', 'role'],
        ['owner', 'role'],
        ['supersedes', 'document'],
    ],
    kpi: [['owner', 'role']],
    cycle: [
        ['owner', 'role'],
        ['boards.*', 'board'],
        ['documents.*', 'document'],
    ],
    audit: [
        ['boards.*', 'board'],
        ['recommendations.*.board', 'board'],
        ['recommendations.*.plannedActions.*.owner', 'role'],
        ['recommendations.*.plannedActions.*.plan', 'plan'],
        ['decisions.*.board', 'board'],
        ['requested.from.*', 'board'],
    ],
    faq: [
        ['owner', 'role'],
        ['documents.*', 'document'],
    ],
    incident: [
        ['board', 'board'],
        ['owner', 'role'],
        ['systems.*', 'system'],
        ['assets.*', 'asset'],
        ['consequences.by', 'role'],
        ['actions.*.owner', 'role'],
    ],
    agreement: [
        ['board', 'board'],
        ['owner', 'role'],
        ['systems.*', 'system'],
        ['processing.*', 'processing'],
    ],
    training: [
        ['owner', 'role'],
        ['audience.boards.*', 'board'],
        ['fulfils', 'cycle'],
    ],
    report: [['author', 'role']],
    risk: [
        ['object.system', 'system'],
        ['object.asset', 'asset'],
        ['object.processing', 'processing'],
        ['board', 'board'],
        ['participants.*', 'role'],
        ['scenarios.*.assets.*', 'asset'],
        ['scenarios.*.systems.*', 'system'],
        ['scenarios.*.actions.*', 'plan'],
        ['scenarios.*.acceptedBy', 'role'],
    ],
    plan: [
        ['board', 'board'],
        ['owner', 'role'],
    ],
    review: [
        ['board', 'board'],
        ['participants.*', 'role'],
        ['decisions.*.actions.*', 'plan'],
    ],
};
const SPLIT = new Map();
/**
 * Calls `visit` for each value at a dotted field pattern. The path is built only when asked for: the reference
 * check walks every field of every entry on each run, and almost none of them need a path.
 */
function forEachValueAt(data, pattern, visit) {
    let segments = SPLIT.get(pattern);
    if (!segments) {
        segments = pattern.split('.');
        SPLIT.set(pattern, segments);
    }
    // The two shapes nearly every reference has, `field` and `field.*`, without the general walk.
    if (data === null || typeof data !== 'object' || Array.isArray(data))
        return;
    if (segments.length === 1) {
        const value = data[pattern];
        if (value !== undefined && value !== null)
            visit(value, () => [pattern]);
        return;
    }
    if (segments.length === 2 && segments[1] === '*') {
        const field = segments[0];
        const list = data[field];
        if (Array.isArray(list)) {
            for (let i = 0; i < list.length; i++) {
                const value = list[i];
                if (value !== undefined && value !== null)
                    visit(value, () => [field, i]);
            }
            return;
        }
    }
    const stack = [];
    const path = () => stack.slice();
    const walk = (node, depth) => {
        if (depth === segments.length) {
            if (node !== undefined && node !== null)
                visit(node, path);
            return;
        }
        if (node === null || typeof node !== 'object')
            return;
        const head = segments[depth];
        if (head === '*') {
            if (Array.isArray(node)) {
                for (let i = 0; i < node.length; i++) {
                    stack.push(i);
                    walk(node[i], depth + 1);
                    stack.pop();
                }
            }
            else {
                for (const k in node) {
                    stack.push(k);
                    walk(node[k], depth + 1);
                    stack.pop();
                }
            }
            return;
        }
        if (Array.isArray(node))
            return;
        stack.push(head);
        walk(node[head], depth + 1);
        stack.pop();
    };
    walk(data, 0);
}

;// CONCATENATED MODULE: ./build/lib/diff/generic.js
// Field-by-field change lines for whatever a kind's own description does not cover.


/** References by id, told by name: `owner: it-chef` reads as the role's name. */
function refTarget(kind, field) {
    for (const [pattern, target] of REFERENCE_FIELDS[kind]) {
        if (pattern === field || pattern === `${field}.*`)
            return target;
    }
    return undefined;
}
/** Field-by-field changes for the fields no kind-specific description covers. */
function genericDetails(kind, a, b, handled, ctx) {
    const out = [];
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
    for (const field of keys) {
        if (handled.has(field))
            continue;
        const from = a[field];
        const to = b[field];
        if (sameData(from, to))
            continue;
        if (field === 'suppress') {
            out.push(...suppressDetails(from, to, ctx));
            continue;
        }
        const target = refTarget(kind, field);
        const show = (v) => {
            const s = scalarText(v, ctx);
            return s !== undefined && target && typeof v === 'string' ? ctx.name(target, v) : s;
        };
        const fromText = show(from);
        const toText = show(to);
        const fromMissing = from === undefined || from === null;
        const toMissing = to === undefined || to === null;
        if ((fromMissing || fromText !== undefined) && (toMissing || toText !== undefined)) {
            const longText = (fromText?.length ?? 0) > MAX_VALUE || (toText?.length ?? 0) > MAX_VALUE;
            if (longText)
                out.push(ctx.t('fieldEdited', { field }));
            else if (fromMissing)
                out.push(ctx.t('fieldSet', { field, to: toText }));
            else if (toMissing)
                out.push(ctx.t('fieldRemoved', { field, from: fromText }));
            else
                out.push(ctx.t('fieldChanged', { field, from: fromText, to: toText }));
            continue;
        }
        if (isScalarList(from) && isScalarList(to)) {
            const [added, removed] = listDelta(from ?? [], to ?? []);
            const names = (items) => items
                .map((i) => quote(target && typeof i === 'string' ? ctx.name(target, i) : (scalarText(i, ctx) ?? '')))
                .join(', ');
            if (added.length)
                out.push(ctx.t('listAdded', { field, items: names(added) }));
            if (removed.length)
                out.push(ctx.t('listRemoved', { field, items: names(removed) }));
            if (!added.length && !removed.length)
                out.push(ctx.t('fieldEdited', { field }));
            continue;
        }
        if (fromMissing)
            out.push(ctx.t('fieldAddedBlock', { field }));
        else if (toMissing)
            out.push(ctx.t('fieldRemovedBlock', { field }));
        else
            out.push(ctx.t('fieldEdited', { field }));
    }
    return out;
}
function isScalarList(v) {
    return (v === undefined || v === null || (Array.isArray(v) && v.every((i) => i === null || typeof i !== 'object')));
}
function suppressDetails(from, to, ctx) {
    const rules = (v) => new Map((Array.isArray(v) ? v : [])
        .filter((s) => typeof s === 'object' && s !== null && typeof s.rule === 'string')
        .map((s) => [s.rule, str(s.reason)]));
    const a = rules(from);
    const b = rules(to);
    const out = [];
    for (const [rule, reason] of b)
        if (!a.has(rule))
            out.push(ctx.t('suppressAdded', { rule, reason: quote(reason) }));
    for (const rule of a.keys())
        if (!b.has(rule))
            out.push(ctx.t('suppressRemoved', { rule }));
    if (!out.length)
        out.push(ctx.t('fieldEdited', { field: 'suppress' }));
    return out;
}

;// CONCATENATED MODULE: ./build/lib/diff/kinds/asset.js
// How a change to an information asset is told.

const describeAsset = (a, b, ctx, { change }) => {
    const details = [];
    if (change === 'changed' && str(a.name) !== str(b.name))
        details.push(ctx.t('renamed', { from: str(a.name), to: str(b.name) }));
    const handled = ['name'];
    if (change === 'changed') {
        const [added, removed] = listDelta(asList(a.systems), asList(b.systems));
        for (const s of added)
            details.push(ctx.t('assetSystemAdded', { system: ctx.name('system', String(s)) }));
        for (const s of removed)
            details.push(ctx.t('assetSystemRemoved', { system: ctx.name('system', String(s)) }));
        handled.push('systems');
        const sensitive = (d) => d.personalData?.sensitive === true;
        if (sensitive(b) && !sensitive(a))
            details.push(ctx.t('assetSensitive'));
        if (b.protectedIdentities === true && a.protectedIdentities !== true) {
            details.push(ctx.t('assetProtectedIdentities'));
            handled.push('protectedIdentities');
        }
    }
    return { details, handled };
};

;// CONCATENATED MODULE: ./build/lib/diff/kinds/document.js
// How a change to a governing document is told: status, decision, review date.


const describeDocument = (a, b, ctx, { change }) => {
    const details = [];
    const handled = ['title', 'status', 'decision', 'nextReview', 'communicated'];
    if (change === 'added') {
        details.push(ctx.t('documentNew', {
            type: lower((0,labels/* label */.Pf)(labels/* DOCUMENT_TYPE */.XN, b.type, ctx.locale)),
            status: lower((0,labels/* label */.Pf)(labels/* DOCUMENT_STATUS */.B9, b.status, ctx.locale)),
        }));
        return { details, handled: [...handled, 'type'] };
    }
    if (change === 'removed')
        return { details, handled };
    if (str(a.title) !== str(b.title))
        details.push(ctx.t('renamed', { from: str(a.title), to: str(b.title) }));
    if (a.status !== b.status) {
        details.push(ctx.t('documentStatus', {
            from: lower((0,labels/* label */.Pf)(labels/* DOCUMENT_STATUS */.B9, a.status, ctx.locale)),
            to: lower((0,labels/* label */.Pf)(labels/* DOCUMENT_STATUS */.B9, b.status, ctx.locale)),
            decision: b.status === 'decided' && b.decision
                ? ` (${decisionText(b.decision, str(b.decidedBy), ctx)})`
                : '',
        }));
    }
    else if (!sameData(a.decision, b.decision) && b.decision) {
        details.push(ctx.t('decision', { what: decisionText(b.decision, str(b.decidedBy), ctx) }));
    }
    if (a.nextReview !== b.nextReview)
        details.push(ctx.t('nextReview', { from: str(a.nextReview) || '–', to: str(b.nextReview) || '–' }));
    if (a.communicated !== b.communicated && b.communicated)
        details.push(ctx.t('communicated', { date: str(b.communicated) }));
    return { details, handled };
};
function decisionText(d, board, ctx) {
    return [
        board ? ctx.name('board', board) : '',
        str(d.date) || str(d.meetingDate),
        str(d.paragraph),
        str(d.registrationNumber),
    ]
        .filter(Boolean)
        .join(' ');
}

;// CONCATENATED MODULE: ./build/lib/diff/kinds/audit.js
// How a change to an audit is told: status, recommendations, the board's answer, actions and decisions.



const describeAudit = (a, b, ctx, { change }) => {
    const details = [];
    const handled = ['title', 'status', 'recommendations', 'answerDue', 'decisions'];
    if (change !== 'changed')
        return { details, handled };
    if (str(a.title) !== str(b.title))
        details.push(ctx.t('renamed', { from: str(a.title), to: str(b.title) }));
    if (a.status !== b.status) {
        details.push(ctx.t('auditStatus', {
            from: lower((0,labels/* label */.Pf)(labels/* AUDIT_STATUS */.$8, a.status, ctx.locale)),
            to: lower((0,labels/* label */.Pf)(labels/* AUDIT_STATUS */.$8, b.status, ctx.locale)),
        }));
    }
    if (a.answerDue !== b.answerDue)
        details.push(ctx.t('answerDue', { from: str(a.answerDue) || '–', to: str(b.answerDue) || '–' }));
    const recsA = asList(a.recommendations).filter((r) => r && typeof r === 'object');
    const recsB = asList(b.recommendations).filter((r) => r && typeof r === 'object');
    const byId = new Map(recsA.map((r) => [str(r.id), r]));
    recsB.forEach((rb, i) => {
        const n = i + 1;
        const ra = byId.get(str(rb.id));
        if (!ra) {
            details.push(ctx.t('recAdded', { n }));
            return;
        }
        if (!ra.answer && rb.answer)
            details.push(ctx.t('recAnswerNew', { n }));
        else if (ra.answer !== rb.answer)
            details.push(ctx.t('recAnswerChanged', { n }));
        const [taken] = listDelta(asList(ra.actionsTaken), asList(rb.actionsTaken));
        for (const text of taken)
            details.push(ctx.t('recActionTaken', { n, text: quote(str(text)) }));
        const actionsA = new Map((ra.plannedActions ?? []).filter(Boolean).map((x) => [str(x.id), x]));
        const actionsB = (rb.plannedActions ?? []).filter(Boolean);
        for (const act of actionsB) {
            const before = actionsA.get(str(act.id));
            if (!before) {
                details.push(ctx.t('recActionNew', { n, text: quote(str(act.text)), due: str(act.due) }));
                continue;
            }
            if (before.due !== act.due) {
                const what = actionsB.length > 1 ? ` ("${quote(str(act.text))}")` : '';
                details.push(ctx.t('recActionMoved', { n, from: str(before.due), to: str(act.due), what }));
            }
            if (before.status !== act.status) {
                details.push(ctx.t('recActionStatus', {
                    n,
                    text: quote(str(act.text)),
                    from: lower((0,labels/* label */.Pf)(labels/* ACTION_STATUS */.gi, before.status, ctx.locale)),
                    to: lower((0,labels/* label */.Pf)(labels/* ACTION_STATUS */.gi, act.status, ctx.locale)),
                }));
            }
        }
        const idsB = new Set(actionsB.map((x) => str(x.id)));
        for (const [id, act] of actionsA)
            if (!idsB.has(id))
                details.push(ctx.t('recActionRemoved', { n, text: quote(str(act.text)) }));
    });
    const idsB = new Set(recsB.map((r) => str(r.id)));
    for (const ra of recsA)
        if (!idsB.has(str(ra.id)))
            details.push(ctx.t('recRemoved', { id: str(ra.id) }));
    // Each board's decision on its answer, told when it is new or changed.
    const decisionsA = Array.isArray(a.decisions) ? a.decisions : [];
    for (const d of Array.isArray(b.decisions) ? b.decisions : []) {
        const before = decisionsA.find((x) => x.board === d.board);
        if (!before || !sameData(before, d))
            details.push(ctx.t('decision', { what: decisionText(d, str(d.board), ctx) }));
    }
    if (details.length === 0 && !sameData(a.recommendations, b.recommendations))
        details.push(ctx.t('fieldEdited', { field: 'recommendations' }));
    return { details, handled };
};

;// CONCATENATED MODULE: ./build/lib/diff/kinds/levels.js
// Protection and classification levels aspect by aspect, as change lines.

function levelsOf(v) {
    const out = {};
    if (v && typeof v === 'object') {
        for (const [k, x] of Object.entries(v)) {
            const level = typeof x === 'number'
                ? x
                : typeof x === 'object' && x !== null
                    ? x.level
                    : undefined;
            if (typeof level === 'number')
                out[k] = level;
        }
    }
    return out;
}
function levelChanges(code, from, to, ctx) {
    const out = [];
    const model = ctx.head.model;
    const order = [...model.aspects.map((a) => a.id), ...Object.keys({ ...from, ...to })];
    for (const aspect of new Set(order)) {
        if (from[aspect] === to[aspect])
            continue;
        if (from[aspect] === undefined && to[aspect] === undefined)
            continue;
        out.push(ctx.t(code, {
            aspect: (0,lib_model/* aspectLabel */.tu)(model, aspect, ctx.locale).toLowerCase(),
            from: from[aspect] ?? '–',
            to: to[aspect] ?? '–',
        }, aspect));
    }
    return out;
}

;// CONCATENATED MODULE: ./build/lib/diff/kinds/classification.js
// How a new, changed or removed classification is told: level by level against the one in force.



const describeClassification = (a, b, ctx, { change }) => {
    const details = [];
    if (change === 'added') {
        details.push(ctx.t('classificationNew', { date: str(b.date) }));
        // A new classification replaces the one in force: compare the levels with that one.
        const previous = (0,derive/* classificationsInForce */.AT)(ctx.base).get(str(b.asset));
        details.push(...levelChanges('level', levelsOf(previous?.data.levels), levelsOf(b.levels), ctx));
    }
    else if (change === 'removed') {
        details.push(ctx.t('classificationRemoved', { date: str(a.date) }));
    }
    else {
        details.push(...levelChanges('level', levelsOf(a.levels), levelsOf(b.levels), ctx));
    }
    return { details, handled: ['levels'] };
};

// EXTERNAL MODULE: ./build/lib/values.js
var values = __webpack_require__(81244);
;// CONCATENATED MODULE: ./build/lib/diff/kinds/kpi.js
// How a change to a KPI is told: values per quarter and the target.



const describeKpi = (a, b, ctx, { change }) => {
    const details = [];
    const unit = str(b.unit || a.unit);
    const show = (v) => typeof v === 'number' ? (0,values/* formatValue */.Fl)(v, unit, ctx.locale) : ctx.word('missingValue');
    const va = (a.values ?? {});
    const vb = (b.values ?? {});
    if (change !== 'removed') {
        for (const q of Object.keys(vb).sort()) {
            if (!(q in va) || change === 'added') {
                if (change === 'added' && q !== Object.keys(vb).sort().at(-1))
                    continue;
                details.push(ctx.t('kpiValueAdded', {
                    quarter: (0,labels/* quarterLabel */.j_)(q, ctx.locale),
                    value: show(vb[q]),
                    target: show(b.target),
                }));
            }
            else if (va[q] !== vb[q])
                details.push(ctx.t('kpiValueChanged', {
                    quarter: (0,labels/* quarterLabel */.j_)(q, ctx.locale),
                    from: show(va[q]),
                    to: show(vb[q]),
                }));
        }
        for (const q of Object.keys(va).sort()) {
            if (!(q in vb) && change === 'changed')
                details.push(ctx.t('kpiValueRemoved', { quarter: (0,labels/* quarterLabel */.j_)(q, ctx.locale), from: show(va[q]) }));
        }
        if (change === 'changed' && a.target !== b.target)
            details.push(ctx.t('kpiTarget', { from: show(a.target), to: show(b.target) }));
        if (change === 'changed' && str(a.name) !== str(b.name))
            details.push(ctx.t('renamed', { from: str(a.name), to: str(b.name) }));
    }
    return { details, handled: ['values', 'target', 'name'] };
};

;// CONCATENATED MODULE: ./build/lib/diff/kinds/organisation.js
// How a change to lisa.yaml is told: boards, roles and the classification model.


const describeOrganisation = (a, b, ctx, { change }) => {
    const details = [];
    const handled = ['boards', 'roles', 'classification'];
    if (change !== 'changed')
        return { details, handled };
    const boards = (d) => new Map(asList(d.boards).filter(Boolean).map((x) => [str(x.id), x]));
    const ba = boards(a);
    const bb = boards(b);
    for (const [id, board] of bb) {
        const before = ba.get(id);
        if (!before)
            details.push(ctx.t('boardAdded', { name: str(board.name) || id }));
        else if (str(before.name) !== str(board.name))
            details.push(ctx.t('boardRenamed', { from: str(before.name), to: str(board.name) }));
        else if (!sameData(before, board))
            details.push(ctx.t('fieldEdited', { field: `boards: ${str(board.name) || id}` }));
    }
    for (const [id, board] of ba)
        if (!bb.has(id))
            details.push(ctx.t('boardRemoved', { name: str(board.name) || id }));
    const roles = (d) => d.roles && typeof d.roles === 'object' ? d.roles : {};
    const ra = roles(a);
    const rb = roles(b);
    const roleName = (r, id) => (r?.name !== undefined ? (0,lib_locale/* pickText */.d3)(r.name, ctx.locale) : '') || id;
    for (const [id, role] of Object.entries(rb)) {
        const before = ra[id];
        if (!before)
            details.push(ctx.t('roleAdded', { name: roleName(role, id) }));
        else if (!sameData(before.people, role?.people))
            details.push(ctx.t('rolePeople', { name: roleName(role, id) }));
        else if (!sameData(before, role))
            details.push(ctx.t('fieldEdited', { field: `roles: ${roleName(role, id)}` }));
    }
    for (const [id, role] of Object.entries(ra))
        if (!(id in rb))
            details.push(ctx.t('roleRemoved', { name: roleName(role, id) }));
    if (!sameData(a.classification, b.classification))
        details.push(ctx.t('model'));
    return { details, handled };
};

// EXTERNAL MODULE: ./build/lib/facts/dpia.js
var facts_dpia = __webpack_require__(27424);
;// CONCATENATED MODULE: ./build/lib/diff/kinds/processing.js
// How a change to a processing activity is told: DPIA, special categories, transfers, systems, processors.




/** The grounds `dpiaOf` gives, in the diff's words (mid-sentence, lower case). */
function dpiaReasons(d, ctx) {
    const word = {
        special: 'dpiaReasonSpecial',
        criminal: 'dpiaReasonCriminal',
        protected: 'dpiaReasonProtected',
    };
    return (0,facts_dpia/* dpiaOf */.M)(d).reasons.map((r) => r.code === 'criteria' ? (0,lib_locale/* format */.GP)(ctx.word('dpiaReasonCriteria'), { n: r.n }) : ctx.word(word[r.code]));
}
const describeProcessing = (a, b, ctx, { change }) => {
    const details = [];
    const handled = [
        'name',
        'dpia',
        'specialCategories',
        'thirdCountryTransfers',
        'systems',
        'processors',
        'controller',
    ];
    if (change === 'added') {
        const reasons = dpiaReasons(b, ctx);
        if ((0,facts_dpia/* dpiaOf */.M)(b).missing)
            details.push(ctx.t('withoutDpia', { reasons: reasons.join(', ') }));
        for (const t of asList(b.thirdCountryTransfers)) {
            details.push(ctx.t('transferAdded', {
                country: str(t?.country),
                safeguard: lower((0,labels/* label */.Pf)(labels/* SAFEGUARD */.pe, t?.safeguard, ctx.locale)),
            }));
        }
        return { details, handled };
    }
    if (change === 'removed')
        return { details, handled };
    if (str(a.name) !== str(b.name))
        details.push(ctx.t('renamed', { from: str(a.name), to: str(b.name) }));
    if (a.controller !== b.controller) {
        // No controller named: the organisation itself is the controller (country: no).
        const who = (d) => str(d.controller) ? ctx.name('board', str(d.controller)) : str(ctx.head.organisation?.data.name);
        details.push(ctx.t('controller', { from: who(a), to: who(b) }));
    }
    const dpiaStatus = (d) => d.dpia?.status;
    if (dpiaStatus(a) !== dpiaStatus(b)) {
        const show = (s) => s ? lower((0,labels/* label */.Pf)(labels/* DPIA_STATUS */.IC, s, ctx.locale)) : ctx.word('none');
        details.push(ctx.t('dpiaStatus', { from: show(dpiaStatus(a)), to: show(dpiaStatus(b)) }));
    }
    else if (!sameData(a.dpia, b.dpia))
        details.push(ctx.t('fieldEdited', { field: 'dpia' }));
    if ((0,facts_dpia/* dpiaOf */.M)(b).missing && !(0,facts_dpia/* dpiaOf */.M)(a).missing)
        details.push(ctx.t('dpiaNowNeeded', { reasons: dpiaReasons(b, ctx).join(', ') }));
    const [specialAdded, specialRemoved] = listDelta(asList(a.specialCategories), asList(b.specialCategories));
    const special = (items) => items.map((i) => lower((0,labels/* label */.Pf)(labels/* SPECIAL_CATEGORY */.x2, i, ctx.locale))).join(', ');
    if (specialAdded.length)
        details.push(ctx.t('specialAdded', { items: special(specialAdded) }));
    if (specialRemoved.length)
        details.push(ctx.t('specialRemoved', { items: special(specialRemoved) }));
    const transfers = (d) => new Map(asList(d.thirdCountryTransfers).map((t) => [str(t?.country), str(t?.safeguard)]));
    const ta = transfers(a);
    const tb = transfers(b);
    for (const [country, safeguard] of tb) {
        const was = ta.get(country);
        if (was === undefined)
            details.push(ctx.t('transferAdded', {
                country,
                safeguard: lower((0,labels/* label */.Pf)(labels/* SAFEGUARD */.pe, safeguard, ctx.locale)),
            }));
        else if (was !== safeguard) {
            details.push(ctx.t('transferSafeguard', {
                country,
                from: lower((0,labels/* label */.Pf)(labels/* SAFEGUARD */.pe, was, ctx.locale)),
                to: lower((0,labels/* label */.Pf)(labels/* SAFEGUARD */.pe, safeguard, ctx.locale)),
            }));
        }
    }
    for (const country of ta.keys())
        if (!tb.has(country))
            details.push(ctx.t('transferRemoved', { country }));
    if (!sameData(a.thirdCountryTransfers, b.thirdCountryTransfers) &&
        [...tb].every(([c, s]) => ta.get(c) === s) &&
        ta.size === tb.size) {
        details.push(ctx.t('fieldEdited', { field: 'thirdCountryTransfers' }));
    }
    const [sysAdded, sysRemoved] = listDelta(asList(a.systems), asList(b.systems));
    for (const s of sysAdded)
        details.push(ctx.t('processingSystemAdded', { system: ctx.name('system', String(s)) }));
    for (const s of sysRemoved)
        details.push(ctx.t('processingSystemRemoved', { system: ctx.name('system', String(s)) }));
    const processors = (d) => new Map(asList(d.processors).map((p) => [str(p?.name), p]));
    const pa = processors(a);
    const pb = processors(b);
    for (const [name, p] of pb) {
        if (!pa.has(name))
            details.push(ctx.t('processorAdded', { name, agreement: p?.agreement ? '' : ctx.word('noAgreement') }));
    }
    for (const name of pa.keys())
        if (!pb.has(name))
            details.push(ctx.t('processorRemoved', { name }));
    if (!sameData(a.processors, b.processors) &&
        [...pb.keys()].every((n) => pa.has(n)) &&
        pa.size === pb.size) {
        details.push(ctx.t('fieldEdited', { field: 'processors' }));
    }
    return { details, handled };
};

;// CONCATENATED MODULE: ./build/lib/diff/kinds/system.js
// How a change to a system is told: protection levels, status and hosting.




const describeSystem = (a, b, ctx, { change }) => {
    const details = [];
    if (change === 'changed' && str(a.name) !== str(b.name))
        details.push(ctx.t('renamed', { from: str(a.name), to: str(b.name) }));
    if (change === 'added') {
        const levels = levelsOf(b.protection);
        const text = ctx.head.model.aspects
            .filter((x) => levels[x.id] !== undefined)
            .map((x) => `${(0,lib_model/* aspectLabel */.tu)(ctx.head.model, x.id, ctx.locale).toLowerCase()} ${levels[x.id]}`)
            .join(', ');
        if (text)
            details.push(ctx.t('protectionNew', { levels: text }));
    }
    else
        details.push(...levelChanges('protection', levelsOf(a.protection), levelsOf(b.protection), ctx));
    if (change === 'changed' && a.status !== b.status) {
        details.push(ctx.t('systemStatus', {
            from: lower((0,labels/* label */.Pf)(labels/* SYSTEM_STATUS */.df, (a.status ?? 'active'), ctx.locale)),
            to: lower((0,labels/* label */.Pf)(labels/* SYSTEM_STATUS */.df, (b.status ?? 'active'), ctx.locale)),
        }));
    }
    const where = (d) => `${lower((0,labels/* label */.Pf)(labels/* HOSTING */.fr, d.hosting, ctx.locale))}${d.hostingCountry ? ` (${str(d.hostingCountry)})` : ''}`;
    if (change === 'changed' && (a.hosting !== b.hosting || a.hostingCountry !== b.hostingCountry))
        details.push(ctx.t('hosting', { from: where(a), to: where(b) }));
    return { details, handled: ['name', 'protection', 'status', 'hosting', 'hostingCountry'] };
};

;// CONCATENATED MODULE: ./build/lib/diff/kinds/index.js








const noSpecial = () => ({ details: [], handled: [] });
const DESCRIBE = {
    organisation: describeOrganisation,
    system: describeSystem,
    asset: describeAsset,
    classification: describeClassification,
    processing: describeProcessing,
    document: describeDocument,
    kpi: describeKpi,
    cycle: noSpecial,
    audit: describeAudit,
    faq: noSpecial,
    incident: noSpecial,
    agreement: noSpecial,
    training: noSpecial,
    report: noSpecial,
    risk: noSpecial,
    plan: noSpecial,
    review: noSpecial,
};

// EXTERNAL MODULE: ./build/lib/kinds.js
var kinds = __webpack_require__(27371);
// EXTERNAL MODULE: ./build/lib/finding.js
var lib_finding = __webpack_require__(2525);
;// CONCATENATED MODULE: ./build/lib/diff/findings.js
// Which findings a change brings and which it puts right: base and head findings matched by identity.

/**
 * A finding's identity across two versions (findingKey): its rule, the entry (or, without one, the file) it is
 * about, its message and parameters. Not the line (an edit above a problem moves it without making it new), not
 * the language and not names (`label()`: renaming an entry changes the text, not the problem); a changed
 * reference or level is another problem. Several equal findings on one entry are matched by count.
 */
function findingIdentity(f) {
    return (0,lib_finding/* findingKey */.fl)(f);
}
/** Which findings a change brings and which it puts right, matched by `findingIdentity`. */
function findingsDelta(base, head) {
    const key = findingIdentity;
    const count = (list) => {
        const m = new Map();
        for (const f of list)
            m.set(key(f), (m.get(key(f)) ?? 0) + 1);
        return m;
    };
    const inBase = count(base);
    const inHead = count(head);
    const take = (list, other) => list.filter((f) => {
        const k = key(f);
        const n = other.get(k) ?? 0;
        if (n > 0) {
            other.set(k, n - 1);
            return false;
        }
        return true;
    });
    return { added: take(head, inBase), fixed: take(base, inHead) };
}

;// CONCATENATED MODULE: ./build/lib/diff.js
// The semantic diff of two registries: what a change to the registers means, told the way the security
// coordinator and the board would say it ("konfidentialitet 2 → 3 — ProReNata skyddas nu under kravet"),
// not as lines of YAML. Pure: two registries in, a list of changes out, already in the registry's language.








// The diff's public face: the action, `lisa diff` and the PR comment import from here; the parts live in diff/.


const KIND_ORDER = ['organisation', ...kinds/* KINDS */.GW];
function diffEntity(kind, id, before, after, ctx, restricted) {
    const a = (before?.data ?? {});
    const b = (after?.data ?? {});
    if (before && after && sameData(a, b))
        return undefined;
    const change = !before ? 'added' : !after ? 'removed' : 'changed';
    const entity = (after ?? before);
    const name = (0,identity/* redactIdentityNumbers */.M)(nameOf(entity, ctx.head, ctx.base, ctx.locale));
    const result = { kind, id, change, file: entity.file, name, restricted, details: [] };
    if (restricted) {
        result.details.push(change === 'changed'
            ? ctx.t('restricted', { fields: changedFields(a, b).join(', ') })
            : ctx.t('restrictedNew'));
        return result;
    }
    // Invalid entries have no trustworthy shape: only say which fields changed.
    const trusted = (!before || before.valid) && (!after || after.valid);
    const special = trusted ? DESCRIBE[kind](a, b, ctx, { id, change }) : { details: [], handled: [] };
    result.details.push(...special.details);
    if (change === 'changed')
        result.details.push(...genericDetails(kind, a, b, new Set(special.handled), ctx));
    return result;
}
function organisationEntity(registry) {
    const org = registry.organisation;
    if (!org)
        return undefined;
    return {
        kind: 'organisation',
        id: 'lisa',
        file: org.file,
        data: org.data,
        parsed: org.parsed,
        valid: org.valid,
    };
}
/** What a change from `base` to `head` means, entry by entry, with its consequences and the documents it touches. */
function diffRegistries(base, head, options = {}) {
    const locale = options.locale ?? head.locale;
    const ctx = makeCtx(base, head, locale);
    const changes = [];
    const orgChange = diffEntity('organisation', 'lisa', organisationEntity(base), organisationEntity(head), ctx, false);
    if (orgChange)
        changes.push(orgChange);
    for (const kind of kinds/* KINDS */.GW) {
        const inBase = base.entities[kind];
        const inHead = head.entities[kind];
        const visit = (id, before, after) => {
            // Unchanged (at region scale nearly every entry): diffEntity would say nothing, so its restriction,
            // which reads the classifications in force, is not worked out.
            if (before && after && sameData(before.data, after.data))
                return;
            const restricted = restrictedIn(base, before) || restrictedIn(head, after);
            const change = diffEntity(kind, id, before, after, ctx, restricted);
            if (change)
                changes.push(change);
        };
        // The base's ids, then those only the head has: the order the changes are listed in among equals.
        for (const [id, before] of inBase)
            visit(id, before, inHead.get(id));
        for (const [id, after] of inHead)
            if (!inBase.has(id))
                visit(id, undefined, after);
    }
    const effects = attachEffects(changes, ctx);
    for (const c of changes)
        if (c.details.length === 0 && c.change === 'changed')
            c.details.push(ctx.t('fieldEdited', { field: changedFields(dataOf(base, c), dataOf(head, c)).join(', ') || '–' }));
    // What the change means for risk (lib/risk-delta.ts): "risk r3 for Procapita: 12 → 6 after action A17".
    attachRiskDelta(changes, effects, base, head, locale);
    changes.sort((x, y) => KIND_ORDER.indexOf(x.kind) - KIND_ORDER.indexOf(y.kind) ||
        CHANGE_ORDER[x.change] - CHANGE_ORDER[y.change] ||
        x.name.localeCompare(y.name, locale));
    return {
        changes,
        effects,
        documents: affectedDocuments(changes, base, head, locale, options.today, options.documentIds),
    };
}
const CHANGE_ORDER = { added: 0, changed: 1, removed: 2 };

;// CONCATENATED MODULE: ./build/lib/escape/workflow-command.js
// Text in a GitHub Actions job log. The runner reads a line as a workflow command when it starts with `::`
// after leading white space (`::add-mask::`, `::stop-commands::`, `::warning …`), and reads the legacy
// `##[command]` form anywhere in a line. A line lisa prints that holds user text must be neither.
// Commands lisa means to issue go through @actions/core, which escapes their data (`%`, CR, LF) and
// properties (also `:` and `,`) as GitHub documents; `escapeData` and `escapeProperty` say the same rules
// for anything written by hand.
/** A workflow command's data (the message after the second `::`). */
function escapeData(text) {
    return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
/** A workflow command's property value (`file=…,title=…`). */
function escapeProperty(text) {
    return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
/**
 * Plain log text that can never be read as a command: a line starting with `::` gets a full-width colon
 * first, and `##[` a full-width bracket. Visible characters, not zero-width ones, because the runner's
 * culture-sensitive string comparison skips zero-width characters.
 */
function neutraliseCommands(text) {
    return text
        .split(/(\r\n|\r|\n)/)
        .map((part) => breakLegacyCommands(part.replace(/^(\s*)::/, '$1\uff1a:')))
        .join('');
}
/** The legacy `##[command]` form broken, for data @actions/core escapes but the runner may still scan. */
function breakLegacyCommands(text) {
    return text.replace(/##\[/g, '##\uff3b');
}

// EXTERNAL MODULE: ./build/lib/registry.js + 1 modules
var lib_registry = __webpack_require__(74557);
;// CONCATENATED MODULE: ./build/lib/facts/repository.js
// Links to a register file in the registry's repository, from lisa.yaml `repository` (url, branch, path): the
// answers' sources, the bot's "due soon" and every reminder's "edit" link are made here and nowhere else.

/**
 * lisa.yaml's `repository`, read field by field (a mistake elsewhere in lisa.yaml must not cost the links).
 * Without `path`, the registry folder as lisa was pointed at it, when that is a path inside the repository.
 */
function repositoryOf(org, root) {
    const repo = isPlainObject(org) ? org.repository : undefined;
    if (!isPlainObject(repo) || typeof repo.url !== 'string' || !/^https?:\/\//i.test(repo.url))
        return undefined;
    const r = root.replace(/\\/g, '/');
    const defaultDir = r.startsWith('/') || r.startsWith('..') || /^[A-Za-z]:/.test(r) ? '' : r;
    return {
        base: repo.url.replace(/\/+$/, '').replace(/\.git$/, ''),
        branch: typeof repo.branch === 'string' && repo.branch ? repo.branch : 'main',
        dir: typeof repo.path === 'string' ? repo.path : defaultDir,
    };
}
/** A file's path inside the registry folder, e.g. kpi/utbildning.yaml. */
function registryPath(root, file, kind) {
    const r = root
        .replace(/\\/g, '/')
        .replace(/^\.\/+/, '')
        .replace(/\/+$/, '');
    if (r && r !== '.' && file.startsWith(`${r}/`))
        return file.slice(r.length + 1);
    if (kind) {
        const parts = file.split('/');
        const at = parts.indexOf(kind);
        if (at >= 0)
            return parts.slice(at).join('/');
    }
    return file;
}
/**
 * A path as a URL path: empty and `.` segments dropped, every segment percent-encoded, including the `(`, `)`,
 * `'`, `*` and `!` that encodeURIComponent leaves, so a file name cannot end a Markdown or mrkdwn link early.
 */
function encodeUrlPath(path) {
    return path
        .split('/')
        .filter((s) => s && s !== '.')
        .map((s) => encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`))
        .join('/');
}
/**
 * The web address of a path in the registry folder: `blob` to read it (at `line`), `edit` to change it, `tree`
 * for a folder.
 */
function repositoryUrl(repo, view, registryRel, line) {
    const url = `${repo.base}/${view}/${encodeUrlPath(repo.branch)}/${encodeUrlPath(`${repo.dir}/${registryRel}`)}`;
    return line === undefined ? url : `${url}#L${line}`;
}
/** A link to a register file at a line, or undefined when lisa.yaml names no repository. */
function repositoryLink(registry, file, line) {
    const repo = repositoryOf(registry.organisation?.data, registry.root);
    return repo ? repositoryUrl(repo, 'blob', registryPath(registry.root, file), line) : undefined;
}

;// CONCATENATED MODULE: ./build/lib/facts/restricted.js
// Which entries are restricted, as `kind/id`: what the PR comment and `lisa diff` withhold the details of.



function restricted_restrictedIn(registry, entity, inForce) {
    try {
        return (0,derive/* isRestricted */.Ez)(registry, entity, inForce);
    }
    catch {
        // An entry without the shape restriction reads: withhold, as the diff does.
        return !entity.valid;
    }
}
function restrictedEntries(registry) {
    const out = new Set();
    const inForce = classificationsInForce(registry);
    for (const kind of KINDS)
        for (const entity of registry.entities[kind].values())
            if (restricted_restrictedIn(registry, entity, inForce))
                out.add(entityKey(entity));
    return out;
}
/**
 * The entries restricted in any of `registries`, the same set as the union of their `restrictedEntries`,
 * worked out only for the keys asked: an output asks of the entries its findings name, a few hundred at most,
 * where the whole set reads every entry of a region (~0.1 s a registry).
 */
function restrictedLookup(registries) {
    const known = new Map();
    const ask = (key) => {
        const slash = key.indexOf('/');
        const kind = key.slice(0, slash);
        if (slash < 0 || !kinds/* KINDS */.GW.includes(kind))
            return false;
        const id = key.slice(slash + 1);
        return registries.some((registry) => {
            const entity = registry.entities[kind].get(id);
            return (entity !== undefined &&
                (0,lib_registry/* entityKey */.DH)(entity) === key &&
                restricted_restrictedIn(registry, entity, (0,derive/* classificationsInForce */.AT)(registry)));
        });
    };
    return {
        has(key) {
            let answer = known.get(key);
            if (answer === undefined) {
                answer = ask(key);
                known.set(key, answer);
            }
            return answer;
        },
    };
}

// EXTERNAL MODULE: ./build/lib/facts/today.js
var facts_today = __webpack_require__(78409);
;// CONCATENATED MODULE: ./build/lib/format/markdown.js



/** Marks lisa's own comment on a pull request, so each push updates it instead of adding another. */
const COMMENT_MARKER = '<!-- lisa:pr-comment -->';
/**
 * The marker for a registry: the plain one for the usual `registry/`, one of its own for any other folder,
 * so two registries checked in one repository keep a comment each.
 */
function commentMarker(registry = 'registry') {
    const dir = registry.replace(/\\/g, '/').replace(/^\.\/|\/+$/g, '');
    return dir === 'registry' || dir === ''
        ? COMMENT_MARKER
        : `<!-- lisa:pr-comment:${dir.replace(/-->|[\r\n]/g, '')} -->`;
}
/** GitHub refuses comments longer than 65 536 characters; stay well below. */
const COMMENT_MAX = 60_000;
const W = {
    titleErrors: 'markdown.titleErrors',
    titleWarnings: 'markdown.titleWarnings',
    errors: 'common.errors',
    warnings: 'common.warnings',
    newProblems: 'diff.findingsAdded',
    titleClean: 'markdown.titleClean',
    filesRead: 'markdown.filesRead',
    failErrors: 'markdown.failErrors',
    failWarnings: 'markdown.failWarnings',
    delta: 'markdown.delta',
    problems: 'markdown.problems',
    error: 'format.error',
    warning: 'format.warning',
    isNew: 'markdown.isNew',
    hint: 'format.hint',
    restrictedFinding: 'markdown.restrictedFinding',
    more: 'markdown.more',
    fixed: 'markdown.fixed',
    meaning: 'diff.meaning',
    noChanges: 'diff.noChanges',
    moreChanges: 'markdown.moreChanges',
    effects: 'diff.effects',
    added: 'diffChange.added',
    removed: 'markdown.removed',
    affected: 'diff.documents',
    affectedNone: 'diff.noDocuments',
    baseMissing: 'markdown.baseMissing',
    documents: 'markdown.documents',
    noDocuments: 'markdown.noDocuments',
    notes: 'markdown.notes',
    footer: 'markdown.footer',
    compared: 'markdown.compared',
};
const KIND_HEADINGS = {
    organisation: 'markdown.kindHeadings.organisation',
    system: 'documents.systems.systemsHeading',
    asset: 'documents.yearly.assets',
    classification: 'documents.yearly.classification',
    processing: 'markdown.kindHeadings.processing',
    document: 'documents.yearly.documents',
    kpi: 'documents.yearly.indicators',
    cycle: 'documents.yearly.cycle',
    audit: 'markdown.kindHeadings.audit',
    faq: 'markdown.kindHeadings.faq',
    incident: 'markdown.kindHeadings.incident',
    agreement: 'markdown.kindHeadings.agreement',
    training: 'markdown.kindHeadings.training',
    report: 'markdown.kindHeadings.report',
    risk: 'markdown.kindHeadings.risk',
    plan: 'riskdoc.plan.kind',
    review: 'riskdoc.source.review',
};
/**
 * Makes user text inert in Markdown: no markup, no HTML, no @mentions (a register text must not ping a team),
 * one line, and no personal identity numbers.
 */
function escapeMarkdown(text) {
    return ((0,identity/* redactIdentityNumbers */.M)(text)
        .replace(/\s*[\r\n]+\s*/g, ' ')
        .replace(/[\\`*_[\]|~]/g, (c) => `\\${c}`)
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/@(?=\w)/g, '@\u2060')
        // GitHub makes bare URLs and www. names links: a register text must not put a live link in the
        // comment. A word joiner keeps the text readable and the autolink from matching.
        .replace(/\b(https?|ftp)(?=:\/\/)/gi, '$1\u2060')
        .replace(/\bwww\./gi, 'www\u2060.')
        // "#12" and "GH-12" would cross-reference an issue and notify its subscribers.
        .replace(/#(?=\d)/g, '#\u2060')
        .replace(/\bGH-(?=\d)/gi, (m) => `${m.slice(0, 2)}\u2060-`));
}
/** A path or id shown as code: backticks inside would end the span, so they are dropped. */
function code(text) {
    return `\`${text.replace(/`/g, "'").replace(/[\r\n]+/g, ' ')}\``;
}
/** The report as Markdown, shortened (fewer findings and changes listed, never cut mid-line) to fit `maxLength`. */
function formatMarkdown(report, options = {}) {
    const max = options.maxLength ?? COMMENT_MAX;
    // About what fits: a finding line is some 300–600 characters, a change line less.
    let limits = {
        findings: Math.max(20, Math.floor(max / 600)),
        changes: Math.max(30, Math.floor(max / 400)),
        details: 20,
    };
    for (;;) {
        const text = build(report, limits, options.marker);
        if (text.length <= max)
            return text;
        if (limits.findings === 0 && limits.changes === 0 && limits.details <= 1)
            return `${text.slice(0, max - 2)}…\n`;
        limits = {
            findings: Math.floor(limits.findings / 2),
            changes: Math.floor(limits.changes / 2),
            details: Math.max(1, Math.floor(limits.details / 2)),
        };
    }
}
function build(report, limits, marker) {
    const { locale } = report;
    const w = (key, params) => (0,i18n.t)(locale, W[key], params);
    const out = [];
    if (marker)
        out.push(marker);
    let errors = 0;
    for (const f of report.findings)
        if (f.severity === 'error')
            errors++;
    const warnings = report.findings.length - errors;
    const failing = errors > 0 || (report.failOn === 'warning' && warnings > 0);
    const icon = errors > 0 ? '❌' : warnings > 0 ? (failing ? '❌' : '⚠️') : '✅';
    const errorsText = w('errors', { n: errors });
    const warningsText = w('warnings', { n: warnings });
    const title = errors > 0
        ? w('titleErrors', { errors: errorsText, warnings: warningsText })
        : warnings > 0
            ? w('titleWarnings', { warnings: warningsText })
            : w('titleClean');
    out.push(`## ${icon} ${title}`, '');
    const lead = [w('filesRead', { files: report.files })];
    if (report.delta)
        lead.push(w('delta', {
            added: w('newProblems', { n: report.delta.added.length }),
            fixed: report.delta.fixed.length,
        }));
    if (failing)
        lead.push(`**${w(errors > 0 ? 'failErrors' : 'failWarnings')}**`);
    out.push(lead.join(' '), '');
    if (report.notes?.length) {
        out.push(`> [!NOTE]`, `> **${w('notes')}**`);
        for (const note of report.notes)
            out.push(`> - ${escapeMarkdown(note)}`);
        out.push('');
    }
    if (report.findings.length) {
        out.push(`### ${w('problems')} (${report.findings.length})`, '');
        const fresh = new Set(report.delta?.added ?? []);
        // What the change brings comes first; errors before warnings within each.
        const ordered = [...report.findings].sort((a, b) => Number(fresh.has(b)) - Number(fresh.has(a)) ||
            Number(b.severity === 'error') - Number(a.severity === 'error'));
        for (const f of ordered.slice(0, limits.findings))
            out.push(...findingLines(f, fresh.has(f), report, w));
        if (ordered.length > limits.findings)
            out.push('', `_${w('more', { n: ordered.length - limits.findings })}_`);
        out.push('');
    }
    if (report.delta?.fixed.length) {
        out.push(`<details><summary>${w('fixed', { n: report.delta.fixed.length })}</summary>`, '');
        for (const f of report.delta.fixed.slice(0, limits.findings))
            out.push(...findingLines(f, false, { ...report, link: undefined }, w, false));
        if (report.delta.fixed.length > limits.findings)
            out.push('', `_${w('more', { n: report.delta.fixed.length - limits.findings })}_`);
        out.push('', '</details>', '');
    }
    if (report.diff)
        out.push(...diffLines(report.diff, limits, locale, w));
    else if (report.baseMissing)
        out.push(`_${escapeMarkdown(w('baseMissing', { why: report.baseMissing }))}_`, '');
    if (report.documents) {
        out.push(`### ${w('documents')}`, '');
        if (report.documents.length === 0)
            out.push(w('noDocuments'));
        for (const d of report.documents)
            out.push(`- ${escapeMarkdown(d.title)} (${code(d.id)}): ${d.files.map(code).join(', ')}`);
        out.push('');
    }
    const footer = [report.version ? w('footer', { version: report.version }) : 'lisa'];
    if (report.base && report.head)
        footer.push(w('compared', { base: report.base, head: report.head }));
    out.push(`<sub>${footer.join(' · ')}</sub>`, '');
    return out.join('\n');
}
function findingLines(f, isNew, report, w, withHint = true) {
    const where = `${f.file}:${f.line}`;
    const url = report.link?.(f.file, f.line);
    // A link target with a space or a parenthesis would end early and leave the rest as live text.
    const place = url && !/[\s()<>]/.test(url) ? `[${code(where)}](${url})` : code(where);
    const icon = f.severity === 'error' ? '❌' : '⚠️';
    const badge = isNew ? ` **${w('isNew')}**` : '';
    const hidden = f.entity !== undefined && report.restricted?.has(f.entity) === true;
    const told = (0,lib_finding/* describeFinding */.jb)(f, report.locale);
    const message = hidden ? `_${w('restrictedFinding')}_` : escapeMarkdown(told.message);
    const lines = [`- ${icon} ${w(f.severity)}${badge} ${place} ${message} ${code(f.rule)}`];
    if (withHint && told.hint && !hidden)
        lines.push(`  <br>${w('hint')}: ${escapeMarkdown(told.hint)}`);
    return lines;
}
function diffLines(diff, limits, locale, w) {
    const out = [`### ${w('meaning')}`, ''];
    if (diff.changes.length === 0 && diff.effects.length === 0)
        out.push(w('noChanges'), '');
    let shown = 0;
    let kind;
    for (const c of diff.changes) {
        if (shown >= limits.changes)
            break;
        if (c.kind !== kind) {
            if (kind)
                out.push('');
            kind = c.kind;
            out.push(`**${(0,i18n.t)(locale, KIND_HEADINGS[c.kind])}**`, '');
        }
        out.push(...changeLines(c, limits, w));
        shown++;
    }
    if (diff.changes.length > shown)
        out.push('', `_${w('moreChanges', { n: diff.changes.length - shown })}_`);
    if (kind)
        out.push('');
    if (diff.effects.length) {
        out.push(`**${w('effects')}**`, '');
        for (const e of diff.effects.slice(0, limits.details))
            out.push(`- ${escapeMarkdown(e.text)}`);
        out.push('');
    }
    out.push(`### ${w('affected')}`, '');
    if (diff.documents.length === 0)
        out.push(w('affectedNone'));
    for (const d of diff.documents)
        out.push(documentLine(d));
    out.push('');
    return out;
}
function changeLines(c, limits, w) {
    const name = escapeMarkdown(c.name);
    const head = c.change === 'removed'
        ? `~~${name}~~ (${w('removed')})`
        : c.change === 'added'
            ? `**${name}** (${w('added')})`
            : `**${name}**`;
    const details = c.details.slice(0, limits.details);
    const rest = c.details.length - details.length;
    const more = rest > 0 ? [`…+${rest}`] : [];
    const texts = [...details.map((d) => escapeMarkdown(d.text)), ...more];
    if (texts.length === 0)
        return [`- ${head} ${code(c.file)}`];
    if (texts.length === 1)
        return [`- ${head}: ${texts[0]}`];
    return [`- ${head}`, ...texts.map((t) => `  - ${t}`)];
}
function documentLine(d) {
    return `- ${escapeMarkdown(d.title)} (${code(d.id)})`;
}

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
;// CONCATENATED MODULE: ./build/lib/escape/terminal.js
// Text a user wrote, made safe for a terminal (and for a CI log, which is one): no control character reaches
// it. A YAML escape can put ESC into a key or value ("\e]52;c;…" writes the clipboard, "\e[2J" clears the
// screen), a line break would start a line lisa did not write, and bidirectional overrides reorder what the
// reader sees. Each is shown as a visible escape instead, so the reader still learns it is there.
// C0 controls, DEL, C1 controls, the Unicode line and paragraph separators, and the bidi embeddings,
// overrides and isolates ("Trojan Source").
const UNSAFE = /[\p{Cc}\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;
const NAMED = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
function visible(c) {
    const named = NAMED[c];
    if (named)
        return named;
    const code = c.charCodeAt(0);
    return code <= 0xff
        ? `\\x${code.toString(16).toUpperCase().padStart(2, '0')}`
        : `\\u${code.toString(16).toUpperCase()}`;
}
/** The text on one line, with every control character shown as an escape (`\x1B`, `\n`, `\u202E`). */
function escapeTerminal(text) {
    return text.replace(UNSAFE, visible);
}
/** Several lines of text: each line escaped, the line feeds between them kept (CR is shown, not obeyed). */
function escapeTerminalLines(text) {
    return text.split('\n').map(escapeTerminal).join('\n');
}

;// CONCATENATED MODULE: ./build/lib/format/text.js




/** One finding per line, `file:line:col severity rule message`, with the hint indented below it. */
function formatText(findings, { locale, color, files }) {
    // The caller has decided on colour (NO_COLOR, FORCE_COLOR, a terminal); Node would otherwise decide again from
    // process.stdout, and drop the colour asked for when output goes to a pipe or a test.
    const paint = (style, s) => color ? (0,external_node_util_.styleText)(style, s, { validateStream: false }) : s;
    const lines = [];
    for (const f of findings) {
        // File names, messages and hints carry user text (keys, values, names): no control character in them
        // reaches the terminal or the job log.
        const where = paint('bold', `${escapeTerminal(f.file)}:${f.line}:${f.column}`);
        const sev = f.severity === 'error'
            ? paint('red', (0,i18n.t)(locale, 'format.error'))
            : paint('yellow', (0,i18n.t)(locale, 'format.warning'));
        const told = (0,lib_finding/* describeFinding */.jb)(f, locale);
        lines.push(`${where} ${sev} ${paint('dim', f.rule)} ${escapeTerminal(told.message)}`);
        if (told.hint)
            lines.push(`    ${paint('cyan', `${(0,i18n.t)(locale, 'format.hint')}:`)} ${escapeTerminal(told.hint)}`);
    }
    const errors = findings.filter((f) => f.severity === 'error').length;
    const warnings = findings.length - errors;
    if (lines.length)
        lines.push('');
    if (findings.length === 0)
        lines.push(paint('green', (0,i18n.t)(locale, 'format.clean', { files })));
    else {
        const mark = errors > 0 ? paint('red', '✖') : paint('yellow', '⚠');
        lines.push((0,i18n.t)(locale, 'format.summary', { mark, errors, warnings, files }));
    }
    return `${lines.join('\n')}\n`;
}

// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./build/lib/io/safe-read.js
var safe_read = __webpack_require__(20541);
;// CONCATENATED MODULE: ./build/lib/io/load.js




/**
 * Folders that are never part of a registry's content: git's own objects and installed packages. Everything
 * else is read: registers are parsed, and every file (dot-files, READMEs, CSV) is scanned for identity numbers.
 */
const SKIPPED_DIRS = new Set(['.git', 'node_modules']);
/**
 * The most read of one file. A register may be at most 2 MiB (`MAX_FILE_BYTES`); this is for scanning other
 * files for identity numbers, and keeps a stray disk image from filling the memory.
 */
const MAX_READ_BYTES = 32 * 1024 * 1024;
function slash(p) {
    return p.split(external_node_path_.sep).join('/');
}
/** The repository the path lies in: the nearest folder above it with a .git, if any. */
function load_repositoryOf(abs) {
    let dir = external_node_path_.dirname(abs);
    for (;;) {
        // A folder reached through a link is not where the repository is, whatever .git it leads to.
        if (!(0,external_node_fs_.lstatSync)(dir).isSymbolicLink() && (0,external_node_fs_.existsSync)(external_node_path_.join(dir, '.git')))
            return dir;
        const up = external_node_path_.dirname(dir);
        if (up === dir)
            return undefined;
        dir = up;
    }
}
/**
 * Reads every file below a registry folder. I/O only: what the files mean is decided in `registry.ts`.
 * `cwd` decides how paths are printed (relative to it, as a terminal user expects). Nothing is followed
 * out of the folder: the folder itself as a link, a link inside it, a device or a FIFO becomes a source
 * marked `refused` (with no content), which validation reports as a finding.
 */
async function readRegistryFiles(dir, cwd = process.cwd(), 
/** Told of each file as it is read (the action starts parsing while the rest is still being read). */
onFile) {
    const root = external_node_path_.resolve(cwd, dir);
    const shown = (abs) => slash(external_node_path_.relative(cwd, abs)) || slash(dir);
    let info;
    try {
        info = (0,external_node_fs_.lstatSync)(root);
    }
    catch {
        throw new RegistryNotFound(dir);
    }
    const refusedRoot = (refused) => [
        { file: shown(root), rel: '', bytes: new Uint8Array(), refused },
    ];
    if (info.isSymbolicLink())
        return refusedRoot('symlink');
    if (!info.isDirectory())
        throw new RegistryNotFound(dir);
    // A parent folder inside the repository can be a link too (`data -> /`, registry `data/registry`).
    const repo = load_repositoryOf(root);
    if (repo && !(0,safe_read/* isInside */.FK)((0,external_node_fs_.realpathSync)(repo), (0,external_node_fs_.realpathSync)(root)))
        return refusedRoot('outside');
    const out = [];
    // Printed paths are the folder's, relative to cwd, then the name: two path.relative calls per file were
    // ~7 % of `lisa validate` at region scale. With cwd inside the registry the short way would print
    // ../system/x.yaml for ./x.yaml, so there each path is asked of path.relative.
    const base = slash(external_node_path_.relative(cwd, root));
    const outside = base === '..' || base.startsWith('../');
    const printed = (rel) => outside ? slash(external_node_path_.relative(cwd, external_node_path_.join(root, rel))) || rel : base ? `${base}/${rel}` : rel;
    walk(Buffer.from(root), [], false, onFile ? tap(out, onFile) : out, printed);
    return out;
}
/** `out`, as walk sees it, telling `onFile` of each file pushed. */
function tap(out, onFile) {
    return {
        push: (...sources) => {
            for (const s of sources)
                onFile(s);
            return out.push(...sources);
        },
    };
}
function walk(abs, rel, badName, out, printed) {
    // Names as bytes: a name that is not UTF-8 cannot be opened by its decoded form, and must not crash us.
    const entries = (0,external_node_fs_.readdirSync)(abs, { withFileTypes: true, encoding: 'buffer' });
    for (const e of entries) {
        const nameBytes = e.name;
        const name = (0,safe_read/* displayName */.QC)(nameBytes);
        const child = Buffer.concat([abs, Buffer.from(external_node_path_.sep), nameBytes]);
        const childRel = [...rel, name];
        const bad = badName || !(0,external_node_buffer_.isUtf8)(nameBytes);
        if (e.isDirectory()) {
            if (!SKIPPED_DIRS.has(name))
                walk(child, childRel, bad, out, printed);
            continue;
        }
        const relPath = childRel.join('/');
        const file = printed(relPath);
        let refused;
        if (e.isSymbolicLink())
            refused = 'symlink';
        else if (!e.isFile())
            refused = 'special';
        if (refused) {
            out.push({ file, rel: relPath, bytes: new Uint8Array(), refused });
            continue;
        }
        const read = (0,safe_read/* readNoFollow */.pj)(child, MAX_READ_BYTES);
        if (!read.ok) {
            if (read.refusal !== 'missing')
                out.push({ file, rel: relPath, bytes: new Uint8Array(), refused: read.refusal });
            continue;
        }
        const source = { file, rel: relPath, bytes: read.bytes };
        // A name that is not UTF-8 is refused as a register, but its content is still scanned.
        if (bad)
            source.refused = 'name';
        if (read.size > read.bytes.length)
            source.size = read.size;
        out.push(source);
    }
}
/** One file of a registry folder, read the same way as by `readRegistryFiles` (for watchers). */
function readRegistryFile(root, rel, cwd = process.cwd()) {
    const abs = path.resolve(cwd, root, rel);
    const file = slash(path.relative(cwd, abs)) || rel;
    const read = readNoFollow(abs, MAX_READ_BYTES);
    if (!read.ok)
        return read.refusal === 'missing'
            ? undefined
            : { file, rel, bytes: new Uint8Array(), refused: read.refusal };
    return { file, rel, bytes: read.bytes, ...(read.size > read.bytes.length ? { size: read.size } : {}) };
}
class RegistryNotFound extends Error {
    dir;
    constructor(dir) {
        super(`registry folder not found: ${dir}`);
        this.dir = dir;
    }
}

// EXTERNAL MODULE: ./build/lib/render/model.js + 29 modules
var model = __webpack_require__(76283);
;// CONCATENATED MODULE: ./build/lib/registry-patch.js

/** Where each file of a registry sits in `files`, built once per registry it is asked of. */
const indexOf = new WeakMap();
function fileIndex(registry) {
    let index = indexOf.get(registry);
    if (!index) {
        index = new Map(registry.files.map((f, i) => [f.file, i]));
        indexOf.set(registry, index);
    }
    return index;
}
/**
 * `previous` with `changed` (files it already holds, at the same paths, with other bytes) read again; the
 * maps and lists of `previous` are never modified. Undefined when the change is not one a patch can make.
 */
function patchRegistry(previous, changed, locale, cache, options = {}) {
    if (previous.locale !== locale || previous.refusedRoot || changed.length === 0)
        return undefined;
    const index = fileIndex(previous);
    const files = [...previous.files];
    const entities = { ...previous.entities };
    const copied = new Set();
    let unreadable;
    for (const source of changed) {
        const place = (0,lib_registry/* classify */.L8)(source.rel);
        const at = index.get(source.file);
        if (!place || place.kind === 'organisation' || place.kind === 'synonyms' || at === undefined)
            return undefined;
        if (source.refused || source.size !== undefined)
            return undefined;
        const kind = place.kind;
        const id = place.id.toLowerCase();
        if (previous.duplicates.some((d) => d.file === source.file || d.first === source.file))
            return undefined;
        // The one file built as a registry of its own: parsed, shape-checked and made an entity exactly as in a
        // full build (the organisation's model plays no part in that).
        const alone = (0,lib_registry/* buildRegistry */.Mb)(previous.root, [source], locale, cache, options);
        const parsed = alone.files[0];
        if (!parsed || alone.duplicates.length || alone.loadFindings?.length || alone.strays.length)
            return undefined;
        const before = previous.entities[kind].get(id);
        const after = alone.entities[kind].get(id);
        // An entry that appears or goes would change the maps' order, which outputs follow: build anew.
        if (Boolean(before) !== Boolean(after) || (before && before.file !== source.file))
            return undefined;
        files[at] = parsed;
        if (after) {
            if (!copied.has(kind)) {
                entities[kind] = new Map(previous.entities[kind]);
                copied.add(kind);
            }
            entities[kind].set(id, after);
        }
        const key = `${kind}/${id}`;
        if (Boolean(alone.unreadable?.has(key)) !== Boolean(previous.unreadable?.has(key))) {
            unreadable ??= new Set(previous.unreadable);
            if (alone.unreadable?.has(key))
                unreadable.add(key);
            else
                unreadable.delete(key);
        }
    }
    const patched = {
        ...previous,
        entities: entities,
        files,
        ...(unreadable ? { unreadable } : {}),
    };
    // Every file kept its place, so the next patch can use the same index.
    indexOf.set(patched, index);
    return patched;
}

// EXTERNAL MODULE: ./build/lib/rules/context.js
var context = __webpack_require__(99623);
// EXTERNAL MODULE: ./build/lib/parse-rules.js
var parse_rules = __webpack_require__(33161);
// EXTERNAL MODULE: ./build/lib/schema-rules.js
var schema_rules = __webpack_require__(40319);
// EXTERNAL MODULE: ./build/lib/rules/agreements.js
var agreements = __webpack_require__(64391);
// EXTERNAL MODULE: ./build/lib/audit-actions.js
var audit_actions = __webpack_require__(15089);
;// CONCATENATED MODULE: ./build/lib/rules/audits.js




// Rules about the board's answers to audits: what an answer commits to, and what a decided answer needs so
// it can be shown as it stood when it was decided.
const audits_short = (text) => (text.length > 80 ? `${text.slice(0, 77).trimEnd()}…` : text);
const actionUndated = {
    id: 'action-undated',
    severity: 'warning',
    description: 'rule.action-undated.description',
    message: 'rule.action-undated.message',
    hint: 'rule.action-undated.hint',
    check(ctx) {
        const words = {
            owner: 'finding.audits.words.owner',
            due: 'finding.audits.words.due',
            both: 'finding.audits.words.both',
        };
        for (const a of (0,context/* valid */.r)(ctx.registry, 'audit')) {
            if (a.data.status === 'closed')
                continue;
            a.data.recommendations.forEach((r, ri) => {
                (r.plannedActions ?? []).forEach((p, pi) => {
                    if (p.plan || !(0,audit_actions/* isOpen */.nT)((0,audit_actions/* currentStatus */.gH)(p)) || (p.owner && p.due))
                        return;
                    const which = !p.owner && !p.due ? 'both' : p.owner ? 'due' : 'owner';
                    ctx.report(this, { entity: a, path: ['recommendations', ri, 'plannedActions', pi] }, { action: audits_short(p.text), missing: { key: words[which] } });
                });
            });
        }
    },
};
const auditAnswerUndated = {
    id: 'audit-answer-undated',
    severity: 'warning',
    description: 'rule.audit-answer-undated.description',
    message: 'rule.audit-answer-undated.message',
    hint: 'rule.audit-answer-undated.hint',
    check(ctx) {
        for (const a of (0,context/* valid */.r)(ctx.registry, 'audit')) {
            if (!(0,audit_actions/* isDecided */.d$)(a.data))
                continue;
            (a.data.decisions ?? []).forEach((d, di) => {
                if ((0,audit_actions/* decisionDate */.dt)(d))
                    return;
                ctx.report(this, { entity: a, path: ['decisions', di] }, { title: (0,lib_finding/* label */.Pf)(a.data.title), board: (0,lib_finding/* label */.Pf)((0,boards/* boardName */.e)(ctx.registry, d.board)) });
            });
        }
    },
};
const actionHistoryMissing = {
    id: 'action-history-missing',
    severity: 'warning',
    description: 'rule.action-history-missing.description',
    message: 'rule.action-history-missing.message',
    hint: 'rule.action-history-missing.hint',
    check(ctx) {
        for (const a of (0,context/* valid */.r)(ctx.registry, 'audit')) {
            if (!(0,audit_actions/* isDecided */.d$)(a.data))
                continue;
            a.data.recommendations.forEach((r, ri) => {
                (r.plannedActions ?? []).forEach((p, pi) => {
                    const status = (0,audit_actions/* currentStatus */.gH)(p);
                    if (p.plan || status === 'planned')
                        return;
                    const last = (0,audit_actions/* statusHistory */.pw)(p).at(-1);
                    if (last?.status === status)
                        return;
                    ctx.report(this, { entity: a, path: ['recommendations', ri, 'plannedActions', pi, 'status'] }, { action: audits_short(p.text), status });
                });
            });
        }
    },
};
const AUDIT_RULES = [actionUndated, auditAnswerUndated, actionHistoryMissing];

// EXTERNAL MODULE: ./build/lib/transfers.js
var transfers = __webpack_require__(39832);
;// CONCATENATED MODULE: ./build/lib/rules/country.js




// Checks that follow from the country in lisa.yaml: who must be named as controller, and whether a system's
// hosting agrees with the country it says it is hosted in.
const processingControllerMissing = {
    id: 'processing-controller-missing',
    severity: 'error',
    description: 'rule.processing-controller-missing.description',
    message: 'rule.processing-controller-missing.message',
    hint: 'rule.processing-controller-missing.hint',
    check(ctx) {
        if ((0,country/* profileOf */.dp)(ctx.registry.organisation?.data).controllerModel !== 'board')
            return;
        for (const p of (0,context/* valid */.r)(ctx.registry, 'processing')) {
            if (p.data.controller === undefined)
                ctx.report(this, { entity: p, path: [], key: true }, { name: (0,lib_finding/* label */.Pf)(p.data.name) });
        }
    },
};
const controllerNotAController = {
    id: 'controller-not-a-controller',
    severity: 'warning',
    description: 'rule.controller-not-a-controller.description',
    message: 'rule.controller-not-a-controller.message',
    hint: 'rule.controller-not-a-controller.hint',
    check(ctx) {
        const org = ctx.registry.organisation?.data;
        if ((0,country/* profileOf */.dp)(org).controllerModel !== 'organisation')
            return;
        const boards = new Map((org?.boards ?? []).map((b) => [b.id, b]));
        for (const p of (0,context/* valid */.r)(ctx.registry, 'processing')) {
            const id = p.data.controller;
            const board = id === undefined ? undefined : boards.get(id);
            // An unknown board is dangling-reference's finding.
            if (!board || board.controller === true)
                continue;
            ctx.report(this, { entity: p, path: ['controller'] }, { name: (0,lib_finding/* label */.Pf)(p.data.name), board: (0,lib_finding/* label */.Pf)(board.name), organisation: (0,lib_finding/* label */.Pf)(org?.name ?? '') });
        }
    },
};
const NATIONAL_CLOUD = { 'swedish-cloud': 'SE', 'norwegian-cloud': 'NO' };
const hostingCountryMismatch = {
    id: 'hosting-country-mismatch',
    severity: 'warning',
    description: 'rule.hosting-country-mismatch.description',
    message: 'rule.hosting-country-mismatch.message',
    hint: 'rule.hosting-country-mismatch.hint',
    check(ctx) {
        for (const s of (0,context/* valid */.r)(ctx.registry, 'system')) {
            const { hosting, hostingCountry } = s.data;
            if (!hostingCountry)
                continue;
            const code = (0,transfers/* countryCode */.kf)(hostingCountry);
            const national = NATIONAL_CLOUD[hosting];
            const wrong = (national !== undefined && code !== national) ||
                (hosting === 'eu-cloud' && !(0,transfers/* inEea */.Rx)(code)) ||
                (hosting === 'third-country-cloud' && (0,transfers/* inEea */.Rx)(code));
            if (wrong)
                ctx.report(this, { entity: s, path: ['hostingCountry'] }, { system: (0,lib_finding/* label */.Pf)(s.data.name), hosting, country: hostingCountry });
        }
    },
};
const boardMissing = {
    id: 'board-missing',
    severity: 'error',
    description: 'rule.board-missing.description',
    message: 'rule.board-missing.message',
    hint: 'rule.board-missing.hint',
    check(ctx) {
        // Where the organisation is the controller (Norway) a system or asset without a board is the organisation's.
        if ((0,country/* profileOf */.dp)(ctx.registry.organisation?.data).controllerModel !== 'board')
            return;
        for (const e of [...(0,context/* valid */.r)(ctx.registry, 'system'), ...(0,context/* valid */.r)(ctx.registry, 'asset')]) {
            // A board the schema rejected is left out of `data` but was written: invalid-value has told about it.
            const written = e.parsed.data?.board !== undefined;
            if (e.data.board === undefined && !written)
                ctx.report(this, { entity: e, path: [], key: true }, { name: e.data.name });
        }
    },
};
const COUNTRY_RULES = [
    processingControllerMissing,
    controllerNotAController,
    hostingCountryMismatch,
    boardMissing,
];

// EXTERNAL MODULE: ./build/lib/rules/identity.js
var rules_identity = __webpack_require__(40276);
// EXTERNAL MODULE: ./build/lib/remind/local-time.js
var local_time = __webpack_require__(93525);
;// CONCATENATED MODULE: ./build/lib/rules/incidents.js



// Incidents: the 72 hours of GDPR Art. 33, protected identities, closure, and no personal data in the record.
/** Whether the record itself gives a reason not to notify: a reason, or an assessment that harm is unlikely. */
function hasReason(d) {
    return Boolean(d.notification?.reason) || d.consequences?.risk === 'unlikely';
}
const breachNotifiedLate = {
    id: 'breach-notified-late',
    severity: 'error',
    description: 'rule.breach-notified-late.description',
    message: 'rule.breach-notified-late.message',
    hint: 'rule.breach-notified-late.hint',
    check(ctx) {
        const zone = (0,derive/* registryTimeZone */.h8)(ctx.registry);
        for (const incident of (0,context/* valid */.r)(ctx.registry, 'incident')) {
            const d = incident.data;
            if (!d.personalDataBreach || !d.notification?.at || d.notification.reason)
                continue;
            const late = (0,derive/* instantOf */.B9)(d.notification.at, zone).getTime() - (0,derive/* notificationDeadline */.WZ)(d, zone).getTime();
            if (late <= 0)
                continue;
            const hours = Math.floor(((0,derive/* instantOf */.B9)(d.notification.at, zone).getTime() - (0,derive/* instantOf */.B9)(d.discovered, zone).getTime()) / 3_600_000);
            ctx.report(this, { entity: incident, path: ['notification', 'at'] }, { title: d.title, hours });
        }
    },
};
const breachNotNotified = {
    id: 'breach-not-notified',
    severity: 'error',
    description: 'rule.breach-not-notified.description',
    message: 'rule.breach-not-notified.message',
    hint: 'rule.breach-not-notified.hint',
    check(ctx) {
        const zone = (0,derive/* registryTimeZone */.h8)(ctx.registry);
        for (const incident of (0,context/* valid */.r)(ctx.registry, 'incident')) {
            const d = incident.data;
            if (!d.personalDataBreach || d.notification?.at || hasReason(d))
                continue;
            const deadline = (0,derive/* notificationDeadline */.WZ)(d, zone);
            // Within the 72 hours the reminder does the work; a rule only knows the day, so it waits for the next one.
            if ((0,local_time/* localDay */.u7)(deadline, zone) >= ctx.today && !d.closed)
                continue;
            ctx.report(this, { entity: incident, path: d.notification ? ['notification'] : ['personalDataBreach'] }, { title: d.title, deadline: (0,local_time/* localIso */.fl)(deadline, zone).slice(0, 16).replace('T', ' ') });
        }
    },
};
const protectedIdentitiesWithoutAssessment = {
    id: 'incident-protected-identities-unassessed',
    severity: 'error',
    description: 'rule.incident-protected-identities-unassessed.description',
    message: 'rule.incident-protected-identities-unassessed.message',
    hint: 'rule.incident-protected-identities-unassessed.hint',
    check(ctx) {
        for (const incident of (0,context/* valid */.r)(ctx.registry, 'incident')) {
            const d = incident.data;
            if (d.protectedIdentities && !d.consequences)
                ctx.report(this, { entity: incident, path: ['protectedIdentities'] }, { title: d.title });
        }
    },
};
const incidentOverdue = {
    id: 'incident-open-overdue',
    severity: 'warning',
    description: 'rule.incident-open-overdue.description',
    message: 'rule.incident-open-overdue.message',
    hint: 'rule.incident-open-overdue.hint',
    check(ctx) {
        for (const incident of (0,context/* valid */.r)(ctx.registry, 'incident')) {
            const d = incident.data;
            if (!d.closed && d.expectedClosure && d.expectedClosure < ctx.today)
                ctx.report(this, { entity: incident, path: ['expectedClosure'] }, { title: d.title, date: d.expectedClosure });
        }
    },
};
const WHAT = {
    email: 'finding.incidents.what.email',
    phone: 'finding.incidents.what.phone',
    name: 'finding.incidents.what.name',
};
// Function mailboxes are not about a person; an incident may well say it was reported to one.
const FUNCTION_MAILBOX = /^(info|registrator|registrator[a-z-]*|kommun|postmottagning|post|support|servicedesk|kundtjanst|dataskyddsombud|personvernombud|imy|postmottak|noreply|no-reply)$/i;
const EMAIL = /[\p{L}\d._%+-]+@[\p{L}\d-]+(?:\.[\p{L}\d-]+)+/gu;
// Swedish and Norwegian numbers as people write them: +46/+47, a leading 0 and an area code with a
// separator, a mobile number, or Norwegian groups (912 34 567, 22 33 44 55). Dates, times and diary numbers
// (KS 2022/341) have none of these shapes.
const PHONE = /(?:\+|00)4[67][\s-]?\d(?:[\s-]?\d){6,10}|(?<![\d/-])0\d{1,3}[-–]\s?\d(?:\s?\d){4,7}(?![\d/-])|(?<![\d/-])07\d[-\s]?\d{3}\s?\d{2}\s?\d{2}(?![\d/-])|(?<![\d/-])[49]\d{2}\s\d{2}\s\d{3}(?![\d/-])|(?<![\d/-])\d{2}\s\d{2}\s\d{2}\s\d{2}(?![\d/-])/;
// Common first names in Sweden and Norway. A name counts only when a capitalised surname follows, so a
// first name used as a word (Per, Bo) or a place (Maria kyrka) rarely trips it.
const FIRST_NAMES = new Set(`anna eva maria karin sara kristina lena emma kerstin marie malin ingrid linda hanna elin sofia jenny
  ida johanna camilla annika susanne ulla helena louise nina marit ingeborg kari liv hilde silje ragnhild
  tone randi heidi erik lars karl anders johan per nils jan mikael peter hans bengt olof fredrik daniel
  stefan magnus mats thomas björn ulf sven mattias andreas jonas henrik oskar gustav ole bjørn knut arne
  terje geir kjell odd tor trond rune morten espen jørgen håkan göran leif kent åsa`.split(/\s+/));
const CAPITALISED_PAIR = /(?<![\p{L}\d])(\p{Lu}\p{Ll}+)\s+(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?![\p{L}\d])/gu;
/** What in a text looks like a person's details; the text itself is never repeated in a finding. */
function personalDetailsIn(text, knownNames) {
    for (const m of text.matchAll(EMAIL)) {
        const local = m[0].split('@')[0] ?? '';
        if (!FUNCTION_MAILBOX.test(local))
            return 'email';
    }
    if (PHONE.test(text))
        return 'phone';
    const lower = text.toLowerCase();
    if (knownNames.some((n) => n.length > 3 && lower.includes(n)))
        return 'name';
    for (const m of text.matchAll(CAPITALISED_PAIR))
        if (FIRST_NAMES.has((m[1] ?? '').toLowerCase()))
            return 'name';
    return undefined;
}
/** The free-text fields of an incident, with their paths. */
function textsOf(d) {
    const out = [
        [['title'], d.title],
        [['description'], d.description],
    ];
    if (d.consequences)
        out.push([['consequences', 'assessment'], d.consequences.assessment]);
    if (d.notification?.reason)
        out.push([['notification', 'reason'], d.notification.reason]);
    if (d.dataSubjectsInformed?.how)
        out.push([['dataSubjectsInformed', 'how'], d.dataSubjectsInformed.how]);
    if (d.dataSubjectsInformed?.reason)
        out.push([['dataSubjectsInformed', 'reason'], d.dataSubjectsInformed.reason]);
    for (const [i, l] of (d.lessons ?? []).entries())
        out.push([['lessons', i], l]);
    for (const [i, a] of (d.actions ?? []).entries())
        out.push([['actions', i, 'text'], a.text]);
    for (const [i, c] of (d.dataCategories ?? []).entries())
        out.push([['dataCategories', i], c]);
    return out;
}
const incidentPersonalDetails = {
    id: 'incident-personal-details',
    severity: 'warning',
    description: 'rule.incident-personal-details.description',
    message: 'rule.incident-personal-details.message',
    hint: 'rule.incident-personal-details.hint',
    check(ctx) {
        // The people of lisa.yaml are the names most likely to slip into an incident record.
        const known = Object.values(ctx.registry.organisation?.data.roles ?? {})
            .flatMap((r) => r.people ?? [])
            .map((p) => (p.name ?? '').toLowerCase())
            .filter(Boolean);
        for (const incident of (0,context/* valid */.r)(ctx.registry, 'incident')) {
            for (const [path, text] of textsOf(incident.data)) {
                const what = personalDetailsIn(text, known);
                if (what)
                    ctx.report(this, { entity: incident, path }, { field: path.join('.'), what: { key: WHAT[what] } });
            }
        }
    },
};
const INCIDENT_RULES = [
    breachNotifiedLate,
    breachNotNotified,
    protectedIdentitiesWithoutAssessment,
    incidentOverdue,
    incidentPersonalDetails,
];

// EXTERNAL MODULE: ./build/lib/init-example.js
var init_example = __webpack_require__(14983);
// EXTERNAL MODULE: ./build/lib/plan.js
var plan = __webpack_require__(96225);
;// CONCATENATED MODULE: ./build/lib/rules/plan-migration.js



// The one action plan (plan/) and the older audit answers that keep their planned actions inside: a registry
// without plan/ stays as valid as it was; once it keeps a plan, each planned action still only in an answer
// is a warning that says how to move it (`lisa migrate`, which shows what it would do before it does it).
function plan_migration_short(text) {
    return text.length > 80 ? `${text.slice(0, 77).trimEnd()}…` : text;
}
const auditActionNotInPlan = {
    id: 'audit-action-not-in-plan',
    severity: 'warning',
    description: 'rule.audit-action-not-in-plan.description',
    message: 'rule.audit-action-not-in-plan.message',
    hint: 'rule.audit-action-not-in-plan.hint',
    check(ctx) {
        // Only once the registry keeps a plan: a registry from before plan/ must stay valid as it was.
        // (lisa init's commented example does not count as keeping one.)
        if (!(0,init_example/* keepsRegister */.G)(ctx.registry, 'plan'))
            return;
        for (const a of (0,context/* valid */.r)(ctx.registry, 'audit')) {
            if (a.data.status === 'closed')
                continue;
            a.data.recommendations.forEach((r, ri) => {
                (r.plannedActions ?? []).forEach((p, pi) => {
                    if (p.plan || p.status === 'done' || p.status === 'cancelled')
                        return;
                    // Without an owner or a date the plan cannot take it yet: that is action-undated's to say.
                    if (!p.owner || (!p.due && (!p.period || (0,plan/* dueEnd */.QU)(p.period.trim()) === undefined)))
                        return;
                    ctx.report(this, { entity: a, path: ['recommendations', ri, 'plannedActions', pi, 'id'] }, { action: plan_migration_short(p.text), rec: r.id });
                });
            });
        }
    },
};
const PLAN_MIGRATION_RULES = [auditActionNotInPlan];

;// CONCATENATED MODULE: ./build/lib/rules/privacy.js





const personalDataWithoutProcessing = {
    id: 'personal-data-without-processing',
    severity: 'warning',
    description: 'rule.personal-data-without-processing.description',
    message: 'rule.personal-data-without-processing.message',
    hint: 'rule.personal-data-without-processing.hint',
    check(ctx) {
        for (const asset of (0,context/* valid */.r)(ctx.registry, 'asset')) {
            const pd = asset.data.personalData;
            if (!pd || ((pd.categories?.length ?? 0) === 0 && (pd.dataSubjects?.length ?? 0) === 0))
                continue;
            if ((asset.data.processing?.length ?? 0) > 0)
                continue;
            ctx.report(this, { entity: asset, path: ['personalData'], key: true }, { asset: (0,lib_finding/* label */.Pf)(asset.data.name) });
        }
    },
};
const REASONS = {
    special: 'finding.privacy.reasons.special',
    criminal: 'finding.privacy.reasons.criminal',
    protected: 'finding.privacy.reasons.protected',
    criteria: 'finding.privacy.reasons.criteria',
};
const dpiaMissing = {
    id: 'dpia-missing',
    severity: 'warning',
    description: 'rule.dpia-missing.description',
    message: 'rule.dpia-missing.message',
    hint: 'rule.dpia-missing.hint',
    check(ctx) {
        for (const p of (0,context/* valid */.r)(ctx.registry, 'processing')) {
            const d = p.data;
            const dpia = (0,facts_dpia/* dpiaOf */.M)(d);
            if (!dpia.missing)
                continue;
            const reasons = dpia.reasons.map((r) => r.code === 'criteria' ? { key: REASONS.criteria, data: { n: r.n } } : { key: REASONS[r.code] });
            ctx.report(this, { entity: p, path: d.dpia ? ['dpia', 'status'] : ['name'] }, {
                name: (0,lib_finding/* label */.Pf)(d.name),
                reasons: { list: reasons },
                status: d.dpia?.status ?? '—',
                authority: (0,country/* profileOf */.dp)(ctx.registry.organisation?.data).names.authority,
            });
        }
    },
};
const thirdCountryWithoutSafeguard = {
    id: 'third-country-without-safeguard',
    severity: 'error',
    description: 'rule.third-country-without-safeguard.description',
    message: 'rule.third-country-without-safeguard.message',
    hint: 'rule.third-country-without-safeguard.hint',
    check(ctx) {
        for (const p of (0,context/* valid */.r)(ctx.registry, 'processing')) {
            (p.data.thirdCountryTransfers ?? []).forEach((t, i) => {
                // Within the EU/EEA there is no third-country transfer, so nothing needs a safeguard (Norway to Sweden,
                // Sweden to Iceland); a country whose adequacy decision covers every recipient is covered by it (Art. 45).
                const adequacy = (0,transfers/* adequacyOf */.TF)(t.country);
                if (t.safeguard === 'none' && !(0,transfers/* inEea */.Rx)(t.country) && !(adequacy && !adequacy.partial))
                    ctx.report(this, { entity: p, path: ['thirdCountryTransfers', i, 'safeguard'] }, { country: t.country });
            });
        }
    },
};
const thirdCountryUndeclared = {
    id: 'third-country-undeclared',
    severity: 'warning',
    description: 'rule.third-country-undeclared.description',
    message: 'rule.third-country-undeclared.message',
    hint: 'rule.third-country-undeclared.hint',
    check(ctx) {
        const { registry } = ctx;
        for (const p of (0,context/* valid */.r)(registry, 'processing')) {
            const declared = new Set((p.data.thirdCountryTransfers ?? []).map((t) => (0,transfers/* countryCode */.kf)(t.country)));
            const seen = new Set();
            const flag = (via, country, path) => {
                const c = country ?? '?';
                if (declared.has((0,transfers/* countryCode */.kf)(c)) || (0,transfers/* inEea */.Rx)(country) || seen.has(`${via}/${c}`))
                    return;
                if (!country && declared.size > 0)
                    return;
                seen.add(`${via}/${c}`);
                ctx.report(this, { entity: p, path }, { name: (0,lib_finding/* label */.Pf)(p.data.name), via: (0,lib_finding/* label */.Pf)(via), country: c });
            };
            (p.data.processors ?? []).forEach((proc, i) => {
                if (proc.country && !(0,transfers/* inEea */.Rx)(proc.country))
                    flag(proc.name, proc.country, ['processors', i, 'country']);
            });
            (p.data.systems ?? []).forEach((id, i) => {
                const s = registry.entities.system.get(id);
                if (s?.valid && s.data.hosting === 'third-country-cloud')
                    flag(s.data.name, s.data.hostingCountry, ['systems', i]);
            });
        }
    },
};
const adequacyDecisionUnknown = {
    id: 'adequacy-decision-unknown',
    severity: 'warning',
    description: 'rule.adequacy-decision-unknown.description',
    message: 'rule.adequacy-decision-unknown.message',
    hint: 'rule.adequacy-decision-unknown.hint',
    check(ctx) {
        for (const p of (0,context/* valid */.r)(ctx.registry, 'processing')) {
            (p.data.thirdCountryTransfers ?? []).forEach((t, i) => {
                if (t.safeguard === 'adequacy-decision' && !(0,transfers/* inEea */.Rx)(t.country) && !(0,transfers/* hasAdequacy */.MM)(t.country))
                    ctx.report(this, { entity: p, path: ['thirdCountryTransfers', i, 'safeguard'] }, { country: t.country });
            });
        }
    },
};
const PRIVACY_RULES = [
    personalDataWithoutProcessing,
    dpiaMissing,
    thirdCountryWithoutSafeguard,
    thirdCountryUndeclared,
    adequacyDecisionUnknown,
];

;// CONCATENATED MODULE: ./build/lib/rules/protection.js




const protectionBelowClassification = {
    id: 'protection-below-classification',
    severity: 'error',
    description: 'rule.protection-below-classification.description',
    message: 'rule.protection-below-classification.message',
    hint: 'rule.protection-below-classification.hint',
    check(ctx) {
        const { registry } = ctx;
        const required = (0,derive/* requiredProtectionBySystem */.t7)(registry);
        const aspects = new Set(registry.model.aspects.map((a) => a.id));
        for (const system of (0,context/* valid */.r)(registry, 'system')) {
            if (system.data.status === 'retired')
                continue;
            for (const [aspect, req] of required.get(system.id) ?? []) {
                // A misspelt aspect is unknown-aspect's finding; comparing with it would only repeat it.
                if (!aspects.has(aspect))
                    continue;
                const have = system.data.protection[aspect];
                if (have !== undefined && have >= req.level)
                    continue;
                ctx.report(this, {
                    entity: system,
                    path: have === undefined ? ['protection'] : ['protection', aspect],
                    key: have === undefined,
                }, {
                    system: (0,lib_finding/* label */.Pf)(system.data.name),
                    have: have ?? '–',
                    aspect: (0,lib_finding/* inEveryLocale */.Xk)((l) => (0,lib_model/* aspectLabel */.tu)(registry.model, aspect, l).toLowerCase()),
                    asset: (0,lib_finding/* label */.Pf)(req.asset.data.name),
                    need: req.level,
                    needLabel: (0,lib_finding/* inEveryLocale */.Xk)((l) => (0,lib_model/* levelLabel */.v3)(registry.model, req.level, l, aspect)),
                    classification: req.classification.file,
                });
            }
        }
    },
};
const assetUnclassified = {
    id: 'asset-unclassified',
    severity: 'warning',
    description: 'rule.asset-unclassified.description',
    message: 'rule.asset-unclassified.message',
    hint: 'rule.asset-unclassified.hint',
    check(ctx) {
        const classified = new Set();
        for (const c of ctx.registry.entities.classification.values()) {
            const asset = c.data.asset;
            if (typeof asset === 'string')
                classified.add(asset);
        }
        for (const asset of (0,context/* valid */.r)(ctx.registry, 'asset')) {
            if (!classified.has(asset.id))
                ctx.report(this, { entity: asset, path: ['name'] }, { asset: (0,lib_finding/* label */.Pf)(asset.data.name), id: asset.id });
        }
    },
};
const PROTECTION_RULES = [protectionBelowClassification, assetUnclassified];

// EXTERNAL MODULE: ./build/lib/suggest.js
var suggest = __webpack_require__(70770);
;// CONCATENATED MODULE: ./build/lib/rules/references.js






const TARGET_NAMES = {
    board: 'finding.references.targetNames.board',
    role: 'finding.references.targetNames.role',
    system: 'finding.references.targetNames.system',
    asset: 'finding.references.targetNames.asset',
    classification: 'finding.references.targetNames.classification',
    processing: 'finding.references.targetNames.processing',
    document: 'finding.references.targetNames.document',
    kpi: 'finding.references.targetNames.kpi',
    cycle: 'finding.references.targetNames.cycle',
    audit: 'finding.references.targetNames.audit',
    faq: 'finding.references.targetNames.faq',
    incident: 'finding.references.targetNames.incident',
    agreement: 'finding.references.targetNames.agreement',
    training: 'finding.references.targetNames.training',
    report: 'finding.references.targetNames.report',
    risk: 'finding.references.targetNames.risk',
    plan: 'finding.references.targetNames.plan',
    review: 'finding.references.targetNames.review',
};
const WHERE = {
    board: 'finding.references.where.board',
    role: 'finding.references.where.role',
    file: 'finding.references.where.file',
};
const DID_YOU_MEAN = 'finding.references.didYouMean';
const COMPILED = Object.fromEntries(Object.entries(REFERENCE_FIELDS).map(([kind, fields]) => [
    kind,
    fields.map(([pattern, target]) => {
        if (!pattern.includes('.'))
            return { pattern, target, field: pattern, list: false };
        const head = pattern.slice(0, -2);
        if (pattern.endsWith('.*') && !head.includes('.'))
            return { pattern, target, field: head, list: true };
        return { pattern, target };
    }),
]));
const danglingReference = {
    id: 'dangling-reference',
    severity: 'error',
    description: 'rule.dangling-reference.description',
    message: 'rule.dangling-reference.message',
    hint: 'rule.dangling-reference.hint',
    check(ctx) {
        const { registry } = ctx;
        // Boards and roles are read from lisa.yaml even when another part of it is wrong, so one mistake
        // there does not hide every reference problem elsewhere.
        const raw = registry.organisation?.data;
        const boards = Array.isArray(raw?.boards) ? raw.boards : undefined;
        const roles = (0,lib_registry/* isPlainObject */.Qd)(raw?.roles) ? raw.roles : undefined;
        // Register ids are looked up in the registry's own maps: no copy of 50,000 keys per run.
        const known = {
            board: new Set((boards ?? []).map((b) => ((0,lib_registry/* isPlainObject */.Qd)(b) && typeof b.id === 'string' ? b.id : '')).filter(Boolean)),
            role: new Set(Object.keys(roles ?? {})),
        };
        for (const kind of kinds/* KINDS */.GW)
            known[kind] = registry.entities[kind];
        // Without a readable list of boards or roles every reference to one would dangle: one problem, reported
        // on lisa.yaml itself.
        const checkable = { board: Boolean(boards), role: Boolean(roles) };
        const dangling = (entity, target, value, path) => {
            // The file is there but could not be read: its own finding says why; "no such file" would mislead.
            if (registry.unreadable?.has(`${target}/${value}`))
                return;
            const s = (0,suggest/* closest */.k)(value, known[target].keys());
            const where = target === 'board' || target === 'role'
                ? { key: WHERE[target] }
                : { key: WHERE.file, data: { kind: target, id: value } };
            ctx.report(this, { entity, path }, {
                target: { key: TARGET_NAMES[target], capitalize: true },
                id: value,
                didYouMean: s ? { key: DID_YOU_MEAN, data: { s } } : '',
                where,
            });
        };
        const checkEntity = (entity, fields, data) => {
            const record = (0,lib_registry/* isPlainObject */.Qd)(data) ? data : undefined;
            for (const { pattern, target, field, list } of fields) {
                if ((target === 'board' || target === 'role') && !checkable[target])
                    continue;
                const names = known[target];
                // Nearly every reference is `field` or `field.*`; those are checked in place, without the general
                // walk, because this runs over every field of every entry on each (re)validation.
                if (record && field !== undefined) {
                    const value = record[field];
                    if (!list) {
                        if (typeof value === 'string' && !names.has(value))
                            dangling(entity, target, value, [field]);
                    }
                    else if (Array.isArray(value)) {
                        for (let i = 0; i < value.length; i++) {
                            const item = value[i];
                            if (typeof item === 'string' && !names.has(item))
                                dangling(entity, target, item, [field, i]);
                        }
                    }
                }
                else {
                    forEachValueAt(data, pattern, (value, path) => {
                        if (typeof value === 'string' && !names.has(value))
                            dangling(entity, target, value, path());
                    });
                }
            }
        };
        if (registry.organisation?.valid) {
            const o = registry.organisation;
            checkEntity({ kind: 'organisation', id: 'lisa', parsed: o.parsed, file: o.file }, COMPILED.organisation, o.data);
        }
        // Also entries that failed their schema: the walk checks each value's type, and the user sees every problem at once.
        for (const kind of kinds/* KINDS */.GW) {
            for (const entity of registry.entities[kind].values())
                checkEntity(entity, COMPILED[kind], entity.data);
        }
    },
};
const unknownAspect = {
    id: 'unknown-aspect',
    severity: 'error',
    description: 'rule.unknown-aspect.description',
    message: 'rule.unknown-aspect.message',
    hint: 'rule.unknown-aspect.hint',
    check(ctx) {
        const aspects = ctx.registry.model.aspects.map((a) => a.id);
        const known = new Set(aspects);
        const check = (entity, base, levels) => {
            if (!(0,lib_registry/* isPlainObject */.Qd)(levels))
                return;
            for (const aspect of Object.keys(levels)) {
                if (known.has(aspect))
                    continue;
                const s = (0,suggest/* closest */.k)(aspect, aspects);
                ctx.report(this, { entity, path: [base, aspect], key: true }, {
                    aspect,
                    aspects: aspects.join(', '),
                    didYouMean: s ? { key: DID_YOU_MEAN, data: { s } } : '',
                });
            }
        };
        for (const s of ctx.registry.entities.system.values())
            check(s, 'protection', s.data.protection);
        for (const c of ctx.registry.entities.classification.values())
            check(c, 'levels', c.data.levels);
    },
};
const levelOutOfScale = {
    id: 'level-out-of-scale',
    severity: 'error',
    description: 'rule.level-out-of-scale.description',
    message: 'rule.level-out-of-scale.message',
    hint: 'rule.level-out-of-scale.hint',
    check(ctx) {
        // Each aspect is checked against its own scale (the shared one when it has none).
        const scales = new Map();
        const scale = (aspect) => {
            let s = scales.get(aspect);
            if (!s) {
                const values = (0,lib_model/* levelsOf */.pd)(ctx.registry.model, aspect).map((l) => l.value);
                s = { known: new Set(values), levels: values.join(', ') };
                scales.set(aspect, s);
            }
            return s;
        };
        for (const s of (0,context/* valid */.r)(ctx.registry, 'system')) {
            for (const [aspect, level] of Object.entries(s.data.protection ?? {})) {
                const { known, levels } = scale(aspect);
                if (level !== undefined && !known.has(level))
                    ctx.report(this, { entity: s, path: ['protection', aspect] }, { level, levels });
            }
        }
        for (const c of (0,context/* valid */.r)(ctx.registry, 'classification')) {
            for (const [aspect, v] of Object.entries(c.data.levels ?? {})) {
                const { known, levels } = scale(aspect);
                if (v && !known.has(v.level))
                    ctx.report(this, { entity: c, path: ['levels', aspect, 'level'] }, { level: v.level, levels });
            }
        }
    },
};
const REFERENCE_RULES = [danglingReference, unknownAspect, levelOutOfScale];

;// CONCATENATED MODULE: ./build/lib/rules/reports.js

// Rules for the yearly report's assessment records (report/<year>.yaml).
const reportBoardUnknown = {
    id: 'report-board-unknown',
    severity: 'error',
    description: 'rule.report-board-unknown.description',
    message: 'rule.report-board-unknown.message',
    hint: 'rule.report-board-unknown.hint',
    check(ctx) {
        const known = new Set((ctx.registry.organisation?.data.boards ?? []).map((b) => b?.id));
        if (!ctx.registry.organisation?.valid)
            return;
        for (const r of (0,context/* valid */.r)(ctx.registry, 'report'))
            for (const board of Object.keys(r.data.boards ?? {}))
                if (!known.has(board))
                    ctx.report(this, { entity: r, path: ['boards', board] }, { board });
    },
};
const reportYearMismatch = {
    id: 'report-year-mismatch',
    severity: 'warning',
    description: 'rule.report-year-mismatch.description',
    message: 'rule.report-year-mismatch.message',
    hint: 'rule.report-year-mismatch.hint',
    check(ctx) {
        for (const r of (0,context/* valid */.r)(ctx.registry, 'report'))
            if (r.id !== String(r.data.year))
                ctx.report(this, { entity: r, path: ['year'] }, { id: r.id, year: r.data.year });
    },
};
const REPORT_RULES = [reportBoardUnknown, reportYearMismatch];

;// CONCATENATED MODULE: ./build/lib/rules/reviews.js




const classificationReviewOverdue = {
    id: 'classification-review-overdue',
    severity: 'warning',
    description: 'rule.classification-review-overdue.description',
    message: 'rule.classification-review-overdue.message',
    hint: 'rule.classification-review-overdue.hint',
    check(ctx) {
        // Read from lisa.yaml even when it has other problems, but only a number of months that makes sense.
        const own = ctx.registry.organisation?.data.reviewMonths?.classification;
        const months = Number.isInteger(own) && own >= 1 ? own : lib_model/* DEFAULT_REVIEW_MONTHS */.lT.classification;
        for (const c of (0,derive/* classificationsInForce */.AT)(ctx.registry).values()) {
            const due = (0,derive/* classificationReviewDue */.lI)(c.data, months);
            if (due >= ctx.today)
                continue;
            const asset = ctx.registry.entities.asset.get(c.data.asset);
            ctx.report(this, { entity: c, path: [c.data.nextReview ? 'nextReview' : 'date'] }, { asset: (0,lib_finding/* label */.Pf)(asset?.data.name ?? c.data.asset), due });
        }
    },
};
const documentReviewOverdue = {
    id: 'document-review-overdue',
    severity: 'warning',
    description: 'rule.document-review-overdue.description',
    message: 'rule.document-review-overdue.message',
    hint: 'rule.document-review-overdue.hint',
    check(ctx) {
        for (const d of (0,context/* valid */.r)(ctx.registry, 'document')) {
            if (d.data.status !== 'decided' || !d.data.nextReview || d.data.nextReview >= ctx.today)
                continue;
            ctx.report(this, { entity: d, path: ['nextReview'] }, { title: (0,lib_finding/* label */.Pf)(d.data.title), due: d.data.nextReview });
        }
    },
};
const documentNotCommunicated = {
    id: 'document-not-communicated',
    severity: 'warning',
    description: 'rule.document-not-communicated.description',
    message: 'rule.document-not-communicated.message',
    hint: 'rule.document-not-communicated.hint',
    check(ctx) {
        for (const d of (0,context/* valid */.r)(ctx.registry, 'document')) {
            const decided = d.data.decision?.date;
            if (d.data.status !== 'decided' || !decided)
                continue;
            if (d.data.communicated && d.data.communicated >= decided)
                continue;
            ctx.report(this, { entity: d, path: d.data.communicated ? ['communicated'] : ['status'] }, { title: (0,lib_finding/* label */.Pf)(d.data.title), decided });
        }
    },
};
const actionOverdue = {
    id: 'action-overdue',
    severity: 'warning',
    description: 'rule.action-overdue.description',
    message: 'rule.action-overdue.message',
    hint: 'rule.action-overdue.hint',
    check(ctx) {
        for (const a of (0,context/* valid */.r)(ctx.registry, 'audit')) {
            a.data.recommendations.forEach((r, ri) => {
                (r.plannedActions ?? []).forEach((p, pi) => {
                    if (p.plan || p.status === 'done' || p.status === 'cancelled' || !p.due || p.due >= ctx.today)
                        return;
                    const short = p.text.length > 80 ? `${p.text.slice(0, 77).trimEnd()}…` : p.text;
                    ctx.report(this, { entity: a, path: ['recommendations', ri, 'plannedActions', pi, 'due'] }, { action: short, due: p.due, status: p.status ?? 'planned' });
                });
            });
        }
    },
};
const auditAnswerOverdue = {
    id: 'audit-answer-overdue',
    severity: 'warning',
    description: 'rule.audit-answer-overdue.description',
    message: 'rule.audit-answer-overdue.message',
    hint: 'rule.audit-answer-overdue.hint',
    check(ctx) {
        for (const a of (0,context/* valid */.r)(ctx.registry, 'audit')) {
            const due = a.data.answerDue;
            if (!due || due >= ctx.today || (a.data.status !== 'received' && a.data.status !== 'in-progress'))
                continue;
            ctx.report(this, { entity: a, path: ['answerDue'] }, { title: (0,lib_finding/* label */.Pf)(a.data.title), due });
        }
    },
};
const REVIEW_RULES = [
    classificationReviewOverdue,
    documentReviewOverdue,
    documentNotCommunicated,
    actionOverdue,
    auditAnswerOverdue,
];

// EXTERNAL MODULE: ./build/lib/memo.js
var memo = __webpack_require__(75012);
// EXTERNAL MODULE: ./build/lib/risk-model.js
var risk_model = __webpack_require__(17865);
;// CONCATENATED MODULE: ./build/lib/rules/risk.js








const models = new WeakMap();
function modelOf(registry) {
    let m = models.get(registry);
    if (!m) {
        m = (0,risk_model/* riskModel */.js)(registry.organisation?.data);
        models.set(registry, m);
    }
    return m;
}
/** The level a scenario stands at now: the residual once assessed, else the level before treatment. */
function currentLevel(model, s) {
    return s.residual
        ? (0,risk_model/* riskLevel */.wl)(model, s.residual.likelihood, s.residual.consequence)
        : (0,risk_model/* riskLevel */.wl)(model, s.likelihood, s.consequence);
}
// Every valid analysis's scenarios with where they stand, listed once per risk map (kept by a patched registry
// whose change was elsewhere) for the five rules that walk them.
const scenarios = (0,memo/* memoOnMaps */.p)((registry) => [registry.entities.risk], (registry) => {
    const out = [];
    for (const r of (0,context/* valid */.r)(registry, 'risk'))
        for (let i = 0; i < r.data.scenarios.length; i++)
            out.push([r, r.data.scenarios[i], i]);
    return out;
});
function risk_short(text) {
    return text.length > 80 ? `${text.slice(0, 77).trimEnd()}…` : text;
}
const riskRatingOffScale = {
    id: 'risk-rating-off-scale',
    severity: 'error',
    description: 'rule.risk-rating-off-scale.description',
    message: 'rule.risk-rating-off-scale.message',
    hint: 'rule.risk-rating-off-scale.hint',
    check(ctx) {
        const model = modelOf(ctx.registry);
        const names = {
            likelihood: 'finding.risk.names.likelihood',
            consequence: 'finding.risk.names.consequence',
        };
        // The scale's levels looked up, and a finding's path made only for a rating off the scale: this runs over
        // every scenario of the region (20,000) on each re-validation.
        const levels = {
            likelihood: new Set(model.likelihood.map((x) => x.level)),
            consequence: new Set(model.consequence.map((x) => x.level)),
        };
        const rate = (r, at, scale, value) => {
            if (levels[scale].has(value))
                return;
            ctx.report(this, { entity: r, path: [...at, scale] }, { value, scale: { key: names[scale] }, levels: model[scale].map((x) => x.level).join(', ') });
        };
        for (const [r, s, i] of scenarios(ctx.registry)) {
            const { residual } = s;
            if (levels.likelihood.has(s.likelihood) &&
                levels.consequence.has(s.consequence) &&
                (!residual ||
                    (levels.likelihood.has(residual.likelihood) && levels.consequence.has(residual.consequence))))
                continue;
            rate(r, ['scenarios', i], 'likelihood', s.likelihood);
            rate(r, ['scenarios', i], 'consequence', s.consequence);
            if (residual) {
                rate(r, ['scenarios', i, 'residual'], 'likelihood', residual.likelihood);
                rate(r, ['scenarios', i, 'residual'], 'consequence', residual.consequence);
            }
        }
    },
};
const riskLevelMismatch = {
    id: 'risk-level-mismatch',
    severity: 'warning',
    description: 'rule.risk-level-mismatch.description',
    message: 'rule.risk-level-mismatch.message',
    hint: 'rule.risk-level-mismatch.hint',
    check(ctx) {
        const model = modelOf(ctx.registry);
        for (const [r, s, i] of scenarios(ctx.registry)) {
            const computed = (0,risk_model/* riskLevel */.wl)(model, s.likelihood, s.consequence);
            if (s.level === undefined || computed === undefined || computed === s.level)
                continue;
            ctx.report(this, { entity: r, path: ['scenarios', i, 'level'] }, { id: s.id, level: s.level, computed, likelihood: s.likelihood, consequence: s.consequence });
        }
    },
};
const riskUntreated = {
    id: 'risk-untreated',
    severity: 'warning',
    description: 'rule.risk-untreated.description',
    message: 'rule.risk-untreated.message',
    hint: 'rule.risk-untreated.hint',
    check(ctx) {
        const model = modelOf(ctx.registry);
        for (const [r, s, i] of scenarios(ctx.registry)) {
            if (s.treatment)
                continue;
            const level = (0,risk_model/* riskLevel */.wl)(model, s.likelihood, s.consequence);
            if (level === undefined || level <= model.acceptance)
                continue;
            ctx.report(this, { entity: r, path: ['scenarios', i, 'id'] }, { threat: risk_short(s.threat), level, acceptance: model.acceptance });
        }
    },
};
const riskAcceptedWithoutAuthority = {
    id: 'risk-accepted-without-authority',
    severity: 'warning',
    description: 'rule.risk-accepted-without-authority.description',
    message: 'rule.risk-accepted-without-authority.message',
    hint: 'rule.risk-accepted-without-authority.hint',
    check(ctx) {
        const model = modelOf(ctx.registry);
        if (!model.mayAccept)
            return;
        for (const [r, s, i] of scenarios(ctx.registry)) {
            if (s.treatment !== 'accept' || !s.acceptedBy)
                continue;
            const level = currentLevel(model, s);
            if (level === undefined)
                continue;
            const upTo = Math.max(0, ...model.mayAccept.filter((m) => m.role === s.acceptedBy).map((m) => m.upTo));
            if (level <= upTo)
                continue;
            const allowed = model.mayAccept.filter((m) => m.upTo >= level).map((m) => m.role);
            ctx.report(this, { entity: r, path: ['scenarios', i, 'acceptedBy'] }, { threat: risk_short(s.threat), level, role: s.acceptedBy, upTo, allowed: allowed.join(', ') || '–' });
        }
    },
};
const riskResidualNotReassessed = {
    id: 'risk-residual-not-reassessed',
    severity: 'warning',
    description: 'rule.risk-residual-not-reassessed.description',
    message: 'rule.risk-residual-not-reassessed.message',
    hint: 'rule.risk-residual-not-reassessed.hint',
    check(ctx) {
        const plan = ctx.registry.entities.plan;
        for (const [r, s, i] of scenarios(ctx.registry)) {
            if (s.treatment !== 'reduce' || !s.actions?.length)
                continue;
            const actions = s.actions.map((id) => plan.get(id));
            if (actions.some((a) => !a?.valid || a.data.status !== 'done'))
                continue;
            const done = actions.map((a) => a?.data.done ?? '').reduce((x, y) => (x > y ? x : y), '');
            if (s.residual && (s.residual.assessed ?? r.data.date) >= done)
                continue;
            ctx.report(this, { entity: r, path: s.residual ? ['scenarios', i, 'residual'] : ['scenarios', i, 'actions'] }, { threat: risk_short(s.threat), done });
        }
    },
};
const riskReviewOverdue = {
    id: 'risk-review-overdue',
    severity: 'warning',
    description: 'rule.risk-review-overdue.description',
    message: 'rule.risk-review-overdue.message',
    hint: 'rule.risk-review-overdue.hint',
    check(ctx) {
        for (const r of (0,context/* valid */.r)(ctx.registry, 'risk')) {
            if (r.data.nextReview >= ctx.today)
                continue;
            ctx.report(this, { entity: r, path: ['nextReview'] }, { title: (0,lib_finding/* label */.Pf)(r.data.title), due: r.data.nextReview });
        }
    },
};
const planActionOverdue = {
    id: 'plan-action-overdue',
    severity: 'warning',
    description: 'rule.plan-action-overdue.description',
    message: 'rule.plan-action-overdue.message',
    hint: 'rule.plan-action-overdue.hint',
    check(ctx) {
        for (const a of (0,context/* valid */.r)(ctx.registry, 'plan')) {
            const end = (0,plan/* dueEnd */.QU)(a.data.due);
            if (!(0,plan/* isOpen */.nT)(a) || !end || end >= ctx.today)
                continue;
            ctx.report(this, { entity: a, path: ['due'] }, { title: (0,lib_finding/* label */.Pf)(risk_short(a.data.title)), due: a.data.due, status: a.data.status });
        }
    },
};
const SOURCE_NAMES = {
    audit: 'finding.references.targetNames.audit',
    risk: 'finding.references.targetNames.risk',
    classification: 'finding.references.targetNames.system',
    review: 'finding.references.targetNames.review',
};
/** The ids of the parts of a source an action can name in `item`. */
function itemsOf(entity) {
    const d = entity.data;
    return [...(d.recommendations ?? []), ...(d.scenarios ?? []), ...(d.decisions ?? [])]
        .map((x) => x.id)
        .filter((id) => typeof id === 'string');
}
const planSourceMissing = {
    id: 'plan-source-missing',
    severity: 'error',
    description: 'rule.plan-source-missing.description',
    message: 'rule.plan-source-missing.message',
    hint: 'rule.plan-source-missing.hint',
    check(ctx) {
        const { registry } = ctx;
        for (const a of (0,context/* valid */.r)(registry, 'plan')) {
            const { kind, ref, item } = a.data.source;
            // Incidents have no register yet: nothing to check them against.
            if (kind === 'incident' || a.data.status === 'cancelled')
                continue;
            const target = registry.entities[kind === 'classification' ? 'system' : kind].get(ref);
            const name = { key: SOURCE_NAMES[kind] };
            if (!target) {
                ctx.report(this, { entity: a, path: ['source', 'ref'] }, { title: (0,lib_finding/* label */.Pf)(risk_short(a.data.title)), source: name, ref });
            }
            else if (item && kind !== 'classification' && !itemsOf(target).includes(item)) {
                ctx.report(this, { entity: a, path: ['source', 'item'] }, { title: (0,lib_finding/* label */.Pf)(risk_short(a.data.title)), source: name, ref: `${ref}/${item}` });
            }
        }
    },
};
const protectionGapUnplanned = {
    id: 'protection-gap-unplanned',
    severity: 'warning',
    description: 'rule.protection-gap-unplanned.description',
    message: 'rule.protection-gap-unplanned.message',
    hint: 'rule.protection-gap-unplanned.hint',
    check(ctx) {
        // Only once the registry keeps an action plan: a registry from before plan/ already gets
        // protection-below-classification for the gap itself, and must stay as it was.
        if (ctx.registry.entities.plan.size === 0)
            return;
        const required = (0,derive/* requiredProtectionBySystem */.t7)(ctx.registry);
        const planned = (0,plan/* actionsBySource */.Ww)(ctx.registry);
        const aspects = new Set(ctx.registry.model.aspects.map((a) => a.id));
        for (const system of (0,context/* valid */.r)(ctx.registry, 'system')) {
            if (system.data.status === 'retired')
                continue;
            const gap = [...(required.get(system.id) ?? [])].some(([aspect, req]) => aspects.has(aspect) && !((system.data.protection[aspect] ?? -1) >= req.level));
            if (!gap || (planned.get(`classification/${system.id}`) ?? []).some(plan/* isOpen */.nT))
                continue;
            ctx.report(this, { entity: system, path: ['protection'], key: true }, { system: (0,lib_finding/* label */.Pf)(system.data.name), id: system.id });
        }
    },
};
const topClassificationWithoutAnalysis = {
    id: 'top-classification-without-analysis',
    severity: 'warning',
    description: 'rule.top-classification-without-analysis.description',
    message: 'rule.top-classification-without-analysis.message',
    hint: 'rule.top-classification-without-analysis.hint',
    check(ctx) {
        const { registry } = ctx;
        // Only once the registry keeps risk analyses: a registry from before risk/ must stay valid as it was.
        if (!(0,init_example/* keepsRegister */.G)(registry, 'risk'))
            return;
        const { confidentialityAspect } = registry.model;
        // The confidentiality aspect's own scale when it has one (Åpen … Strengt fortrolig), else the shared one.
        const top = Math.max(...(0,lib_model/* levelsOf */.pd)(registry.model, confidentialityAspect).map((l) => l.value));
        const analysed = new Set();
        for (const r of (0,context/* valid */.r)(registry, 'risk'))
            if (r.data.object.asset)
                analysed.add(r.data.object.asset);
        for (const c of (0,derive/* classificationsInForce */.AT)(registry).values()) {
            if (!c.valid || c.data.levels[confidentialityAspect]?.level !== top || analysed.has(c.data.asset))
                continue;
            const asset = registry.entities.asset.get(c.data.asset);
            ctx.report(this, { entity: c, path: ['levels', confidentialityAspect, 'level'] }, { asset: (0,lib_finding/* label */.Pf)(asset?.data.name ?? c.data.asset), level: top, id: c.data.asset });
        }
    },
};
const RISK_RULES = [
    riskRatingOffScale,
    riskLevelMismatch,
    riskUntreated,
    riskAcceptedWithoutAuthority,
    riskResidualNotReassessed,
    riskReviewOverdue,
    planActionOverdue,
    planSourceMissing,
    protectionGapUnplanned,
    topClassificationWithoutAnalysis,
];

;// CONCATENATED MODULE: ./build/lib/rules/structure.js

const duplicateId = {
    id: 'duplicate-id',
    severity: 'error',
    description: 'rule.duplicate-id.description',
    message: 'rule.duplicate-id.message',
    hint: 'rule.duplicate-id.hint',
    check(ctx) {
        for (const d of ctx.registry.duplicates) {
            ctx.report(this, { file: d.file, position: { line: 1, column: 1 } }, { id: d.id, first: d.first });
        }
    },
};
const invalidFileName = {
    id: 'invalid-file-name',
    severity: 'error',
    description: 'rule.invalid-file-name.description',
    message: 'rule.invalid-file-name.message',
    hint: 'rule.invalid-file-name.hint',
    check(ctx) {
        for (const b of ctx.registry.badNames) {
            ctx.report(this, { file: b.file, position: { line: 1, column: 1 } }, { name: b.name, suggestion: toId(b.name) });
        }
    },
};
/** A file name a user typed, made into an id: lower case, å/ä → a, ö/ø → o, æ → ae, spaces → hyphens. */
function toId(name) {
    return (name
        .toLowerCase()
        .replace(/[åäàáâ]/g, 'a')
        .replace(/[öøóò]/g, 'o')
        .replace(/æ/g, 'ae')
        .replace(/[éèê]/g, 'e')
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '') || 'post');
}
const strayFile = {
    id: 'unknown-file',
    severity: 'warning',
    description: 'rule.unknown-file.description',
    message: 'rule.unknown-file.message',
    hint: 'rule.unknown-file.hint',
    check(ctx) {
        for (const file of ctx.registry.strays)
            ctx.report(this, { file, position: { line: 1, column: 1 } });
    },
};
const missingOrganisation = {
    id: 'missing-organisation',
    severity: 'error',
    description: 'rule.missing-organisation.description',
    message: 'rule.missing-organisation.message',
    hint: 'rule.missing-organisation.hint',
    check(ctx) {
        // Not any file named lisa.yaml: system/lisa.yaml is a system called lisa.
        if (ctx.registry.organisationFile || ctx.registry.refusedRoot)
            return;
        ctx.report(this, {
            file: `${ctx.registry.root.replace(/\/$/, '')}/lisa.yaml`,
            position: { line: 1, column: 1 },
        });
    },
};
const duplicateEntryId = {
    id: 'duplicate-entry-id',
    severity: 'error',
    description: 'rule.duplicate-entry-id.description',
    message: 'rule.duplicate-entry-id.message',
    hint: 'rule.duplicate-entry-id.hint',
    check(ctx) {
        const what = {
            board: 'finding.structure.what.board',
            recommendation: 'finding.structure.what.recommendation',
            action: 'finding.structure.what.action',
        };
        const org = ctx.registry.organisation;
        if (org?.valid) {
            const seen = new Set();
            org.data.boards.forEach((b, i) => {
                if (seen.has(b.id)) {
                    ctx.report(this, {
                        entity: { kind: 'organisation', id: 'lisa', parsed: org.parsed, file: org.file },
                        path: ['boards', i, 'id'],
                    }, { id: b.id, what: { key: what.board } });
                }
                seen.add(b.id);
            });
        }
        for (const audit of (0,context/* valid */.r)(ctx.registry, 'audit')) {
            const recs = new Set();
            const actions = new Set();
            audit.data.recommendations.forEach((r, ri) => {
                if (recs.has(r.id))
                    ctx.report(this, { entity: audit, path: ['recommendations', ri, 'id'] }, { id: r.id, what: { key: what.recommendation } });
                recs.add(r.id);
                (r.plannedActions ?? []).forEach((a, ai) => {
                    if (actions.has(a.id)) {
                        ctx.report(this, { entity: audit, path: ['recommendations', ri, 'plannedActions', ai, 'id'] }, { id: a.id, what: { key: what.action } });
                    }
                    actions.add(a.id);
                });
            });
        }
    },
};
const STRUCTURE_RULES = [
    duplicateId,
    duplicateEntryId,
    invalidFileName,
    strayFile,
    missingOrganisation,
];

// EXTERNAL MODULE: ./build/lib/parse.js + 1 modules
var parse = __webpack_require__(67782);
// EXTERNAL MODULE: ./build/lib/rule-def.js
var rule_def = __webpack_require__(6998);
;// CONCATENATED MODULE: ./build/lib/rules/suppress.js






const suppressError = (0,rule_def/* defineRule */.K)({
    id: 'suppress-error',
    severity: 'error',
    description: 'rule.suppress-error.description',
    message: 'rule.suppress-error.message',
    hint: 'rule.suppress-error.hint',
});
const suppressUnknown = (0,rule_def/* defineRule */.K)({
    id: 'suppress-unknown-rule',
    severity: 'error',
    description: 'rule.suppress-unknown-rule.description',
    message: 'rule.suppress-unknown-rule.message',
    hint: 'rule.suppress-unknown-rule.hint',
});
const suppressUnused = (0,rule_def/* defineRule */.K)({
    id: 'suppress-unused',
    severity: 'warning',
    description: 'rule.suppress-unused.description',
    message: 'rule.suppress-unused.message',
    hint: 'rule.suppress-unused.hint',
});
const SUPPRESS_RULES = [suppressError, suppressUnknown, suppressUnused];
const suppress_DID_YOU_MEAN = 'finding.references.didYouMean';
/**
 * Applies each entity's `suppress` list: a warning named there with a reason is dropped for that entity only.
 * Errors stay, and a suppression that names an error, no rule, or nothing to silence is itself a finding.
 */
function applySuppressions(findings, registry, rules) {
    const byId = new Map(rules.map((r) => [r.id, r]));
    const suppressed = new Map();
    const extra = [];
    const used = new Set();
    const report = (rule, entity, index, data) => {
        const finding = (0,lib_finding/* findingOf */.hD)(rule, entity.file, (0,parse/* locate */.x5)(entity.parsed, ['suppress', index, 'rule']), data);
        finding.entity = (0,lib_registry/* entityKey */.DH)(entity);
        extra.push(finding);
    };
    const entries = [];
    for (const kind of kinds/* KINDS */.GW) {
        for (const entity of registry.entities[kind].values()) {
            if (!entity.valid)
                continue;
            const list = entity.data.suppress ?? [];
            list.forEach((s, i) => {
                const rule = byId.get(s.rule);
                if (!rule) {
                    const guess = (0,suggest/* closest */.k)(s.rule, byId.keys());
                    report(suppressUnknown, entity, i, {
                        rule: s.rule,
                        didYouMean: guess ? { key: suppress_DID_YOU_MEAN, data: { s: guess } } : '',
                    });
                }
                else if (rule.severity === 'error') {
                    report(suppressError, entity, i, { rule: s.rule });
                }
                else {
                    const key = (0,lib_registry/* entityKey */.DH)(entity);
                    let set = suppressed.get(key);
                    if (!set) {
                        set = new Set();
                        suppressed.set(key, set);
                    }
                    set.add(s.rule);
                    entries.push([entity, i, s.rule]);
                }
            });
        }
    }
    const kept = findings.filter((f) => {
        if (f.severity !== 'warning' || !f.entity || !suppressed.get(f.entity)?.has(f.rule))
            return true;
        used.add(`${f.entity}#${f.rule}`);
        return false;
    });
    for (const [entity, i, rule] of entries) {
        if (!used.has(`${(0,lib_registry/* entityKey */.DH)(entity)}#${rule}`))
            report(suppressUnused, entity, i, { rule });
    }
    return [...kept, ...extra];
}

;// CONCATENATED MODULE: ./build/lib/rules/index.js
















/** The rules that look across the registry, in the order they run. */
const RULES = [
    ...STRUCTURE_RULES,
    ...REFERENCE_RULES,
    ...PROTECTION_RULES,
    ...PRIVACY_RULES,
    ...COUNTRY_RULES,
    ...REVIEW_RULES,
    ...INCIDENT_RULES,
    ...agreements/* AGREEMENT_RULES */.vm,
    ...AUDIT_RULES,
    ...REPORT_RULES,
    ...RISK_RULES,
    ...PLAN_MIGRATION_RULES,
    rules_identity/* identityNumber */.Mu,
];
/** Every check lisa makes, for SARIF, documentation and suppression. */
const ALL_RULES = [...parse_rules/* PARSE_RULES */.em, ...schema_rules/* SCHEMA_RULES */.kQ, ...RULES, ...SUPPRESS_RULES];

;// CONCATENATED MODULE: ./build/lib/validate.js







/** All findings for an already built registry: reading and shape problems, then the rules across files. */
function findingsFor(registry, today) {
    const findings = [...(0,lib_registry/* readFindings */.RJ)(registry), ...(0,context/* runRules */.x)(RULES, registry, today)];
    // Findings are data here; describeFinding (lib/finding.ts) tells them and masks identity numbers, for every output.
    return applySuppressions(findings, registry, ALL_RULES).sort(lib_finding/* compareFindings */.Eg);
}
function summarise(registry, findings) {
    let errors = 0;
    for (const f of findings)
        if (f.severity === 'error')
            errors++;
    return { registry, findings, errors, warnings: findings.length - errors };
}
/** The day the rules count from: the one given, else today where the organisation is (the clock read here). */
function resolveToday(registry, options) {
    return options.today ?? (0,facts_today/* organisationToday */.CE)(registry.organisation?.data, new Date());
}
function buildOptions(options) {
    return options.compact ? { compact: true } : {};
}
/** Validates a registry from its files' bytes. Pure apart from reading the clock when `today` is not given. */
function validateSources(root, sources, options = {}) {
    const locale = options.locale ?? registryLocale(sources);
    const registry = buildRegistry(root, sources, locale, undefined, buildOptions(options));
    return summarise(registry, findingsFor(registry, resolveToday(registry, options)));
}
/**
 * Validates again and again as files change, re-reading only what changed: the bot's reload and an editor's
 * save both cost one file's parse plus the cross-file rules, not a full run.
 */
class Validator {
    root;
    options;
    cache = new Map();
    sources = new Map();
    /** The sources in path order, kept between runs: a changed file keeps its place, so most runs need no sort. */
    ordered;
    /** Where each file is in `ordered`, while `ordered` keeps its files. */
    orderedIndex;
    /** The registry of the last run, which a change of contents only patches. */
    last;
    constructor(root, options = {}) {
        this.root = root;
        this.options = options;
    }
    parseCache = {
        get: (file, bytes) => {
            const hit = this.cache.get(file);
            return hit && (hit.bytes === bytes || Buffer.compare(hit.bytes, bytes) === 0) ? hit.parsed : undefined;
        },
        set: (file, bytes, parsed) => {
            this.cache.set(file, { bytes, parsed });
        },
    };
    /**
     * Takes a file parsed elsewhere (by `parseRegister`, in the action's worker threads) as this validator's
     * own parse of exactly these bytes: the next run uses it instead of parsing the file again.
     */
    prime(file, bytes, parsed) {
        this.cache.set(file, { bytes, parsed });
    }
    /** Replaces the whole set of files (files not given are gone) and validates. */
    validate(sources) {
        this.sources = new Map(sources.map((s) => [s.file, s]));
        this.ordered = undefined;
        return this.run();
    }
    /** Applies changed or added files and removed paths to the last set, and validates. */
    update(changed, removed = []) {
        // Only contents changed: the last registry is patched rather than built again (lib/registry-patch.ts).
        const patchable = this.last !== undefined &&
            this.ordered !== undefined &&
            removed.length === 0 &&
            changed.every((s) => this.sources.has(s.file));
        for (const s of changed) {
            if (!this.sources.has(s.file))
                this.ordered = undefined;
            this.sources.set(s.file, s);
        }
        for (const r of removed) {
            if (this.sources.delete(r))
                this.ordered = undefined;
            this.cache.delete(r);
        }
        if (patchable && this.last && this.ordered) {
            const locale = this.options.locale ?? (0,lib_registry/* registryLocale */.yC)(this.ordered);
            // A change of language builds the registry again (patchRegistry declines); the parse cache stays.
            const registry = patchRegistry(this.last, changed, locale, this.parseCache, buildOptions(this.options));
            if (registry) {
                // The same files in the same order: only the changed ones are put in their places.
                this.orderedIndex ??= new Map(this.ordered.map((s, i) => [s.file, i]));
                for (const s of changed)
                    this.ordered[this.orderedIndex.get(s.file)] = s;
                this.last = registry;
                return summarise(registry, findingsFor(registry, resolveToday(registry, this.options)));
            }
        }
        if (this.ordered)
            this.ordered = this.ordered.map((s) => this.sources.get(s.file));
        return this.run();
    }
    run() {
        if (!this.ordered) {
            this.ordered = [...this.sources.values()].sort(lib_registry/* byRel */.lj);
            this.orderedIndex = undefined;
        }
        const all = this.ordered;
        const locale = this.options.locale ?? (0,lib_registry/* registryLocale */.yC)(all);
        for (const file of this.cache.keys())
            if (!this.sources.has(file))
                this.cache.delete(file);
        const registry = (0,lib_registry/* buildRegistry */.Mb)(this.root, all, locale, this.parseCache, buildOptions(this.options));
        this.last = registry;
        return summarise(registry, findingsFor(registry, resolveToday(registry, this.options)));
    }
}

;// CONCATENATED MODULE: ./build/package.json
const package_namespaceObject = {"rE":"1.0.0"};
;// CONCATENATED MODULE: ./build/lib/version.js

const VERSION = package_namespaceObject.rE;

// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(49735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(86856);
// EXTERNAL MODULE: ./node_modules/@octokit/rest/dist-src/index.js + 21 modules
var dist_src = __webpack_require__(59988);
// EXTERNAL MODULE: ./node_modules/bottleneck/light.js
var light = __webpack_require__(63251);
;// CONCATENATED MODULE: ./build/action/octokit.js
/// <reference path="./bottleneck-light.d.ts" />






const LisaOctokit = dist_src/* Octokit */.E.plugin(dist_bundle/* retry */.L, plugin_throttling_dist_bundle/* throttling */.A);
/**
 * Writes (POST, PATCH, PUT, DELETE), one at a time. GitHub asks integrations that make "a large number" of
 * writes to wait a second between them and to make requests serially (REST API best practices, secondary
 * rate limits). A run makes two or three (the check run, the comment), so plugin-throttling's default of a
 * second between any two writes only made every PR wait a second for nothing. A token bucket instead: up to
 * three writes go out back to back, and a longer series (the annotation batches of a run with many findings)
 * is held to one a second. Still serial; comment creation keeps the plugin's own three-second spacing.
 */
const WRITES = new light.Group({
    maxConcurrent: 1,
    reservoir: 3,
    reservoirIncreaseAmount: 1,
    reservoirIncreaseInterval: 1000,
    reservoirIncreaseMaximum: 3,
});
/**
 * The REST client: GitHub Enterprise Server through `apiUrl`, server errors retried (plugin-retry: 3 times,
 * 1 s, 4 s, 9 s), rate limits waited out twice before giving up (plugin-throttling), writes paced by `WRITES`.
 */
function createGitHub(token, apiUrl) {
    const onLimit = (kind) => (retryAfter, options, _octokit, retryCount) => {
        core/* warning */.$e(`GitHub ${kind} rate limit on ${options.method} ${options.url}; ${retryCount < 2 ? `retrying in ${retryAfter} s` : 'giving up'}.`);
        return retryCount < 2;
    };
    return new LisaOctokit({
        auth: token || undefined,
        baseUrl: apiUrl,
        userAgent: `lisa-action/${VERSION}`,
        throttle: { onRateLimit: onLimit('primary'), onSecondaryRateLimit: onLimit('secondary'), write: WRITES },
        log: {
            debug: (m) => core/* debug */.Yz(m),
            info: (m) => core/* debug */.Yz(m),
            warn: (m) => core/* info */.pq(m),
            error: (m) => core/* info */.pq(m),
        },
    });
}
/** The HTTP status of a failed request, if it was one. */
function statusOf(error) {
    const status = error?.status;
    return typeof status === 'number' ? status : undefined;
}
/** A failed request in one line, without headers (they could carry the token). */
function describeError(error) {
    const status = statusOf(error);
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return status ? `${status}: ${message}` : (message ?? 'unknown error');
}

;// CONCATENATED MODULE: ./build/action/annotate.js
// Findings as annotations on their YAML lines. Workflow commands reach "Files changed" without any
// permission but GitHub shows only ten of each severity per step; the Checks API takes fifty per request.
// A registry can have thousands of findings (one broken file gives one per key), and the job's token has a
// budget (GITHUB_TOKEN: 1,000 requests an hour per repository; writes spaced a second apart), so the check
// run carries at most MAX_REQUESTS × 50 annotations, the most severe first, and says how many it left out.






/** GitHub's cap on annotations shown from workflow commands, per severity and step. */
const COMMAND_LIMIT = 10;
/** The Checks API's cap on annotations per request. */
const BATCH = 50;
/**
 * Requests one check run may take. Ten is 1 % of GITHUB_TOKEN's hourly budget and some ten seconds at the
 * one write a second GitHub asks for, leaving the comment and the next pushes room; and 500 annotations
 * are more than a reviewer reads: past that, fixing the file is the task, and the log has every finding.
 */
const MAX_REQUESTS = 10;
const MAX_ANNOTATIONS = BATCH * MAX_REQUESTS;
function annotateWithCommands(findings, repoPath, locale) {
    let errors = 0;
    let warnings = 0;
    for (const f of findings) {
        const isError = f.severity === 'error';
        if (isError ? errors++ >= COMMAND_LIMIT : warnings++ >= COMMAND_LIMIT)
            continue;
        const props = {
            title: `lisa: ${f.rule}`,
            file: repoPath(f.file),
            startLine: f.line,
            startColumn: f.column,
        };
        const endLine = f.endLine ?? f.line;
        // Columns are only meaningful, and only accepted, on a one-line range.
        if (endLine === f.line) {
            if (f.endColumn && f.endColumn > f.column)
                props.endColumn = f.endColumn;
        }
        else {
            props.endLine = endLine;
            delete props.startColumn;
        }
        // @actions/core escapes the data (CR, LF, %); the legacy `##[` form the runner reads anywhere is ours to break.
        const told = (0,lib_finding/* describeFinding */.jb)(f, locale);
        const message = breakLegacyCommands(told.hint ? `${told.message}\n${told.hint}` : told.message);
        if (isError)
            core/* error */.z3(message, props);
        else
            core/* warning */.$e(message, props);
    }
}
function toCheckAnnotation(f, repoPath, locale) {
    const told = (0,lib_finding/* describeFinding */.jb)(f, locale);
    const endLine = Math.max(f.endLine ?? f.line, f.line);
    const a = {
        path: repoPath(f.file),
        start_line: f.line,
        end_line: endLine,
        annotation_level: f.severity === 'error' ? 'failure' : 'warning',
        message: told.message,
        title: `lisa: ${f.rule}`,
    };
    if (endLine === f.line) {
        a.start_column = f.column;
        a.end_column = f.endColumn && f.endColumn > f.column ? f.endColumn : f.column;
    }
    if (told.hint)
        a.raw_details = told.hint;
    return a;
}
/** The findings the check run annotates (errors first, then in file order) and the ones it leaves out. */
function selectAnnotated(findings, max = MAX_ANNOTATIONS) {
    // Array.prototype.sort is stable: within a severity the findings keep their file and line order.
    const ordered = [...findings].sort((a, b) => Number(b.severity === 'error') - Number(a.severity === 'error'));
    return { annotated: ordered.slice(0, max), omitted: ordered.slice(max) };
}
/** The check run's text when findings were left out: how many, and which rules and files they are in. */
function omittedText(omitted, locale) {
    let errors = 0;
    const byRule = new Map();
    const byFile = new Map();
    for (const f of omitted) {
        if (f.severity === 'error')
            errors++;
        byRule.set(f.rule, (byRule.get(f.rule) ?? 0) + 1);
        byFile.set(f.file, (byFile.get(f.file) ?? 0) + 1);
    }
    const top = (m, n) => [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, n);
    const lines = [
        (0,i18n.t)(locale, 'action.omitted', {
            n: omitted.length,
            errors,
            warnings: omitted.length - errors,
            max: MAX_ANNOTATIONS,
            requests: MAX_REQUESTS,
        }),
        '',
        `| ${(0,i18n.t)(locale, 'action.omittedRule')} | ${(0,i18n.t)(locale, 'action.omittedCount')} |`,
        '|---|---:|',
        ...top(byRule, 50).map(([rule, n]) => `| ${code(rule)} | ${n} |`),
        '',
        `| ${(0,i18n.t)(locale, 'remind.file')} | ${(0,i18n.t)(locale, 'action.omittedCount')} |`,
        '|---|---:|',
        // A | in a file name would end the table cell, even inside a code span, unless escaped.
        ...top(byFile, 20).map(([file, n]) => `| ${code(file).replace(/\|/g, '\\|')} | ${n} |`),
    ];
    if (byFile.size > 20)
        lines.push('', escapeMarkdown((0,i18n.t)(locale, 'action.omittedMoreFiles', { n: byFile.size - 20 })));
    return lines.join('\n');
}
/**
 * One check run carrying the most severe findings: created with the first 50 annotations, completed with
 * the last of at most MAX_REQUESTS requests; the rest are counted in its text.
 */
async function publishCheckRun(github, req) {
    const { annotated, omitted } = selectAnnotated(req.findings);
    const annotations = annotated.map((f) => toCheckAnnotation(f, req.repoPath, req.locale));
    const batches = [];
    for (let i = 0; i < annotations.length; i += BATCH)
        batches.push(annotations.slice(i, i + BATCH));
    if (batches.length === 0)
        batches.push([]);
    const text = omitted.length ? omittedText(omitted, req.locale) : undefined;
    const output = (batch) => ({
        title: req.title,
        summary: req.summary,
        ...(text ? { text } : {}),
        annotations: batch,
    });
    const done = {
        status: 'completed',
        conclusion: req.conclusion,
        completed_at: new Date().toISOString(),
    };
    let id;
    try {
        const created = await github.rest.checks.create({
            owner: req.owner,
            repo: req.repo,
            name: req.name,
            head_sha: req.headSha,
            ...(batches.length === 1 ? done : { status: 'in_progress' }),
            output: output(batches[0] ?? []),
        });
        id = created.data.id;
        for (let i = 1; i < batches.length; i++) {
            const last = i === batches.length - 1;
            await github.rest.checks.update({
                owner: req.owner,
                repo: req.repo,
                check_run_id: id,
                ...(last ? done : {}),
                output: output(batches[i] ?? []),
            });
        }
        return {
            ok: true,
            id,
            requests: batches.length,
            annotated: annotated.length,
            omitted: omitted.length,
            ...(created.data.html_url ? { url: created.data.html_url } : {}),
        };
    }
    catch (error) {
        const status = statusOf(error);
        // A run left in progress would show a spinner forever; close it if it was opened.
        if (id !== undefined) {
            await github.rest.checks
                .update({
                owner: req.owner,
                repo: req.repo,
                check_run_id: id,
                ...done,
                output: { title: req.title, summary: req.summary },
            })
                .catch(() => undefined);
        }
        return { ok: false, detail: describeError(error), ...(status ? { status } : {}) };
    }
}

;// CONCATENATED MODULE: ./build/action/comment.js
// One comment per pull request, found again by its hidden marker and its author, and edited on every push,
// so a busy PR does not fill up with a comment per commit. The author matters: anyone can post a comment
// that starts with the marker, and lisa must neither edit a human's comment nor let one stand in for its own.

/** Who the Actions token (GITHUB_TOKEN) writes as. */
const ACTIONS_BOT = 'github-actions[bot]';
/**
 * The login the token writes comments as: the `comment-author` input when given; for an installation token
 * (`ghs_…`: GITHUB_TOKEN, or a GitHub App's, which `GET /user` refuses) `github-actions[bot]`; for a
 * personal token, the user `GET /user` names.
 */
async function commentAuthor(github, token, configured) {
    if (configured)
        return configured;
    if (token.startsWith('ghs_'))
        return ACTIONS_BOT;
    try {
        const { data } = await github.rest.users.getAuthenticated();
        return data.login;
    }
    catch {
        return ACTIONS_BOT;
    }
}
/** lisa's comment among a PR's comments: it starts with the marker and is written by `author`; the oldest. */
function findOwnComment(comments, marker, author) {
    const login = author.toLowerCase();
    // The marker and then a line break: `<!-- lisa:pr-comment -->` must not match another registry's marker.
    return comments.find((c) => c.body?.startsWith(`${marker}\n`) && c.user?.login?.toLowerCase() === login);
}
async function lookUpComment(github, target, marker, author) {
    const where = { owner: target.owner, repo: target.repo, issue_number: target.issueNumber };
    try {
        const login = await author;
        const comments = [];
        for await (const page of github.paginate.iterator(github.rest.issues.listComments, {
            ...where,
            per_page: 100,
        })) {
            comments.push(...page.data);
            const existing = findOwnComment(comments, marker, login);
            if (existing)
                return { ok: true, existing };
        }
        return { ok: true };
    }
    catch (error) {
        const status = statusOf(error);
        return { ok: false, detail: describeError(error), ...(status ? { status } : {}) };
    }
}
/** Edits lisa's comment, or writes it when the lookup found none. */
async function upsertComment(github, target, body, lookup) {
    const found = await lookup;
    if (!found.ok)
        return found;
    try {
        if (found.existing) {
            const updated = await github.rest.issues.updateComment({
                owner: target.owner,
                repo: target.repo,
                comment_id: found.existing.id,
                body,
            });
            return { ok: true, action: 'updated', id: updated.data.id, url: updated.data.html_url };
        }
        const created = await github.rest.issues.createComment({
            owner: target.owner,
            repo: target.repo,
            issue_number: target.issueNumber,
            body,
        });
        return { ok: true, action: 'created', id: created.data.id, url: created.data.html_url };
    }
    catch (error) {
        const status = statusOf(error);
        return { ok: false, detail: describeError(error), ...(status ? { status } : {}) };
    }
}

;// CONCATENATED MODULE: ./build/action/context.js
// What GitHub tells an action about the run, read from the environment the runner sets. Only the fields the
// action uses; anything missing is reported, never guessed.

function readPayload(env) {
    const file = env.GITHUB_EVENT_PATH;
    if (!file)
        return {};
    try {
        const data = JSON.parse((0,external_node_fs_.readFileSync)(file, 'utf8'));
        return data && typeof data === 'object' ? data : {};
    }
    catch {
        return {};
    }
}
const obj = (v) => (v && typeof v === 'object' ? v : undefined);
const context_text = (v) => (typeof v === 'string' && v ? v : undefined);
function readContext(env = process.env, cwd = process.cwd()) {
    const payload = readPayload(env);
    const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '').split('/');
    const context = {
        eventName: env.GITHUB_EVENT_NAME ?? '',
        payload,
        owner,
        repo,
        apiUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
        serverUrl: (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, ''),
        sha: env.GITHUB_SHA ?? '',
        ref: env.GITHUB_REF ?? '',
        workspace: env.GITHUB_WORKSPACE || cwd,
    };
    const defaultBranch = context_text(obj(payload.repository)?.default_branch);
    if (defaultBranch)
        context.defaultBranch = defaultBranch;
    const pr = obj(payload.pull_request);
    if (pr) {
        const base = obj(pr.base);
        const head = obj(pr.head);
        const baseRepo = context_text(obj(base?.repo)?.full_name);
        const headRepo = context_text(obj(head?.repo)?.full_name);
        context.pullRequest = {
            number: typeof pr.number === 'number' ? pr.number : Number(payload.number),
            baseSha: context_text(base?.sha),
            headSha: context_text(head?.sha) ?? context.sha,
            // A deleted fork has no head repo; treat it as a fork, the cautious reading.
            fromFork: headRepo === undefined || (baseRepo !== undefined && headRepo !== baseRepo),
        };
    }
    return context;
}
function isPullRequestEvent(context) {
    return (context.eventName === 'pull_request' ||
        context.eventName === 'pull_request_target' ||
        context.pullRequest !== undefined);
}
/**
 * Whether this run may make the board documents: a push to the default branch or a tag, or a run someone with
 * write access started (workflow_dispatch, schedule). Never a pull request: its templates are not trusted.
 */
function shouldRender(context) {
    if (isPullRequestEvent(context))
        return false;
    if (context.eventName === 'workflow_dispatch' || context.eventName === 'schedule')
        return true;
    if (context.eventName !== 'push')
        return false;
    if (context.ref.startsWith('refs/tags/'))
        return true;
    return context.defaultBranch !== undefined && context.ref === `refs/heads/${context.defaultBranch}`;
}
function tagOf(context) {
    return context.ref.startsWith('refs/tags/') ? context.ref.slice('refs/tags/'.length) : undefined;
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
;// CONCATENATED MODULE: ./build/action/git.js
// The base of a pull request, read from the checkout's git objects: no second checkout, no network when the
// history is there (actions/checkout with fetch-depth: 0), and only the files that differ are read at all.




const exec = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
async function git(cwd, args, timeout = 30_000) {
    const { stdout } = await exec('git', args, {
        cwd,
        timeout,
        maxBuffer: 256 * 1024 * 1024,
        encoding: 'utf8',
    });
    return stdout;
}
/** The same, as bytes: paths that are not UTF-8 must survive to be reported by their bytes. */
async function gitBytes(cwd, args, timeout = 30_000) {
    const { stdout } = await exec('git', args, {
        cwd,
        timeout,
        maxBuffer: 256 * 1024 * 1024,
        encoding: 'buffer',
    });
    return stdout;
}
async function gitOk(cwd, args, timeout) {
    try {
        await git(cwd, args, timeout);
        return true;
    }
    catch {
        return false;
    }
}
async function gitTopLevel(cwd) {
    try {
        return (await git(cwd, ['rev-parse', '--show-toplevel'])).trim();
    }
    catch {
        return undefined;
    }
}
/** The committer date of a commit, ISO 8601, or undefined outside a repository. */
async function commitDate(cwd, sha) {
    try {
        return (await git(cwd, ['log', '-1', '--format=%cI', sha || 'HEAD'])).trim() || undefined;
    }
    catch {
        return undefined;
    }
}
/** As in io/load.ts: git's own folder and installed packages are no part of a registry; all else is read. */
const SKIPPED = /^(\.git|node_modules)$/;
/** Git's modes for a symbolic link and a submodule: neither is a file to read. */
const LINK_MODE = '120000';
const GITLINK_MODE = '160000';
function splitZ(bytes) {
    const out = [];
    let at = 0;
    for (let nul = bytes.indexOf(0, at); nul !== -1; nul = bytes.indexOf(0, at)) {
        out.push(bytes.subarray(at, nul));
        at = nul + 1;
    }
    return out;
}
/**
 * The registry's files as they were at `sha`, in the shape `readRegistryFiles` gives for the working tree:
 * `file` relative to `cwd`, `rel` relative to the registry folder. Git says which files differ from the
 * working tree; every other file is the head's own SourceFile (same object, so parse caches hit), and only
 * the differing ones are read from git.
 */
async function readRegistryAt(cwd, registryDir, sha, head, 
/** `gitTopLevel(cwd)`, when the caller has asked it already. */
topLevel = gitTopLevel(cwd)) {
    const top = await topLevel;
    if (!top)
        return { ok: false, reason: 'not-git' };
    if (!(await haveCommit(cwd, sha)))
        return { ok: false, reason: 'not-found' };
    try {
        const prefix = external_node_path_.relative(top, external_node_path_.resolve(cwd, registryDir)).split(external_node_path_.sep).join('/');
        if (prefix.startsWith('..'))
            return { ok: false, reason: 'failed', detail: `${registryDir} is outside the repository` };
        if (prefix && !(await gitOk(top, ['cat-file', '-e', `${sha}:${prefix}`])))
            return { ok: true, sources: [], changed: 0 };
        const scope = ['--', prefix || '.'];
        // --raw gives each side's mode: a link in the base is reported as one, its target never read as content.
        const [diff, untracked] = await Promise.all([
            gitBytes(top, [
                '-c',
                'core.quotePath=false',
                'diff',
                '--no-ext-diff',
                '--no-renames',
                '--raw',
                '-z',
                sha,
                ...scope,
            ]),
            gitBytes(top, ['ls-files', '--others', '-z', ...scope]),
        ]);
        // Paths as readRegistryFiles gives them (relative to cwd, which is nearly always the top).
        const here = external_node_path_.relative(top, external_node_path_.resolve(cwd)).split(external_node_path_.sep).join('/');
        const fileOf = (repoPath) => here === ''
            ? repoPath
            : repoPath.startsWith(`${here}/`)
                ? repoPath.slice(here.length + 1)
                : external_node_path_.relative(cwd, external_node_path_.join(top, repoPath)).split(external_node_path_.sep).join('/');
        const { notInBase, fromGit, refused } = changedFiles(splitZ(diff), prefix, fileOf);
        for (const repoPath of splitZ(untracked))
            if (repoPath.length)
                notInBase.add(fileOf((0,safe_read/* displayName */.QC)(repoPath)));
        const sources = head.filter((s) => !notInBase.has(s.file));
        const kept = sources.length;
        const blobs = await readBlobs(top, fromGit.map((f) => `${sha}:${f.repoPath.toString('utf8')}`));
        fromGit.forEach((f, i) => {
            const bytes = blobs[i];
            if (bytes)
                sources.push({ file: f.file, rel: f.rel, bytes });
        });
        sources.push(...refused);
        return { ok: true, sources, changed: fromGit.length + refused.length + (head.length - kept) };
    }
    catch (error) {
        return {
            ok: false,
            reason: 'failed',
            detail: error instanceof Error ? error.message.split('\n')[0] : String(error),
        };
    }
}
/** Whether the commit is here, fetching it once when a shallow checkout lacks it and there is a remote. */
async function haveCommit(cwd, sha) {
    if (await gitOk(cwd, ['cat-file', '-e', `${sha}^{commit}`]))
        return true;
    // A shallow checkout lacks the base; one fetch of that commit is all it takes, when there is a remote.
    const remotes = await git(cwd, ['remote']).catch(() => '');
    if (remotes.split('\n').includes('origin')) {
        await gitOk(cwd, ['fetch', '--no-tags', '--no-recurse-submodules', '--depth=1', 'origin', sha], 120_000);
    }
    return gitOk(cwd, ['cat-file', '-e', `${sha}^{commit}`]);
}
/**
 * The files `git diff --raw -z` reports (fields: status line, path): all of them are not as in the base; those
 * the base has are to be read from it, except links, gitlinks and names that are not UTF-8, which are refused.
 */
function changedFiles(fields, prefix, fileOf) {
    const notInBase = new Set();
    const fromGit = [];
    const refused = [];
    for (let i = 0; i + 1 < fields.length; i += 2) {
        // ":<base mode> <tree mode> <base id> <tree id> <status>"
        const [baseMode = '', , , , status = ''] = fields[i].toString('latin1').slice(1).split(' ');
        const pathBytes = fields[i + 1];
        const repoPath = (0,safe_read/* displayName */.QC)(pathBytes);
        const file = fileOf(repoPath);
        notInBase.add(file);
        if (status.startsWith('A'))
            continue;
        const rel = prefix ? repoPath.slice(prefix.length + 1) : repoPath;
        const parts = rel.split('/');
        if (parts.slice(0, -1).some((part) => SKIPPED.test(part)))
            continue;
        if (baseMode === LINK_MODE || baseMode === GITLINK_MODE) {
            refused.push({
                file,
                rel,
                bytes: new Uint8Array(),
                refused: baseMode === LINK_MODE ? 'symlink' : 'special',
            });
            continue;
        }
        if (repoPath !== pathBytes.toString('utf8') || pathBytes.includes(0x0a)) {
            // Not UTF-8 (or a line break, which cat-file --batch cannot take): reported by name, not read.
            refused.push({ file, rel, bytes: new Uint8Array(), refused: 'name' });
            continue;
        }
        fromGit.push({ repoPath: pathBytes, file, rel });
    }
    return { notInBase, fromGit, refused };
}
/** Many blobs through one `git cat-file --batch`, in the order asked; undefined for one that is not there. */
function readBlobs(cwd, specs) {
    if (specs.length === 0)
        return Promise.resolve([]);
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_.spawn)('git', ['cat-file', '--batch'], { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
        const chunks = [];
        let stderr = '';
        child.stdout.on('data', (c) => chunks.push(c));
        child.stderr.on('data', (c) => {
            stderr += c.toString();
        });
        child.on('error', reject);
        child.on('close', (code) => {
            if (code !== 0)
                return reject(new Error(`git cat-file exited with ${code}: ${stderr.trim()}`));
            const all = Buffer.concat(chunks);
            const out = [];
            let at = 0;
            while (at < all.length && out.length < specs.length) {
                const nl = all.indexOf(0x0a, at);
                if (nl === -1)
                    break;
                const header = all.subarray(at, nl).toString('utf8');
                at = nl + 1;
                // "<id> <type> <size>", or "<spec> missing" / "<spec> ambiguous".
                const m = / (blob|tree|commit|tag) (\d+)$/.exec(header);
                if (!m) {
                    out.push(undefined);
                    continue;
                }
                const n = Number(m[2]);
                out.push(m[1] === 'blob' ? new Uint8Array(all.subarray(at, at + n)) : undefined);
                at += n + 1;
            }
            resolve(out);
        });
        child.stdin.end(`${specs.join('\n')}\n`);
    });
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
;// CONCATENATED MODULE: ./build/action/parse-cache.js
// Parsed register files kept between runs (the `cache-dir` input, restored and saved by actions/cache): at
// region scale parsing the head is most of a run, and a pull request changes a handful of files. An entry is
// found by what decides the parse — the file's kind and its bytes — so a renamed or edited file is simply
// parsed again; the whole cache is keyed by lisa's bundle (its version and code), so a new lisa never reads
// an old one. Only what the worker threads send back is kept (clean files: data JSON carries whole, no
// finding), and an entry that does not read back as such is ignored: the file is parsed as if never cached.








/** The file the cache is; a cache bigger than this is not read (a registry's parse is far smaller). */
const CACHE_FILE = 'lisa-parsed.ndjson';
const MAX_CACHE_BYTES = 512 * 1024 * 1024;
const HEADER = 'lisa-parse-cache';
const parse_cache_KINDS = new Set([
    'personnummer',
    'samordningsnummer',
    'fodselsnummer',
    'd-nummer',
]);
/**
 * What a cache must have been written by: lisa's version and every file of its bundle (the parser, the
 * schemas and the identity scan are all in it), so any change to the code starts from an empty cache.
 */
function cacheVersion(bundle) {
    const dir = external_node_path_.dirname((0,external_node_url_.fileURLToPath)(bundle));
    const parts = [VERSION];
    for (const name of (0,external_node_fs_.readdirSync)(dir)
        .filter((n) => n.endsWith('.js'))
        .sort())
        parts.push(name, (0,external_node_fs_.readFileSync)(external_node_path_.join(dir, name)));
    return (0,external_node_crypto_.hash)('sha256', Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(`${p}\0`) : p))), 'base64url');
}
/** The kind decides the schema a file is checked against; the bytes decide the rest. */
function keyOf(source) {
    const place = (0,lib_registry/* classify */.L8)(source.rel);
    return place
        ? `${place.kind}:${source.bytes.length}:${(0,external_node_crypto_.hash)('sha1', source.bytes, 'base64url')}`
        : undefined;
}
function positive(n) {
    return typeof n === 'number' && Number.isInteger(n) && n >= 1;
}
/** The identity numbers an entry says its text holds, rebuilt from known fields only; undefined if malformed. */
function readHits(value) {
    if (!Array.isArray(value))
        return undefined;
    const hits = [];
    for (const h of value) {
        const p = h?.position;
        const kind = h?.kind;
        if (typeof kind !== 'string' || !parse_cache_KINDS.has(kind) || !p || !positive(p.line) || !positive(p.column))
            return undefined;
        const position = { line: p.line, column: p.column };
        if (p.endLine !== undefined || p.endColumn !== undefined) {
            if (!positive(p.endLine) || !positive(p.endColumn))
                return undefined;
            position.endLine = p.endLine;
            position.endColumn = p.endColumn;
        }
        hits.push({ kind: kind, position });
    }
    return hits;
}
/**
 * One run's view of the cache: `take` the parse of a file read, `put` what the workers parsed, `save` the
 * entries this run's head used (so the cache holds one registry's files, never more).
 */
class ParseCache {
    dir;
    version;
    lines;
    keys = new Map();
    kept = new Map();
    changed = false;
    constructor(dir, version, lines) {
        this.dir = dir;
        this.version = version;
        this.lines = lines;
    }
    /** The cache in `dir`; empty when there is none, or it is from another lisa, too large or unreadable. */
    static load(dir, version) {
        const lines = new Map();
        let text = '';
        try {
            const fd = (0,external_node_fs_.openSync)(external_node_path_.join(dir, CACHE_FILE), 'r');
            try {
                if ((0,external_node_fs_.fstatSync)(fd).isFile() && (0,external_node_fs_.fstatSync)(fd).size <= MAX_CACHE_BYTES)
                    text = (0,external_node_fs_.readFileSync)(fd, 'utf8');
            }
            finally {
                (0,external_node_fs_.closeSync)(fd);
            }
        }
        catch {
            // No cache yet, or not one to read: every file is parsed.
        }
        const all = text.split('\n');
        if (all[0] === `${HEADER} ${version}`)
            for (let i = 1; i < all.length; i++) {
                const line = all[i];
                const tab = line.indexOf('\t');
                if (tab > 0)
                    lines.set(line.slice(0, tab), line);
            }
        return new ParseCache(dir, version, lines);
    }
    get size() {
        return this.lines.size;
    }
    /** The file's parse, as the workers would have sent it, if the cache holds a sound entry for its bytes. */
    take(source) {
        const key = this.key(source);
        const line = key === undefined ? undefined : this.lines.get(key);
        if (key === undefined || line === undefined)
            return undefined;
        let entry;
        try {
            entry = JSON.parse(line.slice(key.length + 1));
        }
        catch {
            return undefined;
        }
        if (typeof entry !== 'object' || entry === null || entry.d === undefined)
            return undefined;
        const hits = entry.h === null ? null : readHits(entry.h);
        if (hits === undefined)
            return undefined;
        const parsed = { file: source.file, text: (0,parse/* textOf */.b6)(source.bytes), data: entry.d, findings: [] };
        if (hits)
            (0,rules_identity/* primeIdentityHits */.UJ)(parsed, hits);
        this.kept.set(key, line);
        return parsed;
    }
    /** What a worker sent back for the file: its data as JSON, its identity numbers as JSON ('' none, null unknown). */
    put(source, json, hits) {
        const key = this.key(source);
        if (key === undefined)
            return;
        this.kept.set(key, `${key}\t{"d":${json},"h":${hits === null ? 'null' : hits === '' ? '[]' : hits}}`);
        this.changed = true;
    }
    /** Writes the entries this run used, when they differ from what was read; never throws. */
    save() {
        if (!this.changed && this.kept.size === this.lines.size)
            return false;
        try {
            (0,external_node_fs_.mkdirSync)(this.dir, { recursive: true, mode: 0o700 });
            const body = `${HEADER} ${this.version}\n${[...this.kept.values()].join('\n')}\n`;
            if (body.length > MAX_CACHE_BYTES)
                return false;
            // Written whole, then renamed: a run cancelled midway leaves the last cache, not half of one.
            const temp = external_node_path_.join(this.dir, `${CACHE_FILE}.${process.pid}.tmp`);
            (0,external_node_fs_.writeFileSync)(temp, body, { mode: 0o600 });
            (0,external_node_fs_.renameSync)(temp, external_node_path_.join(this.dir, CACHE_FILE));
            return true;
        }
        catch {
            return false;
        }
    }
    key(source) {
        let key = this.keys.get(source);
        if (key === undefined) {
            key = keyOf(source);
            if (key !== undefined)
                this.keys.set(source, key);
        }
        return key;
    }
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(75919);
;// CONCATENATED MODULE: ./build/action/parse-pool.js
// The head's register files parsed in worker threads (parse-worker.ts) while the main thread waits: at
// region scale parsing is most of a run, and a runner has two to four cores. What comes back is exactly what
// `parseRegister` makes on the main thread (clean files only, through JSON, which keeps them whole); every
// other file is left to the main thread, so a worker that fails costs time, never a finding.




/** Below this many files the threads' start-up (~0.1 s each) costs more than they save. */
const POOL_MIN_FILES = 2000;
/** Bytes per batch: small enough to share the work out evenly, large enough that messages are few. */
const BATCH_BYTES = 512 * 1024;
/** What `workerData` carries so that the bundle's entry knows to serve parses rather than run the action. */
const WORKER_DATA = { lisaParseWorker: true };
function defaultThreads() {
    // The main thread waits while they parse, so every core can take a thread; four are enough.
    return Math.min(4, (0,external_node_os_.availableParallelism)());
}
function pack(group, id) {
    let size = 0;
    for (const s of group)
        size += s.bytes.length;
    const bytes = new Uint8Array(size);
    const ends = [];
    let at = 0;
    for (const s of group) {
        bytes.set(s.bytes, at);
        at += s.bytes.length;
        ends.push(at);
    }
    return { id, files: group.map((s) => ({ file: s.file, rel: s.rel })), bytes, ends };
}
/** Refused and partly read files, and those that are no register, take buildRegistry's other paths. */
function parsable(s) {
    return !s.refused && s.size === undefined && (0,lib_registry/* classify */.L8)(s.rel) !== undefined;
}
/**
 * Parses register files in `threads` workers started from `script` (the bundle itself, which serves parses
 * when started with WORKER_DATA), as they are read: `add` each file, then `finish`. The workers start once
 * `minFiles` files have come, so a small registry never pays for them. `finish` resolves with the files that
 * came back, by SourceFile, and never rejects: on any trouble the main thread parses the rest.
 */
class ParsePool {
    script;
    threads;
    minFiles;
    done = new Map();
    /** Told of each file that came back, with its data and identity numbers as the worker sent them. */
    onParsed;
    pending = new Map();
    queue = [];
    idle = [];
    exits = [];
    group = [];
    groupBytes = 0;
    seen = 0;
    nextId = 0;
    started = false;
    finishing = false;
    workers = new Set();
    constructor(script, threads = defaultThreads(), minFiles = POOL_MIN_FILES) {
        this.script = script;
        this.threads = threads;
        this.minFiles = minFiles;
    }
    add(source) {
        if (!parsable(source))
            return;
        this.group.push(source);
        this.groupBytes += source.bytes.length;
        this.seen++;
        if (!this.started && this.seen >= this.minFiles && this.threads >= 1)
            this.start();
        if (this.started && this.groupBytes >= BATCH_BYTES)
            this.flush();
    }
    /** Waits for every batch sent; what was never sent (too few files, no worker) is left to the main thread. */
    async finish() {
        this.finishing = true;
        if (this.started)
            this.flush();
        for (const worker of this.idle.splice(0))
            this.dispatch(worker);
        if (this.started)
            await Promise.all(this.exits);
        return this.done;
    }
    /** Stops every worker (a run that failed midway must not be kept alive by them). */
    close() {
        this.finishing = true;
        this.queue.length = 0;
        for (const worker of this.workers)
            void worker.terminate();
    }
    start() {
        this.started = true;
        for (let i = 0; i < this.threads; i++)
            this.exits.push(this.spawn());
    }
    flush() {
        if (this.group.length === 0)
            return;
        const id = this.nextId++;
        const request = pack(this.group, id);
        this.pending.set(id, this.group);
        this.group = [];
        this.groupBytes = 0;
        this.queue.push(request);
        const worker = this.idle.pop();
        if (worker)
            this.dispatch(worker);
    }
    /** The next batch to a worker that is free; with none left and no more coming, the worker is let go. */
    dispatch(worker) {
        const request = this.queue.shift();
        if (request)
            worker.postMessage(request, [request.bytes.buffer]);
        else if (this.finishing)
            void worker.terminate();
        else
            this.idle.push(worker);
    }
    take(reply) {
        const group = this.pending.get(reply.id);
        if (!group)
            return;
        this.pending.delete(reply.id);
        group.forEach((source, i) => {
            const text = reply.texts[i];
            const json = reply.json[i];
            if (typeof text !== 'string' || typeof json !== 'string')
                return;
            // The shape parseFile gives a clean file: no findings, data as js-yaml read it.
            const parsed = { file: source.file, text, data: JSON.parse(json), findings: [] };
            const hits = reply.hits[i];
            if (typeof hits === 'string')
                (0,rules_identity/* primeIdentityHits */.UJ)(parsed, hits === '' ? [] : JSON.parse(hits));
            this.done.set(source, parsed);
            this.onParsed?.(source, json, typeof hits === 'string' ? hits : null);
        });
    }
    spawn() {
        return new Promise((resolve) => {
            let worker;
            try {
                worker = new external_node_worker_threads_.Worker(this.script, { workerData: WORKER_DATA });
            }
            catch {
                return resolve();
            }
            this.workers.add(worker);
            worker.on('message', (reply) => {
                this.take(reply);
                this.dispatch(worker);
            });
            // A worker that dies leaves its batch undone: the main thread parses those files.
            worker.on('error', () => resolve());
            worker.on('exit', () => {
                this.workers.delete(worker);
                resolve();
            });
            this.dispatch(worker);
        });
    }
}
/** All of `sources` through a pool at once (tests; the action adds files as it reads them). */
async function parseInWorkers(sources, script, threads = defaultThreads()) {
    const pool = new ParsePool(script, threads, 1);
    for (const s of sources)
        pool.add(s);
    return pool.finish();
}

;// CONCATENATED MODULE: ./build/action/head-parses.js
// The head's register files parsed as they are read: from the cache between runs (parse-cache.ts) where it
// holds a file's bytes, in worker threads (parse-pool.ts) otherwise; what the workers send back goes into
// the cache for the next run. Either way the validator takes them as its own parse of those bytes.






/**
 * The cache `cache-dir` names, read; undefined when none is asked for, the bundle's file is not known (its
 * code is the cache's version), or the folder is inside the registry, whose every file is read as its own.
 */
function openCache(workspace, inputs, bundle) {
    if (!inputs.cacheDir || !bundle)
        return undefined;
    const dir = external_node_path_.resolve(workspace, inputs.cacheDir);
    const registry = external_node_path_.resolve(workspace, inputs.registry);
    if (dir === registry || (0,safe_read/* isInside */.FK)(registry, dir)) {
        core/* warning */.$e((0,i18n.t)(inputs.locale ?? 'sv', 'action.cacheInRegistry'));
        return undefined;
    }
    try {
        return ParseCache.load(dir, cacheVersion(bundle));
    }
    catch {
        return undefined;
    }
}
class HeadParses {
    cache;
    pool;
    cached = [];
    constructor(bundle, cache) {
        this.cache = cache;
        // Worker threads when there are enough files (POOL_MIN_FILES) and more than one core.
        const threads = defaultThreads();
        this.pool = bundle && threads >= 2 ? new ParsePool(bundle, threads) : undefined;
        if (this.pool && cache)
            this.pool.onParsed = (source, json, hits) => cache.put(source, json, hits);
    }
    /** For readRegistryFiles: each file, as it is read. */
    onFile = (source) => {
        const hit = this.cache && parsable(source) ? this.cache.take(source) : undefined;
        if (hit)
            this.cached.push([source, hit]);
        else
            this.pool?.add(source);
    };
    /** Gives the validator every parse made off the main thread; says how many, or '' for none. */
    async prime(validator) {
        for (const [source, file] of this.cached)
            validator.prime(source.file, source.bytes, file);
        const parsed = this.pool ? await this.pool.finish() : new Map();
        for (const [source, file] of parsed)
            validator.prime(source.file, source.bytes, file);
        if (parsed.size === 0 && this.cached.length === 0)
            return '';
        return `${this.cached.length} from the cache, ${parsed.size} in ${defaultThreads()} threads`;
    }
    /** Writes the cache for the next run, if there is one; whether it was written. */
    save() {
        return this.cache?.save() ?? false;
    }
    /** Stops the workers (a run that failed midway must not be kept alive by them). */
    close() {
        this.pool?.close();
    }
}

;// CONCATENATED MODULE: ./build/action/inputs.js



class InputError extends Error {
}
function oneOf(name, value, allowed, locale) {
    if (allowed.includes(value))
        return value;
    throw new InputError((0,i18n.t)(locale, 'action.badInput', { input: name, value, allowed: allowed.join(', ') }));
}
/** The action's inputs, checked. `early` is the language for mistakes found before the registry is read. */
function readInputs(early = 'sv') {
    const get = (name) => core/* getInput */.V4(name).trim();
    const lang = get('locale');
    const locale = lang ? oneOf('locale', lang, ['sv', 'nb', 'en'], early) : undefined;
    const say = locale ?? early;
    const bool = (name, fallback) => {
        const v = get(name).toLowerCase();
        if (!v)
            return fallback;
        return oneOf(name, v, ['true', 'false'], say) === 'true';
    };
    const token = get('github-token');
    // The runner masks github.token itself; a personal token passed in must not show up in the log either.
    if (token)
        core/* setSecret */.Pq(token);
    const inputs = {
        registry: get('registry') || 'registry',
        output: get('output') || 'lisa-out',
        token,
        failOn: oneOf('fail-on', get('fail-on') || 'error', ['error', 'warning'], say),
        comment: bool('comment', true),
        release: bool('release', false),
    };
    const templates = get('templates');
    if (templates)
        inputs.templates = templates;
    if (locale && (0,lib_locale/* isLocale */.Zd)(locale))
        inputs.locale = locale;
    const chrome = get('chrome-path');
    if (chrome)
        inputs.chromePath = chrome;
    const author = get('comment-author');
    if (author)
        inputs.commentAuthor = author;
    const cacheDir = get('cache-dir');
    if (cacheDir)
        inputs.cacheDir = cacheDir;
    return inputs;
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
;// CONCATENATED MODULE: ./build/action/release.js
// The PDFs of a tagged version attached to that tag's release, so the board's papers for a decision are
// kept with the exact registers they came from.



async function findOrCreateRelease(github, owner, repo, tag) {
    try {
        return (await github.rest.repos.getReleaseByTag({ owner, repo, tag })).data;
    }
    catch (error) {
        if (statusOf(error) !== 404)
            throw error;
    }
    return (await github.rest.repos.createRelease({ owner, repo, tag_name: tag, name: tag })).data;
}
/** Uploads each file as a release asset, replacing an asset of the same name from an earlier run. */
async function attachToRelease(github, owner, repo, tag, files) {
    try {
        const release = await findOrCreateRelease(github, owner, repo, tag);
        const uploaded = [];
        for (const file of files) {
            const name = external_node_path_.basename(file);
            const old = release.assets?.find((a) => a.name === name);
            if (old)
                await github.rest.repos.deleteReleaseAsset({ owner, repo, asset_id: old.id });
            const data = await (0,promises_.readFile)(file);
            // Uploads go to upload_url (another host on github.com); it is a URI template ending in {?name,label}.
            await github.request({
                method: 'POST',
                url: release.upload_url,
                name,
                data,
                headers: { 'content-type': 'application/pdf', 'content-length': data.byteLength },
            });
            uploaded.push(name);
        }
        return { ok: true, url: release.html_url, uploaded };
    }
    catch (error) {
        const status = statusOf(error);
        return { ok: false, detail: describeError(error), ...(status ? { status } : {}) };
    }
}

;// CONCATENATED MODULE: ./build/action/run.js
// The action: validate the registry; on a pull request compare it with the base and tell reviewers what the
// change means (annotations, check run, one sticky comment, job summary); on a trusted push make the board
// documents. Everything the user reads is in the registry's language.























const started = performance.now();
/**
 * Where the time goes, in the debug log (ACTIONS_STEP_DEBUG): wall time since the start, and the CPU time of
 * the whole process (every thread) so far, which a busy runner inflates less.
 */
function lap(what) {
    const cpu = process.cpuUsage();
    core/* debug */.Yz(`lisa timing: ${what} at ${(performance.now() - started).toFixed(0)} ms`);
    core/* debug */.Yz(`lisa cpu: ${what} at ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms`);
}
/** The check run's name in the PR's checks list; a registry other than `registry/` is named in it. */
function checkName(registry) {
    const dir = registry.replace(/\\/g, '/').replace(/^\.\/|\/+$/g, '');
    return dir === 'registry' || dir === '' ? 'lisa' : `lisa (${dir})`;
}
function failing(inputs, errors, warnings) {
    return errors > 0 || (inputs.failOn === 'warning' && warnings > 0);
}
function conclusion(inputs, errors, warnings) {
    if (failing(inputs, errors, warnings))
        return 'failure';
    return warnings > 0 ? 'neutral' : 'success';
}
async function writeSummary(markdown, locale) {
    if (!process.env.GITHUB_STEP_SUMMARY) {
        core/* info */.pq((0,i18n.t)(locale, 'action.noSummary'));
        return;
    }
    await core/* summary */.z.addRaw(markdown, true).write();
}
function github(run) {
    return run.inputs.token ? createGitHub(run.inputs.token, run.context.apiUrl) : undefined;
}
function forbidden(status) {
    return status === 401 || status === 403 || status === 404;
}
async function pullRequest(run) {
    const { context, inputs, head, locale, notes } = run;
    const pr = context.pullRequest;
    const client = github(run);
    const issueNumber = client && inputs.comment && pr && Number.isInteger(pr.number) ? pr.number : undefined;
    // The comment's lookup (reads) goes out now and is answered while the base is validated; the writes
    // stay one after the other, the comment after the check run whose failure it may have to mention.
    const lookup = client && issueNumber !== undefined
        ? lookUpComment(client, { owner: context.owner, repo: context.repo, issueNumber }, commentMarker(inputs.registry), commentAuthor(client, inputs.token, inputs.commentAuthor))
        : undefined;
    const { base, baseMissing } = await baseOf(run);
    // Asked only of the entries the findings name (restricted in the head or in the base).
    const restricted = restrictedLookup(base ? [head.registry, base.registry] : [head.registry]);
    const short = (sha) => (sha ? sha.slice(0, 7) : undefined);
    const headSha = pr?.headSha || context.sha;
    const report = {
        locale,
        findings: head.findings,
        files: head.registry.files.length,
        failOn: inputs.failOn,
        version: VERSION,
        restricted,
        link: (file, line) => context.owner && headSha
            ? `${context.serverUrl}/${context.owner}/${context.repo}/blob/${headSha}/${encodeUrlPath(run.repoPath(file))}#L${line}`
            : undefined,
        ...(base ? { delta: findingsDelta(base.findings, head.findings), diff: base.diff } : {}),
        ...(baseMissing ? { baseMissing } : {}),
        ...(base && pr?.baseSha ? { base: short(pr.baseSha), head: short(headSha) } : {}),
    };
    const why = pr?.fromFork ? (0,i18n.t)(locale, 'action.whyFork') : (0,i18n.t)(locale, 'action.whyPermissions');
    if (client && headSha)
        await publishCheck(run, client, report, headSha, why);
    if (client && lookup && issueNumber !== undefined)
        await publishComment(run, client, { ...report, notes }, { issueNumber, lookup }, why);
    await writeSummary(formatMarkdown({ ...report, notes }, { maxLength: 1_000_000 }), locale);
}
/** The registry at the pull request's base, validated and diffed against the head; or why there is none. */
async function baseOf(run) {
    const { context, inputs, head, locale, today, notes } = run;
    const pr = context.pullRequest;
    let base;
    let baseMissing;
    if (!pr?.baseSha)
        baseMissing = (0,i18n.t)(locale, 'action.baseUnknown');
    else {
        const read = await (run.baseRead ??
            readRegistryAt(context.workspace, inputs.registry, pr.baseSha, run.headSources));
        lap('base read');
        if (!read.ok) {
            baseMissing =
                read.reason === 'not-git'
                    ? (0,i18n.t)(locale, 'action.baseNotGit')
                    : read.reason === 'not-found'
                        ? (0,i18n.t)(locale, 'action.baseNotFound', { sha: pr.baseSha.slice(0, 7) })
                        : (0,i18n.t)(locale, 'action.baseFailed', { detail: read.detail ?? '' });
            core/* warning */.$e(baseMissing);
        }
        else {
            const known = (0,model/* documentIds */.UQ)(head.registry);
            if (read.sources.length === 0) {
                notes.push((0,i18n.t)(locale, 'action.baseNoRegistry', { dir: inputs.registry }));
                const empty = (0,lib_registry/* buildRegistry */.Mb)(inputs.registry, [], locale);
                base = {
                    findings: [],
                    diff: diffRegistries(empty, head.registry, { locale, today, documentIds: known }),
                    registry: empty,
                };
            }
            else {
                const headByFile = new Map(run.headSources.map((s) => [s.file, s]));
                const inBase = new Set(read.sources.map((s) => s.file));
                const result = run.validator.update(read.sources.filter((s) => headByFile.get(s.file) !== s), run.headSources.filter((s) => !inBase.has(s.file)).map((s) => s.file));
                lap('base validated');
                base = {
                    findings: result.findings,
                    diff: diffRegistries(result.registry, head.registry, { locale, today, documentIds: known }),
                    registry: result.registry,
                };
            }
            lap('diff');
        }
    }
    return { ...(base ? { base } : {}), ...(baseMissing ? { baseMissing } : {}) };
}
/** The check run with the findings as annotations; a note when the token may not create it. */
async function publishCheck(run, client, report, headSha, why) {
    const { context, inputs, head, locale, notes } = run;
    const check = await publishCheckRun(client, {
        owner: context.owner,
        repo: context.repo,
        headSha,
        name: checkName(inputs.registry),
        title: head.findings.length
            ? (0,i18n.t)(locale, 'action.checkTitle', { errors: head.errors, warnings: head.warnings })
            : (0,i18n.t)(locale, 'action.checkTitleClean'),
        summary: formatMarkdown(report),
        conclusion: conclusion(inputs, head.errors, head.warnings),
        findings: head.findings,
        repoPath: run.repoPath,
        locale,
    });
    lap('check run');
    if (check.ok)
        core/* info */.pq((0,i18n.t)(locale, 'action.checkCreated', {
            name: checkName(inputs.registry),
            n: check.annotated,
            url: check.url ?? check.id,
        }));
    else {
        const note = forbidden(check.status)
            ? (0,i18n.t)(locale, 'action.checkForbidden', { n: head.findings.length, status: check.detail, why })
            : (0,i18n.t)(locale, 'action.checkFailed', { detail: check.detail });
        notes.push(note);
        core/* warning */.$e(note);
    }
}
/** The one PR comment lisa keeps up to date; a note when the token may not write it. */
async function publishComment(run, client, report, { issueNumber, lookup }, why) {
    const { context, inputs, locale, notes } = run;
    const body = formatMarkdown(report, { marker: commentMarker(inputs.registry) });
    const target = { owner: context.owner, repo: context.repo, issueNumber };
    const result = await upsertComment(client, target, body, lookup);
    lap('comment');
    if (result.ok)
        core/* info */.pq((0,i18n.t)(locale, result.action === 'created' ? 'action.commentCreated' : 'action.commentUpdated', {
            url: result.url,
        }));
    else {
        const note = forbidden(result.status)
            ? (0,i18n.t)(locale, 'action.commentForbidden', { status: result.detail, why })
            : (0,i18n.t)(locale, 'action.commentFailed', { detail: result.detail });
        notes.push(note);
        core/* warning */.$e(note);
    }
}
async function push(run) {
    const { context, inputs, head, locale, today, notes } = run;
    const written = [];
    const documents = [];
    const pdfs = [];
    if (!shouldRender(context)) {
        core/* info */.pq((0,i18n.t)(locale, 'action.notRendering', { event: context.eventName || '?' }));
    }
    else if (head.errors > 0) {
        notes.push((0,i18n.t)(locale, 'action.renderSkippedErrors'));
        core/* warning */.$e((0,i18n.t)(locale, 'action.renderSkippedErrors'));
    }
    else {
        const date = await commitDate(context.workspace, context.sha);
        try {
            const { renderAll } = await __webpack_require__.e(/* import() */ 751).then(__webpack_require__.bind(__webpack_require__, 51751));
            const rendered = await renderAll({
                registry: head.registry,
                workspace: context.workspace,
                outDir: inputs.output,
                locale,
                today,
                ...(inputs.templates ? { templatesDir: inputs.templates } : {}),
                ...(context.sha && date ? { commit: { sha: context.sha, date } } : {}),
                ...(inputs.chromePath ? { chromePath: inputs.chromePath } : {}),
            });
            for (const p of rendered.problems) {
                notes.push(p);
                core/* warning */.$e(p);
            }
            for (const d of rendered.documents) {
                documents.push({ id: d.id, title: d.title, files: d.files });
                written.push(...d.files);
                if (d.pdf)
                    pdfs.push(d.pdf);
            }
            core/* info */.pq((0,i18n.t)(locale, 'action.rendered', { n: rendered.documents.length, dir: inputs.output }));
        }
        catch (error) {
            const note = (0,i18n.t)(locale, 'action.renderFailed', {
                detail: error instanceof Error ? error.message.split('\n')[0] : String(error),
            });
            notes.push(note);
            core/* error */.z3(note);
            core/* setFailed */.C1(note);
        }
    }
    const tag = tagOf(context);
    if (tag && inputs.release && shouldRender(context) && head.errors === 0) {
        const client = github(run);
        if (pdfs.length === 0)
            notes.push((0,i18n.t)(locale, 'action.releaseNoPdf'));
        else if (client) {
            const result = await attachToRelease(client, context.owner, context.repo, tag, pdfs);
            if (result.ok)
                core/* info */.pq((0,i18n.t)(locale, 'action.releaseUploaded', { n: result.uploaded.length, tag, url: result.url }));
            else {
                const note = (0,i18n.t)(locale, 'action.releaseFailed', { tag, detail: result.detail });
                notes.push(note);
                core/* warning */.$e(note);
            }
        }
    }
    await writeSummary(formatMarkdown({
        locale,
        findings: head.findings,
        files: head.registry.files.length,
        failOn: inputs.failOn,
        version: VERSION,
        notes,
        restricted: restrictedLookup([head.registry]),
        ...(shouldRender(context) ? { documents } : {}),
    }, { maxLength: 1_000_000 }), locale);
    return written;
}
async function run(env = process.env, options = {}) {
    const context = readContext(env);
    let locale = 'sv';
    let parses;
    try {
        const inputs = readInputs(locale);
        // Asked before the registry is read: git starts sooner, and a process forks faster from a small heap.
        const topLevel = gitTopLevel(context.workspace);
        const cache = openCache(context.workspace, inputs, options.workerScript);
        if (cache)
            lap(`cache read (${cache.size} files)`);
        parses = new HeadParses(options.workerScript, cache);
        const headSources = await readRegistryFiles(inputs.registry, context.workspace, parses.onFile);
        lap('head read');
        // The date rules and documents are as of: today where the organisation is.
        const today = (0,facts_today/* organisationToday */.CE)((0,facts_today/* organisationOf */.gu)(headSources), new Date());
        // Findings are data: base and head are validated once each and compared by identity (findingKey), then
        // told in the head's language.
        const validator = new Validator(inputs.registry, {
            today,
            locale: inputs.locale ?? (0,lib_registry/* registryLocale */.yC)(headSources),
        });
        const baseSha = isPullRequestEvent(context) ? context.pullRequest?.baseSha : undefined;
        const baseRead = baseSha
            ? readRegistryAt(context.workspace, inputs.registry, baseSha, headSources, topLevel).catch((error) => ({ ok: false, reason: 'failed', detail: String(error).split('\n')[0] }))
            : undefined;
        const primed = await parses.prime(validator);
        if (primed)
            lap(`head parsed (${primed})`);
        const head = validator.validate(headSources);
        locale = head.registry.locale;
        lap('head validated');
        const top = (await topLevel) ?? context.workspace;
        const repoPath = (file) => external_node_path_.relative(top, external_node_path_.resolve(context.workspace, file)).split(external_node_path_.sep).join('/');
        const files = head.registry.files.length;
        core/* startGroup */.Oh((0,i18n.t)(locale, 'action.findings', { errors: head.errors, warnings: head.warnings, files }));
        // The text report holds user text; printed raw, a key like "x\n::add-mask::…" would be a command.
        core/* info */.pq(neutraliseCommands(formatText(head.findings, { locale, files, color: true }).trimEnd()));
        core/* endGroup */.N4();
        annotateWithCommands(head.findings, repoPath, locale);
        const current = {
            context,
            inputs,
            head,
            headSources,
            ...(baseRead ? { baseRead } : {}),
            validator,
            locale,
            today,
            repoPath,
            notes: [],
        };
        let written = [];
        if (isPullRequestEvent(context))
            await pullRequest(current);
        else
            written = await push(current);
        lap('reported');
        if (parses.save())
            lap('cache written');
        core/* setOutput */.uH('errors', head.errors);
        core/* setOutput */.uH('warnings', head.warnings);
        core/* setOutput */.uH('documents', written.join('\n'));
        core/* setOutput */.uH('output-dir', inputs.output);
        if (head.errors > 0)
            core/* setFailed */.C1((0,i18n.t)(locale, 'action.failErrors', { errors: head.errors }));
        else if (failing(inputs, head.errors, head.warnings))
            core/* setFailed */.C1((0,i18n.t)(locale, 'action.failWarnings', { warnings: head.warnings }));
    }
    catch (error) {
        if (error instanceof InputError)
            core/* setFailed */.C1(error.message);
        else if (error instanceof RegistryNotFound)
            core/* setFailed */.C1((0,i18n.t)(locale, 'action.noRegistry', { dir: error.dir, workspace: context.workspace }));
        else {
            core/* setFailed */.C1((0,i18n.t)(locale, 'action.internal', {
                detail: error instanceof Error ? error.message.split('\n')[0] : String(error),
            }));
            if (core/* isDebug */._o() && error instanceof Error && error.stack)
                core/* debug */.Yz(error.stack);
        }
    }
    finally {
        parses?.close();
    }
}


/***/ }),

/***/ 15089:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X9: () => (/* binding */ auditProcess),
/* harmony export */   cs: () => (/* binding */ statusOn),
/* harmony export */   d$: () => (/* binding */ isDecided),
/* harmony export */   dt: () => (/* binding */ decisionDate),
/* harmony export */   gH: () => (/* binding */ currentStatus),
/* harmony export */   nT: () => (/* binding */ isOpen),
/* harmony export */   pw: () => (/* binding */ statusHistory)
/* harmony export */ });
/* unused harmony export organisationCountry */
/** The action's status now: an action is planned until the file says otherwise. */
function currentStatus(action) {
    return action.status ?? 'planned';
}
/** The dated status changes, oldest first; a `done` date counts as one (files written before `history`). */
function statusHistory(action) {
    const entries = [...(action.history ?? [])];
    if (action.done && currentStatus(action) === 'done' && !entries.some((e) => e.status === 'done'))
        entries.push({ date: action.done, status: 'done' });
    return entries.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
/**
 * The action's status at the end of `date`. A change the history does not date is taken to have come after
 * any day asked about: a decided answer keeps showing what the board committed to, and the rule
 * action-history-missing asks for the date.
 */
function statusOn(action, date) {
    let status = 'planned';
    for (const e of statusHistory(action))
        if (e.date <= date)
            status = e.status;
    return status;
}
/** Open: planned or under way. */
function isOpen(status) {
    return status === 'planned' || status === 'in-progress';
}
/** The day an answer was decided (its own date, else the meeting's), if the file says it. */
function decisionDate(decision) {
    return decision?.date ?? decision?.meetingDate;
}
/** An answered (or closed) audit: its answers are decided, and what they say is frozen at the decision. */
function isDecided(audit) {
    return audit.status === 'answered' || audit.status === 'closed';
}
/** The organisation's country from lisa.yaml, when it says one ("NO", "no", "norway"…). */
function organisationCountry(registry) {
    const org = registry.organisation?.data;
    return typeof org?.country === 'string' ? org.country.toLowerCase() : undefined;
}
/**
 * Who orders, answers and decides: the audit says, else the country in lisa.yaml (Norway's kontrollutvalg,
 * kommunerevisjon, kommunedirektør and kommunestyre), else the Swedish process.
 */
function auditProcess(registry, audit) {
    if (audit.answer?.process)
        return audit.answer.process;
    const country = organisationCountry(registry);
    return country === 'no' || country === 'nor' || country === 'norway' || country === 'norge'
        ? 'norway'
        : 'sweden';
}


/***/ }),

/***/ 41542:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OL: () => (/* binding */ processingRegisterId),
/* harmony export */   UM: () => (/* binding */ controllers),
/* harmony export */   Wo: () => (/* binding */ controllerContacts),
/* harmony export */   nJ: () => (/* binding */ controllerIdOf),
/* harmony export */   pP: () => (/* binding */ ORGANISATION),
/* harmony export */   uL: () => (/* binding */ controllerRef)
/* harmony export */ });
/* harmony import */ var _country_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(81078);
/* harmony import */ var _facts_boards_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(84311);


// Who is the controller of a processing activity. Where each board is its own controller (Sweden) an activity
// names its board; where the organisation itself is the controller (Norway) it names none, and the register is
// kept once, for the organisation. The organisation is the empty id: no board can have it, and it never reaches
// a file name (its register is `processing-register`).
const ORGANISATION = '';
function controllerIdOf(p) {
    return p.controller ?? ORGANISATION;
}
function controllerRef(registry, id) {
    const org = registry.organisation?.data;
    if (!id)
        return { id: ORGANISATION, name: org?.name ?? '', organisation: true };
    return { id, name: (0,_facts_boards_js__WEBPACK_IMPORTED_MODULE_1__/* .boardName */ .e)(registry, id), organisation: false };
}
/** The controllers that keep a register of processing activities: marked as such, or named by an activity. */
function controllers(registry, activities) {
    const named = new Set(activities.map(controllerIdOf));
    const out = [];
    if (named.delete(ORGANISATION) || (0,_country_js__WEBPACK_IMPORTED_MODULE_0__/* .profileOf */ .dp)(registry.organisation?.data).controllerModel === 'organisation')
        out.push(controllerRef(registry, ORGANISATION));
    for (const b of registry.organisation?.data.boards ?? []) {
        if (b.controller === true || named.has(b.id)) {
            out.push({ id: b.id, name: b.name, organisation: false });
            named.delete(b.id);
        }
    }
    for (const id of named)
        out.push(controllerRef(registry, id));
    return out;
}
/** Contact details of a controller for Art. 30(1)(a): the board's, or the organisation's own. */
function controllerContacts(registry, id) {
    const org = registry.organisation?.data;
    if (id === ORGANISATION) {
        const c = org?.controller;
        return {
            ...(c?.contact ? { contact: c.contact } : {}),
            ...(c?.dpo ? { dpo: c.dpo } : {}),
            ...(c?.delegatedTo ? { delegatedTo: c.delegatedTo } : {}),
        };
    }
    const b = org?.boards?.find((x) => x.id === id);
    return {
        ...(b?.contact ? { contact: b.contact } : {}),
        ...(b?.dpo ? { dpo: b.dpo } : {}),
        ...(b?.chair ? { chair: b.chair } : {}),
    };
}
/** The id of a controller's register document. */
function processingRegisterId(ref) {
    return ref.id === ORGANISATION ? 'processing-register' : `processing-register-${ref.id}`;
}


/***/ }),

/***/ 81078:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dp: () => (/* binding */ profileOf)
/* harmony export */ });
/* unused harmony exports COUNTRIES, PROFILES, isCountry, countryOf, timeZoneOf */
/* harmony import */ var _i18n_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(13374);

// What differs between a Swedish and a Norwegian public body is configuration, not a fork: lisa.yaml says the
// country (`country: se | no`, Swedish when absent, so existing registries keep their meaning) and everything
// that follows from it is read from here: who is the controller of personal data, the names of the laws and
// the authority, the default time zone and holidays.
const COUNTRIES = ['se', 'no'];
const PROFILES = {
    se: {
        country: 'se',
        iso: 'SE',
        controllerModel: 'board',
        timeZone: 'Europe/Stockholm',
        names: {
            authority: (0,_i18n_index_js__WEBPACK_IMPORTED_MODULE_0__/* .localized */ .cc)('country.se.authority'),
        },
    },
    no: {
        country: 'no',
        iso: 'NO',
        controllerModel: 'organisation',
        timeZone: 'Europe/Oslo',
        names: {
            authority: (0,_i18n_index_js__WEBPACK_IMPORTED_MODULE_0__/* .localized */ .cc)('country.no.authority'),
        },
    },
};
function isCountry(value) {
    return typeof value === 'string' && COUNTRIES.includes(value);
}
/**
 * The country a registry's lisa.yaml says; Swedish when it says none (every registry before the field). "NO" is
 * read as no: the schema reports the spelling, and the rules should not pile a wrong controller model on top.
 */
function countryOf(org) {
    const c = typeof org?.country === 'string' ? org.country.trim().toLowerCase() : undefined;
    return isCountry(c) ? c : 'se';
}
function profileOf(org) {
    return PROFILES[countryOf(org)];
}
/** The time zone a registry runs in: its own, else its country's. */
function timeZoneOf(org) {
    return org?.timezone || profileOf(org).timeZone;
}


/***/ }),

/***/ 2957:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AT: () => (/* binding */ classificationsInForce),
/* harmony export */   B9: () => (/* binding */ instantOf),
/* harmony export */   Ez: () => (/* binding */ isRestricted),
/* harmony export */   G_: () => (/* binding */ assetsBySystem),
/* harmony export */   PS: () => (/* binding */ addMonths),
/* harmony export */   WZ: () => (/* binding */ notificationDeadline),
/* harmony export */   bq: () => (/* binding */ requiredProtection),
/* harmony export */   h8: () => (/* binding */ registryTimeZone),
/* harmony export */   lI: () => (/* binding */ classificationReviewDue),
/* harmony export */   t7: () => (/* binding */ requiredProtectionBySystem)
/* harmony export */ });
/* unused harmony export NOTIFICATION_WINDOW_MS */
/* harmony import */ var _facts_today_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(78409);
/* harmony import */ var _memo_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(75012);
/* harmony import */ var _remind_local_time_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(93525);
/* harmony import */ var _transfers_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(39832);



// Facts that follow from the registers, computed once and shared by rules, documents, answers and reminders.
// Derived facts are asked for by several rules in one run: each is computed once for the entity maps it reads
// (lib/memo.ts), so a patched registry shares those of the kinds its change did not touch.
/** The classification in force for each asset: its most recent by date (ties: the later file). */
const classificationsInForce = (0,_memo_js__WEBPACK_IMPORTED_MODULE_2__/* .memoOnMaps */ .p)((registry) => [registry.entities.classification], (registry) => {
    const out = new Map();
    for (const c of registry.entities.classification.values()) {
        if (!c.valid)
            continue;
        const current = out.get(c.data.asset);
        if (!current || c.data.date >= current.data.date)
            out.set(c.data.asset, c);
    }
    return out;
});
/** The assets each system handles, from the assets' `systems` lists. */
const assetsBySystem = (0,_memo_js__WEBPACK_IMPORTED_MODULE_2__/* .memoOnMaps */ .p)((registry) => [registry.entities.asset], (registry) => {
    const out = new Map();
    for (const a of registry.entities.asset.values()) {
        if (!a.valid)
            continue;
        for (const s of a.data.systems ?? []) {
            let list = out.get(s);
            if (!list) {
                list = [];
                out.set(s, list);
            }
            list.push(a);
        }
    }
    return out;
});
/** For every system, per aspect, the highest level among the information it handles, and which asset sets it. */
const requiredProtectionBySystem = (0,_memo_js__WEBPACK_IMPORTED_MODULE_2__/* .memoOnMaps */ .p)((registry) => [registry.entities.asset, registry.entities.classification], (registry) => {
    const out = new Map();
    const inForce = classificationsInForce(registry);
    for (const asset of registry.entities.asset.values()) {
        if (!asset.valid || !asset.data.systems)
            continue;
        const classification = inForce.get(asset.id);
        if (!classification)
            continue;
        const levels = classification.data.levels;
        for (const systemId of asset.data.systems) {
            let required = out.get(systemId);
            if (!required) {
                required = new Map();
                out.set(systemId, required);
            }
            for (const aspect in levels) {
                const level = levels[aspect]?.level;
                if (level === undefined)
                    continue;
                const current = required.get(aspect);
                if (!current || level > current.level)
                    required.set(aspect, { level, asset, classification });
            }
        }
    }
    return out;
});
/** Per aspect, the highest level among the information a system handles, and which asset sets it. */
function requiredProtection(systemId, assets, inForce) {
    const out = new Map();
    for (const asset of assets.get(systemId) ?? []) {
        const c = inForce.get(asset.id);
        if (!c)
            continue;
        for (const [aspect, v] of Object.entries(c.data.levels)) {
            if (!v)
                continue;
            const current = out.get(aspect);
            if (!current || v.level > current.level)
                out.set(aspect, { level: v.level, asset, classification: c });
        }
    }
    return out;
}
/** Adds months to a YYYY-MM-DD date, clamping to the month's last day (2024-01-31 + 1 → 2024-02-29). */
function addMonths(date, months) {
    const [y, m, d] = date.split('-').map(Number);
    const total = y * 12 + (m - 1) + months;
    const year = Math.floor(total / 12);
    const month = (total % 12) + 1;
    const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
    return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}
/** When a classification is next due for review: its own date for that, or its date plus the interval. */
function classificationReviewDue(c, intervalMonths) {
    return c.nextReview ?? addMonths(c.date, intervalMonths);
}
// The EEA list lives with the adequacy decisions, in one place; re-exported for the callers that import it here.

/** Whether an entry's details are for authorised eyes only: marked, about protected identities, or top-secret-ish. */
function isRestricted(registry, entity, inForce = classificationsInForce(registry)) {
    const data = entity.data;
    // Protected identities can endanger lives: no flag lifts that restriction.
    if (data.restricted === true || data.protectedIdentities === true)
        return true;
    if (data.restricted === false)
        return false;
    const { confidentialityAspect, restrictedFrom } = registry.model;
    const confidentialAt = (assetId) => (inForce.get(assetId)?.data.levels[confidentialityAspect]?.level ?? -1) >= restrictedFrom;
    switch (entity.kind) {
        // An incident's account of what went wrong is for those who handle it, unless it is marked otherwise.
        case 'incident':
            return true;
        case 'asset':
            return confidentialAt(entity.id);
        case 'classification': {
            const assetId = entity.data.asset;
            const asset = registry.entities.asset.get(assetId);
            return confidentialAt(assetId) || Boolean(asset && isRestricted(registry, asset, inForce));
        }
        case 'risk': {
            // A risk about a restricted entry tells as much as the entry: it is restricted with it.
            const { object } = entity.data;
            const about = object?.system
                ? registry.entities.system.get(object.system)
                : object?.asset
                    ? registry.entities.asset.get(object.asset)
                    : undefined;
            return Boolean(about && isRestricted(registry, about, inForce));
        }
        case 'plan': {
            // An action tells what it answers: one from a restricted risk, system or incident is restricted with it.
            const source = entity.data.source;
            const from = source?.kind === 'risk'
                ? registry.entities.risk.get(source.ref)
                : source?.kind === 'classification'
                    ? registry.entities.system.get(source.ref)
                    : source?.kind === 'incident'
                        ? registry.entities.incident.get(source.ref)
                        : undefined;
            return Boolean(from && isRestricted(registry, from, inForce));
        }
        default:
            return false;
    }
}
/** The registry's time zone (see facts/today.ts), in which date-times without an offset are read. */
function registryTimeZone(registry) {
    return (0,_facts_today_js__WEBPACK_IMPORTED_MODULE_0__/* .organisationTimeZone */ .au)(registry.organisation?.data);
}
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})(:\d{2})?(Z|[+-]\d{2}:\d{2})?$/;
/** The instant of a register date-time (schema-checked): with an offset as written, else in the registry's zone. */
function instantOf(value, timeZone) {
    const [, day = '', time = '', seconds = ':00', offset] = DATE_TIME.exec(value) ?? [];
    if (offset)
        return new Date(`${day}T${time}${seconds}${offset}`);
    return new Date((0,_remind_local_time_js__WEBPACK_IMPORTED_MODULE_1__/* .localInstant */ .Ru)(day, time, timeZone).getTime() + Number(seconds.slice(1)) * 1000);
}
/** The 72 hours of GDPR Art. 33 from the discovery of a personal-data breach, in milliseconds. */
const NOTIFICATION_WINDOW_MS = 72 * 3600 * 1000;
/** When a personal-data breach must be notified at the latest: 72 hours after it was discovered. */
function notificationDeadline(incident, timeZone) {
    return new Date(instantOf(incident.discovered, timeZone).getTime() + NOTIFICATION_WINDOW_MS);
}


/***/ }),

/***/ 84311:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ boardName)
/* harmony export */ });
/** The name lisa.yaml gives board `id`, else the id itself. */
function boardName(registry, id) {
    return (registry.organisation?.data.boards ?? []).find((b) => b?.id === id)?.name ?? id;
}


/***/ }),

/***/ 27424:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ dpiaOf)
/* harmony export */ });
/**
 * IMY's list: a DPIA is needed when at least two EDPB criteria apply. Sensitive data (Art. 9 or 10) is one
 * criterion: alone it calls for a documented assessment, so `status: not-needed` with a `reference` settles it
 * and the activity does not count as needing one; without the reference it does. Protected identities are
 * sensitive data about vulnerable people, two criteria at once. Automated decisions are a criterion of their own.
 * Tolerates unvalidated data (the diff reads both sides of a change as they are).
 */
function dpiaOf(p) {
    const dpia = p.dpia && typeof p.dpia === 'object' ? p.dpia : undefined;
    const declared = Array.isArray(dpia?.criteria) ? dpia.criteria : [];
    const criteria = new Set(declared);
    if (p.automatedDecisions === true)
        criteria.add('automated-decisions');
    const special = Array.isArray(p.specialCategories) && p.specialCategories.length > 0;
    const criminal = p.criminalData === true;
    const protectedIds = p.protectedIdentities === true;
    if (special || criminal || protectedIds)
        criteria.add('sensitive-data');
    if (protectedIds)
        criteria.add('vulnerable-data-subjects');
    const sensitive = criteria.has('sensitive-data');
    const assessed = dpia?.status === 'not-needed' && Boolean(dpia.reference);
    const needed = criteria.size >= 2 || (sensitive && !assessed);
    const done = dpia?.status === 'done';
    const reasons = [];
    if (needed) {
        if (special)
            reasons.push({ code: 'special' });
        if (criminal)
            reasons.push({ code: 'criminal' });
        if (protectedIds)
            reasons.push({ code: 'protected' });
        // The count is said where the fields above do not already account for every criterion that applies.
        const accounted = protectedIds ? 2 : special || criminal ? 1 : 0;
        if (criteria.size > accounted)
            reasons.push({ code: 'criteria', n: criteria.size });
    }
    return { criteria, needed, done, missing: needed && !done, reasons };
}


/***/ }),

/***/ 54507:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   nG: () => (/* binding */ quartersEnding),
/* harmony export */   rm: () => (/* binding */ reviewQuarter)
/* harmony export */ });
/* unused harmony exports quarterOf, previousQuarter */
/* harmony import */ var date_fns_addQuarters__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(44261);
/* harmony import */ var date_fns_format__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73580);
/* harmony import */ var date_fns_getQuarter__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(21715);
/* harmony import */ var date_fns_parseISO__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1903);
// Quarters as the KPI files key them (`2026-Q3`): the quarter of a day, the one before, and the quarter a review
// looks back on. The KPI review document, the PR diff's document titles and the quarterly reminder all use these.




const KEY = /^(\d{4})-Q([1-4])$/;
function keyOf(date) {
    return `${(0,date_fns_format__WEBPACK_IMPORTED_MODULE_0__/* .format */ .GP)(date, 'yyyy')}-Q${(0,date_fns_getQuarter__WEBPACK_IMPORTED_MODULE_1__/* .getQuarter */ .F)(date)}`;
}
function firstDay(quarter) {
    const m = KEY.exec(quarter);
    if (!m)
        throw new RangeError(`not a quarter: ${quarter}`);
    return new Date(Number(m[1]), (Number(m[2]) - 1) * 3, 1);
}
/** The quarter a day (YYYY-MM-DD) falls in. */
function quarterOf(day) {
    return keyOf((0,date_fns_parseISO__WEBPACK_IMPORTED_MODULE_2__/* .parseISO */ .H)(day.slice(0, 10)));
}
function previousQuarter(quarter) {
    return keyOf((0,date_fns_addQuarters__WEBPACK_IMPORTED_MODULE_3__/* .addQuarters */ .z)(firstDay(quarter), -1));
}
/** The `count` quarters ending with `last`, oldest first. */
function quartersEnding(last, count) {
    const out = [last];
    while (out.length < count)
        out.unshift(previousQuarter(out[0]));
    return out;
}
/**
 * The quarter a review held on `day` looks back on: the last one that ended before the day's quarter began.
 * The KPI review document (as of today) and the quarterly reminder (as of the review's day) both follow it.
 */
function reviewQuarter(day) {
    return previousQuarter(quarterOf(day));
}


/***/ }),

/***/ 78409:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CE: () => (/* binding */ organisationToday),
/* harmony export */   au: () => (/* binding */ organisationTimeZone),
/* harmony export */   gu: () => (/* binding */ organisationOf)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var _country_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(81078);
/* harmony import */ var _registry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74557);
/* harmony import */ var _remind_local_time_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(93525);
// "Today" for the organisation: the calendar day where it is, in lisa.yaml's `timezone`, else its country's
// (Europe/Oslo for country: no), else Stockholm. Rules, documents, answers, reminders and the PR diff all count
// deadlines from this day; the clock itself is read by the caller (the CLI, the action, the bot) and passed in.



// From local-time.ts, not calendar.ts: validation needs no holiday data (date-holidays, ~0.1 s to load).

/** The organisation's time zone: its own when it is one the time-zone database knows, else its country's. */
function organisationTimeZone(org) {
    const o = (0,_registry_js__WEBPACK_IMPORTED_MODULE_2__/* .isPlainObject */ .Qd)(org) ? org : {};
    if (typeof o.timezone === 'string' && (0,_remind_local_time_js__WEBPACK_IMPORTED_MODULE_3__/* .isTimeZone */ .kQ)(o.timezone))
        return o.timezone;
    const zone = (0,_country_js__WEBPACK_IMPORTED_MODULE_1__/* .profileOf */ .dp)(o).timeZone;
    return (0,_remind_local_time_js__WEBPACK_IMPORTED_MODULE_3__/* .isTimeZone */ .kQ)(zone) ? zone : _remind_local_time_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_TIME_ZONE */ .lc;
}
/** The day (YYYY-MM-DD) it is at `now` where the organisation is. */
function organisationToday(org, now) {
    return (0,_remind_local_time_js__WEBPACK_IMPORTED_MODULE_3__/* .localDay */ .u7)(now, organisationTimeZone(org));
}
/**
 * lisa.yaml (or lisa.yml) as data, from a registry's files before the registry is built: what the action needs to
 * know the day before it validates. Undefined when it is missing or does not parse (validation reports that).
 */
function organisationOf(sources) {
    const file = sources.find((s) => s.rel === 'lisa.yaml') ?? sources.find((s) => s.rel === 'lisa.yml');
    if (!file)
        return undefined;
    try {
        return (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(Buffer.from(file.bytes).toString('utf8'), { maxAliasCount: 0 });
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 14983:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ keepsRegister)
/* harmony export */ });
/* unused harmony export isInitExample */
// `lisa init` writes one example of each register, marked on its first line. Some rules apply only once a
// registry keeps a register (agreements, risk analyses), so an adopter is not told about every processor or
// top-level classification at once the day they import a spreadsheet; the examples, there to show the shape
// and to be deleted, must not switch those rules on.
const MARK = /^# (?:EXEMPEL skapat av lisa init|EKSEMPEL laget av lisa init)\b/;
/** Whether the entry is one of lisa init's examples, as written (its first line unchanged). */
function isInitExample(entity) {
    return MARK.test(entity.parsed.text);
}
/** Whether the registry keeps the register: some entry of the kind that is not an untouched init example. */
function keepsRegister(registry, kind) {
    for (const e of registry.entities[kind].values())
        if (!isInitExample(e))
            return true;
    return false;
}


/***/ }),

/***/ 20541:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FK: () => (/* binding */ isInside),
/* harmony export */   QC: () => (/* binding */ displayName),
/* harmony export */   pj: () => (/* binding */ readNoFollow),
/* harmony export */   xO: () => (/* binding */ readInside)
/* harmony export */ });
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4573);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);



const SPECIAL_ROOTS = ['/proc', '/sys', '/dev'];
function isSpecialPath(real) {
    return SPECIAL_ROOTS.some((r) => real === r || real.startsWith(`${r}/`));
}
/** Whether `inner` is `outer` or lies below it (both real, absolute paths). */
function isInside(outer, inner) {
    const rel = node_path__WEBPACK_IMPORTED_MODULE_2__.relative(outer, inner);
    return rel === '' || (!rel.startsWith('..') && !node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute(rel));
}
/**
 * Reads one file by its own path, never following a link at the last step (O_NOFOLLOW) and never blocking
 * on a FIFO (O_NONBLOCK); refuses anything but a regular file. At most `maxBytes` are read.
 */
function readNoFollow(file, maxBytes) {
    let fd;
    try {
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(file, node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_NOFOLLOW | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_NONBLOCK);
    }
    catch (error) {
        const code = error.code;
        if (code === 'ELOOP' || code === 'EMLINK')
            return { ok: false, refusal: 'symlink' };
        if (code === 'ENOENT' || code === 'ENOTDIR')
            return { ok: false, refusal: 'missing' };
        if (code === 'ENXIO' || code === 'EOPNOTSUPP')
            return { ok: false, refusal: 'special' };
        throw error;
    }
    try {
        const info = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.fstatSync)(fd);
        if (!info.isFile())
            return { ok: false, refusal: info.isSymbolicLink() ? 'symlink' : 'special' };
        const size = info.size;
        const want = Math.min(size, maxBytes);
        const buffer = Buffer.allocUnsafe(want);
        let got = 0;
        while (got < want) {
            const n = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readSync)(fd, buffer, got, want - got, got);
            if (n === 0)
                break;
            got += n;
        }
        return { ok: true, bytes: got === want ? buffer : buffer.subarray(0, got), size };
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(fd);
    }
}
/**
 * Reads `name` (relative, as written in a register or a template) from inside `root`: resolved with
 * realpath, refused when the real file is outside the real root, special, or not a regular file.
 */
function readInside(root, name, maxBytes) {
    let realRoot;
    try {
        realRoot = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.realpathSync)(root);
    }
    catch {
        return { ok: false, refusal: 'missing' };
    }
    const lexical = node_path__WEBPACK_IMPORTED_MODULE_2__.resolve(realRoot, name);
    if (!isInside(realRoot, lexical))
        return { ok: false, refusal: 'outside' };
    let real;
    try {
        real = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.realpathSync)(lexical);
    }
    catch (error) {
        const code = error.code;
        // A link pointing nowhere (or in a circle) is still a link that was not followed.
        if (code === 'ENOENT' && isLink(lexical))
            return { ok: false, refusal: 'outside' };
        if (code === 'ELOOP')
            return { ok: false, refusal: 'symlink' };
        return { ok: false, refusal: 'missing' };
    }
    if (isSpecialPath(real))
        return { ok: false, refusal: 'special' };
    if (!isInside(realRoot, real))
        return { ok: false, refusal: 'outside' };
    return readNoFollow(real, maxBytes);
}
function isLink(file) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.lstatSync)(file).isSymbolicLink();
    }
    catch {
        return false;
    }
}
/** A file name for messages: UTF-8 as it is, any byte that is not shown as \xNN (so the user can find it). */
function displayName(name) {
    if ((0,node_buffer__WEBPACK_IMPORTED_MODULE_0__.isUtf8)(name))
        return name.toString('utf8');
    let out = '';
    for (const b of name)
        out += b >= 0x20 && b < 0x7f ? String.fromCharCode(b) : `\\x${b.toString(16).padStart(2, '0')}`;
    return out;
}


/***/ }),

/***/ 96217:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $8: () => (/* binding */ AUDIT_STATUS),
/* harmony export */   B9: () => (/* binding */ DOCUMENT_STATUS),
/* harmony export */   D: () => (/* binding */ PROCESSING_ROLE),
/* harmony export */   D2: () => (/* binding */ hostingNamesCountry),
/* harmony export */   IC: () => (/* binding */ DPIA_STATUS),
/* harmony export */   Jj: () => (/* binding */ DPIA_CRITERION),
/* harmony export */   KO: () => (/* binding */ RESTRICTED),
/* harmony export */   Pf: () => (/* binding */ label),
/* harmony export */   U3: () => (/* binding */ DPIA_REASON),
/* harmony export */   XN: () => (/* binding */ DOCUMENT_TYPE),
/* harmony export */   df: () => (/* binding */ SYSTEM_STATUS),
/* harmony export */   eX: () => (/* binding */ TITLES),
/* harmony export */   fr: () => (/* binding */ HOSTING),
/* harmony export */   gi: () => (/* binding */ ACTION_STATUS),
/* harmony export */   j_: () => (/* binding */ quarterLabel),
/* harmony export */   l1: () => (/* binding */ KPI_DIRECTION),
/* harmony export */   mx: () => (/* binding */ YES_NO),
/* harmony export */   oF: () => (/* binding */ KPI_UNIT),
/* harmony export */   pH: () => (/* binding */ LEGAL_BASIS),
/* harmony export */   pe: () => (/* binding */ SAFEGUARD),
/* harmony export */   x2: () => (/* binding */ SPECIAL_CATEGORY)
/* harmony export */ });
/* harmony import */ var _i18n_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(13374);

const HOSTING = {
    'on-premises': 'label.hosting.on-premises',
    'swedish-cloud': 'label.hosting.swedish-cloud',
    'norwegian-cloud': 'label.hosting.norwegian-cloud',
    'eu-cloud': 'label.hosting.eu-cloud',
    'third-country-cloud': 'label.hosting.third-country-cloud',
};
/**
 * Whether the hosting country adds anything to the hosting's label: "Sky i Norge" says Norway already, so the
 * documents do not print "Sky i Norge (Norge)"; "Sky i EU/EØS (Irland)" keeps it.
 */
function hostingNamesCountry(hosting, country) {
    const national = { 'swedish-cloud': 'SE', 'norwegian-cloud': 'NO' };
    return national[hosting] === country.toUpperCase();
}
const SYSTEM_STATUS = {
    planned: 'label.systemStatus.planned',
    active: 'label.systemStatus.active',
    decommissioning: 'label.systemStatus.decommissioning',
    retired: 'label.systemStatus.retired',
};
const LEGAL_BASIS = {
    consent: 'label.legalBasis.consent',
    contract: 'label.legalBasis.contract',
    'legal-obligation': 'label.legalBasis.legal-obligation',
    'vital-interests': 'label.legalBasis.vital-interests',
    'public-interest': 'label.legalBasis.public-interest',
    'official-authority': 'label.legalBasis.official-authority',
    'legitimate-interests': 'label.legalBasis.legitimate-interests',
};
const SPECIAL_CATEGORY = {
    health: 'label.specialCategory.health',
    'ethnic-origin': 'label.specialCategory.ethnic-origin',
    'political-opinions': 'label.specialCategory.political-opinions',
    'religious-beliefs': 'label.specialCategory.religious-beliefs',
    'trade-union': 'label.specialCategory.trade-union',
    genetic: 'label.specialCategory.genetic',
    biometric: 'label.specialCategory.biometric',
    'sex-life': 'label.specialCategory.sex-life',
    'sexual-orientation': 'label.specialCategory.sexual-orientation',
};
const SAFEGUARD = {
    'adequacy-decision': 'label.safeguard.adequacy-decision',
    'standard-contractual-clauses': 'label.safeguard.standard-contractual-clauses',
    'binding-corporate-rules': 'label.safeguard.binding-corporate-rules',
    derogation: 'label.safeguard.derogation',
    none: 'label.safeguard.none',
};
const DPIA_STATUS = {
    'not-needed': 'label.dpiaStatus.not-needed',
    planned: 'riskdoc.status.planned',
    'in-progress': 'riskdoc.status.in-progress',
    done: 'documents.cycleDone',
};
const DPIA_CRITERION = {
    'evaluation-or-scoring': 'label.dpiaCriterion.evaluation-or-scoring',
    'automated-decisions': 'label.dpiaCriterion.automated-decisions',
    'systematic-monitoring': 'label.dpiaCriterion.systematic-monitoring',
    'sensitive-data': 'label.dpiaCriterion.sensitive-data',
    'large-scale': 'label.dpiaCriterion.large-scale',
    'combined-datasets': 'label.dpiaCriterion.combined-datasets',
    'vulnerable-data-subjects': 'label.dpiaCriterion.vulnerable-data-subjects',
    'new-technology': 'label.dpiaCriterion.new-technology',
    'prevents-rights': 'label.dpiaCriterion.prevents-rights',
};
/** Why a processing activity needs a DPIA, in the words the board reads. */
const DPIA_REASON = {
    special: 'label.dpiaReason.special',
    criminal: 'label.dpiaReason.criminal',
    protected: 'documents.register.protected',
    criteria: 'label.dpiaReason.criteria',
};
const DOCUMENT_TYPE = {
    policy: 'label.documentType.policy',
    guideline: 'label.documentType.guideline',
    routine: 'label.documentType.routine',
    instruction: 'label.documentType.instruction',
    plan: 'label.documentType.plan',
};
const DOCUMENT_STATUS = {
    draft: 'documents.draft',
    decided: 'label.documentStatus.decided',
    repealed: 'label.documentStatus.repealed',
};
const AUDIT_STATUS = {
    received: 'label.auditStatus.received',
    'in-progress': 'label.auditStatus.in-progress',
    answered: 'label.auditStatus.answered',
    closed: 'label.auditStatus.closed',
};
const ACTION_STATUS = {
    planned: 'riskdoc.status.planned',
    'in-progress': 'riskdoc.status.in-progress',
    done: 'label.actionStatus.done',
    cancelled: 'label.actionStatus.cancelled',
};
const KPI_UNIT = {
    percent: 'label.kpiUnit.percent',
    count: 'label.kpiUnit.count',
    days: 'label.kpiUnit.days',
    hours: 'label.kpiUnit.hours',
    score: 'label.kpiUnit.score',
};
const KPI_DIRECTION = {
    'higher-is-better': 'label.kpiDirection.higher-is-better',
    'lower-is-better': 'label.kpiDirection.lower-is-better',
};
const PROCESSING_ROLE = {
    controller: 'documents.register.controller',
    processor: 'label.processingRole.processor',
};
const YES_NO = {
    yes: 'documents.page.yes',
    no: 'documents.page.no',
};
/** The marking a restricted entry gets in a public document, in place of its details. */
const RESTRICTED = 'common.restricted';
const TITLES = {
    auditAnswer: 'label.titles.auditAnswer',
    yearlyReport: 'label.titles.yearlyReport',
    kpiReview: 'label.titles.kpiReview',
    processingRegister: 'label.titles.processingRegister',
    systemsOverview: 'label.titles.systemsOverview',
};
/** The word for an enumeration's value; a value lisa has no word for is shown as it is. */
function label(labels, key, locale) {
    if (key === undefined)
        return '';
    const message = Object.hasOwn(labels, key) ? labels[key] : undefined;
    return message ? (0,_i18n_index_js__WEBPACK_IMPORTED_MODULE_0__.t)(locale, message) : key;
}
/** A quarter key `2025-Q3` as people write it: sv "kv. 3 2025", nb "3. kv. 2025", en "Q3 2025". */
function quarterLabel(quarter, locale) {
    const m = /^(\d{4})-Q([1-4])$/.exec(quarter);
    if (!m)
        return quarter;
    return (0,_i18n_index_js__WEBPACK_IMPORTED_MODULE_0__.t)(locale, 'label.quarter', { year: m[1], quarter: m[2] });
}


/***/ }),

/***/ 75012:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ Memo),
/* harmony export */   p: () => (/* binding */ memoOnMaps)
/* harmony export */ });
// A small bounded cache for pure functions that are called with the same arguments again and again.
/**
 * A map that forgets its oldest entries past `max`. The calendar conversions are pure, and a year's plan
 * asks for the same few hundred (day, time, zone) again and again (every reminder on a day goes out at the
 * same local time), while a long-running bot must not grow without bound.
 */
class Memo {
    max;
    map = new Map();
    constructor(max) {
        this.max = max;
    }
    get size() {
        return this.map.size;
    }
    /** The value for `key`, made by `make` the first time (and again once forgotten). */
    get(key, make) {
        let value = this.map.get(key);
        if (value === undefined) {
            value = make();
            if (this.map.size >= this.max)
                this.map.delete(this.map.keys().next().value);
            this.map.set(key, value);
        }
        return value;
    }
}
/**
 * A fact derived from a registry, computed once for the entity maps it reads (`inputs`). A registry never
 * changes once built, and a registry patched from another (a pull request's base from its head, a
 * re-validation: lib/registry-patch.ts) shares the maps of every kind it did not change — and with them the
 * facts made from those maps. Kept by weak references: a dropped registry takes its facts with it.
 */
function memoOnMaps(inputs, compute) {
    const cache = new WeakMap();
    return (registry) => {
        const keys = inputs(registry);
        let level = cache;
        for (let i = 0; i < keys.length - 1; i++) {
            const key = keys[i];
            let next = level.get(key);
            if (!next) {
                next = new WeakMap();
                level.set(key, next);
            }
            level = next;
        }
        const last = keys[keys.length - 1];
        if (level.has(last))
            return level.get(last);
        const value = compute(registry);
        level.set(last, value);
        return value;
    };
}


/***/ }),

/***/ 96225:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QU: () => (/* binding */ dueEnd),
/* harmony export */   Ww: () => (/* binding */ actionsBySource),
/* harmony export */   nT: () => (/* binding */ isOpen)
/* harmony export */ });
/* harmony import */ var _memo_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(75012);

// The action plan: when an action falls due, and which actions answer which source.
const SEASON_END = {
    våren: '06-30',
    spring: '06-30',
    hösten: '12-31',
    høsten: '12-31',
    autumn: '12-31',
};
const QUARTER_END = ['03-31', '06-30', '09-30', '12-31'];
/**
 * The last day of an action's due date or period, YYYY-MM-DD: "2027" → 2027-12-31, "2027-Q2" → 2027-06-30,
 * "hösten 2027" → 2027-12-31. Undefined for text the schema would not take.
 */
function dueEnd(value) {
    // YAML reads `due: 2027` as a number.
    const due = String(value);
    if (/^\d{4}-\d{2}-\d{2}$/.test(due))
        return due;
    if (/^\d{4}$/.test(due))
        return `${due}-12-31`;
    const q = /^(\d{4})-Q([1-4])$/.exec(due);
    if (q)
        return `${q[1]}-${QUARTER_END[Number(q[2]) - 1]}`;
    const s = /^(\S+) (\d{4})$/.exec(due);
    const end = s ? SEASON_END[s[1]] : undefined;
    return s && end ? `${s[2]}-${end}` : undefined;
}
function isOpen(action) {
    return action.data.status !== 'done' && action.data.status !== 'cancelled';
}
/** The plan's actions per source, keyed `kind/ref` (e.g. `classification/procapita`). */
const actionsBySource = (0,_memo_js__WEBPACK_IMPORTED_MODULE_0__/* .memoOnMaps */ .p)((registry) => [registry.entities.plan], (registry) => {
    const out = new Map();
    for (const a of registry.entities.plan.values()) {
        if (!a.valid)
            continue;
        const key = `${a.data.source.kind}/${a.data.source.ref}`;
        const list = out.get(key);
        if (list)
            list.push(a);
        else
            out.set(key, [a]);
    }
    return out;
});


/***/ }),

/***/ 93525:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ru: () => (/* binding */ localInstant),
/* harmony export */   fl: () => (/* binding */ localIso),
/* harmony export */   kQ: () => (/* binding */ isTimeZone),
/* harmony export */   lc: () => (/* binding */ DEFAULT_TIME_ZONE),
/* harmony export */   u7: () => (/* binding */ localDay)
/* harmony export */ });
/* harmony import */ var _date_fns_tz__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(89495);
/* harmony import */ var date_fns_format__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73580);
/* harmony import */ var _memo_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(75012);



// Where a day meets the clock in the organisation's time zone. Apart from calendar.ts (working days, holidays)
// so that validation, which reads local date-times, loads no holiday data.
const DEFAULT_TIME_ZONE = 'Europe/Stockholm';
const zones = new Map();
function isTimeZone(zone) {
    let known = zones.get(zone);
    if (known === undefined) {
        try {
            new Intl.DateTimeFormat('en', { timeZone: zone });
            known = true;
        }
        catch {
            known = false;
        }
        zones.set(zone, known);
    }
    return known;
}
// A time-zone lookup (Intl) per TZDate is a quarter of planning a year of reminders at region scale.
const instants = new _memo_js__WEBPACK_IMPORTED_MODULE_1__/* .Memo */ .l(8192);
const isoTimes = new _memo_js__WEBPACK_IMPORTED_MODULE_1__/* .Memo */ .l(8192);
/** The instant a local wall-clock time happens on a day in a zone; DST is the time-zone database's business. */
function localInstant(day, time, timeZone) {
    return new Date(instants.get(`${timeZone} ${day} ${time}`, () => {
        const [y, m, d] = day.split('-').map(Number);
        const [hh, mm] = time.split(':').map(Number);
        return new _date_fns_tz__WEBPACK_IMPORTED_MODULE_0__/* .TZDate */ .BB(y, m - 1, d, hh, mm, 0, timeZone).getTime();
    }));
}
/** The local calendar day of an instant. */
function localDay(instant, timeZone) {
    return (0,date_fns_format__WEBPACK_IMPORTED_MODULE_2__/* .format */ .GP)(new _date_fns_tz__WEBPACK_IMPORTED_MODULE_0__/* .TZDate */ .BB(instant.getTime(), timeZone), 'yyyy-MM-dd');
}
/** An instant written in local time with its offset: 2026-03-30T08:00:00+02:00. */
function localIso(instant, timeZone) {
    const ms = instant.getTime();
    return isoTimes.get(`${timeZone} ${ms}`, () => (0,date_fns_format__WEBPACK_IMPORTED_MODULE_2__/* .format */ .GP)(new _date_fns_tz__WEBPACK_IMPORTED_MODULE_0__/* .TZDate */ .BB(ms, timeZone), "yyyy-MM-dd'T'HH:mm:ssxxx"));
}


/***/ }),

/***/ 17964:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Tz: () => (/* binding */ lineChart),
/* harmony export */   X: () => (/* binding */ escapeXml)
/* harmony export */ });
/* unused harmony export axis */
// Line charts as SVG text, built here rather than by a charting library so the output is plain vector
// markup with nothing to load and nothing to run. Readable in black and white: the values are a solid line
// with filled markers and printed values, the target a dashed line, a missing value a dotted rule.
const W = 640;
const H = 250;
const PLOT = { left: 52, right: 92, top: 40, bottom: 44 };
function escapeXml(value) {
    return value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}
function niceStep(range) {
    const raw = range / 4;
    const power = 10 ** Math.floor(Math.log10(raw));
    for (const m of [1, 2, 2.5, 5, 10])
        if (m * power >= raw)
            return m * power;
    return 10 * power;
}
/** The axis: from zero (or the lowest value, if negative) to a round number above the highest. */
function axis(values, max) {
    const lo = Math.min(0, ...values);
    const hi = Math.max(...values, lo + 1);
    if (max !== undefined && hi <= max) {
        const step = niceStep(max - lo);
        return { min: Math.floor(lo / step) * step, max, step };
    }
    const step = niceStep(hi - lo);
    return { min: Math.floor(lo / step) * step, max: Math.ceil(hi / step) * step, step };
}
const n = (v) => Math.round(v * 10) / 10;
const isMissing = (v) => v === null || !Number.isFinite(v);
function lineChart(input) {
    const { categories, values, target } = input;
    const present = values.filter((v) => v !== null && Number.isFinite(v));
    const scale = axis([...present, ...(target !== undefined ? [target] : [])], input.max);
    const plotW = W - PLOT.left - PLOT.right;
    const plotH = H - PLOT.top - PLOT.bottom;
    const step = categories.length > 0 ? plotW / categories.length : plotW;
    const plot = {
        x: (i) => n(PLOT.left + step * (i + 0.5)),
        y: (v) => n(PLOT.top + plotH - ((v - scale.min) / (scale.max - scale.min || 1)) * plotH),
        scale,
        plotH,
    };
    const label = `${input.title}. ${input.description}`;
    const missing = values.map((v, i) => (isMissing(v) ? i : -1)).filter((i) => i >= 0);
    return [
        `<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 ${W} ${H}" role="img" aria-label="${escapeXml(label)}" font-size="11">`,
        `<title>${escapeXml(input.title)}</title>`,
        `<desc>${escapeXml(input.description)}</desc>`,
        ...grid(plot, input.format),
        ...categoryAxis(categories, plot),
        ...missingMarks(input, missing, plot),
        ...targetLine(input, plot),
        ...valueLine(input, plot),
        ...legend(input, missing.length > 0),
        '</svg>',
    ].join('');
}
/** Grid and value axis. */
function grid(plot, format) {
    const { scale, y } = plot;
    const out = ['<g class="grid" aria-hidden="true">'];
    for (let v = scale.min; v <= scale.max + scale.step / 1000; v += scale.step) {
        const yy = y(v);
        out.push(`<line x1="${PLOT.left}" x2="${W - PLOT.right}" y1="${yy}" y2="${yy}" stroke="#b8b8b8" stroke-width="${v === scale.min ? 1 : 0.5}"/>`, `<text x="${PLOT.left - 6}" y="${n(yy + 4)}" text-anchor="end" fill="#333">${escapeXml(format(n(v)))}</text>`);
    }
    out.push('</g>');
    return out;
}
/** Category axis: "kv. 3" over "2025". */
function categoryAxis(categories, { x }) {
    const out = ['<g class="categories" aria-hidden="true">'];
    categories.forEach((c, i) => {
        const m = /^(.*\S)\s+(\d{4})$/.exec(c);
        const [first, second] = m ? [m[1] ?? c, m[2] ?? ''] : [c, ''];
        out.push(`<text x="${x(i)}" y="${H - PLOT.bottom + 16}" text-anchor="middle" fill="#222">${escapeXml(first)}</text>`);
        if (second)
            out.push(`<text x="${x(i)}" y="${H - PLOT.bottom + 30}" text-anchor="middle" fill="#555">${escapeXml(second)}</text>`);
    });
    out.push('</g>');
    return out;
}
/** Missing values: a dotted rule where the point would be, and the word. */
function missingMarks(input, missing, { x, y, plotH }) {
    if (!missing.length)
        return [];
    const { values, target, words } = input;
    const out = ['<g class="missing" aria-hidden="true">'];
    for (const i of missing) {
        // The word goes where nothing else is: as far as possible from the target and the neighbours' values.
        const taken = [target, values[i - 1], values[i + 1]]
            .filter((v) => typeof v === 'number')
            .map(y);
        const spots = [PLOT.top + 14, PLOT.top + plotH / 2, PLOT.top + plotH - 8];
        const spot = spots.reduce((best, s) => Math.min(...taken.map((t) => Math.abs(t - s)), 999) >
            Math.min(...taken.map((t) => Math.abs(t - best)), 999)
            ? s
            : best);
        out.push(`<line x1="${x(i)}" x2="${x(i)}" y1="${PLOT.top}" y2="${PLOT.top + plotH}" stroke="#000" stroke-width="1.2" stroke-dasharray="1.5 3.5"/>`, `<text x="${x(i)}" y="${n(spot + 4)}" text-anchor="middle" font-style="italic" fill="#000" stroke="#fff" stroke-width="4" paint-order="stroke">${escapeXml(words.missing)}</text>`);
    }
    out.push('</g>');
    return out;
}
function targetLine({ target, words, format }, { y }) {
    if (target === undefined)
        return [];
    const ty = y(target);
    return [
        '<g class="target" aria-hidden="true">',
        `<line x1="${PLOT.left}" x2="${W - PLOT.right}" y1="${ty}" y2="${ty}" stroke="#444" stroke-width="1.6" stroke-dasharray="8 5"/>`,
        `<text x="${W - PLOT.right + 6}" y="${n(ty + 4)}" fill="#222">${escapeXml(`${words.target} ${format(target)}`)}</text>`,
        '</g>',
    ];
}
/** Values: the line breaks where a value is missing. */
function valueLine({ values, format }, { x, y }) {
    const segments = [];
    let current = [];
    values.forEach((v, i) => {
        if (v === null || !Number.isFinite(v)) {
            if (current.length)
                segments.push(current.join(' '));
            current = [];
            return;
        }
        current.push(`${current.length ? 'L' : 'M'}${x(i)} ${y(v)}`);
    });
    if (current.length)
        segments.push(current.join(' '));
    const out = ['<g class="values" aria-hidden="true">'];
    for (const d of segments)
        out.push(`<path d="${d}" fill="none" stroke="#000" stroke-width="2.2" stroke-linejoin="round"/>`);
    values.forEach((v, i) => {
        if (v === null || !Number.isFinite(v))
            return;
        out.push(`<circle cx="${x(i)}" cy="${y(v)}" r="3.6" fill="#000"/>`, `<text x="${x(i)}" y="${n(y(v) - 9)}" text-anchor="middle" fill="#000" stroke="#fff" stroke-width="3" paint-order="stroke" font-weight="bold">${escapeXml(format(v))}</text>`);
    });
    out.push('</g>');
    return out;
}
/** Legend, drawn with the same strokes as the chart. */
function legend({ target, words }, anyMissing) {
    const ly = 16;
    let lx = PLOT.left;
    const out = ['<g class="legend" aria-hidden="true">'];
    out.push(`<line x1="${lx}" x2="${lx + 26}" y1="${ly}" y2="${ly}" stroke="#000" stroke-width="2.2"/><circle cx="${lx + 13}" cy="${ly}" r="3.6" fill="#000"/>`, `<text x="${lx + 32}" y="${ly + 4}" fill="#000">${escapeXml(words.values)}</text>`);
    lx += 44 + words.values.length * 6.2;
    if (target !== undefined) {
        out.push(`<line x1="${lx}" x2="${lx + 26}" y1="${ly}" y2="${ly}" stroke="#444" stroke-width="1.6" stroke-dasharray="8 5"/>`, `<text x="${lx + 32}" y="${ly + 4}" fill="#000">${escapeXml(words.target)}</text>`);
        lx += 44 + words.target.length * 6.2;
    }
    if (anyMissing) {
        out.push(`<line x1="${lx + 10}" x2="${lx + 10}" y1="${ly - 8}" y2="${ly + 8}" stroke="#000" stroke-width="1.2" stroke-dasharray="1.5 3.5"/>`, `<text x="${lx + 20}" y="${ly + 4}" fill="#000">${escapeXml(words.missing)}</text>`);
    }
    out.push('</g>');
    return out;
}


/***/ }),

/***/ 59144:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   hW: () => (/* binding */ docWord)
/* harmony export */ });
/* unused harmony exports UnknownWord, documentKey */
/* harmony import */ var _i18n_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(13374);

// The words of the documents come from the message catalogue (lib/i18n/<lang>/documents*.ts). Templates and
// view models name them by their key inside the documents' area: `t('date')` is `documents.date`. Any other
// catalogue key works as written (`t('common.restricted')`), so a new document's own area needs nothing here.
class UnknownWord extends Error {
}
/** The catalogue key a document word resolves to, or undefined when there is none. */
function documentKey(key) {
    if ((0,_i18n_index_js__WEBPACK_IMPORTED_MODULE_0__/* .isMessageKey */ .db)(key))
        return key;
    const scoped = `documents.${key}`;
    return (0,_i18n_index_js__WEBPACK_IMPORTED_MODULE_0__/* .isMessageKey */ .db)(scoped) ? scoped : undefined;
}
/** The text of a document word in `locale`. An unknown key throws: a typo in a template must not print. */
function docWord(locale, key, params = {}) {
    const resolved = documentKey(key);
    if (!resolved || !(0,_i18n_index_js__WEBPACK_IMPORTED_MODULE_0__/* .isMessageKey */ .db)(resolved))
        throw new UnknownWord(`"${key}" is not in the message catalogue (lib/i18n/sv/documents*.ts)`);
    return (0,_i18n_index_js__WEBPACK_IMPORTED_MODULE_0__.t)(locale, resolved, params);
}


/***/ }),

/***/ 76283:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  T4: () => (/* binding */ buildDocuments),
  UQ: () => (/* reexport */ documentIds)
});

// UNUSED EXPORTS: answeringBoards, controllerBoards, dpiaReasons, kpiViews, processingRow, reportBoards

// EXTERNAL MODULE: ./build/lib/controller.js
var lib_controller = __webpack_require__(41542);
// EXTERNAL MODULE: ./build/lib/audit-actions.js
var audit_actions = __webpack_require__(15089);
// EXTERNAL MODULE: ./build/lib/derive.js
var derive = __webpack_require__(2957);
// EXTERNAL MODULE: ./build/lib/i18n/index.js + 105 modules
var i18n = __webpack_require__(13374);
// EXTERNAL MODULE: ./build/lib/labels.js
var labels = __webpack_require__(96217);
;// CONCATENATED MODULE: ./build/lib/plan-link.js
// An audit answer's planned action that names an action in the plan (`plan: <id>`, written by `lisa migrate`)
// is followed up there: the plan's owner, date, status and history stand for it. Everything that reads an
// answer's planned actions (documents, rules, reminders, answers) reads them through `viaPlan`, so a migrated
// answer shows exactly what it showed before.
const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** The planned action with its plan action's follow-up filled in; unchanged when it names none. */
function viaPlan(registry, p) {
    const id = p.plan;
    if (!id)
        return p;
    const a = registry.entities.plan.get(id);
    if (!a?.valid)
        return p;
    const d = a.data;
    const due = String(d.due);
    return {
        id: p.id,
        text: p.text,
        owner: d.owner,
        ...(DATE.test(due) ? { due } : { period: due }),
        status: d.status,
        ...(d.done ? { done: d.done } : {}),
        ...(d.history ? { history: d.history } : {}),
        plan: id,
    };
}
/** An answer's planned actions as followed up: through the plan where they name it. */
function plannedViaPlan(registry, list) {
    return (list ?? []).map((p) => viaPlan(registry, p));
}
/** Whether the planned action is followed up in the plan (its reminders and checks are the plan's). */
function inPlan(p) {
    return Boolean(p.plan);
}

// EXTERNAL MODULE: ./build/lib/locale.js
var lib_locale = __webpack_require__(88448);
;// CONCATENATED MODULE: ./build/lib/roles.js

/** A role's name in the reader's language, from lisa.yaml; the id itself when lisa.yaml does not name it. */
function roleName(registry, id, locale) {
    if (!id)
        return '';
    const role = registry.organisation?.valid ? registry.organisation.data.roles?.[id] : undefined;
    return role ? (0,lib_locale/* pickText */.d3)(role.name, locale) || id : id;
}

// EXTERNAL MODULE: ./build/lib/values.js
var values = __webpack_require__(81244);
// EXTERNAL MODULE: ./build/lib/words.js
var words = __webpack_require__(65913);
// EXTERNAL MODULE: ./build/lib/country.js
var country = __webpack_require__(81078);
// EXTERNAL MODULE: ./build/lib/facts/boards.js
var boards = __webpack_require__(84311);
// EXTERNAL MODULE: ./build/lib/model.js
var model = __webpack_require__(7529);
;// CONCATENATED MODULE: ./build/lib/render/common.js





// ---------------------------------------------------------------------------------------------------------
// Shared helpers
function collator(locale) {
    return new Intl.Collator(locale === 'en' ? 'en-GB' : locale, { sensitivity: 'base', numeric: true });
}
function valid(registry, kind) {
    const out = [];
    for (const e of registry.entities[kind].values())
        if (e.valid)
            out.push(e);
    return out.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
function common_boards(registry) {
    return registry.organisation?.data.boards ?? [];
}
/** A board by id; no id is the organisation itself (a Norwegian kommune's system or asset names no board). */
function boardRef(registry, id) {
    if (!id)
        return { id: '', name: registry.organisation?.data.name ?? '' };
    return { id, name: (0,boards/* boardName */.e)(registry, id) };
}
/** The boards whose ids are in `ids`, in lisa.yaml's order: those that get a document of their own. */
function boardsAmong(registry, ids) {
    return common_boards(registry)
        .filter((b) => ids.has(b.id))
        .map((b) => ({ id: b.id, name: b.name }));
}
/** The board the yearly report and the overviews go to: the executive board, else the first board. */
function executiveBoard(registry) {
    const b = common_boards(registry).find((x) => x.type === 'executive-board') ?? common_boards(registry)[0];
    return b ? { id: b.id, name: b.name } : undefined;
}
function aspectAbbreviations(registry, locale) {
    const aspects = registry.model.aspects.map((a) => ({
        id: a.id,
        label: (0,lib_locale/* pickText */.d3)(a.label, locale),
        ...(a.levels
            ? { levels: a.levels.map((l) => ({ value: l.value, label: (0,lib_locale/* pickText */.d3)(l.label, locale) })) }
            : {}),
    }));
    const used = new Set();
    return aspects.map((a) => {
        let abbr = a.label.charAt(0).toUpperCase();
        // Two aspects starting with the same letter get two letters each time it clashes.
        if (used.has(abbr))
            abbr = a.label.slice(0, 2);
        used.add(abbr);
        return { ...a, abbr };
    });
}
function common(registry, input, doc) {
    const org = registry.organisation?.data;
    const { commit } = input;
    const settings = org?.documents;
    const showStamp = settings?.commitStamp !== false;
    const colophon = settings?.colophon;
    return {
        locale: input.locale,
        lang: input.locale,
        today: input.today,
        org: {
            name: org?.name ?? '',
            ...(org?.registrationPrefix ? { registrationPrefix: org.registrationPrefix } : {}),
        },
        regLang: org?.locale ?? 'sv',
        regAttr: (org?.locale ?? 'sv') === input.locale ? '' : ` lang="${org?.locale ?? 'sv'}"`,
        colophon: colophon === false
            ? { show: false }
            : colophon === undefined || colophon === true
                ? { show: true }
                : { show: true, text: (0,lib_locale/* pickText */.d3)(colophon, input.locale) },
        doc,
        stamp: commit && showStamp
            ? {
                sha: commit.sha,
                short: commit.sha.slice(0, 7),
                date: commit.date.slice(0, 10),
                dirty: Boolean(commit.dirty),
            }
            : { dirty: false, ...(showStamp ? {} : { hidden: true }) },
        aspects: aspectAbbreviations(registry, input.locale),
        levels: registry.model.levels.map((l) => ({ value: l.value, label: (0,lib_locale/* pickText */.d3)(l.label, input.locale) })),
        aspectScales: (0,model/* hasAspectScales */.wb)(registry.model),
        country: (0,country/* profileOf */.dp)(org).country,
        controllerModel: (0,country/* profileOf */.dp)(org).controllerModel,
        ...(org?.controller?.delegatedTo
            ? { delegatedTo: roleName(registry, org.controller.delegatedTo, input.locale).toLowerCase() }
            : {}),
    };
}

// EXTERNAL MODULE: ./build/lib/render/document-words.js
var document_words = __webpack_require__(59144);
;// CONCATENATED MODULE: ./build/lib/render/audit.js










/**
 * Who answers an audit: each board decides its own answer to the recommendations addressed to it (seed 002:
 * one report, three boards), unless one decision answers for all (a coordinated answer). Before any decision
 * is recorded, each addressed board with recommendations gets its own draft.
 */
function answeringBoards(audit) {
    const decided = [...new Set((audit.decisions ?? []).map((d) => d.board))];
    if (decided.length > 0)
        return decided;
    const withRecommendations = new Set(audit.recommendations.map((r) => r.board));
    const addressed = audit.boards.filter((b) => withRecommendations.has(b));
    return addressed.length > 1 ? addressed : [addressed[0] ?? audit.boards[0] ?? ''];
}
/** One answer document per answering board; an audit answered by one board keeps the plain id. */
function auditAnswers(audit) {
    const boards = answeringBoards(audit.data);
    if (boards.length <= 1)
        return [{ id: `audit-answer-${audit.id}`, board: undefined }];
    return boards.map((board) => ({ id: `audit-answer-${audit.id}-${board}`, board }));
}
/**
 * The actions as the document shows them: with `asOf` (a decided answer), the status on that day and never
 * "overdue" (the answer is what was decided, not the progress since); without, the status now and overdue
 * when dated and past. An action with no date is never overdue and never reminded.
 */
function plannedActions(registry, r, input, asOf) {
    return plannedViaPlan(registry, r.plannedActions).map((p) => {
        const status = asOf ? (0,audit_actions/* statusOn */.cs)(p, asOf) : (0,audit_actions/* currentStatus */.gH)(p);
        const done = status === 'done' ? (0,audit_actions/* statusHistory */.pw)(p).findLast((e) => e.status === 'done')?.date : undefined;
        return {
            id: p.id,
            text: p.text,
            ...(p.owner ? { owner: roleName(registry, p.owner, input.locale) } : {}),
            ...(p.due ? { due: p.due } : {}),
            ...(p.period ? { period: p.period } : {}),
            status,
            statusLabel: (0,labels/* label */.Pf)(labels/* ACTION_STATUS */.gi, status, input.locale),
            ...(done && (!asOf || done <= asOf) ? { done } : {}),
            overdue: !asOf && (0,audit_actions/* isOpen */.nT)(status) && p.due !== undefined && p.due < input.today,
        };
    });
}
function shapeOf(registry, a, answering, locale) {
    const process = (0,audit_actions/* auditProcess */.X9)(registry, a);
    const letter = a.answer?.form === 'letter';
    const respondent = a.answer?.respondent ?? (process === 'norway' ? NORWAY.respondent[locale] : answering.name);
    return {
        process,
        letter,
        numbered: a.answer?.numbered ?? !letter,
        quote: a.answer?.quoteRecommendations ?? true,
        respondent,
        named: Boolean(a.answer?.respondent) || process === 'norway',
    };
}
// One text per language, as the answers (lib/answer/intents/audit.ts) read them too.
const NORWAY = {
    respondent: (0,i18n/* localized */.cc)('audit.norway.respondent'),
    controlCommittee: (0,i18n/* localized */.cc)('audit.norway.controlCommittee'),
};
function recommendationView(registry, r, index, shape, input, asOf) {
    const t = (key, params) => (0,document_words/* docWord */.hW)(input.locale, key, params);
    const number = index + 1;
    const numberedHeading = t('recommendation', { n: number });
    const heading = r.heading ? (shape.numbered ? `${number}. ${r.heading}` : r.heading) : numberedHeading;
    const actions = plannedActions(registry, r, input, asOf);
    const board = boardRef(registry, r.board);
    // The board the recommendation is addressed to answers it, unless the audit names who answers (Norway:
    // the kommunedirektør) – so a coordinated answer still reads "Socialnämndens svar" where it should.
    const who = shape.named ? shape.respondent : board.name;
    return {
        number,
        id: r.id,
        board,
        heading,
        ...(shape.letter ? {} : { answerHeading: t('answerOf', { gen: (0,values/* genitive */.eT)(who, input.locale) }) }),
        text: r.text,
        quote: shape.quote,
        ...(r.stance
            ? {
                stance: {
                    position: r.stance.position,
                    sentence: t(`stance.${r.stance.position}`, {
                        who: (0,words/* sentenceStart */.uM)(who, input.locale),
                    }),
                    ...(r.stance.reason ? { reason: r.stance.reason } : {}),
                },
            }
            : {}),
        ...(r.answer ? { answer: r.answer } : {}),
        actionsTaken: r.actionsTaken ?? [],
        plannedActions: actions,
        showStatus: actions.some((p) => p.status !== 'planned'),
        ...(r.timeline ? { timeline: r.timeline } : {}),
        ...(r.comments ? { comments: r.comments } : {}),
    };
}
/** The headings, lead-ins, closing and signature the shape and the process give, each overridable in data. */
function wording(a, d, shape, answering, locale) {
    const t = (key, params) => (0,document_words/* docWord */.hW)(locale, key, params);
    const respondentGen = (0,values/* genitive */.eT)(shape.respondent, locale);
    let proposalHeading;
    if (!shape.letter) {
        const by = d?.proposedBy ?? (shape.process === 'norway' ? NORWAY.controlCommittee[locale] : undefined);
        proposalHeading = by
            ? t('proposalBy', { gen: (0,values/* genitive */.eT)(by, locale), name: by })
            : d?.chair
                ? t('proposalChair')
                : t('proposal');
    }
    const closing = d?.closing ??
        (shape.letter
            ? t('closingLetter', {
                genLower: (0,words/* midSentence */.kt)(respondentGen, locale),
                nameLower: (0,words/* midSentence */.kt)(shape.respondent, locale),
            })
            : undefined);
    const signer = d?.signatory ?? d?.chair;
    const signature = signer
        ? {
            name: signer.name,
            ...(signer.party ? { party: signer.party } : {}),
            ...(signer.title ? { title: signer.title } : {}),
            ...('onBehalfOf' in signer && signer.onBehalfOf
                ? { onBehalfOf: t('onBehalfOf', { who: signer.onBehalfOf }) }
                : {}),
        }
        : undefined;
    const requestedBoards = a.requested?.from ?? a.boards;
    return {
        proposalHeading,
        summaryHeading: a.answer?.summaryHeading ?? (shape.letter ? t('startingPoint', { gen: respondentGen }) : t('summary')),
        closing,
        signature,
        signaturePlaceholder: shape.process === 'norway' ? shape.respondent : `${t('chairPlaceholder')}\n${answering.name}`,
        requestedBoards,
    };
}
function auditAnswer(registry, audit, input, doc) {
    const a = audit.data;
    const { locale } = input;
    const restricted = (0,derive/* isRestricted */.Ez)(registry, audit);
    const draft = a.status === 'received' || a.status === 'in-progress';
    // With several answering boards, this document is one board's answer: its decision, its recommendations
    // (numbered as in the report).
    const d = doc.board ? a.decisions?.find((x) => x.board === doc.board) : a.decisions?.[0];
    const answering = boardRef(registry, doc.board ?? d?.board ?? a.boards[0]);
    const decided = (0,audit_actions/* isDecided */.d$)(a) ? (0,audit_actions/* decisionDate */.dt)(d) : undefined;
    const shape = shapeOf(registry, a, answering, locale);
    const recommendations = restricted
        ? []
        : a.recommendations
            .flatMap((r, i) => (doc.board && r.board !== doc.board ? [] : [{ r, i }]))
            .map(({ r, i }) => recommendationView(registry, r, i, shape, input, decided));
    const groups = recommendationGroups(registry, a, recommendations, shape, locale);
    const w = wording(a, d, shape, answering, locale);
    // An answered audit carries its own date (the rule audit-answer-undated says when it does not); a draft
    // is dated the day it is printed, and says it is a draft.
    const date = draft ? input.today : ((0,audit_actions/* decisionDate */.dt)(d) ?? '');
    const meta = {
        id: doc.id,
        kind: 'audit-answer',
        template: 'audit-answer.njk',
        title: (0,document_words/* docWord */.hW)(locale, labels/* TITLES */.eX.auditAnswer, { title: a.title }),
        orientation: 'portrait',
        date,
        ...(d?.registrationNumber ? { registrationNumber: d.registrationNumber } : {}),
        draft,
        board: answering,
    };
    const addressees = a.boards.map((b) => boardRef(registry, b));
    return {
        meta,
        context: {
            ...common(registry, input, meta),
            audit: {
                id: audit.id,
                title: a.title,
                firm: a.firm,
                auditors: a.auditors,
                reportDate: a.reportDate,
                answerDue: a.answerDue,
                status: a.status,
                statusLabel: (0,labels/* label */.Pf)(labels/* AUDIT_STATUS */.$8, a.status, locale),
                restricted,
                process: shape.process,
                letter: shape.letter,
                numbered: shape.numbered,
                respondent: shape.respondent,
                addressee: a.answer?.addressee,
                answeringBoard: answering,
                answeringGenitive: (0,values/* genitive */.eT)(answering.name, locale),
                addressees,
                addresseesText: (0,words/* joinList */.D7)(locale, addressees.map((b) => (0,words/* midSentence */.kt)(b.name, locale))),
                summaryDefault: summaryDefault(a, addressees, locale),
                assessment: restricted ? [] : (a.assessment ?? []),
                summary: restricted ? undefined : a.summary,
                recommendations,
                groups,
                multipleBoards: groups.length > 1,
                requested: requestedView(registry, a, shape, w.requestedBoards, locale),
                decidedOn: decided,
                ...w,
                decision: d ? decisionView(registry, d) : undefined,
                attachments: a.attachments ?? [],
            },
        },
    };
}
/** "Kommunstyrelsen rekommenderas att:" – one list per board, in the order the report names them. */
function recommendationGroups(registry, a, recommendations, shape, locale) {
    const order = [...a.boards, ...a.recommendations.map((r) => r.board)];
    return [...new Set(order)]
        .map((id) => {
        const board = boardRef(registry, id);
        const who = shape.process === 'norway' ? (0,words/* midSentence */.kt)(shape.respondent, locale) : board.name;
        return {
            board,
            lead: (0,document_words/* docWord */.hW)(locale, 'recommendedLead', { board: who }),
            recommendations: recommendations.filter((r) => r.board.id === id),
        };
    })
        .filter((g) => g.recommendations.length > 0);
}
/** What the auditors asked for and by when, as the answer's opening section. */
function requestedView(registry, a, shape, requestedBoards, locale) {
    if (!a.requested)
        return undefined;
    const t = (key, params) => (0,document_words/* docWord */.hW)(locale, key, params);
    // Who the auditors ask: the boards (Sweden), or the kommunedirektør the kontrollutvalg asks (Norway).
    const asked = shape.process === 'norway' && !a.requested.from
        ? (0,words/* midSentence */.kt)(shape.respondent, locale)
        : (0,words/* joinList */.D7)(locale, requestedBoards.map((id) => (0,words/* midSentence */.kt)(boardRef(registry, id).name, locale)));
    return {
        heading: t('requestedFrom', { boards: asked }),
        text: t('requestedText', {
            deadline: a.answerDue ? t('requestedDeadline', { date: (0,values/* longDate */.lF)(a.answerDue, locale) }) : '',
        }),
        items: (a.requested.items ?? []).map((i) => ['actions-taken', 'planned-actions', 'timeline', 'comments'].includes(i) ? t(`requested.${i}`) : i),
        ...(a.requested.followUp
            ? {
                followUp: shape.process === 'norway' ? t('followUpNoteNorway') : t('followUpNote', { boards: asked }),
            }
            : {}),
    };
}
/** The summary the answer opens with when the register gives none. */
function summaryDefault(a, addressees, locale) {
    const t = (key, params) => (0,document_words/* docWord */.hW)(locale, key, params);
    return t('summaryDefault', {
        auditors: a.auditors ?? t('auditorsDefault'),
        title: a.title,
        addressees: (0,words/* joinList */.D7)(locale, addressees.map((b) => (0,words/* midSentence */.kt)(b.name, locale))),
        firm: a.firm ? t('summaryFirm', { firm: a.firm }) : '',
        date: (0,values/* longDate */.lF)(a.reportDate, locale),
    });
}
function decisionView(registry, d) {
    return {
        proposal: d.proposal,
        proposalDate: d.proposalDate,
        board: boardRef(registry, d.board),
        meetingDate: d.meetingDate,
        paragraph: d.paragraph,
        registrationNumber: d.registrationNumber,
        date: d.date,
        chair: d.chair,
    };
}
// ---------------------------------------------------------------------------------------------------------
// The follow-up of the auditors' recommendations
/** The boards with recommendations in answered audits: each gets its own follow-up. */
function followUpBoards(registry) {
    const ids = new Set();
    for (const audit of valid(registry, 'audit')) {
        if (audit.data.status !== 'answered')
            continue;
        for (const r of audit.data.recommendations)
            ids.add(r.board);
    }
    const order = (registry.organisation?.data.boards ?? []).map((b) => b.id);
    return [...ids]
        .sort((x, y) => {
        const i = order.indexOf(x);
        const j = order.indexOf(y);
        return (i === -1 ? 999 : i) - (j === -1 ? 999 : j) || (x < y ? -1 : 1);
    })
        .map((id) => boardRef(registry, id));
}
function auditFollowUp(registry, board, input) {
    const { locale } = input;
    const t = (key, params) => (0,document_words/* docWord */.hW)(locale, key, params);
    let restrictedAudits = 0;
    const audits = [];
    for (const audit of valid(registry, 'audit')) {
        const a = audit.data;
        if (a.status !== 'answered' || !a.recommendations.some((r) => r.board === board.id))
            continue;
        if ((0,derive/* isRestricted */.Ez)(registry, audit)) {
            restrictedAudits++;
            continue;
        }
        const d = a.decisions?.find((x) => x.board === board.id) ??
            (a.decisions?.length === 1 ? a.decisions[0] : undefined);
        const decided = (0,audit_actions/* decisionDate */.dt)(d);
        const shape = shapeOf(registry, a, board, locale);
        const recommendations = a.recommendations
            .flatMap((r, i) => (r.board === board.id ? [{ r, i }] : []))
            .map(({ r, i }) => {
            const view = recommendationView(registry, r, i, shape, input, undefined);
            // What happened since the decision: the dated changes the answer itself does not show.
            const since = plannedViaPlan(registry, r.plannedActions).flatMap((p) => (0,audit_actions/* statusHistory */.pw)(p)
                .filter((e) => !decided || e.date > decided)
                .map((e) => ({
                action: p.text,
                date: e.date,
                statusLabel: (0,labels/* label */.Pf)(labels/* ACTION_STATUS */.gi, e.status, locale),
                ...(e.note ? { note: e.note } : {}),
            })));
            const counted = view.plannedActions.filter((p) => p.status !== 'cancelled');
            const done = counted.filter((p) => p.status === 'done').length;
            const overdue = view.plannedActions.filter((p) => p.overdue).length;
            return {
                ...view,
                ...(r.stance ? { stanceShort: t(`stanceShort.${r.stance.position}`) } : {}),
                since: since.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0)),
                progress: counted.length
                    ? t('actionsDone', { n: counted.length, done }) +
                        (overdue ? `, ${t('actionsOverdue', { n: overdue })}` : '')
                    : t('noActions'),
                open: counted.length - done,
                overdue,
            };
        });
        audits.push({
            id: audit.id,
            title: a.title,
            report: a.firm
                ? t('reportOf', { firm: a.firm, date: (0,values/* longDate */.lF)(a.reportDate, locale) })
                : (0,values/* longDate */.lF)(a.reportDate, locale),
            answered: decided ? t('answeredOn', { date: (0,values/* longDate */.lF)(decided, locale) }) : t('answerNotDecided'),
            registrationNumber: d?.registrationNumber,
            recommendations,
        });
    }
    const meta = {
        id: `audit-followup-${board.id}`,
        kind: 'audit-followup',
        template: 'audit-followup.njk',
        title: t('followUpTitle', { board: board.name }),
        orientation: 'portrait',
        date: input.today,
        draft: false,
        board,
    };
    return {
        meta,
        context: {
            ...common(registry, input, meta),
            followUp: {
                board,
                lead: t('followUpLead', {
                    date: (0,values/* longDate */.lF)(input.today, locale),
                    board: (0,words/* midSentence */.kt)(board.name, locale),
                }),
                audits,
                restrictedNote: restrictedAudits ? t('restrictedAudits', { n: restrictedAudits }) : undefined,
                empty: audits.length === 0
                    ? t('noRecommendations', { board: (0,words/* midSentence */.kt)(board.name, locale) })
                    : undefined,
            },
        },
    };
}

;// CONCATENATED MODULE: ./build/lib/render/incident-report.js







// The incident report to a board, for the year up to the document's date (`--today 2026-12-31` for a whole
// year): counts by type and month, how fast personal-data breaches were notified, lessons and actions.
// Incidents are restricted by default, so a restricted incident is only ever counted here: it adds to the
// month, the type, the notification-time band and the number of actions, never its title, text or dates.
/**
 * Who gets an incident report: each board that is a controller or has incidents (the council gets none); the
 * organisation where it is the controller.
 */
function incidentReportRecipients(registry) {
    const org = registry.organisation?.data;
    const recorded = valid(registry, 'incident');
    // A registry that keeps no incident register yet gets no empty reports; one that does reports to every
    // board, a year without incidents included (that is worth telling a board too).
    if (recorded.length === 0)
        return [];
    if ((0,country/* profileOf */.dp)(org).controllerModel === 'organisation')
        return [(0,lib_controller/* controllerRef */.uL)(registry, lib_controller/* ORGANISATION */.pP)];
    const named = new Set(recorded.map((i) => i.data.board ?? executiveBoard(registry)?.id ?? ''));
    // Each board that is a controller of personal data gets its yearly report on breaches (seed 001).
    const controllerIds = new Set((0,lib_controller/* controllers */.UM)(registry, valid(registry, 'processing').map((x) => x.data)).map((c) => c.id));
    return common_boards(registry)
        .filter((b) => b.type !== 'council' && (controllerIds.has(b.id) || named.has(b.id)))
        .map((b) => ({ id: b.id, name: b.name, organisation: false }));
}
function incidentReportId(ref) {
    return ref.id === lib_controller/* ORGANISATION */.pP ? 'incident-report' : `incident-report-${ref.id}`;
}
/** Whether an incident is this recipient's: its board's, or the executive board's when it names none. */
function belongsTo(registry, d, ref) {
    if (ref.organisation)
        return true;
    return (d.board ?? executiveBoard(registry)?.id) === ref.id;
}
const TYPES = ['confidentiality', 'integrity', 'availability'];
/** Notification time bands, in hours from discovery: counts are all a restricted breach contributes. */
const BANDS = [
    { id: 'within24', max: 24 },
    { id: 'within72', max: 72 },
    { id: 'later', max: Number.POSITIVE_INFINITY },
];
/** What became of a breach: notified (with the hours), not notified with a reason, or nothing recorded yet. */
function breachOutcome(d, zone) {
    if (d.notification?.at) {
        const ms = (0,derive/* instantOf */.B9)(d.notification.at, zone).getTime() - (0,derive/* instantOf */.B9)(d.discovered, zone).getTime();
        return { outcome: 'notified', hours: Math.round(ms / 360_000) / 10 };
    }
    if (d.notification?.reason || d.consequences?.risk === 'unlikely')
        return { outcome: 'not-notified' };
    return { outcome: 'pending' };
}
/** A register date-time as written (local, or with its offset), split for the template's date filter. */
function dayAndTime(value) {
    return { day: value.slice(0, 10), time: value.slice(11, 16) };
}
function monthOf(dateTime) {
    return Number(dateTime.slice(5, 7));
}
function monthRows(incidents, lastMonth, locale) {
    return Array.from({ length: lastMonth }, (_, i) => {
        const month = i + 1;
        const these = incidents.filter((x) => monthOf(x.data.discovered) === month);
        return {
            month,
            label: (0,values/* monthName */.g6)(month, locale),
            total: these.length,
            breaches: these.filter((x) => x.data.personalDataBreach).length,
            types: TYPES.map((type) => these.filter((x) => x.data.type.includes(type)).length),
        };
    });
}
function breachView(registry, incidents, zone) {
    const breaches = incidents.filter((x) => x.data.personalDataBreach);
    const outcomes = breaches.map((x) => ({ entity: x, ...breachOutcome(x.data, zone) }));
    const notified = outcomes.filter((o) => o.outcome === 'notified');
    const bands = BANDS.map((b, i) => ({
        id: b.id,
        count: notified.filter((o) => (o.hours ?? 0) <= b.max && (i === 0 || (o.hours ?? 0) > (BANDS[i - 1]?.max ?? 0))).length,
    }));
    const rows = outcomes
        .filter((o) => !(0,derive/* isRestricted */.Ez)(registry, o.entity))
        .map((o) => {
        const d = o.entity.data;
        return {
            title: d.title,
            discovered: dayAndTime(d.discovered),
            outcome: o.outcome,
            ...(o.hours !== undefined ? { hours: o.hours, late: o.hours > 72 } : {}),
            ...(d.notification?.at ? { notifiedAt: dayAndTime(d.notification.at) } : {}),
            ...(d.notification?.reference ? { reference: d.notification.reference } : {}),
            ...(d.notification?.reason ? { reason: d.notification.reason } : {}),
            informed: d.dataSubjectsInformed?.informed,
        };
    });
    return {
        total: breaches.length,
        notified: notified.length,
        notNotified: outcomes.filter((o) => o.outcome === 'not-notified').length,
        pending: outcomes.filter((o) => o.outcome === 'pending').length,
        late: notified.filter((o) => (o.hours ?? 0) > 72).length,
        informed: breaches.filter((x) => x.data.dataSubjectsInformed?.informed).length,
        protectedIdentities: breaches.filter((x) => x.data.protectedIdentities === true).length,
        specialCategories: breaches.filter((x) => x.data.specialCategories === true).length,
        bands,
        rows,
        restricted: breaches.length - rows.length,
    };
}
function followUpView(registry, incidents, input) {
    const { locale, today } = input;
    const actions = [];
    const lessons = [];
    const counts = { actions: 0, done: 0, open: 0, overdue: 0, restrictedLessons: 0 };
    for (const x of incidents) {
        const restricted = (0,derive/* isRestricted */.Ez)(registry, x);
        for (const a of x.data.actions ?? []) {
            if (a.status === 'cancelled')
                continue;
            const open = a.status !== 'done';
            const overdue = open && a.due !== undefined && a.due < today;
            counts.actions++;
            if (open)
                counts.open++;
            else
                counts.done++;
            if (overdue)
                counts.overdue++;
            if (!restricted)
                actions.push({
                    incident: x.data.title,
                    text: a.text,
                    owner: roleName(registry, a.owner, locale),
                    ...(a.due ? { due: a.due } : {}),
                    // ICU selectors are identifiers: in-progress is in_progress there.
                    status: (0,i18n.t)(locale, 'incidentReport.actionStatus', { status: a.status.replace('-', '_') }),
                    overdue,
                });
        }
        if (restricted)
            counts.restrictedLessons += x.data.lessons?.length ?? 0;
        else if (x.data.lessons?.length)
            lessons.push({ incident: x.data.title, items: x.data.lessons });
    }
    return { actions, lessons, counts };
}
/** The incident report to one board (or the organisation), for the calendar year up to `input.today`. */
function incidentReport(registry, ref, input) {
    const { locale, today } = input;
    const year = today.slice(0, 4);
    const zone = (0,derive/* registryTimeZone */.h8)(registry);
    const c = collator(locale);
    const all = valid(registry, 'incident').filter((x) => belongsTo(registry, x.data, ref));
    const incidents = all
        .filter((x) => x.data.discovered.slice(0, 4) === year && x.data.discovered.slice(0, 10) <= today)
        .sort((a, b) => (a.data.discovered < b.data.discovered ? -1 : 1));
    const restricted = incidents.filter((x) => (0,derive/* isRestricted */.Ez)(registry, x));
    const open = incidents.filter((x) => !x.data.closed);
    // Still open from an earlier year: counted, as the board follows them up this year too.
    const earlier = all.filter((x) => x.data.discovered.slice(0, 4) < year && !x.data.closed);
    const overdue = [...open, ...earlier].filter((x) => x.data.expectedClosure !== undefined && x.data.expectedClosure < today);
    const lastMonth = Number(today.slice(5, 7));
    const listed = incidents
        .filter((x) => !(0,derive/* isRestricted */.Ez)(registry, x))
        .map((x) => ({
        title: x.data.title,
        discovered: x.data.discovered.slice(0, 10),
        types: x.data.type.map((type) => (0,i18n.t)(locale, 'incidentReport.type', { type })),
        breach: x.data.personalDataBreach,
        ...(x.data.closed ? { closed: x.data.closed.slice(0, 10) } : {}),
        ...(x.data.systems?.length
            ? {
                systems: x.data.systems
                    .map((id) => registry.entities.system.get(id)?.data.name ?? id)
                    .sort((a, b) => c.compare(a, b)),
            }
            : {}),
    }));
    const meta = {
        id: incidentReportId(ref),
        kind: 'incident-report',
        template: 'incident-report.njk',
        title: (0,i18n.t)(locale, 'incidentReport.title', { year, board: ref.name }),
        orientation: 'portrait',
        date: today,
        draft: false,
        board: { id: ref.id, name: ref.name },
    };
    return {
        meta,
        context: {
            ...common(registry, input, meta),
            incidents: {
                year,
                from: `${year}-01-01`,
                to: today,
                recipient: ref,
                total: incidents.length,
                breachCount: incidents.filter((x) => x.data.personalDataBreach).length,
                open: open.length,
                carriedOver: earlier.length,
                authority: (0,country/* profileOf */.dp)(registry.organisation?.data).names.authority[locale],
                overdueClosure: overdue.length,
                restricted: restricted.length,
                types: TYPES.map((type) => ({
                    id: type,
                    label: (0,i18n.t)(locale, 'incidentReport.type', { type }),
                    count: incidents.filter((x) => x.data.type.includes(type)).length,
                })),
                months: monthRows(incidents, lastMonth, locale),
                breaches: breachView(registry, incidents, zone),
                followUp: followUpView(registry, incidents, input),
                shown: listed,
            },
        },
    };
}

// EXTERNAL MODULE: ./build/lib/risk-register.js
var risk_register = __webpack_require__(50299);
;// CONCATENATED MODULE: ./build/lib/render/action-plan.js






function dueText(value, locale) {
    if (value === undefined)
        return '';
    const text = String(value);
    return /^\d{4}-\d{2}-\d{2}$/.test(text) ? (0,values/* shortDate */.XV)(text, locale) : text;
}
function sourceName(registry, a, locale) {
    const { kind, ref, item } = a.data.source;
    const named = (name) => (name ? (item ? `${name}, ${item}` : name) : ref);
    switch (kind) {
        case 'risk':
            return named(registry.entities.risk.get(ref)?.data.title);
        case 'audit':
            return named(registry.entities.audit.get(ref)?.data.title);
        case 'review':
            return named(registry.entities.review.get(ref)?.data.title);
        case 'classification':
            return registry.entities.system.get(ref)?.data.name ?? ref;
        case 'incident': {
            // An incident's account is restricted unless marked otherwise: its title is not repeated here.
            const incident = registry.entities.incident.get(ref);
            return incident && !(0,derive/* isRestricted */.Ez)(registry, incident)
                ? incident.data.title
                : (0,i18n.t)(locale, 'riskdoc.source.incident');
        }
    }
    return ref;
}
/** The latest dated status change, for "since …". */
function since(history) {
    if (!history?.length)
        return undefined;
    let latest = history[0];
    for (const h of history)
        if (latest && h.date >= latest.date)
            latest = h;
    return latest?.date;
}
function planActionRow(registry, a, today, locale, inForce = (0,derive/* classificationsInForce */.AT)(registry)) {
    const d = a.data;
    const due = (0,risk_register/* actionDue */.Fl)(d);
    const board = boardRef(registry, (0,risk_register/* actionBoard */.FK)(registry, a));
    const status = d.status;
    const last = since(d.history);
    return {
        id: a.id,
        restricted: (0,risk_register/* actionRestricted */.yF)(registry, a, inForce),
        title: d.title,
        board,
        sourceKind: d.source.kind,
        sourceLabel: (0,i18n.t)(locale, `riskdoc.source.${d.source.kind}`),
        sourceName: sourceName(registry, a, locale),
        owner: roleName(registry, d.owner, locale),
        dueText: dueText(d.due, locale),
        ...(due ? { due } : {}),
        undated: due === undefined,
        status,
        statusLabel: (0,i18n.t)(locale, `riskdoc.status.${status}`),
        ...(last ? { since: last } : {}),
        overdue: (0,risk_register/* actionOpen */.jW)(status) && due !== undefined && due < today,
        ...(d.done ? { done: d.done } : {}),
        fromAudit: false,
    };
}
/** The planned actions in audit answers that name no action in plan/ (see `lisa migrate`). */
function auditOnlyRows(registry, today, locale) {
    const out = [];
    for (const audit of valid(registry, 'audit')) {
        const restricted = (0,derive/* isRestricted */.Ez)(registry, audit);
        for (const rec of audit.data.recommendations) {
            for (const p of rec.plannedActions ?? []) {
                if (p.plan)
                    continue;
                const status = (p.status ?? 'planned');
                const last = since(p.history);
                out.push({
                    id: `${audit.id}/${p.id}`,
                    restricted,
                    title: p.text,
                    board: boardRef(registry, rec.board),
                    sourceKind: 'audit',
                    sourceLabel: (0,i18n.t)(locale, 'riskdoc.source.audit'),
                    sourceName: `${audit.data.title}, ${rec.id}`,
                    owner: p.owner ? roleName(registry, p.owner, locale) : '',
                    dueText: p.due ? (0,values/* shortDate */.XV)(p.due, locale) : (p.period ?? ''),
                    ...(p.due ? { due: p.due } : {}),
                    undated: !p.due,
                    status,
                    statusLabel: (0,i18n.t)(locale, `riskdoc.status.${status}`),
                    ...(last ? { since: last } : {}),
                    overdue: (0,risk_register/* actionOpen */.jW)(status) && p.due !== undefined && p.due < today,
                    ...(p.done ? { done: p.done } : {}),
                    fromAudit: true,
                });
            }
        }
    }
    return out;
}
/** Overdue first (oldest due first), then open by due, open undated, then done and cancelled. */
function sortActions(rows, locale) {
    const c = collator(locale);
    const rank = (r) => (r.overdue ? 0 : (0,risk_register/* actionOpen */.jW)(r.status) ? (r.undated ? 2 : 1) : 3);
    return [...rows].sort((a, b) => rank(a) - rank(b) ||
        (a.due ?? '9999').localeCompare(b.due ?? '9999') ||
        c.compare(a.board.name, b.board.name) ||
        c.compare(a.title, b.title));
}
function actionCounts(rows) {
    return {
        total: rows.length,
        open: rows.filter((r) => (0,risk_register/* actionOpen */.jW)(r.status)).length,
        overdue: rows.filter((r) => r.overdue).length,
        done: rows.filter((r) => r.status === 'done').length,
        undatedOpen: rows.filter((r) => r.undated && (0,risk_register/* actionOpen */.jW)(r.status)).length,
    };
}
function tally(rows, key, locale) {
    const groups = new Map();
    for (const r of rows) {
        const k = key(r);
        const list = groups.get(k);
        if (list)
            list.push(r);
        else
            groups.set(k, [r]);
    }
    const c = collator(locale);
    return [...groups.entries()]
        .map(([name, list]) => ({ name, ...actionCounts(list) }))
        .sort((a, b) => b.overdue - a.overdue || b.open - a.open || c.compare(a.name, b.name));
}
/** Every row of the plan, restricted ones included (callers count those and leave out their details). */
function allActionRows(registry, today, locale) {
    const inForce = (0,derive/* classificationsInForce */.AT)(registry);
    return [
        ...valid(registry, 'plan').map((a) => planActionRow(registry, a, today, locale, inForce)),
        ...auditOnlyRows(registry, today, locale),
    ];
}
/** The boards with an action of their own in the plan: each gets its own plan document. */
function actionPlanBoards(registry) {
    const ids = new Set();
    for (const a of valid(registry, 'plan')) {
        const b = (0,risk_register/* actionBoard */.FK)(registry, a);
        if (b)
            ids.add(b);
    }
    return boardsAmong(registry, ids);
}
function actionPlanIds(registry) {
    if (registry.entities.plan.size === 0)
        return [];
    return ['action-plan', ...actionPlanBoards(registry).map((b) => `action-plan-${b.id}`)];
}
function actionPlan(registry, input, board) {
    const { locale, today } = input;
    const all = allActionRows(registry, today, locale).filter((r) => !board || r.board.id === board.id);
    const shown = sortActions(all.filter((r) => !r.restricted), locale);
    const counts = actionCounts(all);
    const meta = {
        id: board ? `action-plan-${board.id}` : 'action-plan',
        kind: 'action-plan',
        template: 'action-plan.njk',
        title: board
            ? (0,i18n.t)(locale, 'riskdoc.plan.titleBoard', { board: board.name })
            : (0,i18n.t)(locale, 'riskdoc.plan.title'),
        orientation: 'landscape',
        date: today,
        draft: false,
        ...((board ?? executiveBoard(registry)) ? { board: board ?? executiveBoard(registry) } : {}),
    };
    return {
        meta,
        context: {
            ...common(registry, input, meta),
            plan: {
                perBoard: Boolean(board),
                lead: (0,i18n.t)(locale, 'riskdoc.plan.lead', counts),
                ...(counts.undatedOpen
                    ? { undated: (0,i18n.t)(locale, 'riskdoc.plan.undatedLead', { n: counts.undatedOpen }) }
                    : {}),
                counts,
                rows: shown,
                bySource: tally(all, (r) => r.sourceLabel, locale),
                byOwner: tally(all, (r) => r.owner || (0,i18n.t)(locale, 'riskdoc.noOwner'), locale),
                auditOnly: all.filter((r) => r.fromAudit).length,
                auditNote: (0,i18n.t)(locale, 'riskdoc.plan.auditNote', { n: all.filter((r) => r.fromAudit).length }),
                restrictedCount: all.length - shown.length,
                restrictedNote: (0,i18n.t)(locale, 'riskdoc.plan.restrictedNote', { n: all.length - shown.length }),
            },
        },
    };
}

// EXTERNAL MODULE: ./build/lib/risk-model.js
var risk_model = __webpack_require__(17865);
// EXTERNAL MODULE: ./build/lib/render/charts.js
var charts = __webpack_require__(17964);
;// CONCATENATED MODULE: ./build/lib/render/risk-matrix.js

const CELL_W = 78;
const CELL_H = 50;
const LEFT = 128;
const TOP = 12;
const BOTTOM = 58;
/** A grey from near white to mid grey by the level's share of the highest: dark text stays readable. */
function shade(level, max) {
    const ratio = max > 1 ? (level - 1) / (max - 1) : 0;
    const v = Math.round(250 - ratio * 120);
    return `rgb(${v},${v},${v})`;
}
/** Splits a label into at most two lines of about `width` characters. */
function lines(label, width) {
    if (label.length <= width)
        return [label];
    const cut = label.lastIndexOf(' ', width);
    if (cut <= 0)
        return [label];
    return [label.slice(0, cut), label.slice(cut + 1)];
}
function riskMatrixSvg(input) {
    const rows = input.likelihood.length;
    const cols = input.consequence.length;
    const W = LEFT + cols * CELL_W + 8;
    const H = TOP + rows * CELL_H + BOTTOM;
    const hatch = `${input.id}-hatch`;
    const out = [
        `<svg xmlns="http://www.w3.org/2000/svg" class="chart risk-matrix" viewBox="0 0 ${W} ${H}" role="img" aria-label="${(0,charts/* escapeXml */.X)(input.title)}" font-size="11">`,
        `<title>${(0,charts/* escapeXml */.X)(input.title)}</title>`,
        `<desc>${(0,charts/* escapeXml */.X)(input.description)}</desc>`,
        `<defs><pattern id="${hatch}" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><line x1="0" y1="0" x2="0" y2="8" stroke="#000" stroke-width="1.4" stroke-opacity="0.45"/></pattern></defs>`,
        '<g aria-hidden="true">',
    ];
    // Highest likelihood at the top, as risk matrices are drawn.
    for (let r = 0; r < rows; r++) {
        const y = TOP + (rows - 1 - r) * CELL_H;
        const step = input.likelihood[r];
        if (step) {
            const text = lines(`${step.level} ${step.label}`, 18);
            text.forEach((t, i) => {
                const dy = y + CELL_H / 2 + (i - (text.length - 1) / 2) * 12 + 4;
                out.push(`<text x="${LEFT - 8}" y="${dy}" text-anchor="end">${(0,charts/* escapeXml */.X)(t)}</text>`);
            });
        }
        for (let c = 0; c < cols; c++) {
            const cell = input.cells[r]?.[c];
            if (!cell)
                continue;
            const x = LEFT + c * CELL_W;
            out.push(`<rect x="${x}" y="${y}" width="${CELL_W}" height="${CELL_H}" fill="${shade(cell.level, input.maxLevel)}" stroke="#000" stroke-width="0.6"/>`);
            if (cell.above) {
                out.push(`<rect x="${x}" y="${y}" width="${CELL_W}" height="${CELL_H}" fill="url(#${hatch})"/>`, `<rect x="${x + 1.5}" y="${y + 1.5}" width="${CELL_W - 3}" height="${CELL_H - 3}" fill="none" stroke="#000" stroke-width="2.5"/>`);
            }
            out.push(`<text x="${x + 6}" y="${y + 14}" font-size="10">${cell.level}</text>`);
            if (cell.count > 0) {
                out.push(`<rect x="${x + CELL_W / 2 - 14}" y="${y + CELL_H / 2 - 9}" width="28" height="22" rx="4" fill="#fff" stroke="#000" stroke-width="1"/>`, `<text x="${x + CELL_W / 2}" y="${y + CELL_H / 2 + 7}" text-anchor="middle" font-size="15" font-weight="bold">${cell.count}</text>`);
            }
        }
    }
    const gridBottom = TOP + rows * CELL_H;
    for (let c = 0; c < cols; c++) {
        const step = input.consequence[c];
        if (!step)
            continue;
        const text = lines(`${step.level} ${step.label}`, 13);
        text.forEach((t, i) => {
            out.push(`<text x="${LEFT + c * CELL_W + CELL_W / 2}" y="${gridBottom + 14 + i * 12}" text-anchor="middle">${(0,charts/* escapeXml */.X)(t)}</text>`);
        });
    }
    out.push(`<text x="${LEFT + (cols * CELL_W) / 2}" y="${H - 6}" text-anchor="middle" font-weight="bold">${(0,charts/* escapeXml */.X)(input.words.consequence)} →</text>`, `<text x="12" y="${TOP + (rows * CELL_H) / 2}" text-anchor="middle" font-weight="bold" transform="rotate(-90 12 ${TOP + (rows * CELL_H) / 2})">${(0,charts/* escapeXml */.X)(input.words.likelihood)} →</text>`, '</g>', '</svg>');
    return out.join('');
}

;// CONCATENATED MODULE: ./build/lib/render/risk-report.js









/** The scenarios of the board's analyses (every board's when `board` is undefined). */
function boardScenarios(registry, board) {
    const model = (0,risk_register/* modelOf */.DM)(registry);
    const inForce = (0,derive/* classificationsInForce */.AT)(registry);
    const out = [];
    for (const r of valid(registry, 'risk')) {
        if (board !== undefined && (0,risk_register/* analysisBoard */.n9)(registry, r) !== board)
            continue;
        for (const s of r.data.scenarios) {
            const levels = (0,risk_register/* scenarioLevels */.yU)(model, s);
            out.push({
                analysis: r,
                scenario: s,
                restricted: (0,risk_register/* scenarioRestricted */._T)(registry, r, s, inForce),
                ...(levels.before !== undefined ? { before: levels.before } : {}),
                ...(levels.current !== undefined ? { current: levels.current } : {}),
            });
        }
    }
    return out;
}
/** The boards with an analysis of their own: each gets a risk report. */
function riskReportBoards(registry) {
    const ids = new Set();
    for (const r of valid(registry, 'risk')) {
        const b = (0,risk_register/* analysisBoard */.n9)(registry, r);
        if (b)
            ids.add(b);
    }
    return boardsAmong(registry, ids);
}
function riskReportIds(registry) {
    return riskReportBoards(registry).map((b) => `risk-report-${b.id}`);
}
function matrixView(id, title, model, entries, pick, locale) {
    const counts = new Map();
    for (const e of entries) {
        const at = pick(e);
        if (!at)
            continue;
        const key = `${at[0]}/${at[1]}`;
        counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    const likelihood = model.likelihood.map((s) => ({ level: s.level, label: (0,lib_locale/* pickText */.d3)(s.label, locale) }));
    const consequence = model.consequence.map((s) => ({ level: s.level, label: (0,lib_locale/* pickText */.d3)(s.label, locale) }));
    const cells = likelihood.map((l) => consequence.map((c) => {
        const level = (0,risk_model/* riskLevel */.wl)(model, l.level, c.level) ?? 0;
        return {
            likelihood: l.level,
            consequence: c.level,
            level,
            count: counts.get(`${l.level}/${c.level}`) ?? 0,
            above: level > model.acceptance,
        };
    }));
    const filled = cells.flat().filter((c) => c.count > 0);
    const cellsText = filled.length
        ? filled.map((c) => (0,i18n.t)(locale, 'riskdoc.report.matrixCell', { ...c, n: c.count })).join('; ')
        : (0,i18n.t)(locale, 'riskdoc.report.matrixEmpty');
    const svg = riskMatrixSvg({
        id,
        title,
        description: (0,i18n.t)(locale, 'riskdoc.report.matrixDescription', { title, cells: cellsText }),
        likelihood,
        consequence,
        cells,
        maxLevel: (0,risk_model/* maxRiskLevel */._4)(model),
        words: { likelihood: (0,i18n.t)(locale, 'riskdoc.likelihood'), consequence: (0,i18n.t)(locale, 'riskdoc.consequence') },
    });
    // The table reads top to bottom as the picture does: highest likelihood first.
    const rows = likelihood
        .map((l, i) => ({
        label: `${l.level} ${l.label}`,
        cells: (cells[i] ?? []).map((c) => ({
            level: c.level,
            count: c.count,
            above: c.above,
        })),
    }))
        .reverse();
    return {
        id,
        title,
        svg,
        head: consequence.map((c) => `${c.level} ${c.label}`),
        rows,
    };
}
function entitled(model, role, level) {
    if (!model.mayAccept || level === undefined)
        return true;
    return model.mayAccept.some((m) => m.role === role && m.upTo >= level);
}
function actionsOf(registry, s, today, locale) {
    const out = [];
    for (const id of s.actions ?? []) {
        const a = registry.entities.plan.get(id);
        if (a?.valid)
            out.push(planActionRow(registry, a, today, locale));
    }
    return out.filter((a) => !a.restricted);
}
function scenarioView(registry, e, today, locale) {
    const s = e.scenario;
    return {
        ref: `${e.analysis.id}/${s.id}`,
        id: s.id,
        analysis: e.analysis.data.title,
        object: (0,risk_register/* objectName */.Hd)(registry, e.analysis, locale),
        threat: s.threat,
        ...(s.vulnerability ? { vulnerability: s.vulnerability } : {}),
        before: e.before,
        current: e.current,
        reassessed: Boolean(s.residual),
        ...(s.residual?.assessed ? { assessed: s.residual.assessed } : {}),
        treatment: (0,i18n.t)(locale, `riskdoc.treatment.${s.treatment ?? 'none'}`),
        untreated: !s.treatment,
        actions: actionsOf(registry, s, today, locale),
        existingMeasures: s.existingMeasures ?? [],
    };
}
function riskReport(registry, input, board) {
    const { locale, today } = input;
    const model = (0,risk_register/* modelOf */.DM)(registry);
    const entries = boardScenarios(registry, board.id);
    const inForce = (0,derive/* classificationsInForce */.AT)(registry);
    const analyses = valid(registry, 'risk').filter((r) => (0,risk_register/* analysisBoard */.n9)(registry, r) === board.id);
    const c = collator(locale);
    const open = entries.filter((e) => !e.restricted);
    const above = open
        .filter((e) => (e.before ?? 0) > model.acceptance)
        .sort((a, b) => (b.current ?? 0) - (a.current ?? 0) || (b.before ?? 0) - (a.before ?? 0));
    const accepted = open.filter((e) => e.scenario.treatment === 'accept');
    const meta = {
        id: `risk-report-${board.id}`,
        kind: 'risk-report',
        template: 'risk-report.njk',
        title: (0,i18n.t)(locale, 'riskdoc.report.title', { board: board.name }),
        orientation: 'portrait',
        date: today,
        draft: false,
        board: boardRef(registry, board.id),
    };
    const steps = (list) => list.map((s) => `${s.level} ${(0,lib_locale/* pickText */.d3)(s.label, locale).toLowerCase()}`).join(', ');
    return {
        meta,
        context: {
            ...common(registry, input, meta),
            risk: {
                acceptance: model.acceptance,
                lead: (0,i18n.t)(locale, 'riskdoc.report.lead', {
                    analyses: analyses.length,
                    scenarios: entries.length,
                    above: entries.filter((e) => (e.current ?? 0) > model.acceptance).length,
                    accepted: entries.filter((e) => e.scenario.treatment === 'accept').length,
                    acceptance: model.acceptance,
                }),
                // Analyses exist but every one is restricted: say so rather than "no analyses" under a lead that counts them.
                allRestricted: analyses.length > 0 && analyses.every((r) => (0,derive/* isRestricted */.Ez)(registry, r, inForce)),
                analyses: analyses
                    .filter((r) => !(0,derive/* isRestricted */.Ez)(registry, r, inForce))
                    .map((r) => ({
                    id: r.id,
                    title: r.data.title,
                    object: (0,risk_register/* objectName */.Hd)(registry, r, locale),
                    date: r.data.date,
                    nextReview: r.data.nextReview,
                    overdue: r.data.nextReview < today,
                    scenarios: r.data.scenarios.length,
                    method: r.data.method,
                }))
                    .sort((a, b) => c.compare(a.object, b.object)),
                matrices: [
                    matrixView(`${board.id}-before`, (0,i18n.t)(locale, 'riskdoc.report.matrixBefore'), model, entries, (e) => [e.scenario.likelihood, e.scenario.consequence], locale),
                    matrixView(`${board.id}-now`, (0,i18n.t)(locale, 'riskdoc.report.matrixNow'), model, entries, (e) => e.scenario.residual
                        ? [e.scenario.residual.likelihood, e.scenario.residual.consequence]
                        : [e.scenario.likelihood, e.scenario.consequence], locale),
                ],
                legend: (0,i18n.t)(locale, 'riskdoc.report.matrixLegend', { acceptance: model.acceptance }),
                scales: [
                    (0,i18n.t)(locale, 'riskdoc.report.scaleLikelihood', { steps: steps(model.likelihood) }),
                    (0,i18n.t)(locale, 'riskdoc.report.scaleConsequence', { steps: steps(model.consequence) }),
                ],
                above: above.map((e) => scenarioView(registry, e, today, locale)),
                accepted: accepted.map((e) => ({
                    ...scenarioView(registry, e, today, locale),
                    acceptedBy: roleName(registry, e.scenario.acceptedBy, locale),
                    acceptedOn: e.scenario.acceptedOn,
                    ...(entitled(model, e.scenario.acceptedBy, e.current)
                        ? {}
                        : { notEntitled: (0,i18n.t)(locale, 'riskdoc.report.notEntitled', { level: e.current ?? '' }) }),
                })),
                restrictedCount: entries.length - open.length,
                restrictedNote: (0,i18n.t)(locale, 'riskdoc.report.restrictedNote', { n: entries.length - open.length }),
            },
        },
    };
}

;// CONCATENATED MODULE: ./build/lib/render/review-minutes.js







// The minutes of a management review (ledningens genomgång, ISO/IEC 27001 9.3) in the shape a board files:
// who was present, the inputs of 9.3.2 in the standard's order, the decisions of 9.3.3 with the actions they
// created in the plan, and the next review. Beside the inputs as written, the plan's and the risk analyses'
// state on the day of the review, computed from the registers (the history of each action), so the minutes
// show what the meeting had before it.
const INPUTS = [
    'actions',
    'changes',
    'nonconformities',
    'monitoring',
    'audits',
    'risks',
    'feedback',
    'improvements',
];
function reviewIds(registry) {
    return valid(registry, 'review').map((r) => `management-review-${r.id}`);
}
/** The plan and the risk analyses as they stood on `date`. */
function registerFacts(registry, date) {
    const model = (0,risk_register/* modelOf */.DM)(registry);
    let open = 0;
    let overdue = 0;
    let done = 0;
    for (const a of valid(registry, 'plan')) {
        const first = a.data.history?.[0]?.date;
        if (first && first > date)
            continue;
        const status = (0,risk_register/* actionStatusOn */.UT)(a.data, date);
        const due = (0,risk_register/* actionDue */.Fl)(a.data);
        if ((0,risk_register/* actionOpen */.jW)(status)) {
            open++;
            if (due && due < date)
                overdue++;
        }
        else if (status === 'done')
            done++;
    }
    const analyses = valid(registry, 'risk').filter((r) => r.data.date <= date);
    const ids = new Set(analyses.map((r) => r.id));
    // A residual assessed after the review was not before it: the level before treatment counts then.
    const above = boardScenarios(registry).filter((e) => {
        if (!ids.has(e.analysis.id))
            return false;
        const assessed = e.scenario.residual?.assessed;
        const level = assessed && assessed > date ? e.before : e.current;
        return (level ?? 0) > model.acceptance;
    }).length;
    return {
        actions: { open, overdue, done },
        risks: {
            analyses: analyses.length,
            above,
            overdue: analyses.filter((r) => r.data.nextReview < date).length,
        },
    };
}
function managementReview(registry, input, id) {
    const { locale, today } = input;
    const entity = registry.entities.review.get(id.replace(/^management-review-/, ''));
    if (!entity?.valid)
        throw new Error(`no valid review for ${id}`);
    const r = entity.data;
    const board = r.board ? boardRef(registry, r.board) : executiveBoard(registry);
    const meta = {
        id,
        kind: 'management-review',
        template: 'management-review.njk',
        title: r.title,
        orientation: 'portrait',
        date: r.date,
        draft: false,
        ...(board ? { board } : {}),
    };
    const restricted = (0,derive/* isRestricted */.Ez)(registry, entity);
    const facts = registerFacts(registry, r.date);
    const inputs = r.inputs;
    return {
        meta,
        context: {
            ...common(registry, input, meta),
            review: {
                restricted,
                participants: restricted ? [] : r.participants.map((p) => roleName(registry, p, locale)),
                inputs: restricted
                    ? []
                    : INPUTS.map((key) => ({
                        key,
                        heading: (0,i18n.t)(locale, `riskdoc.review.input.${key}`),
                        text: inputs[key],
                    })),
                facts: restricted
                    ? []
                    : [
                        (0,i18n.t)(locale, 'riskdoc.review.factActions', facts.actions),
                        (0,i18n.t)(locale, 'riskdoc.review.factRisks', facts.risks),
                    ],
                decisions: restricted
                    ? []
                    : r.decisions.map((d) => ({
                        id: d.id,
                        text: d.text,
                        actions: (d.actions ?? []).map((aid) => {
                            const a = registry.entities.plan.get(aid);
                            if (!a?.valid)
                                return { missing: (0,i18n.t)(locale, 'riskdoc.review.missingAction', { id: aid }) };
                            const row = planActionRow(registry, a, today, locale);
                            return row.restricted ? { restricted: true } : row;
                        }),
                    })),
                ...(r.nextReview ? { nextReview: r.nextReview } : {}),
            },
        },
    };
}

;// CONCATENATED MODULE: ./build/lib/render/risk-documents.js



// The documents of the risk register and the action plan, registered with model.ts in two lines: the risk
// report per board, the action plan in total and per board, and the minutes of each management review.
function riskDocumentIds(registry) {
    return [...riskReportIds(registry), ...actionPlanIds(registry), ...reviewIds(registry)];
}
function buildRiskDocuments(registry, input, want) {
    const out = [];
    for (const b of riskReportBoards(registry))
        if (want(`risk-report-${b.id}`))
            out.push(riskReport(registry, input, b));
    if (registry.entities.plan.size > 0) {
        if (want('action-plan'))
            out.push(actionPlan(registry, input));
        for (const b of actionPlanBoards(registry))
            if (want(`action-plan-${b.id}`))
                out.push(actionPlan(registry, input, b));
    }
    for (const id of reviewIds(registry))
        if (want(id))
            out.push(managementReview(registry, input, id));
    return out;
}

;// CONCATENATED MODULE: ./build/lib/render/documents.js
// Which documents a registry gives, by id: the audit answers and follow-ups, the yearly reports (one per board
// with something of its own), the KPI review, a register of processing per controller, the systems overview.





/** The controllers that keep a register of processing activities: boards, or the organisation itself. */
function controllerBoards(registry) {
    return (0,lib_controller/* controllers */.UM)(registry, valid(registry, 'processing').map((p) => p.data));
}
/**
 * The boards besides the executive board that get their own yearly report: each board with information,
 * systems, processing activities or audit recommendations of its own (the council gets none).
 */
function reportBoards(registry) {
    const exec = executiveBoard(registry)?.id;
    const owning = new Set();
    for (const a of valid(registry, 'asset'))
        owning.add(a.data.board ?? '');
    for (const s of valid(registry, 'system'))
        owning.add(s.data.board ?? '');
    for (const p of valid(registry, 'processing'))
        owning.add((0,lib_controller/* controllerIdOf */.nJ)(p.data));
    for (const a of valid(registry, 'audit'))
        for (const r of a.data.recommendations)
            owning.add(r.board);
    return common_boards(registry)
        .filter((b) => b.id !== exec && b.type !== 'council' && owning.has(b.id))
        .map((b) => ({ id: b.id, name: b.name }));
}
function documentIds(registry) {
    return [
        ...valid(registry, 'audit').flatMap((a) => auditAnswers(a).map((d) => d.id)),
        ...followUpBoards(registry).map((b) => `audit-followup-${b.id}`),
        'yearly-report',
        ...reportBoards(registry).map((b) => `yearly-report-${b.id}`),
        'kpi-review',
        ...controllerBoards(registry).map(lib_controller/* processingRegisterId */.OL),
        'systems-overview',
        ...incidentReportRecipients(registry).map(incidentReportId),
        ...riskDocumentIds(registry),
    ];
}

// EXTERNAL MODULE: ./build/lib/facts/quarters.js
var facts_quarters = __webpack_require__(54507);
;// CONCATENATED MODULE: ./build/lib/render/kpi-review.js
// The quarterly KPI review's view model, and the KPI views the yearly report shares.










const CHART_WORDS = {
    values: 'documents.kpi.result',
    target: 'documents.kpi.target',
    missing: 'documents.kpi.missing',
    description: 'chart.description',
    missingValue: 'chart.missingValue',
    notMeasured: 'documents.kpi.notMeasured',
};
function onTarget(kpi, value) {
    return kpi.direction === 'lower-is-better' ? value <= kpi.target : value >= kpi.target;
}
function definitionOf(registry, k, locale) {
    const picked = (0,lib_locale/* pickTextLang */.ZF)(k.definition, locale, registry.organisation?.data.locale ?? 'sv');
    return picked.text ? { definition: picked.text, definitionLang: picked.lang } : {};
}
function kpiView(registry, entity, quarters, locale) {
    const k = entity.data;
    if ((0,derive/* isRestricted */.Ez)(registry, entity))
        return { id: entity.id, name: k.name, restricted: true, rows: [], missing: [] };
    const fmt = (v) => (0,values/* formatValue */.Fl)(v, k.unit, locale);
    // Measured from `since`, or else from the first quarter the register has (a value or an explicit null):
    // quarters before that were never expected, quarters after it without a value are missing.
    const start = k.since ?? Object.keys(k.values).sort()[0];
    const rows = quarters.map((q) => {
        const raw = k.values[q];
        const value = typeof raw === 'number' && Number.isFinite(raw) ? raw : null;
        const notMeasured = value === null && (start === undefined || q < start);
        const comment = k.comments?.[q];
        return {
            quarter: q,
            label: (0,labels/* quarterLabel */.j_)(q, locale),
            value,
            valueText: value === null ? '' : fmt(value),
            missing: value === null && !notMeasured,
            notMeasured,
            ...(comment ? { comment } : {}),
            ...(value !== null ? { onTarget: onTarget(k, value) } : {}),
        };
    });
    const latest = rows[rows.length - 1];
    const previous = rows[rows.length - 2];
    let change;
    if (latest?.value != null && previous?.value != null) {
        const delta = latest.value - previous.value;
        const better = k.direction === 'lower-is-better' ? delta < 0 : delta > 0;
        change = delta === 0 ? 'same' : better ? 'better' : 'worse';
    }
    const measured = rows.filter((r) => !r.notMeasured);
    const valuesText = rows
        .map((r) => `${r.label}: ${r.value === null ? (0,i18n.t)(locale, CHART_WORDS[r.notMeasured ? 'notMeasured' : 'missingValue']) : r.valueText}`)
        .join('; ');
    const description = (0,i18n.t)(locale, CHART_WORDS.description, {
        from: rows[0]?.label ?? '',
        to: latest?.label ?? '',
        target: fmt(k.target),
        direction: (0,labels/* label */.Pf)(labels/* KPI_DIRECTION */.l1, k.direction, locale).toLowerCase(),
        values: valuesText,
    });
    const chart = (0,charts/* lineChart */.Tz)({
        id: `chart-${entity.id}`,
        title: k.name,
        description,
        categories: measured.map((r) => r.label),
        values: measured.map((r) => r.value),
        target: k.target,
        format: fmt,
        words: {
            values: (0,i18n.t)(locale, CHART_WORDS.values),
            target: (0,i18n.t)(locale, CHART_WORDS.target),
            missing: (0,i18n.t)(locale, CHART_WORDS.missing),
        },
        ...(k.unit === 'percent' ? { max: 100 } : {}),
    });
    return {
        id: entity.id,
        name: k.name,
        restricted: false,
        ...definitionOf(registry, k, locale),
        unitLabel: (0,labels/* label */.Pf)(labels/* KPI_UNIT */.oF, k.unit, locale),
        directionLabel: (0,labels/* label */.Pf)(labels/* KPI_DIRECTION */.l1, k.direction, locale),
        target: k.target,
        targetText: fmt(k.target),
        owner: roleName(registry, k.owner, locale),
        source: k.source,
        rows,
        latest,
        previous,
        status: latest?.value == null ? 'missing' : latest.onTarget ? 'on-target' : 'below-target',
        change,
        missing: rows.filter((r) => r.missing).map((r) => r.label),
        chart,
    };
}
function kpiViews(registry, input) {
    const last = (0,facts_quarters/* reviewQuarter */.rm)(input.today);
    const quarters = (0,facts_quarters/* quartersEnding */.nG)(last, 8);
    const c = collator(input.locale);
    const kpis = valid(registry, 'kpi')
        .map((k) => kpiView(registry, k, quarters, input.locale))
        .sort((a, b) => c.compare(a.name, b.name));
    // "The last eight quarters" only when eight were measured: else the quarters since the first measurement.
    const firstMeasured = Math.min(quarters.length - 1, ...kpis
        .filter((k) => !k.restricted)
        .map((k) => k.rows.findIndex((r) => !r.notMeasured))
        .filter((i) => i >= 0));
    const shown = quarters.slice(firstMeasured).map((q) => (0,labels/* quarterLabel */.j_)(q, input.locale));
    const windowText = shown.length === 8
        ? (0,document_words/* docWord */.hW)(input.locale, 'kpiWindowFull', { from: shown[0], to: shown.at(-1) })
        : (0,document_words/* docWord */.hW)(input.locale, 'kpiWindow', { n: shown.length, from: shown[0], to: shown.at(-1) });
    return {
        quarter: last,
        quarterLabel: (0,labels/* quarterLabel */.j_)(last, input.locale),
        quarters: quarters.map((q) => (0,labels/* quarterLabel */.j_)(q, input.locale)),
        measuredQuarters: shown.length,
        windowText,
        kpis,
    };
}
function kpiReview(registry, input) {
    const views = kpiViews(registry, input);
    const meta = {
        id: 'kpi-review',
        kind: 'kpi-review',
        template: 'kpi-review.njk',
        title: (0,i18n.t)(input.locale, labels/* TITLES */.eX.kpiReview, { quarter: views.quarterLabel }),
        orientation: 'portrait',
        date: input.today,
        draft: false,
        ...(executiveBoard(registry) ? { board: executiveBoard(registry) } : {}),
    };
    const open = views.kpis.filter((k) => !k.restricted);
    return {
        meta,
        context: {
            ...common(registry, input, meta),
            review: {
                ...views,
                // The charts show the quarters since the first measurement (at most eight).
                first: views.quarters[views.quarters.length - views.measuredQuarters],
                last: views.quarters[views.quarters.length - 1],
                withMissing: open.filter((k) => k.missing.length > 0),
                onTarget: open.filter((k) => k.status === 'on-target').length,
                belowTarget: open.filter((k) => k.status === 'below-target').length,
                missingLatest: open.filter((k) => k.status === 'missing').length,
                restrictedCount: views.kpis.length - open.length,
            },
        },
    };
}

// EXTERNAL MODULE: ./build/lib/facts/dpia.js
var facts_dpia = __webpack_require__(27424);
// EXTERNAL MODULE: ./build/lib/rules/agreements.js
var rules_agreements = __webpack_require__(64391);
;// CONCATENATED MODULE: ./build/lib/render/processing-agreements.js




function covering(registry, processingId) {
    return valid(registry, 'agreement').filter((a) => (a.data.processing ?? []).includes(processingId));
}
function processingAgreements(registry, processingId, locale) {
    return covering(registry, processingId).map((a) => {
        // Who a restricted agreement is with stays out of the register, which is public: it is there, no more.
        if ((0,derive/* isRestricted */.Ez)(registry, a))
            return { restricted: true };
        const d = a.data;
        return {
            restricted: false,
            counterparty: d.counterparty,
            type: (0,i18n.t)(locale, 'yearly.agreements.type', { type: d.type.replaceAll('-', '_') }),
            ...(d.end ? { end: d.end } : {}),
            ...(d.reference ? { reference: d.reference } : {}),
        };
    });
}
/** The activity's processors, each without an agreement date of its own given the one in agreement/. */
function withRegisterAgreements(registry, processingId, processors) {
    const agreements = covering(registry, processingId).filter((a) => a.data.type === 'processor-agreement' && !(0,derive/* isRestricted */.Ez)(registry, a));
    return processors.map((x) => {
        if (x.agreement)
            return x;
        const found = agreements.find((a) => (0,rules_agreements/* sameParty */.xW)(a.data.counterparty, x.name));
        if (!found)
            return x;
        return {
            ...x,
            agreement: found.data.start,
            ...(x.agreementReference || !found.data.reference ? {} : { agreementReference: found.data.reference }),
        };
    });
}

;// CONCATENATED MODULE: ./build/lib/render/processing-register.js
// The register of processing activities (Art. 30) per controller: its view model and one row per activity,
// which the yearly report, the CSV and the XLSX export share.









/** Why an activity needs a DPIA, in words: the grounds `dpiaOf` gives, as the dpia-missing rule sees them. */
function dpiaReasons(p, locale) {
    return (0,facts_dpia/* dpiaOf */.M)(p).reasons.map((r) => r.code === 'criteria' ? (0,i18n.t)(locale, labels/* DPIA_REASON */.U3.criteria, { n: r.n }) : (0,i18n.t)(locale, labels/* DPIA_REASON */.U3[r.code]));
}
function processingRow(registry, entity, locale) {
    const p = entity.data;
    const controller = (0,lib_controller/* controllerRef */.uL)(registry, p.controller);
    const role = p.role ?? 'controller';
    const roleLabel = (0,labels/* label */.Pf)(labels/* PROCESSING_ROLE */.D, role, locale);
    // Name, controller and role stay: the board must be able to say the activity exists, not what it holds.
    if ((0,derive/* isRestricted */.Ez)(registry, entity))
        return { id: entity.id, name: p.name, restricted: true, role, roleLabel, controller };
    const systemName = (id) => registry.entities.system.get(id)?.data.name ?? id;
    const dpia = (0,facts_dpia/* dpiaOf */.M)(p);
    return {
        id: entity.id,
        name: p.name,
        restricted: false,
        role,
        roleLabel,
        controller,
        jointControllers: p.jointControllers ?? [],
        controllersServed: p.controllersServed ?? [],
        purposes: p.purposes,
        legalBasis: p.legalBasis.map((b) => ({
            label: (0,labels/* label */.Pf)(labels/* LEGAL_BASIS */.pH, b.basis, locale),
            ...(b.reference ? { reference: b.reference } : {}),
        })),
        dataSubjects: p.dataSubjects,
        ...(p.dataSubjectsCount !== undefined ? { dataSubjectsCount: p.dataSubjectsCount } : {}),
        personalData: p.personalData,
        specialCategories: (p.specialCategories ?? []).map((s) => (0,labels/* label */.Pf)(labels/* SPECIAL_CATEGORY */.x2, s, locale)),
        criminalData: Boolean(p.criminalData),
        identityNumbers: Boolean(p.identityNumbers),
        protectedIdentities: Boolean(p.protectedIdentities),
        recipients: (p.recipients ?? []).map((r) => ({
            name: r.name,
            ...(r.country ? { country: (0,values/* countryName */.GL)(r.country, locale) } : {}),
        })),
        processors: withRegisterAgreements(registry, entity.id, (p.processors ?? []).map((x) => ({
            name: x.name,
            ...(x.agreement ? { agreement: x.agreement } : {}),
            ...(x.agreementReference ? { agreementReference: x.agreementReference } : {}),
            ...(x.country ? { country: (0,values/* countryName */.GL)(x.country, locale) } : {}),
        }))),
        agreements: processingAgreements(registry, entity.id, locale),
        transfers: (p.thirdCountryTransfers ?? []).map((t) => ({
            country: (0,values/* countryName */.GL)(t.country, locale),
            ...(t.recipient ? { recipient: t.recipient } : {}),
            safeguard: (0,labels/* label */.Pf)(labels/* SAFEGUARD */.pe, t.safeguard, locale),
            ...(t.reference ? { reference: t.reference } : {}),
        })),
        retention: p.retention,
        securityMeasures: p.securityMeasures,
        systems: (p.systems ?? []).map(systemName),
        ...(p.dpia
            ? {
                dpia: {
                    status: p.dpia.status,
                    statusLabel: (0,labels/* label */.Pf)(labels/* DPIA_STATUS */.IC, p.dpia.status, locale),
                    ...(p.dpia.date ? { date: p.dpia.date } : {}),
                    ...(p.dpia.reference ? { reference: p.dpia.reference } : {}),
                    criteria: (p.dpia.criteria ?? []).map((c) => (0,labels/* label */.Pf)(labels/* DPIA_CRITERION */.Jj, c, locale)),
                },
            }
            : {}),
        dpiaNeeded: dpia.needed,
        dpiaReasons: dpiaReasons(p, locale),
        automatedDecisions: Boolean(p.automatedDecisions),
    };
}
function contactsOf(registry, roleId, locale) {
    if (!roleId)
        return undefined;
    const role = registry.organisation?.data.roles?.[roleId];
    return {
        role: roleName(registry, roleId, locale),
        emails: (role?.people ?? []).map((p) => p.email).filter((e) => Boolean(e)),
    };
}
function processingRegister(registry, board, input) {
    const { locale } = input;
    const c = collator(locale);
    const contacts = (0,lib_controller/* controllerContacts */.Wo)(registry, board.id);
    const rows = valid(registry, 'processing')
        .filter((p) => (0,lib_controller/* controllerIdOf */.nJ)(p.data) === board.id)
        .map((p) => processingRow(registry, p, locale))
        .sort((a, b) => c.compare(a.name, b.name));
    const dpoRole = contacts.dpo ??
        Object.entries(registry.organisation?.data.roles ?? {}).find(([, r]) => r?.kind === 'dpo' && (!r.board || r.board === board.id))?.[0];
    const meta = {
        id: (0,lib_controller/* processingRegisterId */.OL)(board),
        kind: 'processing-register',
        template: 'processing-register.njk',
        title: (0,i18n.t)(locale, labels/* TITLES */.eX.processingRegister, { board: board.name }),
        orientation: 'landscape',
        date: input.today,
        draft: false,
        board: { id: board.id, name: board.name },
    };
    const open = rows.filter((r) => !r.restricted);
    return {
        meta,
        context: {
            ...common(registry, input, meta),
            register: {
                board,
                contact: contacts.contact,
                chair: contactsOf(registry, contacts.chair, locale),
                dpo: contactsOf(registry, dpoRole, locale),
                delegatedTo: contactsOf(registry, contacts.delegatedTo, locale),
                controllerRows: rows.filter((r) => r.role === 'controller'),
                processorRows: rows.filter((r) => r.role === 'processor'),
                total: rows.length,
                restrictedCount: rows.length - open.length,
            },
        },
        csv: rows,
    };
}

;// CONCATENATED MODULE: ./build/lib/render/systems-overview.js
// The systems and classification overview: each system's protection against what its information requires.








function systemsOverview(registry, input) {
    const { locale } = input;
    const inForce = (0,derive/* classificationsInForce */.AT)(registry);
    const bySystem = (0,derive/* assetsBySystem */.G_)(registry);
    const months = registry.organisation?.data.reviewMonths?.classification ?? model/* DEFAULT_REVIEW_MONTHS */.lT.classification;
    const aspects = registry.model.aspects.map((a) => a.id);
    const systems = systemRows(registry, locale, inForce, bySystem, aspects);
    const assets = assetRows(registry, input, inForce, months, aspects);
    const retired = valid(registry, 'system').filter((s) => s.data.status === 'retired').length;
    const meta = {
        id: 'systems-overview',
        kind: 'systems-overview',
        template: 'systems-overview.njk',
        title: (0,i18n.t)(locale, labels/* TITLES */.eX.systemsOverview),
        orientation: 'landscape',
        date: input.today,
        draft: false,
        ...(executiveBoard(registry) ? { board: executiveBoard(registry) } : {}),
    };
    const openAssets = assets.filter((a) => !a.restricted);
    return {
        meta,
        context: {
            ...common(registry, input, meta),
            overview: {
                method: registry.model.method,
                systemGroups: groupByBoard(systems),
                assetGroups: groupByBoard(assets),
                systemCount: systems.length,
                belowCount: systems.filter((s) => 'below' in s && s.below).length,
                assetCount: assets.length,
                classifiedCount: assets.filter((a) => inForce.has(a.id)).length,
                overdueCount: openAssets.filter((a) => 'overdue' in a && a.overdue).length,
                restrictedSystems: systems.filter((s) => s.restricted).length,
                restrictedAssets: assets.length - openAssets.length,
                retired,
                levelLabels: registry.model.levels.map((l) => ({
                    value: l.value,
                    label: (0,model/* levelLabel */.v3)(registry.model, l.value, locale),
                })),
            },
        },
    };
}
/** The systems in use, by board and name: what each holds and whether its protection is below what it needs. */
function systemRows(registry, locale, inForce, bySystem, aspects) {
    const c = collator(locale);
    return valid(registry, 'system')
        .filter((s) => s.data.status !== 'retired')
        .map((s) => {
        const board = boardRef(registry, s.data.board);
        if ((0,derive/* isRestricted */.Ez)(registry, s, inForce))
            return { id: s.id, name: s.data.name, board, restricted: true };
        const required = (0,derive/* requiredProtection */.bq)(s.id, bySystem, inForce);
        const levels = aspects.map((aspect) => {
            const have = s.data.protection[aspect];
            const need = required.get(aspect)?.level;
            return { aspect, have, need, below: need !== undefined && (have === undefined || have < need) };
        });
        return {
            id: s.id,
            name: s.data.name,
            board,
            restricted: false,
            description: (0,lib_locale/* pickText */.d3)(s.data.description, locale) || undefined,
            owner: roleName(registry, s.data.owner, locale),
            administrator: roleName(registry, s.data.administrator, locale),
            supplier: s.data.supplier,
            hosting: (0,labels/* label */.Pf)(labels/* HOSTING */.fr, s.data.hosting, locale),
            hostingCountry: s.data.hostingCountry && !(0,labels/* hostingNamesCountry */.D2)(s.data.hosting, s.data.hostingCountry)
                ? (0,values/* countryName */.GL)(s.data.hostingCountry, locale)
                : undefined,
            status: (0,labels/* label */.Pf)(labels/* SYSTEM_STATUS */.df, s.data.status ?? 'active', locale),
            levels,
            below: levels.some((l) => l.below),
            assets: (bySystem.get(s.id) ?? []).map((a) => (0,derive/* isRestricted */.Ez)(registry, a, inForce) ? null : a.data.name),
        };
    })
        .sort((a, b) => c.compare(a.board.name, b.board.name) || c.compare(a.name, b.name));
}
/** The information assets, by board and name, with their classification and when it is to be reviewed. */
function assetRows(registry, input, inForce, months, aspects) {
    const { locale } = input;
    const c = collator(locale);
    return valid(registry, 'asset')
        .map((a) => {
        const board = boardRef(registry, a.data.board);
        if ((0,derive/* isRestricted */.Ez)(registry, a, inForce))
            return { id: a.id, name: a.data.name, board, restricted: true };
        const cl = inForce.get(a.id);
        const due = cl ? (0,derive/* classificationReviewDue */.lI)(cl.data, months) : undefined;
        return {
            id: a.id,
            name: a.data.name,
            board,
            restricted: false,
            owner: roleName(registry, a.data.owner, locale),
            systems: (a.data.systems ?? []).map((id) => registry.entities.system.get(id)?.data.name ?? id),
            personalData: Boolean(a.data.personalData &&
                ((a.data.personalData.categories?.length ?? 0) > 0 ||
                    (a.data.personalData.dataSubjects?.length ?? 0) > 0)),
            classified: cl?.data.date,
            levels: aspects.map((aspect) => ({ aspect, level: cl?.data.levels[aspect]?.level })),
            reviewDue: due,
            overdue: due !== undefined && due < input.today,
        };
    })
        .sort((a, b) => c.compare(a.board.name, b.board.name) || c.compare(a.name, b.name));
}
/** Rows sorted by board, as one group per board. */
function groupByBoard(rows) {
    const out = [];
    for (const r of rows) {
        const last = out[out.length - 1];
        if (last && last.board.id === r.board.id)
            last.rows.push(r);
        else
            out.push({ board: r.board, rows: [r] });
    }
    return out;
}

;// CONCATENATED MODULE: ./build/lib/render/yearly-agreements.js





function yearlyAgreements(registry, input, scope) {
    const { locale, today } = input;
    const c = collator(locale);
    const horizon = (0,derive/* addMonths */.PS)(today, 12);
    if (registry.entities.agreement.size === 0)
        return { kept: false };
    const agreements = valid(registry, 'agreement').filter((a) => !scope || a.data.board === scope.id);
    const rows = [];
    for (const a of agreements) {
        const d = a.data;
        const end = (0,rules_agreements/* currentEnd */.z6)(d, today);
        if (!end || end > horizon)
            continue;
        const notice = d.noticePeriod ? (0,rules_agreements/* noticeDate */.TN)(d, today) : undefined;
        const state = end < today ? 'expired' : notice && notice <= today ? 'notice' : 'expiring';
        const stateLabel = (0,i18n.t)(locale, 'yearly.agreements.state', { state });
        // A restricted agreement is counted and dated; who it is with stays out of the board's document.
        if ((0,derive/* isRestricted */.Ez)(registry, a)) {
            rows.push({ counterparty: '', restricted: true, state, stateLabel, end });
            continue;
        }
        rows.push({
            counterparty: d.counterparty,
            restricted: false,
            type: (0,i18n.t)(locale, 'yearly.agreements.type', { type: d.type.replaceAll('-', '_') }),
            end,
            ...(notice ? { notice } : {}),
            ...(d.owner ? { owner: roleName(registry, d.owner, locale) } : {}),
            state,
            stateLabel,
        });
    }
    rows.sort((x, y) => (x.end ?? '').localeCompare(y.end ?? '') || c.compare(x.counterparty, y.counterparty));
    return {
        kept: true,
        total: agreements.length,
        processorAgreements: agreements.filter((a) => a.data.type === 'processor-agreement').length,
        expiring: rows.filter((r) => r.state === 'expiring').length,
        notice: rows.filter((r) => r.state === 'notice').length,
        expired: rows.filter((r) => r.state === 'expired').length,
        horizon,
        rows,
    };
}

;// CONCATENATED MODULE: ./build/lib/render/yearly-assessment.js
// The yearly report's assessment, conclusions and proposals (report/<year>.yaml).




/** The year's assessment for this board: the board's own part where it has one, else the common part. */
function assessmentView(registry, year, board, locale) {
    const record = valid(registry, 'report').find((r) => String(r.data.year) === year);
    if (!record || (0,derive/* isRestricted */.Ez)(registry, record))
        return undefined;
    const r = record.data;
    const own = board ? r.boards?.[board.id] : undefined;
    const texts = (list) => (list ?? []).map((x) => (0,lib_locale/* pickText */.d3)(x, locale)).filter(Boolean);
    const assessment = (0,lib_locale/* pickText */.d3)(own?.assessment ?? r.assessment, locale);
    const conclusions = texts(own?.conclusions ?? r.conclusions);
    const proposals = texts(own?.proposals ?? r.proposals);
    return {
        id: record.id,
        ...(assessment ? { assessment } : {}),
        conclusions,
        proposals,
        ...(r.author ? { author: roleName(registry, r.author, locale) } : {}),
        ...(r.date ? { date: r.date } : {}),
        ...(own?.registrationNumber || r.registrationNumber
            ? { registrationNumber: own?.registrationNumber ?? r.registrationNumber }
            : {}),
    };
}

;// CONCATENATED MODULE: ./build/lib/render/yearly-audits.js
// The yearly report's audits: open recommendations and overdue actions (restricted audits only counted).



function yearlyAudits({ registry, input, mine }) {
    const openRecommendations = [];
    const overdueActions = [];
    let restrictedOpen = 0;
    let restrictedOverdue = 0;
    let actionsDone = 0;
    let actionsTotal = 0;
    for (const audit of valid(registry, 'audit')) {
        const a = audit.data;
        if (a.status === 'closed')
            continue;
        const restricted = (0,derive/* isRestricted */.Ez)(registry, audit);
        a.recommendations.forEach((r, i) => {
            if (!mine(r.board))
                return;
            const actions = plannedActions(registry, r, input);
            actionsTotal += actions.filter((p) => p.status !== 'cancelled').length;
            actionsDone += actions.filter((p) => p.status === 'done').length;
            const open = actions.filter((p) => p.status === 'planned' || p.status === 'in-progress');
            const overdue = open.filter((p) => p.overdue);
            if (restricted) {
                if (open.length > 0 || !r.answer)
                    restrictedOpen++;
                restrictedOverdue += overdue.length;
                return;
            }
            if (open.length > 0 || !r.answer) {
                const nextDue = open.flatMap((p) => (p.due ? [p.due] : [])).sort()[0];
                openRecommendations.push({
                    audit: a.title,
                    number: i + 1,
                    text: r.text,
                    board: boardRef(registry, r.board).name,
                    open: open.length,
                    ...(nextDue ? { nextDue } : {}),
                });
            }
            for (const p of overdue)
                overdueActions.push({
                    audit: a.title,
                    text: p.text,
                    owner: p.owner ?? '',
                    due: p.due ?? '',
                    statusLabel: p.statusLabel,
                });
        });
    }
    overdueActions.sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0));
    return {
        audits: { openRecommendations, overdueActions, restrictedOpen, restrictedOverdue },
        figures: {
            recommendationsOpen: openRecommendations.length + restrictedOpen,
            actionsOverdue: overdueActions.length + restrictedOverdue,
            actionsDone,
            actionsTotal,
        },
    };
}

;// CONCATENATED MODULE: ./build/lib/render/yearly-classification.js
// The yearly report's classification section: assets per board, the unclassified and the reviews overdue.




function yearlyClassification({ registry, input, mine, c, inForce }) {
    const { locale, today } = input;
    const months = registry.organisation?.data.reviewMonths?.classification ?? model/* DEFAULT_REVIEW_MONTHS */.lT.classification;
    const assets = valid(registry, 'asset').filter((a) => mine(a.data.board));
    const boardRows = new Map();
    for (const b of common_boards(registry).filter((x) => mine(x.id)))
        boardRows.set(b.id, { board: { id: b.id, name: b.name }, assets: 0, classified: 0, overdue: 0 });
    const unclassified = [];
    const overdueReviews = [];
    for (const a of assets) {
        let row = boardRows.get(a.data.board ?? '');
        if (!row) {
            row = { board: boardRef(registry, a.data.board), assets: 0, classified: 0, overdue: 0 };
            boardRows.set(a.data.board ?? '', row);
        }
        row.assets++;
        const restricted = (0,derive/* isRestricted */.Ez)(registry, a, inForce);
        const cl = inForce.get(a.id);
        if (!cl) {
            unclassified.push({
                name: a.data.name,
                board: row.board.name,
                owner: roleName(registry, a.data.owner, locale),
                restricted,
            });
            continue;
        }
        row.classified++;
        const due = (0,derive/* classificationReviewDue */.lI)(cl.data, months);
        if (due < today) {
            row.overdue++;
            overdueReviews.push({
                name: a.data.name,
                board: row.board.name,
                classified: cl.data.date,
                due,
                restricted,
            });
        }
    }
    const classifiedCount = assets.length - unclassified.length;
    return {
        classification: {
            boards: [...boardRows.values()].filter((r) => r.assets > 0),
            unclassified: unclassified.sort((a, b) => c.compare(a.name, b.name)),
            overdue: overdueReviews.sort((a, b) => (a.due < b.due ? -1 : 1)),
        },
        figures: {
            assets: assets.length,
            classified: classifiedCount,
            coverage: assets.length ? Math.round((classifiedCount / assets.length) * 1000) / 10 : undefined,
            reviewsOverdue: overdueReviews.length,
        },
    };
}

;// CONCATENATED MODULE: ./build/lib/render/yearly-cycle.js
// The yearly report's cycle (årshjulet): whether each activity was done each time it fell due this year.





/** The last day of a month (for a day 31 in a short month, as the reminders do). */
function dueIn(year, month, day) {
    const last = new Date(Date.UTC(Number(year), month, 0)).getUTCDate();
    return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(day, last)).padStart(2, '0')}`;
}
/**
 * Whether a cycle activity was done this year: its completion records against the times it fell due by
 * today. done (every time so far), missed (a time passed with no record), later (not yet due this year).
 */
function cycleCompletion(x, year, today, locale) {
    const t = (key, params) => (0,document_words/* docWord */.hW)(locale, key, params);
    const dueSoFar = x.months.map((m) => dueIn(year, m, x.day ?? 1)).filter((d) => d <= today).length;
    const records = (x.completed ?? [])
        .filter((c) => c.date.startsWith(year))
        .sort((a, b) => (a.date < b.date ? -1 : 1));
    const status = dueSoFar === 0 ? (records.length ? 'done' : 'later') : records.length >= dueSoFar ? 'done' : 'missed';
    const latest = records.at(-1);
    return {
        status,
        dueSoFar: dueSoFar > 0,
        statusText: status === 'later'
            ? t('cycleLater')
            : x.months.length > 1
                ? t('cycleCount', {
                    done: Math.min(records.length, dueSoFar || records.length),
                    n: dueSoFar || records.length,
                })
                : status === 'done'
                    ? t('cycleDone')
                    : t('cycleMissed'),
        ...(latest ? { lastDone: latest.date } : {}),
        ...(latest?.evidence ? { evidence: latest.evidence } : {}),
        ...(latest?.reference ? { reference: latest.reference } : {}),
    };
}
function yearlyCycle({ registry, input, scope, c }) {
    const { locale, today } = input;
    const year = today.slice(0, 4);
    // The yearly cycle: an activity for named boards is in their reports, one for none in every report.
    const cycle = valid(registry, 'cycle')
        .filter((e) => !scope || !e.data.boards?.length || e.data.boards.includes(scope.id))
        .map((e) => {
        const x = e.data;
        const first = Math.min(...x.months);
        if ((0,derive/* isRestricted */.Ez)(registry, e))
            return { name: x.name, restricted: true, first };
        return {
            name: x.name,
            restricted: false,
            first,
            months: [...x.months].sort((m1, m2) => m1 - m2).map((m) => (0,values/* monthName */.g6)(m, locale)),
            owner: roleName(registry, x.owner, locale),
            ...cycleCompletion(x, year, today, locale),
        };
    })
        .sort((a, b) => a.first - b.first || c.compare(a.name, b.name));
    return {
        cycle,
        cycleDue: cycle.filter((x) => 'status' in x && (x.status === 'missed' || x.dueSoFar)).length,
        cycleDoneDue: cycle.filter((x) => 'status' in x && x.status === 'done' && x.dueSoFar).length,
    };
}

;// CONCATENATED MODULE: ./build/lib/render/yearly-documents.js
// The yearly report's governing documents: each with its status, decision, review and whether it was communicated.




function yearlyDocuments({ registry, input, c }) {
    const { locale, today } = input;
    // Governing documents.
    const typeOrder = ['policy', 'guideline', 'routine', 'instruction', 'plan'];
    const documents = valid(registry, 'document')
        .map((d) => {
        const x = d.data;
        if ((0,derive/* isRestricted */.Ez)(registry, d))
            return { id: d.id, title: x.title, restricted: true, typeRank: typeOrder.indexOf(x.type) };
        return {
            id: d.id,
            title: x.title,
            restricted: false,
            typeRank: typeOrder.indexOf(x.type),
            type: (0,labels/* label */.Pf)(labels/* DOCUMENT_TYPE */.XN, x.type, locale),
            status: x.status,
            statusLabel: (0,labels/* label */.Pf)(labels/* DOCUMENT_STATUS */.B9, x.status, locale),
            decidedBy: x.decidedBy
                ? boardRef(registry, x.decidedBy).name
                : x.decidedByRole
                    ? roleName(registry, x.decidedByRole, locale)
                    : undefined,
            decision: x.decision,
            owner: roleName(registry, x.owner, locale),
            nextReview: x.nextReview,
            reviewOverdue: x.status === 'decided' && x.nextReview !== undefined && x.nextReview < today,
            communicated: x.communicated,
            notCommunicated: x.status === 'decided' &&
                Boolean(x.decision?.date) &&
                !(x.communicated && x.communicated >= (x.decision?.date ?? '')),
        };
    })
        .sort((a, b) => a.typeRank - b.typeRank || c.compare(a.title, b.title));
    const openDocs = documents.filter((d) => !d.restricted);
    return {
        documents,
        figures: {
            documents: documents.length,
            documentsDecided: openDocs.filter((d) => d.status === 'decided').length + (documents.length - openDocs.length),
            documentsDraft: openDocs.filter((d) => d.status === 'draft').length,
            documentsOverdue: openDocs.filter((d) => d.reviewOverdue).length,
            documentsNotCommunicated: openDocs.filter((d) => d.notCommunicated).length,
        },
    };
}

;// CONCATENATED MODULE: ./build/lib/render/yearly-incidents.js





// The yearly report's section on incidents: the year's figures for the board (or the whole organisation in
// the executive board's report), and which incident report has the rest. Counts only: the incident report
// is where what may be shown is shown.
function yearlyIncidents(registry, input, scope) {
    const { today } = input;
    const year = today.slice(0, 4);
    const zone = (0,derive/* registryTimeZone */.h8)(registry);
    const ref = scope
        ? { id: scope.id, name: scope.name, organisation: false }
        : (0,lib_controller/* controllerRef */.uL)(registry, lib_controller/* ORGANISATION */.pP);
    if (registry.entities.incident.size === 0)
        return { kept: false };
    const all = valid(registry, 'incident').filter((x) => belongsTo(registry, x.data, ref));
    const incidents = all.filter((x) => x.data.discovered.slice(0, 4) === year && x.data.discovered.slice(0, 10) <= today);
    const breaches = incidents.filter((x) => x.data.personalDataBreach).map((x) => breachOutcome(x.data, zone));
    const notified = breaches.filter((b) => b.outcome === 'notified');
    const reports = incidentReportRecipients(registry)
        .filter((r) => !scope || r.id === scope.id)
        .map(incidentReportId);
    return {
        kept: true,
        authority: (0,country/* profileOf */.dp)(registry.organisation?.data).names.authority[input.locale],
        total: incidents.length,
        breaches: breaches.length,
        notified: notified.length,
        within72: notified.filter((b) => (b.hours ?? 0) <= 72).length,
        late: notified.filter((b) => (b.hours ?? 0) > 72).length,
        notNotified: breaches.filter((b) => b.outcome === 'not-notified').length,
        pending: breaches.filter((b) => b.outcome === 'pending').length,
        open: all.filter((x) => !x.data.closed && x.data.discovered.slice(0, 10) <= today).length,
        overdueClosure: all.filter((x) => !x.data.closed && x.data.expectedClosure !== undefined && x.data.expectedClosure < today).length,
        restricted: incidents.filter((x) => (0,derive/* isRestricted */.Ez)(registry, x)).length,
        reports,
    };
}

;// CONCATENATED MODULE: ./build/lib/render/yearly-processing.js
// The yearly report's processing activities and DPIAs, per controller (whether one is needed: facts/dpia.ts).





function yearlyProcessing({ registry, input, mine, c }) {
    const { locale } = input;
    const processing = valid(registry, 'processing').filter((p) => mine((0,lib_controller/* controllerIdOf */.nJ)(p.data)));
    const perBoard = controllerBoards(registry)
        .filter((b) => mine(b.id))
        .map((b) => {
        const mine = processing.filter((p) => (0,lib_controller/* controllerIdOf */.nJ)(p.data) === b.id);
        const needing = mine.filter((p) => (0,facts_dpia/* dpiaOf */.M)(p.data).needed);
        return {
            board: b,
            total: mine.length,
            sensitive: mine.filter((p) => (p.data.specialCategories?.length ?? 0) > 0 || p.data.criminalData)
                .length,
            dpiaNeeded: needing.length,
            dpiaDone: needing.filter((p) => (0,facts_dpia/* dpiaOf */.M)(p.data).done).length,
        };
    });
    const dpiaRows = processing
        .map((p) => processingRow(registry, p, locale))
        .filter((r) => r.restricted || r.dpiaNeeded || (r.dpia && r.dpia.status !== 'not-needed'))
        .sort((a, b) => c.compare(a.controller.name, b.controller.name) || c.compare(a.name, b.name));
    const dpiaNeeded = processing.filter((p) => (0,facts_dpia/* dpiaOf */.M)(p.data).needed);
    return {
        processing: { boards: perBoard, dpiaRows },
        figures: {
            processing: processing.length,
            dpiaNeeded: dpiaNeeded.length,
            dpiaDone: dpiaNeeded.filter((p) => (0,facts_dpia/* dpiaOf */.M)(p.data).done).length,
        },
    };
}

;// CONCATENATED MODULE: ./build/lib/render/yearly-protection.js
// The yearly report's systems protected below what the information they handle requires.



function yearlyProtection({ registry, input, mine, c, inForce }) {
    const { locale } = input;
    const bySystem = (0,derive/* assetsBySystem */.G_)(registry);
    const gaps = [];
    let restrictedGaps = 0;
    const systemsBelow = new Set();
    const activeSystems = valid(registry, 'system').filter((s) => s.data.status !== 'retired' && mine(s.data.board));
    for (const s of activeSystems) {
        for (const [aspect, req] of (0,derive/* requiredProtection */.bq)(s.id, bySystem, inForce)) {
            const have = s.data.protection[aspect];
            if (have !== undefined && have >= req.level)
                continue;
            systemsBelow.add(s.id);
            // A restricted system's weaknesses are exactly what a public document must not list.
            if ((0,derive/* isRestricted */.Ez)(registry, s, inForce)) {
                restrictedGaps++;
                continue;
            }
            gaps.push({
                system: s.data.name,
                board: boardRef(registry, s.data.board).name,
                aspect: (0,model/* aspectLabel */.tu)(registry.model, aspect, locale),
                ...(have !== undefined ? { have } : {}),
                need: req.level,
                asset: req.asset.data.name,
                assetRestricted: (0,derive/* isRestricted */.Ez)(registry, req.asset, inForce),
            });
        }
    }
    gaps.sort((a, b) => c.compare(a.system, b.system));
    return {
        protection: { gaps, restrictedGaps },
        figures: { systems: activeSystems.length, systemsBelow: systemsBelow.size },
    };
}

;// CONCATENATED MODULE: ./build/lib/render/yearly-risk.js







/** Top-classified information (the model's highest confidentiality level) without an analysis of its own. */
function missingTopAnalyses(registry) {
    const { confidentialityAspect } = registry.model;
    // The confidentiality aspect's own scale when it has one, as the rule reads it.
    const top = Math.max(...(0,model/* levelsOf */.pd)(registry.model, confidentialityAspect).map((l) => l.value));
    const analysed = new Set();
    for (const r of valid(registry, 'risk'))
        if (r.data.object.asset)
            analysed.add(r.data.object.asset);
    const inForce = (0,derive/* classificationsInForce */.AT)(registry);
    const out = [];
    for (const c of inForce.values()) {
        if (!c.valid || c.data.levels[confidentialityAspect]?.level !== top || analysed.has(c.data.asset))
            continue;
        const asset = registry.entities.asset.get(c.data.asset);
        if (!asset?.valid)
            continue;
        out.push({
            // No board: the organisation's own (Norway: the kommune).
            board: asset.data.board ?? '',
            name: asset.data.name,
            restricted: (0,derive/* isRestricted */.Ez)(registry, asset, inForce),
        });
    }
    return out;
}
function yearlyRisk(registry, input, scope) {
    const { locale, today } = input;
    const year = today.slice(0, 4);
    const mine = (board) => !scope || board === scope.id;
    const model = (0,risk_register/* modelOf */.DM)(registry);
    const rows = new Map();
    const row = (id) => {
        let r = rows.get(id);
        if (!r) {
            const b = common_boards(registry).find((x) => x.id === id);
            r = { board: { id, name: b?.name ?? id }, analyses: 0, thisYear: 0, reviewOverdue: 0, missingTop: 0 };
            rows.set(id, r);
        }
        return r;
    };
    let restricted = false;
    const analyses = valid(registry, 'risk').filter((r) => mine((0,risk_register/* analysisBoard */.n9)(registry, r)));
    for (const r of analyses) {
        const b = row((0,risk_register/* analysisBoard */.n9)(registry, r) ?? '');
        b.analyses++;
        if (r.data.date.startsWith(year))
            b.thisYear++;
        if (r.data.nextReview < today)
            b.reviewOverdue++;
        if ((0,derive/* isRestricted */.Ez)(registry, r))
            restricted = true;
    }
    const missing = missingTopAnalyses(registry).filter((m) => mine(m.board));
    for (const m of missing)
        row(m.board).missingTop++;
    // Every risk above acceptance before measures, in exactly one state.
    const treatment = { aboveBefore: 0, reducedBelow: 0, accepted: 0, inProgress: 0, untreated: 0 };
    for (const e of boardScenarios(registry, scope?.id)) {
        if ((e.before ?? 0) <= model.acceptance)
            continue;
        if (e.restricted)
            restricted = true;
        treatment.aboveBefore++;
        const s = e.scenario;
        if ((e.current ?? 0) <= model.acceptance)
            treatment.reducedBelow++;
        else if (s.treatment === 'accept')
            treatment.accepted++;
        else if (s.treatment && (s.treatment !== 'reduce' || (s.actions?.length ?? 0) > 0))
            treatment.inProgress++;
        else
            treatment.untreated++;
    }
    const actions = allActionRows(registry, today, locale).filter((a) => mine(a.board.id));
    if (actions.some((a) => a.restricted))
        restricted = true;
    const plan = {
        open: actions.filter((a) => (0,risk_register/* actionOpen */.jW)(a.status)).length,
        overdue: actions.filter((a) => a.overdue).length,
        doneYear: actions.filter((a) => a.status === 'done' && (a.done ?? a.since ?? '').startsWith(year)).length,
        total: actions.length,
    };
    const c = collator(locale);
    const boardRows = [...rows.values()].sort((a, b) => c.compare(a.board.name, b.board.name));
    const overdueReviews = boardRows.reduce((n, r) => n + r.reviewOverdue, 0);
    const gaps = missing.length + overdueReviews + treatment.untreated + plan.overdue;
    const answer = analyses.length === 0
        ? (0,i18n.t)(locale, 'riskdoc.yearly.answerNo')
        : gaps === 0
            ? (0,i18n.t)(locale, 'riskdoc.yearly.answerYes', { treated: treatment.inProgress + treatment.reducedBelow })
            : (0,i18n.t)(locale, 'riskdoc.yearly.answerPartly', { analyses: analyses.length, gaps });
    const named = missing.filter((m) => !m.restricted).map((m) => m.name);
    return {
        answer,
        answered: analyses.length > 0 && gaps === 0,
        boards: boardRows,
        ...(named.length
            ? {
                missingNames: (0,i18n.t)(locale, 'riskdoc.yearly.missingNames', { names: named.sort(c.compare).join(', ') }),
            }
            : {}),
        treatment,
        plan,
        restricted,
    };
}

;// CONCATENATED MODULE: ./build/lib/render/yearly-scope.js
// What every section of the yearly report is computed against: the registry, the day and language, and which
// board's report it is (none: the executive board's report on the whole organisation).


function yearlyScope(registry, input, scope) {
    return {
        registry,
        input,
        scope,
        mine: (board) => !scope || board === scope.id,
        c: collator(input.locale),
        inForce: (0,derive/* classificationsInForce */.AT)(registry),
    };
}

;// CONCATENATED MODULE: ./build/lib/participation.js
// How many took part in a training or exercise, as a share: the documents and the reminders say the same.
/** The share who took part, 0–1: participants of invited, else the share as recorded. */
function participationShare(p) {
    if (p?.invited && p.participants !== undefined)
        return Math.min(1, p.participants / p.invited);
    return p?.share;
}

;// CONCATENATED MODULE: ./build/lib/render/yearly-training.js




// The yearly report's sections on training and exercises: what was held this year, for whom and how many
// took part (counts and shares, never names), the coverage of staff and elected members that the auditors
// ask about (seed 002), and whether the yearly exercise was held (seed 003). An exercise's scenario and
// lessons say where the organisation is weak, so the board's public document gives their number only.
const COVERED_GROUPS = ['staff', 'elected-members'];
function yearlyTraining(registry, input, scope) {
    const { locale, today } = input;
    const year = today.slice(0, 4);
    if (registry.entities.training.size === 0)
        return { kept: false };
    const held = valid(registry, 'training')
        .filter((x) => x.data.date.startsWith(year) && x.data.date <= today)
        .filter((x) => !scope || !x.data.audience.boards?.length || x.data.audience.boards.includes(scope.id))
        .sort((a, b) => (a.data.date < b.data.date ? -1 : 1));
    const row = (x) => {
        const d = x.data;
        const share = participationShare(d.participation);
        const base = {
            name: d.name,
            date: d.date,
            group: (0,i18n.t)(locale, 'yearly.training.group', { group: d.audience.group.replaceAll('-', '_') }),
        };
        if ((0,derive/* isRestricted */.Ez)(registry, x))
            return { ...base, restricted: true };
        return {
            ...base,
            restricted: false,
            ...(d.audience.boards?.length
                ? { boards: d.audience.boards.map((b) => boardRef(registry, b).name) }
                : {}),
            ...(d.participation?.invited !== undefined ? { invited: d.participation.invited } : {}),
            ...(d.participation?.participants !== undefined ? { participants: d.participation.participants } : {}),
            ...(share !== undefined ? { share: Math.round(share * 100) } : {}),
            lessons: d.lessons?.length ?? 0,
        };
    };
    const trainings = held.filter((x) => x.data.kind === 'training');
    const exercises = held.filter((x) => x.data.kind === 'exercise');
    // Coverage per group from its latest training this year: two courses for the same staff are not twice the staff.
    const coverage = COVERED_GROUPS.map((group) => {
        const latest = trainings.filter((x) => x.data.audience.group === group).at(-1);
        const share = latest ? participationShare(latest.data.participation) : undefined;
        return {
            group: (0,i18n.t)(locale, 'yearly.training.group', { group: group.replace('-', '_') }),
            held: Boolean(latest),
            ...(latest ? { name: latest.data.name, date: latest.data.date } : {}),
            ...(share !== undefined ? { share: Math.round(share * 100) } : {}),
        };
    });
    return {
        kept: true,
        year,
        coverage,
        trainings: trainings.map(row),
        exercises: exercises.map(row),
    };
}

;// CONCATENATED MODULE: ./build/lib/render/yearly.js

// The yearly report on the information-security work, one per board: the facts from the registers, the
// security coordinator's assessment, conclusions and proposed decisions for the year (report/<year>.yaml),
// and whether each activity of the yearly cycle was actually done (its completion records). Each section's
// view model is its own file (yearly-<section>.ts); this one puts them together.















/**
 * The yearly report to a board. Without `scope` it is the executive board's report on the whole organisation;
 * with one, a board's own report: its information, systems, processing activities, recommendations and
 * cycle activities (governing documents and KPIs are the organisation's and stay in every report).
 */
function yearlyReport(registry, input, scope) {
    const { locale, today } = input;
    const year = today.slice(0, 4);
    const s = yearlyScope(registry, input, scope);
    const documents = yearlyDocuments(s);
    const classification = yearlyClassification(s);
    const protection = yearlyProtection(s);
    const processing = yearlyProcessing(s);
    const audits = yearlyAudits(s);
    const cycle = yearlyCycle(s);
    const kpis = kpiViews(registry, input);
    const openKpis = kpis.kpis.filter((k) => !k.restricted);
    const board = scope ?? executiveBoard(registry);
    const assessment = assessmentView(registry, year, board, locale);
    const meta = {
        id: scope ? `yearly-report-${scope.id}` : 'yearly-report',
        kind: 'yearly-report',
        template: 'yearly-report.njk',
        title: (0,i18n.t)(locale, labels/* TITLES */.eX.yearlyReport, { year }),
        orientation: 'portrait',
        date: assessment?.date ?? today,
        ...(assessment?.registrationNumber ? { registrationNumber: assessment.registrationNumber } : {}),
        draft: false,
        ...(board ? { board } : {}),
    };
    return {
        meta,
        context: {
            ...common(registry, input, meta),
            report: {
                year,
                scoped: Boolean(scope),
                assessment,
                cycleDue: cycle.cycleDue,
                cycleDoneDue: cycle.cycleDoneDue,
                figures: {
                    ...documents.figures,
                    ...classification.figures,
                    ...protection.figures,
                    ...processing.figures,
                    ...audits.figures,
                    kpis: openKpis.length,
                    kpisOnTarget: openKpis.filter((k) => k.status === 'on-target').length,
                    kpisMissing: openKpis.filter((k) => k.status === 'missing').length,
                },
                documents: documents.documents,
                classification: classification.classification,
                protection: protection.protection,
                processing: processing.processing,
                kpis,
                audits: audits.audits,
                cycle: cycle.cycle,
                // Partials of their own (templates/shared/partials/yearly-*.njk), each from its own module.
                incidentSummary: yearlyIncidents(registry, input, scope),
                agreements: yearlyAgreements(registry, input, scope),
                training: yearlyTraining(registry, input, scope),
                risk: yearlyRisk(registry, input, scope),
            },
        },
    };
}

;// CONCATENATED MODULE: ./build/lib/render/model.js
// Registry → view models for the templates, one file per document (this file runs them). Pure: no files, no clock, no browser. Everything a template
// shows is decided here (what is restricted, what is overdue, which quarters are missing), so the
// templates only lay it out and an adopter's own templates cannot leak what this module withholds.











// The shared view types and helpers live in common.ts; the audit documents in audit.ts, the others one a file.



/** Every document the registry gives, in the order of `documentIds`. */
function buildDocuments(registry, input, only) {
    const want = (id) => !only || only.has(id);
    const out = [];
    for (const a of valid(registry, 'audit')) {
        for (const d of auditAnswers(a))
            if (want(d.id))
                out.push(auditAnswer(registry, a, input, d));
    }
    for (const b of followUpBoards(registry))
        if (want(`audit-followup-${b.id}`))
            out.push(auditFollowUp(registry, b, input));
    if (want('yearly-report'))
        out.push(yearlyReport(registry, input));
    for (const b of reportBoards(registry))
        if (want(`yearly-report-${b.id}`))
            out.push(yearlyReport(registry, input, b));
    if (want('kpi-review'))
        out.push(kpiReview(registry, input));
    for (const b of controllerBoards(registry))
        if (want((0,lib_controller/* processingRegisterId */.OL)(b)))
            out.push(processingRegister(registry, b, input));
    if (want('systems-overview'))
        out.push(systemsOverview(registry, input));
    for (const b of incidentReportRecipients(registry))
        if (want(incidentReportId(b)))
            out.push(incidentReport(registry, b, input));
    out.push(...buildRiskDocuments(registry, input, want));
    return out;
}


/***/ }),

/***/ 17865:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _4: () => (/* binding */ maxRiskLevel),
/* harmony export */   js: () => (/* binding */ riskModel),
/* harmony export */   wl: () => (/* binding */ riskLevel)
/* harmony export */ });
/* unused harmony exports DEFAULT_RISK_MODEL, DEFAULT_RISK_REVIEW_MONTHS */
/* harmony import */ var _i18n_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(13374);
/* harmony import */ var _registry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74557);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(84938);



// The scale most Swedish municipalities use in their risk analyses (MSB's method support, SKR's templates):
// four steps each, level = likelihood × consequence, 1–4 low, 6–8 medium, 9–16 high.
const DEFAULT_RISK_MODEL = {
    likelihood: [
        { level: 1, label: (0,_i18n_index_js__WEBPACK_IMPORTED_MODULE_0__/* .localized */ .cc)('riskModel.likelihood.1') },
        { level: 2, label: (0,_i18n_index_js__WEBPACK_IMPORTED_MODULE_0__/* .localized */ .cc)('riskModel.likelihood.2') },
        { level: 3, label: (0,_i18n_index_js__WEBPACK_IMPORTED_MODULE_0__/* .localized */ .cc)('riskModel.likelihood.3') },
        { level: 4, label: (0,_i18n_index_js__WEBPACK_IMPORTED_MODULE_0__/* .localized */ .cc)('riskModel.likelihood.4') },
    ],
    consequence: [
        { level: 1, label: (0,_i18n_index_js__WEBPACK_IMPORTED_MODULE_0__/* .localized */ .cc)('riskModel.consequence.1') },
        { level: 2, label: (0,_i18n_index_js__WEBPACK_IMPORTED_MODULE_0__/* .localized */ .cc)('riskModel.consequence.2') },
        { level: 3, label: (0,_i18n_index_js__WEBPACK_IMPORTED_MODULE_0__/* .localized */ .cc)('riskModel.consequence.3') },
        { level: 4, label: (0,_i18n_index_js__WEBPACK_IMPORTED_MODULE_0__/* .localized */ .cc)('riskModel.consequence.4') },
    ],
    acceptance: 4,
};
const DEFAULT_RISK_REVIEW_MONTHS = 12;
/** The risk model from lisa.yaml's `risk`, read only when that section is sound on its own. */
function riskModel(org) {
    const own = org?.risk;
    if (!(0,_registry_js__WEBPACK_IMPORTED_MODULE_1__/* .isPlainObject */ .Qd)(own) || !(0,_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .partIsValid */ .kW)('organisation', '/properties/risk', own))
        return DEFAULT_RISK_MODEL;
    const r = own;
    const model = {
        likelihood: r.likelihood ?? DEFAULT_RISK_MODEL.likelihood,
        consequence: r.consequence ?? DEFAULT_RISK_MODEL.consequence,
        acceptance: r.acceptance ?? DEFAULT_RISK_MODEL.acceptance,
    };
    if (r.matrix)
        model.matrix = r.matrix;
    if (r.mayAccept)
        model.mayAccept = r.mayAccept;
    return model;
}
/** The level the matrix gives, or undefined when a rating is off the scale. */
function riskLevel(model, likelihood, consequence) {
    const li = model.likelihood.findIndex((s) => s.level === likelihood);
    const ci = model.consequence.findIndex((s) => s.level === consequence);
    if (li === -1 || ci === -1)
        return undefined;
    if (!model.matrix)
        return likelihood * consequence;
    return model.matrix[li]?.[ci];
}
/** The highest level the matrix can give. */
function maxRiskLevel(model) {
    let max = 0;
    for (const l of model.likelihood)
        for (const c of model.consequence)
            max = Math.max(max, riskLevel(model, l.level, c.level) ?? 0);
    return max;
}


/***/ }),

/***/ 50299:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DM: () => (/* binding */ modelOf),
/* harmony export */   FK: () => (/* binding */ actionBoard),
/* harmony export */   Fl: () => (/* binding */ actionDue),
/* harmony export */   Hd: () => (/* binding */ objectName),
/* harmony export */   UT: () => (/* binding */ actionStatusOn),
/* harmony export */   _T: () => (/* binding */ scenarioRestricted),
/* harmony export */   jW: () => (/* binding */ actionOpen),
/* harmony export */   n9: () => (/* binding */ analysisBoard),
/* harmony export */   yF: () => (/* binding */ actionRestricted),
/* harmony export */   yU: () => (/* binding */ scenarioLevels)
/* harmony export */ });
/* unused harmony export actionOverdue */
/* harmony import */ var _controller_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(41542);
/* harmony import */ var _derive_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2957);
/* harmony import */ var _i18n_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(13374);
/* harmony import */ var _plan_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(96225);
/* harmony import */ var _risk_model_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(17865);





const models = new WeakMap();
/** The registry's risk model, read once per registry. */
function modelOf(registry) {
    let m = models.get(registry);
    if (!m) {
        m = (0,_risk_model_js__WEBPACK_IMPORTED_MODULE_4__/* .riskModel */ .js)(registry.organisation?.data);
        models.set(registry, m);
    }
    return m;
}
function executiveBoardId(registry) {
    const boards = registry.organisation?.data.boards ?? [];
    return (boards.find((b) => b.type === 'executive-board') ?? boards[0])?.id;
}
/** The board an analysis belongs to: its own `board`, else the board of what it is about, else the executive board. */
function analysisBoard(registry, r) {
    if (r.data.board)
        return r.data.board;
    const { object } = r.data;
    if (object.system) {
        const board = registry.entities.system.get(object.system)?.data.board;
        if (board)
            return board;
    }
    if (object.asset) {
        const board = registry.entities.asset.get(object.asset)?.data.board;
        if (board)
            return board;
    }
    if (object.processing) {
        const p = registry.entities.processing.get(object.processing);
        if (p?.valid)
            return (0,_controller_js__WEBPACK_IMPORTED_MODULE_0__/* .controllerIdOf */ .nJ)(p.data);
    }
    return executiveBoardId(registry);
}
/** The board an action belongs to: its own `board`, else its source's board, else the executive board. */
function actionBoard(registry, a) {
    if (a.data.board)
        return a.data.board;
    const { kind, ref, item } = a.data.source;
    switch (kind) {
        case 'risk': {
            const r = registry.entities.risk.get(ref);
            if (r?.valid)
                return analysisBoard(registry, r);
            break;
        }
        case 'classification': {
            const board = registry.entities.system.get(ref)?.data.board;
            if (board)
                return board;
            break;
        }
        case 'review': {
            const board = registry.entities.review.get(ref)?.data.board;
            if (board)
                return board;
            break;
        }
        case 'incident': {
            const board = registry.entities.incident.get(ref)?.data.board;
            if (board)
                return board;
            break;
        }
        case 'audit': {
            const audit = registry.entities.audit.get(ref);
            if (audit?.valid) {
                const rec = audit.data.recommendations.find((x) => x.id === item) ?? audit.data.recommendations[0];
                if (rec?.board)
                    return rec.board;
            }
            break;
        }
    }
    return executiveBoardId(registry);
}
function scenarioLevels(model, s) {
    const before = (0,_risk_model_js__WEBPACK_IMPORTED_MODULE_4__/* .riskLevel */ .wl)(model, s.likelihood, s.consequence);
    const residual = s.residual ? (0,_risk_model_js__WEBPACK_IMPORTED_MODULE_4__/* .riskLevel */ .wl)(model, s.residual.likelihood, s.residual.consequence) : undefined;
    const current = s.residual ? residual : before;
    return {
        ...(before !== undefined ? { before } : {}),
        ...(residual !== undefined ? { residual } : {}),
        ...(current !== undefined ? { current } : {}),
    };
}
/**
 * A scenario tells as much as what it is about: it is restricted with its analysis, and when any asset or
 * system it names is restricted (a public document then counts it and says nothing more).
 */
function scenarioRestricted(registry, r, s, inForce = (0,_derive_js__WEBPACK_IMPORTED_MODULE_1__/* .classificationsInForce */ .AT)(registry)) {
    if ((0,_derive_js__WEBPACK_IMPORTED_MODULE_1__/* .isRestricted */ .Ez)(registry, r, inForce))
        return true;
    for (const id of s.assets ?? []) {
        const a = registry.entities.asset.get(id);
        if (a && (0,_derive_js__WEBPACK_IMPORTED_MODULE_1__/* .isRestricted */ .Ez)(registry, a, inForce))
            return true;
    }
    for (const id of s.systems ?? []) {
        const sys = registry.entities.system.get(id);
        if (sys && (0,_derive_js__WEBPACK_IMPORTED_MODULE_1__/* .isRestricted */ .Ez)(registry, sys, inForce))
            return true;
    }
    return false;
}
/** An action is restricted by its own marking, its source's, or a restricted scenario it treats. */
function actionRestricted(registry, a, inForce = (0,_derive_js__WEBPACK_IMPORTED_MODULE_1__/* .classificationsInForce */ .AT)(registry)) {
    if ((0,_derive_js__WEBPACK_IMPORTED_MODULE_1__/* .isRestricted */ .Ez)(registry, a, inForce))
        return true;
    const { kind, ref, item } = a.data.source;
    if (kind === 'risk') {
        const r = registry.entities.risk.get(ref);
        const s = r?.valid ? r.data.scenarios.find((x) => x.id === item) : undefined;
        if (r && s && scenarioRestricted(registry, r, s, inForce))
            return true;
    }
    if (kind === 'review' || kind === 'audit' || kind === 'incident') {
        const from = registry.entities[kind].get(ref);
        if (from && (0,_derive_js__WEBPACK_IMPORTED_MODULE_1__/* .isRestricted */ .Ez)(registry, from, inForce))
            return true;
    }
    return false;
}
/** An action's status on `date`: the last history entry on or before it, else its status now. */
function actionStatusOn(a, date) {
    const history = a.history ?? [];
    if (!history.length)
        return a.status;
    let status;
    for (const h of history)
        if (h.date <= date)
            status = h.status;
    return status ?? 'planned';
}
/** The day an action falls due, or undefined when it has no due date (or one the schema would not take). */
function actionDue(a) {
    return a.due === undefined ? undefined : (0,_plan_js__WEBPACK_IMPORTED_MODULE_3__/* .dueEnd */ .QU)(a.due);
}
function actionOpen(status) {
    return status === 'planned' || status === 'in-progress';
}
function actionOverdue(a, today) {
    const due = actionDue(a);
    return actionOpen(a.status) && due !== undefined && due < today;
}
/** What an analysis is about, by name: the system, asset or processing activity, or the organisation. */
function objectName(registry, r, locale) {
    const { object } = r.data;
    if (object.system)
        return registry.entities.system.get(object.system)?.data.name ?? object.system;
    if (object.asset)
        return registry.entities.asset.get(object.asset)?.data.name ?? object.asset;
    if (object.processing) {
        const p = registry.entities.processing.get(object.processing);
        return p?.data?.name ?? object.processing;
    }
    return (0,_i18n_index_js__WEBPACK_IMPORTED_MODULE_2__.t)(locale, 'riskdoc.object.organisation');
}


/***/ }),

/***/ 64391:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TN: () => (/* binding */ noticeDate),
/* harmony export */   vm: () => (/* binding */ AGREEMENT_RULES),
/* harmony export */   xW: () => (/* binding */ sameParty),
/* harmony export */   z6: () => (/* binding */ currentEnd)
/* harmony export */ });
/* unused harmony exports processorWithoutAgreement, agreementProcessorNotListed, agreementExpired, agreementInNoticePeriod, subProcessorWithoutSafeguard */
/* harmony import */ var _derive_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2957);
/* harmony import */ var _finding_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2525);
/* harmony import */ var _init_example_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(14983);
/* harmony import */ var _transfers_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(39832);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(99623);





// Agreements: every processor has one, each covers what it claims, none runs out unnoticed, no sub-processor
// takes data out of the EEA without a safeguard.
/**
 * Names compared as people write them: case, spacing, punctuation and a note in brackets do not matter
 * (processing/ writes "IST AB (Extens)" for the service bought from IST AB).
 */
function sameParty(a, b) {
    const norm = (s) => s
        .toLowerCase()
        .replace(/\([^)]*\)/g, ' ')
        .replace(/[\s.,]+/g, ' ')
        .trim();
    return norm(a) === norm(b);
}
/** The processor agreements covering a processing activity, by counterparty name. */
function processorAgreements(registry, processingId) {
    return [...(0,_context_js__WEBPACK_IMPORTED_MODULE_3__/* .valid */ .r)(registry, 'agreement')].filter((a) => a.data.type === 'processor-agreement' && (a.data.processing ?? []).includes(processingId));
}
const processorWithoutAgreement = {
    id: 'processor-without-agreement',
    severity: 'warning',
    description: 'rule.processor-without-agreement.description',
    message: 'rule.processor-without-agreement.message',
    hint: 'rule.processor-without-agreement.hint',
    check(ctx) {
        // A registry that does not keep agreement/ yet (just imported from a spreadsheet) is not nagged about every
        // processor at once; from its first agreement on (lisa init's example does not count), every processor's
        // agreement belongs there.
        if (!(0,_init_example_js__WEBPACK_IMPORTED_MODULE_4__/* .keepsRegister */ .G)(ctx.registry, 'agreement'))
            return;
        for (const p of (0,_context_js__WEBPACK_IMPORTED_MODULE_3__/* .valid */ .r)(ctx.registry, 'processing')) {
            const agreements = processorAgreements(ctx.registry, p.id);
            (p.data.processors ?? []).forEach((proc, i) => {
                if (agreements.some((a) => sameParty(a.data.counterparty, proc.name)))
                    return;
                ctx.report(this, { entity: p, path: ['processors', i, 'name'] }, { name: (0,_finding_js__WEBPACK_IMPORTED_MODULE_1__/* .label */ .Pf)(p.data.name), processor: (0,_finding_js__WEBPACK_IMPORTED_MODULE_1__/* .label */ .Pf)(proc.name), id: p.id });
            });
        }
    },
};
const agreementProcessorNotListed = {
    id: 'agreement-processor-not-listed',
    severity: 'warning',
    description: 'rule.agreement-processor-not-listed.description',
    message: 'rule.agreement-processor-not-listed.message',
    hint: 'rule.agreement-processor-not-listed.hint',
    check(ctx) {
        for (const a of (0,_context_js__WEBPACK_IMPORTED_MODULE_3__/* .valid */ .r)(ctx.registry, 'agreement')) {
            if (a.data.type !== 'processor-agreement')
                continue;
            (a.data.processing ?? []).forEach((id, i) => {
                const p = ctx.registry.entities.processing.get(id);
                if (!p?.valid)
                    return; // a missing one is a dangling reference
                const listed = (p.data.processors ?? []).some((x) => sameParty(x.name, a.data.counterparty));
                if (!listed)
                    ctx.report(this, { entity: a, path: ['processing', i] }, { counterparty: (0,_finding_js__WEBPACK_IMPORTED_MODULE_1__/* .label */ .Pf)(a.data.counterparty), name: (0,_finding_js__WEBPACK_IMPORTED_MODULE_1__/* .label */ .Pf)(p.data.name), id });
            });
        }
    },
};
/** The end an agreement runs to as of today: automatic renewals roll it on by their period. */
function currentEnd(d, today) {
    if (!d.end)
        return undefined;
    let end = d.end;
    if (d.renewal === 'automatic' && d.renewalMonths)
        for (let n = 1; end < today && n < 1000; n++)
            end = (0,_derive_js__WEBPACK_IMPORTED_MODULE_0__/* .addMonths */ .PS)(d.end, d.renewalMonths * n);
    return end;
}
/** The last day to give notice before an agreement's current end. */
function noticeDate(d, today) {
    const end = currentEnd(d, today);
    return end && (0,_derive_js__WEBPACK_IMPORTED_MODULE_0__/* .addMonths */ .PS)(end, -(d.noticePeriod ?? 0));
}
const agreementExpired = {
    id: 'agreement-expired',
    severity: 'warning',
    description: 'rule.agreement-expired.description',
    message: 'rule.agreement-expired.message',
    hint: 'rule.agreement-expired.hint',
    check(ctx) {
        for (const a of (0,_context_js__WEBPACK_IMPORTED_MODULE_3__/* .valid */ .r)(ctx.registry, 'agreement')) {
            const end = currentEnd(a.data, ctx.today);
            if (end && end < ctx.today)
                ctx.report(this, { entity: a, path: ['end'] }, { counterparty: a.data.counterparty, end });
        }
    },
};
const agreementInNoticePeriod = {
    id: 'agreement-in-notice-period',
    severity: 'warning',
    description: 'rule.agreement-in-notice-period.description',
    message: 'rule.agreement-in-notice-period.message',
    hint: 'rule.agreement-in-notice-period.hint',
    check(ctx) {
        for (const a of (0,_context_js__WEBPACK_IMPORTED_MODULE_3__/* .valid */ .r)(ctx.registry, 'agreement')) {
            // An automatically renewed agreement goes on by itself; only one that ends needs a decision in time.
            if (a.data.renewal === 'automatic' || !a.data.end || !a.data.noticePeriod)
                continue;
            const notice = noticeDate(a.data, ctx.today);
            if (notice <= ctx.today && ctx.today <= a.data.end)
                ctx.report(this, { entity: a, path: ['end'] }, { counterparty: a.data.counterparty, end: a.data.end, notice });
        }
    },
};
const subProcessorWithoutSafeguard = {
    id: 'sub-processor-without-safeguard',
    severity: 'error',
    description: 'rule.sub-processor-without-safeguard.description',
    message: 'rule.sub-processor-without-safeguard.message',
    hint: 'rule.sub-processor-without-safeguard.hint',
    check(ctx) {
        for (const a of (0,_context_js__WEBPACK_IMPORTED_MODULE_3__/* .valid */ .r)(ctx.registry, 'agreement')) {
            (a.data.subProcessors ?? []).forEach((s, i) => {
                // The same list as the transfer rules (lib/transfers.ts): inside the EEA there is no transfer, and a
                // full adequacy decision (Art. 45) is the safeguard itself; a partial one (US, CA, JP) needs one named.
                const adequacy = (0,_transfers_js__WEBPACK_IMPORTED_MODULE_2__/* .adequacyOf */ .TF)(s.country);
                if (!(0,_transfers_js__WEBPACK_IMPORTED_MODULE_2__/* .inEea */ .Rx)(s.country) && !(adequacy && !adequacy.partial) && !s.safeguard)
                    ctx.report(this, { entity: a, path: ['subProcessors', i, 'country'] }, { name: s.name, country: s.country });
            });
        }
    },
};
const AGREEMENT_RULES = [
    processorWithoutAgreement,
    agreementProcessorNotListed,
    agreementExpired,
    agreementInNoticePeriod,
    subProcessorWithoutSafeguard,
];


/***/ }),

/***/ 99623:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ valid),
/* harmony export */   x: () => (/* binding */ runRules)
/* harmony export */ });
/* harmony import */ var _finding_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2525);
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(67782);
/* harmony import */ var _registry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74557);



function runRules(rules, registry, today) {
    const findings = [];
    const ctx = {
        registry,
        today,
        report(rule, at, data = {}, messages = rule) {
            if (at.entity) {
                const pos = (0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .locate */ .x5)(at.entity.parsed, at.path ?? [], at.key ?? false);
                const finding = (0,_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .findingOf */ .hD)(rule, at.entity.file, pos, data, messages);
                finding.entity = (0,_registry_js__WEBPACK_IMPORTED_MODULE_2__/* .entityKey */ .DH)(at.entity);
                findings.push(finding);
            }
            else
                findings.push((0,_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .findingOf */ .hD)(rule, at.file, at.position, data, messages));
        },
    };
    for (const rule of rules)
        rule.check(ctx);
    return findings;
}
// A registry's entity maps are never changed once built (a patched registry copies the maps it changes), so
// the valid entities of a map are listed once, for every rule that asks and for the next run that keeps the
// map: a generator resumed per entity per rule was a fifth of a re-validation's CPU at region scale.
const validOf = new WeakMap();
/** Entities of a kind that passed their schema, so rules can trust the shape; in the map's order. */
function valid(registry, kind) {
    const map = registry.entities[kind];
    let list = validOf.get(map);
    if (!list) {
        const out = [];
        for (const entity of map.values())
            if (entity.valid)
                out.push(entity);
        list = out;
        validOf.set(map, list);
    }
    return list;
}


/***/ }),

/***/ 39832:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MM: () => (/* binding */ hasAdequacy),
/* harmony export */   Rx: () => (/* binding */ inEea),
/* harmony export */   TF: () => (/* binding */ adequacyOf),
/* harmony export */   kf: () => (/* binding */ countryCode)
/* harmony export */ });
/* unused harmony exports EU, EEA_EFTA, EEA, ADEQUACY */
// Where personal data may go without a third-country transfer, and where the European Commission has found the
// protection adequate (GDPR Art. 45). One list, one home: the third-country rules, the undeclared-transfer check,
// the hosting check and the documents all read it. Norway, Iceland and Liechtenstein apply the GDPR through the
// EEA Agreement, so a transfer between them and the EU is no transfer to a third country, in either direction.
/** The EU member states and the three EEA EFTA states (ISO 3166-1 alpha-2). */
const EU = new Set('AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE'.split(' '));
const EEA_EFTA = new Set(['IS', 'LI', 'NO']);
const EEA = new Set([...EU, ...EEA_EFTA]);
/**
 * Adequacy decisions in force (Art. 45), incorporated in the EEA Agreement. `partial` marks a decision that covers
 * only some recipients there (Canada: commercial organisations under PIPEDA; Japan: the private sector under APPI;
 * the United States: organisations certified under the EU–US Data Privacy Framework), so a transfer there still
 * needs the recipient checked. Source: the European Commission's list of adequacy decisions, as of 2025.
 */
const ADEQUACY = new Map([
    ['AD', {}],
    ['AR', {}],
    ['CA', { partial: true }],
    ['CH', {}],
    ['FO', {}],
    ['GB', {}],
    ['GG', {}],
    ['IL', {}],
    ['IM', {}],
    ['JE', {}],
    ['JP', { partial: true }],
    ['KR', {}],
    ['NZ', {}],
    ['US', { partial: true }],
    ['UY', {}],
]);
/** A country code as users write it ("no", "NO", " se") made comparable. */
function countryCode(code) {
    return (code ?? '').trim().toUpperCase();
}
/** Whether data sent to this country stays within the EU/EEA: no third-country transfer. */
function inEea(code) {
    return EEA.has(countryCode(code));
}
function hasAdequacy(code) {
    return ADEQUACY.has(countryCode(code));
}
function adequacyOf(code) {
    return ADEQUACY.get(countryCode(code));
}


/***/ }),

/***/ 81244:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fl: () => (/* binding */ formatValue),
/* harmony export */   GL: () => (/* binding */ countryName),
/* harmony export */   XV: () => (/* binding */ shortDate),
/* harmony export */   ZV: () => (/* binding */ formatNumber),
/* harmony export */   eT: () => (/* binding */ genitive),
/* harmony export */   g6: () => (/* binding */ monthName),
/* harmony export */   lF: () => (/* binding */ longDate)
/* harmony export */ });
/* harmony import */ var date_fns_format__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(73580);
/* harmony import */ var date_fns_locale_en_GB__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(44565);
/* harmony import */ var date_fns_locale_nb__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8216);
/* harmony import */ var date_fns_locale_sv__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(47174);
/* harmony import */ var _i18n_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(13374);
/* harmony import */ var _labels_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(96217);
/* harmony import */ var _locale_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(88448);
// Each function and locale from its own module: the barrels ('date-fns', 'date-fns/locale') make Node resolve
// some 1,400 modules, about 1.8 s of every render on Node 24 (biome.json keeps them out).







// How dates, numbers and values are written in each language. Pure, shared by the templates' filters and
// the charts' text alternatives, so a value reads the same in the text, the table and the figure.
const DATE_LOCALES = { sv: date_fns_locale_sv__WEBPACK_IMPORTED_MODULE_3__.sv, nb: date_fns_locale_nb__WEBPACK_IMPORTED_MODULE_4__.nb, en: date_fns_locale_en_GB__WEBPACK_IMPORTED_MODULE_5__/* .enGB */ .b };
function parseIsoDate(value) {
    const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
    if (!m)
        return undefined;
    // Noon local time: no time zone can move it to another day.
    return new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 12);
}
/** 2026-11-23 → sv "23 november 2026", nb "23. november 2026", en "23 November 2026". */
function longDate(value, locale) {
    if (!value)
        return '';
    const d = parseIsoDate(value);
    if (!d)
        return value;
    return (0,date_fns_format__WEBPACK_IMPORTED_MODULE_6__/* .format */ .GP)(d, locale === 'nb' ? 'd. MMMM yyyy' : 'd MMMM yyyy', { locale: DATE_LOCALES[locale] });
}
/** For tables: sv keeps ISO dates (as Swedish public documents do), nb "23.11.2026", en "23 Nov 2026". */
function shortDate(value, locale) {
    if (!value)
        return '';
    const d = parseIsoDate(value);
    if (!d)
        return value;
    if (locale === 'sv')
        return (0,date_fns_format__WEBPACK_IMPORTED_MODULE_6__/* .format */ .GP)(d, 'yyyy-MM-dd');
    if (locale === 'nb')
        return (0,date_fns_format__WEBPACK_IMPORTED_MODULE_6__/* .format */ .GP)(d, 'dd.MM.yyyy');
    return (0,date_fns_format__WEBPACK_IMPORTED_MODULE_6__/* .format */ .GP)(d, 'd MMM yyyy', { locale: date_fns_locale_en_GB__WEBPACK_IMPORTED_MODULE_5__/* .enGB */ .b });
}
const numberFormats = new Map();
/** 1234.5 → sv "1 234,5" (with a no-break space), en "1,234.5". At most `digits` decimals. */
function formatNumber(value, locale, digits = 1) {
    if (value === null || value === undefined || !Number.isFinite(value))
        return '';
    const key = `${locale}:${digits}`;
    let f = numberFormats.get(key);
    if (!f) {
        f = new Intl.NumberFormat(_locale_js__WEBPACK_IMPORTED_MODULE_2__/* .LANGUAGE_TAG */ .Mr[locale], { maximumFractionDigits: digits });
        numberFormats.set(key, f);
    }
    // Intl uses U+2212 for minus in Swedish and Norwegian; keep it, it is the typographic minus.
    return f.format(value);
}
/**
 * A KPI value with its unit, as recorded (up to two decimals): sv "82,25 %", "4,5 dagar"; en "82.25%", "4.5 days".
 * The one way a KPI value is written: documents, charts, the PR comment and answers alike.
 */
function formatValue(value, unit, locale) {
    if (value === null || value === undefined)
        return '';
    const n = formatNumber(value, locale, 2);
    if (unit === 'percent')
        return locale === 'en' ? `${n}%` : `${n}\u00a0%`;
    if (unit === 'count' || typeof unit !== 'string' || !Object.hasOwn(_labels_js__WEBPACK_IMPORTED_MODULE_1__/* .KPI_UNIT */ .oF, unit))
        return n;
    return `${n}\u00a0${(0,_i18n_index_js__WEBPACK_IMPORTED_MODULE_0__.t)(locale, _labels_js__WEBPACK_IMPORTED_MODULE_1__/* .KPI_UNIT */ .oF[unit])}`;
}
const regionNames = new Map();
/** ISO country code → name in the language: "US" → sv "USA", en "United States". */
function countryName(code, locale) {
    if (!code)
        return '';
    let names = regionNames.get(locale);
    if (!names) {
        names = new Intl.DisplayNames([_locale_js__WEBPACK_IMPORTED_MODULE_2__/* .LANGUAGE_TAG */ .Mr[locale]], { type: 'region' });
        regionNames.set(locale, names);
    }
    try {
        return names.of(code) ?? code;
    }
    catch {
        return code;
    }
}
/** The month's name, for the yearly cycle: 9 → sv "september". */
function monthName(month, locale) {
    if (!Number.isInteger(month) || month < 1 || month > 12)
        return String(month);
    return (0,date_fns_format__WEBPACK_IMPORTED_MODULE_6__/* .format */ .GP)(new Date(2000, month - 1, 15), 'LLLL', { locale: DATE_LOCALES[locale] });
}
/** "Kommunstyrelsen" → "Kommunstyrelsens"; Swedish adds no s after s, x, z; Norwegian writes an apostrophe. */
function genitive(name, locale) {
    if (!name)
        return name;
    if (/[sxz]$/i.test(name))
        return locale === 'sv' ? name : `${name}'`;
    return locale === 'en' ? `${name}'s` : `${name}s`;
}


/***/ }),

/***/ 65913:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D7: () => (/* binding */ joinList),
/* harmony export */   kt: () => (/* binding */ midSentence),
/* harmony export */   mC: () => (/* binding */ countWith),
/* harmony export */   uM: () => (/* binding */ sentenceStart)
/* harmony export */ });
/* unused harmony export plural */
/* harmony import */ var _locale_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(88448);

const pluralRules = new Map();
const numbers = new Map();
/** The form for `n` by the locale's rules, with `#` replaced by the number written in that locale. */
function plural(locale, n, forms) {
    let rules = pluralRules.get(locale);
    if (!rules) {
        rules = new Intl.PluralRules(_locale_js__WEBPACK_IMPORTED_MODULE_0__/* .LANGUAGE_TAG */ .Mr[locale]);
        pluralRules.set(locale, rules);
    }
    let nf = numbers.get(locale);
    if (!nf) {
        nf = new Intl.NumberFormat(_locale_js__WEBPACK_IMPORTED_MODULE_0__/* .LANGUAGE_TAG */ .Mr[locale], { maximumFractionDigits: 1 });
        numbers.set(locale, nf);
    }
    const form = forms[`=${n}`] ?? forms[rules.select(n)] ?? forms.other;
    return form.replace(/#/g, nf.format(n));
}
/**
 * `{{ n | plural("behandling", "behandlingar") }}` in a template: the number and the agreeing word. A form
 * that contains `#` places the number itself ("# av dem", "alla # system"); without, it goes first.
 */
function countWith(locale, n, one, other, exact = {}) {
    const place = (f) => (f.includes('#') ? f : `# ${f}`);
    const forms = { one: place(one), other: place(other) };
    for (const [k, v] of Object.entries(exact))
        forms[`=${Number(k)}`] = v;
    return plural(locale, Number(n) || 0, forms);
}
const lists = new Map();
/** "kommunstyrelsen, socialnämnden och barn- och utbildningsnämnden" (sv), "… og …" (nb), "… and …" (en). */
function joinList(locale, items, type = 'conjunction') {
    const key = `${locale}:${type}`;
    let lf = lists.get(key);
    if (!lf) {
        lf = new Intl.ListFormat(_locale_js__WEBPACK_IMPORTED_MODULE_0__/* .LANGUAGE_TAG */ .Mr[locale], { style: 'long', type });
        lists.set(key, lf);
    }
    return lf.format(items.filter((i) => i !== ''));
}
/**
 * A board's name inside a sentence: Swedish and Norwegian write "kommunstyrelsen" and "barn- og
 * oppvekstutvalget" in lower case. Only a name whose first word alone is capitalised is changed, so a proper
 * name ("Sjöbacka Energi AB", "IKT Nordfjord") keeps its capitals. English keeps the name as written.
 */
function midSentence(name, locale) {
    if (locale === 'en' || !name)
        return name;
    if (!/^\p{Lu}\p{Ll}/u.test(name))
        return name;
    if (/\p{Lu}/u.test(name.slice(1)))
        return name;
    return name.charAt(0).toLocaleLowerCase(_locale_js__WEBPACK_IMPORTED_MODULE_0__/* .LANGUAGE_TAG */ .Mr[locale]) + name.slice(1);
}
/** First letter up, for a name or phrase that starts a sentence or a heading. */
function sentenceStart(text, locale) {
    return text ? text.charAt(0).toLocaleUpperCase(_locale_js__WEBPACK_IMPORTED_MODULE_0__/* .LANGUAGE_TAG */ .Mr[locale]) + text.slice(1) : text;
}


/***/ })

};
