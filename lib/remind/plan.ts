import { createHash } from 'node:crypto';
import { profileOf } from '../country.js';
import { classificationReviewDue, classificationsInForce, isRestricted } from '../derive.js';
import type { Kind } from '../kinds.js';
import { format, type Locale, pickText, type RegisterText } from '../locale.js';
import { DEFAULT_REVIEW_MONTHS } from '../model.js';
import { type Entity, isPlainObject, type Registry } from '../registry.js';
import { quarterLabel } from '../render/labels.js';
import { agreementNotices } from './agreements.js';
import { type Content, esc, link, mention, type ReminderBlock, toBlocks, toText } from './blocks.js';
import { breachNotifications } from './breaches.js';
import {
  addDays,
  type Country,
  DEFAULT_SEND_TIME,
  DEFAULT_TIME_ZONE,
  dayInMonth,
  daysBetween,
  holidayCountry,
  isTimeZone,
  localDay,
  localInstant,
  localIso,
  longDate,
  workingDayOnOrBefore,
} from './calendar.js';
import { ACTION_STATUS, AUDIT_STATUS, M, WHAT } from './messages.js';
import { managementReviews } from './review.js';
import { planActions, riskReviews } from './risk.js';

export const REMINDER_KINDS = [
  'kpi-review',
  'cycle',
  'action-due',
  'document-review',
  'classification-review',
  'audit-answer',
  'risk-review',
  'plan-action',
  'management-review',
  'breach-notification',
  'agreement-notice',
] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

/** One message to send: what, to whom, when, and the key that makes it go out exactly once. */
export interface Reminder {
  /** kind:entity:occurrence:recipient. Stable across runs and machines; restricted entities appear hashed. */
  key: string;
  /** The key without its occurrence: a catch-up sends only the latest reminder of a series. */
  series: string;
  kind: ReminderKind;
  /** When it goes out: the send time on a working day, in the organisation's zone. */
  sendAt: Date;
  /** `sendAt` in local time with its offset, e.g. 2026-03-30T08:00:00+02:00. */
  due: string;
  /** The deadline the reminder is about (YYYY-MM-DD). */
  deadline: string;
  /** The security channel as configured (id or #name), or a Slack user id for a direct message. */
  to: string;
  via: 'channel' | 'dm';
  /** mrkdwn fallback text, the whole message. */
  text: string;
  blocks: ReminderBlock[];
  /**
   * The register entry it is about (for the bot's "due soon"; a weekly overdue digest names its oldest action's
   * audit). Check `restricted` before showing it to anyone but `users`.
   */
  entity: { kind: Kind; id: string; file: string };
  restricted: boolean;
  /** Slack users expected to act. */
  users: string[];
}

export interface RemindSettings {
  locale: Locale;
  timeZone: string;
  country: Country;
  /** Local HH:MM. */
  sendTime: string;
  catchUpDays: number;
  lead: { kpiReview: number; action: number; review: number; cycle: number };
  /** The security channel as written in lisa.yaml. */
  channel?: string;
}

const CYCLE_LEAD_DAYS = 14;

/** A whole number of days from lisa.yaml, within bounds: a year of lead at most, and of catch-up. */
function count(value: unknown, fallback: number, max = 365): number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? Math.min(value, max) : fallback;
}

function org(registry: Registry): Record<string, unknown> {
  const data = registry.organisation?.data as unknown;
  return isPlainObject(data) ? data : {};
}

function field(obj: unknown, key: string): Record<string, unknown> {
  const v = isPlainObject(obj) ? obj[key] : undefined;
  return isPlainObject(v) ? v : {};
}

/**
 * The reminder settings from lisa.yaml, read field by field: a mistake elsewhere in lisa.yaml (the validator
 * reports it) must not silence every reminder.
 */
