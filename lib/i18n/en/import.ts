import type { imports as sv } from '../sv/import.js';

export const imports: Record<keyof typeof sv, string> = {
  'import.identityNumber':
    'The cell holds a personal identity number. It was not read and is not shown here.',
  'import.identityNumberHint':
    'The registers describe processing, not people: remove the number from the spreadsheet.',
  'import.missingRequired': 'The row was not imported: the field {field} is missing (column {heading}).',
  'import.missingRequiredHint': 'Fill in the cell, or write the entry by hand in the registry.',
  'import.missingColumn': 'The row was not imported: the spreadsheet has no column for {field} ({headings}).',
  'import.noBoard': 'The row was not imported: no board given, and the registry has several ({boards}).',
  'import.noBoardHint': 'Give the board in a column, or for the whole sheet with --board ID.',
  'import.noLevels': 'The row was not imported: no level for any aspect (C, I, A, T).',
  'import.noOwner':
    'The row was not imported: the information asset "{asset}" does not exist and cannot be made without an owner.',
  'import.noOwnerHint':
    'Add an Information owner column naming a role in lisa.yaml, or create asset/{id}.yaml first.',
  'import.noJustification':
    'No justification for {aspect}; a placeholder was written. Say why the level was chosen.',
  'import.placeholder': 'No justification in the spreadsheet – fill in.',
  'import.kept': 'The cell could not be read as {field}: {why} The text is kept as a comment in {file}.',
  'import.keptRequired': 'The row was not imported: the cell could not be read as {field}: {why}',
  'import.noHeader': 'The sheet has no heading row the mapping {mapping} knows; it was skipped.',
  'import.exists': '{file} exists and was not overwritten (--force overwrites).',
  'import.duplicate': 'The same entry is on row {first} already; this row got the id {id}.',
  'import.header':
    '# Imported by lisa import from {source}, sheet "{sheet}", row {row}, {today} (mapping {mapping}).',
  'import.keptComment': '# Not read, column {column} "{heading}" ({why}):',
  'import.problems.notYesNo': 'write yes or no.',
  'import.problems.notInteger': 'write a whole number.',
  'import.problems.notLevel': 'write a level 0–4.',
  'import.problems.notDate': 'write a date YYYY-MM-DD.',
  'import.problems.unknownBoard': '"{value}" is no board in lisa.yaml.',
  'import.problems.unknownRole': '"{value}" is no role in lisa.yaml.',
  'import.problems.unknownSystem': '"{value}" is no system in system/.',
  'import.problems.noLegalBasis':
    'no legal basis under Art. 6(1) is recognised (e.g. "public interest" or "6(1)(e)").',
  'import.problems.unknownSpecialCategory': '"{value}" is no category under Art. 9.',
  'import.problems.transferNotRead':
    'the country and the safeguard are written by hand in thirdCountryTransfers.',
  'import.problems.unknownDpia': 'write done, in progress, planned or not needed.',
  'import.problems.unknownHosting': 'write on-premises, Swedish cloud, EU cloud or third country.',
  'import.problems.notCountry': 'write a two-letter country code, e.g. SE.',
  'import.problems.notId': 'an id has lower-case letters a–z, digits and hyphens.',
  'import.cli.noFile': 'Name the spreadsheet to import, e.g. lisa import register.xlsx --dry-run.',
  'import.cli.read-missing': 'The spreadsheet "{file}" was not found.',
  'import.cli.read-too-large': '"{file}" is larger than 25 MiB; is it the right file?',
  'import.cli.read-unreadable':
    '"{file}" could not be read as a spreadsheet. Save it as .xlsx or .csv (UTF-8) and try again.',
  'import.cli.read-format':
    '"{file}": lisa reads .xlsx and .csv. Save the spreadsheet as one of them (in Excel: Save As).',
  'import.cli.noMapping': 'No mapping "{name}": neither one shipped with lisa ({shipped}) nor a file.',
  'import.cli.noFit':
    'None of the mappings ({shipped}) knows the columns. Write your own and name it with --mapping FILE.',
  'import.cli.mappingNotYaml': 'The mapping {id} is not valid YAML.',
  'import.cli.mappingKind': 'The mapping {id} needs kind: one of {kinds}.',
  'import.cli.mappingField':
    'The mapping {id} names the field {field}, which cannot be imported. Fields: {fields}.',
  'import.cli.mappingHeadings': 'The mapping {id}: the field {field} has no headings.',
  'import.cli.unknownBoard': '--board {board} is no board in lisa.yaml ({boards}).',
  'import.cli.mappingUsed': 'Mapping: {mapping} ({title}).',
  'import.cli.mappingGuessed':
    'Mapping: {mapping} ({title}), chosen by the columns; name another with --mapping.',
  'import.cli.sheet': 'Sheet "{sheet}": headings on row {row}, {rows} rows with content.',
  'import.cli.notMapped': '(not imported)',
  'import.cli.wouldWrite':
    'Would write {count, plural, one {# file} other {# files}} (--dry-run: nothing was written):',
  'import.cli.existsMark': 'exists',
  'import.cli.exists': '{file} exists and was not overwritten. Run with --force to overwrite.',
  'import.cli.written': '✔ {count, plural, one {# file} other {# files}} written in {dir}:',
  'import.cli.summary': '{imported} of {rows, plural, one {# row} other {# rows}} imported.',
  'import.cli.row': 'row {row}',
  'import.cli.column': 'column {column} "{heading}"',
  'import.cli.error': 'error',
  'import.cli.warning': 'warning',
  'import.cli.hint': 'How to fix',
};
