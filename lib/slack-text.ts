// Text for Slack's mrkdwn, made safe and cut to Block Kit's limits. `<`, `>` and `&` are the only characters
// Slack reads as markup (links, mentions like <!channel>), so a name in a register can never become one; and
// personal identity numbers are masked, as in every output. Cutting happens on the text before it is
// escaped, or on whole tokens of finished mrkdwn, so a message never ends inside an entity (`&am…`) or a
// link (`<https://…|label` without its `>`).
import { redactIdentityNumbers } from './escape/identity.js';

const ELLIPSIS = '…';

function escapeOnly(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Register or user text as mrkdwn: escaped, identity numbers masked. */
export function escapeMrkdwn(text: string): string {
  return escapeOnly(redactIdentityNumbers(text));
}

/** A URL safe inside `<url|label>`: http(s) only, with the characters that end or split a link encoded. */
export function safeUrl(url: string): string | undefined {
  if (!/^https?:\/\/[^\s]+$/i.test(url)) return undefined;
  return url.replace(/[<>|]/g, (c) => encodeURIComponent(c));
}

/** A link in mrkdwn, its label escaped; without a safe URL, the label alone. Reminders and the bot alike. */
export function slackLink(url: string | undefined, label: string): string {
  const safe = url ? safeUrl(url) : undefined;
  return safe ? `<${safe}|${escapeMrkdwn(label)}>` : escapeMrkdwn(label);
}

/** Plain text cut to `max` characters (whole code points, an ellipsis when cut), for plain_text fields. */
export function clipText(text: string, max: number): string {
  if (text.length <= max) return text;
  let out = '';
  for (const c of text) {
    if (out.length + c.length > max - ELLIPSIS.length) break;
    out += c;
  }
  return out + ELLIPSIS;
}

/** Text escaped for mrkdwn and no longer than `max` once escaped: cut first, then escaped. */
export function escapeWithin(text: string, max: number): string {
  const plain = redactIdentityNumbers(text);
  const escaped = escapeOnly(plain);
  if (escaped.length <= max) return escaped;
  let kept = '';
  let length = 0;
  for (const c of plain) {
    const size = c === '&' ? 5 : c === '<' || c === '>' ? 4 : c.length;
    if (length + size > max - ELLIPSIS.length) break;
    kept += c;
    length += size;
  }
  return escapeOnly(kept) + ELLIPSIS;
}

// A finished mrkdwn string is made of entities, links or mentions in angle brackets, and single characters.
const TOKEN = /&(?:amp|lt|gt);|<[^<>]*>|[\s\S]/gu;

/** Finished mrkdwn cut to `max` characters between whole tokens: never inside an entity or a link. */
export function clipMrkdwn(mrkdwn: string, max: number): string {
  if (mrkdwn.length <= max) return mrkdwn;
  let out = '';
  for (const [token] of mrkdwn.matchAll(TOKEN)) {
    if (out.length + token.length > max - ELLIPSIS.length) break;
    out += token;
  }
  return out + ELLIPSIS;
}
