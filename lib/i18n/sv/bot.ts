// What the Slack bot itself says (the answers come from lib/answer), and what `lisa bot` asks of its environment.
// ICU syntax: {name} is a parameter, '{' a literal brace; nb/ and en/ are typed against these keys.
export const bot = {
  'bot.readMore': 'Läs mer',
  'bot.notReady': 'Registren laddas fortfarande. Försök igen om en stund.',
  'bot.failed': 'Något gick fel när jag skulle svara. Försök igen om en stund.',
  'bot.choose': 'Välj den du menar:',
  'bot.consentButton': 'Skicka min fråga till {role}',
  'bot.consentNote': 'Frågan skickas bara om du klickar, och sparas inte av lisa.',
  'bot.consentSent': 'Din fråga är skickad till {role}. Du får svar direkt av dem.',
  'bot.consentFailed': 'Frågan kunde inte skickas. Försök igen, eller kontakta dem direkt.',
  'bot.consentHeader':
    '{user} frågade lisa något som registren inte kunde svara på, och bad att frågan skickas hit:',
  'bot.securityUnit': 'säkerhetsenheten',
  'bot.homeTitle': 'lisa – {org}',
  'bot.homeIntro':
    'Fråga mig om informationssäkerhet i ett direktmeddelande, med /lisa eller genom att nämna @lisa i en kanal. Jag svarar ur registren och visar källan.',
  'bot.homeDue': 'På gång de närmaste {days} dagarna',
  'bot.homeNothing': 'Inget förfaller de närmaste {days} dagarna.',
  'bot.homeUpdated': 'Registren lästes in {time}.',
  'bot.dueItem': '{date} – {what}: {name}',
  'bot.env.missing': 'Miljövariabeln {name} saknas. {where}',
  'bot.env.bad': 'Miljövariabeln {name} har ett ogiltigt värde. {where}',
  'bot.dueKind':
    '{kind, select, kpiReview {Nyckeltal} cycle {Årshjulet} actionDue {Åtgärd} documentReview {Revidering} classificationReview {Klassning} auditAnswer {Svar på granskning} other {{kind}}}',
  'bot.env.where':
    '{name, select, SLACK_BOT_TOKEN {Du hittar den i Slacks appinställningar (api.slack.com/apps → appen) under OAuth & Permissions → Bot User OAuth Token; den börjar med xoxb-.} SLACK_SIGNING_SECRET {Du hittar den i Slacks appinställningar (api.slack.com/apps → appen) under Basic Information → App Credentials → Signing Secret. Kan servern inte ta emot anrop från internet, sätt i stället SLACK_APP_TOKEN för Socket Mode.} SLACK_APP_TOKEN {Den skapas i Slacks appinställningar (api.slack.com/apps → appen) under Basic Information → App-Level Tokens, med behörigheten connections:write; den börjar med xapp-. Slå också på Socket Mode under Settings → Socket Mode.} PORT {Ange ett portnummer mellan 1 och 65535, t.ex. PORT=3000.} SLACK_API_URL {Ange en webbadress som börjar med https:// (eller http:// för en lokal server), t.ex. https://slack.com/api/.} other {}}',
} as const;
