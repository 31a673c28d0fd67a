// The nb catalogue: one object per area, joined. Add an area here and in the other two languages.
import { answerRegisters } from './answer-registers.js';
import { common } from './common.js';

export const catalogue = { ...common, ...answerRegisters };
