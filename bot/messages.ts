// What the bot itself says (the answers come from lib/answer), in sv, nb and en.
import type { Localized } from '../lib/locale.js';

export const B = {
  sources: { sv: 'Källa', nb: 'Kilde', en: 'Source' },
  readMore: { sv: 'Läs mer', nb: 'Les mer', en: 'Read more' },
  notReady: {
    sv: 'Registren laddas fortfarande. Försök igen om en stund.',
    nb: 'Registrene lastes fortsatt. Prøv igjen om litt.',
    en: 'The registers are still loading. Try again in a moment.',
  },
  failed: {
    sv: 'Något gick fel när jag skulle svara. Försök igen om en stund.',
    nb: 'Noe gikk galt da jeg skulle svare. Prøv igjen om litt.',
    en: 'Something went wrong while answering. Try again in a moment.',
  },
  choose: {
    sv: 'Välj den du menar:',
    nb: 'Velg den du mener:',
    en: 'Pick the one you mean:',
  },
  consentButton: {
    sv: 'Skicka min fråga till {role}',
    nb: 'Send spørsmålet mitt til {role}',
    en: 'Send my question to {role}',
  },
  consentNote: {
    sv: 'Frågan skickas bara om du klickar, och sparas inte av lisa.',
    nb: 'Spørsmålet sendes bare hvis du klikker, og lagres ikke av lisa.',
    en: 'The question is sent only if you click, and lisa does not keep it.',
  },
  consentSent: {
    sv: 'Din fråga är skickad till {role}. Du får svar direkt av dem.',
    nb: 'Spørsmålet ditt er sendt til {role}. Du får svar direkte fra dem.',
    en: 'Your question has been sent to {role}. They will answer you directly.',
  },
  consentFailed: {
    sv: 'Frågan kunde inte skickas. Försök igen, eller kontakta dem direkt.',
    nb: 'Spørsmålet kunne ikke sendes. Prøv igjen, eller kontakt dem direkte.',
    en: 'The question could not be sent. Try again, or contact them directly.',
  },
  consentHeader: {
    sv: '{user} frågade lisa något som registren inte kunde svara på, och bad att frågan skickas hit:',
    nb: '{user} spurte lisa om noe registrene ikke kunne svare på, og ba om at spørsmålet sendes hit:',
    en: '{user} asked lisa something the registers could not answer, and asked for the question to be sent here:',
  },
  securityUnit: { sv: 'säkerhetsenheten', nb: 'sikkerhetsenheten', en: 'the security unit' },
  homeTitle: { sv: 'lisa – {org}', nb: 'lisa – {org}', en: 'lisa – {org}' },
  homeIntro: {
    sv: 'Fråga mig om informationssäkerhet i ett direktmeddelande, med /lisa eller genom att nämna @lisa i en kanal. Jag svarar ur registren och visar källan.',
    nb: 'Spør meg om informasjonssikkerhet i en direktemelding, med /lisa eller ved å nevne @lisa i en kanal. Jeg svarer fra registrene og viser kilden.',
    en: 'Ask me about information security in a direct message, with /lisa, or by mentioning @lisa in a channel. I answer from the registers and show the source.',
  },
  homeDue: {
    sv: 'På gång de närmaste {days} dagarna',
    nb: 'På gang de neste {days} dagene',
    en: 'Due in the next {days} days',
  },
  homeNothing: {
    sv: 'Inget förfaller de närmaste {days} dagarna.',
    nb: 'Ingenting forfaller de neste {days} dagene.',
    en: 'Nothing falls due in the next {days} days.',
  },
  homeUpdated: {
    sv: 'Registren lästes in {time}.',
    nb: 'Registrene ble lest inn {time}.',
    en: 'Registers loaded {time}.',
  },
  dueItem: { sv: '{date} – {what}: {name}', nb: '{date} – {what}: {name}', en: '{date} – {what}: {name}' },
} satisfies Record<string, Localized>;

export const DUE_KIND: Record<string, Localized> = {
  'kpi-review': { sv: 'Nyckeltal', nb: 'Nøkkeltall', en: 'KPI' },
  cycle: { sv: 'Årshjulet', nb: 'Årshjulet', en: 'Yearly cycle' },
  'action-due': { sv: 'Åtgärd', nb: 'Tiltak', en: 'Action' },
  'document-review': { sv: 'Revidering', nb: 'Revisjon', en: 'Review' },
  'classification-review': { sv: 'Klassning', nb: 'Klassifisering', en: 'Classification' },
  'audit-answer': { sv: 'Svar på granskning', nb: 'Svar på revisjon', en: 'Audit answer' },
};
