import { profileOf } from '../country.js';
import { label } from '../finding.js';
import { countryCode, inEea } from '../transfers.js';
import { type Rule, valid } from './context.js';

// Checks that follow from the country in lisa.yaml: who must be named as controller, and whether a system's
// hosting agrees with the country it says it is hosted in.

export const processingControllerMissing: Rule = {
  id: 'processing-controller-missing',
  severity: 'error',
  description: 'rule.processing-controller-missing.description',
  message: 'rule.processing-controller-missing.message',
  hint: 'rule.processing-controller-missing.hint',
  check(ctx) {
    if (profileOf(ctx.registry.organisation?.data).controllerModel !== 'board') return;
    for (const p of valid(ctx.registry, 'processing')) {
      if (p.data.controller === undefined)
        ctx.report(this, { entity: p, path: [], key: true }, { name: label(p.data.name) });
    }
  },
};

export const controllerNotAController: Rule = {
  id: 'controller-not-a-controller',
  severity: 'warning',
  description: 'rule.controller-not-a-controller.description',
  message: 'rule.controller-not-a-controller.message',
  hint: 'rule.controller-not-a-controller.hint',
  check(ctx) {
    const org = ctx.registry.organisation?.data;
    if (profileOf(org).controllerModel !== 'organisation') return;
    const boards = new Map((org?.boards ?? []).map((b) => [b.id, b]));
    for (const p of valid(ctx.registry, 'processing')) {
      const id = p.data.controller;
      const board = id === undefined ? undefined : boards.get(id);
      // An unknown board is dangling-reference's finding.
      if (!board || board.controller === true) continue;
      ctx.report(
        this,
        { entity: p, path: ['controller'] },
        { name: label(p.data.name), board: label(board.name), organisation: label(org?.name ?? '') },
      );
    }
  },
};

const NATIONAL_CLOUD: Record<string, string> = { 'swedish-cloud': 'SE', 'norwegian-cloud': 'NO' };

export const hostingCountryMismatch: Rule = {
  id: 'hosting-country-mismatch',
  severity: 'warning',
  description: 'rule.hosting-country-mismatch.description',
  message: 'rule.hosting-country-mismatch.message',
  hint: 'rule.hosting-country-mismatch.hint',
  check(ctx) {
    for (const s of valid(ctx.registry, 'system')) {
      const { hosting, hostingCountry } = s.data;
      if (!hostingCountry) continue;
      const code = countryCode(hostingCountry);
      const national = NATIONAL_CLOUD[hosting];
      const wrong =
        (national !== undefined && code !== national) ||
        (hosting === 'eu-cloud' && !inEea(code)) ||
        (hosting === 'third-country-cloud' && inEea(code));
      if (wrong)
        ctx.report(
          this,
          { entity: s, path: ['hostingCountry'] },
          { system: label(s.data.name), hosting, country: hostingCountry },
        );
    }
  },
};

export const boardMissing: Rule = {
  id: 'board-missing',
  severity: 'error',
  description: 'rule.board-missing.description',
  message: 'rule.board-missing.message',
  hint: 'rule.board-missing.hint',
  check(ctx) {
    // Where the organisation is the controller (Norway) a system or asset without a board is the organisation's.
    if (profileOf(ctx.registry.organisation?.data).controllerModel !== 'board') return;
    for (const e of [...valid(ctx.registry, 'system'), ...valid(ctx.registry, 'asset')]) {
      // A board the schema rejected is left out of `data` but was written: invalid-value has told about it.
      const written = (e.parsed.data as { board?: unknown } | undefined)?.board !== undefined;
      if (e.data.board === undefined && !written)
        ctx.report(this, { entity: e, path: [], key: true }, { name: e.data.name });
    }
  },
};

export const COUNTRY_RULES = [
  processingControllerMissing,
  controllerNotAController,
  hostingCountryMismatch,
  boardMissing,
];
