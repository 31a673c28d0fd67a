import { type ControllerRef, controllerRef, controllers, ORGANISATION } from '../controller.js';
import { profileOf } from '../country.js';
import { instantOf, isRestricted, registryTimeZone } from '../derive.js';
import { t } from '../i18n/index.js';
import type { Incident } from '../kinds.js';
import type { Locale } from '../locale.js';
import type { Entity, Registry } from '../registry.js';
import { roleName } from '../roles.js';
import { monthName } from '../values.js';
import {
  boards,
  collator,
  common,
  type DocumentMeta,
  type DocumentModel,
  executiveBoard,
  type ModelInput,
  valid,
} from './common.js';

// The incident report to a board, for the year up to the document's date (`--today 2026-12-31` for a whole
// year): counts by type and month, how fast personal-data breaches were notified, lessons and actions.
// Incidents are restricted by default, so a restricted incident is only ever counted here: it adds to the
// month, the type, the notification-time band and the number of actions, never its title, text or dates.

/**
 * Who gets an incident report: each board that is a controller or has incidents (the council gets none); the
 * organisation where it is the controller.
 */
export function incidentReportRecipients(registry: Registry): ControllerRef[] {
  const org = registry.organisation?.data;
  const recorded = valid(registry, 'incident');
  // A registry that keeps no incident register yet gets no empty reports; one that does reports to every
  // board, a year without incidents included (that is worth telling a board too).
  if (recorded.length === 0) return [];
  if (profileOf(org).controllerModel === 'organisation') return [controllerRef(registry, ORGANISATION)];
  const named = new Set(recorded.map((i) => i.data.board ?? executiveBoard(registry)?.id ?? ''));
  // Each board that is a controller of personal data gets its yearly report on breaches (seed 001).
  const controllerIds = new Set(
    controllers(
      registry,
      valid(registry, 'processing').map((x) => x.data),
    ).map((c) => c.id),
  );
  return boards(registry)
    .filter((b) => b.type !== 'council' && (controllerIds.has(b.id) || named.has(b.id)))
    .map((b) => ({ id: b.id, name: b.name, organisation: false }));
}

export function incidentReportId(ref: Pick<ControllerRef, 'id'>): string {
  return ref.id === ORGANISATION ? 'incident-report' : `incident-report-${ref.id}`;
}

/** Whether an incident is this recipient's: its board's, or the executive board's when it names none. */
export function belongsTo(registry: Registry, d: Incident, ref: ControllerRef): boolean {
  if (ref.organisation) return true;
  return (d.board ?? executiveBoard(registry)?.id) === ref.id;
}

const TYPES = ['confidentiality', 'integrity', 'availability'] as const;

/** Notification time bands, in hours from discovery: counts are all a restricted breach contributes. */
const BANDS = [
  { id: 'within24', max: 24 },
  { id: 'within72', max: 72 },
  { id: 'later', max: Number.POSITIVE_INFINITY },
] as const;

export type BreachOutcome = 'notified' | 'not-notified' | 'pending';

/** What became of a breach: notified (with the hours), not notified with a reason, or nothing recorded yet. */
export function breachOutcome(d: Incident, zone: string): { outcome: BreachOutcome; hours?: number } {
  if (d.notification?.at) {
    const ms = instantOf(d.notification.at, zone).getTime() - instantOf(d.discovered, zone).getTime();
    return { outcome: 'notified', hours: Math.round(ms / 360_000) / 10 };
  }
  if (d.notification?.reason || d.consequences?.risk === 'unlikely') return { outcome: 'not-notified' };
  return { outcome: 'pending' };
}

/** A register date-time as written (local, or with its offset), split for the template's date filter. */
function dayAndTime(value: string): { day: string; time: string } {
  return { day: value.slice(0, 10), time: value.slice(11, 16) };
}

function monthOf(dateTime: string): number {
  return Number(dateTime.slice(5, 7));
}

function monthRows(incidents: Entity<'incident'>[], lastMonth: number, locale: Locale) {
  return Array.from({ length: lastMonth }, (_, i) => {
    const month = i + 1;
    const these = incidents.filter((x) => monthOf(x.data.discovered) === month);
    return {
      month,
      label: monthName(month, locale),
      total: these.length,
      breaches: these.filter((x) => x.data.personalDataBreach).length,
      types: TYPES.map((type) => these.filter((x) => x.data.type.includes(type)).length),
    };
  });
}