export function remindSettings(registry: Registry): RemindSettings {
  const o = org(registry);
  // The country in lisa.yaml decides the default time zone and the holidays; without one, the language does.
  const profile = o.country !== undefined ? profileOf(o) : undefined;
  const zone =
    typeof o.timezone === 'string' && isTimeZone(o.timezone)
      ? o.timezone
      : (profile?.timeZone ?? DEFAULT_TIME_ZONE);
  const r = field(o, 'reminders');
  const channel = field(o, 'slack').securityChannel;
  return {
    locale: registry.locale,
    timeZone: zone,
    country: profile?.iso ?? holidayCountry(registry.locale, zone),
    sendTime: DEFAULT_SEND_TIME,
    catchUpDays: count(r.catchUpDays, 14),
    lead: {
      kpiReview: count(r.kpiReviewLeadDays, 14),
      action: count(r.actionLeadDays, 14),
      review: count(r.reviewLeadDays, 30),
      cycle: CYCLE_LEAD_DAYS,
    },
    ...(typeof channel === 'string' && channel.trim() ? { channel: channel.trim() } : {}),
  };
}

export interface Role {
  id: string;
  name: string;
  users: string[];
}

/** The quarter followed up at a review: the last one that ended before the review's quarter began. */
export function quarterBefore(day: string): string {
  const y = Number(day.slice(0, 4));
  const q = Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1;
  return q === 1 ? `${y - 1}-Q4` : `${y}-Q${q - 1}`;
}

function hashRef(ref: string): string {
  return `#${createHash('sha256').update(ref).digest('hex').slice(0, 16)}`;
}

function encodePath(p: string): string {
  return p
    .split('/')
    .filter((s) => s && s !== '.')
    .map(encodeURIComponent)
    .join('/');
}

/** A file's path inside the registry folder, e.g. kpi/utbildning.yaml. */
export function registryPath(root: string, file: string, kind?: string): string {
  const r = root
    .replace(/\\/g, '/')
    .replace(/^\.\/+/, '')
    .replace(/\/+$/, '');
  if (r && r !== '.' && file.startsWith(`${r}/`)) return file.slice(r.length + 1);
  if (kind) {
    const parts = file.split('/');
    const at = parts.indexOf(kind);
    if (at >= 0) return parts.slice(at).join('/');
  }
  return file;
}

export class Planner {
  readonly s: RemindSettings;
  private readonly roles: Record<string, unknown>;
  private readonly boards: unknown[];
  private readonly repo: { base: string; branch: string; dir: string } | undefined;
  readonly fromDay: string;
  readonly untilDay: string;
  private readonly inForce: Map<string, Entity<'classification'>>;
  /** The window in days, a day wider each side: `slot` tests against it before it builds an instant. */
  private readonly firstDay: string;
  private readonly lastDay: string;
  /** Roles by id, made once: a region's overdue digests ask for the same owners thousands of times. */
  private readonly roleCache = new Map<string, Role>();
  readonly out: Reminder[] = [];
  private readonly keys = new Set<string>();

  constructor(
    readonly registry: Registry,
    readonly from: Date,
    readonly until: Date,
  ) {
    this.s = remindSettings(registry);
    const o = org(registry);
    this.roles = field(o, 'roles');
    this.boards = Array.isArray(o.boards) ? o.boards : [];
    const repo = field(o, 'repository');
    if (typeof repo.url === 'string' && /^https?:\/\//.test(repo.url)) {
      const root = registry.root.replace(/\\/g, '/');
      const defaultDir = root.startsWith('/') || root.startsWith('..') || /^[A-Za-z]:/.test(root) ? '' : root;
      this.repo = {
        base: repo.url.replace(/\.git$/, '').replace(/\/+$/, ''),
        branch: typeof repo.branch === 'string' && repo.branch ? repo.branch : 'main',
        dir: typeof repo.path === 'string' ? repo.path : defaultDir,
      };
    }
    this.fromDay = localDay(from, this.s.timeZone);
    this.untilDay = localDay(until, this.s.timeZone);
    this.firstDay = addDays(this.fromDay, -1);
    this.lastDay = addDays(this.untilDay, 1);
    this.inForce = classificationsInForce(registry);
  }

  get locale(): Locale {
    return this.s.locale;
  }

  t(message: Record<Locale, string>, params: Record<string, unknown> = {}): string {
    return format(message[this.locale], params);
  }

  date(day: string): string {
    return longDate(day, this.locale);
  }

  /** A role's name and Slack users; the same object for the same id, so callers must not change it. */
  role(id: string | undefined): Role {
    if (!id) return this.makeRole(id);
    let role = this.roleCache.get(id);
    if (!role) {
      role = this.makeRole(id);
      this.roleCache.set(id, role);
    }
    return role;
  }

