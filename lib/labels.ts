import type { Locale, Localized } from './locale.js';

// Words for the registers' enumerations and the documents' titles. Prose lives in the templates, where an
// adopter can change it; these are the values the templates are given.

type Labels<K extends string> = Record<K, Localized>;

export const HOSTING: Labels<
  'on-premises' | 'swedish-cloud' | 'norwegian-cloud' | 'eu-cloud' | 'third-country-cloud'
> = {
  'on-premises': { sv: 'Egen drift', nb: 'Egen drift', en: 'On premises' },
  'swedish-cloud': { sv: 'Moln i Sverige', nb: 'Sky i Sverige', en: 'Cloud in Sweden' },
  'norwegian-cloud': { sv: 'Moln i Norge', nb: 'Sky i Norge', en: 'Cloud in Norway' },
  'eu-cloud': { sv: 'Moln inom EU/EES', nb: 'Sky i EU/EØS', en: 'Cloud in the EU/EEA' },
  'third-country-cloud': { sv: 'Moln i tredjeland', nb: 'Sky i tredjeland', en: 'Third-country cloud' },
};

/**
 * Whether the hosting country adds anything to the hosting's label: "Sky i Norge" says Norway already, so the
 * documents do not print "Sky i Norge (Norge)"; "Sky i EU/EØS (Irland)" keeps it.
 */
export function hostingNamesCountry(hosting: string, country: string): boolean {
  const national: Record<string, string> = { 'swedish-cloud': 'SE', 'norwegian-cloud': 'NO' };
  return national[hosting] === country.toUpperCase();
}

export const SYSTEM_STATUS: Labels<'planned' | 'active' | 'decommissioning' | 'retired'> = {
  planned: { sv: 'Planerat', nb: 'Planlagt', en: 'Planned' },
  active: { sv: 'I drift', nb: 'I drift', en: 'In operation' },
  decommissioning: { sv: 'Avvecklas', nb: 'Avvikles', en: 'Being retired' },
  retired: { sv: 'Avvecklat', nb: 'Avviklet', en: 'Retired' },
};

export const LEGAL_BASIS: Labels<
  | 'consent'
  | 'contract'
  | 'legal-obligation'
  | 'vital-interests'
  | 'public-interest'
  | 'official-authority'
  | 'legitimate-interests'
> = {
  consent: { sv: 'Samtycke (art. 6.1 a)', nb: 'Samtykke (art. 6 nr. 1 a)', en: 'Consent (Art. 6(1)(a))' },
  contract: { sv: 'Avtal (art. 6.1 b)', nb: 'Avtale (art. 6 nr. 1 b)', en: 'Contract (Art. 6(1)(b))' },
  'legal-obligation': {
    sv: 'Rättslig förpliktelse (art. 6.1 c)',
    nb: 'Rettslig forpliktelse (art. 6 nr. 1 c)',
    en: 'Legal obligation (Art. 6(1)(c))',
  },
  'vital-interests': {
    sv: 'Grundläggande intresse (art. 6.1 d)',
    nb: 'Vitale interesser (art. 6 nr. 1 d)',
    en: 'Vital interests (Art. 6(1)(d))',
  },
  'public-interest': {
    sv: 'Allmänt intresse (art. 6.1 e)',
    nb: 'Allmennhetens interesse (art. 6 nr. 1 e)',
    en: 'Public interest (Art. 6(1)(e))',
  },
  'official-authority': {
    sv: 'Myndighetsutövning (art. 6.1 e)',
    nb: 'Offentlig myndighetsutøvelse (art. 6 nr. 1 e)',
    en: 'Official authority (Art. 6(1)(e))',
  },
  'legitimate-interests': {
    sv: 'Berättigat intresse (art. 6.1 f)',
    nb: 'Berettiget interesse (art. 6 nr. 1 f)',
    en: 'Legitimate interests (Art. 6(1)(f))',
  },
};

export const SPECIAL_CATEGORY: Labels<
  | 'health'
  | 'ethnic-origin'
  | 'political-opinions'
  | 'religious-beliefs'
  | 'trade-union'
  | 'genetic'
  | 'biometric'
  | 'sex-life'
  | 'sexual-orientation'
> = {
  health: { sv: 'Hälsa', nb: 'Helse', en: 'Health' },
  'ethnic-origin': { sv: 'Etniskt ursprung', nb: 'Etnisk opprinnelse', en: 'Ethnic origin' },
  'political-opinions': { sv: 'Politiska åsikter', nb: 'Politisk oppfatning', en: 'Political opinions' },
  'religious-beliefs': {
    sv: 'Religiös eller filosofisk övertygelse',
    nb: 'Religiøs eller filosofisk overbevisning',
    en: 'Religious or philosophical beliefs',
  },
  'trade-union': {
    sv: 'Medlemskap i fackförening',
    nb: 'Fagforeningsmedlemskap',
    en: 'Trade-union membership',
  },
  genetic: { sv: 'Genetiska uppgifter', nb: 'Genetiske opplysninger', en: 'Genetic data' },
  biometric: { sv: 'Biometriska uppgifter', nb: 'Biometriske opplysninger', en: 'Biometric data' },
  'sex-life': { sv: 'Sexualliv', nb: 'Seksuelle forhold', en: 'Sex life' },
  'sexual-orientation': { sv: 'Sexuell läggning', nb: 'Seksuell orientering', en: 'Sexual orientation' },
};

