import type { Localized } from '../locale.js';

// Messages of lisa import, in the style of the validation findings: what is wrong, then how to fix it.

export const IMPORT_MESSAGES = {
  identityNumber: {
    sv: 'Cellen innehåller ett personnummer eller samordningsnummer. Den lästes inte in och visas inte här.',
    nb: 'Cellen inneholder et fødselsnummer eller D-nummer. Den ble ikke lest inn og vises ikke her.',
    en: 'The cell holds a personal identity number. It was not read and is not shown here.',
  },
  identityNumberHint: {
    sv: 'Registren beskriver behandlingar, inte personer: ta bort numret ur kalkylbladet.',
    nb: 'Registrene beskriver behandlinger, ikke personer: fjern nummeret fra regnearket.',
    en: 'The registers describe processing, not people: remove the number from the spreadsheet.',
  },
  missingRequired: {
    sv: 'Raden lästes inte in: fältet {field} saknas (kolumnen {heading}).',
    nb: 'Raden ble ikke lest inn: feltet {field} mangler (kolonnen {heading}).',
    en: 'The row was not imported: the field {field} is missing (column {heading}).',
  },
  missingRequiredHint: {
    sv: 'Fyll i cellen, eller skriv posten för hand i registret.',
    nb: 'Fyll inn cellen, eller skriv oppføringen for hånd i registeret.',
    en: 'Fill in the cell, or write the entry by hand in the registry.',
  },
  missingColumn: {
    sv: 'Raden lästes inte in: kalkylbladet har ingen kolumn för {field} ({headings}).',
    nb: 'Raden ble ikke lest inn: regnearket har ingen kolonne for {field} ({headings}).',
    en: 'The row was not imported: the spreadsheet has no column for {field} ({headings}).',
  },
  noBoard: {
    sv: 'Raden lästes inte in: ingen nämnd angiven, och registret har flera ({boards}).',
    nb: 'Raden ble ikke lest inn: ingen virksomhet angitt, og registeret har flere ({boards}).',
    en: 'The row was not imported: no board given, and the registry has several ({boards}).',
  },
  noBoardHint: {
    sv: 'Ange nämnden i en kolumn, eller för hela bladet med --board ID.',
    nb: 'Angi virksomheten i en kolonne, eller for hele arket med --board ID.',
    en: 'Give the board in a column, or for the whole sheet with --board ID.',
  },
  noLevels: {
    sv: 'Raden lästes inte in: ingen nivå för någon aspekt (K, R, T, S).',
    nb: 'Raden ble ikke lest inn: ingen nivå for noen aspekt (K, I, T, S).',
    en: 'The row was not imported: no level for any aspect (C, I, A, T).',
  },
  noOwner: {
    sv: 'Raden lästes inte in: informationstillgången "{asset}" finns inte, och utan informationsägare kan den inte skapas.',
    nb: 'Raden ble ikke lest inn: informasjonsressursen «{asset}» finnes ikke, og uten informasjonseier kan den ikke lages.',
    en: 'The row was not imported: the information asset "{asset}" does not exist and cannot be made without an owner.',
  },
  noOwnerHint: {
    sv: 'Lägg till en kolumn Informationsägare med en roll ur lisa.yaml, eller skapa asset/{id}.yaml först.',
    nb: 'Legg til en kolonne Informasjonseier med en rolle fra lisa.yaml, eller lag asset/{id}.yaml først.',
    en: 'Add an Information owner column naming a role in lisa.yaml, or create asset/{id}.yaml first.',
  },
  noJustification: {
    sv: 'Motivering saknas för {aspect}; en platshållare skrevs. Fyll i varför nivån valts.',
    nb: 'Begrunnelse mangler for {aspect}; en plassholder ble skrevet. Fyll inn hvorfor nivået er valgt.',
    en: 'No justification for {aspect}; a placeholder was written. Say why the level was chosen.',
  },
  placeholder: {
    sv: 'Motivering saknades i kalkylbladet – fyll i.',
    nb: 'Begrunnelse manglet i regnearket – fyll inn.',
    en: 'No justification in the spreadsheet – fill in.',
  },
  kept: {
    sv: 'Cellen kunde inte läsas som {field}: {why} Texten finns kvar som kommentar i {file}.',
    nb: 'Cellen kunne ikke leses som {field}: {why} Teksten står som kommentar i {file}.',
    en: 'The cell could not be read as {field}: {why} The text is kept as a comment in {file}.',
  },
  keptRequired: {
    sv: 'Raden lästes inte in: cellen kunde inte läsas som {field}: {why}',
    nb: 'Raden ble ikke lest inn: cellen kunne ikke leses som {field}: {why}',
    en: 'The row was not imported: the cell could not be read as {field}: {why}',
  },
  noHeader: {
    sv: 'Bladet har ingen rubrikrad som mappningen {mapping} känner igen; det hoppades över.',
    nb: 'Arket har ingen overskriftsrad som tilordningen {mapping} kjenner igjen; det ble hoppet over.',
    en: 'The sheet has no heading row the mapping {mapping} knows; it was skipped.',
  },
  exists: {
    sv: '{file} finns redan och skrevs inte över (--force skriver över).',
    nb: '{file} finnes allerede og ble ikke skrevet over (--force skriver over).',
    en: '{file} exists and was not overwritten (--force overwrites).',
  },
  duplicate: {
    sv: 'Samma post finns redan på rad {first}; den här raden fick id {id}.',
    nb: 'Samme oppføring finnes allerede på rad {first}; denne raden fikk id {id}.',
    en: 'The same entry is on row {first} already; this row got the id {id}.',
  },
  header: {
    sv: '# Importerad av lisa import från {source}, blad "{sheet}", rad {row}, {today} (mappning {mapping}).',
    nb: '# Importert av lisa import fra {source}, ark «{sheet}», rad {row}, {today} (tilordning {mapping}).',
    en: '# Imported by lisa import from {source}, sheet "{sheet}", row {row}, {today} (mapping {mapping}).',
  },
  keptComment: {
    sv: '# Ej inläst, kolumn {column} "{heading}" ({why}):',
    nb: '# Ikke lest inn, kolonne {column} «{heading}» ({why}):',
    en: '# Not read, column {column} "{heading}" ({why}):',
  },
} satisfies Record<string, Localized>;