  private makeRole(id: string | undefined): Role {
    const r = id ? this.roles[id] : undefined;
    if (!id || !isPlainObject(r)) return { id: id ?? '', name: id ?? this.t(M.noOwner), users: [] };
    const users: string[] = [];
    for (const p of Array.isArray(r.people) ? r.people : []) {
      const slack = isPlainObject(p) ? p.slack : undefined;
      if (typeof slack === 'string' && /^[UW][A-Z0-9]+$/.test(slack) && !users.includes(slack))
        users.push(slack);
    }
    const name =
      typeof r.name === 'string' || isPlainObject(r.name)
        ? pickText(r.name as RegisterText, this.locale)
        : '';
    return { id, name: name || id, users };
  }

  /** The person to act, for mrkdwn: the role by name, and its people as mentions. */
  owner(roles: Role[]): string {
    if (!roles.length) return this.t(M.noOwner);
    return roles
      .map((r) => `*${esc(r.name)}*${r.users.length ? ` (${r.users.map(mention).join(', ')})` : ''}`)
      .join(', ');
  }

  boardNames(ids: readonly string[]): string {
    return ids
      .map((id) => {
        const b = this.boards.find((x) => isPlainObject(x) && x.id === id) as { name?: unknown } | undefined;
        return esc(typeof b?.name === 'string' ? b.name : id);
      })
      .join(', ');
  }

  editUrl(entity: Entity): string | undefined {
    if (!this.repo) return undefined;
    const rel = registryPath(this.registry.root, entity.file, entity.kind);
    return `${this.repo.base}/edit/${encodePath(this.repo.branch)}/${encodePath(`${this.repo.dir}/${rel}`)}`;
  }

  folderUrl(kind: Kind): string | undefined {
    if (!this.repo) return undefined;
    return `${this.repo.base}/tree/${encodePath(this.repo.branch)}/${encodePath(`${this.repo.dir}/${kind}`)}`;
  }

  /** "Edit: <link|kpi/x.yaml>", or the path when lisa.yaml names no repository. */
  footer(entity: Entity): string {
    const rel = registryPath(this.registry.root, entity.file, entity.kind);
    const url = this.editUrl(entity);
    return url ? `${this.t(M.edit)}: ${link(url, rel)}` : `${this.t(M.file)}: \`${esc(entity.file)}\``;
  }

  /** An entity's name as a link to its file, for lists. */
  named(entity: Entity, name: string): string {
    const url = this.editUrl(entity);
    return url ? link(url, name) : `*${esc(name)}*`;
  }

  /** The day a reminder goes out: lead days before, moved back to a working day. Undefined outside the window. */
  slot(occurrence: string, lead: number): { day: string; at: Date } | undefined {
    const day = workingDayOnOrBefore(addDays(occurrence, -lead), this.s.country);
    // A cheap test on days first: building an instant costs a time-zone lookup.
    if (day < this.firstDay || day > this.lastDay) return undefined;
    const at = localInstant(day, this.s.sendTime, this.s.timeZone);
    if (at < this.from || at >= this.until) return undefined;
    return { day, at };
  }

  /** `sensitive`: the message shows restricted details (a direct message), though its key need not hide anything. */
  add(
    d: Draft,
    via: 'channel' | 'dm',
    to: string,
    content: Content,
    users: string[],
    sensitive = d.restricted,
  ): void {
    const ref = d.restricted ? hashRef(d.ref) : d.ref;
    const recipient = via === 'channel' ? 'channel' : to;
    const key = `${d.kind}:${ref}:${d.occurrence}:${recipient}`;
    if (this.keys.has(key)) return;
    this.keys.add(key);
    this.out.push({
      key,
      series: `${d.kind}:${ref}:${recipient}`,
      kind: d.kind,
      sendAt: d.at,
      due: localIso(d.at, this.s.timeZone),
      deadline: d.deadline,
      to,
      via,
      text: toText(content),
      blocks: toBlocks(content),
      entity: { kind: d.entity.kind, id: d.entity.id, file: d.entity.file },
      restricted: sensitive,
      users,
    });
  }

