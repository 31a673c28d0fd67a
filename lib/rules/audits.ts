import { currentStatus, decisionDate, isDecided, isOpen, statusHistory } from '../audit-actions.js';
import { type Rule, valid } from './context.js';

// Rules about the board's answers to audits: what an answer commits to, and what a decided answer needs so
// it can be shown as it stood when it was decided.

const short = (text: string) => (text.length > 80 ? `${text.slice(0, 77).trimEnd()}…` : text);

export const actionUndated: Rule = {
  id: 'action-undated',
  severity: 'warning',
  description: {
    sv: 'Planerad åtgärd utan ansvarig eller datum.',
    nb: 'Planlagt tiltak uten ansvarlig eller frist.',
    en: 'A planned action without an owner or a date.',
  },
  message: {
    sv: 'Åtgärden "{action}" saknar {missing}. Den visas som svaret angav den och ger inga påminnelser.',
    nb: 'Tiltaket «{action}» mangler {missing}. Det vises slik svaret anga det og gir ingen påminnelser.',
    en: 'The action "{action}" has no {missing}. It is shown as the answer gave it and is never reminded.',
  },
  hint: {
    sv: 'Lägg till owner (en roll) och due (ÅÅÅÅ-MM-DD) när de är bestämda – hitta inte på dem. En period i ord kan stå i period.',
    nb: 'Legg til owner (en rolle) og due (ÅÅÅÅ-MM-DD) når de er bestemt – ikke finn dem opp. En periode i ord kan stå i period.',
    en: 'Add owner (a role) and due (YYYY-MM-DD) once they are decided – do not invent them. A period in words can go in period.',
  },
  check(ctx) {
    const words = {
      owner: { sv: 'ansvarig', nb: 'ansvarlig', en: 'owner' },
      due: { sv: 'datum', nb: 'frist', en: 'date' },
      both: { sv: 'ansvarig och datum', nb: 'ansvarlig og frist', en: 'owner and date' },
    };
    for (const a of valid(ctx.registry, 'audit')) {
      if (a.data.status === 'closed') continue;
      a.data.recommendations.forEach((r, ri) => {
        (r.plannedActions ?? []).forEach((p, pi) => {
          if (p.plan || !isOpen(currentStatus(p)) || (p.owner && p.due)) return;
          const which = !p.owner && !p.due ? 'both' : p.owner ? 'due' : 'owner';
          ctx.report(
            this,
            { entity: a, path: ['recommendations', ri, 'plannedActions', pi] },
            { action: short(p.text), missing: words[which][ctx.locale] },
          );
        });
      });
    }
  },
};

export const auditAnswerUndated: Rule = {
  id: 'audit-answer-undated',
  severity: 'warning',
  description: {
    sv: 'Besvarad granskning vars beslut saknar datum.',
    nb: 'Besvart revisjon der vedtaket mangler dato.',
    en: 'An answered audit whose decision has no date.',
  },
  message: {
    sv: 'Svaret från {board} på "{title}" har inget datum. Dokumentet får inget datum (aldrig utskriftsdagen), och åtgärderna kan inte visas som de stod vid beslutet.',
    nb: 'Svaret fra {board} på «{title}» har ingen dato. Dokumentet får ingen dato (aldri utskriftsdagen), og tiltakene kan ikke vises slik de sto ved vedtaket.',
    en: 'The answer from {board} to "{title}" has no date. The document gets none (never the day it is printed), and its actions cannot be shown as they stood at the decision.',
  },
  hint: {
    sv: 'Ange date (svarets datum) eller meetingDate (sammanträdet) i beslutet.',
    nb: 'Angi date (svarets dato) eller meetingDate (møtet) i vedtaket.',
    en: 'Give the decision a date (the answer’s date) or a meetingDate.',
  },
  check(ctx) {
    for (const a of valid(ctx.registry, 'audit')) {
      if (!isDecided(a.data)) continue;
      (a.data.decisions ?? []).forEach((d, di) => {
        if (decisionDate(d)) return;
        const board = (ctx.registry.organisation?.data.boards ?? []).find((b) => b.id === d.board);
        ctx.report(
          this,
          { entity: a, path: ['decisions', di] },
          { title: a.data.title, board: board?.name ?? d.board },
        );
      });
    }
  },
};

export const actionHistoryMissing: Rule = {
  id: 'action-history-missing',
  severity: 'warning',
  description: {
    sv: 'Åtgärd i ett beslutat svar vars status saknar datum.',
    nb: 'Tiltak i et vedtatt svar der statusen mangler dato.',
    en: 'An action in a decided answer whose status has no date.',
  },
  message: {
    sv: 'Åtgärden "{action}" har status {status} men ingen daterad händelse i history. Det beslutade svaret visar den därför som planerad.',
    nb: 'Tiltaket «{action}» har status {status}, men ingen datert hendelse i history. Det vedtatte svaret viser det derfor som planlagt.',
    en: 'The action "{action}" is {status} but has no dated entry in history. The decided answer therefore shows it as planned.',
  },
  hint: {
    sv: 'Lägg till history: [{date: ÅÅÅÅ-MM-DD, status: {status}}] med dagen då statusen ändrades.',
    nb: 'Legg til history: [{date: ÅÅÅÅ-MM-DD, status: {status}}] med dagen statusen ble endret.',
    en: 'Add history: [{date: YYYY-MM-DD, status: {status}}] with the day the status changed.',
  },
  check(ctx) {
    for (const a of valid(ctx.registry, 'audit')) {
      if (!isDecided(a.data)) continue;
      a.data.recommendations.forEach((r, ri) => {
        (r.plannedActions ?? []).forEach((p, pi) => {
          const status = currentStatus(p);
          if (p.plan || status === 'planned') return;
          const last = statusHistory(p).at(-1);
          if (last?.status === status) return;
          ctx.report(
            this,
            { entity: a, path: ['recommendations', ri, 'plannedActions', pi, 'status'] },
            { action: short(p.text), status },
          );
        });
      });
    }
  },
};

export const AUDIT_RULES = [actionUndated, auditAnswerUndated, actionHistoryMissing];
