// The diff's words, in sv, nb and en.
import type { Localized } from '../locale.js';

type Msg = Localized;

export const M = {
  added: { sv: 'ny', nb: 'ny', en: 'new' },
  renamed: {
    sv: 'nytt namn: "{from}" → "{to}"',
    nb: 'nytt navn: «{from}» → «{to}»',
    en: 'renamed: "{from}" → "{to}"',
  },
  fieldChanged: { sv: '{field}: {from} → {to}', nb: '{field}: {from} → {to}', en: '{field}: {from} → {to}' },
  fieldSet: {
    sv: '{field}: {to} (ny uppgift)',
    nb: '{field}: {to} (ny opplysning)',
    en: '{field}: {to} (new)',
  },
  fieldRemoved: {
    sv: '{field} borttagen (var {from})',
    nb: '{field} fjernet (var {from})',
    en: '{field} removed (was {from})',
  },
  fieldEdited: { sv: '{field} ändrad', nb: '{field} endret', en: '{field} changed' },
  fieldAddedBlock: { sv: '{field} tillagd', nb: '{field} lagt til', en: '{field} added' },
  fieldRemovedBlock: { sv: '{field} borttagen', nb: '{field} fjernet', en: '{field} removed' },
  listAdded: {
    sv: '{field}: tillagt {items}',
    nb: '{field}: lagt til {items}',
    en: '{field}: added {items}',
  },
  listRemoved: {
    sv: '{field}: borttaget {items}',
    nb: '{field}: fjernet {items}',
    en: '{field}: removed {items}',
  },
  suppressAdded: {
    sv: 'varningen {rule} tystad: {reason}',
    nb: 'advarselen {rule} dempet: {reason}',
    en: 'warning {rule} silenced: {reason}',
  },
  suppressRemoved: {
    sv: 'varningen {rule} tystas inte längre',
    nb: 'advarselen {rule} dempes ikke lenger',
    en: 'warning {rule} no longer silenced',
  },
  restricted: {
    sv: 'begränsad post – detaljerna visas inte här (ändrat: {fields})',
    nb: 'skjermet post – detaljene vises ikke her (endret: {fields})',
    en: 'restricted entry – details not shown here (changed: {fields})',
  },
  restrictedNew: {
    sv: 'begränsad post – detaljerna visas inte här',
    nb: 'skjermet post – detaljene vises ikke her',
    en: 'restricted entry – details not shown here',
  },
  // system
  protection: {
    sv: 'skyddsnivå för {aspect}: {from} → {to}',
    nb: 'beskyttelsesnivå for {aspect}: {from} → {to}',
    en: '{aspect} protection: {from} → {to}',
  },
  protectionNew: { sv: 'skyddsnivå {levels}', nb: 'beskyttelsesnivå {levels}', en: 'protection {levels}' },
  systemStatus: { sv: 'status: {from} → {to}', nb: 'status: {from} → {to}', en: 'status: {from} → {to}' },
  hosting: { sv: 'drift: {from} → {to}', nb: 'drift: {from} → {to}', en: 'hosting: {from} → {to}' },
  // asset
  assetSystemAdded: {
    sv: 'hanteras nu även i {system}',
    nb: 'behandles nå også i {system}',
    en: 'now also handled in {system}',
  },
  assetSystemRemoved: {
    sv: 'hanteras inte längre i {system}',
    nb: 'behandles ikke lenger i {system}',
    en: 'no longer handled in {system}',
  },
  assetSensitive: {
    sv: 'innehåller nu känsliga personuppgifter',
    nb: 'inneholder nå sensitive personopplysninger',
    en: 'now holds sensitive personal data',
  },
  assetProtectedIdentities: {
    sv: 'berör nu skyddade personuppgifter',
    nb: 'gjelder nå beskyttede personopplysninger',
    en: 'now involves protected identities',
  },
  // classification
  level: { sv: '{aspect} {from} → {to}', nb: '{aspect} {from} → {to}', en: '{aspect} {from} → {to}' },
  classificationNew: {
    sv: 'ny klassning {date}',
    nb: 'ny klassifisering {date}',
    en: 'new classification {date}',
  },
  classificationRemoved: {
    sv: 'klassningen {date} borttagen',
    nb: 'klassifiseringen {date} fjernet',
    en: 'classification of {date} removed',
  },
  nowBelow: {
    sv: '{system} skyddas nu under kravet ({aspect}: har {have}, kräver {need})',
    nb: '{system} er nå beskyttet under kravet ({aspect}: har {have}, krever {need})',
    en: '{system} is now protected below the requirement ({aspect}: has {have}, needs {need})',
  },
  // A restricted system: that its protection falls short is told, by name only; aspect and levels are details.
  nowBelowRestricted: {
    sv: '{system} skyddas nu under kravet (begränsad post – detaljerna visas inte här)',
    nb: '{system} er nå beskyttet under kravet (begrenset oppføring – detaljene vises ikke her)',
    en: '{system} is now protected below the requirement (restricted entry – details not shown here)',
  },
  nowMetRestricted: {
    sv: '{system} uppfyller nu kravet',
    nb: '{system} oppfyller nå kravet',
    en: '{system} now meets the requirement',
  },
  nowMet: {
    sv: '{system} uppfyller nu kravet för {aspect}',
    nb: '{system} oppfyller nå kravet for {aspect}',
    en: '{system} now meets the requirement for {aspect}',
  },
  // processing
  withoutDpia: {
    sv: 'utan konsekvensbedömning ({reasons})',
    nb: 'uten vurdering av personvernkonsekvenser ({reasons})',
    en: 'without a DPIA ({reasons})',
  },
  dpiaNowNeeded: {
    sv: 'kräver nu konsekvensbedömning ({reasons}), som inte är genomförd',
    nb: 'krever nå vurdering av personvernkonsekvenser ({reasons}), som ikke er gjennomført',
    en: 'now needs a DPIA ({reasons}), not yet done',
  },
  dpiaStatus: {
    sv: 'konsekvensbedömning: {from} → {to}',
    nb: 'personvernkonsekvensvurdering: {from} → {to}',
    en: 'DPIA: {from} → {to}',
  },
  specialAdded: {
    sv: 'nya känsliga personuppgifter: {items}',
    nb: 'nye særlige kategorier: {items}',
    en: 'new special categories: {items}',
  },
  specialRemoved: {
    sv: 'känsliga personuppgifter borttagna: {items}',
    nb: 'særlige kategorier fjernet: {items}',
    en: 'special categories removed: {items}',
  },
  transferAdded: {
    sv: 'överföring till {country} ({safeguard})',
    nb: 'overføring til {country} ({safeguard})',
    en: 'transfer to {country} ({safeguard})',
  },
  transferRemoved: {
    sv: 'överföringen till {country} borttagen',
    nb: 'overføringen til {country} fjernet',
    en: 'transfer to {country} removed',
  },
  transferSafeguard: {
    sv: 'överföringen till {country}: {from} → {to}',
    nb: 'overføringen til {country}: {from} → {to}',
    en: 'transfer to {country}: {from} → {to}',
  },
  processingSystemAdded: { sv: 'använder nu {system}', nb: 'bruker nå {system}', en: 'now uses {system}' },
  processingSystemRemoved: {
    sv: 'använder inte längre {system}',
    nb: 'bruker ikke lenger {system}',
    en: 'no longer uses {system}',
  },
  processorAdded: {
    sv: 'nytt personuppgiftsbiträde: {name}{agreement}',
    nb: 'ny databehandler: {name}{agreement}',
    en: 'new processor: {name}{agreement}',
  },
  processorRemoved: {
    sv: 'personuppgiftsbiträdet {name} borttaget',
    nb: 'databehandleren {name} fjernet',
    en: 'processor {name} removed',
  },
  noAgreement: {
    sv: ' utan biträdesavtal',
    nb: ' uten databehandleravtale',
    en: ' without a processing agreement',
  },
  controller: {
    sv: 'personuppgiftsansvarig: {from} → {to}',
    nb: 'behandlingsansvarlig: {from} → {to}',
    en: 'controller: {from} → {to}',
  },
  // document
  documentNew: { sv: '{type}, {status}', nb: '{type}, {status}', en: '{type}, {status}' },
  documentStatus: {
    sv: 'status: {from} → {to}{decision}',
    nb: 'status: {from} → {to}{decision}',
    en: 'status: {from} → {to}{decision}',
  },
  nextReview: {
    sv: 'nästa översyn: {from} → {to}',
    nb: 'neste gjennomgang: {from} → {to}',
    en: 'next review: {from} → {to}',
  },
  communicated: { sv: 'kommunicerad {date}', nb: 'kommunisert {date}', en: 'communicated {date}' },
  // kpi
  kpiValueAdded: {
    sv: '{quarter}: {value} (mål {target})',
    nb: '{quarter}: {value} (mål {target})',
    en: '{quarter}: {value} (target {target})',
  },
  kpiValueChanged: {
    sv: '{quarter}: {from} → {to}',
    nb: '{quarter}: {from} → {to}',
    en: '{quarter}: {from} → {to}',
  },
  kpiValueRemoved: {
    sv: '{quarter}: värdet {from} borttaget',
    nb: '{quarter}: verdien {from} fjernet',
    en: '{quarter}: value {from} removed',
  },
  kpiTarget: { sv: 'mål: {from} → {to}', nb: 'mål: {from} → {to}', en: 'target: {from} → {to}' },
  missingValue: { sv: 'saknas', nb: 'mangler', en: 'missing' },
  // audit
  auditStatus: { sv: 'status: {from} → {to}', nb: 'status: {from} → {to}', en: 'status: {from} → {to}' },
  answerDue: {
    sv: 'svaret ska lämnas senast: {from} → {to}',
    nb: 'svarfrist: {from} → {to}',
    en: 'answer due: {from} → {to}',
  },
  recAdded: {
    sv: 'Rekommendation {n} tillagd',
    nb: 'Anbefaling {n} lagt til',
    en: 'Recommendation {n} added',
  },
  recRemoved: {
    sv: 'Rekommendation {id} borttagen',
    nb: 'Anbefaling {id} fjernet',
    en: 'Recommendation {id} removed',
  },
  recAnswerNew: {
    sv: 'Rekommendation {n}: svar skrivet',
    nb: 'Anbefaling {n}: svar skrevet',
    en: 'Recommendation {n}: answer written',
  },
  recAnswerChanged: {
    sv: 'Rekommendation {n}: svaret ändrat',
    nb: 'Anbefaling {n}: svaret endret',
    en: 'Recommendation {n}: answer changed',
  },
  recActionTaken: {
    sv: 'Rekommendation {n}: vidtagen åtgärd "{text}"',
    nb: 'Anbefaling {n}: gjennomført tiltak «{text}»',
    en: 'Recommendation {n}: action taken "{text}"',
  },
  recActionMoved: {
    sv: 'Rekommendation {n}: planerad åtgärd flyttad från {from} till {to}{what}',
    nb: 'Anbefaling {n}: planlagt tiltak flyttet fra {from} til {to}{what}',
    en: 'Recommendation {n}: planned action moved from {from} to {to}{what}',
  },
  recActionStatus: {
    sv: 'Rekommendation {n}: åtgärden "{text}" {from} → {to}',
    nb: 'Anbefaling {n}: tiltaket «{text}» {from} → {to}',
    en: 'Recommendation {n}: action "{text}" {from} → {to}',
  },
  recActionNew: {
    sv: 'Rekommendation {n}: ny planerad åtgärd "{text}" ({due})',
    nb: 'Anbefaling {n}: nytt planlagt tiltak «{text}» ({due})',
    en: 'Recommendation {n}: new planned action "{text}" ({due})',
  },
  recActionRemoved: {
    sv: 'Rekommendation {n}: planerad åtgärd "{text}" borttagen',
    nb: 'Anbefaling {n}: planlagt tiltak «{text}» fjernet',
    en: 'Recommendation {n}: planned action "{text}" removed',
  },
  decision: { sv: 'beslut: {what}', nb: 'vedtak: {what}', en: 'decision: {what}' },
  // organisation
  boardAdded: { sv: 'ny nämnd: {name}', nb: 'nytt utvalg: {name}', en: 'new board: {name}' },
  boardRemoved: { sv: 'nämnden {name} borttagen', nb: 'utvalget {name} fjernet', en: 'board {name} removed' },
  boardRenamed: {
    sv: 'nämnden "{from}" heter nu "{to}"',
    nb: 'utvalget «{from}» heter nå «{to}»',
    en: 'board "{from}" is now "{to}"',
  },
  roleAdded: { sv: 'ny roll: {name}', nb: 'ny rolle: {name}', en: 'new role: {name}' },
  roleRemoved: { sv: 'rollen {name} borttagen', nb: 'rollen {name} fjernet', en: 'role {name} removed' },
  rolePeople: {
    sv: 'rollen {name}: vem som har den ändrad',
    nb: 'rollen {name}: hvem som har den er endret',
    en: 'role {name}: who holds it changed',
  },
  model: {
    sv: 'klassningsmodellen ändrad',
    nb: 'klassifiseringsmodellen endret',
    en: 'classification model changed',
  },
  none: { sv: '–', nb: '–', en: '–' },
  yes: { sv: 'ja', nb: 'ja', en: 'yes' },
  no: { sv: 'nej', nb: 'nei', en: 'no' },
  dpiaReasonSpecial: { sv: 'känsliga personuppgifter', nb: 'særlige kategorier', en: 'special categories' },
  dpiaReasonCriminal: { sv: 'lagöverträdelser', nb: 'straffbare forhold', en: 'criminal-offence data' },
  dpiaReasonProtected: {
    sv: 'skyddade personuppgifter',
    nb: 'beskyttede personopplysninger',
    en: 'protected identities',
  },
  dpiaReasonCriteria: {
    sv: '{n} av EDPB:s kriterier',
    nb: '{n} av EDPBs kriterier',
    en: '{n} EDPB criteria',
  },
} satisfies Record<string, Msg>;

export type Code = keyof typeof M;
