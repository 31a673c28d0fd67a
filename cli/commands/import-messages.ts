import type { Localized } from '../../lib/locale.js';

export const IMPORT_CLI = {
  noFile: {
    sv: 'Ange kalkylbladet att läsa in, t.ex. lisa import registerforteckning.xlsx --dry-run.',
    nb: 'Angi regnearket som skal leses inn, f.eks. lisa import protokoll.xlsx --dry-run.',
    en: 'Name the spreadsheet to import, e.g. lisa import register.xlsx --dry-run.',
  },
  'read-missing': {
    sv: 'Hittar inte kalkylbladet "{file}".',
    nb: 'Finner ikke regnearket «{file}».',
    en: 'The spreadsheet "{file}" was not found.',
  },
  'read-too-large': {
    sv: '"{file}" är större än 25 MiB; är det rätt fil?',
    nb: '«{file}» er større enn 25 MiB; er det riktig fil?',
    en: '"{file}" is larger than 25 MiB; is it the right file?',
  },
  'read-unreadable': {
    sv: '"{file}" kunde inte läsas som kalkylblad. Spara det som .xlsx eller .csv (UTF-8) och försök igen.',
    nb: '«{file}» kunne ikke leses som regneark. Lagre det som .xlsx eller .csv (UTF-8) og prøv igjen.',
    en: '"{file}" could not be read as a spreadsheet. Save it as .xlsx or .csv (UTF-8) and try again.',
  },
  'read-format': {
    sv: '"{file}": lisa läser .xlsx och .csv. Spara kalkylbladet i ett av dem (i Excel: Spara som).',
    nb: '«{file}»: lisa leser .xlsx og .csv. Lagre regnearket i et av dem (i Excel: Lagre som).',
    en: '"{file}": lisa reads .xlsx and .csv. Save the spreadsheet as one of them (in Excel: Save As).',
  },
  noMapping: {
    sv: 'Ingen mappning "{name}": varken en som följer med lisa ({shipped}) eller en fil.',
    nb: 'Ingen tilordning «{name}»: verken en som følger med lisa ({shipped}) eller en fil.',
    en: 'No mapping "{name}": neither one shipped with lisa ({shipped}) nor a file.',
  },
  noFit: {
    sv: 'Ingen av mappningarna ({shipped}) känner igen kolumnerna. Skriv en egen och ange den med --mapping FIL.',
    nb: 'Ingen av tilordningene ({shipped}) kjenner igjen kolonnene. Skriv en egen og angi den med --mapping FIL.',
    en: 'None of the mappings ({shipped}) knows the columns. Write your own and name it with --mapping FILE.',
  },
  mappingNotYaml: {
    sv: 'Mappningen {id} är inte giltig YAML.',
    nb: 'Tilordningen {id} er ikke gyldig YAML.',
    en: 'The mapping {id} is not valid YAML.',
  },
  mappingKind: {
    sv: 'Mappningen {id} behöver kind: ett av {kinds}.',
    nb: 'Tilordningen {id} trenger kind: en av {kinds}.',
    en: 'The mapping {id} needs kind: one of {kinds}.',
  },
  mappingField: {
    sv: 'Mappningen {id} nämner fältet {field}, som inte kan läsas in. Fält: {fields}.',
    nb: 'Tilordningen {id} nevner feltet {field}, som ikke kan leses inn. Felt: {fields}.',
    en: 'The mapping {id} names the field {field}, which cannot be imported. Fields: {fields}.',
  },
  mappingHeadings: {
    sv: 'Mappningen {id}: fältet {field} saknar rubriker.',
    nb: 'Tilordningen {id}: feltet {field} mangler overskrifter.',
    en: 'The mapping {id}: the field {field} has no headings.',
  },
  unknownBoard: {
    sv: '--board {board} är ingen nämnd i lisa.yaml ({boards}).',
    nb: '--board {board} er ingen virksomhet i lisa.yaml ({boards}).',
    en: '--board {board} is no board in lisa.yaml ({boards}).',
  },
  mappingUsed: {
    sv: 'Mappning: {mapping} ({title}).',
    nb: 'Tilordning: {mapping} ({title}).',
    en: 'Mapping: {mapping} ({title}).',
  },
  mappingGuessed: {
    sv: 'Mappning: {mapping} ({title}), vald efter kolumnerna; ange en annan med --mapping.',
    nb: 'Tilordning: {mapping} ({title}), valgt etter kolonnene; angi en annen med --mapping.',
    en: 'Mapping: {mapping} ({title}), chosen by the columns; name another with --mapping.',
  },
  sheet: {
    sv: 'Blad "{sheet}": rubriker på rad {row}, {rows} rader med innehåll.',
    nb: 'Ark «{sheet}»: overskrifter på rad {row}, {rows} rader med innhold.',
    en: 'Sheet "{sheet}": headings on row {row}, {rows} rows with content.',
  },
  notMapped: { sv: '(läses inte in)', nb: '(leses ikke inn)', en: '(not imported)' },
  wouldWrite: {
    sv: 'Skulle skriva {count} filer (--dry-run: inget skrevs):',
    nb: 'Ville skrevet {count} filer (--dry-run: ingenting ble skrevet):',
    en: 'Would write {count} files (--dry-run: nothing was written):',
  },
  existsMark: { sv: 'finns redan', nb: 'finnes allerede', en: 'exists' },
  exists: {
    sv: '{file} finns redan och skrevs inte över. Kör med --force för att skriva över.',
    nb: '{file} finnes allerede og ble ikke skrevet over. Kjør med --force for å skrive over.',
    en: '{file} exists and was not overwritten. Run with --force to overwrite.',
  },
  written: {
    sv: '✔ {count} filer skrivna i {dir}:',
    nb: '✔ {count} filer skrevet i {dir}:',
    en: '✔ {count} files written in {dir}:',
  },
  summary: {
    sv: '{imported} av {rows} rader lästes in.',
    nb: '{imported} av {rows} rader ble lest inn.',
    en: '{imported} of {rows} rows imported.',
  },
  row: { sv: 'rad {row}', nb: 'rad {row}', en: 'row {row}' },
  column: {
    sv: 'kolumn {column} "{heading}"',
    nb: 'kolonne {column} «{heading}»',
    en: 'column {column} "{heading}"',
  },
  error: { sv: 'fel', nb: 'feil', en: 'error' },
  warning: { sv: 'varning', nb: 'advarsel', en: 'warning' },
  hint: { sv: 'Så rättar du', nb: 'Slik retter du', en: 'How to fix' },
} satisfies Record<string, Localized>;
