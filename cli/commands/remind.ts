import { WebClient } from '@slack/web-api';
import { escapeTerminalLines } from '../../lib/escape/terminal.js';
import { readRegistryFiles } from '../../lib/io/load.js';
import { deliverReminders, FatalSlackError } from '../../lib/io/slack-deliver.js';
import { format, type Locale, type Localized } from '../../lib/locale.js';
import { buildRegistry, type Registry, registryLocale } from '../../lib/registry.js';
import { addDays, localDay, localInstant } from '../../lib/remind/calendar.js';
import { planReminders, type Reminder, remindSettings } from '../../lib/remind/plan.js';
import { isoDate, oneOf, parseOptions } from '../args.js';
import { envLocale, type Io, UsageError } from '../io.js';
import { CLI } from '../messages.js';

const T = {
  noToken: {
    sv: 'SLACK_BOT_TOKEN saknas. Sätt bot-token (xoxb-…) i miljön, i ett GitHub-arbetsflöde som hemlighet: {secret}. Vill du bara se planen: lisa remind --dry-run.',
    nb: 'SLACK_BOT_TOKEN mangler. Sett bot-token (xoxb-…) i miljøet, i en GitHub-arbeidsflyt som hemmelighet: {secret}. Vil du bare se planen: lisa remind --dry-run.',
    en: 'SLACK_BOT_TOKEN is not set. Put the bot token (xoxb-…) in the environment, in a GitHub workflow as a secret: {secret}. To see the plan only: lisa remind --dry-run.',
  },
  badAt: {
    sv: 'Ogiltig tidpunkt för --at: "{value}" (skriv ÅÅÅÅ-MM-DD eller ÅÅÅÅ-MM-DDTHH:MM, gärna med tidszon som +01:00)',
    nb: 'Ugyldig tidspunkt for --at: «{value}» (skriv ÅÅÅÅ-MM-DD eller ÅÅÅÅ-MM-DDTHH:MM, gjerne med tidssone som +01:00)',
    en: 'Invalid moment for --at: "{value}" (write YYYY-MM-DD or YYYY-MM-DDTHH:MM, optionally with a zone such as +01:00)',
  },
  dryOnly: {
    sv: '--from och --until gäller bara med --dry-run',
    nb: '--from og --until gjelder bare med --dry-run',
    en: '--from and --until only apply with --dry-run',
  },
  untilBeforeFrom: {
    sv: '--until ({until}) ligger före --from ({from})',
    nb: '--until ({until}) ligger før --from ({from})',
    en: '--until ({until}) is before --from ({from})',
  },
  invalidFiles: {
    sv: 'Obs: {count} filer har fel och ger inga påminnelser. Kör "lisa validate {dir}".',
    nb: 'Obs: {count} filer har feil og gir ingen påminnelser. Kjør «lisa validate {dir}».',
    en: 'Note: {count} files have errors and give no reminders. Run "lisa validate {dir}".',
  },
  noChannel: {
    sv: 'Obs: lisa.yaml anger ingen slack.securityChannel; påminnelser går bara som direktmeddelanden.',
    nb: 'Obs: lisa.yaml angir ingen slack.securityChannel; påminnelser går bare som direktemeldinger.',
    en: 'Note: lisa.yaml names no slack.securityChannel; reminders go out as direct messages only.',
  },
  planSummary: {
    sv: '{count} påminnelser från {from} till och med {until}.',
    nb: '{count} påminnelser fra {from} til og med {until}.',
    en: '{count} reminders from {from} to {until} inclusive.',
  },
  sent: { sv: 'skickad', nb: 'sendt', en: 'sent' },
  failed: { sv: 'misslyckades', nb: 'mislyktes', en: 'failed' },
  runSummary: {
    sv: 'Påminnelser: {sent} skickade, {already} redan skickade, {superseded} ersatta av senare, {failed} misslyckade.',
    nb: 'Påminnelser: {sent} sendt, {already} allerede sendt, {superseded} erstattet av senere, {failed} mislyktes.',
    en: 'Reminders: {sent} sent, {already} already sent, {superseded} superseded by later ones, {failed} failed.',
  },
  notInChannel: {
    sv: 'Boten är inte medlem i kanalen: bjud in den (/invite) i kanalen som slack.securityChannel anger.',
    nb: 'Boten er ikke medlem av kanalen: inviter den (/invite) i kanalen som slack.securityChannel angir.',
    en: 'The bot is not a member of the channel: invite it (/invite) to the channel slack.securityChannel names.',
  },
  channelNotFound: {
    sv: 'Kanalen hittades inte: kontrollera slack.securityChannel i lisa.yaml (helst kanalens id, C…).',
    nb: 'Fant ikke kanalen: kontroller slack.securityChannel i lisa.yaml (helst kanalens id, C…).',
    en: 'Channel not found: check slack.securityChannel in lisa.yaml (preferably the channel id, C…).',
  },
  retryLater: {
    sv: 'De misslyckade skickas vid nästa körning (inget skickas två gånger).',
    nb: 'De mislykkede sendes ved neste kjøring (ingenting sendes to ganger).',
    en: 'The failed ones go out on the next run (nothing is sent twice).',
  },
  fatal: {
    sv: 'Slack nekade: {error}. Kontrollera SLACK_BOT_TOKEN och appens behörigheter (chat:write, channels:history, groups:history, im:history, im:write, channels:read).',
    nb: 'Slack avviste: {error}. Kontroller SLACK_BOT_TOKEN og appens tillatelser (chat:write, channels:history, groups:history, im:history, im:write, channels:read).',
    en: "Slack refused: {error}. Check SLACK_BOT_TOKEN and the app's scopes (chat:write, channels:history, groups:history, im:history, im:write, channels:read).",
  },
} satisfies Record<string, Localized>;

