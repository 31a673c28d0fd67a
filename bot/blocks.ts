// Answers as Slack Block Kit. Everything from the registers or the asker is text, never markup: `<`, `>` and `&`
// are escaped, so no data can mention @channel, link somewhere or break out of a link.
import type { types } from '@slack/bolt';
import { t } from '../lib/i18n/index.js';

type KnownBlock = types.KnownBlock;

import type { Answer } from '../lib/answer/answer.js';
import type { Locale } from '../lib/locale.js';
import {
  clipMrkdwn,
  clipText,
  escapeMrkdwn,
  escapeWithin,
  slackLink as link,
  safeUrl,
} from '../lib/slack-text.js';

export { escapeMrkdwn, link, safeUrl };

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

// A button's value holds at most 2000 characters: the question goes back with the click, so it is cut to fit.
const QUESTION_MAX = 1500;

function button(actionId: string, label: string, value: unknown, primary = false) {
  return {
    type: 'button' as const,
    action_id: actionId,
    text: { type: 'plain_text' as const, text: clipText(label, 75) },
    value: JSON.stringify(value),
    ...(primary ? { style: 'primary' as const } : {}),
  };
}

/**
 * Buttons under an answer: one per entry when several fit (the click answers the same question for that entry),
 * or, on a decline, the asker's consent to send the question on. The values carry the question, not an id of
 * something kept: lisa stores nothing between the answer and the click.
 */
function actionBlocks(answer: Answer, question: string, consentTo?: string, asker?: string): KnownBlock[] {
  const q = question.slice(0, QUESTION_MAX);
  const l = answer.locale;
  if (answer.choices.length >= 2) {
    return [
      { type: 'section', text: { type: 'mrkdwn', text: escapeMrkdwn(t(l, 'bot.choose')) } },
      {
        type: 'actions',
        block_id: 'lisa_choices',
        elements: answer.choices
          .slice(0, 3)
          .map((c, i) => button(`lisa_choose_${i}`, c.label, { k: c.key, q, l })),
      },
    ];
  }
  if (!consentTo) return [];
  return [
    {
      type: 'actions',
      block_id: 'lisa_consent',
      elements: [
        button(
          'lisa_consent',
          t(l, 'bot.consentButton', { role: consentTo }),
          { q, l, ...(asker ? { u: asker } : {}) },
          true,
        ),
      ],
    },
    { type: 'context', elements: [{ type: 'mrkdwn', text: escapeMrkdwn(t(l, 'bot.consentNote')) }] },
  ];
}

function localeOr(value: unknown, fallback: Locale): Locale {
  return value === 'sv' || value === 'nb' || value === 'en' ? value : fallback;
}

function json(value: string | undefined): Record<string, unknown> | undefined {
  if (!value) return undefined;
  try {
    const v = JSON.parse(value) as unknown;
    return v && typeof v === 'object' ? (v as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** A choice button's value, or undefined for anything else (a value is what the client sent: not trusted). */
export function parseChoice(
  value: string | undefined,
): { key: string; question: string; lang: Locale } | undefined {
  const v = json(value);
  if (typeof v?.k !== 'string' || typeof v.q !== 'string' || !/^[a-z]+\/[a-z0-9-]+(#\d+)?$/.test(v.k))
    return undefined;
  return { key: v.k, question: v.q.slice(0, QUESTION_MAX), lang: localeOr(v.l, 'sv') };
}

export function parseConsent(
  value: string | undefined,
): { question: string; lang: Locale; asker?: string } | undefined {
  const v = json(value);
  if (typeof v?.q !== 'string' || !v.q.trim()) return undefined;
  const asker = typeof v.u === 'string' ? v.u : undefined;
  return { question: v.q.slice(0, QUESTION_MAX), lang: localeOr(v.l, 'sv'), ...(asker ? { asker } : {}) };
}

/** The question as the security unit receives it: who asked (a mention), and the question as text, quoted. */
export function consentText(question: string, user: string, locale: Locale): SlackMessage {
  const header = escapeMrkdwn(t(locale, 'bot.consentHeader', { user: '\u0000' })).replace(
    '\u0000',
    `<@${user}>`,
  );
  const quoted = escapeMrkdwn(question)
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n');
  // Finished mrkdwn (a mention, entities): cut between whole tokens.
  const text = clipMrkdwn(`${header}\n${quoted}`, SECTION_MAX);
  return { text, blocks: [{ type: 'section', text: { type: 'mrkdwn', text } }] };
}

/** An answer as a message: the answer, the next step, links, and the sources linked to their file and line. */
export function answerMessage(
  answer: Answer,
  extra: { question?: string; consentTo?: string; asker?: string } = {},
): SlackMessage {
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
            `${t(locale, 'bot.readMore')}: ${links.map((l) => link(l.url, l.title)).join(' · ')}`,
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
        {
          type: 'mrkdwn',
          text: clipMrkdwn(`${t(locale, 'documents.kpi.source')}: ${sources.join(' · ')}`, SECTION_MAX),
        },
      ],
    });
  }
  blocks.push(...actionBlocks(answer, extra.question ?? '', extra.consentTo, extra.asker));
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
        text: clipText(t(locale, 'bot.homeTitle', { org: options.org }), HEADER_MAX),
      },
    },
    { type: 'section', text: { type: 'mrkdwn', text: escapeMrkdwn(t(locale, 'bot.homeIntro')) } },
    { type: 'divider' },
    {
      type: 'section',
      text: { type: 'mrkdwn', text: `*${escapeMrkdwn(t(locale, 'bot.homeDue', { days: options.days }))}*` },
    },
  ];
  if (options.due.length === 0) {
    blocks.push({
      type: 'section',
      text: { type: 'mrkdwn', text: escapeMrkdwn(t(locale, 'bot.homeNothing', { days: options.days })) },
    });
  } else {
    const lines = options.due.map(
      (d) =>
        `• ${escapeMrkdwn(t(locale, 'bot.dueItem', { date: d.date, what: d.what, name: '' }))}${link(d.url, d.name)}`,
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
        { type: 'mrkdwn', text: escapeMrkdwn(t(locale, 'bot.homeUpdated', { time: options.loadedAt })) },
      ],
    });
  }
  return { type: 'home' as const, blocks };
}
