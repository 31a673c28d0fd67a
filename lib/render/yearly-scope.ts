// What every section of the yearly report is computed against: the registry, the day and language, and which
// board's report it is (none: the executive board's report on the whole organisation).
import { classificationsInForce } from '../derive.js';
import type { Registry } from '../registry.js';
import { type BoardRef, collator, type ModelInput } from './common.js';

export interface YearlyScope {
  registry: Registry;
  input: ModelInput;
  scope: BoardRef | undefined;
  /** Whether an entry of this board belongs in the report. */
  mine(board: string | undefined): boolean;
  c: Intl.Collator;
  inForce: ReturnType<typeof classificationsInForce>;
}

export function yearlyScope(registry: Registry, input: ModelInput, scope?: BoardRef): YearlyScope {
  return {
    registry,
    input,
    scope,
    mine: (board) => !scope || board === scope.id,
    c: collator(input.locale),
    inForce: classificationsInForce(registry),
  };
}
