// Texts for country-specific wording (Norway's audit process and the like).
export const nordic = {
  // In Norway the kommunedirektør answers an audit, not a committee: "Kommunedirektørens svar".
  'nordic.respondentAnswer': '{who}s svar: {text}',
};
