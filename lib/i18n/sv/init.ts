// What lisa init asks and answers.
// ICU syntax: {name} is a parameter, '{' a literal brace; nb/ and en/ are typed against these keys.
export const init = {
  'init.askName': 'Organisationens namn (t.ex. Norrviks kommun)',
  'init.askCountry': 'Land: se (Sverige) eller no (Norge)',
  'init.askLang': 'Registrets språk: sv eller nb',
  'init.askBoards': 'Nämnder och styrelser, kommaseparerade (den första är kommunstyrelsen)',
  'init.askHolder.coordinator': 'Informationssäkerhetssamordnare: namn <e-post> (tomt: fyll i senare)',
  'init.askHolder.dpo': 'Dataskyddsombud: namn <e-post>',
  'init.askHolder.informationOwner': 'Informationsägare: namn <e-post>',
  'init.askHolder.systemOwner': 'Systemägare: namn <e-post>',
  'init.notATerminal':
    'lisa init frågar bara på en terminal. Ange uppgifterna som flaggor med --yes, t.ex. lisa init --yes --name "Norrviks kommun" --country se.',
  'init.nameNeeded': 'Med --yes behöver lisa init organisationens namn: --name "Norrviks kommun".',
  'init.exists': 'Inget skrevs: de här filerna finns redan i {dir}, och lisa init skriver aldrig över något:',
  'init.existsHint': 'Flytta eller ta bort dem, eller kör lisa init i en tom mapp (lisa init MAPP).',
  'init.invalid':
    'Inget skrevs: uppgifterna ovan ger ett register med fel. Rätta dem och kör lisa init igen.',
  'init.written': '✔ {count, plural, one {# fil} other {# filer}} skapade i {dir}:',
  'init.next':
    'Nästa steg: npx lisa validate, sedan git add . && git commit. (Installera lisa i repot med npm install --save-dev {pkg} om du inte redan gjort det.)',
} as const;
