// The wording of the risk report, the action plan, the management review minutes, the yearly report's risk
// and action sections, the PR comment's risk delta and the action digest. Swedish defines the keys.
export const riskDocuments = {
  // --- Shared -------------------------------------------------------------------------------------------
  'riskdoc.to': 'Till',
  'riskdoc.date': 'Datum',
  'riskdoc.asOf': 'Läget per',
  'riskdoc.none': '–',
  'riskdoc.overdue': 'försenad',
  'riskdoc.restricted': 'Begränsad uppgift',
  'riskdoc.level': 'Nivå',
  'riskdoc.likelihood': 'Sannolikhet',
  'riskdoc.consequence': 'Konsekvens',
  'riskdoc.treatment.reduce': 'Reducera',
  'riskdoc.treatment.accept': 'Acceptera',
  'riskdoc.treatment.avoid': 'Undvika',
  'riskdoc.treatment.share': 'Dela',
  'riskdoc.treatment.none': 'Ingen hantering beslutad',
  'riskdoc.status.planned': 'Planerad',
  'riskdoc.status.in-progress': 'Pågår',
  'riskdoc.status.done': 'Klar',
  'riskdoc.status.cancelled': 'Struken',
  'riskdoc.source.audit': 'Granskning',
  'riskdoc.source.risk': 'Riskanalys',
  'riskdoc.source.classification': 'Klassning',
  'riskdoc.source.incident': 'Incident',
  'riskdoc.source.review': 'Ledningens genomgång',
  'riskdoc.object.organisation': 'Hela organisationen',
  'riskdoc.action': 'Åtgärd',
  'riskdoc.owner': 'Ansvarig',
  'riskdoc.due': 'Klart senast',
  'riskdoc.status': 'Status',
  'riskdoc.source': 'Källa',
  'riskdoc.board': 'Nämnd',
  'riskdoc.undated': 'Inget datum',
  'riskdoc.noOwner': 'Ingen ansvarig angiven',

  // --- The risk report ----------------------------------------------------------------------------------
  'riskdoc.report.kind': 'Riskrapport',
  'riskdoc.report.title': 'Riskanalyser – {board}',
  'riskdoc.report.lead':
    '{analyses, plural, one {# riskanalys} other {# riskanalyser}} med {scenarios, plural, one {# riskscenario} other {# riskscenarier}}. {above, plural, =0 {Ingen risk ligger} one {# risk ligger} other {# risker ligger}} över acceptansnivån {acceptance} efter de åtgärder som bedömts; {accepted, plural, =0 {ingen risk är accepterad} one {# risk är accepterad} other {# risker är accepterade}}.',
  'riskdoc.report.none': 'Nämnden har inga riskanalyser i registret.',
  'riskdoc.report.allRestricted':
    'Nämndens riskanalyser rör begränsade uppgifter och redovisas därför inte här; de räknas i matrisen.',
  'riskdoc.report.analyses': 'Riskanalyser',
  'riskdoc.report.analysis': 'Analys',
  'riskdoc.report.object': 'Gäller',
  'riskdoc.report.done': 'Gjord',
  'riskdoc.report.nextReview': 'Ses över senast',
  'riskdoc.report.scenarioCount': 'Scenarier',
  'riskdoc.report.matrix': 'Riskmatris',
  'riskdoc.report.matrixBefore': 'Före åtgärder',
  'riskdoc.report.matrixNow': 'Nu, med bedömd kvarvarande risk',
  'riskdoc.report.matrixLegend':
    'Varje ruta visar risknivån och, i fet stil, antalet risker där. Rutor över acceptansnivån {acceptance} är streckade och har tjock ram, så att kartan går att läsa även i svartvitt.',
  'riskdoc.report.matrixDescription': 'Riskmatris, {title}: sannolikhet uppåt, konsekvens åt höger. {cells}.',
  'riskdoc.report.matrixCell':
    'sannolikhet {likelihood}, konsekvens {consequence}: nivå {level}, {n, plural, one {# risk} other {# risker}}',
  'riskdoc.report.matrixEmpty': 'inga risker',
  'riskdoc.report.matrixTable': 'Riskmatrisen som tabell: antal risker per sannolikhet och konsekvens',
  'riskdoc.report.cellText': 'nivå {level}: {n}',
  'riskdoc.report.above': 'Risker över acceptansnivån',
  'riskdoc.report.aboveNone': 'Inga risker ligger över acceptansnivån.',
  'riskdoc.report.risk': 'Risk',
  'riskdoc.report.threat': 'Hot och sårbarhet',
  'riskdoc.report.levels': 'Nivå före → nu',
  'riskdoc.report.treatment': 'Hantering och åtgärder',
  'riskdoc.report.notReassessed': 'kvarvarande risk ej bedömd',
  'riskdoc.report.accepted': 'Accepterade risker',
  'riskdoc.report.acceptedNone': 'Inga risker är accepterade.',
  'riskdoc.report.acceptedBy': 'Accepterad av',
  'riskdoc.report.acceptedOn': 'Den',
  'riskdoc.report.notEntitled': 'rollen får inte acceptera nivå {level}',
  'riskdoc.report.restrictedNote':
    '{n, plural, one {# risk rör} other {# risker rör}} begränsade uppgifter. {n, plural, one {Den räknas} other {De räknas}} i matrisen och i antalen men redovisas inte i den här handlingen.',
  'riskdoc.report.scaleLikelihood': 'Sannolikhet: {steps}.',
  'riskdoc.report.scaleConsequence': 'Konsekvens: {steps}.',

  // --- The action plan ----------------------------------------------------------------------------------
  'riskdoc.plan.kind': 'Handlingsplan',
  'riskdoc.plan.title': 'Handlingsplan för informationssäkerheten',
  'riskdoc.plan.titleBoard': 'Handlingsplan – {board}',
  'riskdoc.plan.lead':
    '{open, plural, =0 {Inga åtgärder är öppna} one {# åtgärd är öppen} other {# åtgärder är öppna}}, {overdue, plural, =0 {ingen försenad} one {# försenad} other {# försenade}}. {done, plural, =0 {Ingen åtgärd är klar} one {# åtgärd är klar} other {# åtgärder är klara}}.',
  'riskdoc.plan.undatedLead':
    '{n, plural, one {# öppen åtgärd har} other {# öppna åtgärder har}} inget datum och kan därför inte bli försenade; de står sist bland de öppna.',
  'riskdoc.plan.none': 'Handlingsplanen har inga åtgärder.',
  'riskdoc.plan.actions': 'Åtgärderna',
  'riskdoc.plan.actionsNote':
    'Försenade åtgärder först, sedan öppna efter datum, odaterade och sist avslutade.',
  'riskdoc.plan.bySource': 'Efter källa',
  'riskdoc.plan.byOwner': 'Efter ansvarig',
  'riskdoc.plan.open': 'Öppna',
  'riskdoc.plan.overdueCol': 'Försenade',
  'riskdoc.plan.doneCol': 'Klara',
  'riskdoc.plan.total': 'Totalt',
  'riskdoc.plan.since': 'sedan {date}',
  'riskdoc.plan.doneOn': 'klar {date}',
  'riskdoc.plan.fromAudit': 'planerad åtgärd i svaret, inte i handlingsplanen',
  'riskdoc.plan.auditNote':
    '{n, plural, one {# åtgärd står} other {# åtgärder står}} bara i svar på granskningar och har ännu inte förts in i handlingsplanen (lisa migrate flyttar dem).',
  'riskdoc.plan.restrictedNote':
    '{n, plural, one {# åtgärd rör} other {# åtgärder rör}} begränsade uppgifter; {n, plural, one {den räknas} other {de räknas}} i antalen men redovisas inte här.',

  // --- The management review minutes --------------------------------------------------------------------
  'riskdoc.review.kind': 'Protokoll',
  'riskdoc.review.title': 'Ledningens genomgång {date}',
  'riskdoc.review.participants': 'Närvarande',
  'riskdoc.review.board': 'Rapporteras till',
  'riskdoc.review.item': '§ {n}',
  'riskdoc.review.opening': 'Genomgångens syfte',
  'riskdoc.review.purpose':
    'Ledningen går igenom ledningssystemet för informationssäkerhet för att säkerställa att det fortsatt är lämpligt, tillräckligt och verkningsfullt (ISO/IEC 27001 9.3).',
  'riskdoc.review.inputs': 'Underlag (ISO/IEC 27001 9.3.2)',
  'riskdoc.review.input.actions': 'Status för åtgärder från tidigare genomgångar',
  'riskdoc.review.input.changes': 'Förändringar i yttre och inre frågor',
  'riskdoc.review.input.nonconformities': 'Avvikelser, incidenter och korrigerande åtgärder',
  'riskdoc.review.input.monitoring': 'Resultat av övervakning och mätning',
  'riskdoc.review.input.audits': 'Resultat av revisioner och granskningar',
  'riskdoc.review.input.risks': 'Resultat av riskbedömningen och status för riskbehandlingen',
  'riskdoc.review.input.feedback': 'Återkoppling från intressenter',
  'riskdoc.review.input.improvements': 'Möjligheter till ständig förbättring',
  'riskdoc.review.inputMissing': 'Inget underlag antecknat.',
  'riskdoc.review.registerFacts': 'Ur registren per {date}',
  'riskdoc.review.factActions':
    'Handlingsplanen: {open, plural, one {# öppen åtgärd} other {# öppna åtgärder}}, varav {overdue, plural, =0 {ingen försenad} one {# försenad} other {# försenade}}; {done, plural, one {# klar} other {# klara}}.',
  'riskdoc.review.factRisks':
    'Riskanalyserna: {analyses, plural, one {# analys} other {# analyser}}, {above, plural, =0 {ingen risk} one {# risk} other {# risker}} över acceptansnivån, {overdue, plural, =0 {ingen analys} one {# analys} other {# analyser}} förbi sin översyn.',
  'riskdoc.review.decisions': 'Beslut (ISO/IEC 27001 9.3.3)',
  'riskdoc.review.decisionsNone': 'Inga beslut antecknade.',
  'riskdoc.review.decision': 'Beslut {id}',
  'riskdoc.review.createdActions': 'Åtgärder som beslutet ger',
  'riskdoc.review.missingAction': 'åtgärden {id} finns inte i handlingsplanen',
  'riskdoc.review.next': 'Nästa genomgång',
  'riskdoc.review.nextBy': 'Nästa ledningens genomgång hålls senast {date}.',
  'riskdoc.review.signature': 'Justeras',
  'riskdoc.review.chair': 'Ordförande',
  'riskdoc.review.secretary': 'Sekreterare',
  'riskdoc.review.restricted':
    'Genomgången rör begränsade uppgifter. Protokollet finns hos nämnden för den som är behörig.',

  // --- The yearly report --------------------------------------------------------------------------------
  'riskdoc.yearly.heading': 'Riskanalyser och åtgärder',
  'riskdoc.yearly.question': 'Har riskanalyser gjorts och har åtgärder följt?',
  'riskdoc.yearly.answerYes':
    'Ja: varje nämnd med information på den högsta konfidentialitetsnivån har en riskanalys av den, inga analyser är förbi sin översyn, och {treated, plural, one {# risk} other {# risker}} över acceptansnivån har åtgärder som är genomförda eller pågår.',
  'riskdoc.yearly.answerPartly':
    'Delvis: {analyses, plural, one {# riskanalys finns} other {# riskanalyser finns}}, men {gaps, plural, one {# brist återstår} other {# brister återstår}} (se tabellen nedan).',
  'riskdoc.yearly.answerNo': 'Nej: registret har inga riskanalyser.',
  'riskdoc.yearly.analysesTable': 'Riskanalyser per nämnd',
  'riskdoc.yearly.analyses': 'Analyser',
  'riskdoc.yearly.thisYear': 'Gjorda i år',
  'riskdoc.yearly.reviewOverdue': 'Förbi översyn',
  'riskdoc.yearly.missingTop': 'Saknas för högst klassad information',
  'riskdoc.yearly.missingNames': 'Högst klassad information utan egen riskanalys: {names}.',
  'riskdoc.yearly.treatmentTable': 'Hantering av risker över acceptansnivån',
  'riskdoc.yearly.aboveBefore': 'Över acceptans före åtgärder',
  'riskdoc.yearly.reducedBelow': 'Nu inom acceptans',
  'riskdoc.yearly.inProgress': 'Åtgärder pågår',
  'riskdoc.yearly.untreated': 'Utan hantering eller åtgärd',
  'riskdoc.yearly.accepted': 'Accepterade',
  'riskdoc.yearly.actionsTable': 'Handlingsplanen',
  'riskdoc.yearly.actionsDoneYear': 'Klara i år',
  'riskdoc.yearly.restrictedNote':
    'Siffrorna räknar även analyser och risker som rör begränsade uppgifter; de redovisas inte i detalj.',

  // --- The PR comment's risk delta ----------------------------------------------------------------------
  'riskdoc.delta.heading': 'Vad ändringen betyder för riskerna',
  'riskdoc.delta.changed': 'risk {id} för {object}: {from} → {to}',
  'riskdoc.delta.after': 'efter åtgärd {actions}',
  'riskdoc.delta.added': 'ny risk {id} för {object}: nivå {to}',
  'riskdoc.delta.removed': 'risk {id} för {object} togs bort (var nivå {from})',
  'riskdoc.delta.acceptance': 'över acceptansnivån {acceptance}',
  'riskdoc.delta.restricted':
    '{n, plural, one {# ändrad risk rör} other {# ändrade risker rör}} begränsade uppgifter och visas inte här.',

  // --- The action digest --------------------------------------------------------------------------------
  'riskdoc.digest.header': 'Åtgärder i handlingsplanen som snart ska vara klara',
  'riskdoc.digest.intro':
    '{n, plural, one {# åtgärd} other {# åtgärder}} för {owner} ska vara {n, plural, one {klar} other {klara}} inom {days} dagar:',
  'riskdoc.digest.line': '{title} – senast {date} ({status})',
  'riskdoc.digest.restrictedLine': 'En begränsad åtgärd – senast {date} (detaljer i registret)',
  'riskdoc.digest.hint':
    'Ändra status och lägg en rad i history när något händer, så syns det i handlingsplanen.',
  'riskdoc.reviewReminder.header': 'Ledningens genomgång',
  'riskdoc.reviewReminder.intro':
    'Nästa ledningens genomgång av informationssäkerheten ska hållas senast {date} (förra: {last}).',
  'riskdoc.reviewReminder.hint':
    'Ta fram underlaget (handlingsplanen, riskrapporterna, nyckeltalen, incidenterna) och lägg protokollet i review/.',
} as const;
