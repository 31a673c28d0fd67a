import type { answerMore as sv } from '../sv/answer-more.js';

export const answerMore: Record<keyof typeof sv, string> = {
  'answer.guidance.onlyIn':
    'This guidance is written in {lang, select, sv {Swedish} nb {Norwegian} other {English}} only:',
};
