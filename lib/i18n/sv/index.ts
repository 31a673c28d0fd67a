// The sv catalogue: one object per area, joined. Add an area here and in the other two languages.
import { common } from './common.js';
import { nordic } from './nordic.js';
import { planExport } from './plan-export.js';

export const catalogue = { ...common, ...nordic, ...planExport };
