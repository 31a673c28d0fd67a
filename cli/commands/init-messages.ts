import type { RoleKey } from '../../lib/init/options.js';
import type { Localized } from '../../lib/locale.js';

export const INIT = {
  askName: {
    sv: 'Organisationens namn (t.ex. Norrviks kommun)',
    nb: 'Organisasjonens navn (f.eks. Nordvik kommune)',
    en: "The organisation's name (e.g. Norrvik municipality)",
  },
  askCountry: {
    sv: 'Land: se (Sverige) eller no (Norge)',
    nb: 'Land: se (Sverige) eller no (Norge)',
    en: 'Country: se (Sweden) or no (Norway)',
  },
  askLang: {
    sv: 'Registrets språk: sv eller nb',
    nb: 'Registerets språk: sv eller nb',
    en: "The registry's language: sv or nb",
  },
  askBoards: {
    sv: 'Nämnder och styrelser, kommaseparerade (den första är kommunstyrelsen)',
    nb: 'Styrer og utvalg, kommaseparert (det første er det øverste)',
    en: 'Boards, comma-separated (the first is the executive board)',
  },
  askHolder: {
    coordinator: {
      sv: 'Informationssäkerhetssamordnare: namn <e-post> (tomt: fyll i senare)',
      nb: 'Informasjonssikkerhetsleder: navn <e-post> (tomt: fyll inn senere)',
      en: 'Information security coordinator: name <e-mail> (empty: fill in later)',
    },
    dpo: {
      sv: 'Dataskyddsombud: namn <e-post>',
      nb: 'Personvernombud: navn <e-post>',
      en: 'Data protection officer: name <e-mail>',
    },
    informationOwner: {
      sv: 'Informationsägare: namn <e-post>',
      nb: 'Informasjonseier: navn <e-post>',
      en: 'Information owner: name <e-mail>',
    },
    systemOwner: {
      sv: 'Systemägare: namn <e-post>',
      nb: 'Systemeier: navn <e-post>',
      en: 'System owner: name <e-mail>',
    },
  } satisfies Record<RoleKey, Localized>,
  notATerminal: {
    sv: 'lisa init frågar bara på en terminal. Ange uppgifterna som flaggor med --yes, t.ex. lisa init --yes --name "Norrviks kommun" --country se.',
    nb: 'lisa init spør bare i en terminal. Oppgi opplysningene som flagg med --yes, f.eks. lisa init --yes --name "Nordvik kommune" --country no.',
    en: 'lisa init asks questions only on a terminal. Give the answers as options with --yes, e.g. lisa init --yes --name "Norrvik municipality" --country se.',
  },
  nameNeeded: {
    sv: 'Med --yes behöver lisa init organisationens namn: --name "Norrviks kommun".',
    nb: 'Med --yes trenger lisa init organisasjonens navn: --name "Nordvik kommune".',
    en: 'With --yes, lisa init needs the organisation\'s name: --name "Norrvik municipality".',
  },
  exists: {
    sv: 'Inget skrevs: de här filerna finns redan i {dir}, och lisa init skriver aldrig över något:',
    nb: 'Ingenting ble skrevet: disse filene finnes allerede i {dir}, og lisa init skriver aldri over noe:',
    en: 'Nothing was written: these files exist in {dir} already, and lisa init never overwrites anything:',
  },
  existsHint: {
    sv: 'Flytta eller ta bort dem, eller kör lisa init i en tom mapp (lisa init MAPP).',
    nb: 'Flytt eller slett dem, eller kjør lisa init i en tom mappe (lisa init MAPPE).',
    en: 'Move or remove them, or run lisa init in an empty folder (lisa init DIR).',
  },
  invalid: {
    sv: 'Inget skrevs: uppgifterna ovan ger ett register med fel. Rätta dem och kör lisa init igen.',
    nb: 'Ingenting ble skrevet: opplysningene over gir et register med feil. Rett dem og kjør lisa init på nytt.',
    en: 'Nothing was written: the answers above make a registry with errors. Correct them and run lisa init again.',
  },
  written: {
    sv: '✔ {count} filer skapade i {dir}:',
    nb: '✔ {count} filer laget i {dir}:',
    en: '✔ {count} files written in {dir}:',
  },
  next: {
    sv: 'Nästa steg: npx lisa validate, sedan git add . && git commit. (Installera lisa i repot med npm install --save-dev {pkg} om du inte redan gjort det.)',
    nb: 'Neste steg: npx lisa validate, deretter git add . && git commit. (Installer lisa i repoet med npm install --save-dev {pkg} hvis du ikke alt har gjort det.)',
    en: 'Next: npx lisa validate, then git add . && git commit. (Install lisa in the repository with npm install --save-dev {pkg} if you have not yet.)',
  },
} satisfies Record<string, Localized | Record<RoleKey, Localized>>;
