// The sv catalogue: one object per area, joined. Add an area here and in the other two languages.
import { common } from './common.js';
import { findings } from './findings.js';

export const catalogue = { ...common, ...findings };