  /**
   * Where a reminder goes. Open entries: the security channel, which names and mentions the people to act (their
   * direct messages when there is no channel). Restricted entries, or when a person's own direct message fits
   * better: a direct message to each person of the owning roles; a channel gets only a generic line about a
   * deadline when nobody can be reached directly.
   */
  route(d: Draft, content: Content, owners: Role[], preferDm = false): void {
    const users = [...new Set(owners.flatMap((o) => o.users))];
    const channel = this.s.channel;
    if (!d.restricted && !preferDm) {
      if (channel) this.add(d, 'channel', channel, content, users);
      else for (const u of users) this.add(d, 'dm', u, content, users);
      return;
    }
    if (users.length) {
      const dm = d.restricted
        ? { ...content, paragraphs: [...content.paragraphs, this.t(M.restrictedDmNote)] }
        : content;
      for (const u of users) this.add(d, 'dm', u, dm, users);
      return;
    }
    if (!channel) return;
    if (!d.restricted) {
      this.add(d, 'channel', channel, content, users);
      return;
    }
    this.add(d, 'channel', channel, this.generic(d, owners), users, false);
  }

  generic(d: Draft, owners: Role[]): Content {
    return {
      header: this.t(M.restrictedHeader),
      paragraphs: [
        this.t(M.restrictedIntro, {
          what: WHAT[d.kind]?.[this.locale] ?? d.kind,
          date: this.date(d.deadline),
          owner: this.owner(owners),
        }),
      ],
    };
  }

  restricted(entity: Entity): boolean {
    return isRestricted(this.registry, entity, this.inForce);
  }

  inForceList(): Entity<'classification'>[] {
    return [...this.inForce.values()];
  }

  reviewMonths(): number {
    return count(
      field(org(this.registry), 'reviewMonths').classification,
      DEFAULT_REVIEW_MONTHS.classification,
    );
  }

  rolesOfKind(kind: string): Role[] {
    return Object.entries(this.roles)
      .filter(([, r]) => isPlainObject(r) && r.kind === kind)
      .map(([id]) => this.role(id));
  }
}

export interface Draft {
  kind: ReminderKind;
  /** The entity (or part of it) the reminder is about, as written in the key. */
  ref: string;
  entity: Entity;
  /** The date that makes this occurrence unique: the deadline, or for weekly overdue reminders the week's day. */
  occurrence: string;
  deadline: string;
  day: string;
  at: Date;
  restricted: boolean;
}

function valid<K extends Kind>(registry: Registry, kind: K): Entity<K>[] {
  return [...registry.entities[kind].values()].filter((e) => e.valid);
}

function cycleLead(p: Planner, a: Entity<'cycle'>): number {
  if (typeof a.data.leadDays === 'number') return a.data.leadDays;
  if (a.data.kind === 'kpi-review') return p.s.lead.kpiReview;
  if (a.data.kind === 'classification-review' || a.data.kind === 'document-review') return p.s.lead.review;
  return p.s.lead.cycle;
}

function years(p: Planner): number[] {
  // A deadline lies on or after its reminder's day, at most a year's lead (and a few days off) later.
  const a = Number(p.fromDay.slice(0, 4));
  const b = Number(p.untilDay.slice(0, 4)) + 2;
  const out: number[] = [];
  for (let y = a; y <= b; y++) out.push(y);
  return out;
}