export const SAFEGUARD: Labels<
  'adequacy-decision' | 'standard-contractual-clauses' | 'binding-corporate-rules' | 'derogation' | 'none'
> = {
  'adequacy-decision': {
    sv: 'Beslut om adekvat skyddsnivå (art. 45)',
    nb: 'Beslutning om tilstrekkelig beskyttelsesnivå (art. 45)',
    en: 'Adequacy decision (Art. 45)',
  },
  'standard-contractual-clauses': {
    sv: 'Standardavtalsklausuler (art. 46)',
    nb: 'Standard personvernbestemmelser (art. 46)',
    en: 'Standard contractual clauses (Art. 46)',
  },
  'binding-corporate-rules': {
    sv: 'Bindande företagsbestämmelser (art. 47)',
    nb: 'Bindende virksomhetsregler (art. 47)',
    en: 'Binding corporate rules (Art. 47)',
  },
  derogation: { sv: 'Undantag (art. 49)', nb: 'Unntak (art. 49)', en: 'Derogation (Art. 49)' },
  none: { sv: 'Ingen skyddsåtgärd', nb: 'Ingen garantier', en: 'No safeguard' },
};

export const DPIA_STATUS: Labels<'not-needed' | 'planned' | 'in-progress' | 'done'> = {
  'not-needed': { sv: 'Behövs inte', nb: 'Ikke nødvendig', en: 'Not needed' },
  planned: { sv: 'Planerad', nb: 'Planlagt', en: 'Planned' },
  'in-progress': { sv: 'Pågår', nb: 'Pågår', en: 'In progress' },
  done: { sv: 'Genomförd', nb: 'Gjennomført', en: 'Done' },
};

export const DPIA_CRITERION: Labels<
  | 'evaluation-or-scoring'
  | 'automated-decisions'
  | 'systematic-monitoring'
  | 'sensitive-data'
  | 'large-scale'
  | 'combined-datasets'
  | 'vulnerable-data-subjects'
  | 'new-technology'
  | 'prevents-rights'
> = {
  'evaluation-or-scoring': {
    sv: 'Utvärdering eller poängsättning',
    nb: 'Evaluering eller poengsetting',
    en: 'Evaluation or scoring',
  },
  'automated-decisions': {
    sv: 'Automatiserat beslutsfattande',
    nb: 'Automatiserte avgjørelser',
    en: 'Automated decisions',
  },
  'systematic-monitoring': {
    sv: 'Systematisk övervakning',
    nb: 'Systematisk overvåking',
    en: 'Systematic monitoring',
  },
  'sensitive-data': { sv: 'Känsliga uppgifter', nb: 'Sensitive opplysninger', en: 'Sensitive data' },
  'large-scale': { sv: 'Behandling i stor omfattning', nb: 'Behandling i stor skala', en: 'Large scale' },
  'combined-datasets': {
    sv: 'Sammanförda datamängder',
    nb: 'Sammenstilte datasett',
    en: 'Combined data sets',
  },
  'vulnerable-data-subjects': {
    sv: 'Sårbara registrerade',
    nb: 'Sårbare registrerte',
    en: 'Vulnerable data subjects',
  },
  'new-technology': { sv: 'Ny teknik', nb: 'Ny teknologi', en: 'New technology' },
  'prevents-rights': {
    sv: 'Hindrar en rättighet eller tjänst',
    nb: 'Hindrer en rettighet eller tjeneste',
    en: 'Prevents a right or service',
  },
};

/** Why a processing activity needs a DPIA, in the words the board reads. */
export const DPIA_REASON: Labels<'special' | 'criminal' | 'protected' | 'criteria'> = {
  special: {
    sv: 'Känsliga personuppgifter (art. 9)',
    nb: 'Særlige kategorier (art. 9)',
    en: 'Special categories (Art. 9)',
  },
  criminal: {
    sv: 'Uppgifter om lagöverträdelser (art. 10)',
    nb: 'Straffbare forhold (art. 10)',
    en: 'Criminal-offence data (Art. 10)',
  },
  protected: {
    sv: 'Skyddade personuppgifter',
    nb: 'Beskyttede personopplysninger',
    en: 'Protected identities',
  },
  criteria: { sv: '{n} av EDPB:s kriterier', nb: '{n} av EDPBs kriterier', en: '{n} EDPB criteria' },
};

export const DOCUMENT_TYPE: Labels<'policy' | 'guideline' | 'routine' | 'instruction' | 'plan'> = {
  policy: { sv: 'Policy', nb: 'Policy', en: 'Policy' },
  guideline: { sv: 'Riktlinje', nb: 'Retningslinje', en: 'Guideline' },
  routine: { sv: 'Rutin', nb: 'Rutine', en: 'Routine' },
  instruction: { sv: 'Instruktion', nb: 'Instruks', en: 'Instruction' },
  plan: { sv: 'Plan', nb: 'Plan', en: 'Plan' },
};

