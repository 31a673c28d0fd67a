import type { remind as sv } from '../sv/remind.js';

export const remind: Record<keyof typeof sv, string> = {
  'remind.kpiHeader': 'Kvartalsvis oppfølging av nøkkeltall {quarter}',
  'remind.kpiIntro': '*{activity}* skal være ferdig senest {date}. Ansvarlig: {owner}.',
  'remind.kpiMissingHead': '*Verdier som mangler for {quarter}* ({missing} av {total}):',
  'remind.kpiLine': '• {name} – {owner}',
  'remind.kpiRestrictedLine': '• Et skjermet nøkkeltall (detaljer bare i direktemelding) – {owner}',
  'remind.kpiAllReported': 'Alle {total} nøkkeltall har verdier for {quarter}.',
  'remind.kpiReportedHead': '*Rapportert* ({count}): {names}',
  'remind.kpiReportedRestricted': '{count} skjermede',
  'remind.kpiNone': 'Registeret har ingen nøkkeltall å følge opp for {quarter}.',
  'remind.kpiDm':
    'Før *{activity}* (senest {date}) mangler verdier for {quarter} i nøkkeltall du har ansvar for:',
  'remind.kpiDmLine': '• {name} ({role})',
  'remind.kpiDmHint':
    'Skriv inn verdien under `values:` som `{quarter}: …` i filen, gjerne med en kommentar under `comments:`.',
  'remind.cycleHeader': 'Årshjulet: {activity}',
  'remind.cycleBoards': 'Berørte utvalg: {boards}.',
  'remind.actionHeader': 'Planlagt tiltak – senest {date}',
  'remind.actionIntro': 'Tiltaket skal være ferdig senest {date}: {action}',
  'remind.actionContext': 'Revisjon: *{audit}*, anbefaling {rec}. Status: {status}. Ansvarlig: {owner}.',
  'remind.actionHint': 'Når tiltaket er ferdig: sett `status: done` og `done:` med dato i filen.',
  'remind.overdueHeader': 'Forsinkede tiltak ({count})',
  'remind.overdueIntro': 'Planlagte tiltak i oppfølgingen av revisjoner som har passert fristen:',
  'remind.overdueLine':
    '• {action} – skulle vært ferdig {date} ({days, plural, one {# dag} other {# dager}} siden), {status}. Ansvarlig: {owner}. _{audit}_, anbefaling {rec}.',
  'remind.overdueRestrictedLine':
    '• Et tiltak i en skjermet revisjon – skulle vært ferdig {date}. Ansvarlig: {owner}.',
  'remind.overdueHint':
    'Merk det som ferdig (`status: done`, `done:` med dato) eller sett en ny dato og forklar forsinkelsen i oppfølgingen av revisjonen.',
  'remind.documentHeader': 'Gjennomgang av styringsdokument',
  'remind.documentIntro': '*{title}* skal gjennomgås senest {date}. Dokumenteier: {owner}.',
  'remind.documentHint': 'Gå gjennom dokumentet, fatt nytt vedtak ved behov og flytt `nextReview`.',
  'remind.classificationHeader': 'Gjennomgang av informasjonsklassifisering',
  'remind.classificationIntro':
    'Klassifiseringen av *{asset}* skal gjennomgås senest {date}. Informasjonseier: {owner}.',
  'remind.classificationHint':
    'Gå gjennom klassifiseringen med informasjonseier, systemeier og forvalter, og oppdater `date` og `nextReview`.',
  'remind.answerHeader': 'Svar på revisjonsrapporten – senest {date}',
  'remind.answerIntro':
    'Svaret på *{title}* skal leveres senest {date}. Status: {status}. Ansvarlig: {owner}.',
  'remind.answerBoards': 'Utvalg som skal svare: {boards}.',
  'remind.answerHint': 'Vedta svaret i utvalget og sett `status: answered` med `decision` i filen.',
  'remind.restrictedHeader': 'Frist for en skjermet post',
  'remind.restrictedIntro':
    'En skjermet post ({what}) har frist {date}. Ansvarlig: {owner}. Detaljene vises bare for autoriserte.',
  'remind.restrictedDmNote': '_Skjermet post: ikke del detaljene i kanaler._',
  'remind.edit': 'Rediger',
  'remind.file': 'Fil',
  'remind.noOwner': 'ingen angitt',
  'remind.risk.riskHeader': 'Gjennomgang av ROS-analyse',
  'remind.risk.riskIntro': '*{title}* skal gjennomgås senest {date}. Ansvarlig: {owner}.',
  'remind.risk.riskHint':
    'Gå gjennom scenarioene med deltakerne, vurder gjenværende risiko og flytt `nextReview`.',
  'remind.breach.header': 'Brudd på personopplysningssikkerheten: {hours} timer igjen til melding',
  'remind.breach.intro':
    '*{title}* ble oppdaget {discovered}. Melding til {authority} skal sendes senest {deadline} (72 timer, art. 33 GDPR). Ansvarlige: {owner}.',
  'remind.breach.hint':
    'Når meldingen er sendt: angi notification.at og reference. Er det vurdert at bruddet sannsynligvis ikke medfører risiko: angi consequences med risk: unlikely, eller notification.reason.',
  'remind.agreement.header': 'Avtale: siste dag for oppsigelse {date}',
  'remind.agreement.intro':
    'Avtalen med *{counterparty}* løper til {end}. Skal den sies opp, forlenges eller anskaffes på nytt, må beslutningen foreligge senest {date}. Ansvarlig: {owner}.',
  'remind.what':
    '{kind, select, kpiReview {nøkkeltall} cycle {aktivitet i årshjulet} actionDue {planlagt tiltak} documentReview {styringsdokument} classificationReview {informasjonsklassifisering} auditAnswer {svar på revisjonsrapporten} riskReview {ROS-analyse} planAction {tiltak i tiltaksplanen} managementReview {ledelsens gjennomgang} agreementNotice {oppsigelse av avtale} trainingDue {opplæring eller øvelse} breachNotification {melding om brudd på personopplysningssikkerheten} other {{kind}}}',
  'remind.auditStatus':
    '{status, select, received {mottatt} inProgress {svar under arbeid} other {{status}}}',
};