function cycles(p: Planner): void {
  const kpis = valid(p.registry, 'kpi');
  for (const a of valid(p.registry, 'cycle')) {
    const lead = cycleLead(p, a);
    for (const y of years(p)) {
      for (const month of [...a.data.months].sort((x, z) => x - z)) {
        const deadline = dayInMonth(y, month, a.data.day ?? 1);
        const slot = p.slot(deadline, lead);
        if (!slot) continue;
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
    p.t(M.cycleIntro, { activity: esc(a.data.name), date: p.date(d.deadline), owner: p.owner([owner]) }),
  ];
  const description = pickText(a.data.description, p.locale);
  if (description) paragraphs.push(esc(description));
  if (a.data.boards?.length) paragraphs.push(p.t(M.cycleBoards, { boards: p.boardNames(a.data.boards) }));
  p.route(d, { header: p.t(M.cycleHeader, { activity: a.data.name }), paragraphs, footer: p.footer(a) }, [
    owner,
  ]);
}

function kpiReview(p: Planner, d: Draft, a: Entity<'cycle'>, kpis: Entity<'kpi'>[]): void {
  const key = quarterBefore(d.deadline);
  // People read the quarter as the documents write it ("4. kv. 2025"); the file keeps its key (2025-Q4).
  const quarter = quarterLabel(key, p.locale);
  const due = kpis
    .filter((k) => !k.data.since || k.data.since <= key)
    .sort((x, y) => x.data.name.localeCompare(y.data.name, p.locale));
  const missing = due.filter((k) => k.data.values?.[key] === undefined || k.data.values[key] === null);
  const reported = due.filter((k) => !missing.includes(k));
  const owner = p.role(a.data.owner);
  const date = p.date(d.deadline);

  const paragraphs = [p.t(M.kpiIntro, { activity: esc(a.data.name), date, owner: p.owner([owner]) })];
  if (!due.length) paragraphs.push(p.t(M.kpiNone, { quarter }));
  else if (!missing.length) paragraphs.push(p.t(M.kpiAllReported, { total: due.length, quarter }));
  else {
    const lines = missing.map((k) =>
      p.restricted(k)
        ? p.t(M.kpiRestrictedLine, { owner: p.owner([p.role(k.data.owner)]) })
        : p.t(M.kpiLine, { name: p.named(k, k.data.name), owner: p.owner([p.role(k.data.owner)]) }),
    );
    paragraphs.push(
      [p.t(M.kpiMissingHead, { quarter, missing: missing.length, total: due.length }), ...lines].join('\n'),
    );
  }
  if (reported.length && missing.length) {
    const open = reported.filter((k) => !p.restricted(k)).map((k) => esc(k.data.name));
    const hidden = reported.length - open.length;
    const names = [...open, ...(hidden ? [p.t(M.kpiReportedRestricted, { count: hidden })] : [])].join(', ');
    paragraphs.push(p.t(M.kpiReportedHead, { count: reported.length, names }));
  }
  const folder = p.folderUrl('kpi');
  const footer = folder ? `${p.t(M.edit)}: ${link(folder, 'kpi/')}` : p.footer(a);
  // The review's summary goes to the channel (nothing restricted in it); the activity's owner gets it directly
  // when there is no channel.
  p.route(d, { header: p.t(M.kpiHeader, { quarter }), paragraphs, footer }, [owner]);

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
      p.t(M.kpiDmLine, { name: p.named(kpi, kpi.data.name), role: esc(role.name) }),
    );
    const dmParagraphs = [
      [p.t(M.kpiDm, { activity: esc(a.data.name), date, quarter }), ...lines].join('\n'),
      p.t(M.kpiDmHint, { quarter: key }),
    ];
    if (items.some(({ kpi }) => p.restricted(kpi))) dmParagraphs.push(p.t(M.restrictedDmNote));
    const hidden = d.restricted || items.some(({ kpi }) => p.restricted(kpi));
    p.add(d, 'dm', user, { header: p.t(M.kpiHeader, { quarter }), paragraphs: dmParagraphs }, [user], hidden);
  }
}

function actions(p: Planner): void {
  for (const audit of valid(p.registry, 'audit')) {
    if (audit.data.status === 'closed') continue;
    const restricted = p.restricted(audit);
    for (const rec of audit.data.recommendations) {
      for (const action of rec.plannedActions ?? []) {
        if (action.plan) continue; // followed up in the plan: its reminders are the plan's
        const status = action.status ?? 'planned';
        // Only a dated commitment is reminded: an undated one has no day to remind of (rule action-undated).
        if ((status !== 'planned' && status !== 'in-progress') || !action.due) continue;
        const due = action.due;
        const owner = p.role(action.owner);
        const base = {
          kind: 'action-due' as const,
          ref: `audit/${audit.id}/${rec.id}/${action.id}`,
          entity: audit,
          deadline: due,
          restricted,
        };
        const context = p.t(M.actionContext, {
          audit: esc(audit.data.title),
          rec: esc(rec.id),
          status: ACTION_STATUS[status]?.[p.locale] ?? status,
          owner: p.owner([owner]),
        });
        const ahead = p.slot(due, p.s.lead.action);
        if (ahead) {
          const content: Content = {
            header: p.t(M.actionHeader, { date: p.date(due) }),
            paragraphs: [
              p.t(M.actionIntro, { date: p.date(due), action: esc(action.text) }),
              context,
              p.t(M.actionHint),
            ],
            footer: p.footer(audit),
          };
          p.route({ ...base, occurrence: due, ...ahead }, content, [owner], true);
        }
      }
    }
  }
  overdueDigests(p);
}

