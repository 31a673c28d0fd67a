import type { init as sv } from '../sv/init.js';

export const init: Record<keyof typeof sv, string> = {
  'init.askName': "The organisation's name (e.g. Norrvik municipality)",
  'init.askCountry': 'Country: se (Sweden) or no (Norway)',
  'init.askLang': "The registry's language: sv or nb",
  'init.askBoards': 'Boards, comma-separated (the first is the executive board)',
  'init.askHolder.coordinator': 'Information security coordinator: name <e-mail> (empty: fill in later)',
  'init.askHolder.dpo': 'Data protection officer: name <e-mail>',
  'init.askHolder.informationOwner': 'Information owner: name <e-mail>',
  'init.askHolder.systemOwner': 'System owner: name <e-mail>',
  'init.notATerminal':
    'lisa init asks questions only on a terminal. Give the answers as options with --yes, e.g. lisa init --yes --name "Norrvik municipality" --country se.',
  'init.nameNeeded': 'With --yes, lisa init needs the organisation\'s name: --name "Norrvik municipality".',
  'init.exists':
    'Nothing was written: these files exist in {dir} already, and lisa init never overwrites anything:',
  'init.existsHint': 'Move or remove them, or run lisa init in an empty folder (lisa init DIR).',
  'init.invalid':
    'Nothing was written: the answers above make a registry with errors. Correct them and run lisa init again.',
  'init.written': '✔ {count, plural, one {# file} other {# files}} written in {dir}:',
  'init.next':
    'Next: npx lisa validate, then git add . && git commit. (Install lisa in the repository with npm install --save-dev {pkg} if you have not yet.)',
};
