import type { migrate as sv } from '../sv/migrate.js';

export const migrate: Record<keyof typeof sv, string> = {
  'migrate.nothing':
    'Nothing to move: every planned action in the audit answers is already in the action plan.',
  'migrate.dryRun':
    'Dry run – no file is changed. {n, plural, one {# planned action} other {# planned actions}} would move to the action plan:',
  'migrate.written':
    '{n, plural, one {# planned action} other {# planned actions}} moved to the action plan:',
  'migrate.move': '  {audit} {recommendation}/{action} → {file}',
  'migrate.changed':
    '{n, plural, one {# audit answer} other {# audit answers}} {write, select, true {got} other {would get}} plan: in place of owner, date, status and history (the wording is kept): {files}',
  'migrate.skipped': '{n, plural, one {# action} other {# actions}} cannot move yet:',
  'migrate.skip.no-owner':
    '  {audit} {recommendation}/{action}: no owner. Give owner (a role) in the answer first – lisa does not make one up.',
  'migrate.skip.no-due':
    '  {audit} {recommendation}/{action}: no date. Give due (YYYY-MM-DD) or period (e.g. autumn 2027) in the answer first.',
  'migrate.skip.unreadable-period':
    '  {audit} {recommendation}/{action}: the period "{period}" cannot be read as a date. Write e.g. 2027, 2027-Q2 or autumn 2027, or give due.',
  'migrate.skip.no-done-date':
    '  {audit} {recommendation}/{action}: done, but without a date. Give done (YYYY-MM-DD) in the answer first.',
  'migrate.skip.layout':
    '  {audit} {recommendation}/{action}: written on one line (flow style); write the action with one field per line and it can move.',
  'migrate.skip.file-exists':
    '  {audit} {recommendation}/{action}: {file} already exists. Link them by hand with plan: in the answer.',
  'migrate.hint': 'Run lisa migrate {dir} --write to write the files.',
  'migrate.changedOnDisk': '{file} changed since it was read; nothing was written. Run lisa migrate again.',
  'migrate.planComment':
    'Moved by lisa migrate from {audit} (recommendation {recommendation}, action {action}).',
  'migrate.after':
    'After the move: {errors, plural, =0 {no errors} one {# error} other {# errors}} in the registry (lisa validate {dir} shows them).',
};