interface Overdue {
  audit: Entity<'audit'>;
  rec: string;
  action: { id: string; text: string; owner?: string; due: string; status: string };
  restricted: boolean;
}

/** Mondays from a week before `from` to a week after `until`: the weekly overdue digests' occurrences. */
function mondays(p: Planner): string[] {
  const out: string[] = [];
  let d = addDays(p.fromDay, -7);
  while (new Date(`${d}T00:00:00Z`).getUTCDay() !== 1) d = addDays(d, 1);
  for (; d <= addDays(p.untilDay, 7); d = addDays(d, 7)) out.push(d);
  return out;
}

/**
 * Weekly while overdue: every Monday (a Monday off moves to the working day before) one digest of all overdue
 * actions to the channel, rather than one post per action, so the channel stays readable. Restricted audits'
 * actions appear as a line with a date and an owner only.
 */
function overdueDigests(p: Planner): void {
  const open: Overdue[] = [];
  for (const audit of valid(p.registry, 'audit')) {
    if (audit.data.status === 'closed') continue;
    const restricted = p.restricted(audit);
    for (const rec of audit.data.recommendations) {
      for (const action of rec.plannedActions ?? []) {
        if (action.plan) continue;
        const status = action.status ?? 'planned';
        if ((status === 'planned' || status === 'in-progress') && action.due)
          open.push({ audit, rec: rec.id, action: { ...action, due: action.due, status }, restricted });
      }
    }
  }
  if (!open.length) return;
  for (const monday of mondays(p)) {
    const slot = p.slot(monday, 0);
    if (!slot) continue;
    const overdue = open
      .filter((o) => o.action.due < slot.day)
      .sort((a, b) => (a.action.due < b.action.due ? -1 : a.action.due > b.action.due ? 1 : 0));
    if (!overdue.length) continue;
    const line = (o: Overdue, showRestricted: boolean) => {
      const owner = p.owner([p.role(o.action.owner)]);
      const date = p.date(o.action.due);
      if (o.restricted && !showRestricted) return p.t(M.overdueRestrictedLine, { date, owner });
      return p.t(M.overdueLine, {
        action: p.named(o.audit, o.action.text),
        date,
        days: daysBetween(o.action.due, slot.day),
        status: ACTION_STATUS[o.action.status]?.[p.locale] ?? o.action.status,
        owner,
        audit: esc(o.audit.data.title),
        rec: esc(o.rec),
      });
    };
    const folder = p.folderUrl('audit');
    const content = (items: Overdue[], showRestricted: boolean): Content => ({
      header: p.t(M.overdueHeader, { count: items.length }),
      paragraphs: [
        [p.t(M.overdueIntro), ...items.map((o) => line(o, showRestricted))].join('\n'),
        p.t(M.overdueHint),
      ],
      ...(folder ? { footer: `${p.t(M.edit)}: ${link(folder, 'audit/')}` } : {}),
    });
    const d: Draft = {
      kind: 'action-due',
      ref: 'audit/overdue',
      entity: (overdue[0] as Overdue).audit,
      occurrence: monday,
      deadline: (overdue[0] as Overdue).action.due,
      ...slot,
      restricted: false,
    };
    const owners = (items: Overdue[]) => [...new Set(items.flatMap((o) => p.role(o.action.owner).users))];
    if (p.s.channel) {
      p.add(d, 'channel', p.s.channel, content(overdue, false), owners(overdue), false);
      continue;
    }
    // No channel: each owner gets a digest of their own overdue actions, restricted ones in full.
    for (const user of owners(overdue)) {
      const mine = overdue.filter((o) => p.role(o.action.owner).users.includes(user));
      p.add(
        d,
        'dm',
        user,
        content(mine, true),
        [user],
        mine.some((o) => o.restricted),
      );
    }
  }
}

