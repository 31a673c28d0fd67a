import type { FieldType } from './mapping.js';

// What a spreadsheet cell means for one field type: Swedish and Norwegian words as people type them in the
// authorities' templates ("Ja", "Nei", "Allmänt intresse", "art. 6 nr. 1 bokstav c"). Pure.

/** Names → ids of the things a cell may name: boards, roles, systems, assets. */
export interface Lookups {
  board(text: string): string | undefined;
  role(text: string): string | undefined;
  system(text: string): string | undefined;
  asset(text: string): string | undefined;
}

export type Converted =
  | { ok: true; value: unknown }
  /** The cell could not be read as this field: `problem` names the message, the cell is kept as a comment. */
  | { ok: false; problem: ConvertProblem; params?: Record<string, string> };

export type ConvertProblem =
  | 'notYesNo'
  | 'notInteger'
  | 'notLevel'
  | 'notDate'
  | 'unknownBoard'
  | 'unknownRole'
  | 'unknownSystem'
  | 'noLegalBasis'
  | 'unknownSpecialCategory'
  | 'transferNotRead'
  | 'unknownDpia'
  | 'unknownHosting'
  | 'notCountry'
  | 'notId';

/** Items of a list cell: one a line, or separated by semicolons or bullets (commas stay: "namn, adress"). */
export function splitItems(text: string): string[] {
  return text
    .split(/\r?\n|;|•/)
    .map((s) => s.replace(/^\s*[-–*]\s+/, '').trim())
    .filter(Boolean);
}

const YES = /^(ja|j|yes|y|x|sant|true|1|✓|✔)$/i;
const NO = /^(nej|nei|n|no|falskt|false|0|ingen|inga|ingen\s+\w+|inte aktuellt|ikke aktuelt|-|–)$/i;

export function yesNo(text: string): boolean | undefined {
  const t = text.trim();
  if (YES.test(t) || /^ja[,.:\s]/i.test(t)) return true;
  if (NO.test(t) || /^(nej|nei)[,.:\s]/i.test(t)) return false;
  return undefined;
}

