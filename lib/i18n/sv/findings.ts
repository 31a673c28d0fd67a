// Texts of findings (rules, parse and schema), keyed by rule id. Moved here by scripts/codemod-findings.mjs,
// edited by hand since. ICU syntax: {name} is a parameter; '{' and '}' are literal braces.
export const findings = {
  'rule.processor-without-agreement.description': 'Personuppgiftsbiträde utan biträdesavtal i agreement/.',
  'rule.processor-without-agreement.message':
    '"{name}" anlitar biträdet {processor}, men inget personuppgiftsbiträdesavtal i agreement/ täcker behandlingen.',
  'rule.processor-without-agreement.hint':
    'Lägg avtalet i agreement/ med type: processor-agreement, counterparty: {processor} och processing: [{id}] (art. 28.3 GDPR).',
  'rule.agreement-processor-not-listed.description':
    'Biträdesavtal för en behandling som inte anger motparten som biträde.',
  'rule.agreement-processor-not-listed.message':
    'Avtalet med {counterparty} täcker "{name}", men behandlingen anger inte {counterparty} som biträde.',
  'rule.agreement-processor-not-listed.hint':
    'Lägg till {counterparty} under processors i processing/{id}.yaml (art. 30.1 d), eller ta bort behandlingen ur avtalets processing.',
  'rule.agreement-expired.description': 'Avtal vars slutdatum har passerat.',
  'rule.agreement-expired.message': 'Avtalet med {counterparty} upphörde {end}.',
  'rule.agreement-expired.hint':
    'Ange det nya slutdatumet om avtalet förlängts, annars ett nytt avtal. Behandlas personuppgifter fortfarande saknas ett giltigt biträdesavtal.',
  'rule.agreement-in-notice-period.description': 'Avtal som löper ut och vars uppsägningstid har börjat.',
  'rule.agreement-in-notice-period.message':
    'Avtalet med {counterparty} upphör {end}; uppsägningstiden började {notice}.',
  'rule.agreement-in-notice-period.hint':
    'Besluta om förlängning eller ny upphandling, och ange det nya slutdatumet när det är klart.',
  'rule.sub-processor-without-safeguard.description': 'Underbiträde i tredjeland utan skyddsåtgärd.',
  'rule.sub-processor-without-safeguard.message':
    'Underbiträdet {name} behandlar uppgifter i {country}, utanför EU/EES, utan angiven skyddsåtgärd.',
  'rule.sub-processor-without-safeguard.hint':
    'Ange safeguard: adequacy-decision, standard-contractual-clauses, binding-corporate-rules eller derogation (art. 44–49 GDPR) – eller kräv ett underbiträde inom EU/EES.',
  'rule.action-undated.description': 'Planerad åtgärd utan ansvarig eller datum.',
  'rule.action-undated.message':
    'Åtgärden "{action}" saknar {missing}. Den visas som svaret angav den och ger inga påminnelser.',
  'rule.action-undated.hint':
    'Lägg till owner (en roll) och due (ÅÅÅÅ-MM-DD) när de är bestämda – hitta inte på dem. En period i ord kan stå i period.',
  'finding.audits.words.owner': 'ansvarig',
  'finding.audits.words.due': 'datum',
  'finding.audits.words.both': 'ansvarig och datum',
  'rule.audit-answer-undated.description': 'Besvarad granskning vars beslut saknar datum.',
  'rule.audit-answer-undated.message':
    'Svaret från {board} på "{title}" har inget datum. Dokumentet får inget datum (aldrig utskriftsdagen), och åtgärderna kan inte visas som de stod vid beslutet.',
  'rule.audit-answer-undated.hint': 'Ange date (svarets datum) eller meetingDate (sammanträdet) i beslutet.',
  'rule.action-history-missing.description': 'Åtgärd i ett beslutat svar vars status saknar datum.',
  'rule.action-history-missing.message':
    'Åtgärden "{action}" har status {status} men ingen daterad händelse i history. Det beslutade svaret visar den därför som planerad.',
  'rule.action-history-missing.hint':
    "Lägg till history: ['{'date: ÅÅÅÅ-MM-DD, status: {status}'}'] med dagen då statusen ändrades.",
  'rule.processing-controller-missing.description':
    'Behandling utan personuppgiftsansvarig nämnd, där varje nämnd är personuppgiftsansvarig.',
  'rule.processing-controller-missing.message':
    '"{name}" anger inte vilken nämnd som är personuppgiftsansvarig (controller).',
  'rule.processing-controller-missing.hint':
    'Lägg till controller: med nämndens id ur lisa.yaml. (I Norge är kommunen själv personuppgiftsansvarig: ange country: "no" i lisa.yaml.)',
  'rule.controller-not-a-controller.description':
    'Behandling som anger en nämnd som personuppgiftsansvarig där organisationen själv är det.',
  'rule.controller-not-a-controller.message':
    '"{name}" anger {board} som personuppgiftsansvarig, men här är {organisation} personuppgiftsansvarig och {board} är inte markerad som egen personuppgiftsansvarig.',
  'rule.controller-not-a-controller.hint':
    'Ta bort controller: så är organisationen personuppgiftsansvarig. Är organet en egen juridisk person (ett bolag), ange controller: true för det i lisa.yaml.',
  'rule.hosting-country-mismatch.description': 'Driftformen stämmer inte med landet systemet driftas i.',
  'rule.hosting-country-mismatch.message': '{system} har hosting: {hosting} men hostingCountry: {country}.',
  'rule.hosting-country-mismatch.hint':
    'Rätta det som är fel: swedish-cloud betyder moln i Sverige, norwegian-cloud moln i Norge, eu-cloud moln inom EU/EES och third-country-cloud moln utanför EU/EES.',
  'finding.identity.kindNames.personnummer': 'ett personnummer',
  'finding.identity.kindNames.samordningsnummer': 'ett samordningsnummer',
  'finding.identity.kindNames.fodselsnummer': 'ett norskt födelsenummer',
  'finding.identity.kindNames.d-nummer': 'ett norskt D-nummer',
  'rule.identity-number.description':
    'Personnummer, samordningsnummer, fødselsnummer eller D-nummer i en registerfil.',
  'rule.identity-number.message':
    'Här står {kind} (kontrollsiffran stämmer). Identitetsnummer får aldrig finnas i registret.',
  'rule.identity-number.hint':
    'Ta bort numret, även ur kommentarer. Har det redan pushats: skriv om historiken och anmäl en personuppgiftsincident till dataskyddsombudet.',
  'rule.breach-notified-late.description':
    'Personuppgiftsincident anmäld senare än 72 timmar efter upptäckten utan angivet skäl.',
  'rule.breach-notified-late.message':
    '"{title}" anmäldes {hours} timmar efter upptäckten, senare än 72 timmar, och skälet till dröjsmålet saknas.',
  'rule.breach-notified-late.hint':
    'Ange notification.reason: varför anmälan dröjde (art. 33.1 GDPR kräver att skälen anges). Kontrollera också discovered och notification.at.',
  'rule.breach-not-notified.description':
    'Personuppgiftsincident som varken anmälts eller har ett dokumenterat skäl att inte anmäla.',
  'rule.breach-not-notified.message':
    '"{title}" är en personuppgiftsincident som inte anmälts till tillsynsmyndigheten, och skälet saknas. De 72 timmarna gick ut {deadline}.',
  'rule.breach-not-notified.hint':
    "Anmäl till IMY och ange notification: '{'at: …, reference: …'}'. Bedömer ni att incidenten sannolikt inte medför risk: ange consequences med risk: unlikely och bedömningen, eller notification.reason.",
  'rule.incident-protected-identities-unassessed.description':
    'Incident som berör skyddade personuppgifter utan dokumenterad riskbedömning.',
  'rule.incident-protected-identities-unassessed.message':
    '"{title}" berör skyddade personuppgifter men saknar en riskbedömning för de registrerade.',
  'rule.incident-protected-identities-unassessed.hint':
    "Röjda skyddade personuppgifter kan sätta liv i fara. Gör och dokumentera bedömningen omedelbart: consequences: '{'risk: high-risk, assessment: …, date: …'}'.",
  'rule.incident-open-overdue.description': 'Incident som fortfarande är öppen efter sitt väntade avslut.',
  'rule.incident-open-overdue.message': '"{title}" skulle vara avslutad {date} men är fortfarande öppen.',
  'rule.incident-open-overdue.hint':
    'Ange closed med datum och klockslag när incidenten är avslutad, eller ett nytt expectedClosure.',
  'finding.incidents.what.email': 'en e-postadress',
  'finding.incidents.what.phone': 'ett telefonnummer',
  'finding.incidents.what.name': 'ett personnamn',
  'rule.incident-personal-details.description':
    'Text i en incident som ser ut att innehålla ett namn eller kontaktuppgifter.',
  'rule.incident-personal-details.message':
    'Texten i {field} ser ut att innehålla {what}. En incident beskrivs utan personuppgifter.',
  'rule.incident-personal-details.hint':
    'Skriv roller och kategorier i stället (t.ex. en handläggare, en vårdnadshavare). Är det inte en person: tysta varningen med suppress och ett skäl.',
  'rule.personal-data-without-processing.description':
    'Personuppgifter utan behandling i registerförteckningen.',
  'rule.personal-data-without-processing.message':
    '"{asset}" innehåller personuppgifter men hänvisar inte till någon behandling i registerförteckningen.',
  'rule.personal-data-without-processing.hint':
    'Lägg till processing: med id för behandlingen (eller skapa den i processing/). Varje behandling av personuppgifter ska finnas i registerförteckningen (art. 30 GDPR).',
  'finding.privacy.reasons.special': 'känsliga personuppgifter (art. 9)',
  'finding.privacy.reasons.criminal': 'uppgifter om lagöverträdelser (art. 10)',
  'finding.privacy.reasons.protected': 'skyddade personuppgifter',
  'finding.privacy.reasons.criteria': '{n} av EDPB:s kriterier',
  'rule.dpia-missing.description': 'Behandling som kräver konsekvensbedömning saknar en genomförd.',
  'rule.dpia-missing.message':
    '"{name}" omfattar {reasons} men har ingen genomförd konsekvensbedömning (DPIA-status: {status}).',
  'rule.dpia-missing.hint':
    "Gör en konsekvensbedömning (art. 35) och ange dpia: '{'status: done, date: …'}'. {authority} kräver en när minst två av EDPB:s kriterier gäller. Har ni bedömt att ingen behövs (bara känsliga uppgifter, inget annat kriterium): ange status: not-needed med reference till bedömningen.",
  'rule.third-country-without-safeguard.description': 'Överföring till tredjeland utan skyddsåtgärd.',
  'rule.third-country-without-safeguard.message':
    'Överföringen till {country} saknar skyddsåtgärd (art. 44–49 GDPR).',
  'rule.third-country-without-safeguard.hint':
    'Ange safeguard: adequacy-decision, standard-contractual-clauses, binding-corporate-rules eller derogation – eller upphör med överföringen.',
  'rule.third-country-undeclared.description': 'Tredjelandsöverföring som inte är redovisad.',
  'rule.third-country-undeclared.message':
    '"{name}" använder {via} i tredjeland ({country}) men redovisar ingen överföring dit.',
  'rule.third-country-undeclared.hint': 'Lägg till thirdCountryTransfers med land och skyddsåtgärd.',
  'rule.adequacy-decision-unknown.description':
    'Överföring med stöd av ett beslut om adekvat skyddsnivå som inte finns.',
  'rule.adequacy-decision-unknown.message':
    'Överföringen till {country} anger safeguard: adequacy-decision, men EU-kommissionen har inget beslut om adekvat skyddsnivå för {country}.',
  'rule.adequacy-decision-unknown.hint':
    'Ange den skyddsåtgärd som faktiskt används, t.ex. standard-contractual-clauses, och hänvisa till avtalet i reference.',
  'rule.protection-below-classification.description':
    'System skyddat under den högst klassade informationen det hanterar.',
  'rule.protection-below-classification.message':
    '{system} har skyddsnivå {have} för {aspect} men hanterar "{asset}", klassad {need} ({needLabel}).',
  'rule.protection-below-classification.hint':
    'Ett system ska skyddas minst på nivån för den mest skyddsvärda informationen det hanterar. Höj skyddet till {need} (och genomför åtgärderna) eller flytta informationen till ett system med tillräckligt skydd. Klassningen finns i {classification}.',
  'rule.asset-unclassified.description': 'Informationstillgång utan klassning.',
  'rule.asset-unclassified.message': '"{asset}" har ingen informationsklassning.',
  'rule.asset-unclassified.hint':
    'Klassa informationen tillsammans med informationsägaren och lägg klassningen i classification/{id}.yaml.',
  'finding.references.targetNames.board': 'nämnden',
  'finding.references.targetNames.role': 'rollen',
  'finding.references.targetNames.system': 'systemet',
  'finding.references.targetNames.asset': 'informationstillgången',
  'finding.references.targetNames.classification': 'klassningen',
  'finding.references.targetNames.processing': 'behandlingen',
  'finding.references.targetNames.document': 'styrdokumentet',
  'finding.references.targetNames.kpi': 'nyckeltalet',
  'finding.references.targetNames.cycle': 'aktiviteten',
  'finding.references.targetNames.audit': 'granskningen',
  'finding.references.targetNames.faq': 'vägledningen',
  'finding.references.targetNames.incident': 'incidenten',
  'finding.references.targetNames.agreement': 'avtalet',
  'finding.references.targetNames.training': 'utbildningen',
  'finding.references.targetNames.report': 'årsrapportens bedömning',
  'finding.references.targetNames.risk': 'riskanalysen',
  'finding.references.targetNames.plan': 'åtgärden',
  'finding.references.targetNames.review': 'ledningens genomgång',
  'finding.references.where.board': 'Nämnder anges under boards i lisa.yaml.',
  'finding.references.where.role': 'Roller anges under roles i lisa.yaml.',
  'finding.references.where.file': 'Det finns ingen fil {kind}/{id}.yaml.',
  'finding.references.didYouMean': ' Menade du "{s}"?',
  'rule.dangling-reference.description': 'Hänvisning till något som inte finns.',
  'rule.dangling-reference.message': '{target} "{id}" finns inte.{didYouMean}',
  'rule.dangling-reference.hint': '{where}',
  'rule.unknown-aspect.description': 'Aspekt som klassningsmodellen saknar.',
  'rule.unknown-aspect.message': 'Aspekten "{aspect}" finns inte i klassningsmodellen.{didYouMean}',
  'rule.unknown-aspect.hint': 'Aspekter: {aspects}.',
  'rule.level-out-of-scale.description': 'Nivå utanför klassningsskalan.',
  'rule.level-out-of-scale.message': 'Nivån {level} finns inte i skalan ({levels}).',
  'rule.level-out-of-scale.hint': 'Använd en av nivåerna i klassningsmodellen i lisa.yaml.',
  'rule.report-board-unknown.description': 'Årsrapportens bedömning har en del för en nämnd som inte finns.',
  'rule.report-board-unknown.message':
    'Nämnden "{board}" under boards finns inte i lisa.yaml; dess bedömning och förslag kommer inte med i någon rapport.',
  'rule.report-board-unknown.hint': 'Använd nämndens id ur boards i lisa.yaml.',
  'rule.report-year-mismatch.description': 'Årsrapportens bedömning ligger i en fil med ett annat år.',
  'rule.report-year-mismatch.message':
    'Filen {id}.yaml gäller år {year}. Filnamnet ska vara året, så att varje år har en fil.',
  'rule.report-year-mismatch.hint': 'Byt namn på filen till report/{year}.yaml.',
  'rule.classification-review-overdue.description': 'Klassning som inte setts över i tid.',
  'rule.classification-review-overdue.message': 'Klassningen av "{asset}" skulle ha setts över senast {due}.',
  'rule.classification-review-overdue.hint':
    'Se över klassningen med informationsägaren, uppdatera date och nextReview.',
  'rule.document-review-overdue.description': 'Styrdokument som inte setts över i tid.',
  'rule.document-review-overdue.message': '"{title}" skulle ha setts över senast {due}.',
  'rule.document-review-overdue.hint':
    'Se över dokumentet, ta nytt beslut vid behov och flytta fram nextReview.',
  'rule.document-not-communicated.description': 'Beslutat styrdokument som inte kommunicerats.',
  'rule.document-not-communicated.message':
    '"{title}" beslutades {decided} men har inte kommunicerats till medarbetarna sedan dess.',
  'rule.document-not-communicated.hint':
    'Kommunicera dokumentet (intranät, APT, utbildning) och ange datumet i communicated.',
  'rule.action-overdue.description': 'Planerad åtgärd som passerat sitt datum.',
  'rule.action-overdue.message': 'Åtgärden "{action}" skulle vara klar {due} men har status {status}.',
  'rule.action-overdue.hint':
    'Markera åtgärden som done (med datum), eller ange ett nytt datum och förklara förseningen i svaret till revisorerna.',
  'rule.audit-answer-overdue.description': 'Svar till revisorerna efter sista dag.',
  'rule.audit-answer-overdue.message': 'Svaret på "{title}" skulle ha lämnats senast {due}.',
  'rule.audit-answer-overdue.hint':
    'Besluta svaret och sätt status: answered med decision, eller kom överens med revisorerna om ny tid.',
  'rule.risk-rating-off-scale.description': 'Sannolikhet eller konsekvens utanför riskmodellens skala.',
  'rule.risk-rating-off-scale.message': 'Nivån {value} finns inte på skalan för {scale} ({levels}).',
  'rule.risk-rating-off-scale.hint': 'Använd en av nivåerna under risk i lisa.yaml (standard 1–4).',
  'finding.risk.names.likelihood': 'sannolikhet',
  'finding.risk.names.consequence': 'konsekvens',
  'rule.risk-level-mismatch.description': 'Angiven risknivå som inte stämmer med riskmatrisen.',
  'rule.risk-level-mismatch.message':
    'Scenario {id} anger nivå {level}, men riskmatrisen ger {computed} för sannolikhet {likelihood} och konsekvens {consequence}.',
  'rule.risk-level-mismatch.hint': 'Rätta level, eller ta bort fältet så räknar lisa ut nivån.',
  'rule.risk-untreated.description': 'Risk över acceptansnivån utan beslutad hantering.',
  'rule.risk-untreated.message':
    'Risken "{threat}" har nivå {level}, över acceptansnivån {acceptance}, men ingen hantering.',
  'rule.risk-untreated.hint':
    'Besluta treatment: reduce med åtgärder i plan/, avoid, share, eller accept med acceptedBy och acceptedOn.',
  'rule.risk-accepted-without-authority.description':
    'Risk accepterad av en roll som inte får acceptera den nivån.',
  'rule.risk-accepted-without-authority.message':
    'Risken "{threat}" (nivå {level}) är accepterad av {role}, som får acceptera upp till {upTo}.',
  'rule.risk-accepted-without-authority.hint':
    'Låt en roll med rätt mandat acceptera risken (risk.mayAccept i lisa.yaml): {allowed}.',
  'rule.risk-residual-not-reassessed.description':
    'Alla åtgärder klara men kvarvarande risk inte bedömd på nytt.',
  'rule.risk-residual-not-reassessed.message':
    'Alla åtgärder för risken "{threat}" är klara (senast {done}), men den kvarvarande risken är inte bedömd efter det.',
  'rule.risk-residual-not-reassessed.hint':
    'Bedöm risken på nytt och ange residual med likelihood, consequence och assessed.',
  'rule.risk-review-overdue.description': 'Riskanalys som inte setts över i tid.',
  'rule.risk-review-overdue.message': '"{title}" skulle ha setts över senast {due}.',
  'rule.risk-review-overdue.hint': 'Gå igenom scenarierna med deltagarna, uppdatera date och nextReview.',
  'rule.plan-action-overdue.description': 'Åtgärd i handlingsplanen som passerat sitt datum.',
  'rule.plan-action-overdue.message': 'Åtgärden "{title}" skulle vara klar {due} men har status {status}.',
  'rule.plan-action-overdue.hint':
    'Sätt status: done med datum i done, eller ange ett nytt due och skriv varför i history.',
  'rule.plan-source-missing.description': 'Åtgärd vars källa inte finns.',
  'rule.plan-source-missing.message': 'Åtgärden "{title}" kommer från {source} "{ref}", som inte finns.',
  'rule.plan-source-missing.hint':
    'Rätta source (kind, ref, item), eller stryk åtgärden med status: cancelled om källan har tagits bort.',
  'rule.protection-gap-unplanned.description':
    'System skyddat under klassningens krav utan åtgärd i handlingsplanen (när registret har en handlingsplan).',
  'rule.protection-gap-unplanned.message':
    '{system} har lägre skydd än klassningen kräver, och handlingsplanen har ingen öppen åtgärd för det.',
  'rule.protection-gap-unplanned.hint':
    "Lägg en åtgärd i plan/ med source: '{'kind: classification, ref: {id}'}', med ansvarig och datum.",
  'rule.top-classification-without-analysis.description':
    'Information på högsta konfidentialitetsnivån utan egen riskanalys (när registret har riskanalyser).',
  'rule.top-classification-without-analysis.message':
    '"{asset}" är klassad på högsta konfidentialitetsnivån ({level}) men saknar en egen riskanalys.',
  'rule.top-classification-without-analysis.hint':
    "KLASSA hanterar nivå 4 med en separat analys: lägg en riskanalys i risk/ med object: '{'asset: {id}'}'.",
  'rule.duplicate-id.description': 'Två filer med samma id.',
  'rule.duplicate-id.message': 'Id "{id}" finns redan i {first}; varje post behöver ett eget id.',
  'rule.duplicate-id.hint': 'Byt namn på den ena filen (filnamnet är postens id) eller slå ihop filerna.',
  'rule.invalid-file-name.description': 'Filnamnet kan inte vara ett id.',
  'rule.invalid-file-name.message': 'Filnamnet "{name}" kan inte användas som id.',
  'rule.invalid-file-name.hint':
    'Byt namn till små bokstäver a–z, siffror och bindestreck, t.ex. {suggestion}.yaml.',
  'rule.unknown-file.description': 'YAML-fil utanför registrens mappar.',
  'rule.unknown-file.message': 'Filen ligger inte i någon registermapp och läses inte.',
  'rule.unknown-file.hint':
    'Flytta den till en av mapparna system/, asset/, classification/, processing/, document/, kpi/, cycle/, audit/, faq/, report/, risk/, plan/, review/, incident/, agreement/ eller training/.',
  'rule.missing-organisation.description': 'lisa.yaml saknas.',
  'rule.missing-organisation.message':
    'Registret saknar lisa.yaml med organisationens namn, nämnder och roller.',
  'rule.missing-organisation.hint': 'Kopiera lisa.yaml från exempelregistret och anpassa den.',
  'rule.duplicate-entry-id.description':
    'Samma id två gånger inom en fil (nämnder, rekommendationer, åtgärder).',
  'rule.duplicate-entry-id.message': 'Id "{id}" används redan av en annan {what} i samma fil.',
  'rule.duplicate-entry-id.hint': 'Ge varje {what} ett eget id; påminnelser och hänvisningar bygger på det.',
  'finding.structure.what.board': 'nämnd',
  'finding.structure.what.recommendation': 'rekommendation',
  'finding.structure.what.action': 'åtgärd',
  'rule.suppress-error.description': 'Försök att tysta ett fel.',
  'rule.suppress-error.message': 'Regeln "{rule}" ger fel, och fel kan inte tystas.',
  'rule.suppress-error.hint': 'Rätta felet i stället och ta bort raden ur suppress.',
  'rule.suppress-unknown-rule.description': 'Okänd regel i suppress.',
  'rule.suppress-unknown-rule.message': 'Det finns ingen regel "{rule}".{didYouMean}',
  'rule.suppress-unknown-rule.hint': 'Kör "lisa rules" för att se alla regler.',
  'rule.suppress-unused.description': 'Undantag som inte längre behövs.',
  'rule.suppress-unused.message':
    'Regeln "{rule}" ger ingen varning för den här posten; undantaget behövs inte.',
  'rule.suppress-unused.hint':
    'Ta bort raden ur suppress så att varningen syns om problemet kommer tillbaka.',
  'rule.file-too-large.description': 'Filen är för stor för ett register.',
  'rule.file-too-large.message': 'Filen är {size} stor; en registerfil får vara högst {max}.',
  'rule.file-too-large.hint': 'Dela upp innehållet i flera filer, en post per fil.',
  'rule.file-binary.description': 'Filen är inte en textfil.',
  'rule.file-binary.message': 'Filen innehåller binära data (NUL-tecken) och är ingen YAML-fil.',
  'rule.file-binary.hint': 'Ta bort filen ur registret eller ersätt den med en YAML-fil.',
  'rule.file-encoding.description': 'Filen är inte kodad som UTF-8.',
  'rule.file-encoding.message': 'Filen är inte giltig UTF-8 (ogiltig byte 0x{byte}).',
  'rule.file-encoding.hint':
    'Spara filen som UTF-8 (i VS Code: klicka på kodningen i statusraden, "Save with Encoding", UTF-8). Filen är troligen sparad som Windows-1252/Latin-1.',
  'rule.yaml-syntax.description': 'Filen är inte giltig YAML.',
  'rule.yaml-syntax.message': 'YAML-fel: {detail}',
  'rule.yaml-syntax.hint':
    'Kontrollera indrag (två mellanslag per nivå), kolon efter varje nyckel och citattecken runt text som innehåller ": " eller " #".',
  'finding.parse.yamlDetails.QUOTE': 'citattecknet avslutas aldrig',
  'finding.parse.yamlDetails.FLOW_END': "en [ eller '{' stängs aldrig med ] eller '}'",
  'finding.parse.yamlDetails.MISSING_CHAR':
    'ett tecken saknas här (kolon, komma, hakparentes eller mellanslag)',
  'finding.parse.yamlDetails.BAD_INDENT': 'indraget stämmer inte med raderna runt omkring',
  'finding.parse.yamlDetails.BLOCK_AS_IMPLICIT_KEY': 'ett värde innehåller ": " och läses som en ny nyckel',
  'finding.parse.yamlDetails.MULTILINE_IMPLICIT_KEY':
    'en nyckel måste stå på en rad – saknas ett kolon, eller är indraget fel?',
  'finding.parse.yamlDetails.MULTIPLE_DOCS':
    'filen innehåller flera dokument (---), men en fil ska bara innehålla en post',
  'finding.parse.yamlDetails.UNEXPECTED_TOKEN': 'oväntat tecken',
  'finding.parse.yamlDetails.BAD_DQ_ESCAPE':
    'ogiltig \\-sekvens inom dubbla citattecken (skriv \\\\ eller använd enkla citattecken)',
  'finding.parse.yamlDetails.BAD_SCALAR_START': 'ett värde kan inte börja med {char} utan citattecken',
  'finding.parse.yamlDetails.UNRESOLVED_ALIAS':
    'aliaset *{char} hänvisar till ankaret &{char}, men inget sådant ankare står före det',
  'finding.parse.yamlDetails.BLOCK_IN_FLOW':
    "en lista eller ett avsnitt på flera rader står inne i [ ] eller '{' '}'",
  'rule.yaml-tab.description': 'Tabbtecken i indrag.',
  'rule.yaml-tab.message': 'Indraget innehåller ett tabbtecken; YAML tillåter bara mellanslag.',
  'rule.yaml-tab.hint':
    'Ersätt tabben med mellanslag (två per nivå). I VS Code: "Convert Indentation to Spaces".',
  'rule.duplicate-key.description': 'Samma nyckel två gånger.',
  'rule.duplicate-key.message':
    'Nyckeln finns redan tidigare i samma avsnitt; det andra värdet skulle skriva över det första.',
  'rule.duplicate-key.hint': 'Slå ihop de två värdena eller ta bort det ena.',
  'rule.yaml-aliases.description': 'För många YAML-alias.',
  'rule.yaml-aliases.message':
    'Filen använder alias (*namn) så många gånger att den skulle växa okontrollerat när den läses.',
  'rule.yaml-aliases.hint': 'Skriv ut värdena i stället för att använda ankare (&) och alias (*).',
  'rule.empty-file.description': 'Tom registerfil.',
  'rule.empty-file.message': 'Filen är tom.',
  'rule.empty-file.hint': 'Fyll i posten eller ta bort filen.',
  'rule.file-symlink.description': 'En symbolisk länk i registret.',
  'rule.file-symlink.message':
    'Filen är en symbolisk länk; lisa följer inga länkar i registret och läser den inte.',
  'rule.file-symlink.hint':
    'Ersätt länken med själva filen (git rm länken, kopiera in filen). En länk kan peka ut ur repot, t.ex. på hemligheter.',
  'rule.file-special.description': 'En enhet, FIFO eller socket i registret.',
  'rule.file-special.message': 'Detta är ingen vanlig fil (en enhet, FIFO eller socket) och läses inte.',
  'rule.file-special.hint': 'Ta bort den ur registermappen.',
  'rule.file-name-encoding.description': 'Filnamnet är inte UTF-8.',
  'rule.file-name-encoding.message':
    'Filnamnet är inte giltig UTF-8 (ogiltiga byte visas som \\xNN) och filen läses inte som register.',
  'rule.file-name-encoding.hint':
    'Byt namn på filen (t.ex. git mv) till ett namn med a–z, 0–9 och bindestreck. Namnet skapades troligen i Latin-1/Windows-1252.',
  'rule.registry-link.description': 'Registermappen är en länk eller ligger utanför repot.',
  'rule.registry-link.message':
    'Registermappen {dir} är en symbolisk länk eller leder ut ur repot; lisa följer den inte och har inte läst något.',
  'rule.registry-link.hint': 'Lägg registret som en vanlig mapp i repot, eller ange dess riktiga sökväg.',
  'rule.file-partly-scanned.description': 'En mycket stor fil i registret.',
  'rule.file-partly-scanned.message':
    'Filen är {size}; bara de första {max} söktes igenom efter personnummer.',
  'rule.file-partly-scanned.hint': 'Lägg stora filer utanför registermappen.',
  'rule.file-too-complex.description': 'Filen har för många värden eller för djup nästling för ett register.',
  'rule.file-too-complex.message': 'Filen {detail}; lisa läser den inte vidare.',
  'rule.file-too-complex.hint':
    'En registerfil beskriver en post med några hundra värden som mest. Dela upp innehållet, eller ta bort det som genererats av misstag.',
  'finding.parse.complexity.nodes': 'har fler än {max, number} värden (nycklar, värden och listrader)',
  'finding.parse.complexity.depth': 'är nästlad djupare än {max, number} nivåer',
  'rule.unknown-field.description': 'Fält som registret inte känner till.',
  'rule.unknown-field.message': 'Okänt fält "{field}".{didYouMean}',
  'rule.unknown-field.hint': 'Tillåtna fält här: {allowed}.',
  'rule.missing-field.description': 'Obligatoriskt fält saknas.',
  'rule.missing-field.message': 'Fältet "{field}" saknas{condition}.',
  'rule.missing-field.hint': 'Lägg till "{field}:".{about}',
  'rule.wrong-type.description': 'Värdet har fel typ.',
  'rule.wrong-type.message': '"{field}" ska vara {expected}, inte {actual}.',
  'rule.wrong-type.hint': '{example}',
  'rule.invalid-value.description': 'Värdet är inte tillåtet.',
  'rule.invalid-value.message': '"{field}": {problem}.{didYouMean}',
  'rule.invalid-value.hint': '{fix}',
  'rule.invalid-date.description': 'Ogiltigt datum.',
  'rule.invalid-date.message': '"{field}": {value} är inget giltigt datum.',
  'rule.invalid-date.hint':
    'Skriv datumet som ÅÅÅÅ-MM-DD och kontrollera att dagen finns i månaden (februari har 28 dagar, 29 under skottår).',
  'finding.schema.typeNames.string': 'text',
  'finding.schema.typeNames.integer': 'ett heltal',
  'finding.schema.typeNames.number': 'ett tal',
  'finding.schema.typeNames.boolean': 'true eller false',
  'finding.schema.typeNames.array': 'en lista (rader som börjar med "- ")',
  'finding.schema.typeNames.object': 'ett avsnitt med fält',
  'finding.schema.typeNames.null': 'tomt',
  'finding.schema.typeNames.textOrLocalized': 'text, eller en text per språk (sv:, nb:, en:)',
  'finding.schema.or': ' eller ',
  'finding.schema.root': 'filen',
  'finding.schema.typeHints.quote':
    'Sätt citattecken runt text som innehåller kolon, kommatecken eller #, t.ex. name: "Systemägare, socialtjänst".',
  'finding.schema.typeHints.list':
    'Skriv en rad per värde, med "- " först:\n      {key}:\n        - första\n        - andra',
  'finding.schema.typeHints.mapping':
    'Hela filen ska vara fält med värden (nyckel: värde), inte en lista eller en ensam text. Utgå från en befintlig fil i samma mapp.',
  'finding.schema.typeHints.number': 'Skriv talet utan citattecken och enhet, t.ex. 3.',
  'finding.schema.typeHints.boolean': 'Skriv true (ja) eller false (nej), utan citattecken.',
  'finding.schema.condition': ' (krävs när {when})',
  'finding.schema.problems.enum': '"{value}" är inte ett tillåtet värde',
  'finding.schema.problems.id': '"{value}" är inget giltigt id',
  'finding.schema.problems.pattern': '"{value}" har fel form',
  'finding.schema.problems.propertyName': 'nyckeln "{value}" har fel form',
  'finding.schema.problems.format': '"{value}" är ingen giltig {format}',
  'finding.schema.problems.minimum': 'värdet {value} är mindre än {limit}',
  'finding.schema.problems.maximum': 'värdet {value} är större än {limit}',
  'finding.schema.problems.minLength': 'texten är tom',
  'finding.schema.problems.tooShort': 'texten är för kort (minst {limit} tecken)',
  'finding.schema.problems.minItems': 'listan ska ha minst {limit} rad(er)',
  'finding.schema.problems.minProperties': 'avsnittet är tomt',
  'finding.schema.problems.uniqueItems': 'samma värde står två gånger (rad {i} och {j})',
  'finding.schema.problems.const': 'värdet ska vara {allowedValue}',
  'finding.schema.fixes.enum': 'Tillåtna värden: {allowed}.',
  'finding.schema.fixes.id':
    'Ett id skrivs med små bokstäver a–z, siffror och bindestreck, utan å, ä, ö och mellanslag (t.ex. "socialnamnden").',
  'finding.schema.fixes.pattern': 'Förväntat mönster: {pattern}.',
  'rule.audit-action-not-in-plan.description':
    'Planerad åtgärd i ett granskningssvar som inte finns i handlingsplanen (när registret har en).',
  'rule.audit-action-not-in-plan.message':
    'Åtgärden "{action}" ({rec}) följs bara upp i svaret, inte i handlingsplanen.',
  'rule.audit-action-not-in-plan.hint':
    'Kör lisa migrate för att se hur åtgärderna flyttas till plan/, och lisa migrate --write för att flytta dem. Svarets text ändras inte.',
  'rule.board-missing.description':
    'System eller informationstillgång utan ansvarig nämnd, där varje nämnd är personuppgiftsansvarig.',
  'rule.board-missing.message': '"{name}" anger inte vilken nämnd som ansvarar (board).',
  'rule.board-missing.hint':
    'Lägg till board: med nämndens id ur lisa.yaml. (I Norge ansvarar kommunen själv: ange country: "no" i lisa.yaml.)',
} as const;
