import type { init as sv } from '../sv/init.js';

export const init: Record<keyof typeof sv, string> = {
  'init.askName': 'Organisasjonens navn (f.eks. Nordvik kommune)',
  'init.askCountry': 'Land: se (Sverige) eller no (Norge)',
  'init.askLang': 'Registerets språk: sv eller nb',
  'init.askBoards': 'Styrer og utvalg, kommaseparert (det første er det øverste)',
  'init.askHolder.coordinator': 'Informasjonssikkerhetsleder: navn <e-post> (tomt: fyll inn senere)',
  'init.askHolder.dpo': 'Personvernombud: navn <e-post>',
  'init.askHolder.informationOwner': 'Informasjonseier: navn <e-post>',
  'init.askHolder.systemOwner': 'Systemeier: navn <e-post>',
  'init.notATerminal':
    'lisa init spør bare i en terminal. Oppgi opplysningene som flagg med --yes, f.eks. lisa init --yes --name "Nordvik kommune" --country no.',
  'init.nameNeeded': 'Med --yes trenger lisa init organisasjonens navn: --name "Nordvik kommune".',
  'init.exists':
    'Ingenting ble skrevet: disse filene finnes allerede i {dir}, og lisa init skriver aldri over noe:',
  'init.existsHint': 'Flytt eller slett dem, eller kjør lisa init i en tom mappe (lisa init MAPPE).',
  'init.invalid':
    'Ingenting ble skrevet: opplysningene over gir et register med feil. Rett dem og kjør lisa init på nytt.',
  'init.written': '✔ {count, plural, one {# fil} other {# filer}} laget i {dir}:',
  'init.next':
    'Neste steg: npx lisa validate, deretter git add . && git commit. (Installer lisa i repoet med npm install --save-dev {pkg} hvis du ikke alt har gjort det.)',
};