// Art. 6.1 a–f in the words the templates use; the letter alone ("6.1 e", "6 nr. 1 bokstav e") only when no
// words name the basis, since e covers both public interest and official authority.
const BASE_WORDS: [RegExp, string][] = [
  [/samtyck|samtykk|consent/i, 'consent'],
  [/avtal|kontrakt|contract/i, 'contract'],
  [/rättslig förpliktelse|rettslig forpliktelse|legal obligation/i, 'legal-obligation'],
  [/grundläggande intresse|vitale interesser|vital interest/i, 'vital-interests'],
  [/myndighetsutövning|offentlig myndighet|official authority/i, 'official-authority'],
  [/allmänt intresse|allmenn interesse|allmennhetens interesse|public interest/i, 'public-interest'],
  [
    /berättigat intresse|berettiget interesse|intresseavvägning|interesseavveining|legitimate interest/i,
    'legitimate-interests',
  ],
];
const BASE_LETTERS: Record<string, string> = {
  a: 'consent',
  b: 'contract',
  c: 'legal-obligation',
  d: 'vital-interests',
  e: 'public-interest',
  f: 'legitimate-interests',
};
const LETTER = /6\s*\.\s*1\s*\.?\s*\(?([a-f])\b|6\s*\(1\)\s*\(?([a-f])\b|bokstav\s+([a-f])\b/gi;

export function legalBases(text: string): string[] {
  const out: string[] = [];
  for (const [re, basis] of BASE_WORDS) if (re.test(text) && !out.includes(basis)) out.push(basis);
  if (out.length) return out;
  for (const m of text.matchAll(LETTER)) {
    const basis = BASE_LETTERS[(m[1] ?? m[2] ?? m[3] ?? '').toLowerCase()];
    if (basis && !out.includes(basis)) out.push(basis);
  }
  return out;
}

const SPECIAL: [RegExp, string][] = [
  [/hälsa|helse|health|sjukdom|diagnos/i, 'health'],
  [/etnisk|ethnic|ras\b|rase\b/i, 'ethnic-origin'],
  [/politisk|political/i, 'political-opinions'],
  [/religi|filosofisk|livssyn|belief/i, 'religious-beliefs'],
  [/fackförening|fackligt|fagforening|trade union/i, 'trade-union'],
  [/genetisk|genetic/i, 'genetic'],
  [/biometri/i, 'biometric'],
  [/sexualliv|seksualliv|sex life/i, 'sex-life'],
  [/sexuell läggning|seksuell orientering|sexual orientation/i, 'sexual-orientation'],
];

// Order matters: "Ja, planerad" is planned, not done.
const DPIA: [RegExp, string][] = [
  [/pågår|pågående|påbörjad|in progress|under arbeid|påbegynt/i, 'in-progress'],
  [/planerad|planlagt|planned/i, 'planned'],
  [/^(nej|nei|no)\b|behövs inte|krävs inte|ikke nødvendig|not needed|ej aktuell|ikke aktuelt/i, 'not-needed'],
  [/^(ja|yes)\b|genomförd|gjennomført|utförd|utført|klar\b|done/i, 'done'],
];

const HOSTING: [RegExp, string][] = [
  [/egen drift|lokal|on.?prem|eget datasenter|egen server/i, 'on-premises'],
  [/tredje\s*land|usa|third/i, 'third-country-cloud'],
  [/svensk|sverige|swedish/i, 'swedish-cloud'],
  // Norway has a national cloud option of its own, as Sweden has (hosting is checked against the country).
  [/norsk|norge|norway|norwegian/i, 'norwegian-cloud'],
  [/eu|ees|eøs|europ/i, 'eu-cloud'],
];

function isoDate(text: string): string | undefined {
  const t = text.trim();
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(t) ?? undefined;
  const n = m ? undefined : /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(t);
  const [y, mo, d] = m ? [m[1], m[2], m[3]] : n ? [n[3], n[2]?.padStart(2, '0'), n[1]?.padStart(2, '0')] : [];
  if (!y || !mo || !d) return undefined;
  const iso = `${y}-${mo}-${d}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === iso ? iso : undefined;
}

function refs(items: string[], find: (t: string) => string | undefined, problem: ConvertProblem): Converted {
  const ids: string[] = [];
  for (const item of items) {
    const id = find(item);
    if (!id) return { ok: false, problem, params: { value: item } };
    if (!ids.includes(id)) ids.push(id);
  }
  return { ok: true, value: ids };
}

/** A cell's text as a value of the field type. Empty cells never reach here. */
export function convert(type: FieldType, text: string, lookups: Lookups): Converted {
  const t = text.trim();
  switch (type) {
    case 'text':
      return { ok: true, value: t };
    case 'list':
      return { ok: true, value: splitItems(t) };
    case 'id':
      return /^[a-z0-9][a-z0-9-]*$/.test(t) ? { ok: true, value: t } : { ok: false, problem: 'notId' };
    case 'integer': {
      const n = Number(t.replace(/[\s\u00a0]/g, '').replace(/^ca\.?|^cirka|^omkring/i, ''));
      return Number.isInteger(n) && n >= 0 ? { ok: true, value: n } : { ok: false, problem: 'notInteger' };
    }
    case 'level': {
      const m = /^(?:nivå|nivå\s*|niva|level|k|r|t|s)?\s*(\d)(?:\s*[-–:].*)?$/i.exec(t);
      return m ? { ok: true, value: Number(m[1]) } : { ok: false, problem: 'notLevel' };
    }
    case 'yes-no': {
      const v = yesNo(t);
      return v === undefined ? { ok: false, problem: 'notYesNo' } : { ok: true, value: v };
    }
    case 'date': {
      const d = isoDate(t);
      return d ? { ok: true, value: d } : { ok: false, problem: 'notDate' };
    }
    case 'board': {
      const id = lookups.board(t);
      return id ? { ok: true, value: id } : { ok: false, problem: 'unknownBoard', params: { value: t } };
    }
    case 'role': {
      const id = lookups.role(t);
      return id ? { ok: true, value: id } : { ok: false, problem: 'unknownRole', params: { value: t } };
    }
    case 'roles':
      return refs(splitItems(t.replace(/,/g, ';')), lookups.role, 'unknownRole');
    case 'systems':
      if (yesNo(t) === false) return { ok: true, value: [] };
      return refs(splitItems(t.replace(/,/g, ';')), lookups.system, 'unknownSystem');
    case 'asset':
      // The asset is looked up or created by the caller; here it is a name.
      return { ok: true, value: t };
    case 'legal-basis': {
      const bases = legalBases(t);
      return bases.length ? { ok: true, value: bases } : { ok: false, problem: 'noLegalBasis' };
    }
    case 'special-categories': {
      if (yesNo(t) === false) return { ok: true, value: [] };
      const found: string[] = [];
      for (const item of splitItems(t.replace(/,/g, ';'))) {
        const hit = SPECIAL.find(([re]) => re.test(item));
        if (!hit) return { ok: false, problem: 'unknownSpecialCategory', params: { value: item } };
        if (!found.includes(hit[1])) found.push(hit[1]);
      }
      return { ok: true, value: found };
    }
    case 'parties':
      if (yesNo(t) === false) return { ok: true, value: [] };
      return { ok: true, value: splitItems(t).map((name) => ({ name })) };
    case 'transfers':
      // "No" is the one answer a cell can give with certainty; a country and a safeguard are written by hand.
      return yesNo(t) === false ? { ok: true, value: [] } : { ok: false, problem: 'transferNotRead' };
    case 'dpia': {
      const hit = DPIA.find(([re]) => re.test(t));
      return hit ? { ok: true, value: { status: hit[1] } } : { ok: false, problem: 'unknownDpia' };
    }
    case 'hosting': {
      const hit = HOSTING.find(([re]) => re.test(t));
      return hit ? { ok: true, value: hit[1] } : { ok: false, problem: 'unknownHosting' };
    }
    case 'country':
      return /^[A-Za-z]{2}$/.test(t)
        ? { ok: true, value: t.toUpperCase() }
        : { ok: false, problem: 'notCountry' };
  }
}
