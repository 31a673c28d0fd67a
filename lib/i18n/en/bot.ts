import type { bot as sv } from '../sv/bot.js';

export const bot: Record<keyof typeof sv, string> = {
  'bot.readMore': 'Read more',
  'bot.notReady': 'The registers are still loading. Try again in a moment.',
  'bot.failed': 'Something went wrong while answering. Try again in a moment.',
  'bot.choose': 'Pick the one you mean:',
  'bot.consentButton': 'Send my question to {role}',
  'bot.consentNote': 'The question is sent only if you click, and lisa does not keep it.',
  'bot.consentSent': 'Your question has been sent to {role}. They will answer you directly.',
  'bot.consentFailed': 'The question could not be sent. Try again, or contact them directly.',
  'bot.consentHeader':
    '{user} asked lisa something the registers could not answer, and asked for the question to be sent here:',
  'bot.securityUnit': 'the security unit',
  'bot.homeTitle': 'lisa – {org}',
  'bot.homeIntro':
    'Ask me about information security in a direct message, with /lisa, or by mentioning @lisa in a channel. I answer from the registers and show the source.',
  'bot.homeDue': 'Due in the next {days} days',
  'bot.homeNothing': 'Nothing falls due in the next {days} days.',
  'bot.homeUpdated': 'Registers loaded {time}.',
  'bot.dueItem': '{date} – {what}: {name}',
  'bot.env.missing': 'The environment variable {name} is not set. {where}',
  'bot.env.bad': 'The environment variable {name} has an invalid value. {where}',
  'bot.dueKind':
    '{kind, select, kpiReview {KPI} cycle {Yearly cycle} actionDue {Action} documentReview {Review} classificationReview {Classification} auditAnswer {Audit answer} other {{kind}}}',
  'bot.env.where':
    "{name, select, SLACK_BOT_TOKEN {Find it in Slack's app settings (api.slack.com/apps → the app) under OAuth & Permissions → Bot User OAuth Token; it starts with xoxb-.} SLACK_SIGNING_SECRET {Find it in Slack's app settings (api.slack.com/apps → the app) under Basic Information → App Credentials → Signing Secret. If the server cannot take requests from the internet, set SLACK_APP_TOKEN for Socket Mode instead.} SLACK_APP_TOKEN {Create it in Slack's app settings (api.slack.com/apps → the app) under Basic Information → App-Level Tokens, with the scope connections:write; it starts with xapp-. Also turn on Socket Mode under Settings → Socket Mode.} PORT {Give a port number from 1 to 65535, e.g. PORT=3000.} SLACK_API_URL {Give a URL starting with https:// (or http:// for a local server), e.g. https://slack.com/api/.} other {}}",
};
