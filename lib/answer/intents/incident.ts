// "Vilka incidenter har vi haft i år?": incidents are restricted by default (lib/derive.ts), so only those
// allowed see them; everyone else learns that there are restricted entries and whom to ask.
import type { Entity } from '../../registry.js';
import { type Ctx, type Result, t } from '../context.js';
import type { Entry } from '../index.js';
import { M } from '../messages.js';
import { day, entriesOf, type Named, subject, tr, visibleOf } from './registers.js';

/** One incident the question names: what happened and what was learnt, or (restricted) only that it exists. */
function oneIncident(ctx: Ctx, own: Named): Result {
  const e = own.entry;
  if (e.restricted && !ctx.authorised)
    return {
      intent: 'incident',
      confidence: own.confidence,
      answered: false,
      lines: [],
      refs: [],
      used: [e],
      withheld: true,
    };
  const d = (e.entity as Entity<'incident'>).data;
  const lines = [
    tr(ctx, 'answer.incident.line', {
      date: day(d.discovered),
      title: d.title,
      breach: d.personalDataBreach ? 'yes' : 'no',
      closed: d.closed ? 'yes' : 'no',
    }),
    d.description,
  ];
  if (d.lessons && d.lessons.length > 0)
    lines.push(tr(ctx, 'answer.incident.lessons', { list: d.lessons.join(' ') }));
  return {
    intent: 'incident',
    confidence: own.confidence,
    answered: true,
    lines,
    next: t(ctx, M.askCoordinator, { who: ctx.who }),
    refs: [{ entity: e.entity, path: d.lessons ? ['lessons'] : ['description'] }],
    used: [e],
  };
}

export function incidentAnswer(ctx: Ctx, own?: Named): Result | undefined {
  const all = entriesOf(ctx, 'incident');
  if (all.length === 0) return undefined;
  if (own) return oneIncident(ctx, own);
  const named = subject(ctx, ['system', 'asset'], ['incident']);
  const data = (e: Entry) => (e.entity as Entity<'incident'>).data;
  const id = named.entry?.entity.id;
  // "Hva skjedde med vedtaket som ble sendt til feil adresse?": the incident its title names, not every one.
  const titled = named.entry ? undefined : subject(ctx, ['incident'], ['incident']).entry;
  const hits = named.entry
    ? all.filter((e) => [...(data(e).systems ?? []), ...(data(e).assets ?? [])].includes(id as string))
    : titled
      ? [titled]
      : all;
  const { visible, hidden } = visibleOf(ctx, hits);
  const extra = named.entry ? [named.entry] : [];
  if (visible.length === 0) {
    if (hidden.length === 0) return undefined;
    return {
      intent: 'incident',
      confidence: 0.75,
      answered: false,
      lines: [],
      refs: [],
      used: [...hidden, ...extra],
      withheld: true,
    };
  }
  const ranked = [...visible].sort((a, b) => (data(a).discovered < data(b).discovered ? 1 : -1)).slice(0, 6);
  const lines = [tr(ctx, 'answer.incident.count', { n: visible.length })];
  for (const e of ranked) {
    const d = data(e);
    lines.push(
      tr(ctx, 'answer.incident.line', {
        date: day(d.discovered),
        title: d.title,
        breach: d.personalDataBreach ? 'yes' : 'no',
        closed: d.closed ? 'yes' : 'no',
      }),
    );
  }
  if (hidden.length > 0) lines.push(t(ctx, M.restrictedAlso));
  return {
    intent: 'incident',
    confidence: 0.75,
    answered: true,
    lines,
    next: t(ctx, M.askCoordinator, { who: ctx.who }),
    refs: ranked.map((e) => ({ entity: e.entity, path: ['discovered'] })),
    used: [...ranked, ...extra],
    withheld: hidden.length > 0,
  };
}
