import type { cli as sv } from '../sv/cli.js';

export const cli: Record<keyof typeof sv, string> = {
  'cli.usage':
    "lisa – an information-security management system as code\n\nUsage: lisa <command> [options]\n\nCommands:\n  validate [DIR]         Check the registers (default: registry)\n  diff BASE HEAD         What changing the registry in BASE into the one in HEAD means (--format text|json|markdown)\n  render [DIR]           Render board documents as HTML and PDF (--out DIR)\n  ask \"QUESTION\"         Ask the registers, as the Slack bot does\n  remind                 Send reminders that are due (or --dry-run)\n  bot                    Start the Slack bot\n  rules                  List every rule\n  init [DIR]             Start a registry repository (asks, or --yes with options)\n  import FILE            Import a spreadsheet (XLSX, CSV) into the registry\n  export [DIR]           The Art. 30 register, systems, classifications and action plan as XLSX (or --format csv)\n  migrate [DIR]          Move the audit answers' planned actions into the action plan (dry run; --write writes)\n\nOptions for validate:\n  --format text|json|sarif   Output (default: text)\n  --fail-on error|warning    Exit with 1 on warnings too\n  --lang sv|nb|en            Language (default: the registry's)\n  --today YYYY-MM-DD         The date deadlines are compared with\n\nOptions for render:\n  --out DIR                  Where the documents are written (default: out)\n  --format html,pdf          html, pdf or both (default: both; HTML only without a browser)\n  --templates DIR            Your own templates, replacing the built-in ones of the same name\n  --only ID,ID               Only these documents, e.g. yearly-report\n  --lang sv|nb|en            Language (default: the registry's)\n  --today YYYY-MM-DD         Today's date in the documents\n\nOptions for ask:\n  --registry DIR             The registry (default: registry)\n  --json                     '{'\"answered\", \"text\", \"sources\"'}' instead of text\n  --lang sv|nb|en            The answer's language (default: the question's)\n  --as-authorised            Show restricted entries (as in a direct message to an allowed user)\n  Exit code 0 when the registers could answer, 1 when they could not.\n  --eval FILE.jsonl …        Score question sets (top-1, declines, leaks, language); --failures lists the misses\n\nOptions for init:\n  --yes                      Ask nothing (for scripts); --name is then required\n  --name NAME                The organisation's name\n  --country se|no            Country (default: se)\n  --lang sv|nb               The registry's language (default: the country's)\n  --boards \"A, B\"            Boards; the first is the executive board\n  --coordinator, --dpo, --information-owner, --system-owner \"Name <e-mail>\"\n  Never overwrites anything: if a file exists, lisa init exits with 2.\n\nOptions for import:\n  --mapping NAME|FILE        A mapping (imy-registerforteckning, datatilsynet-protokoll, klassa-export,\n                             systemforteckning) or a file of your own; default: the one that knows the columns\n  --registry DIR             The registry (default: registry)\n  --board ID                 The board for rows that name none\n  --dry-run                  Show what would be imported and written, write nothing\n  --force                    Overwrite files that exist\n\nOptions for export:\n  --out DIR                  Where the files go (default: out)\n  --format xlsx|csv          Default: xlsx\n\nOptions for bot:\n  --registry DIR             The registry in a folder, read again when files change\n  --github OWNER/REPO[@REF][:DIR]   The registry in a GitHub repository (GITHUB_TOKEN), polled every minute\n  --port N                   HTTP port (default: PORT or 3000)\n  --no-reminders             Without reminders\n  Environment: SLACK_BOT_TOKEN, SLACK_SIGNING_SECRET (HTTP) or SLACK_APP_TOKEN (Socket Mode), SLACK_API_URL.\n\nExit codes: 0 no errors, 1 errors in the registry, 2 usage error.\n",
  'cli.unknownCommand': 'Unknown command "{command}".{didYouMean} Run "lisa --help" to see the commands.',
  'cli.badOption': '{detail} Run "lisa --help" to see the options.',
  'cli.badValue': 'Invalid value for --{option}: "{value}" (allowed: {allowed})',
  'cli.badDate': 'Invalid date for --{option}: "{value}" (write YYYY-MM-DD)',
  'cli.noRegistry':
    'No registry folder "{dir}". Name the folder holding the registers, e.g. "lisa validate registry".',
  'cli.internal':
    'An internal error occurred: {detail}. This is a bug in lisa – please report what you ran. (LISA_DEBUG=1 shows details.)',
  'cli.tooManyArgs': 'Too many arguments: {args}',
  'cli.args.unknown': 'Unknown option {option}.',
  'cli.args.needsValue': 'The option {option} needs a value.',
  'cli.remind.noToken':
    'SLACK_BOT_TOKEN is not set. Put the bot token (xoxb-…) in the environment, in a GitHub workflow as a secret: {secret}. To see the plan only: lisa remind --dry-run.',
  'cli.remind.badAt':
    'Invalid moment for --at: "{value}" (write YYYY-MM-DD or YYYY-MM-DDTHH:MM, optionally with a zone such as +01:00)',
  'cli.remind.dryOnly': '--from and --until only apply with --dry-run',
  'cli.remind.untilBeforeFrom': '--until ({until}) is before --from ({from})',
  'cli.remind.invalidFiles':
    'Note: {count, plural, one {# file has errors and gives} other {# files have errors and give}} no reminders. Run "lisa validate {dir}".',
  'cli.remind.noChannel':
    'Note: lisa.yaml names no slack.securityChannel; reminders go out as direct messages only.',
  'cli.remind.planSummary':
    '{count, plural, one {# reminder} other {# reminders}} from {from} to {until} inclusive.',
  'cli.remind.sent': 'sent',
  'cli.remind.failed': 'failed',
  'cli.remind.runSummary':
    'Reminders: {sent} sent, {already} already sent, {superseded} superseded by later ones, {failed} failed.',
  'cli.remind.notInChannel':
    'The bot is not a member of the channel: invite it (/invite) to the channel slack.securityChannel names.',
  'cli.remind.channelNotFound':
    'Channel not found: check slack.securityChannel in lisa.yaml (preferably the channel id, C…).',
  'cli.remind.retryLater': 'The failed ones go out on the next run (nothing is sent twice).',
  'cli.remind.fatal':
    "Slack refused: {error}. Check SLACK_BOT_TOKEN and the app's scopes (chat:write, channels:history, groups:history, im:history, im:write, channels:read).",
  'cli.bot.badGithub':
    'Invalid value for --github: "{value}" (write owner/repo, optionally with @branch and :folder, e.g. sjobacka/lis@main:registry)',
  'cli.bot.both': 'Give either --registry or --github, not both',
  'cli.bot.badNumber': 'Invalid value for --{option}: "{value}" (write a whole number)',
  'cli.bot.brokenRegistry':
    'lisa bot does not start: the registry has {count, plural, one {# error} other {# errors}}. Fix them (see above, or run "lisa validate") and start again.',
  'cli.bot.githubFailed':
    'Could not read the registry from GitHub ({detail}). Check the repository, the branch and GITHUB_TOKEN.',
  'cli.bot.listening':
    'lisa bot answers on http://localhost:{port}/slack/events (registry: {source}). Stop with Ctrl+C.',
  'cli.bot.socket': 'lisa bot is connected to Slack with Socket Mode (registry: {source}). Stop with Ctrl+C.',
  'cli.bot.portInUse': 'Port {port} is already in use. Choose another with --port or PORT.',
  'cli.bot.stopped': 'lisa bot has stopped.',
  'cli.askEval.noFiles': 'Name at least one question file, e.g. lisa ask --eval tests/answer/eval/own.jsonl',
  'cli.askEval.unreadable': 'Cannot read {file}: {reason}',
  'cli.askEval.noRegistry': '{at}: the registry {dir} does not exist.',
  'cli.askEval.header': '{n} questions',
  'cli.askEval.row':
    '{who}: top-1 {top1} ({a}/{b}) · declines right {decl} ({c}/{d}) · restricted notices {restr} ({e}/{f}) · leaks {leaks} · language right {lang}',
  'cli.askEval.all': 'overall',
  'cli.askEval.failure': '✗ {at} [{lang}] "{question}" – expected {expect}, got {got}{extra}',
  'cli.render.refused':
    'No documents were made: the registry has {errors, plural, one {# error} other {# errors}}. Fix the errors above and run lisa render again.',
  'cli.render.written': '✔ {count, plural, one {# document} other {# documents}} in {out}:',
  'cli.render.badFormat': 'Invalid value for --format: "{value}" (allowed: html, pdf, html,pdf)',
  'cli.render.htmlOnly': 'Only HTML was made.',
  'cli.export.refused':
    'Nothing was exported: the registry has {errors, plural, one {# error} other {# errors}}. Fix the errors above and run lisa export again.',
  'cli.export.written': '✔ {count, plural, one {# file} other {# files}} in {out}:',
  'cli.export.files.processing': 'processing-register',
  'cli.export.files.systems': 'systems-and-classifications',
  'cli.ask.noQuestion': 'Write a question, e.g. lisa ask "Who owns Procapita?"',
  'cli.ask.registryErrors':
    'Note: the registry has {count, plural, one {# error} other {# errors}} (run "lisa validate {dir}"); the answer draws on the entries that could be read.',
};
