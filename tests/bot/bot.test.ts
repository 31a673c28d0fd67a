import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { RESTRICTED_MARKERS } from '../answer/fixture.js';
import type { SlackCall } from '../helpers/fake-slack.js';
import { BOT_TOKEN, everythingSent, type Harness, startHarness } from './harness.js';
import {
  eventBody,
  messageTs,
  postSigned,
  SECRET,
  signature,
  slashBody,
  sleep,
  waitFor,
} from './slack-http.js';

const JSON_TYPE = 'application/json';
const FORM_TYPE = 'application/x-www-form-urlencoded';

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
  // UGROUPIE is allowed through the user group SSEC; UALLOWED directly; UKARIN through the coordinator role.
  h.slack.userGroups.set('UGROUPIE', ['SSEC']);
  h.slack.userGroups.set('UOUTSIDER', ['SOTHER']);
});
afterAll(() => h.close());
beforeEach(() => {
  h.slack.calls.length = 0;
  h.slack.messages.clear();
});

function responses(): SlackCall[] {
  return h.slack.calls.filter((c) => c.method.startsWith('response/'));
}

function textOf(call: SlackCall | { text?: string; blocks?: unknown } | undefined): string {
  if (!call) return '';
  const body = 'body' in call ? call.body : call;
  return `${String((body as { text?: unknown }).text ?? '')}\n${JSON.stringify((body as { blocks?: unknown }).blocks ?? [])}`;
}

function expectNoRestricted(text: string) {
  for (const marker of RESTRICTED_MARKERS) expect(text).not.toContain(marker);
}

async function slash(text: string, user: string, channel: string) {
  const responseUrl = `${h.slack.apiUrl}response/${user}-${Date.now()}`;
  const res = await postSigned(h.url, slashBody({ text, user, channel, responseUrl }), FORM_TYPE);
  const key = responseUrl.slice(h.slack.apiUrl.length);
  const call = await waitFor(
    () => h.slack.calls.find((c) => c.method === key),
    5000,
    'the slash command response',
  );
  return { res, call };
}

async function dm(text: string, user: string) {
  const channel = `D${user.replace(/^U/, '')}`;
  const before = h.slack.callsOf('chat.postMessage').length;
  const res = await postSigned(
    h.url,
    eventBody({ type: 'message', channel_type: 'im', channel, user, text, ts: messageTs() }),
    JSON_TYPE,
  );
  const call = await waitFor(() => h.slack.callsOf('chat.postMessage')[before], 5000, 'the DM answer');
  return { res, call };
}

async function mention(text: string, user: string, channel = 'CGENERAL') {
  const ts = messageTs();
  const res = await postSigned(
    h.url,
    eventBody({ type: 'app_mention', channel, user, text: `<@UBOT0001> ${text}`, ts }),
    JSON_TYPE,
  );
  const call = await waitFor(() => h.slack.callsOf('chat.postMessage')[0], 5000, 'the mention answer');
  return { res, call, ts };
}

describe('the Slack bot over HTTP', () => {
  it('acks a signed slash command at once and then answers with sources linked to the YAML on GitHub', async () => {
    const { res, call } = await slash('vem äger Procapita?', 'UANNA', 'CGENERAL');
    expect(res.status).toBe(200);
    // Slack's contract: the acknowledgement within three seconds, before any answer.
    expect(res.ms).toBeLessThan(3000);
    expect(call.body.response_type).toBe('ephemeral');
    const text = textOf(call);
    expect(text).toContain('Systemägare för Procapita är Socialchef (Eva Ek)');
    expect(text).toContain(
      '<https://github.com/testvik/lis/blob/main/registry/system/procapita.yaml#L5|registry/system/procapita.yaml:5>',
    );
  });

  it('answers a mention in its thread', async () => {
    const { res, call, ts } = await mention('who owns the student register?', 'UANNA');
    expect(res.status).toBe(200);
    expect(call.body.channel).toBe('CGENERAL');
    expect(call.body.thread_ts).toBe(ts);
    expect(textOf(call)).toContain('The system owner of Elevregister is Skolchef (Sara Nord)');
  });

  it('answers a direct message, in Norwegian when asked in Norwegian', async () => {
    const { call } = await dm('hvem eier elevregisteret?', 'UANNA');
    expect(call.body.channel).toBe('DANNA');
    expect(textOf(call)).toContain('Systemeier for Elevregister er Skolchef');
  });

  it('rejects a forged signature with 401 and never answers', async () => {
    const body = eventBody({
      type: 'message',
      channel_type: 'im',
      channel: 'DANNA',
      user: 'UANNA',
      text: 'vem äger Procapita?',
      ts: messageTs(),
    });
    const forged = signature('not-the-secret', Math.floor(Date.now() / 1000), body);
    const res = await postSigned(h.url, body, JSON_TYPE, { forged });
    expect(res.status).toBe(401);
    const slashRes = await postSigned(
      h.url,
      slashBody({
        text: 'vem äger Procapita?',
        user: 'UANNA',
        channel: 'CGENERAL',
        responseUrl: `${h.slack.apiUrl}response/forged`,
      }),
      FORM_TYPE,
      { secret: 'wrong-secret' },
    );
    expect(slashRes.status).toBe(401);
    await sleep(300);
    expect(h.slack.callsOf('chat.postMessage')).toHaveLength(0);
    expect(responses()).toHaveLength(0);
  });

  it('rejects a request older than five minutes with 401, even when its signature is right', async () => {
    const stale = Math.floor(Date.now() / 1000) - 6 * 60;
    const body = eventBody({
      type: 'message',
      channel_type: 'im',
      channel: 'DANNA',
      user: 'UANNA',
      text: 'vem äger Procapita?',
      ts: messageTs(),
    });
    const res = await postSigned(h.url, body, JSON_TYPE, { timestamp: stale });
    expect(res.status).toBe(401);
    await sleep(300);
    expect(h.slack.callsOf('chat.postMessage')).toHaveLength(0);
  });

  it('escapes register text and the question: nothing becomes a mention or a link', async () => {
    const { call } = await dm('vem äger <!channel> <https://evil.example|Procapita>?', 'UANNA');
    const text = textOf(call);
    expect(text).not.toContain('<!channel>');
    expect(text).not.toContain('evil.example');
    expect(text).toContain('Procapita');
  });
});

