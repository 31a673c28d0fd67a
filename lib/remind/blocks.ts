// The few Block Kit shapes reminders use, written out so that planning stays free of the Slack libraries
// (the bot's App Home and the dry run import it too). They match @slack/types' KnownBlock structurally.

import { clipMrkdwn, clipText, escapeMrkdwn } from '../slack-text.js';

export interface TextObject {
  type: 'mrkdwn' | 'plain_text';
  text: string;
}
export type ReminderBlock =
  | { type: 'header'; text: { type: 'plain_text'; text: string } }
  | { type: 'section'; text: TextObject }
  | { type: 'context'; elements: TextObject[] };

/** Register text inside mrkdwn: Slack's three control characters escaped, so data can never become a mention or a link. */
export const esc = escapeMrkdwn;

export function mention(user: string): string {
  return `<@${user}>`;
}

export { slackLink as link } from '../slack-text.js';

/** What a reminder says, before it is shaped into blocks and a fallback text. */
export interface Content {
  /** Plain text (a header block does not read mrkdwn); escaped when it goes into the fallback text. */
  header: string;
  /** mrkdwn paragraphs, already escaped. */
  paragraphs: string[];
  /** mrkdwn footer line (the link to the file to edit). */
  footer?: string;
}

const SECTION_MAX = 2900;
const HEADER_MAX = 150;

function chunk(paragraph: string): string[] {
  if (paragraph.length <= SECTION_MAX) return [paragraph];
  // Long lists (many KPIs) are split at line breaks so each section stays under Slack's 3,000-character limit.
  const out: string[] = [];
  let current = '';
  for (const line of paragraph.split('\n')) {
    // Paragraphs are finished mrkdwn: a line too long is cut between whole entities and links.
    const piece = clipMrkdwn(line, SECTION_MAX);
    if (current && current.length + 1 + piece.length > SECTION_MAX) {
      out.push(current);
      current = piece;
    } else current = current ? `${current}\n${piece}` : piece;
  }
  if (current) out.push(current);
  return out;
}

export function toBlocks(content: Content): ReminderBlock[] {
  const header = clipText(content.header, HEADER_MAX);
  const blocks: ReminderBlock[] = [{ type: 'header', text: { type: 'plain_text', text: header } }];
  for (const p of content.paragraphs)
    for (const text of chunk(p)) blocks.push({ type: 'section', text: { type: 'mrkdwn', text } });
  if (content.footer) blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: content.footer }] });
  // Slack takes at most 50 blocks; the fallback text still carries everything.
  return blocks.length > 50 ? [...blocks.slice(0, 49), blocks[blocks.length - 1] as ReminderBlock] : blocks;
}

/** The message's plain `text`: what notifications, screen readers and the dry run show. */
export function toText(content: Content): string {
  return [esc(content.header), ...content.paragraphs, ...(content.footer ? [content.footer] : [])].join('\n');
}
