// The buttons under answers, through the real Bolt app over signed HTTP: a choice when several entries fit
// (the click answers in place), and on a decline the asker's consent to send the question on (posted only on
// the click). A click is a request like any other: who may see restricted entries is decided again.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FILES, fixtureSources, RESTRICTED_MARKERS } from '../answer/fixture.js';
import type { SlackCall } from '../helpers/fake-slack.js';
import { everythingSent, type Harness, startHarness } from './harness.js';
import { postSigned, slashBody, sleep, waitFor } from './slack-http.js';

const FORM_TYPE = 'application/x-www-form-urlencoded';

let h: Harness;
let seq = 0;

beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());
beforeEach(() => {
  h.slack.calls.length = 0;
  h.slack.messages.clear();
});

interface Button {
  action_id: string;
  value: string;
  text: { text: string };
}

function buttons(call: SlackCall): Button[] {
  const blocks = (call.body.blocks ?? []) as { type: string; elements?: Button[] }[];
  return blocks.filter((b) => b.type === 'actions').flatMap((b) => b.elements ?? []);
}

async function slash(text: string, user = 'UASKER', channel = 'CGENERAL') {
  const responseUrl = `${h.slack.apiUrl}response/slash-${++seq}`;
  await postSigned(h.url, slashBody({ text, user, channel, responseUrl }), FORM_TYPE);
  const key = responseUrl.slice(h.slack.apiUrl.length);
  return waitFor(() => h.slack.calls.find((c) => c.method === key), 5000, 'the slash response');
}

/** A click as Slack sends it: `payload=` with the block_actions JSON, signed. Resolves with the response call. */
async function click(button: Button, user = 'UASKER', channel = 'CGENERAL') {
  const key = await send(button, user, channel);
  return waitFor(() => h.slack.calls.find((c) => c.method === key), 5000, 'the click response');
}

/** Sends the click; resolves with where its response would go. */
async function send(button: Button, user: string, channel: string): Promise<string> {
  const responseUrl = `${h.slack.apiUrl}response/click-${++seq}`;
  const payload = {
    type: 'block_actions',
    user: { id: user, username: 'asker', name: 'asker', team_id: 'T0001' },
    api_app_id: 'A0001',
    token: 'legacy-verification-token',
    container: { type: 'message', message_ts: '1700000000.000100', channel_id: channel, is_ephemeral: true },
    trigger_id: `trigger.click.${seq}`,
    team: { id: 'T0001', domain: 'testvik' },
    channel: { id: channel, name: 'allmant' },
    response_url: responseUrl,
    actions: [
      {
        action_id: button.action_id,
        block_id: 'lisa',
        text: { type: 'plain_text', text: button.text.text },
        value: button.value,
        type: 'button',
        action_ts: '1700000001.000200',
      },
    ],
  };
  const res = await postSigned(
    h.url,
    new URLSearchParams({ payload: JSON.stringify(payload) }).toString(),
    FORM_TYPE,
  );
  expect(res.status).toBe(200);
  return responseUrl.slice(h.slack.apiUrl.length);
}

describe('several entries fit: buttons to choose', () => {
  it('shows one button per entry, and the click answers the question for that entry in place', async () => {
    const answer = await slash('how is the pupil record classified?');
    const shown = buttons(answer).filter((b) => b.action_id.startsWith('lisa_choose_'));
    expect(shown.map((b) => b.text.text).sort()).toEqual(['Elevakter', 'Elevregister']);

    const chosen = shown.find((b) => b.text.text === 'Elevakter') as Button;
    const response = await click(chosen);
    expect(response.body.replace_original).toBe(true);
    const text = String(response.body.text);
    expect(text).toContain('Elevakter');
    expect(text).toContain('classified');
    expect(buttons(response)).toEqual([]);
  });

  it('a click on a restricted entry in a channel gets only the restricted notice', async () => {
    // The value is whatever the client sends: a forged one names a restricted entry.
    const forged: Button = {
      action_id: 'lisa_choose_0',
      text: { text: 'x' },
      value: JSON.stringify({ k: 'system/skyddat-boende', q: 'vem äger det?', l: 'sv' }),
    };
    const response = await click(forged);
    const text = String(response.body.text);
    expect(text).toContain('begränsad post');
    for (const marker of RESTRICTED_MARKERS) expect(everythingSent(h.slack)).not.toContain(marker);
  });

  it('a value that is not a choice is ignored', async () => {
    const key = await send(
      { action_id: 'lisa_choose_1', text: { text: 'x' }, value: '{"k":"../../etc/passwd","q":"?"}' },
      'UASKER',
      'CGENERAL',
    );
    await sleep(150);
    expect(h.slack.calls.some((c) => c.method === key)).toBe(false);
    expect(h.slack.callsOf('chat.postMessage')).toEqual([]);
  });
});

