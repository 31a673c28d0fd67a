// The nb catalogue: one object per area, joined. Add an area here and in the other two languages.
import { common } from './common.js';
import { incidentDocuments } from './incident-documents.js';
import { trainingReminders } from './training-reminders.js';

export const catalogue = { ...common, ...incidentDocuments, ...trainingReminders };
