// What the answerer says, in sv, nb and en. Placeholders are filled with register data as plain text; whoever
// shows the answer (Slack, terminal) escapes it for its medium.
import type { Localized } from '../locale.js';

export const M = {
  // Declining and withholding.
  dontKnow: {
    sv: 'Det kan jag inte svara säkert på utifrån registren.',
    nb: 'Det kan jeg ikke svare sikkert på ut fra registrene.',
    en: "I can't answer that reliably from the registers.",
  },
  askCoordinator: { sv: 'Fråga {who}.', nb: 'Spør {who}.', en: 'Ask {who}.' },
  didYouMean: {
    sv: 'Menar du någon av dessa? {list}',
    nb: 'Mener du en av disse? {list}',
    en: 'Did you mean one of these? {list}',
  },
  ambiguousHidden: {
    sv: 'Flera poster passar frågan: {list} och en begränsad post. Skriv namnet på den du menar, eller fråga {who}.',
    nb: 'Flere oppføringer passer spørsmålet: {list} og en skjermet oppføring. Skriv navnet på den du mener, eller spør {who}.',
    en: 'Several entries fit the question: {list} and a restricted one. Write the name of the one you mean, or ask {who}.',
  },
  ambiguous: {
    sv: 'Flera poster passar frågan: {list}. Skriv namnet på den du menar.',
    nb: 'Flere oppføringer passer spørsmålet: {list}. Skriv navnet på den du mener.',
    en: 'Several entries fit the question: {list}. Write the name of the one you mean.',
  },
  restrictedExists: {
    sv: 'Det finns en begränsad post som rör det du frågar om. Detaljer lämnas bara i direktmeddelande till behöriga.',
    nb: 'Det finnes en skjermet oppføring som gjelder det du spør om. Detaljer gis bare i direktemelding til de som har tilgang.',
    en: 'There is a restricted entry about what you ask. Details are given only in a direct message to people with access.',
  },
  restrictedAlso: {
    sv: 'Det finns också begränsade poster om detta; detaljer lämnas bara i direktmeddelande till behöriga.',
    nb: 'Det finnes også skjermede oppføringer om dette; detaljer gis bare i direktemelding til de som har tilgang.',
    en: 'There are restricted entries about this as well; details are given only in a direct message to people with access.',
  },
  restrictedNotice: {
    sv: 'Begränsad uppgift – sprid den inte vidare.',
    nb: 'Skjermet opplysning – ikke del den videre.',
    en: 'Restricted information – do not pass it on.',
  },
  // Only when lisa.yaml names no role for questions: no title the organisation may not have.
  theCoordinator: {
    sv: 'den som ansvarar för informationssäkerheten hos er',
    nb: 'den som har ansvaret for informasjonssikkerheten hos dere',
    en: 'whoever is responsible for information security in your organisation',
  },
  andMore: { sv: 'och {n} till', nb: 'og {n} til', en: 'and {n} more' },
  notSet: { sv: 'inte angiven', nb: 'ikke angitt', en: 'not set' },

  oneWord: {
    sv: 'Ett ord räcker inte för att veta vad du vill veta. Skriv en hel fråga, t.ex. "Vem äger …?", "Hur är … klassad?" eller "Får jag …?"',
    nb: 'Ett ord er ikke nok til å vite hva du lurer på. Skriv et helt spørsmål, f.eks. «Hvem eier …?», «Hvordan er … klassifisert?» eller «Kan jeg …?»',
    en: 'One word is not enough to tell what you want to know. Write a whole question, e.g. "Who owns …?", "How is … classified?" or "May I …?"',
  },
  help: {
    sv: 'Fråga mig om registren, till exempel: "Vem äger Procapita?", "Vilka system har uppgifter om elever?", "Hur är elevakterna klassade?", "Vilket styrdokument gäller för lösenord?", "Vad händer i årshjulet denna månad?" eller "Hur rapporterar jag en incident?"',
    nb: 'Spør meg om registrene, for eksempel: «Hvem eier Procapita?», «Hvilke systemer har opplysninger om elever?», «Hvordan er elevmappene klassifisert?», «Hvilket styringsdokument gjelder for passord?», «Hva skjer i årshjulet denne måneden?» eller «Hvordan melder jeg et avvik?»',
    en: 'Ask me about the registers, for example: "Who owns Procapita?", "Which systems hold data about pupils?", "How is the pupil record classified?", "Which policy covers passwords?", "What is in the yearly cycle this month?" or "How do I report an incident?"',
  },

  // Owner.
  systemOwner: {
    sv: 'Systemägare för {name} är {owner}.',
    nb: 'Systemeier for {name} er {owner}.',
    en: 'The system owner of {name} is {owner}.',
  },
  systemAdministrator: {
    sv: 'Systemförvaltare: {who}.',
    nb: 'Systemforvalter: {who}.',
    en: 'System administrator: {who}.',
  },
  systemAdministratorOf: {
    sv: 'Systemförvaltare för {name} är {who}.',
    nb: 'Systemforvalter for {name} er {who}.',
    en: 'The system administrator of {name} is {who}.',
  },
  noAdministrator: {
    sv: 'Ingen systemförvaltare är angiven.',
    nb: 'Ingen systemforvalter er angitt.',
    en: 'No system administrator is given.',
  },
  board: { sv: 'Nämnd: {board}.', nb: 'Utvalg: {board}.', en: 'Board: {board}.' },
  assetOwner: {
    sv: 'Informationsägare för {name} är {owner}.',
    nb: 'Informasjonseier for {name} er {owner}.',
    en: 'The information owner of {name} is {owner}.',
  },
  documentOwner: {
    sv: 'Dokumentägare för {name} är {owner}.',
    nb: 'Dokumenteier for {name} er {owner}.',
    en: 'The owner of {name} is {owner}.',
  },
  kpiOwner: {
    sv: '{name} rapporteras av {owner}.',
    nb: '{name} rapporteres av {owner}.',
    en: '{name} is reported by {owner}.',
  },
  cycleOwner: {
    sv: 'Ansvarig för {name} är {owner}.',
    nb: 'Ansvarlig for {name} er {owner}.',
    en: '{owner} is responsible for {name}.',
  },
  processingController: {
    sv: 'Personuppgiftsansvarig för {name} är {board}.',
    nb: 'Behandlingsansvarlig for {name} er {board}.',
    en: 'The controller of {name} is {board}.',
  },
  faqOwner: {
    sv: 'Ansvarig för vägledningen: {owner}.',
    nb: 'Ansvarlig for veiledningen: {owner}.',
    en: 'Responsible for this guidance: {owner}.',
  },
  nextOwner: {
    sv: 'Nästa steg: kontakta {owner} för behörigheter och frågor om systemet.',
    nb: 'Neste steg: kontakt {owner} for tilganger og spørsmål om systemet.',
    en: 'Next step: contact {owner} about access and questions on the system.',
  },
  nextAsk: {
    sv: 'Nästa steg: kontakta {owner}.',
    nb: 'Neste steg: kontakt {owner}.',
    en: 'Next step: contact {owner}.',
  },

  // Classification.
  classifiedAs: {
    sv: '{name} klassades {date} ({method}):',
    nb: '{name} ble klassifisert {date} ({method}):',
    en: '{name} was classified on {date} ({method}):',
  },
  levelLine: {
    sv: '{aspect}: {level} – {label}',
    nb: '{aspect}: {level} – {label}',
    en: '{aspect}: {level} – {label}',
  },
  nextReview: { sv: 'Nästa översyn: {date}.', nb: 'Neste gjennomgang: {date}.', en: 'Next review: {date}.' },
  reviewOverdue: {
    sv: 'Översynen är försenad (skulle ha gjorts {date}).',
    nb: 'Gjennomgangen er forsinket (skulle vært gjort {date}).',
    en: 'The review is overdue (due {date}).',
  },
  notClassified: {
    sv: '{name} är inte klassad ännu.',
    nb: '{name} er ikke klassifisert ennå.',
    en: '{name} has not been classified yet.',
  },
  nextClassify: {
    sv: 'Nästa steg: informationsägaren ({owner}) klassar informationen tillsammans med {coordinator}. Hantera den försiktigt tills dess.',
    nb: 'Neste steg: informasjonseieren ({owner}) klassifiserer informasjonen sammen med {coordinator}. Håndter den varsomt inntil da.',
    en: 'Next step: the information owner ({owner}) classifies it together with {coordinator}. Handle it with care until then.',
  },
  systemRequired: {
    sv: '{name} ska skyddas minst så här, efter den högst klassade informationen i systemet:',
    nb: '{name} skal beskyttes minst slik, etter den høyest klassifiserte informasjonen i systemet:',
    en: '{name} must be protected at least like this, after the most sensitive information it holds:',
  },
  systemProtection: {
    sv: '{name} har bedömd skyddsnivå:',
    nb: '{name} har vurdert beskyttelsesnivå:',
    en: '{name} has the assessed protection level:',
  },
  systemProtectionShort: {
    sv: 'Systemets bedömda skyddsnivå: {levels}.',
    nb: 'Systemets vurderte beskyttelsesnivå: {levels}.',
    en: "The system's assessed protection: {levels}.",
  },
  protectionGap: {
    sv: 'Skyddet räcker inte för {aspect}: systemet har {has}, informationen kräver {needs}.',
    nb: 'Beskyttelsen holder ikke for {aspect}: systemet har {has}, informasjonen krever {needs}.',
    en: 'Protection falls short on {aspect}: the system has {has}, the information needs {needs}.',
  },
  highestFrom: {
    sv: 'Högst klassad information: {list}.',
    nb: 'Høyest klassifisert informasjon: {list}.',
    en: 'Most sensitive information: {list}.',
  },
  nextHandling: {
    sv: 'Nästa steg: hantera informationen enligt nivån ovan. Är du osäker på vilka tjänster som är tillåtna, fråga {coordinator}.',
    nb: 'Neste steg: håndter informasjonen etter nivået over. Er du usikker på hvilke tjenester som er tillatt, spør {coordinator}.',
    en: 'Next step: handle the information at the level above. If unsure which services are allowed, ask {coordinator}.',
  },

  // Which systems hold.
  holdsSystems: {
    sv: 'System med uppgifter om {subject}: {list}.',
    nb: 'Systemer med opplysninger om {subject}: {list}.',
    en: 'Systems holding data about {subject}: {list}.',
  },
  holdsAssets: {
    sv: 'Informationstillgångar: {list}.',
    nb: 'Informasjonsressurser: {list}.',
    en: 'Information assets: {list}.',
  },
  holdsProcessing: {
    sv: 'Behandlingar: {list}.',
    nb: 'Behandlinger: {list}.',
    en: 'Processing activities: {list}.',
  },
  holdsNoSystem: {
    sv: 'Uppgifterna finns i registren, men inget system är angivet för dem.',
    nb: 'Opplysningene finnes i registrene, men ingen systemer er angitt for dem.',
    en: 'The registers have this data, but name no system for it.',
  },
  nextHolds: {
    sv: 'Nästa steg: frågor om ett visst system tar du med dess systemägare – fråga mig "vem äger …".',
    nb: 'Neste steg: spørsmål om et bestemt system tar du med systemeieren – spør meg «hvem eier …».',
    en: 'Next step: for one system, ask its owner – ask me "who owns …".',
  },

  // Processing.
  processingExists: {
    sv: '{name} finns i registerförteckningen ({board}).',
    nb: '{name} finnes i behandlingsprotokollen ({board}).',
    en: '{name} is in the record of processing activities ({board}).',
  },
  legalBasis: {
    sv: 'Rättslig grund: {list}.',
    nb: 'Behandlingsgrunnlag: {list}.',
    en: 'Legal basis: {list}.',
  },
  retention: {
    sv: 'Gallring: {period}{basis}.',
    nb: 'Sletting: {period}{basis}.',
    en: 'Retention: {period}{basis}.',
  },
  archived: {
    sv: 'Uppgifterna bevaras för arkivändamål.',
    nb: 'Opplysningene bevares for arkivformål.',
    en: 'The data is kept for archiving.',
  },
  dpia: {
    sv: 'Konsekvensbedömning (DPIA): {status}{date}.',
    nb: 'Personvernkonsekvensvurdering (DPIA): {status}{date}.',
    en: 'Data protection impact assessment (DPIA): {status}{date}.',
  },
  noDpia: {
    sv: 'Registerförteckningen anger ingen konsekvensbedömning (DPIA) för behandlingen.',
    nb: 'Behandlingsprotokollet oppgir ingen personvernkonsekvensvurdering (DPIA) for behandlingen.',
    en: 'The record of processing names no data protection impact assessment (DPIA) for it.',
  },
  processors: {
    sv: 'Personuppgiftsbiträden: {list}.',
    nb: 'Databehandlere: {list}.',
    en: 'Processors: {list}.',
  },
  noProcessors: {
    sv: 'Inga personuppgiftsbiträden angivna.',
    nb: 'Ingen databehandlere oppgitt.',
    en: 'No processors given.',
  },
  purposes: { sv: 'Ändamål: {list}.', nb: 'Formål: {list}.', en: 'Purposes: {list}.' },
  usesSystems: { sv: 'System: {list}.', nb: 'Systemer: {list}.', en: 'Systems: {list}.' },
  nextProcessing: {
    sv: 'Nästa steg: frågor om behandlingen tar du med {who}.',
    nb: 'Neste steg: spørsmål om behandlingen tar du med {who}.',
    en: 'Next step: take questions on the processing to {who}.',
  },

  // Documents.
  documentStatus: { sv: '{name}: {status}.', nb: '{name}: {status}.', en: '{name}: {status}.' },
  documentDecided: {
    sv: '{name} beslutades {date} av {board}.',
    nb: '{name} ble vedtatt {date} av {board}.',
    en: '{name} was decided on {date} by {board}.',
  },
  documentRepealed: { sv: '{name} är upphävd.', nb: '{name} er opphevet.', en: '{name} has been repealed.' },
  documentReview: {
    sv: 'Nästa revidering: {date}.',
    nb: 'Neste revisjon: {date}.',
    en: 'Next review: {date}.',
  },
  documentReviewOverdue: {
    sv: 'Revideringen är försenad (skulle ha gjorts {date}).',
    nb: 'Revisjonen er forsinket (skulle vært gjort {date}).',
    en: 'The review is overdue (was due {date}).',
  },
  documentNoReview: {
    sv: 'Inget datum för nästa revidering är satt.',
    nb: 'Ingen dato for neste revisjon er satt.',
    en: 'No date is set for the next review.',
  },
  nextDocument: {
    sv: 'Nästa steg: läs dokumentet; frågor tar du med {owner}.',
    nb: 'Neste steg: les dokumentet; spørsmål tar du med {owner}.',
    en: 'Next step: read the document; take questions to {owner}.',
  },

  // Audits.
  auditLine: {
    sv: '{name} ({firm}{date}): {status}.',
    nb: '{name} ({firm}{date}): {status}.',
    en: '{name} ({firm}{date}): {status}.',
  },
  auditAnswerDue: {
    sv: 'Svaret ska lämnas senast {date}.',
    nb: 'Svaret skal gis innen {date}.',
    en: 'The answer is due by {date}.',
  },
  recommendationLine: {
    sv: 'Rekommendation {id}: {text}',
    nb: 'Anbefaling {id}: {text}',
    en: 'Recommendation {id}: {text}',
  },
  recommendationSummary: {
    sv: '{id}: {done} av {actions}{next}',
    nb: '{id}: {done} av {actions}{next}',
    en: '{id}: {done} of {actions}{next}',
  },
  nextAction: {
    sv: '; nästa: {text}, {due}{late}',
    nb: '; neste: {text}, {due}{late}',
    en: '; next: {text}, {due}{late}',
  },
  actionLine: {
    sv: '{text} – {owner}, {due}: {status}{late}',
    nb: '{text} – {owner}, {due}: {status}{late}',
    en: '{text} – {owner}, {due}: {status}{late}',
  },
  late: { sv: ' (försenad)', nb: ' (forsinket)', en: ' (late)' },
  boardAnswer: {
    sv: 'Nämndens svar: {text}',
    nb: 'Utvalgets svar: {text}',
    en: "The board's answer: {text}",
  },
  noActions: {
    sv: 'Inga planerade åtgärder är registrerade.',
    nb: 'Ingen planlagte tiltak er registrert.',
    en: 'No planned actions are recorded.',
  },
  nextAudit: {
    sv: 'Nästa steg: frågor om åtgärderna tar du med {owner}.',
    nb: 'Neste steg: spørsmål om tiltakene tar du med {owner}.',
    en: 'Next step: take questions on the actions to {owner}.',
  },

  // KPIs.
  kpiLine: {
    sv: '{name}: {value} ({quarter}), mål {target} – {verdict}.',
    nb: '{name}: {value} ({quarter}), mål {target} – {verdict}.',
    en: '{name}: {value} ({quarter}), target {target} – {verdict}.',
  },
  kpiMet: { sv: 'målet nås', nb: 'målet er nådd', en: 'target met' },
  kpiNotMet: { sv: 'målet nås inte', nb: 'målet er ikke nådd', en: 'target not met' },
  kpiNoValue: {
    sv: '{name}: inget värde rapporterat ännu (mål {target}).',
    nb: '{name}: ingen verdi rapportert ennå (mål {target}).',
    en: '{name}: no value reported yet (target {target}).',
  },
  kpiPrevious: {
    sv: 'Föregående: {value} ({quarter}).',
    nb: 'Forrige: {value} ({quarter}).',
    en: 'Previous: {value} ({quarter}).',
  },
  kpiComment: { sv: 'Kommentar: {text}', nb: 'Kommentar: {text}', en: 'Comment: {text}' },
  kpiAll: {
    sv: 'Nyckeltalen, senaste värde mot mål:',
    nb: 'Nøkkeltallene, siste verdi mot mål:',
    en: 'The KPIs, latest value against target:',
  },
  nextKpi: {
    sv: 'Nästa steg: frågor om värdet tar du med {owner}.',
    nb: 'Neste steg: spørsmål om verdien tar du med {owner}.',
    en: 'Next step: take questions on the value to {owner}.',
  },

  // The yearly cycle.
  cycleIn: { sv: 'I årshjulet {when}:', nb: 'I årshjulet {when}:', en: 'In the yearly cycle {when}:' },
  cycleNothing: {
    sv: 'Inget i årshjulet {when}.',
    nb: 'Ingenting i årshjulet {when}.',
    en: 'Nothing in the yearly cycle {when}.',
  },
  cycleWhenMonth: { sv: 'i {month}', nb: 'i {month}', en: 'in {month}' },
  cycleWhenQuarter: {
    sv: 'kvartal {q} ({months})',
    nb: 'kvartal {q} ({months})',
    en: 'in quarter {q} ({months})',
  },
  cycleItem: { sv: '{name} – {owner}{day}', nb: '{name} – {owner}{day}', en: '{name} – {owner}{day}' },
  cycleDay: {
    sv: ', klart senast den {day} {month}',
    nb: ', ferdig innen {day}. {month}',
    en: ', done by {month} {day}',
  },
  cycleMonths: {
    sv: '{name} infaller i {months}; ansvarig är {owner}.',
    nb: '{name} er i {months}; ansvarlig er {owner}.',
    en: '{name} falls in {months}; {owner} is responsible.',
  },
  nextCycle: {
    sv: 'Nästa steg: den ansvariga rollen får en påminnelse i Slack före varje aktivitet.',
    nb: 'Neste steg: den ansvarlige rollen får en påminnelse i Slack før hver aktivitet.',
    en: 'Next step: the responsible role gets a Slack reminder before each activity.',
  },

  // Contacts.
  contactLine: { sv: '{role}: {people}.', nb: '{role}: {people}.', en: '{role}: {people}.' },
  contactNobody: { sv: 'ingen person är angiven', nb: 'ingen person er angitt', en: 'no person is given' },
  dpoFor: {
    sv: 'Dataskyddsombud för {board}: {people} ({role}).',
    nb: 'Personvernombud for {board}: {people} ({role}).',
    en: 'Data protection officer for {board}: {people} ({role}).',
  },
  nextContact: {
    sv: 'Nästa steg: kontakta dem direkt.',
    nb: 'Neste steg: kontakt dem direkte.',
    en: 'Next step: contact them directly.',
  },
} satisfies Record<string, Localized>;

export const MONTHS: Record<'sv' | 'nb' | 'en', string[]> = {
  sv: [
    'januari',
    'februari',
    'mars',
    'april',
    'maj',
    'juni',
    'juli',
    'augusti',
    'september',
    'oktober',
    'november',
    'december',
  ],
  nb: [
    'januar',
    'februar',
    'mars',
    'april',
    'mai',
    'juni',
    'juli',
    'august',
    'september',
    'oktober',
    'november',
    'desember',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
};

export const LIST_JOIN: Localized = { sv: ' och ', nb: ' og ', en: ' and ' };
