// Reminders about training and exercises of the yearly cycle that fell due without a record.
export const trainingReminders = {
  'trainingDue.header': '{kind, select, exercise {Övning} other {Utbildning}} ej registrerad: {activity}',
  'trainingDue.intro':
    '*{activity}* skulle ha genomförts senast {date}, men ingen {kind, select, exercise {övning} other {utbildning}} i training/ är registrerad för den sedan {since}. Ansvarig: {owner}.',
  'trainingDue.last': 'Senast registrerad: {date}{share, select, none {} other {, {share} % deltog}}.',
  'trainingDue.never':
    'Ingen {kind, select, exercise {övning} other {utbildning}} är registrerad för aktiviteten.',
  'trainingDue.hint':
    'När den är genomförd: lägg en fil i training/ med `fulfils: {id}`, datum och deltagande (antal eller andel, aldrig namn). Har den inte blivit av: planera in den och ta upp det i årsrapporten.',
} as const;
