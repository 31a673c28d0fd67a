import { describe, expect, it } from 'vitest';
import { answerMessage, escapeMrkdwn, homeView, link, safeUrl, slackTextToPlain } from '../../bot/blocks.js';
import { scrub } from '../../bot/log.js';
import type { Answer } from '../../lib/answer/answer.js';

const base: Answer = {
  answered: true,
  locale: 'sv',
  intent: 'owner',
  lines: ['Systemägare för <!channel> & <@U123> är *fet*.'],
  next: 'Nästa steg: kontakta <https://evil.example|mig>.',
  text: '',
  sources: [
    {
      file: 'registry/system/x.yaml',
      line: 4,
      url: 'https://github.com/o/r/blob/main/registry/system/x.yaml#L4',
    },
  ],
  links: [
    { title: 'Policy > allt', url: 'https://example.org/a|b>c' },
    { title: 'js', url: 'javascript:alert(1)' },
  ],
  withheld: false,
  restricted: false,
  choices: [],
  confidence: 1,
};

describe('Block Kit from answers', () => {
  it('escapes <, > and & in everything that comes from data', () => {
    expect(escapeMrkdwn('<!here> & <@U1>')).toBe('&lt;!here&gt; &amp; &lt;@U1&gt;');
    const m = answerMessage({ ...base, text: base.lines.join('\n') });
    const all = JSON.stringify(m);
    expect(all).not.toContain('<!channel>');
    expect(all).not.toContain('<@U123>');
    expect(all).not.toContain('<https://evil.example');
    expect(all).toContain('&lt;!channel&gt; &amp; &lt;@U123&gt;');
  });

  it('links sources to their file and line, and only http(s) links, with | and > encoded', () => {
    const m = answerMessage(base);
    const all = JSON.stringify(m.blocks);
    expect(all).toContain(
      '<https://github.com/o/r/blob/main/registry/system/x.yaml#L4|registry/system/x.yaml:4>',
    );
    expect(all).toContain('<https://example.org/a%7Cb%3Ec|Policy &gt; allt>');
    expect(all).not.toContain('javascript:');
    expect(safeUrl('javascript:alert(1)')).toBeUndefined();
    expect(link(undefined, 'a<b')).toBe('a&lt;b');
  });

  it('reads what someone typed: mentions and Slack escapes undone', () => {
    expect(slackTextToPlain('<@UBOT0001> vem äger &lt;Procapita&gt; &amp; <https://x.se|VoO>?')).toBe(
      'vem äger <Procapita> & VoO?',
    );
  });

  it('builds the App Home with due items as escaped text', () => {
    const view = homeView({
      org: 'Testvik',
      locale: 'en',
      days: 30,
      due: [{ date: '2026-12-01', what: 'Review', name: '<b>x</b>' }],
    });
    expect(view.type).toBe('home');
    const all = JSON.stringify(view);
    expect(all).toContain('Due in the next 30 days');
    expect(all).toContain('&lt;b&gt;x&lt;/b&gt;');
  });
});

describe('the log', () => {
  it('scrubs Slack and GitHub tokens', () => {
    expect(scrub('token xoxb-123-456-abc and xapp-1-A1-2-def and ghp_abcdefghijklmnopqrstuvwxyz12')).toBe(
      'token [token] and [token] and [token]',
    );
  });
});
