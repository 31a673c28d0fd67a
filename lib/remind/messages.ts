import type { Localized } from '../locale.js';

// Reminder texts in the registry's language. `{x}` are filled by `format`; values marked as mrkdwn by the
// caller are already escaped, everything else from the registers is escaped before it gets here.

export const M = {
  kpiHeader: {
    sv: 'Kvartalsuppföljning av nyckeltal {quarter}',
    nb: 'Kvartalsvis oppfølging av nøkkeltall {quarter}',
    en: 'Quarterly KPI review {quarter}',
  },
  kpiIntro: {
    sv: '*{activity}* ska vara klar senast {date}. Ansvarig: {owner}.',
    nb: '*{activity}* skal være ferdig senest {date}. Ansvarlig: {owner}.',
    en: '*{activity}* is due by {date}. Responsible: {owner}.',
  },
  kpiMissingHead: {
    sv: '*Värden som saknas för {quarter}* ({missing} av {total}):',
    nb: '*Verdier som mangler for {quarter}* ({missing} av {total}):',
    en: '*Values still missing for {quarter}* ({missing} of {total}):',
  },
  kpiLine: { sv: '• {name} – {owner}', nb: '• {name} – {owner}', en: '• {name} – {owner}' },
  kpiRestrictedLine: {
    sv: '• Ett begränsat nyckeltal (detaljer bara i direktmeddelande) – {owner}',
    nb: '• Et skjermet nøkkeltall (detaljer bare i direktemelding) – {owner}',
    en: '• A restricted KPI (details by direct message only) – {owner}',
  },
  kpiAllReported: {
    sv: 'Alla {total} nyckeltal har värden för {quarter}.',
    nb: 'Alle {total} nøkkeltall har verdier for {quarter}.',
    en: 'All {total} KPIs have values for {quarter}.',
  },
  kpiReportedHead: {
    sv: '*Rapporterade* ({count}): {names}',
    nb: '*Rapportert* ({count}): {names}',
    en: '*Reported* ({count}): {names}',
  },
  kpiReportedRestricted: {
    sv: '{count} begränsade',
    nb: '{count} skjermede',
    en: '{count} restricted',
  },
  kpiNone: {
    sv: 'Registret har inga nyckeltal att följa upp för {quarter}.',
    nb: 'Registeret har ingen nøkkeltall å følge opp for {quarter}.',
    en: 'The registry has no KPIs to follow up for {quarter}.',
  },
  kpiDm: {
    sv: 'Inför *{activity}* (senast {date}) saknas värden för {quarter} i nyckeltal som du ansvarar för:',
    nb: 'Før *{activity}* (senest {date}) mangler verdier for {quarter} i nøkkeltall du har ansvar for:',
    en: 'Ahead of *{activity}* (due {date}), KPIs you are responsible for still lack values for {quarter}:',
  },
  kpiDmLine: { sv: '• {name} ({role})', nb: '• {name} ({role})', en: '• {name} ({role})' },
  kpiDmHint: {
    sv: 'Skriv in värdet under `values:` som `{quarter}: …` i filen, gärna med en kommentar under `comments:`.',
    nb: 'Skriv inn verdien under `values:` som `{quarter}: …` i filen, gjerne med en kommentar under `comments:`.',
    en: 'Enter the value under `values:` as `{quarter}: …` in the file, with a comment under `comments:` if it helps.',
  },
  cycleHeader: { sv: 'Årshjulet: {activity}', nb: 'Årshjulet: {activity}', en: 'Yearly cycle: {activity}' },
  cycleIntro: {
    sv: '*{activity}* ska vara klar senast {date}. Ansvarig: {owner}.',
    nb: '*{activity}* skal være ferdig senest {date}. Ansvarlig: {owner}.',
    en: '*{activity}* is due by {date}. Responsible: {owner}.',
  },
  cycleBoards: {
    sv: 'Berörda nämnder: {boards}.',
    nb: 'Berørte utvalg: {boards}.',
    en: 'Boards concerned: {boards}.',
  },
  actionHeader: {
    sv: 'Planerad åtgärd – senast {date}',
    nb: 'Planlagt tiltak – senest {date}',
    en: 'Planned action – due {date}',
  },
  actionIntro: {
    sv: 'Åtgärden ska vara klar senast {date}: {action}',
    nb: 'Tiltaket skal være ferdig senest {date}: {action}',
    en: 'The action is due by {date}: {action}',
  },
  actionContext: {
    sv: 'Granskning: *{audit}*, rekommendation {rec}. Status: {status}. Ansvarig: {owner}.',
    nb: 'Revisjon: *{audit}*, anbefaling {rec}. Status: {status}. Ansvarlig: {owner}.',
    en: 'Audit: *{audit}*, recommendation {rec}. Status: {status}. Responsible: {owner}.',
  },
  actionHint: {
    sv: 'När åtgärden är klar: sätt `status: done` och `done:` med datum i filen.',
    nb: 'Når tiltaket er ferdig: sett `status: done` og `done:` med dato i filen.',
    en: 'When the action is done: set `status: done` and `done:` with the date in the file.',
  },
  overdueHeader: {
    sv: 'Försenade åtgärder ({count})',
    nb: 'Forsinkede tiltak ({count})',
    en: 'Overdue actions ({count})',
  },
  overdueIntro: {
    sv: 'Planerade åtgärder i svaren till revisorerna som har passerat sitt datum:',
    nb: 'Planlagte tiltak i oppfølgingen av revisjoner som har passert fristen:',
    en: 'Planned actions in the answers to the auditors that are past their due date:',
  },
  overdueLine: {
    sv: '• {action} – skulle vara klar {date} ({days} dagar sedan), {status}. Ansvarig: {owner}. _{audit}_, rekommendation {rec}.',
    nb: '• {action} – skulle vært ferdig {date} ({days} dager siden), {status}. Ansvarlig: {owner}. _{audit}_, anbefaling {rec}.',
    en: '• {action} – due {date} ({days} days ago), {status}. Responsible: {owner}. _{audit}_, recommendation {rec}.',
  },
  overdueRestrictedLine: {
    sv: '• En åtgärd i en begränsad granskning – skulle vara klar {date}. Ansvarig: {owner}.',
    nb: '• Et tiltak i en skjermet revisjon – skulle vært ferdig {date}. Ansvarlig: {owner}.',
    en: '• An action in a restricted audit – due {date}. Responsible: {owner}.',
  },
  overdueHint: {
    sv: 'Markera den som klar (`status: done`, `done:` med datum) eller sätt ett nytt datum och förklara förseningen i svaret till revisorerna.',
    nb: 'Merk det som ferdig (`status: done`, `done:` med dato) eller sett en ny dato og forklar forsinkelsen i oppfølgingen av revisjonen.',
    en: 'Mark it done (`status: done`, `done:` with the date) or set a new due date and explain the delay in the answer to the auditors.',
  },
  documentHeader: {
    sv: 'Översyn av styrdokument',
    nb: 'Gjennomgang av styringsdokument',
    en: 'Governing document review',
  },
  documentIntro: {
    sv: '*{title}* ska ses över senast {date}. Dokumentägare: {owner}.',
    nb: '*{title}* skal gjennomgås senest {date}. Dokumenteier: {owner}.',
    en: '*{title}* is due for review by {date}. Document owner: {owner}.',
  },
  documentHint: {
    sv: 'Se över dokumentet, ta nytt beslut vid behov och flytta fram `nextReview`.',
    nb: 'Gå gjennom dokumentet, fatt nytt vedtak ved behov og flytt `nextReview`.',
    en: 'Review the document, have it decided again if needed, and move `nextReview`.',
  },
  classificationHeader: {
    sv: 'Översyn av informationsklassning',
    nb: 'Gjennomgang av informasjonsklassifisering',
    en: 'Information classification review',
  },
  classificationIntro: {
    sv: 'Klassningen av *{asset}* ska ses över senast {date}. Informationsägare: {owner}.',
    nb: 'Klassifiseringen av *{asset}* skal gjennomgås senest {date}. Informasjonseier: {owner}.',
    en: 'The classification of *{asset}* is due for review by {date}. Information owner: {owner}.',
  },
  classificationHint: {
    sv: 'Se över klassningen med informationsägaren, systemägaren och förvaltaren, och uppdatera `date` och `nextReview`.',
    nb: 'Gå gjennom klassifiseringen med informasjonseier, systemeier og forvalter, og oppdater `date` og `nextReview`.',
    en: 'Review the classification with the information owner, system owner and administrator, and update `date` and `nextReview`.',
  },
  answerHeader: {
    sv: 'Svar till revisorerna – senast {date}',
    nb: 'Svar på revisjonsrapporten – senest {date}',
    en: 'Answer to the auditors – due {date}',
  },
  answerIntro: {
    sv: 'Svaret på *{title}* ska lämnas senast {date}. Status: {status}. Ansvarig: {owner}.',
    nb: 'Svaret på *{title}* skal leveres senest {date}. Status: {status}. Ansvarlig: {owner}.',
    en: 'The answer to *{title}* is due by {date}. Status: {status}. Responsible: {owner}.',
  },
  answerBoards: {
    sv: 'Nämnder som ska svara: {boards}.',
    nb: 'Utvalg som skal svare: {boards}.',
    en: 'Boards to answer: {boards}.',
  },
  answerHint: {
    sv: 'Besluta svaret i nämnden och sätt `status: answered` med `decision` i filen.',
    nb: 'Vedta svaret i utvalget og sett `status: answered` med `decision` i filen.',
    en: 'Have the board decide the answer and set `status: answered` with `decision` in the file.',
  },
  restrictedHeader: {
    sv: 'Tidsfrist för en begränsad post',
    nb: 'Frist for en skjermet post',
    en: 'Deadline for a restricted entry',
  },
  restrictedIntro: {
    sv: 'En begränsad post ({what}) har en tidsfrist {date}. Ansvarig: {owner}. Detaljerna visas bara för behöriga.',
    nb: 'En skjermet post ({what}) har frist {date}. Ansvarlig: {owner}. Detaljene vises bare for autoriserte.',
    en: 'A restricted entry ({what}) has a deadline on {date}. Responsible: {owner}. Details are shown to authorised people only.',
  },
  restrictedDmNote: {
    sv: '_Begränsad post: dela inte detaljerna i kanaler._',
    nb: '_Skjermet post: ikke del detaljene i kanaler._',
    en: '_Restricted entry: do not share the details in channels._',
  },
  edit: { sv: 'Redigera', nb: 'Rediger', en: 'Edit' },
  file: { sv: 'Fil', nb: 'Fil', en: 'File' },
  noOwner: { sv: 'ingen angiven', nb: 'ingen angitt', en: 'none given' },
} satisfies Record<string, Localized>;

