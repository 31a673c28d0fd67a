import type { cli as sv } from '../sv/cli.js';

export const cli: Record<keyof typeof sv, string> = {
  'cli.usage':
    'lisa – styringssystem for informasjonssikkerhet som kode\n\nBruk: lisa <kommando> [flagg]\n\nKommandoer:\n  validate [MAPPE]       Kontroller registrene (standard: registry)\n  diff BASE HODE         Hva endringen fra registeret i BASE til det i HODE betyr (--format text|json|markdown)\n  render [MAPPE]         Lag styringsdokumenter som HTML og PDF (--out MAPPE)\n  ask "SPØRSMÅL"         Spør registrene, slik Slack-boten gjør\n  remind                 Send påminnelser som har forfalt (eller --dry-run)\n  bot                    Start Slack-boten\n  rules                  List alle regler\n  init [MAPPE]           Lag et nytt registerrepo (spør, eller --yes med flagg)\n  import FIL             Les inn et regneark (XLSX, CSV) i registeret\n  export [MAPPE]         Protokollen, systemer, klassifiseringer og tiltaksplanen som XLSX (eller --format csv)\n  migrate [MAPPE]        Flytt revisjonssvarenes planlagte tiltak til tiltaksplanen (prøvekjøring; --write skriver)\n\nFlagg for validate:\n  --format text|json|sarif   Utdata (standard: text)\n  --fail-on error|warning    Avslutt med kode 1 også ved advarsler\n  --lang sv|nb|en            Språk (standard: registerets)\n  --today ÅÅÅÅ-MM-DD         Dato å sammenligne frister med\n\nFlagg for render:\n  --out MAPPE                Hvor dokumentene skrives (standard: out)\n  --format html,pdf          html, pdf eller begge (standard: begge; uten nettleser bare HTML)\n  --templates MAPPE          Egne maler som erstatter de innebygde med samme navn\n  --only ID,ID               Bare disse dokumentene, f.eks. yearly-report\n  --lang sv|nb|en            Språk (standard: registerets)\n  --today ÅÅÅÅ-MM-DD         Dagens dato i dokumentene\n\nFlagg for ask:\n  --registry MAPPE           Registeret (standard: registry)\n  --json                     \'{\'"answered", "text", "sources"\'}\' i stedet for tekst\n  --lang sv|nb|en            Svarets språk (standard: spørsmålets)\n  --as-authorised            Vis skjermede oppføringer (som i en direktemelding til en med tilgang)\n  Sluttkode 0 når registrene kunne svare, 1 når de ikke kunne.\n  --eval FIL.jsonl …         Gi poeng til spørsmålsfiler (riktig oppføring først, avslag, lekkasjer, språk); --failures lister bommene\n\nFlagg for init:\n  --yes                      Ikke spør (for skript); da kreves --name\n  --name NAVN                Organisasjonens navn\n  --country se|no            Land (standard: se)\n  --lang sv|nb               Registerets språk (standard: landets)\n  --boards "A, B"            Folkevalgte organer (kommunestyret, formannskapet, utvalgene)\n  --coordinator, --dpo, --information-owner, --system-owner "Navn <e-post>"\n  Skriver aldri over noe: finnes en fil allerede, avslutter lisa init med kode 2.\n\nFlagg for import:\n  --mapping NAVN|FIL         Tilordning (imy-registerforteckning, datatilsynet-protokoll, klassa-export,\n                             systemforteckning) eller en egen fil; standard: den som kjenner igjen kolonnene\n  --registry MAPPE           Registeret (standard: registry)\n  --board ID                 Organet for rader som ikke angir noe\n  --dry-run                  Vis hva som leses inn og ville blitt skrevet, skriv ingenting\n  --force                    Skriv over filer som finnes\n\nFlagg for export:\n  --out MAPPE                Hvor filene skrives (standard: out)\n  --format xlsx|csv          Standard: xlsx\n\nFlagg for bot:\n  --registry MAPPE           Registeret i en mappe, leses på nytt når filer endres\n  --github EIER/REPO[@GREN][:MAPPE]   Registeret i et GitHub-repo (GITHUB_TOKEN), leses hvert minutt\n  --port N                   HTTP-port (standard: PORT eller 3000)\n  --no-reminders             Uten påminnelser\n  Miljø: SLACK_BOT_TOKEN, SLACK_SIGNING_SECRET (HTTP) eller SLACK_APP_TOKEN (Socket Mode), SLACK_API_URL.\n\nSluttkoder: 0 ingen feil, 1 feil i registeret, 2 feil i kallet.\n',
  'cli.unknownCommand': 'Ukjent kommando «{command}».{didYouMean} Kjør «lisa --help» for å se kommandoene.',
  'cli.badOption': '{detail} Kjør «lisa --help» for å se flaggene.',
  'cli.badValue': 'Ugyldig verdi for --{option}: «{value}» (tillatt: {allowed})',
  'cli.badDate': 'Ugyldig dato for --{option}: «{value}» (skriv ÅÅÅÅ-MM-DD)',
  'cli.noRegistry':
    'Finner ingen registermappe «{dir}». Angi mappen med registrene, f.eks. «lisa validate registry».',
  'cli.internal':
    'En intern feil oppstod: {detail}. Det er en feil i lisa – meld gjerne fra om hva du kjørte. (LISA_DEBUG=1 viser detaljer.)',
  'cli.tooManyArgs': 'For mange argumenter: {args}',
  'cli.args.unknown': 'Ukjent flagg {option}.',
  'cli.args.needsValue': 'Flagget {option} trenger en verdi.',
  'cli.remind.noToken':
    'SLACK_BOT_TOKEN mangler. Sett bot-token (xoxb-…) i miljøet, i en GitHub-arbeidsflyt som hemmelighet: {secret}. Vil du bare se planen: lisa remind --dry-run.',
  'cli.remind.badAt':
    'Ugyldig tidspunkt for --at: «{value}» (skriv ÅÅÅÅ-MM-DD eller ÅÅÅÅ-MM-DDTHH:MM, gjerne med tidssone som +01:00)',
  'cli.remind.dryOnly': '--from og --until gjelder bare med --dry-run',
  'cli.remind.untilBeforeFrom': '--until ({until}) ligger før --from ({from})',
  'cli.remind.invalidFiles':
    'Obs: {count, plural, one {# fil} other {# filer}} har feil og gir ingen påminnelser. Kjør «lisa validate {dir}».',
  'cli.remind.noChannel':
    'Obs: lisa.yaml angir ingen slack.securityChannel; påminnelser går bare som direktemeldinger.',
  'cli.remind.planSummary':
    '{count, plural, one {# påminnelse} other {# påminnelser}} fra {from} til og med {until}.',
  'cli.remind.sent': 'sendt',
  'cli.remind.failed': 'mislyktes',
  'cli.remind.runSummary':
    'Påminnelser: {sent} sendt, {already} allerede sendt, {superseded} erstattet av senere, {failed} mislyktes.',
  'cli.remind.notInChannel':
    'Boten er ikke medlem av kanalen: inviter den (/invite) i kanalen som slack.securityChannel angir.',
  'cli.remind.channelNotFound':
    'Fant ikke kanalen: kontroller slack.securityChannel i lisa.yaml (helst kanalens id, C…).',
  'cli.remind.retryLater': 'De mislykkede sendes ved neste kjøring (ingenting sendes to ganger).',
  'cli.remind.fatal':
    'Slack avviste: {error}. Kontroller SLACK_BOT_TOKEN og appens tillatelser (chat:write, channels:history, groups:history, im:history, im:write, channels:read).',
  'cli.bot.badGithub':
    'Ugyldig verdi for --github: «{value}» (skriv eier/repo, gjerne med @gren og :mappe, f.eks. sjobacka/lis@main:registry)',
  'cli.bot.both': 'Angi enten --registry eller --github, ikke begge',
  'cli.bot.badNumber': 'Ugyldig verdi for --{option}: «{value}» (skriv et heltall)',
  'cli.bot.brokenRegistry':
    'lisa bot starter ikke: registeret har {count} feil. Rett dem (se over, eller kjør «lisa validate») og start igjen.',
  'cli.bot.githubFailed':
    'Kunne ikke lese registeret fra GitHub ({detail}). Kontroller repoet, grenen og GITHUB_TOKEN.',
  'cli.bot.listening':
    'lisa bot svarer på http://localhost:{port}/slack/events (registeret: {source}). Avslutt med Ctrl+C.',
  'cli.bot.socket':
    'lisa bot er koblet til Slack med Socket Mode (registeret: {source}). Avslutt med Ctrl+C.',
  'cli.bot.portInUse': 'Porten {port} er allerede i bruk. Angi en annen med --port eller PORT.',
  'cli.bot.stopped': 'lisa bot er stoppet.',
  'cli.askEval.noFiles': 'Oppgi minst én spørsmålsfil, f.eks. lisa ask --eval tests/answer/eval/own.jsonl',
  'cli.askEval.unreadable': 'Kan ikke lese {file}: {reason}',
  'cli.askEval.noRegistry': '{at}: registeret {dir} finnes ikke.',
  'cli.askEval.header': '{n} spørsmål',
  'cli.askEval.row':
    '{who}: riktig oppføring først {top1} ({a}/{b}) · riktig avslått {decl} ({c}/{d}) · skjermet-melding {restr} ({e}/{f}) · lekkasjer {leaks} · riktig språk {lang}',
  'cli.askEval.all': 'totalt',
  'cli.askEval.failure': '✗ {at} [{lang}] «{question}» – ventet {expect}, fikk {got}{extra}',
  'cli.render.refused':
    'Ingen dokumenter ble laget: registeret har {errors} feil. Rett feilene over og kjør lisa render på nytt.',
  'cli.render.written': '✔ {count, plural, one {# dokument} other {# dokumenter}} i {out}:',
  'cli.render.badFormat': 'Ugyldig verdi for --format: «{value}» (tillatt: html, pdf, html,pdf)',
  'cli.render.htmlOnly': 'Bare HTML ble laget.',
  'cli.export.refused':
    'Ingenting ble eksportert: registeret har {errors} feil. Rett feilene over og kjør lisa export på nytt.',
  'cli.export.written': '✔ {count, plural, one {# fil} other {# filer}} i {out}:',
  'cli.export.files.processing': 'behandlingsprotokoll',
  'cli.export.files.systems': 'systemer-og-klassifiseringer',
  'cli.ask.noQuestion': 'Skriv et spørsmål, f.eks. lisa ask «Hvem eier Procapita?»',
  'cli.ask.registryErrors':
    'Obs: registeret har {count} feil (kjør «lisa validate {dir}»); svaret bygger på oppføringene som kunne leses.',
};
