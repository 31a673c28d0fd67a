// Roles and the people who hold them, from lisa.yaml: who owns what, who to ask, who may see restricted entries.
import { boardName as boardNameOf } from '../facts/boards.js';
import type { Organisation } from '../kinds.js';
import { type Locale, pickText } from '../locale.js';
import type { Registry } from '../registry.js';
import { M } from './messages.js';

type RoleKind = NonNullable<NonNullable<Organisation['roles'][string]>['kind']>;

function org(registry: Registry): Organisation | undefined {
  return registry.organisation?.valid ? registry.organisation.data : undefined;
}

export { roleName } from '../roles.js';

/** A role as a reader wants it: its name, and who holds it now. */
export function roleText(registry: Registry, roleId: string, locale: Locale): string {
  const role = org(registry)?.roles?.[roleId];
  if (!role) return roleId;
  const name = pickText(role.name, locale) || roleId;
  const people = (role.people ?? []).map((p) => p.name ?? p.email).filter((p): p is string => Boolean(p));
  return people.length > 0 ? `${name} (${people.join(', ')})` : name;
}

/** Who holds a role now, with e-mail where given: "Karin Lund (karin.lund@…)". Empty when nobody is named. */
export function peopleOf(registry: Registry, roleId: string): string {
  const people = org(registry)?.roles?.[roleId]?.people ?? [];
  return people
    .map((p) => (p.name && p.email ? `${p.name} (${p.email})` : (p.name ?? p.email ?? '')))
    .filter(Boolean)
    .join(', ');
}

export function rolesOfKind(registry: Registry, kind: RoleKind): string[] {
  return Object.entries(org(registry)?.roles ?? {})
    .filter(([, r]) => r?.kind === kind)
    .map(([id]) => id);
}

export function boardName(registry: Registry, boardId: string): string {
  return boardNameOf(registry, boardId);
}

export function boards(registry: Registry): { id: string; name: string; dpo?: string }[] {
  return (org(registry)?.boards ?? []).map((b) => ({
    id: b.id,
    name: b.name,
    ...(b.dpo ? { dpo: b.dpo } : {}),
  }));
}

/**
 * The roles that take the questions the registers cannot answer: lisa.yaml's `questionsRole`, else the roles of
 * the kind security-coordinator. Empty when the organisation names neither.
 */
export function questionRoles(registry: Registry): string[] {
  const o = org(registry);
  const chosen = o?.questionsRole;
  if (chosen && o?.roles?.[chosen]) return [chosen];
  return rolesOfKind(registry, 'security-coordinator');
}

/** Who to ask when the registers cannot answer, from lisa.yaml; a role the organisation has, never an assumed one. */
export function whoToAsk(registry: Registry, locale: Locale): string {
  const roles = questionRoles(registry);
  if (roles.length === 0) return M.theCoordinator[locale];
  return roles.map((r) => roleText(registry, r, locale)).join(', ');
}

/** The people lisa.yaml lets see restricted entries: Slack users, directly or through a role, and user groups. */
export interface RestrictedAccess {
  users: Set<string>;
  userGroups: string[];
}

export function restrictedAccess(registry: Registry): RestrictedAccess {
  const o = org(registry);
  const allowed = o?.access?.restricted;
  const users = new Set<string>(allowed?.slackUsers ?? []);
  for (const roleId of allowed?.roles ?? []) {
    for (const p of o?.roles?.[roleId]?.people ?? []) if (p.slack) users.add(p.slack);
  }
  return { users, userGroups: [...(allowed?.slackUserGroups ?? [])] };
}