export const DOCUMENT_STATUS: Labels<'draft' | 'decided' | 'repealed'> = {
  draft: { sv: 'Utkast', nb: 'Utkast', en: 'Draft' },
  decided: { sv: 'Beslutad', nb: 'Vedtatt', en: 'Decided' },
  repealed: { sv: 'Upphävd', nb: 'Opphevet', en: 'Repealed' },
};

export const AUDIT_STATUS: Labels<'received' | 'in-progress' | 'answered' | 'closed'> = {
  received: { sv: 'Mottagen', nb: 'Mottatt', en: 'Received' },
  'in-progress': { sv: 'Svar under arbete', nb: 'Svar under arbeid', en: 'Answer in progress' },
  answered: { sv: 'Besvarad', nb: 'Besvart', en: 'Answered' },
  closed: { sv: 'Avslutad', nb: 'Avsluttet', en: 'Closed' },
};

export const ACTION_STATUS: Labels<'planned' | 'in-progress' | 'done' | 'cancelled'> = {
  planned: { sv: 'Planerad', nb: 'Planlagt', en: 'Planned' },
  'in-progress': { sv: 'Pågår', nb: 'Pågår', en: 'In progress' },
  done: { sv: 'Klar', nb: 'Fullført', en: 'Done' },
  cancelled: { sv: 'Avbruten', nb: 'Avbrutt', en: 'Cancelled' },
};

export const KPI_UNIT: Labels<'percent' | 'count' | 'days' | 'hours' | 'score'> = {
  percent: { sv: 'procent', nb: 'prosent', en: 'per cent' },
  count: { sv: 'antal', nb: 'antall', en: 'count' },
  days: { sv: 'dagar', nb: 'dager', en: 'days' },
  hours: { sv: 'timmar', nb: 'timer', en: 'hours' },
  score: { sv: 'poäng', nb: 'poeng', en: 'points' },
};

export const KPI_DIRECTION: Labels<'higher-is-better' | 'lower-is-better'> = {
  'higher-is-better': { sv: 'Högre är bättre', nb: 'Høyere er bedre', en: 'Higher is better' },
  'lower-is-better': { sv: 'Lägre är bättre', nb: 'Lavere er bedre', en: 'Lower is better' },
};

export const PROCESSING_ROLE: Labels<'controller' | 'processor'> = {
  controller: { sv: 'Personuppgiftsansvarig', nb: 'Behandlingsansvarlig', en: 'Controller' },
  processor: { sv: 'Personuppgiftsbiträde', nb: 'Databehandler', en: 'Processor' },
};

export const YES_NO: Labels<'yes' | 'no'> = {
  yes: { sv: 'Ja', nb: 'Ja', en: 'Yes' },
  no: { sv: 'Nej', nb: 'Nei', en: 'No' },
};

/** The marking a restricted entry gets in a public document, in place of its details. */
export const RESTRICTED: Localized = {
  sv: 'Begränsad uppgift',
  nb: 'Skjermet opplysning',
  en: 'Restricted entry',
};

export const TITLES = {
  auditAnswer: {
    sv: 'Svar på revisionsrapport – {title}',
    nb: 'Svar på revisjonsrapport – {title}',
    en: 'Response to the audit report – {title}',
  },
  yearlyReport: {
    sv: 'Uppföljning av informationssäkerhetsarbetet {year}',
    nb: 'Oppfølging av informasjonssikkerhetsarbeidet {year}',
    en: 'Follow-up of the information security work {year}',
  },
  kpiReview: {
    sv: 'Nyckeltal för informationssäkerhet – {quarter}',
    nb: 'Nøkkeltall for informasjonssikkerhet – {quarter}',
    en: 'Information security indicators – {quarter}',
  },
  processingRegister: {
    sv: 'Registerförteckning – {board}',
    nb: 'Behandlingsprotokoll – {board}',
    en: 'Record of processing activities – {board}',
  },
  systemsOverview: {
    sv: 'System och informationsklassning',
    nb: 'Systemer og informasjonsklassifisering',
    en: 'Systems and information classification',
  },
} satisfies Record<string, Localized>;

export function label<K extends string>(labels: Labels<K>, key: K | undefined, locale: Locale): string {
  if (key === undefined) return '';
  return labels[key]?.[locale] ?? key;
}

/** A quarter key `2025-Q3` as people write it: sv "kv. 3 2025", nb "3. kv. 2025", en "Q3 2025". */
export function quarterLabel(quarter: string, locale: Locale): string {
  const m = /^(\d{4})-Q([1-4])$/.exec(quarter);
  if (!m) return quarter;
  if (locale === 'sv') return `kv. ${m[2]} ${m[1]}`;
  if (locale === 'nb') return `${m[2]}. kv. ${m[1]}`;
  return `Q${m[2]} ${m[1]}`;
}