/** --at: a day (deliver that whole local day) or a moment (with an offset, or in the organisation's zone). */
function parseAt(value: string, timeZone: string, locale: Locale): { now: Date; wholeDay: boolean } {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    isoDate('at', value, locale);
    return { now: localInstant(value, '00:00', timeZone), wholeDay: true };
  }
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/.exec(value);
  if (m) {
    const [, day, hh, mm, ss, zone] = m as unknown as [
      string,
      string,
      string,
      string,
      string | undefined,
      string | undefined,
    ];
    if (zone) {
      const d = new Date(value);
      if (!Number.isNaN(d.getTime())) return { now: d, wholeDay: false };
    } else if (Number(hh) < 24 && Number(mm) < 60) {
      isoDate('at', day, locale);
      const base = localInstant(day, `${hh}:${mm}`, timeZone);
      return { now: new Date(base.getTime() + Number(ss ?? 0) * 1000), wholeDay: false };
    }
  }
  throw new UsageError(format(T.badAt[locale], { value }));
}

function short(r: Reminder): string {
  return `${r.due.slice(0, 10)} ${r.due.slice(11, 16)}  ${r.kind.padEnd(21)}  ${r.to}`;
}

async function load(dir: string, io: Io, lang: Locale | undefined): Promise<Registry> {
  const sources = await readRegistryFiles(dir, io.cwd);
  return buildRegistry(dir, sources, lang ?? registryLocale(sources));
}

export async function remindCommand(args: string[], io: Io): Promise<number> {
  const early = envLocale(io.env, args[args.indexOf('--lang') + 1], io.cwd);
  const { values, positionals } = parseOptions(
    args,
    {
      registry: { type: 'string' },
      at: { type: 'string' },
      'dry-run': { type: 'boolean' },
      from: { type: 'string' },
      until: { type: 'string' },
      json: { type: 'boolean' },
      lang: { type: 'string' },
    },
    early,
  );
  const lang = oneOf('lang', values.lang, ['sv', 'nb', 'en'] as const, early);
  if (positionals.length > (values.registry ? 0 : 1)) {
    throw new UsageError(
      format(CLI.tooManyArgs[early], { args: positionals.slice(values.registry ? 0 : 1).join(' ') }),
    );
  }
  const dir = values.registry ?? positionals[0] ?? 'registry';
  const dry = Boolean(values['dry-run']);
  const fromDate = isoDate('from', values.from, early);
  const untilDate = isoDate('until', values.until, early);
  if (!dry && (fromDate || untilDate)) throw new UsageError(T.dryOnly[early]);
  const token = io.env.SLACK_BOT_TOKEN?.trim();
  if (!dry && !token) {
    // GitHub's expression syntax, spelled out for the user to copy.
    io.stderr.write(
      `${format(T.noToken[early], { secret: `SLACK_BOT_TOKEN: $${'{{'} secrets.SLACK_BOT_TOKEN }}` })}\n`,
    );
    return 2;
  }

  const registry = await load(dir, io, lang);
  const locale = registry.locale;
  const settings = remindSettings(registry);
  const invalid = registry.files.filter((f) => f.findings.some((x) => x.severity === 'error')).length;
  if (invalid) io.stderr.write(`${format(T.invalidFiles[locale], { count: invalid, dir })}\n`);
  if (!settings.channel) io.stderr.write(`${T.noChannel[locale]}\n`);

  if (dry) return dryRun(registry, settings, values, { from: fromDate, until: untilDate }, early, io);
  return send(registry, settings, values.at, token, io);
}

