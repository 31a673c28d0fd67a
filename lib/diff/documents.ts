// Which board documents a change touches, by the renderer's document ids and titles.
import { profileOf } from '../country.js';
import { reviewQuarter } from '../facts/quarters.js';
import { t } from '../i18n/index.js';
import { quarterLabel, TITLES } from '../labels.js';
import type { Locale } from '../locale.js';
import type { Registry } from '../registry.js';
import { docWord } from '../render/document-words.js';
import { riskDocumentsTouched } from '../risk-delta.js';
import { asList, dataOf, nameOf } from './context.js';
import type { AffectedDocument, Data, EntityChange } from './types.js';

/** The board documents a change touches, by the renderer's document ids. */
export function affectedDocuments(
  changes: readonly EntityChange[],
  base: Registry,
  head: Registry,
  locale: Locale,
  today = new Date().toISOString().slice(0, 10),
  known?: readonly string[],
): AffectedDocument[] {
  const exists = known ? new Set(known) : undefined;
  const docs = new Map<string, AffectedDocument>();
  const boardName = (id: string) =>
    (head.organisation?.data.boards ?? []).find((b) => b?.id === id)?.name ?? id;
  const titles = {
    yearly: t(locale, TITLES.yearlyReport, { year: today.slice(0, 4) }),
    kpi: t(locale, TITLES.kpiReview, { quarter: quarterLabel(reviewQuarter(today), locale) }),
    systems: t(locale, TITLES.systemsOverview),
  };
  const add = (id: string, title: string, because: string) => {
    if (exists && !exists.has(id)) return;
    let doc = docs.get(id);
    if (!doc) {
      doc = { id, title, because: [] };
      docs.set(id, doc);
    }
    if (!doc.because.includes(because)) doc.because.push(because);
  };
  const registerFor = (board: unknown, because: string) => {
    // No board named: where the organisation itself is controller, its one register is affected.
    if (board === undefined || board === '') {
      if (profileOf(head.organisation?.data).controllerModel !== 'organisation') return;
      const name = head.organisation?.data.name ?? '';
      add('processing-register', t(locale, TITLES.processingRegister, { board: name }), because);
      return;
    }
    if (typeof board !== 'string') return;
    if (!(head.organisation?.data.boards ?? []).some((b) => b?.id === board)) return;
    add(
      `processing-register-${board}`,
      t(locale, TITLES.processingRegister, { board: boardName(board) }),
      because,
    );
  };
  const controllersUsing = (registry: Registry, systemId: string) =>
    [...registry.entities.processing.values()]
      .filter((p) => asList((p.data as unknown as Data).systems).includes(systemId))
      .map((p) => (p.data as unknown as Data).controller);
  for (const c of changes) {
    const key = `${c.kind}/${c.id}`;
    const a = dataOf(base, c);
    const b = dataOf(head, c);
    switch (c.kind) {
      case 'organisation':
        for (const audit of head.entities.audit.values())
          add(
            `audit-answer-${audit.id}`,
            t(locale, TITLES.auditAnswer, { title: nameOf(audit, head, base, locale) }),
            key,
          );
        for (const board of new Set(
          [...head.entities.processing.values()].map((p) => (p.data as unknown as Data).controller),
        ))
          registerFor(board, key);
        for (const id of known ?? []) {
          const board = /^processing-register-(.+)$/.exec(id)?.[1];
          if (board) registerFor(board, key);
        }
        add('systems-overview', titles.systems, key);
        add('kpi-review', titles.kpi, key);
        add('yearly-report', titles.yearly, key);
        break;
      case 'audit':
        if (c.change !== 'removed')
          add(`audit-answer-${c.id}`, t(locale, TITLES.auditAnswer, { title: c.name }), key);
        // The follow-up of each board with recommendations in an answered audit changes with it.
        for (const d of [a, b]) {
          if (d.status !== 'answered') continue;
          const recs = Array.isArray(d.recommendations) ? (d.recommendations as Data[]) : [];
          for (const board of new Set(recs.map((r) => r.board))) {
            if (typeof board !== 'string' || !board) continue;
            add(
              `audit-followup-${board}`,
              docWord(locale, 'followUpTitle', { board: boardName(board) }),
              key,
            );
          }
        }
        add('yearly-report', titles.yearly, key);
        break;
      case 'processing':
        registerFor(b.controller, key);
        registerFor(a.controller, key);
        add('yearly-report', titles.yearly, key);
        break;
      case 'system':
        add('systems-overview', titles.systems, key);
        for (const board of new Set([...controllersUsing(head, c.id), ...controllersUsing(base, c.id)]))
          registerFor(board, key);
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
        for (const [id, title] of riskDocumentsTouched(c.kind, c.id, base, head, locale)) add(id, title, key);
        add('yearly-report', titles.yearly, key);
        break;
      case 'report':
        add('yearly-report', titles.yearly, key);
        break;
    }
  }
  const order = (id: string) => {
    const i = ['yearly-report', 'kpi-review', 'systems-overview'].indexOf(id);
    return i === -1 ? 9 : i;
  };
  return [...docs.values()].sort((x, y) => order(x.id) - order(y.id) || x.id.localeCompare(y.id));
}