/** Why a cell could not be read as its field. */
export const PROBLEMS = {
  notYesNo: { sv: 'skriv ja eller nej.', nb: 'skriv ja eller nei.', en: 'write yes or no.' },
  notInteger: { sv: 'skriv ett heltal.', nb: 'skriv et heltall.', en: 'write a whole number.' },
  notLevel: {
    sv: 'skriv en nivå 0–4.',
    nb: 'skriv et nivå 0–4.',
    en: 'write a level 0–4.',
  },
  notDate: {
    sv: 'skriv ett datum ÅÅÅÅ-MM-DD.',
    nb: 'skriv en dato ÅÅÅÅ-MM-DD eller DD.MM.ÅÅÅÅ.',
    en: 'write a date YYYY-MM-DD.',
  },
  unknownBoard: {
    sv: '"{value}" är ingen nämnd i lisa.yaml.',
    nb: '«{value}» er ingen virksomhet i lisa.yaml.',
    en: '"{value}" is no board in lisa.yaml.',
  },
  unknownRole: {
    sv: '"{value}" är ingen roll i lisa.yaml.',
    nb: '«{value}» er ingen rolle i lisa.yaml.',
    en: '"{value}" is no role in lisa.yaml.',
  },
  unknownSystem: {
    sv: '"{value}" är inget system i system/.',
    nb: '«{value}» er ikke et system i system/.',
    en: '"{value}" is no system in system/.',
  },
  noLegalBasis: {
    sv: 'ingen rättslig grund enligt art. 6.1 känns igen (t.ex. "Allmänt intresse" eller "art. 6.1 e").',
    nb: 'ikke noe behandlingsgrunnlag etter art. 6 nr. 1 kjennes igjen (f.eks. «rettslig forpliktelse» eller «bokstav c»).',
    en: 'no legal basis under Art. 6(1) is recognised (e.g. "public interest" or "6(1)(e)").',
  },
  unknownSpecialCategory: {
    sv: '"{value}" är ingen kategori enligt art. 9.',
    nb: '«{value}» er ingen kategori etter art. 9.',
    en: '"{value}" is no category under Art. 9.',
  },
  transferNotRead: {
    sv: 'land och skyddsåtgärd skrivs för hand i thirdCountryTransfers.',
    nb: 'land og garantier skrives for hånd i thirdCountryTransfers.',
    en: 'the country and the safeguard are written by hand in thirdCountryTransfers.',
  },
  unknownDpia: {
    sv: 'skriv genomförd, pågår, planerad eller behövs inte.',
    nb: 'skriv gjennomført, pågår, planlagt eller ikke nødvendig.',
    en: 'write done, in progress, planned or not needed.',
  },
  unknownHosting: {
    sv: 'skriv egen drift, svenskt moln, EU-moln eller tredjeland.',
    nb: 'skriv egen drift, EU/EØS-sky eller tredjeland.',
    en: 'write on-premises, Swedish cloud, EU cloud or third country.',
  },
  notCountry: {
    sv: 'skriv en landskod med två bokstäver, t.ex. SE.',
    nb: 'skriv en landkode med to bokstaver, f.eks. NO.',
    en: 'write a two-letter country code, e.g. SE.',
  },
  notId: {
    sv: 'ett id har små bokstäver a–z, siffror och bindestreck.',
    nb: 'en id har små bokstaver a–z, sifre og bindestrek.',
    en: 'an id has lower-case letters a–z, digits and hyphens.',
  },
} satisfies Record<string, Localized>;