type Settings = ReturnType<typeof remindSettings>;

/** --dry-run: the reminders due from `from` to `until` (default: today and 30 days on), sent to no one. */
function dryRun(
  registry: Registry,
  settings: Settings,
  values: { at?: string | undefined; json?: boolean | undefined },
  range: { from: string | undefined; until: string | undefined },
  early: Locale,
  io: Io,
): number {
  const locale = registry.locale;
  const fromDate = range.from;
  const untilDate = range.until;
  const today = localDay(
    values.at ? parseAt(values.at, settings.timeZone, locale).now : new Date(),
    settings.timeZone,
  );
  const from = fromDate ?? today;
  const until = untilDate ?? addDays(from, 30);
  if (until < from) throw new UsageError(format(T.untilBeforeFrom[early], { from, until }));
  const plan = planReminders(
    registry,
    localInstant(from, '00:00', settings.timeZone),
    localInstant(addDays(until, 1), '00:00', settings.timeZone),
  );
  if (values.json) {
    io.stdout.write(
      `${JSON.stringify(
        plan.map((r) => ({ due: r.due, kind: r.kind, to: r.to, text: r.text })),
        null,
        2,
      )}\n`,
    );
    return 0;
  }
  for (const r of plan) {
    io.stdout.write(`${escapeTerminalLines(`${short(r)}\n${r.text.replace(/^/gm, '    ')}`)}\n\n`);
  }
  io.stdout.write(`${format(T.planSummary[locale], { count: plan.length, from, until })}\n`);
  return 0;
}

/** Sends what is due now (or at --at) to Slack and says what was sent, skipped and failed. */
async function send(
  registry: Registry,
  settings: Settings,
  atValue: string | undefined,
  token: string | undefined,
  io: Io,
): Promise<number> {
  const locale = registry.locale;
  const at = atValue ? parseAt(atValue, settings.timeZone, locale) : { now: new Date(), wholeDay: true };
  const client = new WebClient(token, {
    ...(io.env.SLACK_API_URL ? { slackApiUrl: io.env.SLACK_API_URL } : {}),
  });
  try {
    const result = await deliverReminders({
      client,
      registry,
      now: at.now,
      wholeDay: at.wholeDay,
      logger: { info: () => {}, warn: () => {} },
    });
    for (const r of result.sent) io.stdout.write(`${T.sent[locale]}  ${short(r)}\n`);
    for (const f of result.failed) io.stderr.write(`${T.failed[locale]}  ${short(f.reminder)}: ${f.error}\n`);
    io.stdout.write(
      `${format(T.runSummary[locale], {
        sent: result.sent.length,
        already: result.already.length,
        superseded: result.superseded.length,
        failed: result.failed.length,
      })}\n`,
    );
    if (result.failed.length) {
      const errors = result.failed.map((f) => f.error);
      if (errors.some((e) => e.startsWith('not_in_channel'))) io.stderr.write(`${T.notInChannel[locale]}\n`);
      if (errors.some((e) => e.startsWith('channel_not_found')))
        io.stderr.write(`${T.channelNotFound[locale]}\n`);
      io.stderr.write(`${T.retryLater[locale]}\n`);
      return 1;
    }
    return 0;
  } catch (error) {
    if (error instanceof FatalSlackError) {
      io.stderr.write(`${format(T.fatal[locale], { error: error.slackError })}\n`);
      return 1;
    }
    throw error;
  }
}
