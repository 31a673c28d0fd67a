import type { PlannedAction } from './audit-actions.js';
import type { Registry } from './registry.js';

// An audit answer's planned action that names an action in the plan (`plan: <id>`, written by `lisa migrate`)
// is followed up there: the plan's owner, date, status and history stand for it. Everything that reads an
// answer's planned actions (documents, rules, reminders, answers) reads them through `viaPlan`, so a migrated
// answer shows exactly what it showed before.

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The planned action with its plan action's follow-up filled in; unchanged when it names none. */
export function viaPlan(registry: Registry, p: PlannedAction): PlannedAction {
  const id = p.plan;
  if (!id) return p;
  const a = registry.entities.plan.get(id);
  if (!a?.valid) return p;
  const d = a.data;
  const due = String(d.due);
  return {
    id: p.id,
    text: p.text,
    owner: d.owner,
    ...(DATE.test(due) ? { due } : { period: due }),
    status: d.status,
    ...(d.done ? { done: d.done } : {}),
    ...(d.history ? { history: d.history } : {}),
    plan: id,
  } as PlannedAction;
}

/** An answer's planned actions as followed up: through the plan where they name it. */
export function plannedViaPlan(
  registry: Registry,
  list: readonly PlannedAction[] | undefined,
): PlannedAction[] {
  return (list ?? []).map((p) => viaPlan(registry, p));
}

/** Whether the planned action is followed up in the plan (its reminders and checks are the plan's). */
export function inPlan(p: PlannedAction): boolean {
  return Boolean(p.plan);
}
