// What the command line says: usage, errors in the call, and each command's own messages.
// ICU syntax: {name} is a parameter, '{' a literal brace; nb/ and en/ are typed against these keys.
export const cli = {
  'cli.usage':
    'lisa – ledningssystem för informationssäkerhet som kod\n\nAnvändning: lisa <kommando> [flaggor]\n\nKommandon:\n  validate [MAPP]        Kontrollera registren (standard: registry)\n  diff BAS HUVUD         Vad ändringen från registret i BAS till det i HUVUD betyder (--format text|json|markdown)\n  render [MAPP]          Skapa styrelsedokument som HTML och PDF (--out MAPP)\n  ask "FRÅGA"            Fråga registren, som Slack-boten gör\n  remind                 Skicka påminnelser som förfallit (eller --dry-run)\n  bot                    Starta Slack-boten\n  rules                  Lista alla regler\n  init [MAPP]            Skapa ett nytt registerrepo (frågar, eller --yes med flaggor)\n  import FIL             Läs in ett kalkylblad (XLSX, CSV) i registret\n  export [MAPP]          Registerförteckning, system, klassningar och handlingsplan som XLSX (eller --format csv)\n  migrate [MAPP]         Flytta granskningssvarens planerade åtgärder till handlingsplanen (provkörning; --write skriver)\n\nFlaggor för validate:\n  --format text|json|sarif   Utdata (standard: text)\n  --fail-on error|warning    Avsluta med kod 1 även vid varningar\n  --lang sv|nb|en            Språk (standard: registrets)\n  --today ÅÅÅÅ-MM-DD         Datum att jämföra tidsfrister med\n\nFlaggor för render:\n  --out MAPP                 Var dokumenten skrivs (standard: out)\n  --format html,pdf          html, pdf eller båda (standard: båda; utan webbläsare bara HTML)\n  --templates MAPP           Egna mallar som ersätter de inbyggda med samma namn\n  --only ID,ID               Bara dessa dokument, t.ex. yearly-report\n  --lang sv|nb|en            Språk (standard: registrets)\n  --today ÅÅÅÅ-MM-DD         Dagens datum i dokumenten\n\nFlaggor för ask:\n  --registry MAPP            Registret (standard: registry)\n  --json                     \'{\'"answered", "text", "sources"\'}\' i stället för text\n  --lang sv|nb|en            Svarets språk (standard: frågans)\n  --as-authorised            Visa begränsade poster (som i ett direktmeddelande till behörig)\n  Slutkod 0 när registren kunde svara, 1 när de inte kunde.\n  --eval FIL.jsonl …         Poängsätt frågefiler (rätt post först, avböjda, läckor, språk); --failures listar missarna\n\nFlaggor för init:\n  --yes                      Fråga inget (för skript); --name krävs då\n  --name NAMN                Organisationens namn\n  --country se|no            Land (standard: se)\n  --lang sv|nb               Registrets språk (standard: landets)\n  --boards "A, B"            Nämnder; den första är kommunstyrelsen\n  --coordinator, --dpo, --information-owner, --system-owner "Namn <e-post>"\n  Skriver aldrig över något: finns en fil redan avslutas lisa init med kod 2.\n\nFlaggor för import:\n  --mapping NAMN|FIL         Mappning (imy-registerforteckning, datatilsynet-protokoll, klassa-export,\n                             systemforteckning) eller en egen fil; standard: den som känner igen kolumnerna\n  --registry MAPP            Registret (standard: registry)\n  --board ID                 Nämnd för rader som inte anger någon\n  --dry-run                  Visa vad som läses in och skulle skrivas, skriv inget\n  --force                    Skriv över filer som redan finns\n\nFlaggor för export:\n  --out MAPP                 Var filerna skrivs (standard: out)\n  --format xlsx|csv          Standard: xlsx\n\nFlaggor för bot:\n  --registry MAPP            Registret i en mapp, läses om när filer ändras\n  --github ÄGARE/REPO[@GREN][:MAPP]   Registret i ett GitHub-repo (GITHUB_TOKEN), läses om varje minut\n  --port N                   HTTP-port (standard: PORT eller 3000)\n  --no-reminders             Utan påminnelser\n  Miljö: SLACK_BOT_TOKEN, SLACK_SIGNING_SECRET (HTTP) eller SLACK_APP_TOKEN (Socket Mode), SLACK_API_URL.\n\nSlutkoder: 0 inga fel, 1 fel i registret, 2 fel i anropet.\n',
  'cli.unknownCommand': 'Okänt kommando "{command}".{didYouMean} Kör "lisa --help" för att se kommandona.',
  'cli.badOption': '{detail} Kör "lisa --help" för att se flaggorna.',
  'cli.badValue': 'Ogiltigt värde för --{option}: "{value}" (tillåtet: {allowed})',
  'cli.badDate': 'Ogiltigt datum för --{option}: "{value}" (skriv ÅÅÅÅ-MM-DD)',
  'cli.noRegistry':
    'Hittar ingen registermapp "{dir}". Ange mappen med registren, t.ex. "lisa validate registry".',
  'cli.internal':
    'Ett internt fel inträffade: {detail}. Det är en bugg i lisa – rapportera gärna vad du körde. (LISA_DEBUG=1 visar detaljer.)',
  'cli.tooManyArgs': 'För många argument: {args}',
  'cli.args.unknown': 'Okänd flagga {option}.',
  'cli.args.needsValue': 'Flaggan {option} behöver ett värde.',
  'cli.remind.noToken':
    'SLACK_BOT_TOKEN saknas. Sätt bot-token (xoxb-…) i miljön, i ett GitHub-arbetsflöde som hemlighet: {secret}. Vill du bara se planen: lisa remind --dry-run.',
  'cli.remind.badAt':
    'Ogiltig tidpunkt för --at: "{value}" (skriv ÅÅÅÅ-MM-DD eller ÅÅÅÅ-MM-DDTHH:MM, gärna med tidszon som +01:00)',
  'cli.remind.dryOnly': '--from och --until gäller bara med --dry-run',
  'cli.remind.untilBeforeFrom': '--until ({until}) ligger före --from ({from})',
  'cli.remind.invalidFiles':
    'Obs: {count, plural, one {# fil} other {# filer}} har fel och ger inga påminnelser. Kör "lisa validate {dir}".',
  'cli.remind.noChannel':
    'Obs: lisa.yaml anger ingen slack.securityChannel; påminnelser går bara som direktmeddelanden.',
  'cli.remind.planSummary':
    '{count, plural, one {# påminnelse} other {# påminnelser}} från {from} till och med {until}.',
  'cli.remind.sent': 'skickad',
  'cli.remind.failed': 'misslyckades',
  'cli.remind.runSummary':
    'Påminnelser: {sent} skickade, {already} redan skickade, {superseded} ersatta av senare, {failed} misslyckade.',
  'cli.remind.notInChannel':
    'Boten är inte medlem i kanalen: bjud in den (/invite) i kanalen som slack.securityChannel anger.',
  'cli.remind.channelNotFound':
    'Kanalen hittades inte: kontrollera slack.securityChannel i lisa.yaml (helst kanalens id, C…).',
  'cli.remind.retryLater': 'De misslyckade skickas vid nästa körning (inget skickas två gånger).',
  'cli.remind.fatal':
    'Slack nekade: {error}. Kontrollera SLACK_BOT_TOKEN och appens behörigheter (chat:write, channels:history, groups:history, im:history, im:write, channels:read).',
  'cli.bot.badGithub':
    'Ogiltigt värde för --github: "{value}" (skriv ägare/repo, gärna med @gren och :mapp, t.ex. sjobacka/lis@main:registry)',
  'cli.bot.both': 'Ange antingen --registry eller --github, inte båda',
  'cli.bot.badNumber': 'Ogiltigt värde för --{option}: "{value}" (skriv ett heltal)',
  'cli.bot.brokenRegistry':
    'lisa bot startar inte: registret har {count} fel. Rätta dem (se ovan, eller kör "lisa validate") och starta igen.',
  'cli.bot.githubFailed':
    'Kunde inte läsa registret från GitHub ({detail}). Kontrollera repot, grenen och GITHUB_TOKEN.',
  'cli.bot.listening':
    'lisa bot svarar på http://localhost:{port}/slack/events (registret: {source}). Avsluta med Ctrl+C.',
  'cli.bot.socket':
    'lisa bot är ansluten till Slack med Socket Mode (registret: {source}). Avsluta med Ctrl+C.',
  'cli.bot.portInUse': 'Porten {port} används redan. Ange en annan med --port eller PORT.',
  'cli.bot.stopped': 'lisa bot har stoppats.',
  'cli.askEval.noFiles': 'Ange minst en frågefil, t.ex. lisa ask --eval tests/answer/eval/own.jsonl',
  'cli.askEval.unreadable': 'Kan inte läsa {file}: {reason}',
  'cli.askEval.noRegistry': '{at}: registret {dir} finns inte.',
  'cli.askEval.header': '{n} frågor',
  'cli.askEval.row':
    '{who}: rätt post först {top1} ({a}/{b}) · rätt avböjt {decl} ({c}/{d}) · begränsad-besked {restr} ({e}/{f}) · läckor {leaks} · rätt språk {lang}',
  'cli.askEval.all': 'totalt',
  'cli.askEval.failure': '✗ {at} [{lang}] "{question}" – väntat {expect}, fick {got}{extra}',
  'cli.render.refused':
    'Inga dokument skapades: registret har {errors} fel. Rätta felen ovan och kör lisa render igen.',
  'cli.render.written': '✔ {count} dokument i {out}:',
  'cli.render.badFormat': 'Ogiltigt värde för --format: "{value}" (tillåtet: html, pdf, html,pdf)',
  'cli.render.htmlOnly': 'Bara HTML skapades.',
  'cli.export.refused':
    'Inget exporterades: registret har {errors} fel. Rätta felen ovan och kör lisa export igen.',
  'cli.export.written': '✔ {count, plural, one {# fil} other {# filer}} i {out}:',
  'cli.export.files.processing': 'registerforteckning',
  'cli.export.files.systems': 'system-och-klassningar',
  'cli.ask.noQuestion': 'Skriv en fråga, t.ex. lisa ask "Vem äger Procapita?"',
  'cli.ask.registryErrors':
    'Obs: registret har {count} fel (kör "lisa validate {dir}"); svaret bygger på de poster som gick att läsa.',
} as const;
