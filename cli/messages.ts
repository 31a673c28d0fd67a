import type { Localized } from '../lib/locale.js';

export const CLI = {
  usage: {
    sv: `lisa – ledningssystem för informationssäkerhet som kod

Användning: lisa <kommando> [flaggor]

Kommandon:
  validate [MAPP]        Kontrollera registren (standard: registry)
  diff BAS HUVUD         Vad ändringen från registret i BAS till det i HUVUD betyder (--format text|json|markdown)
  render [MAPP]          Skapa styrelsedokument som HTML och PDF (--out MAPP)
  ask "FRÅGA"            Fråga registren, som Slack-boten gör
  remind                 Skicka påminnelser som förfallit (eller --dry-run)
  bot                    Starta Slack-boten
  rules                  Lista alla regler
  init [MAPP]            Skapa ett nytt registerrepo (frågar, eller --yes med flaggor)
  import FIL             Läs in ett kalkylblad (XLSX, CSV) i registret
  export [MAPP]          Registerförteckning, system, klassningar och handlingsplan som XLSX (eller --format csv)
  migrate [MAPP]         Flytta granskningssvarens planerade åtgärder till handlingsplanen (provkörning; --write skriver)

Flaggor för validate:
  --format text|json|sarif   Utdata (standard: text)
  --fail-on error|warning    Avsluta med kod 1 även vid varningar
  --lang sv|nb|en            Språk (standard: registrets)
  --today ÅÅÅÅ-MM-DD         Datum att jämföra tidsfrister med

Flaggor för render:
  --out MAPP                 Var dokumenten skrivs (standard: out)
  --format html,pdf          html, pdf eller båda (standard: båda; utan webbläsare bara HTML)
  --templates MAPP           Egna mallar som ersätter de inbyggda med samma namn
  --only ID,ID               Bara dessa dokument, t.ex. yearly-report
  --lang sv|nb|en            Språk (standard: registrets)
  --today ÅÅÅÅ-MM-DD         Dagens datum i dokumenten

Flaggor för ask:
  --registry MAPP            Registret (standard: registry)
  --json                     {"answered", "text", "sources"} i stället för text
  --lang sv|nb|en            Svarets språk (standard: frågans)
  --as-authorised            Visa begränsade poster (som i ett direktmeddelande till behörig)
  Slutkod 0 när registren kunde svara, 1 när de inte kunde.
  --eval FIL.jsonl …         Poängsätt frågefiler (rätt post först, avböjda, läckor, språk); --failures listar missarna

Flaggor för init:
  --yes                      Fråga inget (för skript); --name krävs då
  --name NAMN                Organisationens namn
  --country se|no            Land (standard: se)
  --lang sv|nb               Registrets språk (standard: landets)
  --boards "A, B"            Nämnder; den första är kommunstyrelsen
  --coordinator, --dpo, --information-owner, --system-owner "Namn <e-post>"
  Skriver aldrig över något: finns en fil redan avslutas lisa init med kod 2.

Flaggor för import:
  --mapping NAMN|FIL         Mappning (imy-registerforteckning, datatilsynet-protokoll, klassa-export,
                             systemforteckning) eller en egen fil; standard: den som känner igen kolumnerna
  --registry MAPP            Registret (standard: registry)
  --board ID                 Nämnd för rader som inte anger någon
  --dry-run                  Visa vad som läses in och skulle skrivas, skriv inget
  --force                    Skriv över filer som redan finns

Flaggor för export:
  --out MAPP                 Var filerna skrivs (standard: out)
  --format xlsx|csv          Standard: xlsx

Flaggor för bot:
  --registry MAPP            Registret i en mapp, läses om när filer ändras
  --github ÄGARE/REPO[@GREN][:MAPP]   Registret i ett GitHub-repo (GITHUB_TOKEN), läses om varje minut
  --port N                   HTTP-port (standard: PORT eller 3000)
  --no-reminders             Utan påminnelser
  Miljö: SLACK_BOT_TOKEN, SLACK_SIGNING_SECRET (HTTP) eller SLACK_APP_TOKEN (Socket Mode), SLACK_API_URL.

Slutkoder: 0 inga fel, 1 fel i registret, 2 fel i anropet.
`,
    nb: `lisa – styringssystem for informasjonssikkerhet som kode

Bruk: lisa <kommando> [flagg]

Kommandoer:
  validate [MAPPE]       Kontroller registrene (standard: registry)
  diff BASE HODE         Hva endringen fra registeret i BASE til det i HODE betyr (--format text|json|markdown)
  render [MAPPE]         Lag styringsdokumenter som HTML og PDF (--out MAPPE)
  ask "SPØRSMÅL"         Spør registrene, slik Slack-boten gjør
  remind                 Send påminnelser som har forfalt (eller --dry-run)
  bot                    Start Slack-boten
  rules                  List alle regler
  init [MAPPE]           Lag et nytt registerrepo (spør, eller --yes med flagg)
  import FIL             Les inn et regneark (XLSX, CSV) i registeret
  export [MAPPE]         Protokollen, systemer, klassifiseringer og tiltaksplanen som XLSX (eller --format csv)
  migrate [MAPPE]        Flytt revisjonssvarenes planlagte tiltak til tiltaksplanen (prøvekjøring; --write skriver)

Flagg for validate:
  --format text|json|sarif   Utdata (standard: text)
  --fail-on error|warning    Avslutt med kode 1 også ved advarsler
  --lang sv|nb|en            Språk (standard: registerets)
  --today ÅÅÅÅ-MM-DD         Dato å sammenligne frister med

Flagg for render:
  --out MAPPE                Hvor dokumentene skrives (standard: out)
  --format html,pdf          html, pdf eller begge (standard: begge; uten nettleser bare HTML)
  --templates MAPPE          Egne maler som erstatter de innebygde med samme navn
  --only ID,ID               Bare disse dokumentene, f.eks. yearly-report
  --lang sv|nb|en            Språk (standard: registerets)
  --today ÅÅÅÅ-MM-DD         Dagens dato i dokumentene

Flagg for ask:
  --registry MAPPE           Registeret (standard: registry)
  --json                     {"answered", "text", "sources"} i stedet for tekst
  --lang sv|nb|en            Svarets språk (standard: spørsmålets)
  --as-authorised            Vis skjermede oppføringer (som i en direktemelding til en med tilgang)
  Sluttkode 0 når registrene kunne svare, 1 når de ikke kunne.
  --eval FIL.jsonl …         Gi poeng til spørsmålsfiler (riktig oppføring først, avslag, lekkasjer, språk); --failures lister bommene

Flagg for init:
  --yes                      Ikke spør (for skript); da kreves --name
  --name NAVN                Organisasjonens navn
  --country se|no            Land (standard: se)
  --lang sv|nb               Registerets språk (standard: landets)
  --boards "A, B"            Folkevalgte organer (kommunestyret, formannskapet, utvalgene)
  --coordinator, --dpo, --information-owner, --system-owner "Navn <e-post>"
  Skriver aldri over noe: finnes en fil allerede, avslutter lisa init med kode 2.

Flagg for import:
  --mapping NAVN|FIL         Tilordning (imy-registerforteckning, datatilsynet-protokoll, klassa-export,
                             systemforteckning) eller en egen fil; standard: den som kjenner igjen kolonnene
  --registry MAPPE           Registeret (standard: registry)
  --board ID                 Organet for rader som ikke angir noe
  --dry-run                  Vis hva som leses inn og ville blitt skrevet, skriv ingenting
  --force                    Skriv over filer som finnes

Flagg for export:
  --out MAPPE                Hvor filene skrives (standard: out)
  --format xlsx|csv          Standard: xlsx

Flagg for bot:
  --registry MAPPE           Registeret i en mappe, leses på nytt når filer endres
  --github EIER/REPO[@GREN][:MAPPE]   Registeret i et GitHub-repo (GITHUB_TOKEN), leses hvert minutt
  --port N                   HTTP-port (standard: PORT eller 3000)
  --no-reminders             Uten påminnelser
  Miljø: SLACK_BOT_TOKEN, SLACK_SIGNING_SECRET (HTTP) eller SLACK_APP_TOKEN (Socket Mode), SLACK_API_URL.

Sluttkoder: 0 ingen feil, 1 feil i registeret, 2 feil i kallet.
`,
    en: `lisa – an information-security management system as code

Usage: lisa <command> [options]

Commands:
  validate [DIR]         Check the registers (default: registry)
  diff BASE HEAD         What changing the registry in BASE into the one in HEAD means (--format text|json|markdown)
  render [DIR]           Render board documents as HTML and PDF (--out DIR)
  ask "QUESTION"         Ask the registers, as the Slack bot does
  remind                 Send reminders that are due (or --dry-run)
  bot                    Start the Slack bot
  rules                  List every rule
  init [DIR]             Start a registry repository (asks, or --yes with options)
  import FILE            Import a spreadsheet (XLSX, CSV) into the registry
  export [DIR]           The Art. 30 register, systems, classifications and action plan as XLSX (or --format csv)
  migrate [DIR]          Move the audit answers' planned actions into the action plan (dry run; --write writes)

Options for validate:
  --format text|json|sarif   Output (default: text)
  --fail-on error|warning    Exit with 1 on warnings too
  --lang sv|nb|en            Language (default: the registry's)
  --today YYYY-MM-DD         The date deadlines are compared with

Options for render:
  --out DIR                  Where the documents are written (default: out)
  --format html,pdf          html, pdf or both (default: both; HTML only without a browser)
  --templates DIR            Your own templates, replacing the built-in ones of the same name
  --only ID,ID               Only these documents, e.g. yearly-report
  --lang sv|nb|en            Language (default: the registry's)
  --today YYYY-MM-DD         Today's date in the documents

Options for ask:
  --registry DIR             The registry (default: registry)
  --json                     {"answered", "text", "sources"} instead of text
  --lang sv|nb|en            The answer's language (default: the question's)
  --as-authorised            Show restricted entries (as in a direct message to an allowed user)
  Exit code 0 when the registers could answer, 1 when they could not.
  --eval FILE.jsonl …        Score question sets (top-1, declines, leaks, language); --failures lists the misses

Options for init:
  --yes                      Ask nothing (for scripts); --name is then required
  --name NAME                The organisation's name
  --country se|no            Country (default: se)
  --lang sv|nb               The registry's language (default: the country's)
  --boards "A, B"            Boards; the first is the executive board
  --coordinator, --dpo, --information-owner, --system-owner "Name <e-mail>"
  Never overwrites anything: if a file exists, lisa init exits with 2.

Options for import:
  --mapping NAME|FILE        A mapping (imy-registerforteckning, datatilsynet-protokoll, klassa-export,
                             systemforteckning) or a file of your own; default: the one that knows the columns
  --registry DIR             The registry (default: registry)
  --board ID                 The board for rows that name none
  --dry-run                  Show what would be imported and written, write nothing
  --force                    Overwrite files that exist

Options for export:
  --out DIR                  Where the files go (default: out)
  --format xlsx|csv          Default: xlsx

Options for bot:
  --registry DIR             The registry in a folder, read again when files change
  --github OWNER/REPO[@REF][:DIR]   The registry in a GitHub repository (GITHUB_TOKEN), polled every minute
  --port N                   HTTP port (default: PORT or 3000)
  --no-reminders             Without reminders
  Environment: SLACK_BOT_TOKEN, SLACK_SIGNING_SECRET (HTTP) or SLACK_APP_TOKEN (Socket Mode), SLACK_API_URL.

Exit codes: 0 no errors, 1 errors in the registry, 2 usage error.
`,
  },
  unknownCommand: {
    sv: 'Okänt kommando "{command}".{didYouMean} Kör "lisa --help" för att se kommandona.',
    nb: 'Ukjent kommando «{command}».{didYouMean} Kjør «lisa --help» for å se kommandoene.',
    en: 'Unknown command "{command}".{didYouMean} Run "lisa --help" to see the commands.',
  },
  didYouMean: { sv: ' Menade du "{s}"?', nb: ' Mente du «{s}»?', en: ' Did you mean "{s}"?' },
  badOption: {
    sv: '{detail} Kör "lisa --help" för att se flaggorna.',
    nb: '{detail} Kjør «lisa --help» for å se flaggene.',
    en: '{detail} Run "lisa --help" to see the options.',
  },
  badValue: {
    sv: 'Ogiltigt värde för --{option}: "{value}" (tillåtet: {allowed})',
    nb: 'Ugyldig verdi for --{option}: «{value}» (tillatt: {allowed})',
    en: 'Invalid value for --{option}: "{value}" (allowed: {allowed})',
  },
  badDate: {
    sv: 'Ogiltigt datum för --{option}: "{value}" (skriv ÅÅÅÅ-MM-DD)',
    nb: 'Ugyldig dato for --{option}: «{value}» (skriv ÅÅÅÅ-MM-DD)',
    en: 'Invalid date for --{option}: "{value}" (write YYYY-MM-DD)',
  },
  noRegistry: {
    sv: 'Hittar ingen registermapp "{dir}". Ange mappen med registren, t.ex. "lisa validate registry".',
    nb: 'Finner ingen registermappe «{dir}». Angi mappen med registrene, f.eks. «lisa validate registry».',
    en: 'No registry folder "{dir}". Name the folder holding the registers, e.g. "lisa validate registry".',
  },
  internal: {
    sv: 'Ett internt fel inträffade: {detail}. Det är en bugg i lisa – rapportera gärna vad du körde. (LISA_DEBUG=1 visar detaljer.)',
    nb: 'En intern feil oppstod: {detail}. Det er en feil i lisa – meld gjerne fra om hva du kjørte. (LISA_DEBUG=1 viser detaljer.)',
    en: 'An internal error occurred: {detail}. This is a bug in lisa – please report what you ran. (LISA_DEBUG=1 shows details.)',
  },
  tooManyArgs: {
    sv: 'För många argument: {args}',
    nb: 'For mange argumenter: {args}',
    en: 'Too many arguments: {args}',
  },
} satisfies Record<string, Localized>;
