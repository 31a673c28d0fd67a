// Answers as Slack Block Kit. Everything from the registers or the asker is text, never markup: `<`, `>` and `&`
// are escaped, so no data can mention @channel, link somewhere or break out of a link.
import type { types } from '@slack/bolt';

type KnownBlock = types.KnownBlock;

import type { Answer } from '../lib/answer/answer.js';
import { format, type Locale } from '../lib/locale.js';
import { clipMrkdwn, clipText, escapeMrkdwn, escapeWithin } from '../lib/slack-text.js';
import { B } from './messages.js';

export { escapeMrkdwn };

/** A URL safe inside `<url|label>`: http(s) only, with the characters that end or split a link encoded. */
export function safeUrl(url: string): string | undefined {
  if (!/^https?:\/\/[^\s]+$/i.test(url)) return undefined;
  return url.replace(/[<>|]/g, (c) => encodeURIComponent(c));
}

export function link(url: string | undefined, label: string): string {
  const safe = url ? safeUrl(url) : undefined;
  return safe ? `<${safe}|${escapeMrkdwn(label)}>` : escapeMrkdwn(label);
}

// Slack's limits: 3000 characters in a section and in a message's text, 150 in a header, 10 elements in a
// context block. Text is cut before it is escaped (escapeWithin), finished mrkdwn between whole tokens
// (clipMrkdwn), never inside an entity or a link.
const SECTION_MAX = 2900;
const TEXT_MAX = 3000;
const HEADER_MAX = 150;

/** Text as Slack receives it in a message: what someone typed, with Slack's escapes and markup undone. */
export function slackTextToPlain(text: string): string {
  return text
    .replace(/<@[A-Z0-9]+(\|[^>]*)?>/g, ' ')
    .replace(/<#[A-Z0-9]+\|([^>]*)>/g, '#$1')
    .replace(/<!([^>|]+)(\|[^>]*)?>/g, ' ')
    .replace(/<(https?:[^>|]+)\|([^>]*)>/g, '$2')
    .replace(/<(https?:[^>]+)>/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

export interface SlackMessage {
  text: string;
  blocks: KnownBlock[];
}

/** An answer as a message: the answer, the next step, links, and the sources linked to their file and line. */
export function answerMessage(answer: Answer): SlackMessage {
  const locale: Locale = answer.locale;
  const blocks: KnownBlock[] = [
    { type: 'section', text: { type: 'mrkdwn', text: escapeWithin(answer.lines.join('\n'), SECTION_MAX) } },
  ];
  if (answer.next)
    blocks.push({
      type: 'section',
      text: { type: 'mrkdwn', text: `→ ${escapeWithin(answer.next, SECTION_MAX - 2)}` },
    });
  const links = answer.links.filter((l) => safeUrl(l.url));
  if (links.length > 0) {
    blocks.push({
      type: 'context',
      elements: [
        {
          type: 'mrkdwn',
          text: clipMrkdwn(
            `${B.readMore[locale]}: ${links.map((l) => link(l.url, l.title)).join(' · ')}`,
            SECTION_MAX,
          ),
        },
      ],
    });
  }
  if (answer.sources.length > 0) {
    const sources = answer.sources.slice(0, 9).map((s) => link(s.url, `${s.file}:${s.line}`));
    blocks.push({
      type: 'context',
      elements: [
        { type: 'mrkdwn', text: clipMrkdwn(`${B.sources[locale]}: ${sources.join(' · ')}`, SECTION_MAX) },
      ],
    });
  }
  return { text: escapeWithin(answer.text, TEXT_MAX), blocks };
}

export function plainMessage(text: string): SlackMessage {
  const escaped = escapeWithin(text, SECTION_MAX);
  return { text: escaped, blocks: [{ type: 'section', text: { type: 'mrkdwn', text: escaped } }] };
}

export interface DueItem {
  date: string;
  what: string;
  name: string;
  url?: string;
}

/** The App Home tab: how to ask, and what falls due soon (nothing restricted: the tab is no direct message). */
export function homeView(options: {
  org: string;
  locale: Locale;
  days: number;
  due: DueItem[];
  loadedAt?: string;
}) {
  const { locale } = options;
  const blocks: KnownBlock[] = [
    {
      type: 'header',
      text: {
        type: 'plain_text',
        text: clipText(format(B.homeTitle[locale], { org: options.org }), HEADER_MAX),
      },
    },
    { type: 'section', text: { type: 'mrkdwn', text: escapeMrkdwn(B.homeIntro[locale]) } },
    { type: 'divider' },
    {
      type: 'section',
      text: { type: 'mrkdwn', text: `*${escapeMrkdwn(format(B.homeDue[locale], { days: options.days }))}*` },
    },
  ];
  if (options.due.length === 0) {
    blocks.push({
      type: 'section',
      text: { type: 'mrkdwn', text: escapeMrkdwn(format(B.homeNothing[locale], { days: options.days })) },
    });
  } else {
    const lines = options.due.map(
      (d) =>
        `• ${escapeMrkdwn(format(B.dueItem[locale], { date: d.date, what: d.what, name: '' }))}${link(d.url, d.name)}`,
    );
    blocks.push({
      type: 'section',
      text: { type: 'mrkdwn', text: clipMrkdwn(lines.join('\n'), SECTION_MAX) },
    });
  }
  if (options.loadedAt) {
    blocks.push({
      type: 'context',
      elements: [
        { type: 'mrkdwn', text: escapeMrkdwn(format(B.homeUpdated[locale], { time: options.loadedAt })) },
      ],
    });
  }
  return { type: 'home' as const, blocks };
}
