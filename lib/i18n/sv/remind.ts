// Reminder texts (Slack), in the registry's language. Values the caller marks as mrkdwn are already escaped;
// everything else from the registers is escaped before it gets here. Moved by scripts/codemod-messages.mjs.
// ICU syntax: {name} is a parameter, '{' a literal brace; nb/ and en/ are typed against these keys.
export const remind = {
  'remind.kpiHeader': 'Kvartalsuppföljning av nyckeltal {quarter}',
  'remind.kpiIntro': '*{activity}* ska vara klar senast {date}. Ansvarig: {owner}.',
  'remind.kpiMissingHead': '*Värden som saknas för {quarter}* ({missing} av {total}):',
  'remind.kpiLine': '• {name} – {owner}',
  'remind.kpiRestrictedLine': '• Ett begränsat nyckeltal (detaljer bara i direktmeddelande) – {owner}',
  'remind.kpiAllReported': 'Alla {total} nyckeltal har värden för {quarter}.',
  'remind.kpiReportedHead': '*Rapporterade* ({count}): {names}',
  'remind.kpiReportedRestricted': '{count} begränsade',
  'remind.kpiNone': 'Registret har inga nyckeltal att följa upp för {quarter}.',
  'remind.kpiDm':
    'Inför *{activity}* (senast {date}) saknas värden för {quarter} i nyckeltal som du ansvarar för:',
  'remind.kpiDmLine': '• {name} ({role})',
  'remind.kpiDmHint':
    'Skriv in värdet under `values:` som `{quarter}: …` i filen, gärna med en kommentar under `comments:`.',
  'remind.cycleHeader': 'Årshjulet: {activity}',
  'remind.cycleBoards': 'Berörda nämnder: {boards}.',
  'remind.actionHeader': 'Planerad åtgärd – senast {date}',
  'remind.actionIntro': 'Åtgärden ska vara klar senast {date}: {action}',
  'remind.actionContext': 'Granskning: *{audit}*, rekommendation {rec}. Status: {status}. Ansvarig: {owner}.',
  'remind.actionHint': 'När åtgärden är klar: sätt `status: done` och `done:` med datum i filen.',
  'remind.overdueHeader': 'Försenade åtgärder ({count})',
  'remind.overdueIntro': 'Planerade åtgärder i svaren till revisorerna som har passerat sitt datum:',
  'remind.overdueLine':
    '• {action} – skulle vara klar {date} ({days, plural, one {# dag} other {# dagar}} sedan), {status}. Ansvarig: {owner}. _{audit}_, rekommendation {rec}.',
  'remind.overdueRestrictedLine':
    '• En åtgärd i en begränsad granskning – skulle vara klar {date}. Ansvarig: {owner}.',
  'remind.overdueHint':
    'Markera den som klar (`status: done`, `done:` med datum) eller sätt ett nytt datum och förklara förseningen i svaret till revisorerna.',
  'remind.documentHeader': 'Översyn av styrdokument',
  'remind.documentIntro': '*{title}* ska ses över senast {date}. Dokumentägare: {owner}.',
  'remind.documentHint': 'Se över dokumentet, ta nytt beslut vid behov och flytta fram `nextReview`.',
  'remind.classificationHeader': 'Översyn av informationsklassning',
  'remind.classificationIntro':
    'Klassningen av *{asset}* ska ses över senast {date}. Informationsägare: {owner}.',
  'remind.classificationHint':
    'Se över klassningen med informationsägaren, systemägaren och förvaltaren, och uppdatera `date` och `nextReview`.',
  'remind.answerHeader': 'Svar till revisorerna – senast {date}',
  'remind.answerIntro': 'Svaret på *{title}* ska lämnas senast {date}. Status: {status}. Ansvarig: {owner}.',
  'remind.answerBoards': 'Nämnder som ska svara: {boards}.',
  'remind.answerHint': 'Besluta svaret i nämnden och sätt `status: answered` med `decision` i filen.',
  'remind.restrictedHeader': 'Tidsfrist för en begränsad post',
  'remind.restrictedIntro':
    'En begränsad post ({what}) har en tidsfrist {date}. Ansvarig: {owner}. Detaljerna visas bara för behöriga.',
  'remind.restrictedDmNote': '_Begränsad post: dela inte detaljerna i kanaler._',
  'remind.edit': 'Redigera',
  'remind.file': 'Fil',
  'remind.noOwner': 'ingen angiven',
  'remind.risk.riskHeader': 'Översyn av riskanalys',
  'remind.risk.riskIntro': '*{title}* ska ses över senast {date}. Ansvarig: {owner}.',
  'remind.risk.riskHint':
    'Gå igenom scenarierna med deltagarna, bedöm kvarvarande risker och flytta fram `nextReview`.',
  'remind.breach.header': 'Personuppgiftsincident: {hours} timmar kvar att anmäla',
  'remind.breach.intro':
    '*{title}* upptäcktes {discovered}. Anmälan till {authority} ska göras senast {deadline} (72 timmar, art. 33 GDPR). Ansvariga: {owner}.',
  'remind.breach.hint':
    'När anmälan är gjord: ange notification.at och reference. Bedöms incidenten sannolikt inte medföra risk: ange consequences med risk: unlikely, eller notification.reason.',
  'remind.agreement.header': 'Avtal: sista dag för uppsägning {date}',
  'remind.agreement.intro':
    'Avtalet med *{counterparty}* löper till {end}. Ska det sägas upp, förlängas eller upphandlas på nytt behöver beslutet finnas senast {date}. Ansvarig: {owner}.',
  'remind.what':
    '{kind, select, kpiReview {nyckeltal} cycle {aktivitet i årshjulet} actionDue {planerad åtgärd} documentReview {styrdokument} classificationReview {informationsklassning} auditAnswer {svar till revisorerna} riskReview {riskanalys} planAction {åtgärd i handlingsplanen} managementReview {ledningens genomgång} agreementNotice {uppsägning av avtal} trainingDue {utbildning eller övning} breachNotification {anmälan av personuppgiftsincident} other {{kind}}}',
  'remind.auditStatus':
    '{status, select, received {mottagen} inProgress {svar under arbete} other {{status}}}',
} as const;
