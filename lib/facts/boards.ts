// A board's name as every surface writes it: documents, answers, reminders, the PR comment. One lookup, so a
// board missing from lisa.yaml reads the same everywhere (its id; the rules say it is missing).
import type { Registry } from '../registry.js';

/** The name lisa.yaml gives board `id`, else the id itself. */
export function boardName(registry: Pick<Registry, 'organisation'>, id: string): string {
  return (registry.organisation?.data.boards ?? []).find((b) => b?.id === id)?.name ?? id;
}
