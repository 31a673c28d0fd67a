import type { Locale, Localized } from './locale.js';
import { format } from './locale.js';
import { defineRule } from './rule-def.js';

// Problems with a file itself, found before its content can be read as a register entry.

export const fileTooLarge = defineRule({
  id: 'file-too-large',
  severity: 'error',
  description: {
    sv: 'Filen är för stor för ett register.',
    nb: 'Filen er for stor for et register.',
    en: 'The file is too large for a register.',
  },
  message: {
    sv: 'Filen är {size} stor; en registerfil får vara högst {max}.',
    nb: 'Filen er {size} stor; en registerfil kan være høyst {max}.',
    en: 'The file is {size}; a register file may be at most {max}.',
  },
  hint: {
    sv: 'Dela upp innehållet i flera filer, en post per fil.',
    nb: 'Del innholdet i flere filer, én post per fil.',
    en: 'Split the content into several files, one entry per file.',
  },
});

export const fileBinary = defineRule({
  id: 'file-binary',
  severity: 'error',
  description: {
    sv: 'Filen är inte en textfil.',
    nb: 'Filen er ikke en tekstfil.',
    en: 'The file is not a text file.',
  },
  message: {
    sv: 'Filen innehåller binära data (NUL-tecken) och är ingen YAML-fil.',
    nb: 'Filen inneholder binære data (NUL-tegn) og er ingen YAML-fil.',
    en: 'The file contains binary data (NUL characters) and is not a YAML file.',
  },
  hint: {
    sv: 'Ta bort filen ur registret eller ersätt den med en YAML-fil.',
    nb: 'Fjern filen fra registeret eller erstatt den med en YAML-fil.',
    en: 'Remove the file from the registry or replace it with a YAML file.',
  },
});

export const fileEncoding = defineRule({
  id: 'file-encoding',
  severity: 'error',
  description: {
    sv: 'Filen är inte kodad som UTF-8.',
    nb: 'Filen er ikke kodet som UTF-8.',
    en: 'The file is not encoded as UTF-8.',
  },
  message: {
    sv: 'Filen är inte giltig UTF-8 (ogiltig byte 0x{byte}).',
    nb: 'Filen er ikke gyldig UTF-8 (ugyldig byte 0x{byte}).',
    en: 'The file is not valid UTF-8 (invalid byte 0x{byte}).',
  },
  hint: {
    sv: 'Spara filen som UTF-8 (i VS Code: klicka på kodningen i statusraden, "Save with Encoding", UTF-8). Filen är troligen sparad som Windows-1252/Latin-1.',
    nb: 'Lagre filen som UTF-8 (i VS Code: klikk på kodingen i statuslinjen, «Save with Encoding», UTF-8). Filen er trolig lagret som Windows-1252/Latin-1.',
    en: 'Save the file as UTF-8 (in VS Code: click the encoding in the status bar, "Save with Encoding", UTF-8). It was probably saved as Windows-1252/Latin-1.',
  },
});

export const yamlSyntax = defineRule({
  id: 'yaml-syntax',
  severity: 'error',
  description: {
    sv: 'Filen är inte giltig YAML.',
    nb: 'Filen er ikke gyldig YAML.',
    en: 'The file is not valid YAML.',
  },
  message: { sv: 'YAML-fel: {detail}', nb: 'YAML-feil: {detail}', en: 'YAML error: {detail}' },
  hint: {
    sv: 'Kontrollera indrag (två mellanslag per nivå), kolon efter varje nyckel och citattecken runt text som innehåller ": " eller " #".',
    nb: 'Kontroller innrykk (to mellomrom per nivå), kolon etter hver nøkkel og anførselstegn rundt tekst som inneholder ": " eller " #".',
    en: 'Check the indentation (two spaces per level), a colon after each key, and quotes around text containing ": " or " #".',
  },
});

/**
 * What the YAML parser's error codes mean, in the user's language: its own English ("Nested mappings are not
 * allowed in compact mappings") helps no one editing a register. Codes not listed keep the parser's text.
 */
