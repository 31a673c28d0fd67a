import {
  type ActionStatus,
  type AuditProcess,
  auditProcess,
  currentStatus,
  decisionDate,
  isDecided,
  isOpen,
  type PlannedAction,
  statusHistory,
  statusOn,
} from '../audit-actions.js';
import { isRestricted } from '../derive.js';
import { localized } from '../i18n/index.js';
import type { Audit } from '../kinds.js';
import { ACTION_STATUS, AUDIT_STATUS, label, TITLES } from '../labels.js';
import type { Locale } from '../locale.js';
import { plannedViaPlan } from '../plan-link.js';
import type { Entity, Registry } from '../registry.js';
import { roleName } from '../roles.js';
import { genitive, longDate } from '../values.js';
import { joinList, midSentence, sentenceStart } from '../words.js';
import {
  type BoardRef,
  boardRef,
  common,
  type DocumentMeta,
  type DocumentModel,
  type ModelInput,
  valid,
} from './common.js';
import { docWord } from './document-words.js';

// The two audit documents: the board's answer to an audit report, in the shape the audit's data gives
// (a report like seed 001, a letter to the auditors, or the Norwegian process), frozen at its decision; and
// the follow-up of the auditors' recommendations, with each action's state now, per board.

type Recommendation = Audit['recommendations'][number];

export interface PlannedActionView {
  id: string;
  text: string;
  /** The responsible role, or undefined when the answer names none (shown honestly, not invented). */
  owner?: string;
  due?: string;
  /** When, in the answer's own words ("hösten 2024"), when not a date. */
  period?: string;
  status: ActionStatus;
  statusLabel: string;
  done?: string;
  overdue: boolean;
}

export interface RecommendationView {
  number: number;
  id: string;
  board: BoardRef;
  heading: string;
  /** "Kommunstyrelsens svar": who answers this recommendation (none in a letter, where the heading says it). */
  answerHeading?: string;
  text: string;
  quote: boolean;
  stance?: { position: string; sentence: string; reason?: string };
  answer?: string;
  actionsTaken: string[];
  plannedActions: PlannedActionView[];
  /** Some action's status is worth a column (not all simply planned). */
  showStatus: boolean;
  timeline?: string;
  comments?: string;
}

/**
 * Who answers an audit: each board decides its own answer to the recommendations addressed to it (seed 002:
 * one report, three boards), unless one decision answers for all (a coordinated answer). Before any decision
 * is recorded, each addressed board with recommendations gets its own draft.
 */
export function answeringBoards(audit: Audit): string[] {
  const decided = [...new Set((audit.decisions ?? []).map((d) => d.board))];
  if (decided.length > 0) return decided;
  const withRecommendations = new Set(audit.recommendations.map((r) => r.board));
  const addressed = audit.boards.filter((b) => withRecommendations.has(b));
  return addressed.length > 1 ? addressed : [addressed[0] ?? audit.boards[0] ?? ''];
}

/** One answer document per answering board; an audit answered by one board keeps the plain id. */
export function auditAnswers(audit: Entity<'audit'>): { id: string; board: string | undefined }[] {
  const boards = answeringBoards(audit.data);
  if (boards.length <= 1) return [{ id: `audit-answer-${audit.id}`, board: undefined }];
  return boards.map((board) => ({ id: `audit-answer-${audit.id}-${board}`, board }));
}

/**
 * The actions as the document shows them: with `asOf` (a decided answer), the status on that day and never
 * "overdue" (the answer is what was decided, not the progress since); without, the status now and overdue
 * when dated and past. An action with no date is never overdue and never reminded.
 */
export function plannedActions(
  registry: Registry,
  r: Recommendation,
  input: ModelInput,
  asOf?: string,
): PlannedActionView[] {
  return plannedViaPlan(registry, r.plannedActions).map((p: PlannedAction) => {
    const status = asOf ? statusOn(p, asOf) : currentStatus(p);
    const done = status === 'done' ? statusHistory(p).findLast((e) => e.status === 'done')?.date : undefined;
    return {
      id: p.id,
      text: p.text,
      ...(p.owner ? { owner: roleName(registry, p.owner, input.locale) } : {}),
      ...(p.due ? { due: p.due } : {}),
      ...(p.period ? { period: p.period } : {}),
      status,
      statusLabel: label(ACTION_STATUS, status, input.locale),
      ...(done && (!asOf || done <= asOf) ? { done } : {}),
      overdue: !asOf && isOpen(status) && p.due !== undefined && p.due < input.today,
    };
  });
}

interface Shape {
  process: AuditProcess;
  letter: boolean;
  numbered: boolean;
  quote: boolean;
  /** Who writes the answer: the board, or (Norway) the kommunedirektør. */
  respondent: string;
  /** The respondent is named by the audit or the process, not just the answering board. */
  named: boolean;
}

