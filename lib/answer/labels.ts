// Labels for register values in answers (statuses, legal bases, units), in sv, nb and en.
import type { Localized } from '../locale.js';

export const DPIA_STATUS: Record<string, Localized> = {
  'not-needed': { sv: 'behövs inte', nb: 'ikke nødvendig', en: 'not needed' },
  planned: { sv: 'planerad', nb: 'planlagt', en: 'planned' },
  'in-progress': { sv: 'pågår', nb: 'pågår', en: 'in progress' },
  done: { sv: 'genomförd', nb: 'gjennomført', en: 'done' },
};

export const LEGAL_BASIS: Record<string, Localized> = {
  consent: { sv: 'samtycke (art. 6.1 a)', nb: 'samtykke (art. 6 nr. 1 a)', en: 'consent (Art. 6(1)(a))' },
  contract: { sv: 'avtal (art. 6.1 b)', nb: 'avtale (art. 6 nr. 1 b)', en: 'contract (Art. 6(1)(b))' },
  'legal-obligation': {
    sv: 'rättslig förpliktelse (art. 6.1 c)',
    nb: 'rettslig forpliktelse (art. 6 nr. 1 c)',
    en: 'legal obligation (Art. 6(1)(c))',
  },
  'vital-interests': {
    sv: 'grundläggande intressen (art. 6.1 d)',
    nb: 'vitale interesser (art. 6 nr. 1 d)',
    en: 'vital interests (Art. 6(1)(d))',
  },
  'public-interest': {
    sv: 'uppgift av allmänt intresse (art. 6.1 e)',
    nb: 'oppgave i allmennhetens interesse (art. 6 nr. 1 e)',
    en: 'public interest (Art. 6(1)(e))',
  },
  'official-authority': {
    sv: 'myndighetsutövning (art. 6.1 e)',
    nb: 'offentlig myndighetsutøvelse (art. 6 nr. 1 e)',
    en: 'official authority (Art. 6(1)(e))',
  },
  'legitimate-interests': {
    sv: 'berättigat intresse (art. 6.1 f)',
    nb: 'berettiget interesse (art. 6 nr. 1 f)',
    en: 'legitimate interests (Art. 6(1)(f))',
  },
};

export const DOCUMENT_STATUS: Record<string, Localized> = {
  draft: { sv: 'utkast', nb: 'utkast', en: 'draft' },
  decided: { sv: 'beslutad', nb: 'vedtatt', en: 'decided' },
  repealed: { sv: 'upphävd', nb: 'opphevet', en: 'repealed' },
};

export const AUDIT_STATUS: Record<string, Localized> = {
  received: { sv: 'mottagen, inte besvarad', nb: 'mottatt, ikke besvart', en: 'received, not answered' },
  'in-progress': { sv: 'svaret är under arbete', nb: 'svaret er under arbeid', en: 'answer in progress' },
  answered: { sv: 'besvarad', nb: 'besvart', en: 'answered' },
  closed: { sv: 'avslutad', nb: 'avsluttet', en: 'closed' },
};

export const ACTION_STATUS: Record<string, Localized> = {
  planned: { sv: 'planerad', nb: 'planlagt', en: 'planned' },
  'in-progress': { sv: 'pågår', nb: 'pågår', en: 'in progress' },
  done: { sv: 'klar', nb: 'ferdig', en: 'done' },
  cancelled: { sv: 'struken', nb: 'avlyst', en: 'cancelled' },
};

export const UNIT: Record<string, Localized> = {
  percent: { sv: '{v} %', nb: '{v} %', en: '{v}%' },
  count: { sv: '{v}', nb: '{v}', en: '{v}' },
  days: { sv: '{v} dagar', nb: '{v} dager', en: '{v} days' },
  hours: { sv: '{v} timmar', nb: '{v} timer', en: '{v} hours' },
  score: { sv: '{v} poäng', nb: '{v} poeng', en: '{v} points' },
};