const YAML_DETAILS: Record<string, Localized> = {
  QUOTE: {
    sv: 'citattecknet avslutas aldrig',
    nb: 'anførselstegnet avsluttes aldri',
    en: 'the quotation mark is never closed',
  },
  FLOW_END: {
    sv: 'en [ eller { stängs aldrig med ] eller }',
    nb: 'en [ eller { lukkes aldri med ] eller }',
    en: 'a [ or { is never closed with ] or }',
  },
  MISSING_CHAR: {
    sv: 'ett tecken saknas här (kolon, komma, hakparentes eller mellanslag)',
    nb: 'et tegn mangler her (kolon, komma, hakeparentes eller mellomrom)',
    en: 'a character is missing here (colon, comma, bracket or space)',
  },
  BAD_INDENT: {
    sv: 'indraget stämmer inte med raderna runt omkring',
    nb: 'innrykket stemmer ikke med linjene rundt',
    en: 'the indentation does not match the lines around it',
  },
  BLOCK_AS_IMPLICIT_KEY: {
    sv: 'ett värde innehåller ": " och läses som en ny nyckel',
    nb: 'en verdi inneholder «: » og leses som en ny nøkkel',
    en: 'a value contains ": " and is read as a new key',
  },
  MULTILINE_IMPLICIT_KEY: {
    sv: 'en nyckel måste stå på en rad – saknas ett kolon, eller är indraget fel?',
    nb: 'en nøkkel må stå på én linje – mangler et kolon, eller er innrykket feil?',
    en: 'a key must fit on one line – is a colon missing, or the indentation wrong?',
  },
  MULTIPLE_DOCS: {
    sv: 'filen innehåller flera dokument (---), men en fil ska bara innehålla en post',
    nb: 'filen inneholder flere dokumenter (---), men en fil skal bare inneholde én post',
    en: 'the file holds several documents (---), but a file holds one entry only',
  },
  UNEXPECTED_TOKEN: { sv: 'oväntat tecken', nb: 'uventet tegn', en: 'unexpected character' },
  BAD_DQ_ESCAPE: {
    sv: 'ogiltig \\-sekvens inom dubbla citattecken (skriv \\\\ eller använd enkla citattecken)',
    nb: 'ugyldig \\-sekvens i doble anførselstegn (skriv \\\\ eller bruk enkle anførselstegn)',
    en: 'invalid \\ sequence inside double quotes (write \\\\ or use single quotes)',
  },
  BAD_SCALAR_START: {
    sv: 'ett värde kan inte börja med {char} utan citattecken',
    nb: 'en verdi kan ikke begynne med {char} uten anførselstegn',
    en: 'a value cannot start with {char} unless quoted',
  },
  UNRESOLVED_ALIAS: {
    sv: 'aliaset *{char} hänvisar till ankaret &{char}, men inget sådant ankare står före det',
    nb: 'aliaset *{char} viser til ankeret &{char}, men noe slikt anker står ikke foran det',
    en: 'the alias *{char} refers to the anchor &{char}, but no such anchor comes before it',
  },
  BLOCK_IN_FLOW: {
    sv: 'en lista eller ett avsnitt på flera rader står inne i [ ] eller { }',
    nb: 'en liste eller et avsnitt over flere linjer står inne i [ ] eller { }',
    en: 'a multi-line list or mapping stands inside [ ] or { }',
  },
};

/** The detail of a YAML syntax error, told in the user's language where the code is known. */
export function yamlDetail(code: string, message: string, locale: Locale): string {
  const key = /closing .?quote/.test(message)
    ? 'QUOTE'
    : /end with an? [\]}]/.test(message)
      ? 'FLOW_END'
      : code;
  const text = YAML_DETAILS[key];
  if (!text) return message;
  return format(text[locale], { char: /(\S+)$/.exec(message)?.[1] ?? '' });
}

export const yamlTab = defineRule({
  id: 'yaml-tab',
  severity: 'error',
  description: {
    sv: 'Tabbtecken i indrag.',
    nb: 'Tabulator i innrykk.',
    en: 'Tab characters in indentation.',
  },
  message: {
    sv: 'Indraget innehåller ett tabbtecken; YAML tillåter bara mellanslag.',
    nb: 'Innrykket inneholder en tabulator; YAML tillater bare mellomrom.',
    en: 'The indentation contains a tab; YAML allows only spaces.',
  },
  hint: {
    sv: 'Ersätt tabben med mellanslag (två per nivå). I VS Code: "Convert Indentation to Spaces".',
    nb: 'Erstatt tabulatoren med mellomrom (to per nivå). I VS Code: «Convert Indentation to Spaces».',
    en: 'Replace the tab with spaces (two per level). In VS Code: "Convert Indentation to Spaces".',
  },
});