describe('a decline: the question goes to the security unit only with consent', () => {
  const QUESTION = 'vad blir det till lunch i matsalen på fredag?';

  it('offers the button, posts nothing until the click, then posts the question to the security channel', async () => {
    const answer = await slash(QUESTION);
    const consent = buttons(answer).find((b) => b.action_id === 'lisa_consent') as Button;
    expect(consent.text.text).toBe('Skicka min fråga till Informationssäkerhetssamordnare');
    await sleep(100);
    expect(h.slack.callsOf('chat.postMessage')).toEqual([]);

    const response = await click(consent);
    const posted = await waitFor(
      () => h.slack.callsOf('chat.postMessage')[0],
      5000,
      'the forwarded question',
    );
    expect(posted.body.channel).toBe('C0SECURITY');
    expect(String(posted.body.text)).toContain('<@UASKER>');
    expect(String(posted.body.text)).toContain(`> ${QUESTION}`);
    expect(response.body.replace_original).toBe(true);
    expect(String(response.body.text)).toContain('Din fråga är skickad till Informationssäkerhetssamordnare');
    // Never the question's text in the log.
    expect(h.log.join('\n')).not.toContain('lunch');
  });

  it('only the asker may send the question on: a click by someone else posts nothing', async () => {
    const answer = await slash(QUESTION, 'UASKER');
    const consent = buttons(answer).find((b) => b.action_id === 'lisa_consent') as Button;
    const key = await send(consent, 'USOMEONEELSE', 'CGENERAL');
    await sleep(150);
    expect(h.slack.callsOf('chat.postMessage')).toEqual([]);
    expect(h.slack.calls.some((c) => c.method === key)).toBe(false);
  });

  it('escapes the question it forwards: no mention or link can ride along', async () => {
    const consent: Button = {
      action_id: 'lisa_consent',
      text: { text: 'x' },
      value: JSON.stringify({ q: 'hej <!channel> <https://evil.example|klicka>', l: 'sv' }),
    };
    await click(consent);
    const posted = await waitFor(
      () => h.slack.callsOf('chat.postMessage')[0],
      5000,
      'the forwarded question',
    );
    expect(String(posted.body.text)).not.toContain('<!channel>');
    expect(String(posted.body.text)).toContain('&lt;!channel&gt;');
  });

  it('offers no consent where a restricted entry was the answer, and no choice among hidden entries', async () => {
    const answer = await slash('vem äger Skyddsnätet?');
    expect(buttons(answer)).toEqual([]);
    expect(String(answer.body.text)).toContain('begränsad post');
  });
});

describe('consent without a security channel', () => {
  let other: Harness;
  beforeAll(async () => {
    const lisa = (FILES['lisa.yaml'] as string).replace(/^slack:\n {2}securityChannel: C0SECURITY\n/m, '');
    other = await startHarness({ files: fixtureSources({ ...FILES, 'lisa.yaml': lisa }) });
  });
  afterAll(() => other.close());

  it('sends the question as a direct message to the people of the role that takes questions', async () => {
    const responseUrl = `${other.slack.apiUrl}response/dm-consent`;
    const value = JSON.stringify({ q: 'vem bokar lokalen till julfesten?', l: 'sv' });
    const payload = {
      type: 'block_actions',
      user: { id: 'UASKER', username: 'asker', name: 'asker', team_id: 'T0001' },
      api_app_id: 'A0001',
      token: 'legacy-verification-token',
      container: {
        type: 'message',
        message_ts: '1700000000.000100',
        channel_id: 'CGENERAL',
        is_ephemeral: true,
      },
      trigger_id: 'trigger.dm',
      team: { id: 'T0001', domain: 'testvik' },
      channel: { id: 'CGENERAL', name: 'allmant' },
      response_url: responseUrl,
      actions: [
        {
          action_id: 'lisa_consent',
          block_id: 'lisa_consent',
          text: { type: 'plain_text', text: 'x' },
          value,
          type: 'button',
          action_ts: '1',
        },
      ],
    };
    await postSigned(
      other.url,
      new URLSearchParams({ payload: JSON.stringify(payload) }).toString(),
      FORM_TYPE,
    );
    const posted = await waitFor(
      () => other.slack.callsOf('chat.postMessage')[0],
      5000,
      'the direct message',
    );
    expect(posted.body.channel).toBe('UKARIN');
    expect(String(posted.body.text)).toContain('julfesten');
  });
});
