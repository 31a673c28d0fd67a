import { controllerIdOf } from '../controller.js';
import {
  assetsBySystem,
  classificationReviewDue,
  classificationsInForce,
  isRestricted,
  requiredProtection,
} from '../derive.js';
import type { CycleActivity } from '../kinds.js';
import { format, type Locale, pickText } from '../locale.js';
import { aspectLabel, DEFAULT_REVIEW_MONTHS } from '../model.js';
import type { Registry } from '../registry.js';
import { roleName } from '../roles.js';
import { plannedActions } from './audit.js';
import {
  type BoardRef,
  boardRef,
  boards,
  collator,
  common,
  type DocumentMeta,
  type DocumentModel,
  executiveBoard,
  type ModelInput,
  valid,
} from './common.js';
import { docWord } from './dictionary.js';
import { monthName } from './format.js';
import { DOCUMENT_STATUS, DOCUMENT_TYPE, label, TITLES } from './labels.js';
import { controllerBoards, dpiaReasons, kpiViews, processingRow } from './model.js';

// The yearly report on the information-security work, one per board: the facts from the registers, the
// security coordinator's assessment, conclusions and proposed decisions for the year (report/<year>.yaml),
// and whether each activity of the yearly cycle was actually done (its completion records).

/** The year's assessment for this board: the board's own part where it has one, else the common part. */
function assessmentView(registry: Registry, year: string, board: BoardRef | undefined, locale: Locale) {
  const record = valid(registry, 'report').find((r) => String(r.data.year) === year);
  if (!record || isRestricted(registry, record)) return undefined;
  const r = record.data;
  const own = board ? r.boards?.[board.id] : undefined;
  const texts = (list: typeof r.conclusions) => (list ?? []).map((x) => pickText(x, locale)).filter(Boolean);
  const assessment = pickText(own?.assessment ?? r.assessment, locale);
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

/** The last day of a month (for a day 31 in a short month, as the reminders do). */
function dueIn(year: string, month: number, day: number): string {
  const last = new Date(Date.UTC(Number(year), month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(day, last)).padStart(2, '0')}`;
}

/**
 * Whether a cycle activity was done this year: its completion records against the times it fell due by
 * today. done (every time so far), missed (a time passed with no record), later (not yet due this year).
 */
function cycleCompletion(x: CycleActivity, year: string, today: string, locale: Locale) {
  const t = (key: string, params?: Record<string, unknown>) => docWord(locale, key, params);
  const dueSoFar = x.months.map((m) => dueIn(year, m, x.day ?? 1)).filter((d) => d <= today).length;
  const records = (x.completed ?? [])
    .filter((c) => c.date.startsWith(year))
    .sort((a, b) => (a.date < b.date ? -1 : 1));
  const status =
    dueSoFar === 0 ? (records.length ? 'done' : 'later') : records.length >= dueSoFar ? 'done' : 'missed';
  const latest = records.at(-1);
  return {
    status,
    dueSoFar: dueSoFar > 0,
    statusText:
      status === 'later'
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

/**
 * The yearly report to a board. Without `scope` it is the executive board's report on the whole organisation;
 * with one, a board's own report: its information, systems, processing activities, recommendations and
 * cycle activities (governing documents and KPIs are the organisation's and stay in every report).
 */
export function yearlyReport(registry: Registry, input: ModelInput, scope?: BoardRef): DocumentModel {
  const { locale, today } = input;
  const mine = (board: string | undefined) => !scope || board === scope.id;
  const c = collator(locale);
  const inForce = classificationsInForce(registry);
  const bySystem = assetsBySystem(registry);
  const months =
    registry.organisation?.data.reviewMonths?.classification ?? DEFAULT_REVIEW_MONTHS.classification;
  const year = today.slice(0, 4);

  // Governing documents.
  const typeOrder = ['policy', 'guideline', 'routine', 'instruction', 'plan'];
  const documents = valid(registry, 'document')
    .map((d) => {
      const x = d.data;
      if (isRestricted(registry, d))
        return { id: d.id, title: x.title, restricted: true, typeRank: typeOrder.indexOf(x.type) };
      return {
        id: d.id,
        title: x.title,
        restricted: false,
        typeRank: typeOrder.indexOf(x.type),
        type: label(DOCUMENT_TYPE, x.type, locale),
        status: x.status,
        statusLabel: label(DOCUMENT_STATUS, x.status, locale),
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
        notCommunicated:
          x.status === 'decided' &&
          Boolean(x.decision?.date) &&
          !(x.communicated && x.communicated >= (x.decision?.date ?? '')),
      };
    })
    .sort((a, b) => a.typeRank - b.typeRank || c.compare(a.title, b.title));
  const openDocs = documents.filter((d) => !d.restricted);

  // Classification.
  const assets = valid(registry, 'asset').filter((a) => mine(a.data.board));
  const boardRows = new Map<
    string,
    { board: BoardRef; assets: number; classified: number; overdue: number }
  >();
  for (const b of boards(registry).filter((x) => mine(x.id)))
    boardRows.set(b.id, { board: { id: b.id, name: b.name }, assets: 0, classified: 0, overdue: 0 });
  const unclassified: { name: string; board: string; owner: string; restricted: boolean }[] = [];
  const overdueReviews: {
    name: string;
    board: string;
    classified: string;
    due: string;
    restricted: boolean;
  }[] = [];
  for (const a of assets) {
    let row = boardRows.get(a.data.board ?? '');
    if (!row) {
      row = { board: boardRef(registry, a.data.board), assets: 0, classified: 0, overdue: 0 };
      boardRows.set(a.data.board ?? '', row);
    }
    row.assets++;
    const restricted = isRestricted(registry, a, inForce);
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
    const due = classificationReviewDue(cl.data, months);
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

  // Systems protected below the information they handle.
  const gaps: {
    system: string;
    board: string;
    aspect: string;
    have?: number;
    need: number;
    asset: string;
    assetRestricted: boolean;
  }[] = [];
  let restrictedGaps = 0;
  const systemsBelow = new Set<string>();
  const activeSystems = valid(registry, 'system').filter(
    (s) => s.data.status !== 'retired' && mine(s.data.board),
  );
  for (const s of activeSystems) {
    for (const [aspect, req] of requiredProtection(s.id, bySystem, inForce)) {
      const have = s.data.protection[aspect];
      if (have !== undefined && have >= req.level) continue;
      systemsBelow.add(s.id);
      // A restricted system's weaknesses are exactly what a public document must not list.
      if (isRestricted(registry, s, inForce)) {
        restrictedGaps++;
        continue;
      }
      gaps.push({
        system: s.data.name,
        board: boardRef(registry, s.data.board).name,
        aspect: aspectLabel(registry.model, aspect, locale),
        ...(have !== undefined ? { have } : {}),
        need: req.level,
        asset: req.asset.data.name,
        assetRestricted: isRestricted(registry, req.asset, inForce),
      });
    }
  }
  gaps.sort((a, b) => c.compare(a.system, b.system));

  // Processing activities and DPIAs.
  const processing = valid(registry, 'processing').filter((p) => mine(controllerIdOf(p.data)));
  const perBoard = controllerBoards(registry)
    .filter((b) => mine(b.id))
    .map((b) => {
      const mine = processing.filter((p) => controllerIdOf(p.data) === b.id);
      const needing = mine.filter((p) => dpiaReasons(p.data, locale).length > 0);
      return {
        board: b,
        total: mine.length,
        sensitive: mine.filter((p) => (p.data.specialCategories?.length ?? 0) > 0 || p.data.criminalData)
          .length,
        dpiaNeeded: needing.length,
        dpiaDone: needing.filter((p) => p.data.dpia?.status === 'done').length,
      };
    });
  const dpiaRows = processing
    .map((p) => processingRow(registry, p, locale))
    .filter((r) => r.restricted || r.dpiaNeeded || (r.dpia && r.dpia.status !== 'not-needed'))
    .sort((a, b) => c.compare(a.controller.name, b.controller.name) || c.compare(a.name, b.name));
  const dpiaNeeded = processing.filter((p) => dpiaReasons(p.data, locale).length > 0);

  // Audits: open recommendations and overdue actions.
  const openRecommendations: {
    audit: string;
    number: number;
    text: string;
    board: string;
    open: number;
    nextDue?: string;
  }[] = [];
  const overdueActions: { audit: string; text: string; owner: string; due: string; statusLabel: string }[] =
    [];
  let restrictedOpen = 0;
  let restrictedOverdue = 0;
  let actionsDone = 0;
  let actionsTotal = 0;
  for (const audit of valid(registry, 'audit')) {
    const a = audit.data;
    if (a.status === 'closed') continue;
    const restricted = isRestricted(registry, audit);
    a.recommendations.forEach((r, i) => {
      if (!mine(r.board)) return;
      const actions = plannedActions(registry, r, input);
      actionsTotal += actions.filter((p) => p.status !== 'cancelled').length;
      actionsDone += actions.filter((p) => p.status === 'done').length;
      const open = actions.filter((p) => p.status === 'planned' || p.status === 'in-progress');
      const overdue = open.filter((p) => p.overdue);
      if (restricted) {
        if (open.length > 0 || !r.answer) restrictedOpen++;
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

  // The yearly cycle: an activity for named boards is in their reports, one for none in every report.
  const cycle = valid(registry, 'cycle')
    .filter((e) => !scope || !e.data.boards?.length || e.data.boards.includes(scope.id))
    .map((e) => {
      const x = e.data;
      const first = Math.min(...x.months);
      if (isRestricted(registry, e)) return { name: x.name, restricted: true, first };
      return {
        name: x.name,
        restricted: false,
        first,
        months: [...x.months].sort((m1, m2) => m1 - m2).map((m) => monthName(m, locale)),
        owner: roleName(registry, x.owner, locale),
        ...cycleCompletion(x, year, today, locale),
      };
    })
    .sort((a, b) => a.first - b.first || c.compare(a.name, b.name));

  const kpis = kpiViews(registry, input);
  const openKpis = kpis.kpis.filter((k) => !k.restricted);
  const board = scope ?? executiveBoard(registry);
  const assessment = assessmentView(registry, year, board, locale);
  const meta: DocumentMeta = {
    id: scope ? `yearly-report-${scope.id}` : 'yearly-report',
    kind: 'yearly-report',
    template: 'yearly-report.njk',
    title: format(TITLES.yearlyReport[locale], { year }),
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
        cycleDue: cycle.filter((x) => 'status' in x && (x.status === 'missed' || x.dueSoFar)).length,
        cycleDoneDue: cycle.filter((x) => 'status' in x && x.status === 'done' && x.dueSoFar).length,
        figures: {
          documents: documents.length,
          documentsDecided:
            openDocs.filter((d) => d.status === 'decided').length + (documents.length - openDocs.length),
          documentsDraft: openDocs.filter((d) => d.status === 'draft').length,
          documentsOverdue: openDocs.filter((d) => d.reviewOverdue).length,
          documentsNotCommunicated: openDocs.filter((d) => d.notCommunicated).length,
          assets: assets.length,
          classified: classifiedCount,
          coverage: assets.length ? Math.round((classifiedCount / assets.length) * 1000) / 10 : undefined,
          reviewsOverdue: overdueReviews.length,
          systems: activeSystems.length,
          systemsBelow: systemsBelow.size,
          processing: processing.length,
          dpiaNeeded: dpiaNeeded.length,
          dpiaDone: dpiaNeeded.filter((p) => p.data.dpia?.status === 'done').length,
          recommendationsOpen: openRecommendations.length + restrictedOpen,
          actionsOverdue: overdueActions.length + restrictedOverdue,
          actionsDone,
          actionsTotal,
          kpis: openKpis.length,
          kpisOnTarget: openKpis.filter((k) => k.status === 'on-target').length,
          kpisMissing: openKpis.filter((k) => k.status === 'missing').length,
        },
        documents,
        classification: {
          boards: [...boardRows.values()].filter((r) => r.assets > 0),
          unclassified: unclassified.sort((a, b) => c.compare(a.name, b.name)),
          overdue: overdueReviews.sort((a, b) => (a.due < b.due ? -1 : 1)),
        },
        protection: { gaps, restrictedGaps },
        processing: { boards: perBoard, dpiaRows },
        kpis,
        audits: { openRecommendations, overdueActions, restrictedOpen, restrictedOverdue },
        cycle,
      },
    },
  };
}