export const duplicateKey = defineRule({
  id: 'duplicate-key',
  severity: 'error',
  description: { sv: 'Samma nyckel två gånger.', nb: 'Samme nøkkel to ganger.', en: 'The same key twice.' },
  message: {
    sv: 'Nyckeln finns redan tidigare i samma avsnitt; det andra värdet skulle skriva över det första.',
    nb: 'Nøkkelen finnes allerede tidligere i samme avsnitt; den andre verdien ville overskrive den første.',
    en: 'This key already appears earlier in the same mapping; the second value would overwrite the first.',
  },
  hint: {
    sv: 'Slå ihop de två värdena eller ta bort det ena.',
    nb: 'Slå sammen de to verdiene eller fjern den ene.',
    en: 'Merge the two values or remove one of them.',
  },
});

export const yamlAliases = defineRule({
  id: 'yaml-aliases',
  severity: 'error',
  description: { sv: 'För många YAML-alias.', nb: 'For mange YAML-alias.', en: 'Too many YAML aliases.' },
  message: {
    sv: 'Filen använder alias (*namn) så många gånger att den skulle växa okontrollerat när den läses.',
    nb: 'Filen bruker alias (*navn) så mange ganger at den ville vokse ukontrollert når den leses.',
    en: 'The file uses aliases (*name) so often that it would grow without bound when read.',
  },
  hint: {
    sv: 'Skriv ut värdena i stället för att använda ankare (&) och alias (*).',
    nb: 'Skriv ut verdiene i stedet for å bruke ankere (&) og alias (*).',
    en: 'Write the values out instead of using anchors (&) and aliases (*).',
  },
});

export const emptyFile = defineRule({
  id: 'empty-file',
  severity: 'error',
  description: { sv: 'Tom registerfil.', nb: 'Tom registerfil.', en: 'Empty register file.' },
  message: { sv: 'Filen är tom.', nb: 'Filen er tom.', en: 'The file is empty.' },
  hint: {
    sv: 'Fyll i posten eller ta bort filen.',
    nb: 'Fyll ut posten eller fjern filen.',
    en: 'Fill in the entry or delete the file.',
  },
});

export const fileSymlink = defineRule({
  id: 'file-symlink',
  severity: 'error',
  description: {
    sv: 'En symbolisk länk i registret.',
    nb: 'En symbolsk lenke i registeret.',
    en: 'A symbolic link in the registry.',
  },
  message: {
    sv: 'Filen är en symbolisk länk; lisa följer inga länkar i registret och läser den inte.',
    nb: 'Filen er en symbolsk lenke; lisa følger ingen lenker i registeret og leser den ikke.',
    en: 'The file is a symbolic link; lisa follows no links in the registry and does not read it.',
  },
  hint: {
    sv: 'Ersätt länken med själva filen (git rm länken, kopiera in filen). En länk kan peka ut ur repot, t.ex. på hemligheter.',
    nb: 'Erstatt lenken med selve filen (git rm lenken, kopier inn filen). En lenke kan peke ut av repoet, f.eks. på hemmeligheter.',
    en: 'Replace the link with the file itself (git rm the link, copy the file in). A link can point out of the repository, at secrets say.',
  },
});

export const fileSpecial = defineRule({
  id: 'file-special',
  severity: 'error',
  description: {
    sv: 'En enhet, FIFO eller socket i registret.',
    nb: 'En enhet, FIFO eller socket i registeret.',
    en: 'A device, FIFO or socket in the registry.',
  },
  message: {
    sv: 'Detta är ingen vanlig fil (en enhet, FIFO eller socket) och läses inte.',
    nb: 'Dette er ingen vanlig fil (en enhet, FIFO eller socket) og leses ikke.',
    en: 'This is not a regular file (a device, FIFO or socket) and is not read.',
  },
  hint: {
    sv: 'Ta bort den ur registermappen.',
    nb: 'Fjern den fra registermappen.',
    en: 'Remove it from the registry folder.',
  },
});

