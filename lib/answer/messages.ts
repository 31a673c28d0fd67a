// What the answerer says, in sv, nb and en: the texts live in the message catalogue
// (lib/i18n/<lang>/answer-replies.ts); these tables name them for the intents. Placeholders are filled with
// register data as plain text; whoever shows the answer (Slack, terminal) escapes it for its medium.
import { type MessageKey, t } from '../i18n/index.js';
import { LOCALES, type Localized } from '../locale.js';
import { monthName } from '../values.js';

/**
 * The catalogue's text of `key` in each language with its `{name}` placeholders kept, for the answerer's
 * `t(ctx, M.x, params)`. Read on first use, so loading the answerer compiles no message it does not say.
 */
export function texts(key: MessageKey): Localized {
  const out = {} as Localized;
  for (const locale of LOCALES)
    Object.defineProperty(out, locale, { enumerable: true, get: () => t(locale, key) });
  return out;
}

export const M = {
  // Declining and withholding.
  dontKnow: texts('answer.reply.dontKnow'),
  askCoordinator: texts('answer.reply.askCoordinator'),
  didYouMean: texts('answer.reply.didYouMean'),
  ambiguousHidden: texts('answer.reply.ambiguousHidden'),
  ambiguous: texts('answer.reply.ambiguous'),
  restrictedExists: texts('answer.reply.restrictedExists'),
  restrictedAlso: texts('answer.reply.restrictedAlso'),
  restrictedNotice: texts('answer.reply.restrictedNotice'),
  // Only when lisa.yaml names no role for questions: no title the organisation may not have.
  theCoordinator: texts('answer.reply.theCoordinator'),
  andMore: texts('answer.reply.andMore'),
  notSet: texts('answer.reply.notSet'),

  oneWord: texts('answer.reply.oneWord'),
  oneWordEntry: texts('answer.reply.oneWordEntry'),
  otherOrganisation: texts('answer.reply.otherOrganisation'),
  notInRegisters: texts('answer.reply.notInRegisters'),
  support: texts('answer.reply.support'),
  help: texts('answer.reply.help'),

  // Owner.
  systemOwner: texts('answer.reply.systemOwner'),
  systemAdministrator: texts('answer.reply.systemAdministrator'),
  systemAdministratorOf: texts('answer.reply.systemAdministratorOf'),
  noAdministrator: texts('answer.reply.noAdministrator'),
  board: texts('answer.reply.board'),
  assetOwner: texts('answer.reply.assetOwner'),
  documentOwner: texts('answer.reply.documentOwner'),
  kpiOwner: texts('answer.reply.kpiOwner'),
  cycleOwner: texts('answer.reply.cycleOwner'),
  processingController: texts('answer.reply.processingController'),
  faqOwner: texts('answer.reply.faqOwner'),
  nextOwner: texts('answer.reply.nextOwner'),
  nextAsk: texts('answer.reply.nextAsk'),

  // Classification.
  classifiedAs: texts('answer.reply.classifiedAs'),
  levelLine: texts('answer.reply.levelLine'),
  nextReview: texts('answer.reply.nextReview'),
  reviewOverdue: texts('answer.reply.reviewOverdue'),
  notClassified: texts('answer.reply.notClassified'),
  nextClassify: texts('answer.reply.nextClassify'),
  systemRequired: texts('answer.reply.systemRequired'),
  systemProtection: texts('answer.reply.systemProtection'),
  systemProtectionShort: texts('answer.reply.systemProtectionShort'),
  protectionGap: texts('answer.reply.protectionGap'),
  highestFrom: texts('answer.reply.highestFrom'),
  nextHandling: texts('answer.reply.nextHandling'),

  // Which systems hold.
  holdsSystems: texts('answer.reply.holdsSystems'),
  holdsAssets: texts('answer.reply.holdsAssets'),
  holdsProcessing: texts('answer.reply.holdsProcessing'),
  holdsNoSystem: texts('answer.reply.holdsNoSystem'),
  nextHolds: texts('answer.reply.nextHolds'),

  // Processing.
  processingExists: texts('answer.reply.processingExists'),
  legalBasis: texts('answer.reply.legalBasis'),
  retention: texts('answer.reply.retention'),
  archived: texts('answer.reply.archived'),
  dpia: texts('answer.reply.dpia'),
  noDpia: texts('answer.reply.noDpia'),
  processors: texts('answer.reply.processors'),
  noProcessors: texts('answer.reply.noProcessors'),
  purposes: texts('answer.reply.purposes'),
  usesSystems: texts('answer.reply.usesSystems'),
  nextProcessing: texts('answer.reply.nextProcessing'),

  // Documents.
  documentStatus: texts('answer.reply.documentStatus'),
  documentDecided: texts('answer.reply.documentDecided'),
  documentRepealed: texts('answer.reply.documentRepealed'),
  documentReview: texts('answer.reply.documentReview'),
  documentReviewOverdue: texts('answer.reply.documentReviewOverdue'),
  documentNoReview: texts('answer.reply.documentNoReview'),
  nextDocument: texts('answer.reply.nextDocument'),

  // Audits.
  auditLine: texts('answer.reply.auditLine'),
  auditAnswerDue: texts('answer.reply.auditAnswerDue'),
  recommendationLine: texts('answer.reply.recommendationLine'),
  recommendationSummary: texts('answer.reply.recommendationSummary'),
  nextAction: texts('answer.reply.nextAction'),
  actionLine: texts('answer.reply.actionLine'),
  late: texts('answer.reply.late'),
  boardAnswer: texts('answer.reply.boardAnswer'),
  noActions: texts('answer.reply.noActions'),
  nextAudit: texts('answer.reply.nextAudit'),

  // KPIs.
  kpiLine: texts('answer.reply.kpiLine'),
  kpiMet: texts('answer.reply.kpiMet'),
  kpiNotMet: texts('answer.reply.kpiNotMet'),
  kpiNoValue: texts('answer.reply.kpiNoValue'),
  kpiPrevious: texts('answer.reply.kpiPrevious'),
  kpiComment: texts('answer.reply.kpiComment'),
  kpiAll: texts('answer.reply.kpiAll'),
  nextKpi: texts('answer.reply.nextKpi'),

  // The yearly cycle.
  cycleIn: texts('answer.reply.cycleIn'),
  cycleNothing: texts('answer.reply.cycleNothing'),
  cycleWhenMonth: texts('answer.reply.cycleWhenMonth'),
  cycleWhenQuarter: texts('answer.reply.cycleWhenQuarter'),
  cycleItem: texts('answer.reply.cycleItem'),
  cycleDay: texts('answer.reply.cycleDay'),
  cycleMonths: texts('answer.reply.cycleMonths'),
  nextCycle: texts('answer.reply.nextCycle'),

  // Contacts.
  contactLine: texts('answer.reply.contactLine'),
  contactNobody: texts('answer.reply.contactNobody'),
  dpoFor: texts('answer.reply.dpoFor'),
  nextContact: texts('answer.reply.nextContact'),
} satisfies Record<string, Localized>;

/** The months' names, January first: the same words the documents use (lib/values.ts). */
export const MONTHS: Record<'sv' | 'nb' | 'en', string[]> = Object.fromEntries(
  LOCALES.map((locale) => [locale, Array.from({ length: 12 }, (_, i) => monthName(i + 1, locale))]),
) as Record<'sv' | 'nb' | 'en', string[]>;

export const LIST_JOIN: Localized = texts('answer.reply.listJoin');
