// The en catalogue: one object per area, joined. Add an area here and in the other two languages.
import { answerMore } from './answer-more.js';
import { answerRegisters } from './answer-registers.js';
import { common } from './common.js';
import { csv } from './csv.js';
import { diff } from './diff.js';
import { diffChanges } from './diff-changes.js';
import { documents } from './documents.js';
import { documentsKpi } from './documents-kpi.js';
import { documentsPage } from './documents-page.js';
import { documentsRegister } from './documents-register.js';
import { documentsSystems } from './documents-systems.js';
import { documentsYearly } from './documents-yearly.js';
import { exportTables } from './export-tables.js';
import { findings } from './findings.js';
import { formats } from './formats.js';
import { incidentDocuments } from './incident-documents.js';
import { labels } from './labels.js';
import { markdown } from './markdown.js';
import { migrate } from './migrate.js';
import { models } from './models.js';
import { nordic } from './nordic.js';
import { planExport } from './plan-export.js';
import { renderWords } from './render-words.js';
import { riskDocuments } from './risk-documents.js';
import { trainingReminders } from './training-reminders.js';

export const catalogue = {
  ...common,
  ...diff,
  ...answerRegisters,
  ...answerMore,
  ...documents,
  ...documentsPage,
  ...documentsKpi,
  ...documentsSystems,
  ...documentsRegister,
  ...documentsYearly,
  ...incidentDocuments,
  ...trainingReminders,
  ...findings,
  ...riskDocuments,
  ...migrate,
  ...nordic,
  ...planExport,
  ...labels,
  ...diffChanges,
  ...markdown,
  ...formats,
  ...csv,
  ...exportTables,
  ...models,
  ...renderWords,
};
