// Messages of lisa import, in the style of the validation findings: what is wrong, then how to fix it.
// ICU syntax: {name} is a parameter, '{' a literal brace; nb/ and en/ are typed against these keys.
export const imports = {
  'import.identityNumber':
    'Cellen innehåller ett personnummer eller samordningsnummer. Den lästes inte in och visas inte här.',
  'import.identityNumberHint':
    'Registren beskriver behandlingar, inte personer: ta bort numret ur kalkylbladet.',
  'import.missingRequired': 'Raden lästes inte in: fältet {field} saknas (kolumnen {heading}).',
  'import.missingRequiredHint': 'Fyll i cellen, eller skriv posten för hand i registret.',
  'import.missingColumn': 'Raden lästes inte in: kalkylbladet har ingen kolumn för {field} ({headings}).',
  'import.noBoard': 'Raden lästes inte in: ingen nämnd angiven, och registret har flera ({boards}).',
  'import.noBoardHint': 'Ange nämnden i en kolumn, eller för hela bladet med --board ID.',
  'import.noLevels': 'Raden lästes inte in: ingen nivå för någon aspekt (K, R, T, S).',
  'import.noOwner':
    'Raden lästes inte in: informationstillgången "{asset}" finns inte, och utan informationsägare kan den inte skapas.',
  'import.noOwnerHint':
    'Lägg till en kolumn Informationsägare med en roll ur lisa.yaml, eller skapa asset/{id}.yaml först.',
  'import.noJustification':
    'Motivering saknas för {aspect}; en platshållare skrevs. Fyll i varför nivån valts.',
  'import.placeholder': 'Motivering saknades i kalkylbladet – fyll i.',
  'import.kept': 'Cellen kunde inte läsas som {field}: {why} Texten finns kvar som kommentar i {file}.',
  'import.keptRequired': 'Raden lästes inte in: cellen kunde inte läsas som {field}: {why}',
  'import.noHeader': 'Bladet har ingen rubrikrad som mappningen {mapping} känner igen; det hoppades över.',
  'import.exists': '{file} finns redan och skrevs inte över (--force skriver över).',
  'import.duplicate': 'Samma post finns redan på rad {first}; den här raden fick id {id}.',
  'import.header':
    '# Importerad av lisa import från {source}, blad "{sheet}", rad {row}, {today} (mappning {mapping}).',
  'import.keptComment': '# Ej inläst, kolumn {column} "{heading}" ({why}):',
  'import.problems.notYesNo': 'skriv ja eller nej.',
  'import.problems.notInteger': 'skriv ett heltal.',
  'import.problems.notLevel': 'skriv en nivå 0–4.',
  'import.problems.notDate': 'skriv ett datum ÅÅÅÅ-MM-DD.',
  'import.problems.unknownBoard': '"{value}" är ingen nämnd i lisa.yaml.',
  'import.problems.unknownRole': '"{value}" är ingen roll i lisa.yaml.',
  'import.problems.unknownSystem': '"{value}" är inget system i system/.',
  'import.problems.noLegalBasis':
    'ingen rättslig grund enligt art. 6.1 känns igen (t.ex. "Allmänt intresse" eller "art. 6.1 e").',
  'import.problems.unknownSpecialCategory': '"{value}" är ingen kategori enligt art. 9.',
  'import.problems.transferNotRead': 'land och skyddsåtgärd skrivs för hand i thirdCountryTransfers.',
  'import.problems.unknownDpia': 'skriv genomförd, pågår, planerad eller behövs inte.',
  'import.problems.unknownHosting': 'skriv egen drift, svenskt moln, EU-moln eller tredjeland.',
  'import.problems.notCountry': 'skriv en landskod med två bokstäver, t.ex. SE.',
  'import.problems.notId': 'ett id har små bokstäver a–z, siffror och bindestreck.',
  'import.cli.noFile': 'Ange kalkylbladet att läsa in, t.ex. lisa import registerforteckning.xlsx --dry-run.',
  'import.cli.read-missing': 'Hittar inte kalkylbladet "{file}".',
  'import.cli.read-too-large': '"{file}" är större än 25 MiB; är det rätt fil?',
  'import.cli.read-unreadable':
    '"{file}" kunde inte läsas som kalkylblad. Spara det som .xlsx eller .csv (UTF-8) och försök igen.',
  'import.cli.read-format':
    '"{file}": lisa läser .xlsx och .csv. Spara kalkylbladet i ett av dem (i Excel: Spara som).',
  'import.cli.noMapping': 'Ingen mappning "{name}": varken en som följer med lisa ({shipped}) eller en fil.',
  'import.cli.noFit':
    'Ingen av mappningarna ({shipped}) känner igen kolumnerna. Skriv en egen och ange den med --mapping FIL.',
  'import.cli.mappingNotYaml': 'Mappningen {id} är inte giltig YAML.',
  'import.cli.mappingKind': 'Mappningen {id} behöver kind: ett av {kinds}.',
  'import.cli.mappingField': 'Mappningen {id} nämner fältet {field}, som inte kan läsas in. Fält: {fields}.',
  'import.cli.mappingHeadings': 'Mappningen {id}: fältet {field} saknar rubriker.',
  'import.cli.unknownBoard': '--board {board} är ingen nämnd i lisa.yaml ({boards}).',
  'import.cli.mappingUsed': 'Mappning: {mapping} ({title}).',
  'import.cli.mappingGuessed':
    'Mappning: {mapping} ({title}), vald efter kolumnerna; ange en annan med --mapping.',
  'import.cli.sheet': 'Blad "{sheet}": rubriker på rad {row}, {rows} rader med innehåll.',
  'import.cli.notMapped': '(läses inte in)',
  'import.cli.wouldWrite':
    'Skulle skriva {count, plural, one {# fil} other {# filer}} (--dry-run: inget skrevs):',
  'import.cli.existsMark': 'finns redan',
  'import.cli.exists': '{file} finns redan och skrevs inte över. Kör med --force för att skriva över.',
  'import.cli.written': '✔ {count, plural, one {# fil} other {# filer}} skrivna i {dir}:',
  'import.cli.summary': '{imported} av {rows, plural, one {# rad} other {# rader}} lästes in.',
  'import.cli.row': 'rad {row}',
  'import.cli.column': 'kolumn {column} "{heading}"',
  'import.cli.error': 'fel',
  'import.cli.warning': 'varning',
  'import.cli.hint': 'Så rättar du',
} as const;
