import { WebClient } from '@slack/web-api';
import { escapeTerminalLines } from '../../lib/escape/terminal.js';
import { t } from '../../lib/i18n/index.js';
import { readRegistryFiles } from '../../lib/io/load.js';
import { deliverReminders, FatalSlackError } from '../../lib/io/slack-deliver.js';
import type { Locale } from '../../lib/locale.js';
import { buildRegistry, type Registry, registryLocale } from '../../lib/registry.js';
import { addDays, localDay, localInstant } from '../../lib/remind/calendar.js';
import { planReminders, type Reminder, remindSettings } from '../../lib/remind/plan.js';
import { isoDate, oneOf, parseOptions } from '../args.js';
import { envLocale, type Io, UsageError } from '../io.js';

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
  throw new UsageError(t(locale, 'cli.remind.badAt', { value }));
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
      t(early, 'cli.tooManyArgs', { args: positionals.slice(values.registry ? 0 : 1).join(' ') }),
    );
  }
  const dir = values.registry ?? positionals[0] ?? 'registry';
  const dry = Boolean(values['dry-run']);
  const fromDate = isoDate('from', values.from, early);
  const untilDate = isoDate('until', values.until, early);
  if (!dry && (fromDate || untilDate)) throw new UsageError(t(early, 'cli.remind.dryOnly'));
  const token = io.env.SLACK_BOT_TOKEN?.trim();
  if (!dry && !token) {
    // GitHub's expression syntax, spelled out for the user to copy.
    io.stderr.write(
      `${t(early, 'cli.remind.noToken', { secret: `SLACK_BOT_TOKEN: $${'{{'} secrets.SLACK_BOT_TOKEN }}` })}\n`,
    );
    return 2;
  }

  const registry = await load(dir, io, lang);
  const locale = registry.locale;
  const settings = remindSettings(registry);
  const invalid = registry.files.filter((f) => f.findings.some((x) => x.severity === 'error')).length;
  if (invalid) io.stderr.write(`${t(locale, 'cli.remind.invalidFiles', { count: invalid, dir })}\n`);
  if (!settings.channel) io.stderr.write(`${t(locale, 'cli.remind.noChannel')}\n`);

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
  if (until < from) throw new UsageError(t(early, 'cli.remind.untilBeforeFrom', { from, until }));
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
  io.stdout.write(`${t(locale, 'cli.remind.planSummary', { count: plan.length, from, until })}\n`);
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
    for (const r of result.sent) io.stdout.write(`${t(locale, 'cli.remind.sent')}  ${short(r)}\n`);
    for (const f of result.failed)
      io.stderr.write(`${t(locale, 'cli.remind.failed')}  ${short(f.reminder)}: ${f.error}\n`);
    io.stdout.write(
      `${t(locale, 'cli.remind.runSummary', {
        sent: result.sent.length,
        already: result.already.length,
        superseded: result.superseded.length,
        failed: result.failed.length,
      })}\n`,
    );
    if (result.failed.length) {
      const errors = result.failed.map((f) => f.error);
      if (errors.some((e) => e.startsWith('not_in_channel')))
        io.stderr.write(`${t(locale, 'cli.remind.notInChannel')}\n`);
      if (errors.some((e) => e.startsWith('channel_not_found')))
        io.stderr.write(`${t(locale, 'cli.remind.channelNotFound')}\n`);
      io.stderr.write(`${t(locale, 'cli.remind.retryLater')}\n`);
      return 1;
    }
    return 0;
  } catch (error) {
    if (error instanceof FatalSlackError) {
      io.stderr.write(`${t(locale, 'cli.remind.fatal', { error: error.slackError })}\n`);
      return 1;
    }
    throw error;
  }
}