function documents(p: Planner): void {
  for (const doc of valid(p.registry, 'document')) {
    if (doc.data.status !== 'decided' || !doc.data.nextReview) continue;
    const slot = p.slot(doc.data.nextReview, p.s.lead.review);
    if (!slot) continue;
    const owner = p.role(doc.data.owner);
    const d: Draft = {
      kind: 'document-review',
      ref: `document/${doc.id}`,
      entity: doc,
      occurrence: doc.data.nextReview,
      deadline: doc.data.nextReview,
      ...slot,
      restricted: p.restricted(doc),
    };
    const content: Content = {
      header: p.t(M.documentHeader),
      paragraphs: [
        p.t(M.documentIntro, {
          title: esc(doc.data.title),
          date: p.date(d.deadline),
          owner: p.owner([owner]),
        }),
        p.t(M.documentHint),
      ],
      footer: p.footer(doc),
    };
    p.route(d, content, [owner]);
  }
}

function classifications(p: Planner): void {
  const months = p.reviewMonths();
  for (const c of p.inForceList()) {
    const due = classificationReviewDue(c.data, months);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(due)) continue;
    const slot = p.slot(due, p.s.lead.review);
    if (!slot) continue;
    const asset = p.registry.entities.asset.get(c.data.asset);
    // The information owner answers for the classification; without the asset, those who took part.
    const owners = asset ? [p.role(asset.data.owner)] : c.data.participants.slice(0, 1).map((r) => p.role(r));
    const d: Draft = {
      kind: 'classification-review',
      ref: `classification/${c.id}`,
      entity: c,
      occurrence: due,
      deadline: due,
      ...slot,
      restricted: p.restricted(c),
    };
    const content: Content = {
      header: p.t(M.classificationHeader),
      paragraphs: [
        p.t(M.classificationIntro, {
          asset: esc(asset?.data.name ?? c.data.asset),
          date: p.date(due),
          owner: p.owner(owners),
        }),
        p.t(M.classificationHint),
      ],
      footer: p.footer(c),
    };
    p.route(d, content, owners);
  }
}

function auditAnswers(p: Planner): void {
  const coordinators = p.rolesOfKind('security-coordinator');
  for (const audit of valid(p.registry, 'audit')) {
    const due = audit.data.answerDue;
    if (!due || (audit.data.status !== 'received' && audit.data.status !== 'in-progress')) continue;
    const slot = p.slot(due, p.s.lead.action);
    if (!slot) continue;
    const d: Draft = {
      kind: 'audit-answer',
      ref: `audit/${audit.id}`,
      entity: audit,
      occurrence: due,
      deadline: due,
      ...slot,
      restricted: p.restricted(audit),
    };
    const paragraphs = [
      p.t(M.answerIntro, {
        title: esc(audit.data.title),
        date: p.date(due),
        status: AUDIT_STATUS[audit.data.status]?.[p.locale] ?? audit.data.status,
        owner: p.owner(coordinators),
      }),
    ];
    if (audit.data.boards.length)
      paragraphs.push(p.t(M.answerBoards, { boards: p.boardNames(audit.data.boards) }));
    paragraphs.push(p.t(M.answerHint));
    p.route(
      d,
      { header: p.t(M.answerHeader, { date: p.date(due) }), paragraphs, footer: p.footer(audit) },
      coordinators,
    );
  }
}

const KIND_ORDER = new Map(REMINDER_KINDS.map((k, i) => [k, i]));

/**
 * Every reminder that goes out from `from` (inclusive) to `until` (exclusive), in send order. Pure: the same
 * registry and window give the same reminders with the same keys, on any machine, at any time.
 */
export function planReminders(registry: Registry, from: Date, until: Date): Reminder[] {
  if (!(until > from)) return [];
  const p = new Planner(registry, from, until);
  cycles(p);
  actions(p);
  documents(p);
  classifications(p);
  auditAnswers(p);
  riskReviews(p);
  planActions(p);
  managementReviews(p);
  breachNotifications(p);
  agreementNotices(p);
  return p.out.sort(
    (a, b) =>
      a.sendAt.getTime() - b.sendAt.getTime() ||
      (KIND_ORDER.get(a.kind) ?? 0) - (KIND_ORDER.get(b.kind) ?? 0) ||
      // The channel's summary before the direct messages that follow it up.
      (a.via === b.via ? 0 : a.via === 'channel' ? -1 : 1) ||
      (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
}
