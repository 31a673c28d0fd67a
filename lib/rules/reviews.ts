import { classificationReviewDue, classificationsInForce } from '../derive.js';
import { DEFAULT_REVIEW_MONTHS } from '../model.js';
import { type Rule, valid } from './context.js';

export const classificationReviewOverdue: Rule = {
  id: 'classification-review-overdue',
  severity: 'warning',
  description: {
    sv: 'Klassning som inte setts över i tid.',
    nb: 'Klassifisering som ikke er gjennomgått i tide.',
    en: 'A classification past its review date.',
  },
  message: {
    sv: 'Klassningen av "{asset}" skulle ha setts över senast {due}.',
    nb: 'Klassifiseringen av «{asset}» skulle vært gjennomgått senest {due}.',
    en: 'The classification of "{asset}" was due for review by {due}.',
  },
  hint: {
    sv: 'Se över klassningen med informationsägaren, uppdatera date och nextReview.',
    nb: 'Gå gjennom klassifiseringen med informasjonseieren, oppdater date og nextReview.',
    en: 'Review the classification with the information owner and update date and nextReview.',
  },
  check(ctx) {
    // Read from lisa.yaml even when it has other problems, but only a number of months that makes sense.
    const own: unknown = ctx.registry.organisation?.data.reviewMonths?.classification;
    const months =
      Number.isInteger(own) && (own as number) >= 1 ? (own as number) : DEFAULT_REVIEW_MONTHS.classification;
    for (const c of classificationsInForce(ctx.registry).values()) {
      const due = classificationReviewDue(c.data, months);
      if (due >= ctx.today) continue;
      const asset = ctx.registry.entities.asset.get(c.data.asset);
      ctx.report(
        this,
        { entity: c, path: [c.data.nextReview ? 'nextReview' : 'date'] },
        { asset: asset?.data.name ?? c.data.asset, due },
      );
    }
  },
};

export const documentReviewOverdue: Rule = {
  id: 'document-review-overdue',
  severity: 'warning',
  description: {
    sv: 'Styrdokument som inte setts över i tid.',
    nb: 'Styringsdokument som ikke er gjennomgått i tide.',
    en: 'A governing document past its review date.',
  },
  message: {
    sv: '"{title}" skulle ha setts över senast {due}.',
    nb: '«{title}» skulle vært gjennomgått senest {due}.',
    en: '"{title}" was due for review by {due}.',
  },
  hint: {
    sv: 'Se över dokumentet, ta nytt beslut vid behov och flytta fram nextReview.',
    nb: 'Gå gjennom dokumentet, fatt nytt vedtak ved behov og flytt nextReview.',
    en: 'Review the document, have it decided again if needed, and move nextReview.',
  },
  check(ctx) {
    for (const d of valid(ctx.registry, 'document')) {
      if (d.data.status !== 'decided' || !d.data.nextReview || d.data.nextReview >= ctx.today) continue;
      ctx.report(this, { entity: d, path: ['nextReview'] }, { title: d.data.title, due: d.data.nextReview });
    }
  },
};

export const documentNotCommunicated: Rule = {
  id: 'document-not-communicated',
  severity: 'warning',
  description: {
    sv: 'Beslutat styrdokument som inte kommunicerats.',
    nb: 'Vedtatt styringsdokument som ikke er kommunisert.',
    en: 'A decided governing document never communicated.',
  },
  message: {
    sv: '"{title}" beslutades {decided} men har inte kommunicerats till medarbetarna sedan dess.',
    nb: '«{title}» ble vedtatt {decided}, men er ikke kommunisert til de ansatte siden.',
    en: '"{title}" was decided on {decided} but has not been communicated to staff since.',
  },
  hint: {
    sv: 'Kommunicera dokumentet (intranät, APT, utbildning) och ange datumet i communicated.',
    nb: 'Kommuniser dokumentet (intranett, personalmøte, opplæring) og angi datoen i communicated.',
    en: 'Communicate the document (intranet, team meetings, training) and record the date in communicated.',
  },
  check(ctx) {
    for (const d of valid(ctx.registry, 'document')) {
      const decided = d.data.decision?.date;
      if (d.data.status !== 'decided' || !decided) continue;
      if (d.data.communicated && d.data.communicated >= decided) continue;
      ctx.report(
        this,
        { entity: d, path: d.data.communicated ? ['communicated'] : ['status'] },
        { title: d.data.title, decided },
      );
    }
  },
};

export const actionOverdue: Rule = {
  id: 'action-overdue',
  severity: 'warning',
  description: {
    sv: 'Planerad åtgärd som passerat sitt datum.',
    nb: 'Planlagt tiltak som har passert fristen.',
    en: 'A planned action past its due date.',
  },
  message: {
    sv: 'Åtgärden "{action}" skulle vara klar {due} men har status {status}.',
    nb: 'Tiltaket «{action}» skulle vært ferdig {due}, men har status {status}.',
    en: 'The action "{action}" was due on {due} but is {status}.',
  },
  hint: {
    sv: 'Markera åtgärden som done (med datum), eller ange ett nytt datum och förklara förseningen i svaret till revisorerna.',
    nb: 'Merk tiltaket som done (med dato), eller angi en ny dato og forklar forsinkelsen i oppfølgingen av revisjonen.',
    en: 'Mark the action done (with a date), or set a new due date and explain the delay in the answer to the auditors.',
  },
  check(ctx) {
    for (const a of valid(ctx.registry, 'audit')) {
      a.data.recommendations.forEach((r, ri) => {
        (r.plannedActions ?? []).forEach((p, pi) => {
          if (p.status === 'done' || p.status === 'cancelled' || !p.due || p.due >= ctx.today) return;
          const short = p.text.length > 80 ? `${p.text.slice(0, 77).trimEnd()}…` : p.text;
          ctx.report(
            this,
            { entity: a, path: ['recommendations', ri, 'plannedActions', pi, 'due'] },
            { action: short, due: p.due, status: p.status ?? 'planned' },
          );
        });
      });
    }
  },
};

export const auditAnswerOverdue: Rule = {
  id: 'audit-answer-overdue',
  severity: 'warning',
  description: {
    sv: 'Svar till revisorerna efter sista dag.',
    nb: 'Svar på revisjonsrapporten etter fristen.',
    en: 'An answer to the auditors past its deadline.',
  },
  message: {
    sv: 'Svaret på "{title}" skulle ha lämnats senast {due}.',
    nb: 'Svaret på «{title}» skulle vært levert senest {due}.',
    en: 'The answer to "{title}" was due by {due}.',
  },
  hint: {
    sv: 'Besluta svaret och sätt status: answered med decision, eller kom överens med revisorerna om ny tid.',
    nb: 'Vedta svaret og sett status: answered med decision, eller avtal ny frist med revisjonen.',
    en: 'Decide the answer and set status: answered with the decision, or agree a new date with the auditors.',
  },
  check(ctx) {
    for (const a of valid(ctx.registry, 'audit')) {
      const due = a.data.answerDue;
      if (!due || due >= ctx.today || (a.data.status !== 'received' && a.data.status !== 'in-progress'))
        continue;
      ctx.report(this, { entity: a, path: ['answerDue'] }, { title: a.data.title, due });
    }
  },
};

export const REVIEW_RULES = [
  classificationReviewOverdue,
  documentReviewOverdue,
  documentNotCommunicated,
  actionOverdue,
  auditAnswerOverdue,
];
