/**
 * Text from the registers made safe for Slack's mrkdwn: `<`, `>` and `&` are the only characters Slack reads
 * as markup (links, mentions like <!channel>), so a name in a register can never become one.
 */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
