import { isMap, isScalar, parseDocument, stringify, type YAMLMap } from 'yaml';
import type { PlannedAction } from '../audit-actions.js';
import { isRestricted } from '../derive.js';
import { t } from '../i18n/index.js';
import { dueEnd } from '../plan.js';
import type { Entity, Registry } from '../registry.js';
import { slugify } from '../slug.js';

// `lisa migrate`: the audit answers' planned actions into the one action plan. Each planned action that names
// no plan action becomes plan/<audit>-<action>.yaml (source: the audit and its recommendation, with the
// owner, due date or period, status and history it had), and the answer keeps its id and wording with
// `plan: <id>` in place of the follow-up fields. Pure: files in, the new and changed files out; the CLI shows
// them (dry run) or writes them (--write). What cannot move is said, with why: the plan needs an owner and a
// date or a period it can read, and lisa does not invent them.

export interface MoveAction {
  audit: string;
  recommendation: string;
  action: string;
  planId: string;
  planFile: string;
}

export interface SkipAction {
  audit: string;
  recommendation: string;
  action: string;
  reason: 'no-owner' | 'no-due' | 'unreadable-period' | 'no-done-date' | 'file-exists' | 'layout';
  /** The period in words the plan cannot read. */
  period?: string;
  /** The plan file that is in the way. */
  file?: string;
}

export interface Migration {
  moves: MoveAction[];
  skips: SkipAction[];
  /** Files to write, path relative to the registry folder → new content. */
  files: Map<string, string>;
  /** Of `files`, those that exist and change (audit answers); the others are new. */
  changed: string[];
}

const FOLLOW_UP = ['owner', 'due', 'period', 'status', 'done', 'history'] as const;

/** The plan's `due` for a planned action: its date, or a period the plan reads ("hösten 2027", "2027-Q2"). */
function planDue(p: PlannedAction): { due?: string | number; reason?: SkipAction['reason'] } {
  if (p.due) return { due: p.due };
  if (!p.period) return { reason: 'no-due' };
  const period = p.period.trim();
  if (dueEnd(period) === undefined) return { reason: 'unreadable-period' };
  return { due: /^\d{4}$/.test(period) ? Number(period) : period };
}

function planText(
  registry: Registry,
  audit: Entity<'audit'>,
  recId: string,
  board: string,
  p: PlannedAction,
  restricted: boolean,
  due: string | number,
): string {
  const data: Record<string, unknown> = {
    title: p.text.trim(),
    source: { kind: 'audit', ref: audit.id, item: recId },
    board,
    owner: p.owner,
    due,
    status: p.status ?? 'planned',
    ...(p.done ? { done: p.done } : {}),
    ...(p.history?.length ? { history: p.history } : {}),
    ...(restricted ? { restricted: true } : {}),
  };
  const head = `# ${t(registry.locale, 'migrate.planComment', { audit: audit.id, recommendation: recId, action: p.id })}\n`;
  return head + stringify(data, { lineWidth: 0 });
}

interface Edit {
  start: number;
  end: number;
  text: string;
}

/** The day a done action was done: its own `done`, else the last `done` in its history. */
function doneDate(p: PlannedAction): string | undefined {
  return p.done ?? p.history?.findLast((h) => h.status === 'done')?.date;
}

function lineStart(text: string, at: number): number {
  return text.lastIndexOf('\n', at - 1) + 1;
}

/**
 * The text edits that take the follow-up fields out of one planned action and put `plan: <id>` where the
 * first of them was: whole lines cut from the file as written, so every other line (comments, folding,
 * quoting) stays byte for byte. Undefined for a layout this does not handle (a flow mapping `{…}`).
 */