export const fileNameEncoding = defineRule({
  id: 'file-name-encoding',
  severity: 'error',
  description: {
    sv: 'Filnamnet är inte UTF-8.',
    nb: 'Filnavnet er ikke UTF-8.',
    en: 'The file name is not UTF-8.',
  },
  message: {
    sv: 'Filnamnet är inte giltig UTF-8 (ogiltiga byte visas som \\xNN) och filen läses inte som register.',
    nb: 'Filnavnet er ikke gyldig UTF-8 (ugyldige byte vises som \\xNN) og filen leses ikke som register.',
    en: 'The file name is not valid UTF-8 (invalid bytes are shown as \\xNN) and the file is not read as a register.',
  },
  hint: {
    sv: 'Byt namn på filen (t.ex. git mv) till ett namn med a–z, 0–9 och bindestreck. Namnet skapades troligen i Latin-1/Windows-1252.',
    nb: 'Gi filen nytt navn (f.eks. git mv) med a–z, 0–9 og bindestrek. Navnet ble trolig laget i Latin-1/Windows-1252.',
    en: 'Rename the file (git mv, say) to a name of a–z, 0–9 and hyphens. The name was probably made in Latin-1/Windows-1252.',
  },
});

export const registryLink = defineRule({
  id: 'registry-link',
  severity: 'error',
  description: {
    sv: 'Registermappen är en länk eller ligger utanför repot.',
    nb: 'Registermappen er en lenke eller ligger utenfor repoet.',
    en: 'The registry folder is a link or lies outside the repository.',
  },
  message: {
    sv: 'Registermappen {dir} är en symbolisk länk eller leder ut ur repot; lisa följer den inte och har inte läst något.',
    nb: 'Registermappen {dir} er en symbolsk lenke eller leder ut av repoet; lisa følger den ikke og har ikke lest noe.',
    en: 'The registry folder {dir} is a symbolic link or leads out of the repository; lisa does not follow it and read nothing.',
  },
  hint: {
    sv: 'Lägg registret som en vanlig mapp i repot, eller ange dess riktiga sökväg.',
    nb: 'Legg registeret som en vanlig mappe i repoet, eller oppgi den virkelige stien.',
    en: 'Keep the registry as a plain folder in the repository, or give its real path.',
  },
});

export const filePartlyScanned = defineRule({
  id: 'file-partly-scanned',
  severity: 'warning',
  description: {
    sv: 'En mycket stor fil i registret.',
    nb: 'En svært stor fil i registeret.',
    en: 'A very large file in the registry.',
  },
  message: {
    sv: 'Filen är {size}; bara de första {max} söktes igenom efter personnummer.',
    nb: 'Filen er {size}; bare de første {max} ble gjennomsøkt etter fødselsnummer.',
    en: 'The file is {size}; only its first {max} were searched for identity numbers.',
  },
  hint: {
    sv: 'Lägg stora filer utanför registermappen.',
    nb: 'Legg store filer utenfor registermappen.',
    en: 'Keep large files outside the registry folder.',
  },
});

export const fileTooComplex = defineRule({
  id: 'file-too-complex',
  severity: 'error',
  description: {
    sv: 'Filen har för många värden eller för djup nästling för ett register.',
    nb: 'Filen har for mange verdier eller for dyp nøsting for et register.',
    en: 'The file has too many values or too deep nesting for a register.',
  },
  message: {
    sv: 'Filen {detail}; lisa läser den inte vidare.',
    nb: 'Filen {detail}; lisa leser den ikke videre.',
    en: 'The file {detail}; lisa reads no further.',
  },
  hint: {
    sv: 'En registerfil beskriver en post med några hundra värden som mest. Dela upp innehållet, eller ta bort det som genererats av misstag.',
    nb: 'En registerfil beskriver én post med noen hundre verdier som mest. Del opp innholdet, eller fjern det som ble generert ved en feil.',
    en: 'A register file describes one entry, with a few hundred values at most. Split the content, or remove what was generated by mistake.',
  },
});

/** The detail of file-too-complex. */
export const COMPLEXITY: Record<'nodes' | 'depth', Localized> = {
  nodes: {
    sv: 'har fler än {max} värden (nycklar, värden och listrader)',
    nb: 'har flere enn {max} verdier (nøkler, verdier og listelinjer)',
    en: 'has more than {max} values (keys, values and list items)',
  },
  depth: {
    sv: 'är nästlad djupare än {max} nivåer',
    nb: 'er nøstet dypere enn {max} nivåer',
    en: 'is nested deeper than {max} levels',
  },
};

export const PARSE_RULES = [
  fileTooComplex,
  fileSymlink,
  fileSpecial,
  fileNameEncoding,
  registryLink,
  filePartlyScanned,
  fileTooLarge,
  fileBinary,
  fileEncoding,
  yamlSyntax,
  yamlTab,
  duplicateKey,
  yamlAliases,
  emptyFile,
];
