import type { renderWords as sv } from '../sv/render-words.js';

// English, typed against the Swedish keys.
export const renderWords: Record<keyof typeof sv, string> = {
  'chart.description': 'Line chart for {from}–{to}. Target: {target} ({direction}). Values: {values}.',
  'chart.missingValue': 'value missing',
  'audit.norway.respondent': 'The chief municipal executive',
  'audit.norway.controlCommittee': 'The control committee',
  'templates.refused':
    'the template {name} in {dir} is not read: it is a link out of the templates folder or not a regular file. Put the file itself in the folder.',
};
