import type { imports as sv } from '../sv/import.js';

export const imports: Record<keyof typeof sv, string> = {
  'import.identityNumber':
    'Cellen inneholder et fødselsnummer eller D-nummer. Den ble ikke lest inn og vises ikke her.',
  'import.identityNumberHint':
    'Registrene beskriver behandlinger, ikke personer: fjern nummeret fra regnearket.',
  'import.missingRequired': 'Raden ble ikke lest inn: feltet {field} mangler (kolonnen {heading}).',
  'import.missingRequiredHint': 'Fyll inn cellen, eller skriv oppføringen for hånd i registeret.',
  'import.missingColumn': 'Raden ble ikke lest inn: regnearket har ingen kolonne for {field} ({headings}).',
  'import.noBoard': 'Raden ble ikke lest inn: ingen virksomhet angitt, og registeret har flere ({boards}).',
  'import.noBoardHint': 'Angi virksomheten i en kolonne, eller for hele arket med --board ID.',
  'import.noLevels': 'Raden ble ikke lest inn: ingen nivå for noen aspekt (K, I, T, S).',
  'import.noOwner':
    'Raden ble ikke lest inn: informasjonsressursen «{asset}» finnes ikke, og uten informasjonseier kan den ikke lages.',
  'import.noOwnerHint':
    'Legg til en kolonne Informasjonseier med en rolle fra lisa.yaml, eller lag asset/{id}.yaml først.',
  'import.noJustification':
    'Begrunnelse mangler for {aspect}; en plassholder ble skrevet. Fyll inn hvorfor nivået er valgt.',
  'import.placeholder': 'Begrunnelse manglet i regnearket – fyll inn.',
  'import.kept': 'Cellen kunne ikke leses som {field}: {why} Teksten står som kommentar i {file}.',
  'import.keptRequired': 'Raden ble ikke lest inn: cellen kunne ikke leses som {field}: {why}',
  'import.noHeader':
    'Arket har ingen overskriftsrad som tilordningen {mapping} kjenner igjen; det ble hoppet over.',
  'import.exists': '{file} finnes allerede og ble ikke skrevet over (--force skriver over).',
  'import.duplicate': 'Samme oppføring finnes allerede på rad {first}; denne raden fikk id {id}.',
  'import.header':
    '# Importert av lisa import fra {source}, ark «{sheet}», rad {row}, {today} (tilordning {mapping}).',
  'import.keptComment': '# Ikke lest inn, kolonne {column} «{heading}» ({why}):',
  'import.problems.notYesNo': 'skriv ja eller nei.',
  'import.problems.notInteger': 'skriv et heltall.',
  'import.problems.notLevel': 'skriv et nivå 0–4.',
  'import.problems.notDate': 'skriv en dato ÅÅÅÅ-MM-DD eller DD.MM.ÅÅÅÅ.',
  'import.problems.unknownBoard': '«{value}» er ingen virksomhet i lisa.yaml.',
  'import.problems.unknownRole': '«{value}» er ingen rolle i lisa.yaml.',
  'import.problems.unknownSystem': '«{value}» er ikke et system i system/.',
  'import.problems.noLegalBasis':
    'ikke noe behandlingsgrunnlag etter art. 6 nr. 1 kjennes igjen (f.eks. «rettslig forpliktelse» eller «bokstav c»).',
  'import.problems.unknownSpecialCategory': '«{value}» er ingen kategori etter art. 9.',
  'import.problems.transferNotRead': 'land og garantier skrives for hånd i thirdCountryTransfers.',
  'import.problems.unknownDpia': 'skriv gjennomført, pågår, planlagt eller ikke nødvendig.',
  'import.problems.unknownHosting': 'skriv egen drift, EU/EØS-sky eller tredjeland.',
  'import.problems.notCountry': 'skriv en landkode med to bokstaver, f.eks. NO.',
  'import.problems.notId': 'en id har små bokstaver a–z, sifre og bindestrek.',
  'import.cli.noFile': 'Angi regnearket som skal leses inn, f.eks. lisa import protokoll.xlsx --dry-run.',
  'import.cli.read-missing': 'Finner ikke regnearket «{file}».',
  'import.cli.read-too-large': '«{file}» er større enn 25 MiB; er det riktig fil?',
  'import.cli.read-unreadable':
    '«{file}» kunne ikke leses som regneark. Lagre det som .xlsx eller .csv (UTF-8) og prøv igjen.',
  'import.cli.read-format':
    '«{file}»: lisa leser .xlsx og .csv. Lagre regnearket i et av dem (i Excel: Lagre som).',
  'import.cli.noMapping':
    'Ingen tilordning «{name}»: verken en som følger med lisa ({shipped}) eller en fil.',
  'import.cli.noFit':
    'Ingen av tilordningene ({shipped}) kjenner igjen kolonnene. Skriv en egen og angi den med --mapping FIL.',
  'import.cli.mappingNotYaml': 'Tilordningen {id} er ikke gyldig YAML.',
  'import.cli.mappingKind': 'Tilordningen {id} trenger kind: en av {kinds}.',
  'import.cli.mappingField':
    'Tilordningen {id} nevner feltet {field}, som ikke kan leses inn. Felt: {fields}.',
  'import.cli.mappingHeadings': 'Tilordningen {id}: feltet {field} mangler overskrifter.',
  'import.cli.unknownBoard': '--board {board} er ingen virksomhet i lisa.yaml ({boards}).',
  'import.cli.mappingUsed': 'Tilordning: {mapping} ({title}).',
  'import.cli.mappingGuessed':
    'Tilordning: {mapping} ({title}), valgt etter kolonnene; angi en annen med --mapping.',
  'import.cli.sheet': 'Ark «{sheet}»: overskrifter på rad {row}, {rows} rader med innhold.',
  'import.cli.notMapped': '(leses ikke inn)',
  'import.cli.wouldWrite':
    'Ville skrevet {count, plural, one {# fil} other {# filer}} (--dry-run: ingenting ble skrevet):',
  'import.cli.existsMark': 'finnes allerede',
  'import.cli.exists': '{file} finnes allerede og ble ikke skrevet over. Kjør med --force for å skrive over.',
  'import.cli.written': '✔ {count, plural, one {# fil} other {# filer}} skrevet i {dir}:',
  'import.cli.summary': '{imported} av {rows, plural, one {# rad} other {# rader}} ble lest inn.',
  'import.cli.row': 'rad {row}',
  'import.cli.column': 'kolonne {column} «{heading}»',
  'import.cli.error': 'feil',
  'import.cli.warning': 'advarsel',
  'import.cli.hint': 'Slik retter du',
};