function breachView(registry: Registry, incidents: Entity<'incident'>[], zone: string) {
  const breaches = incidents.filter((x) => x.data.personalDataBreach);
  const outcomes = breaches.map((x) => ({ entity: x, ...breachOutcome(x.data, zone) }));
  const notified = outcomes.filter((o) => o.outcome === 'notified');
  const bands = BANDS.map((b, i) => ({
    id: b.id,
    count: notified.filter(
      (o) => (o.hours ?? 0) <= b.max && (i === 0 || (o.hours ?? 0) > (BANDS[i - 1]?.max ?? 0)),
    ).length,
  }));
  const rows = outcomes
    .filter((o) => !isRestricted(registry, o.entity))
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

function followUpView(registry: Registry, incidents: Entity<'incident'>[], input: ModelInput) {
  const { locale, today } = input;
  const actions: {
    incident: string;
    text: string;
    owner: string;
    due?: string;
    status: string;
    overdue: boolean;
  }[] = [];
  const lessons: { incident: string; items: string[] }[] = [];
  const counts = { actions: 0, done: 0, open: 0, overdue: 0, restrictedLessons: 0 };
  for (const x of incidents) {
    const restricted = isRestricted(registry, x);
    for (const a of x.data.actions ?? []) {
      if (a.status === 'cancelled') continue;
      const open = a.status !== 'done';
      const overdue = open && a.due !== undefined && a.due < today;
      counts.actions++;
      if (open) counts.open++;
      else counts.done++;
      if (overdue) counts.overdue++;
      if (!restricted)
        actions.push({
          incident: x.data.title,
          text: a.text,
          owner: roleName(registry, a.owner, locale),
          ...(a.due ? { due: a.due } : {}),
          // ICU selectors are identifiers: in-progress is in_progress there.
          status: t(locale, 'incidentReport.actionStatus', { status: a.status.replace('-', '_') }),
          overdue,
        });
    }
    if (restricted) counts.restrictedLessons += x.data.lessons?.length ?? 0;
    else if (x.data.lessons?.length) lessons.push({ incident: x.data.title, items: x.data.lessons });
  }
  return { actions, lessons, counts };
}

/** The incident report to one board (or the organisation), for the calendar year up to `input.today`. */
export function incidentReport(registry: Registry, ref: ControllerRef, input: ModelInput): DocumentModel {
  const { locale, today } = input;
  const year = today.slice(0, 4);
  const zone = registryTimeZone(registry);
  const c = collator(locale);
  const all = valid(registry, 'incident').filter((x) => belongsTo(registry, x.data, ref));
  const incidents = all
    .filter((x) => x.data.discovered.slice(0, 4) === year && x.data.discovered.slice(0, 10) <= today)
    .sort((a, b) => (a.data.discovered < b.data.discovered ? -1 : 1));
  const restricted = incidents.filter((x) => isRestricted(registry, x));
  const open = incidents.filter((x) => !x.data.closed);
  // Still open from an earlier year: counted, as the board follows them up this year too.
  const earlier = all.filter((x) => x.data.discovered.slice(0, 4) < year && !x.data.closed);
  const overdue = [...open, ...earlier].filter(
    (x) => x.data.expectedClosure !== undefined && x.data.expectedClosure < today,
  );
  const lastMonth = Number(today.slice(5, 7));
  const listed = incidents
    .filter((x) => !isRestricted(registry, x))
    .map((x) => ({
      title: x.data.title,
      discovered: x.data.discovered.slice(0, 10),
      types: x.data.type.map((type) => t(locale, 'incidentReport.type', { type })),
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
  const meta: DocumentMeta = {
    id: incidentReportId(ref),
    kind: 'incident-report',
    template: 'incident-report.njk',
    title: t(locale, 'incidentReport.title', { year, board: ref.name }),
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
        authority: profileOf(registry.organisation?.data).names.authority[locale],
        overdueClosure: overdue.length,
        restricted: restricted.length,
        types: TYPES.map((type) => ({
          id: type,
          label: t(locale, 'incidentReport.type', { type }),
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