export const WHAT: Record<string, Localized> = {
  'kpi-review': { sv: 'nyckeltal', nb: 'nøkkeltall', en: 'KPI' },
  cycle: { sv: 'aktivitet i årshjulet', nb: 'aktivitet i årshjulet', en: 'yearly-cycle activity' },
  'action-due': { sv: 'planerad åtgärd', nb: 'planlagt tiltak', en: 'planned action' },
  'document-review': { sv: 'styrdokument', nb: 'styringsdokument', en: 'governing document' },
  'classification-review': {
    sv: 'informationsklassning',
    nb: 'informasjonsklassifisering',
    en: 'information classification',
  },
  'audit-answer': {
    sv: 'svar till revisorerna',
    nb: 'svar på revisjonsrapporten',
    en: 'answer to the auditors',
  },
  'risk-review': { sv: 'riskanalys', nb: 'ROS-analyse', en: 'risk analysis' },
  'plan-action': { sv: 'åtgärd i handlingsplanen', nb: 'tiltak i tiltaksplanen', en: 'action in the plan' },
  'management-review': { sv: 'ledningens genomgång', nb: 'ledelsens gjennomgang', en: 'management review' },
  'agreement-notice': { sv: 'uppsägning av avtal', nb: 'oppsigelse av avtale', en: 'notice on an agreement' },
  'training-due': { sv: 'utbildning eller övning', nb: 'opplæring eller øvelse', en: 'training or exercise' },
  'breach-notification': {
    sv: 'anmälan av personuppgiftsincident',
    nb: 'melding om brudd på personopplysningssikkerheten',
    en: 'notification of a personal-data breach',
  },
};

export const ACTION_STATUS: Record<string, Localized> = {
  planned: { sv: 'planerad', nb: 'planlagt', en: 'planned' },
  'in-progress': { sv: 'pågår', nb: 'pågår', en: 'in progress' },
};

export const AUDIT_STATUS: Record<string, Localized> = {
  received: { sv: 'mottagen', nb: 'mottatt', en: 'received' },
  'in-progress': { sv: 'svar under arbete', nb: 'svar under arbeid', en: 'answer in progress' },
};
