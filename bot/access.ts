// Who may see restricted entries, and whether a conversation is a direct message with the bot. Both answer
// "no" when Slack cannot be asked: an error never opens anything up.
import type { WebClient } from '@slack/web-api';
import type { RestrictedAccess } from '../lib/answer/people.js';
import type { BotLogger } from './log.js';

interface Cached<T> {
  value: T;
  until: number;
}

export class AccessChecker {
  private readonly groups = new Map<string, Cached<Set<string>>>();
  private readonly dms = new Map<string, Cached<string>>();

  constructor(
    private readonly client: WebClient,
    private readonly access: () => RestrictedAccess,
    private readonly logger: BotLogger,
    /** User-group members change rarely, and a removal should still take effect soon: a minute. */
    private readonly ttlMs = 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** Whether lisa.yaml lets this Slack user see restricted entries, directly, through a role or a user group. */
  async allowed(userId: string | undefined): Promise<boolean> {
    if (!userId) return false;
    const { users, userGroups } = this.access();
    if (users.has(userId)) return true;
    for (const group of userGroups) {
      const members = await this.members(group);
      if (members.has(userId)) return true;
    }
    return false;
  }

  private async members(group: string): Promise<Set<string>> {
    const hit = this.groups.get(group);
    if (hit && hit.until > this.now()) return hit.value;
    try {
      const res = await this.client.usergroups.users.list({ usergroup: group });
      const value = new Set(res.users ?? []);
      this.groups.set(group, { value, until: this.now() + this.ttlMs });
      return value;
    } catch (error) {
      this.logger.warn(`access: could not read user group ${group}:`, error);
      // Not cached: the next question asks Slack again.
      return hit?.value ?? new Set();
    }
  }

  /** Whether `channelId` is this user's direct-message conversation with the bot (not a DM between people). */
  async isBotDm(userId: string | undefined, channelId: string | undefined): Promise<boolean> {
    if (!userId || !channelId?.startsWith('D')) return false;
    const hit = this.dms.get(userId);
    if ((hit?.until ?? 0) > this.now()) return hit?.value === channelId;
    try {
      const res = await this.client.conversations.open({ users: userId });
      const id = res.channel?.id;
      if (!id) return false;
      this.dms.set(userId, { value: id, until: this.now() + 24 * 60 * 60 * 1000 });
      return id === channelId;
    } catch (error) {
      this.logger.warn('access: could not open the direct-message conversation:', error);
      return false;
    }
  }

  clear(): void {
    this.groups.clear();
  }
}