function shapeOf(registry: Registry, a: Audit, answering: BoardRef, locale: Locale): Shape {
  const process = auditProcess(registry, a);
  const letter = a.answer?.form === 'letter';
  const respondent =
    a.answer?.respondent ?? (process === 'norway' ? NORWAY.respondent[locale] : answering.name);
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
export const NORWAY = {
  respondent: localized('audit.norway.respondent'),
  controlCommittee: localized('audit.norway.controlCommittee'),
};

function recommendationView(
  registry: Registry,
  r: Recommendation,
  index: number,
  shape: Shape,
  input: ModelInput,
  asOf: string | undefined,
): RecommendationView {
  const t = (key: string, params?: Record<string, unknown>) => docWord(input.locale, key, params);
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
    ...(shape.letter ? {} : { answerHeading: t('answerOf', { gen: genitive(who, input.locale) }) }),
    text: r.text,
    quote: shape.quote,
    ...(r.stance
      ? {
          stance: {
            position: r.stance.position,
            sentence: t(`stance.${r.stance.position}`, {
              who: sentenceStart(who, input.locale),
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
function wording(
  a: Audit,
  d: NonNullable<Audit['decisions']>[number] | undefined,
  shape: Shape,
  answering: BoardRef,
  locale: Locale,
) {
  const t = (key: string, params?: Record<string, unknown>) => docWord(locale, key, params);
  const respondentGen = genitive(shape.respondent, locale);
  let proposalHeading: string | undefined;
  if (!shape.letter) {
    const by = d?.proposedBy ?? (shape.process === 'norway' ? NORWAY.controlCommittee[locale] : undefined);
    proposalHeading = by
      ? t('proposalBy', { gen: genitive(by, locale), name: by })
      : d?.chair
        ? t('proposalChair')
        : t('proposal');
  }
  const closing =
    d?.closing ??
    (shape.letter
      ? t('closingLetter', {
          genLower: midSentence(respondentGen, locale),
          nameLower: midSentence(shape.respondent, locale),
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
    summaryHeading:
      a.answer?.summaryHeading ?? (shape.letter ? t('startingPoint', { gen: respondentGen }) : t('summary')),
    closing,
    signature,
    signaturePlaceholder:
      shape.process === 'norway' ? shape.respondent : `${t('chairPlaceholder')}\n${answering.name}`,
    requestedBoards,
  };
}

export function auditAnswer(
  registry: Registry,
  audit: Entity<'audit'>,
  input: ModelInput,
  doc: { id: string; board: string | undefined },
): DocumentModel {
  const a = audit.data;
  const { locale } = input;
  const t = (key: string, params?: Record<string, unknown>) => docWord(locale, key, params);
  const restricted = isRestricted(registry, audit);
  const draft = a.status === 'received' || a.status === 'in-progress';
  // With several answering boards, this document is one board's answer: its decision, its recommendations
  // (numbered as in the report).
  const d = doc.board ? a.decisions?.find((x) => x.board === doc.board) : a.decisions?.[0];
  const answering = boardRef(registry, doc.board ?? d?.board ?? a.boards[0]);
  const decided = isDecided(a) ? decisionDate(d) : undefined;
  const shape = shapeOf(registry, a, answering, locale);
  const name = (id: string) => boardRef(registry, id).name;
  const recommendations: RecommendationView[] = restricted
    ? []
    : a.recommendations
        .flatMap((r, i) => (doc.board && r.board !== doc.board ? [] : [{ r, i }]))
        .map(({ r, i }) => recommendationView(registry, r, i, shape, input, decided));
  // "Kommunstyrelsen rekommenderas att:" – one list per board, in the order the report names them.
  const order = [...a.boards, ...a.recommendations.map((r) => r.board)];
  const groups = [...new Set(order)]
    .map((id) => {
      const board = boardRef(registry, id);
      const who = shape.process === 'norway' ? midSentence(shape.respondent, locale) : board.name;
      return {
        board,
        lead: t('recommendedLead', { board: who }),
        recommendations: recommendations.filter((r) => r.board.id === id),
      };
    })
    .filter((g) => g.recommendations.length > 0);
  const w = wording(a, d, shape, answering, locale);
  // An answered audit carries its own date (the rule audit-answer-undated says when it does not); a draft
  // is dated the day it is printed, and says it is a draft.
  const date = draft ? input.today : (decisionDate(d) ?? '');
  const meta: DocumentMeta = {
    id: doc.id,
    kind: 'audit-answer',
    template: 'audit-answer.njk',
    title: t(TITLES.auditAnswer, { title: a.title }),
    orientation: 'portrait',
    date,
    ...(d?.registrationNumber ? { registrationNumber: d.registrationNumber } : {}),
    draft,
    board: answering,
  };
  const addressees = a.boards.map((b) => boardRef(registry, b));
  // Who the auditors ask: the boards (Sweden), or the kommunedirektør the kontrollutvalg asks (Norway).
  const asked =
    shape.process === 'norway' && !a.requested?.from
      ? midSentence(shape.respondent, locale)
      : joinList(
          locale,
          w.requestedBoards.map((id) => midSentence(name(id), locale)),
        );
  const requested = a.requested
    ? {
        heading: t('requestedFrom', { boards: asked }),
        text: t('requestedText', {
          deadline: a.answerDue ? t('requestedDeadline', { date: longDate(a.answerDue, locale) }) : '',
        }),
        items: (a.requested.items ?? []).map((i) =>
          ['actions-taken', 'planned-actions', 'timeline', 'comments'].includes(i) ? t(`requested.${i}`) : i,
        ),
        ...(a.requested.followUp
          ? {
              followUp:
                shape.process === 'norway' ? t('followUpNoteNorway') : t('followUpNote', { boards: asked }),
            }
          : {}),
      }
    : undefined;
  const auditorsName = a.auditors ?? t('auditorsDefault');
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
        statusLabel: label(AUDIT_STATUS, a.status, locale),
        restricted,
        process: shape.process,
        letter: shape.letter,
        numbered: shape.numbered,
        respondent: shape.respondent,
        addressee: a.answer?.addressee,
        answeringBoard: answering,
        answeringGenitive: genitive(answering.name, locale),
        addressees,
        addresseesText: joinList(
          locale,
          addressees.map((b) => midSentence(b.name, locale)),
        ),
        summaryDefault: t('summaryDefault', {
          auditors: auditorsName,
          title: a.title,
          addressees: joinList(
            locale,
            addressees.map((b) => midSentence(b.name, locale)),
          ),
          firm: a.firm ? t('summaryFirm', { firm: a.firm }) : '',
          date: longDate(a.reportDate, locale),
        }),
        assessment: restricted ? [] : (a.assessment ?? []),
        summary: restricted ? undefined : a.summary,
        recommendations,
        groups,
        multipleBoards: groups.length > 1,
        requested,
        decidedOn: decided,
        ...w,
        decision: d
          ? {
              proposal: d.proposal,
              proposalDate: d.proposalDate,
              board: boardRef(registry, d.board),
              meetingDate: d.meetingDate,
              paragraph: d.paragraph,
              registrationNumber: d.registrationNumber,
              date: d.date,
              chair: d.chair,
            }
          : undefined,
        attachments: a.attachments ?? [],
      },
    },
  };
}

// ---------------------------------------------------------------------------------------------------------
// The follow-up of the auditors' recommendations

/** The boards with recommendations in answered audits: each gets its own follow-up. */
export function followUpBoards(registry: Registry): BoardRef[] {
  const ids = new Set<string>();
  for (const audit of valid(registry, 'audit')) {
    if (audit.data.status !== 'answered') continue;
    for (const r of audit.data.recommendations) ids.add(r.board);
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

export function auditFollowUp(registry: Registry, board: BoardRef, input: ModelInput): DocumentModel {
  const { locale } = input;
  const t = (key: string, params?: Record<string, unknown>) => docWord(locale, key, params);
  let restrictedAudits = 0;
  const audits = [];
  for (const audit of valid(registry, 'audit')) {
    const a = audit.data;
    if (a.status !== 'answered' || !a.recommendations.some((r) => r.board === board.id)) continue;
    if (isRestricted(registry, audit)) {
      restrictedAudits++;
      continue;
    }
    const d =
      a.decisions?.find((x) => x.board === board.id) ??
      (a.decisions?.length === 1 ? a.decisions[0] : undefined);
    const decided = decisionDate(d);
    const shape = shapeOf(registry, a, board, locale);
    const recommendations = a.recommendations
      .flatMap((r, i) => (r.board === board.id ? [{ r, i }] : []))
      .map(({ r, i }) => {
        const view = recommendationView(registry, r, i, shape, input, undefined);
        // What happened since the decision: the dated changes the answer itself does not show.
        const since = plannedViaPlan(registry, r.plannedActions).flatMap((p) =>
          statusHistory(p)
            .filter((e) => !decided || e.date > decided)
            .map((e) => ({
              action: p.text,
              date: e.date,
              statusLabel: label(ACTION_STATUS, e.status, locale),
              ...(e.note ? { note: e.note } : {}),
            })),
        );
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
        ? t('reportOf', { firm: a.firm, date: longDate(a.reportDate, locale) })
        : longDate(a.reportDate, locale),
      answered: decided ? t('answeredOn', { date: longDate(decided, locale) }) : t('answerNotDecided'),
      registrationNumber: d?.registrationNumber,
      recommendations,
    });
  }
  const meta: DocumentMeta = {
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
          date: longDate(input.today, locale),
          board: midSentence(board.name, locale),
        }),
        audits,
        restrictedNote: restrictedAudits ? t('restrictedAudits', { n: restrictedAudits }) : undefined,
        empty:
          audits.length === 0
            ? t('noRecommendations', { board: midSentence(board.name, locale) })
            : undefined,
      },
    },
  };
}