function followUpEdit(text: string, node: YAMLMap, planId: string): Edit[] | undefined {
  if (node.flow) return undefined;
  const edits: Edit[] = [];
  const items = node.items;
  for (let i = 0; i < items.length; i++) {
    const pair = items[i];
    const key = pair && isScalar(pair.key) ? pair.key : undefined;
    if (!key?.range || !FOLLOW_UP.includes(String(key.value) as (typeof FOLLOW_UP)[number])) continue;
    const start = lineStart(text, key.range[0]);
    // Up to the next field's line, or for the last field to the end of its value's last line.
    const next = items[i + 1]?.key;
    let end: number;
    if (next && isScalar(next) && next.range) end = lineStart(text, next.range[0]);
    else {
      const valueEnd =
        (pair?.value as { range?: [number, number, number] } | null)?.range?.[1] ?? key.range[1];
      const nl = text.indexOf('\n', Math.max(valueEnd - 1, key.range[1]));
      end = nl === -1 ? text.length : nl + 1;
    }
    edits.push({ start, end, text: '' });
  }
  const first = edits[0];
  if (!first) return undefined;
  const keyNode = items.find(
    (p) => isScalar(p.key) && FOLLOW_UP.includes(String(p.key.value) as (typeof FOLLOW_UP)[number]),
  )?.key;
  const column = isScalar(keyNode) && keyNode.range ? keyNode.range[0] - first.start : 0;
  first.text = `${' '.repeat(column)}plan: ${planId}\n`;
  return edits;
}

/** The migration of every audit answer in the registry; `texts` holds the audit files as they are on disk. */
export function migrateAuditActions(registry: Registry, texts: ReadonlyMap<string, string>): Migration {
  const moves: MoveAction[] = [];
  const skips: SkipAction[] = [];
  const files = new Map<string, string>();
  const changed: string[] = [];
  const taken = new Set(registry.entities.plan.keys());
  const audits = [...registry.entities.audit.values()]
    .filter((a) => a.valid)
    .sort((a, b) => (a.id < b.id ? -1 : 1));
  for (const audit of audits) {
    const rel = relPath(registry, audit);
    const text = texts.get(rel);
    if (text === undefined) continue;
    const doc = parseDocument(text);
    const restricted = isRestricted(registry, audit);
    const edits: Edit[] = [];
    const recs = audit.data.recommendations;
    for (let ri = 0; ri < recs.length; ri++) {
      const rec = recs[ri] as (typeof recs)[number];
      const planned = rec.plannedActions ?? [];
      for (let pi = 0; pi < planned.length; pi++) {
        const p = planned[pi] as PlannedAction;
        if (p.plan) continue;
        const where = { audit: audit.id, recommendation: rec.id, action: p.id };
        const skip = (reason: SkipAction['reason'], more: Partial<SkipAction> = {}) =>
          skips.push({ ...where, reason, ...more });
        if (!p.owner) {
          skip('no-owner');
          continue;
        }
        const due = planDue(p);
        if (due.reason) {
          skip(due.reason, p.period ? { period: p.period } : {});
          continue;
        }
        const done = doneDate(p);
        if ((p.status ?? 'planned') === 'done' && !done) {
          skip('no-done-date');
          continue;
        }
        const planId = slugify(`${audit.id}-${p.id}`);
        const planFile = `plan/${planId}.yaml`;
        if (taken.has(planId) || files.has(planFile)) {
          skip('file-exists', { file: planFile });
          continue;
        }
        const node = doc.getIn(['recommendations', ri, 'plannedActions', pi], true);
        const edit = isMap(node) ? followUpEdit(text, node, planId) : undefined;
        if (!edit) {
          skip('layout');
          continue;
        }
        edits.push(...edit);
        const action = { ...p, ...(done ? { done } : {}) };
        files.set(
          planFile,
          planText(registry, audit, rec.id, rec.board, action, restricted, due.due as string | number),
        );
        taken.add(planId);
        moves.push({ ...where, planId, planFile });
      }
    }
    if (edits.length) {
      let out = text;
      for (const e of edits.sort((a, b) => b.start - a.start))
        out = out.slice(0, e.start) + e.text + out.slice(e.end);
      files.set(rel, out);
      changed.push(rel);
    }
  }
  return { moves, skips, files, changed };
}

/** An entity's file relative to the registry folder, e.g. audit/kpmg-2026.yaml. */
export function relPath(registry: Registry, entity: Entity): string {
  const root = registry.root.replace(/\\/g, '/').replace(/\/+$/, '');
  const file = entity.file.replace(/\\/g, '/');
  return root && file.startsWith(`${root}/`) ? file.slice(root.length + 1) : file;
}
