import type { trainingReminders as sv } from '../sv/training-reminders.js';

export const trainingReminders: Record<keyof typeof sv, string> = {
  'trainingDue.header': '{kind, select, exercise {Exercise} other {Training}} not recorded: {activity}',
  'trainingDue.intro':
    '*{activity}* was due by {date}, but no {kind, select, exercise {exercise} other {training}} in training/ is recorded for it since {since}. Responsible: {owner}.',
  'trainingDue.last': 'Last recorded: {date}{share, select, none {} other {, {share}% took part}}.',
  'trainingDue.never':
    'No {kind, select, exercise {exercise} other {training}} is recorded for the activity.',
  'trainingDue.hint':
    'Once held: add a file to training/ with `fulfils: {id}`, the date and participation (counts or share, never names). If it did not happen: plan it and raise it in the yearly report.',
};
