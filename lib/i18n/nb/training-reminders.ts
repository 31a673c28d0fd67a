import type { trainingReminders as sv } from '../sv/training-reminders.js';

export const trainingReminders: Record<keyof typeof sv, string> = {
  'trainingDue.header': '{kind, select, exercise {Øvelse} other {Opplæring}} ikke registrert: {activity}',
  'trainingDue.intro':
    '*{activity}* skulle vært gjennomført senest {date}, men ingen {kind, select, exercise {øvelse} other {opplæring}} i training/ er registrert for den siden {since}. Ansvarlig: {owner}.',
  'trainingDue.last': 'Sist registrert: {date}{share, select, none {} other {, {share} % deltok}}.',
  'trainingDue.never':
    'Ingen {kind, select, exercise {øvelse} other {opplæring}} er registrert for aktiviteten.',
  'trainingDue.hint':
    'Når den er gjennomført: legg en fil i training/ med `fulfils: {id}`, dato og deltakelse (antall eller andel, aldri navn). Er den ikke blitt noe av: planlegg den og ta det opp i årsrapporten.',
};
