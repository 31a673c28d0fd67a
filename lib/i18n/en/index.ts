// The en catalogue: one object per area, joined. Add an area here and in the other two languages.
import { common } from './common.js';
import { migrate } from './migrate.js';
import { riskDocuments } from './risk-documents.js';

export const catalogue = { ...common, ...riskDocuments, ...migrate };
