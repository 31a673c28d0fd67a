// Answers as Slack Block Kit. Everything from the registers or the asker is text, never markup: `<`, `>` and `&`
// are escaped, so no data can mention @channel, link somewhere or break out of a link.
import type { types } from '@slack/bolt';

type KnownBlock = types.KnownBlock;

import type { Answer } from '../lib/answer/answer.js';
import { format, type Locale } from '../lib/locale.js';
import { escapeMrkdwn } from '../lib/slack-text.js';
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

// Slack's limits: 3000 characters in a section, 10 elements in a context block.
const SECTION_MAX = 2900;

function clip(text: string, max = SECTION_MAX): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

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
    { type: 'section', text: { type: 'mrkdwn', text: clip(escapeMrkdwn(answer.lines.join('\n'))) } },
  ];
  if (answer.next)
    blocks.push({ type: 'section', text: { type: 'mrkdwn', text: clip(`→ ${escapeMrkdwn(answer.next)}`) } });
  const links = answer.links.filter((l) => safeUrl(l.url));
  if (links.length > 0) {
    blocks.push({
      type: 'context',
      elements: [
        {
          type: 'mrkdwn',
          text: clip(`${B.readMore[locale]}: ${links.map((l) => link(l.url, l.title)).join(' · ')}`),
        },
      ],
    });
  }
  if (answer.sources.length > 0) {
    const sources = answer.sources.slice(0, 9).map((s) => link(s.url, `${s.file}:${s.line}`));
    blocks.push({
      type: 'context',
      elements: [{ type: 'mrkdwn', text: clip(`${B.sources[locale]}: ${sources.join(' · ')}`) }],
    });
  }
  return { text: clip(escapeMrkdwn(answer.text), 3000), blocks };
}

export function plainMessage(text: string): SlackMessage {
  const escaped = clip(escapeMrkdwn(text));
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
      text: { type: 'plain_text', text: clip(format(B.homeTitle[locale], { org: options.org }), 150) },
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
    blocks.push({ type: 'section', text: { type: 'mrkdwn', text: clip(lines.join('\n')) } });
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
