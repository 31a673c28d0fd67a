// What every source's planner shares (`Planner`): roles and their Slack users, links to the files, the day a
// reminder goes out, and where it goes (channel or direct message, restricted entries kept out of channels).

import { createHash } from 'node:crypto';
import { classificationsInForce, isRestricted } from '../derive.js';
import { type Repository, registryPath, repositoryOf, repositoryUrl } from '../facts/repository.js';
import { type MessageKey, type MessageParams, selector, t } from '../i18n/index.js';
import type { Kind } from '../kinds.js';
import { type Locale, pickText, type RegisterText } from '../locale.js';
import { DEFAULT_REVIEW_MONTHS } from '../model.js';
import { type Entity, isPlainObject, type Registry } from '../registry.js';
import { type Content, esc, link, mention, toBlocks, toText } from './blocks.js';
import { addDays, localDay, localInstant, localIso, longDate, workingDayOnOrBefore } from './calendar.js';
import type { Reminder, ReminderKind } from './reminder.js';
import { count, field, org, type RemindSettings, remindSettings } from './settings.js';

export interface Role {
  id: string;
  name: string;
  users: string[];
}

function hashRef(ref: string): string {
  return `#${createHash('sha256').update(ref).digest('hex').slice(0, 16)}`;
}

export class Planner {
  readonly s: RemindSettings;
  private readonly roles: Record<string, unknown>;
  private readonly boards: unknown[];
  private readonly repo: Repository | undefined;
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
    this.repo = repositoryOf(o, registry.root);
    this.fromDay = localDay(from, this.s.timeZone);
    this.untilDay = localDay(until, this.s.timeZone);
    this.firstDay = addDays(this.fromDay, -1);
    this.lastDay = addDays(this.untilDay, 1);
    this.inForce = classificationsInForce(registry);
  }

  get locale(): Locale {
    return this.s.locale;
  }

  t(key: MessageKey, params: MessageParams = {}): string {
    return t(this.locale, key, params);
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
    if (!id || !isPlainObject(r)) return { id: id ?? '', name: id ?? this.t('remind.noOwner'), users: [] };
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
    if (!roles.length) return this.t('remind.noOwner');
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
    return repositoryUrl(this.repo, 'edit', rel);
  }

  folderUrl(kind: Kind): string | undefined {
    if (!this.repo) return undefined;
    return repositoryUrl(this.repo, 'tree', kind);
  }

  /** "Edit: <link|kpi/x.yaml>", or the path when lisa.yaml names no repository. */
  footer(entity: Entity): string {
    const rel = registryPath(this.registry.root, entity.file, entity.kind);
    const url = this.editUrl(entity);
    return url
      ? `${this.t('remind.edit')}: ${link(url, rel)}`
      : `${this.t('remind.file')}: \`${esc(entity.file)}\``;
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
        ? { ...content, paragraphs: [...content.paragraphs, this.t('remind.restrictedDmNote')] }
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
      header: this.t('remind.restrictedHeader'),
      paragraphs: [
        this.t('remind.restrictedIntro', {
          what: t(this.locale, 'remind.what', { kind: selector(d.kind) }),
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

export function valid<K extends Kind>(registry: Registry, kind: K): Entity<K>[] {
  return [...registry.entities[kind].values()].filter((e) => e.valid);
}
