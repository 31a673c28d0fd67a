// Whether a question asks about what happened or about what is to come, from its auxiliary and common verbs
// in the past or present/future tense: "hvem var med på gjennomgangen", "what was decided", "vad hände" ask the
// record of an event (an incident, an exercise, a meeting); "när ska registret ses över", "when is it due" ask
// the yearly cycle or the action plan. Only words whose tense is not in doubt: Swedish "var" is also "where",
// and an English "-ed" is as often an adjective ("registered card data").
import type { Locale } from '../locale.js';

export type Tense = 'past' | 'coming';

const PAST: Record<Locale, ReadonlySet<string>> = {
  sv: new Set([
    'blev',
    'hände',
    'hade',
    'gjorde',
    'gjordes',
    'deltog',
    'beslutades',
    'beslöts',
    'beslutade',
    'drabbades',
    'lärde',
    'fick',
    'kom',
    'gick',
  ]),
  nb: new Set([
    'var',
    'ble',
    'skjedde',
    'hadde',
    'gjorde',
    'deltok',
    'besluttet',
    'vedtok',
    'lærte',
    'fikk',
    'kom',
    'gikk',
    'rammet',
  ]),
  en: new Set([
    'was',
    'were',
    'did',
    'happened',
    'attended',
    'decided',
    'learned',
    'learnt',
    'went',
    'came',
    'took',
    'had',
    'got',
  ]),
};

/** Words that say what is to come, and the present ("is", "är", "er"), which in a question that asks when does too. */
const COMING: Record<Locale, ReadonlySet<string>> = {
  sv: new Set(['ska', 'skall', 'kommer', 'planeras', 'planerad', 'planerat']),
  nb: new Set(['skal', 'kommer', 'planlegges', 'planlagt']),
  en: new Set(['will', 'due', 'planned', 'scheduled', 'upcoming']),
};
const PRESENT: Record<Locale, ReadonlySet<string>> = {
  sv: new Set(['är', 'sker', 'infaller']),
  nb: new Set(['er', 'skjer']),
  en: new Set(['is', 'are', 'does', 'do']),
};

/**
 * The tense the question's verbs are in, when only one of the two occurs. What is to come only in a question
 * that asks when (`when`): "procapita ska ju stängas, stämmer det?" asks about the system, not a date.
 */
export function tenseOf(folded: readonly string[], locale: Locale, when: boolean): Tense | undefined {
  const past = folded.some((w) => PAST[locale].has(w));
  const coming = when && folded.some((w) => COMING[locale].has(w) || PRESENT[locale].has(w));
  if (past === coming) return undefined;
  return past ? 'past' : 'coming';
}
