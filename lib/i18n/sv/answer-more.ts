// The bot's answers, more of them (lib/answer/): texts added for issue 11. Swedish defines the keys; nb/ and en/
// are typed against them. ICU syntax.
export const answerMore = {
  'answer.guidance.onlyIn':
    'Vägledningen finns bara på {lang, select, sv {svenska} nb {norska} other {engelska}}:',
};
