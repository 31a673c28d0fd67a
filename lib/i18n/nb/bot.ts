import type { bot as sv } from '../sv/bot.js';

export const bot: Record<keyof typeof sv, string> = {
  'bot.readMore': 'Les mer',
  'bot.notReady': 'Registrene lastes fortsatt. Prøv igjen om litt.',
  'bot.failed': 'Noe gikk galt da jeg skulle svare. Prøv igjen om litt.',
  'bot.choose': 'Velg den du mener:',
  'bot.consentButton': 'Send spørsmålet mitt til {role}',
  'bot.consentNote': 'Spørsmålet sendes bare hvis du klikker, og lagres ikke av lisa.',
  'bot.consentSent': 'Spørsmålet ditt er sendt til {role}. Du får svar direkte fra dem.',
  'bot.consentFailed': 'Spørsmålet kunne ikke sendes. Prøv igjen, eller kontakt dem direkte.',
  'bot.consentHeader':
    '{user} spurte lisa om noe registrene ikke kunne svare på, og ba om at spørsmålet sendes hit:',
  'bot.securityUnit': 'sikkerhetsenheten',
  'bot.homeTitle': 'lisa – {org}',
  'bot.homeIntro':
    'Spør meg om informasjonssikkerhet i en direktemelding, med /lisa eller ved å nevne @lisa i en kanal. Jeg svarer fra registrene og viser kilden.',
  'bot.homeDue': 'På gang de neste {days} dagene',
  'bot.homeNothing': 'Ingenting forfaller de neste {days} dagene.',
  'bot.homeUpdated': 'Registrene ble lest inn {time}.',
  'bot.dueItem': '{date} – {what}: {name}',
  'bot.env.missing': 'Miljøvariabelen {name} mangler. {where}',
  'bot.env.bad': 'Miljøvariabelen {name} har en ugyldig verdi. {where}',
  'bot.dueKind':
    '{kind, select, kpiReview {Nøkkeltall} cycle {Årshjulet} actionDue {Tiltak} documentReview {Revisjon} classificationReview {Klassifisering} auditAnswer {Svar på revisjon} other {{kind}}}',
  'bot.env.where':
    '{name, select, SLACK_BOT_TOKEN {Du finner den i Slacks appinnstillinger (api.slack.com/apps → appen) under OAuth & Permissions → Bot User OAuth Token; den begynner med xoxb-.} SLACK_SIGNING_SECRET {Du finner den i Slacks appinnstillinger (api.slack.com/apps → appen) under Basic Information → App Credentials → Signing Secret. Kan ikke serveren ta imot kall fra internett, sett i stedet SLACK_APP_TOKEN for Socket Mode.} SLACK_APP_TOKEN {Den lages i Slacks appinnstillinger (api.slack.com/apps → appen) under Basic Information → App-Level Tokens, med tilgangen connections:write; den begynner med xapp-. Slå også på Socket Mode under Settings → Socket Mode.} PORT {Angi et portnummer mellom 1 og 65535, f.eks. PORT=3000.} SLACK_API_URL {Angi en nettadresse som begynner med https:// (eller http:// for en lokal server), f.eks. https://slack.com/api/.} other {}}',
};
