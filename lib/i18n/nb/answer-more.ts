import type { answerMore as sv } from '../sv/answer-more.js';

export const answerMore: Record<keyof typeof sv, string> = {
  'answer.guidance.onlyIn':
    'Veiledningen finnes bare på {lang, select, sv {svensk} nb {norsk} other {engelsk}}:',
};
