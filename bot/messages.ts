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
    sv: 'Något gick fel när jag skulle svara. Försök igen, eller fråga informationssäkerhetssamordnaren.',
    nb: 'Noe gikk galt da jeg skulle svare. Prøv igjen, eller spør informasjonssikkerhetskoordinatoren.',
    en: 'Something went wrong while answering. Try again, or ask the information security coordinator.',
  },
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
