import type { nordic as sv } from '../sv/nordic.js';

export const nordic: Record<keyof typeof sv, string> = {
  'nordic.respondentAnswer': '{who}s svar: {text}',
};