describe('restricted entries over Slack', () => {
  const QUESTION = 'vem äger Skyddsnätet?';

  it('in a channel (mention), even from an allowed user: only that it exists and who to ask', async () => {
    const { call } = await mention(QUESTION, 'UALLOWED');
    const text = textOf(call);
    expect(text).toContain('begränsad post');
    expect(text).toContain('Karin Lund');
    expectNoRestricted(everythingSent(h.slack));
  });

  it('by slash command in a channel from an allowed user: withheld', async () => {
    const { call } = await slash(QUESTION, 'UGROUPIE', 'CGENERAL');
    expect(textOf(call)).toContain('begränsad post');
    expectNoRestricted(everythingSent(h.slack));
  });

  it('in a direct message from a member of an allowed user group: the details', async () => {
    h.bot.access.clear();
    const { call } = await dm(QUESTION, 'UGROUPIE');
    const text = textOf(call);
    expect(text).toContain('Begränsad uppgift');
    expect(text).toContain('Systemägare för Skyddsnätet är Socialchef');
    expect(h.slack.callsOf('usergroups.users.list').map((c) => c.body.usergroup)).toEqual(['SSEC']);
  });

  it('in a direct message from someone else: withheld', async () => {
    const { call } = await dm(QUESTION, 'UOUTSIDER');
    expect(textOf(call)).toContain('begränsad post');
    expectNoRestricted(everythingSent(h.slack));
  });

  it('to a role holder (the coordinator role is allowed) in a direct message: the details', async () => {
    const { call } = await dm('hur är krisledningsplanerna klassade?', 'UKARIN');
    const text = textOf(call);
    expect(text).toContain('Krisledningsplaner klassades 2026-05-01');
    expect(text).toContain('Synnerligen allvarlig skada');
  });

  it('by slash command in the direct message with the bot from an allowed user: the details', async () => {
    const { call } = await slash(QUESTION, 'UALLOWED', 'DALLOWED');
    expect(textOf(call)).toContain('Systemägare för Skyddsnätet');
  });

  it('by slash command in a direct message between two people: withheld, even for an allowed user', async () => {
    const { call } = await slash(QUESTION, 'UALLOWED', 'DPEOPLE42');
    expect(textOf(call)).toContain('begränsad post');
    expectNoRestricted(everythingSent(h.slack));
  });

  it('a restricted guidance entry and a protected-identity list from a channel: nothing of them', async () => {
    await mention('var bor personer med skyddad identitet?', 'UANNA');
    h.slack.calls.length = 0;
    h.slack.messages.clear();
    const { call } = await mention('vilka system har uppgifter om brukare?', 'UANNA');
    expect(textOf(call)).toContain('Procapita');
    expectNoRestricted(everythingSent(h.slack));
  });

  it('when Slack cannot say who is in the user group: not authorised', async () => {
    h.bot.access.clear();
    h.slack.fail('usergroups.users.list', { status: 500, times: 5 });
    const { call } = await dm(QUESTION, 'UGROUPIE');
    expect(textOf(call)).toContain('begränsad post');
    expectNoRestricted(everythingSent(h.slack));
    h.bot.access.clear();
  });

  it('publishes the App Home with what is due soon, and nothing restricted', async () => {
    const res = await postSigned(
      h.url,
      eventBody({ type: 'app_home_opened', user: 'UALLOWED', channel: 'DALLOWED', tab: 'home' }),
      JSON_TYPE,
    );
    expect(res.status).toBe(200);
    const call = await waitFor(() => h.slack.callsOf('views.publish')[0], 5000, 'views.publish');
    expect(call.body.user_id).toBe('UALLOWED');
    const view = JSON.stringify(call.body.view);
    expect(view).toContain('Riktlinje för molntjänster');
    expect(view).toContain('2026-12-01');
    expect(view).toContain('Årsrapport till kommunstyrelsen');
    expectNoRestricted(view);
  });

  it('never logs a restricted detail, a question or a token', () => {
    const log = h.log.join('');
    expect(log).toContain('answer via=');
    expectNoRestricted(log);
    expect(log).not.toContain(BOT_TOKEN);
    expect(log).not.toContain(SECRET);
    expect(log).not.toContain('vem äger');
  });
});
