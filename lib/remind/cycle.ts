// Reminders of the yearly cycle (årshjulet): each activity ahead of its day, the quarterly KPI review with the
// values still missing and a direct message to each owner of one.
import { reviewQuarter } from '../facts/quarters.js';
import { quarterLabel } from '../labels.js';
import { pickText } from '../locale.js';
import type { Entity } from '../registry.js';
import { esc, link } from './blocks.js';
import { dayInMonth } from './calendar.js';
import { type Draft, type Planner, type Role, valid } from './planner.js';
import { occurrenceFulfilled } from './training.js';

function cycleLead(p: Planner, a: Entity<'cycle'>): number {
  if (typeof a.data.leadDays === 'number') return a.data.leadDays;
  if (a.data.kind === 'kpi-review') return p.s.lead.kpiReview;
  if (a.data.kind === 'classification-review' || a.data.kind === 'document-review') return p.s.lead.review;
  return p.s.lead.cycle;
}

export function years(p: Planner): number[] {
  // A deadline lies on or after its reminder's day, at most a year's lead (and a few days off) later.
  const a = Number(p.fromDay.slice(0, 4));
  const b = Number(p.untilDay.slice(0, 4)) + 2;
  const out: number[] = [];
  for (let y = a; y <= b; y++) out.push(y);
  return out;
}

export function cycles(p: Planner): void {
  const kpis = valid(p.registry, 'kpi');
  for (const a of valid(p.registry, 'cycle')) {
    const lead = cycleLead(p, a);
    for (const y of years(p)) {
      for (const month of [...a.data.months].sort((x, z) => x - z)) {
        const deadline = dayInMonth(y, month, a.data.day ?? 1);
        const slot = p.slot(deadline, lead);
        if (!slot || occurrenceFulfilled(p.registry, a, deadline)) continue;
        const d: Draft = {
          kind: a.data.kind === 'kpi-review' ? 'kpi-review' : 'cycle',
          ref: `cycle/${a.id}`,
          entity: a,
          occurrence: deadline,
          deadline,
          ...slot,
          restricted: p.restricted(a),
        };
        if (d.kind === 'kpi-review') kpiReview(p, d, a, kpis);
        else cycleActivity(p, d, a);
      }
    }
  }
}

function cycleActivity(p: Planner, d: Draft, a: Entity<'cycle'>): void {
  const owner = p.role(a.data.owner);
  const paragraphs = [
    p.t('remind.kpiIntro', { activity: esc(a.data.name), date: p.date(d.deadline), owner: p.owner([owner]) }),
  ];
  const description = pickText(a.data.description, p.locale);
  if (description) paragraphs.push(esc(description));
  if (a.data.boards?.length)
    paragraphs.push(p.t('remind.cycleBoards', { boards: p.boardNames(a.data.boards) }));
  p.route(
    d,
    { header: p.t('remind.cycleHeader', { activity: a.data.name }), paragraphs, footer: p.footer(a) },
    [owner],
  );
}

export function kpiReview(p: Planner, d: Draft, a: Entity<'cycle'>, kpis: Entity<'kpi'>[]): void {
  const key = reviewQuarter(d.deadline);
  // People read the quarter as the documents write it ("4. kv. 2025"); the file keeps its key (2025-Q4).
  const quarter = quarterLabel(key, p.locale);
  const due = kpis
    .filter((k) => !k.data.since || k.data.since <= key)
    .sort((x, y) => x.data.name.localeCompare(y.data.name, p.locale));
  const missing = due.filter((k) => k.data.values?.[key] === undefined || k.data.values[key] === null);
  const reported = due.filter((k) => !missing.includes(k));
  const owner = p.role(a.data.owner);
  const date = p.date(d.deadline);

  const paragraphs = [p.t('remind.kpiIntro', { activity: esc(a.data.name), date, owner: p.owner([owner]) })];
  if (!due.length) paragraphs.push(p.t('remind.kpiNone', { quarter }));
  else if (!missing.length) paragraphs.push(p.t('remind.kpiAllReported', { total: due.length, quarter }));
  else {
    const lines = missing.map((k) =>
      p.restricted(k)
        ? p.t('remind.kpiRestrictedLine', { owner: p.owner([p.role(k.data.owner)]) })
        : p.t('remind.kpiLine', { name: p.named(k, k.data.name), owner: p.owner([p.role(k.data.owner)]) }),
    );
    paragraphs.push(
      [p.t('remind.kpiMissingHead', { quarter, missing: missing.length, total: due.length }), ...lines].join(
        '\n',
      ),
    );
  }
  if (reported.length && missing.length) {
    const open = reported.filter((k) => !p.restricted(k)).map((k) => esc(k.data.name));
    const hidden = reported.length - open.length;
    const names = [...open, ...(hidden ? [p.t('remind.kpiReportedRestricted', { count: hidden })] : [])].join(
      ', ',
    );
    paragraphs.push(p.t('remind.kpiReportedHead', { count: reported.length, names }));
  }
  const folder = p.folderUrl('kpi');
  const footer = folder ? `${p.t('remind.edit')}: ${link(folder, 'kpi/')}` : p.footer(a);
  // The review's summary goes to the channel (nothing restricted in it); the activity's owner gets it directly
  // when there is no channel.
  p.route(d, { header: p.t('remind.kpiHeader', { quarter }), paragraphs, footer }, [owner]);

  // Each owner gets their own missing values, restricted ones included: a direct message is for their eyes.
  const byUser = new Map<string, { kpi: Entity<'kpi'>; role: Role }[]>();
  for (const k of missing) {
    const role = p.role(k.data.owner);
    for (const u of role.users) {
      const list = byUser.get(u) ?? [];
      list.push({ kpi: k, role });
      byUser.set(u, list);
    }
  }
  for (const [user, items] of byUser) {
    const lines = items.map(({ kpi, role }) =>
      p.t('remind.kpiDmLine', { name: p.named(kpi, kpi.data.name), role: esc(role.name) }),
    );
    const dmParagraphs = [
      [p.t('remind.kpiDm', { activity: esc(a.data.name), date, quarter }), ...lines].join('\n'),
      p.t('remind.kpiDmHint', { quarter: key }),
    ];
    if (items.some(({ kpi }) => p.restricted(kpi))) dmParagraphs.push(p.t('remind.restrictedDmNote'));
    const hidden = d.restricted || items.some(({ kpi }) => p.restricted(kpi));
    p.add(
      d,
      'dm',
      user,
      { header: p.t('remind.kpiHeader', { quarter }), paragraphs: dmParagraphs },
      [user],
      hidden,
    );
  }
}
