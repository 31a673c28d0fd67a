import { profileOf } from './country.js';
import { boardName } from './facts/boards.js';
import type { Processing } from './kinds.js';
import type { Registry } from './registry.js';

// Who is the controller of a processing activity. Where each board is its own controller (Sweden) an activity
// names its board; where the organisation itself is the controller (Norway) it names none, and the register is
// kept once, for the organisation. The organisation is the empty id: no board can have it, and it never reaches
// a file name (its register is `processing-register`).

export const ORGANISATION = '';

export interface ControllerRef {
  id: string;
  name: string;
  /** True for the organisation itself, false for a board. */
  organisation: boolean;
}

export function controllerIdOf(p: Pick<Processing, 'controller'>): string {
  return p.controller ?? ORGANISATION;
}

export function controllerRef(registry: Registry, id: string | undefined): ControllerRef {
  const org = registry.organisation?.data;
  if (!id) return { id: ORGANISATION, name: org?.name ?? '', organisation: true };
  return { id, name: boardName(registry, id), organisation: false };
}

/** The controllers that keep a register of processing activities: marked as such, or named by an activity. */
export function controllers(
  registry: Registry,
  activities: readonly Pick<Processing, 'controller'>[],
): ControllerRef[] {
  const named = new Set(activities.map(controllerIdOf));
  const out: ControllerRef[] = [];
  if (named.delete(ORGANISATION) || profileOf(registry.organisation?.data).controllerModel === 'organisation')
    out.push(controllerRef(registry, ORGANISATION));
  for (const b of registry.organisation?.data.boards ?? []) {
    if (b.controller === true || named.has(b.id)) {
      out.push({ id: b.id, name: b.name, organisation: false });
      named.delete(b.id);
    }
  }
  for (const id of named) out.push(controllerRef(registry, id));
  return out;
}

/** Contact details of a controller for Art. 30(1)(a): the board's, or the organisation's own. */
export function controllerContacts(
  registry: Registry,
  id: string,
): { contact?: string; dpo?: string; chair?: string; delegatedTo?: string } {
  const org = registry.organisation?.data;
  if (id === ORGANISATION) {
    const c = org?.controller;
    return {
      ...(c?.contact ? { contact: c.contact } : {}),
      ...(c?.dpo ? { dpo: c.dpo } : {}),
      ...(c?.delegatedTo ? { delegatedTo: c.delegatedTo } : {}),
    };
  }
  const b = org?.boards?.find((x) => x.id === id);
  return {
    ...(b?.contact ? { contact: b.contact } : {}),
    ...(b?.dpo ? { dpo: b.dpo } : {}),
    ...(b?.chair ? { chair: b.chair } : {}),
  };
}

/** The id of a controller's register document. */
export function processingRegisterId(ref: Pick<ControllerRef, 'id'>): string {
  return ref.id === ORGANISATION ? 'processing-register' : `processing-register-${ref.id}`;
}
