import { type Locale, pickText } from './locale.js';
import type { Registry } from './registry.js';

/** A role's name in the reader's language, from lisa.yaml; the id itself when lisa.yaml does not name it. */
export function roleName(registry: Registry, id: string | undefined, locale: Locale): string {
  if (!id) return '';
  const role = registry.organisation?.valid ? registry.organisation.data.roles?.[id] : undefined;
  return role ? pickText(role.name, locale) || id : id;
}
