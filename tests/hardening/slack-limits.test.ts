// Hardening (Slack standard): text is cut to Block Kit's limits before it is escaped, or between whole
// tokens of finished mrkdwn, never inside an entity (`&am…`) or a link (`<https://…|label` without `>`), in
// the bot and in the reminders; and no identity number reaches Slack.
import { describe, expect, it } from 'vitest';
import { answerMessage, homeView, plainMessage } from '../../bot/blocks.js';
import type { Answer } from '../../lib/answer/answer.js';
import { esc, link, toBlocks } from '../../lib/remind/blocks.js';
import { clipMrkdwn, escapeMrkdwn, escapeWithin } from '../../lib/slack-text.js';

/** Every `&` starts a whole entity, every `<` has its `>`: what Slack needs to read the text as meant. */
function wellFormed(mrkdwn: string): void {
  expect(mrkdwn.replace(/&(amp|lt|gt);/g, '')).not.toContain('&');
  const outside = mrkdwn.replace(/<[^<>]*>/g, '');
  expect(outside).not.toMatch(/[<>]/);
}

function texts(value: unknown): string[] {
  const out: string[] = [];
  JSON.stringify(value, (key, v) => {
    if (key === 'text' && typeof v === 'string') out.push(v);
    return v;
  });
  return out;
}

const answer: Answer = {
  answered: true,
  locale: 'sv',
  intent: 'owner',
  lines: ['R&D <x> '.repeat(600)],
  next: '&'.repeat(4000),
  text: '<&>'.repeat(2000),
  sources: Array.from({ length: 9 }, (_, i) => ({
    file: `registry/system/${'långt-namn-'.repeat(30)}${i}.yaml`,
    line: i + 1,
    url: `https://github.com/o/r/blob/main/registry/system/${'x'.repeat(300)}${i}.yaml#L${i + 1}`,
  })),
  links: Array.from({ length: 20 }, (_, i) => ({
    title: `Policy & rutin ${i} `.repeat(10),
    url: `https://example.org/${i}`,
  })),
  withheld: false,
  restricted: false,
  confidence: 1,
  choices: [],
};

describe('cutting for Slack', () => {
  it('the bot’s answer: every text within its limit and well formed', () => {
    const m = answerMessage(answer);
    expect(m.text.length).toBeLessThanOrEqual(3000);
    wellFormed(m.text);
    for (const t of texts(m.blocks)) {
      expect(t.length).toBeLessThanOrEqual(3000);
      wellFormed(t);
    }
    const sources = texts(m.blocks).find((t) => t.startsWith('Källa'));
    expect(sources).toMatch(/…$/);
  });

  it('a plain message and the App Home', () => {
    const p = plainMessage('&'.repeat(3000));
    expect(p.text.length).toBeLessThanOrEqual(3000);
    wellFormed(p.text);
    // Lines of several lengths, so that some cut would land inside a link.
    for (let pad = 0; pad < 12; pad++) {
      const view = homeView({
        org: 'Ö'.repeat(400),
        locale: 'sv',
        days: 30,
        due: Array.from({ length: 200 }, (_, i) => ({
          date: '2026-12-01',
          what: 'Översyn',
          name: `Plan & <rutin> ${'x'.repeat(pad)}${i}`,
          url: `https://github.com/o/r/blob/main/registry/document/plan-${i}.yaml#L1`,
        })),
      });
      for (const t of texts(view.blocks.slice(1))) {
        expect(t.length).toBeLessThanOrEqual(3000);
        wellFormed(t);
      }
    }
  });

  it('reminders: a long line of links and entities is cut between them', () => {
    const line = Array.from(
      { length: 200 },
      (_, i) => `${link(`https://x.se/${i}`, `Mål & medel ${i}`)} ${esc('<&>')}`,
    ).join(' ');
    const blocks = toBlocks({ header: 'Påminnelse & mer '.repeat(20), paragraphs: [line] });
    // The header is plain_text, not mrkdwn: it is only cut.
    for (const t of texts(blocks.slice(1))) {
      expect(t.length).toBeLessThanOrEqual(3000);
      wellFormed(t);
    }
    expect((blocks[0] as { text: { text: string } }).text.text.length).toBeLessThanOrEqual(150);
  });

  it('cuts before escaping, and finished mrkdwn between tokens', () => {
    expect(escapeWithin('a&b', 5)).toBe('a…');
    expect(escapeWithin('a&b&c', 7)).toBe('a&amp;…');
    expect(clipMrkdwn('ab <https://x.se|länk> &amp; c', 10)).toBe('ab …');
    expect(clipMrkdwn('ab &amp;&amp;', 9)).toBe('ab &amp;…');
  });

  it('masks identity numbers', () => {
    expect(escapeMrkdwn('Kontakt 811218-9876 & co')).toBe('Kontakt [•••] &amp; co');
    expect(escapeWithin('Kontakt 811218-9876', 100)).toBe('Kontakt [•••]');
  });
});
