import type { findings as sv } from '../sv/findings.js';

// Texts of findings in bokmål, typed against the Swedish keys.
export const findings: Record<keyof typeof sv, string> = {
  'rule.processor-without-agreement.description': 'Databehandler uten databehandleravtale i agreement/.',
  'rule.processor-without-agreement.message':
    '«{name}» bruker databehandleren {processor}, men ingen databehandleravtale i agreement/ dekker behandlingen.',
  'rule.processor-without-agreement.hint':
    'Legg avtalen i agreement/ med type: processor-agreement, counterparty: {processor} og processing: [{id}] (art. 28 nr. 3 GDPR).',
  'rule.agreement-processor-not-listed.description':
    'Databehandleravtale for en behandling som ikke oppgir motparten som databehandler.',
  'rule.agreement-processor-not-listed.message':
    'Avtalen med {counterparty} dekker «{name}», men behandlingen oppgir ikke {counterparty} som databehandler.',
  'rule.agreement-processor-not-listed.hint':
    'Legg til {counterparty} under processors i processing/{id}.yaml, eller fjern behandlingen fra avtalens processing.',
  'rule.agreement-expired.description': 'Avtale der sluttdatoen er passert.',
  'rule.agreement-expired.message': 'Avtalen med {counterparty} opphørte {end}.',
  'rule.agreement-expired.hint':
    'Angi ny sluttdato hvis avtalen er forlenget, ellers en ny avtale. Behandles personopplysninger fortsatt, mangler en gyldig databehandleravtale.',
  'rule.agreement-in-notice-period.description': 'Avtale som løper ut og der oppsigelsestiden har begynt.',
  'rule.agreement-in-notice-period.message':
    'Avtalen med {counterparty} opphører {end}; oppsigelsestiden begynte {notice}.',
  'rule.agreement-in-notice-period.hint':
    'Besluttet forlengelse eller ny anskaffelse, og angi ny sluttdato når det er klart.',
  'rule.sub-processor-without-safeguard.description':
    'Underdatabehandler i tredjeland uten overføringsgrunnlag.',
  'rule.sub-processor-without-safeguard.message':
    'Underdatabehandleren {name} behandler opplysninger i {country}, utenfor EØS, uten oppgitt overføringsgrunnlag.',
  'rule.sub-processor-without-safeguard.hint':
    'Angi safeguard: adequacy-decision, standard-contractual-clauses, binding-corporate-rules eller derogation (art. 44–49 GDPR) – eller krev en underdatabehandler i EØS.',
  'rule.action-undated.description': 'Planlagt tiltak uten ansvarlig eller frist.',
  'rule.action-undated.message':
    'Tiltaket «{action}» mangler {missing}. Det vises slik svaret anga det og gir ingen påminnelser.',
  'rule.action-undated.hint':
    'Legg til owner (en rolle) og due (ÅÅÅÅ-MM-DD) når de er bestemt – ikke finn dem opp. En periode i ord kan stå i period.',
  'finding.audits.words.owner': 'ansvarlig',
  'finding.audits.words.due': 'frist',
  'finding.audits.words.both': 'ansvarlig og frist',
  'rule.audit-answer-undated.description': 'Besvart revisjon der vedtaket mangler dato.',
  'rule.audit-answer-undated.message':
    'Svaret fra {board} på «{title}» har ingen dato. Dokumentet får ingen dato (aldri utskriftsdagen), og tiltakene kan ikke vises slik de sto ved vedtaket.',
  'rule.audit-answer-undated.hint': 'Angi date (svarets dato) eller meetingDate (møtet) i vedtaket.',
  'rule.action-history-missing.description': 'Tiltak i et vedtatt svar der statusen mangler dato.',
  'rule.action-history-missing.message':
    'Tiltaket «{action}» har status {status}, men ingen datert hendelse i history. Det vedtatte svaret viser det derfor som planlagt.',
  'rule.action-history-missing.hint':
    "Legg til history: ['{'date: ÅÅÅÅ-MM-DD, status: {status}'}'] med dagen statusen ble endret.",
  'rule.processing-controller-missing.description':
    'Behandling uten behandlingsansvarlig utvalg, der hvert utvalg er behandlingsansvarlig.',
  'rule.processing-controller-missing.message':
    '«{name}» oppgir ikke hvilket utvalg som er behandlingsansvarlig (controller).',
  'rule.processing-controller-missing.hint':
    'Legg til controller: med utvalgets id fra lisa.yaml. (Er organisasjonen selv behandlingsansvarlig, som en norsk kommune: angi country: "no" i lisa.yaml.)',
  'rule.controller-not-a-controller.description':
    'Behandling som oppgir et utvalg som behandlingsansvarlig der organisasjonen selv er det.',
  'rule.controller-not-a-controller.message':
    '«{name}» oppgir {board} som behandlingsansvarlig, men her er {organisation} behandlingsansvarlig, og {board} er ikke merket som egen behandlingsansvarlig.',
  'rule.controller-not-a-controller.hint':
    'Fjern controller:, så er organisasjonen behandlingsansvarlig. Er organet et eget rettssubjekt (et selskap), angi controller: true for det i lisa.yaml.',
  'rule.hosting-country-mismatch.description': 'Driftsformen stemmer ikke med landet systemet driftes i.',
  'rule.hosting-country-mismatch.message': '{system} har hosting: {hosting}, men hostingCountry: {country}.',
  'rule.hosting-country-mismatch.hint':
    'Rett det som er feil: swedish-cloud betyr sky i Sverige, norwegian-cloud sky i Norge, eu-cloud sky i EU/EØS og third-country-cloud sky utenfor EU/EØS.',
  'finding.identity.kindNames.personnummer': 'et svensk personnummer',
  'finding.identity.kindNames.samordningsnummer': 'et svensk samordningsnummer',
  'finding.identity.kindNames.fodselsnummer': 'et fødselsnummer',
  'finding.identity.kindNames.d-nummer': 'et D-nummer',
  'rule.identity-number.description':
    'Personnummer, samordningsnummer, fødselsnummer eller D-nummer i en registerfil.',
  'rule.identity-number.message':
    'Her står {kind} (kontrollsifrene stemmer). Identitetsnummer skal aldri stå i registeret.',
  'rule.identity-number.hint':
    'Fjern nummeret, også fra kommentarer. Er det allerede pushet: skriv om historikken og meld et avvik til personvernombudet.',
  'rule.breach-notified-late.description':
    'Brudd på personopplysningssikkerheten meldt senere enn 72 timer etter oppdagelsen uten oppgitt grunn.',
  'rule.breach-notified-late.message':
    '«{title}» ble meldt {hours} timer etter oppdagelsen, senere enn 72 timer, og grunnen til forsinkelsen mangler.',
  'rule.breach-notified-late.hint':
    'Angi notification.reason: hvorfor meldingen ble forsinket (art. 33 nr. 1 GDPR krever at grunnen oppgis). Kontroller også discovered og notification.at.',
  'rule.breach-not-notified.description':
    'Brudd på personopplysningssikkerheten som verken er meldt eller har en dokumentert grunn til ikke å melde.',
  'rule.breach-not-notified.message':
    '«{title}» er et brudd på personopplysningssikkerheten som ikke er meldt til tilsynsmyndigheten, og grunnen mangler. De 72 timene gikk ut {deadline}.',
  'rule.breach-not-notified.hint':
    "Meld til Datatilsynet og angi notification: '{'at: …, reference: …'}'. Er det vurdert at bruddet sannsynligvis ikke medfører risiko: angi consequences med risk: unlikely og vurderingen, eller notification.reason.",
  'rule.incident-protected-identities-unassessed.description':
    'Hendelse som berører beskyttede personopplysninger uten dokumentert risikovurdering.',
  'rule.incident-protected-identities-unassessed.message':
    '«{title}» berører beskyttede personopplysninger, men mangler en risikovurdering for de registrerte.',
  'rule.incident-protected-identities-unassessed.hint':
    "Røpede beskyttede personopplysninger kan sette liv i fare. Gjør og dokumenter vurderingen straks: consequences: '{'risk: high-risk, assessment: …, date: …'}'.",
  'rule.incident-open-overdue.description': 'Hendelse som fortsatt er åpen etter forventet avslutning.',
  'rule.incident-open-overdue.message': '«{title}» skulle vært avsluttet {date}, men er fortsatt åpen.',
  'rule.incident-open-overdue.hint':
    'Angi closed med dato og klokkeslett når hendelsen er avsluttet, eller en ny expectedClosure.',
  'finding.incidents.what.email': 'en e-postadresse',
  'finding.incidents.what.phone': 'et telefonnummer',
  'finding.incidents.what.name': 'et personnavn',
  'rule.incident-personal-details.description':
    'Tekst i en hendelse som ser ut til å inneholde et navn eller kontaktopplysninger.',
  'rule.incident-personal-details.message':
    'Teksten i {field} ser ut til å inneholde {what}. En hendelse beskrives uten personopplysninger.',
  'rule.incident-personal-details.hint':
    'Skriv roller og kategorier i stedet (f.eks. en saksbehandler, en foresatt). Er det ikke en person: demp advarselen med suppress og en grunn.',
  'rule.personal-data-without-processing.description':
    'Personopplysninger uten behandling i behandlingsprotokollen.',
  'rule.personal-data-without-processing.message':
    '«{asset}» inneholder personopplysninger, men viser ikke til noen behandling i behandlingsprotokollen.',
  'rule.personal-data-without-processing.hint':
    'Legg til processing: med id for behandlingen (eller opprett den i processing/). Hver behandling av personopplysninger skal stå i behandlingsprotokollen (art. 30 GDPR).',
  'finding.privacy.reasons.special': 'særlige kategorier personopplysninger (art. 9)',
  'finding.privacy.reasons.criminal': 'opplysninger om straffbare forhold (art. 10)',
  'finding.privacy.reasons.protected': 'beskyttede personopplysninger (sperret adresse)',
  'finding.privacy.reasons.criteria': '{n} av EDPBs kriterier',
  'rule.dpia-missing.description':
    'Behandling som krever vurdering av personvernkonsekvenser mangler en gjennomført.',
  'rule.dpia-missing.message':
    '«{name}» omfatter {reasons}, men har ingen gjennomført personvernkonsekvensvurdering (DPIA-status: {status}).',
  'rule.dpia-missing.hint':
    "Gjennomfør en vurdering av personvernkonsekvenser (art. 35) og angi dpia: '{'status: done, date: …'}'. {authority} krever normalt en når minst to av EDPBs kriterier gjelder. Er det vurdert at ingen trengs (bare særlige kategorier, ingen andre kriterier): angi status: not-needed med reference til vurderingen.",
  'rule.third-country-without-safeguard.description': 'Overføring til tredjeland uten garantier.',
  'rule.third-country-without-safeguard.message':
    'Overføringen til {country} mangler garantier (art. 44–49 GDPR).',
  'rule.third-country-without-safeguard.hint':
    'Angi safeguard: adequacy-decision, standard-contractual-clauses, binding-corporate-rules eller derogation – eller stans overføringen.',
  'rule.third-country-undeclared.description': 'Tredjelandsoverføring som ikke er oppgitt.',
  'rule.third-country-undeclared.message':
    '«{name}» bruker {via} i tredjeland ({country}), men oppgir ingen overføring dit.',
  'rule.third-country-undeclared.hint': 'Legg til thirdCountryTransfers med land og garanti.',
  'rule.adequacy-decision-unknown.description':
    'Overføring med grunnlag i en beslutning om tilstrekkelig beskyttelsesnivå som ikke finnes.',
  'rule.adequacy-decision-unknown.message':
    'Overføringen til {country} oppgir safeguard: adequacy-decision, men EU-kommisjonen har ingen beslutning om tilstrekkelig beskyttelsesnivå for {country}.',
  'rule.adequacy-decision-unknown.hint':
    'Angi garantien som faktisk brukes, f.eks. standard-contractual-clauses, og vis til avtalen i reference.',
  'rule.protection-below-classification.description':
    'System beskyttet under den høyest klassifiserte informasjonen det behandler.',
  'rule.protection-below-classification.message':
    '{system} har beskyttelsesnivå {have} for {aspect}, men behandler «{asset}», klassifisert {need} ({needLabel}).',
  'rule.protection-below-classification.hint':
    'Et system skal beskyttes minst på nivået til den mest beskyttelsesverdige informasjonen det behandler. Hev beskyttelsen til {need} (og gjennomfør tiltakene) eller flytt informasjonen til et system med tilstrekkelig beskyttelse. Klassifiseringen finnes i {classification}.',
  'rule.asset-unclassified.description': 'Informasjonsressurs uten klassifisering.',
  'rule.asset-unclassified.message': '«{asset}» har ingen klassifisering.',
  'rule.asset-unclassified.hint':
    'Klassifiser informasjonen sammen med informasjonseieren og legg klassifiseringen i classification/{id}.yaml.',
  'finding.references.targetNames.board': 'utvalget',
  'finding.references.targetNames.role': 'rollen',
  'finding.references.targetNames.system': 'systemet',
  'finding.references.targetNames.asset': 'informasjonsressursen',
  'finding.references.targetNames.classification': 'klassifiseringen',
  'finding.references.targetNames.processing': 'behandlingen',
  'finding.references.targetNames.document': 'styringsdokumentet',
  'finding.references.targetNames.kpi': 'nøkkeltallet',
  'finding.references.targetNames.cycle': 'aktiviteten',
  'finding.references.targetNames.audit': 'revisjonen',
  'finding.references.targetNames.faq': 'veiledningen',
  'finding.references.targetNames.incident': 'hendelsen',
  'finding.references.targetNames.agreement': 'avtalen',
  'finding.references.targetNames.training': 'opplæringen',
  'finding.references.targetNames.report': 'årsrapportens vurdering',
  'finding.references.targetNames.risk': 'ROS-analysen',
  'finding.references.targetNames.plan': 'tiltaket',
  'finding.references.targetNames.review': 'ledelsens gjennomgang',
  'finding.references.where.board': 'Utvalg angis under boards i lisa.yaml.',
  'finding.references.where.role': 'Roller angis under roles i lisa.yaml.',
  'finding.references.where.file': 'Det finnes ingen fil {kind}/{id}.yaml.',
  'finding.references.didYouMean': ' Mente du «{s}»?',
  'rule.dangling-reference.description': 'Henvisning til noe som ikke finnes.',
  'rule.dangling-reference.message': '{target} «{id}» finnes ikke.{didYouMean}',
  'rule.dangling-reference.hint': '{where}',
  'rule.unknown-aspect.description': 'Aspekt som klassifiseringsmodellen mangler.',
  'rule.unknown-aspect.message': 'Aspektet «{aspect}» finnes ikke i klassifiseringsmodellen.{didYouMean}',
  'rule.unknown-aspect.hint': 'Aspekter: {aspects}.',
  'rule.level-out-of-scale.description': 'Nivå utenfor klassifiseringsskalaen.',
  'rule.level-out-of-scale.message': 'Nivået {level} finnes ikke i skalaen ({levels}).',
  'rule.level-out-of-scale.hint': 'Bruk et av nivåene i klassifiseringsmodellen i lisa.yaml.',
  'rule.report-board-unknown.description':
    'Årsrapportens vurdering har en del for et utvalg som ikke finnes.',
  'rule.report-board-unknown.message':
    'Utvalget «{board}» under boards finnes ikke i lisa.yaml; vurderingen og forslagene kommer ikke med i noen rapport.',
  'rule.report-board-unknown.hint': 'Bruk utvalgets id fra boards i lisa.yaml.',
  'rule.report-year-mismatch.description': 'Årsrapportens vurdering ligger i en fil med et annet år.',
  'rule.report-year-mismatch.message':
    'Filen {id}.yaml gjelder år {year}. Filnavnet skal være året, slik at hvert år har én fil.',
  'rule.report-year-mismatch.hint': 'Gi filen navnet report/{year}.yaml.',
  'rule.classification-review-overdue.description': 'Klassifisering som ikke er gjennomgått i tide.',
  'rule.classification-review-overdue.message':
    'Klassifiseringen av «{asset}» skulle vært gjennomgått senest {due}.',
  'rule.classification-review-overdue.hint':
    'Gå gjennom klassifiseringen med informasjonseieren, oppdater date og nextReview.',
  'rule.document-review-overdue.description': 'Styringsdokument som ikke er gjennomgått i tide.',
  'rule.document-review-overdue.message': '«{title}» skulle vært gjennomgått senest {due}.',
  'rule.document-review-overdue.hint':
    'Gå gjennom dokumentet, fatt nytt vedtak ved behov og flytt nextReview.',
  'rule.document-not-communicated.description': 'Vedtatt styringsdokument som ikke er kommunisert.',
  'rule.document-not-communicated.message':
    '«{title}» ble vedtatt {decided}, men er ikke kommunisert til de ansatte siden.',
  'rule.document-not-communicated.hint':
    'Kommuniser dokumentet (intranett, personalmøte, opplæring) og angi datoen i communicated.',
  'rule.action-overdue.description': 'Planlagt tiltak som har passert fristen.',
  'rule.action-overdue.message': 'Tiltaket «{action}» skulle vært ferdig {due}, men har status {status}.',
  'rule.action-overdue.hint':
    'Merk tiltaket som done (med dato), eller angi en ny dato og forklar forsinkelsen i oppfølgingen av revisjonen.',
  'rule.audit-answer-overdue.description': 'Svar på revisjonsrapporten etter fristen.',
  'rule.audit-answer-overdue.message': 'Svaret på «{title}» skulle vært levert senest {due}.',
  'rule.audit-answer-overdue.hint':
    'Vedta svaret og sett status: answered med decision, eller avtal ny frist med revisjonen.',
  'rule.risk-rating-off-scale.description': 'Sannsynlighet eller konsekvens utenfor risikomodellens skala.',
  'rule.risk-rating-off-scale.message': 'Nivået {value} finnes ikke på skalaen for {scale} ({levels}).',
  'rule.risk-rating-off-scale.hint': 'Bruk et av nivåene under risk i lisa.yaml (standard 1–4).',
  'finding.risk.names.likelihood': 'sannsynlighet',
  'finding.risk.names.consequence': 'konsekvens',
  'rule.risk-level-mismatch.description': 'Oppgitt risikonivå som ikke stemmer med risikomatrisen.',
  'rule.risk-level-mismatch.message':
    'Scenario {id} oppgir nivå {level}, men risikomatrisen gir {computed} for sannsynlighet {likelihood} og konsekvens {consequence}.',
  'rule.risk-level-mismatch.hint': 'Rett level, eller fjern feltet så regner lisa ut nivået.',
  'rule.risk-untreated.description': 'Risiko over akseptansnivået uten besluttet håndtering.',
  'rule.risk-untreated.message':
    'Risikoen «{threat}» har nivå {level}, over akseptansnivået {acceptance}, men ingen håndtering.',
  'rule.risk-untreated.hint':
    'Bestem treatment: reduce med tiltak i plan/, avoid, share, eller accept med acceptedBy og acceptedOn.',
  'rule.risk-accepted-without-authority.description':
    'Risiko akseptert av en rolle som ikke kan akseptere det nivået.',
  'rule.risk-accepted-without-authority.message':
    'Risikoen «{threat}» (nivå {level}) er akseptert av {role}, som kan akseptere opp til {upTo}.',
  'rule.risk-accepted-without-authority.hint':
    'La en rolle med riktig mandat akseptere risikoen (risk.mayAccept i lisa.yaml): {allowed}.',
  'rule.risk-residual-not-reassessed.description':
    'Alle tiltak ferdige, men gjenværende risiko ikke vurdert på nytt.',
  'rule.risk-residual-not-reassessed.message':
    'Alle tiltak for risikoen «{threat}» er ferdige (senest {done}), men gjenværende risiko er ikke vurdert etter det.',
  'rule.risk-residual-not-reassessed.hint':
    'Vurder risikoen på nytt og angi residual med likelihood, consequence og assessed.',
  'rule.risk-review-overdue.description': 'Risikoanalyse som ikke er gjennomgått i tide.',
  'rule.risk-review-overdue.message': '«{title}» skulle vært gjennomgått senest {due}.',
  'rule.risk-review-overdue.hint': 'Gå gjennom scenarioene med deltakerne, oppdater date og nextReview.',
  'rule.plan-action-overdue.description': 'Tiltak i tiltaksplanen som har passert fristen.',
  'rule.plan-action-overdue.message': 'Tiltaket «{title}» skulle vært ferdig {due}, men har status {status}.',
  'rule.plan-action-overdue.hint':
    'Sett status: done med dato i done, eller angi ny due og skriv hvorfor i history.',
  'rule.plan-source-missing.description': 'Tiltak der kilden ikke finnes.',
  'rule.plan-source-missing.message': 'Tiltaket «{title}» kommer fra {source} «{ref}», som ikke finnes.',
  'rule.plan-source-missing.hint':
    'Rett source (kind, ref, item), eller stryk tiltaket med status: cancelled hvis kilden er fjernet.',
  'rule.protection-gap-unplanned.description':
    'System beskyttet under klassifiseringens krav uten tiltak i tiltaksplanen (når registeret har en tiltaksplan).',
  'rule.protection-gap-unplanned.message':
    '{system} har lavere beskyttelse enn klassifiseringen krever, og tiltaksplanen har ikke noe åpent tiltak for det.',
  'rule.protection-gap-unplanned.hint':
    "Legg et tiltak i plan/ med source: '{'kind: classification, ref: {id}'}', med ansvarlig og dato.",
  'rule.top-classification-without-analysis.description':
    'Informasjon på høyeste konfidensialitetsnivå uten egen ROS-analyse (når registeret har ROS-analyser).',
  'rule.top-classification-without-analysis.message':
    '«{asset}» er klassifisert på høyeste konfidensialitetsnivå ({level}), men mangler egen ROS-analyse.',
  'rule.top-classification-without-analysis.hint':
    "Informasjon på høyeste nivå skal ha sin egen analyse: legg en ROS-analyse i risk/ med object: '{'asset: {id}'}'.",
  'rule.duplicate-id.description': 'To filer med samme id.',
  'rule.duplicate-id.message': 'Id «{id}» finnes allerede i {first}; hver post trenger sin egen id.',
  'rule.duplicate-id.hint':
    'Gi den ene filen et nytt navn (filnavnet er postens id) eller slå sammen filene.',
  'rule.invalid-file-name.description': 'Filnavnet kan ikke være en id.',
  'rule.invalid-file-name.message': 'Filnavnet «{name}» kan ikke brukes som id.',
  'rule.invalid-file-name.hint':
    'Gi filen et navn med små bokstaver a–z, sifre og bindestrek, f.eks. {suggestion}.yaml.',
  'rule.unknown-file.description': 'YAML-fil utenfor registermappene.',
  'rule.unknown-file.message': 'Filen ligger ikke i noen registermappe og leses ikke.',
  'rule.unknown-file.hint':
    'Flytt den til en av mappene system/, asset/, classification/, processing/, document/, kpi/, cycle/, audit/, faq/, report/, risk/, plan/, review/, incident/, agreement/ eller training/.',
  'rule.missing-organisation.description': 'lisa.yaml mangler.',
  'rule.missing-organisation.message':
    'Registeret mangler lisa.yaml med organisasjonens navn, utvalg og roller.',
  'rule.missing-organisation.hint': 'Kopier lisa.yaml fra eksempelregisteret og tilpass den.',
  'rule.duplicate-entry-id.description': 'Samme id to ganger i én fil (utvalg, anbefalinger, tiltak).',
  'rule.duplicate-entry-id.message': 'Id «{id}» brukes allerede av en annen {what} i samme fil.',
  'rule.duplicate-entry-id.hint': 'Gi hver {what} sin egen id; påminnelser og henvisninger bygger på den.',
  'finding.structure.what.board': 'utvalg',
  'finding.structure.what.recommendation': 'anbefaling',
  'finding.structure.what.action': 'tiltak',
  'rule.suppress-error.description': 'Forsøk på å dempe en feil.',
  'rule.suppress-error.message': 'Regelen «{rule}» gir feil, og feil kan ikke dempes.',
  'rule.suppress-error.hint': 'Rett feilen i stedet og fjern linjen fra suppress.',
  'rule.suppress-unknown-rule.description': 'Ukjent regel i suppress.',
  'rule.suppress-unknown-rule.message': 'Det finnes ingen regel «{rule}».{didYouMean}',
  'rule.suppress-unknown-rule.hint': 'Kjør «lisa rules» for å se alle regler.',
  'rule.suppress-unused.description': 'Unntak som ikke lenger trengs.',
  'rule.suppress-unused.message':
    'Regelen «{rule}» gir ingen advarsel for denne posten; unntaket trengs ikke.',
  'rule.suppress-unused.hint':
    'Fjern linjen fra suppress slik at advarselen vises om problemet kommer tilbake.',
  'rule.file-too-large.description': 'Filen er for stor for et register.',
  'rule.file-too-large.message': 'Filen er {size} stor; en registerfil kan være høyst {max}.',
  'rule.file-too-large.hint': 'Del innholdet i flere filer, én post per fil.',
  'rule.file-binary.description': 'Filen er ikke en tekstfil.',
  'rule.file-binary.message': 'Filen inneholder binære data (NUL-tegn) og er ingen YAML-fil.',
  'rule.file-binary.hint': 'Fjern filen fra registeret eller erstatt den med en YAML-fil.',
  'rule.file-encoding.description': 'Filen er ikke kodet som UTF-8.',
  'rule.file-encoding.message': 'Filen er ikke gyldig UTF-8 (ugyldig byte 0x{byte}).',
  'rule.file-encoding.hint':
    'Lagre filen som UTF-8 (i VS Code: klikk på kodingen i statuslinjen, «Save with Encoding», UTF-8). Filen er trolig lagret som Windows-1252/Latin-1.',
  'rule.yaml-syntax.description': 'Filen er ikke gyldig YAML.',
  'rule.yaml-syntax.message': 'YAML-feil: {detail}',
  'rule.yaml-syntax.hint':
    'Kontroller innrykk (to mellomrom per nivå), kolon etter hver nøkkel og anførselstegn rundt tekst som inneholder ": " eller " #".',
  'finding.parse.yamlDetails.QUOTE': 'anførselstegnet avsluttes aldri',
  'finding.parse.yamlDetails.FLOW_END': "en [ eller '{' lukkes aldri med ] eller '}'",
  'finding.parse.yamlDetails.MISSING_CHAR':
    'et tegn mangler her (kolon, komma, hakeparentes eller mellomrom)',
  'finding.parse.yamlDetails.BAD_INDENT': 'innrykket stemmer ikke med linjene rundt',
  'finding.parse.yamlDetails.BLOCK_AS_IMPLICIT_KEY': 'en verdi inneholder «: » og leses som en ny nøkkel',
  'finding.parse.yamlDetails.MULTILINE_IMPLICIT_KEY':
    'en nøkkel må stå på én linje – mangler et kolon, eller er innrykket feil?',
  'finding.parse.yamlDetails.MULTIPLE_DOCS':
    'filen inneholder flere dokumenter (---), men en fil skal bare inneholde én post',
  'finding.parse.yamlDetails.UNEXPECTED_TOKEN': 'uventet tegn',
  'finding.parse.yamlDetails.BAD_DQ_ESCAPE':
    'ugyldig \\-sekvens i doble anførselstegn (skriv \\\\ eller bruk enkle anførselstegn)',
  'finding.parse.yamlDetails.BAD_SCALAR_START': 'en verdi kan ikke begynne med {char} uten anførselstegn',
  'finding.parse.yamlDetails.UNRESOLVED_ALIAS':
    'aliaset *{char} viser til ankeret &{char}, men noe slikt anker står ikke foran det',
  'finding.parse.yamlDetails.BLOCK_IN_FLOW':
    "en liste eller et avsnitt over flere linjer står inne i [ ] eller '{' '}'",
  'rule.yaml-tab.description': 'Tabulator i innrykk.',
  'rule.yaml-tab.message': 'Innrykket inneholder en tabulator; YAML tillater bare mellomrom.',
  'rule.yaml-tab.hint':
    'Erstatt tabulatoren med mellomrom (to per nivå). I VS Code: «Convert Indentation to Spaces».',
  'rule.duplicate-key.description': 'Samme nøkkel to ganger.',
  'rule.duplicate-key.message':
    'Nøkkelen finnes allerede tidligere i samme avsnitt; den andre verdien ville overskrive den første.',
  'rule.duplicate-key.hint': 'Slå sammen de to verdiene eller fjern den ene.',
  'rule.yaml-aliases.description': 'For mange YAML-alias.',
  'rule.yaml-aliases.message':
    'Filen bruker alias (*navn) så mange ganger at den ville vokse ukontrollert når den leses.',
  'rule.yaml-aliases.hint': 'Skriv ut verdiene i stedet for å bruke ankere (&) og alias (*).',
  'rule.empty-file.description': 'Tom registerfil.',
  'rule.empty-file.message': 'Filen er tom.',
  'rule.empty-file.hint': 'Fyll ut posten eller fjern filen.',
  'rule.file-symlink.description': 'En symbolsk lenke i registeret.',
  'rule.file-symlink.message':
    'Filen er en symbolsk lenke; lisa følger ingen lenker i registeret og leser den ikke.',
  'rule.file-symlink.hint':
    'Erstatt lenken med selve filen (git rm lenken, kopier inn filen). En lenke kan peke ut av repoet, f.eks. på hemmeligheter.',
  'rule.file-special.description': 'En enhet, FIFO eller socket i registeret.',
  'rule.file-special.message': 'Dette er ingen vanlig fil (en enhet, FIFO eller socket) og leses ikke.',
  'rule.file-special.hint': 'Fjern den fra registermappen.',
  'rule.file-name-encoding.description': 'Filnavnet er ikke UTF-8.',
  'rule.file-name-encoding.message':
    'Filnavnet er ikke gyldig UTF-8 (ugyldige byte vises som \\xNN) og filen leses ikke som register.',
  'rule.file-name-encoding.hint':
    'Gi filen nytt navn (f.eks. git mv) med a–z, 0–9 og bindestrek. Navnet ble trolig laget i Latin-1/Windows-1252.',
  'rule.registry-link.description': 'Registermappen er en lenke eller ligger utenfor repoet.',
  'rule.registry-link.message':
    'Registermappen {dir} er en symbolsk lenke eller leder ut av repoet; lisa følger den ikke og har ikke lest noe.',
  'rule.registry-link.hint': 'Legg registeret som en vanlig mappe i repoet, eller oppgi den virkelige stien.',
  'rule.file-partly-scanned.description': 'En svært stor fil i registeret.',
  'rule.file-partly-scanned.message':
    'Filen er {size}; bare de første {max} ble gjennomsøkt etter fødselsnummer.',
  'rule.file-partly-scanned.hint': 'Legg store filer utenfor registermappen.',
  'rule.file-too-complex.description': 'Filen har for mange verdier eller for dyp nøsting for et register.',
  'rule.file-too-complex.message': 'Filen {detail}; lisa leser den ikke videre.',
  'rule.file-too-complex.hint':
    'En registerfil beskriver én post med noen hundre verdier som mest. Del opp innholdet, eller fjern det som ble generert ved en feil.',
  'finding.parse.complexity.nodes': 'har flere enn {max, number} verdier (nøkler, verdier og listelinjer)',
  'finding.parse.complexity.depth': 'er nøstet dypere enn {max, number} nivåer',
  'rule.unknown-field.description': 'Felt som registeret ikke kjenner.',
  'rule.unknown-field.message': 'Ukjent felt «{field}».{didYouMean}',
  'rule.unknown-field.hint': 'Tillatte felt her: {allowed}.',
  'rule.missing-field.description': 'Obligatorisk felt mangler.',
  'rule.missing-field.message': 'Feltet «{field}» mangler{condition}.',
  'rule.missing-field.hint': 'Legg til «{field}:».{about}',
  'rule.wrong-type.description': 'Verdien har feil type.',
  'rule.wrong-type.message': '«{field}» skal være {expected}, ikke {actual}.',
  'rule.wrong-type.hint': '{example}',
  'rule.invalid-value.description': 'Verdien er ikke tillatt.',
  'rule.invalid-value.message': '«{field}»: {problem}.{didYouMean}',
  'rule.invalid-value.hint': '{fix}',
  'rule.invalid-date.description': 'Ugyldig dato.',
  'rule.invalid-date.message': '«{field}»: {value} er ingen gyldig dato.',
  'rule.invalid-date.hint':
    'Skriv datoen som ÅÅÅÅ-MM-DD og kontroller at dagen finnes i måneden (februar har 28 dager, 29 i skuddår).',
  'finding.schema.typeNames.string': 'tekst',
  'finding.schema.typeNames.integer': 'et heltall',
  'finding.schema.typeNames.number': 'et tall',
  'finding.schema.typeNames.boolean': 'true eller false',
  'finding.schema.typeNames.array': 'en liste (linjer som starter med «- »)',
  'finding.schema.typeNames.object': 'et avsnitt med felt',
  'finding.schema.typeNames.null': 'tomt',
  'finding.schema.typeNames.textOrLocalized': 'tekst, eller en tekst per språk (sv:, nb:, en:)',
  'finding.schema.or': ' eller ',
  'finding.schema.root': 'filen',
  'finding.schema.typeHints.quote':
    'Sett anførselstegn rundt tekst som inneholder kolon, komma eller #, f.eks. name: "Systemeier, helse".',
  'finding.schema.typeHints.list':
    'Skriv én linje per verdi, med «- » først:\n      {key}:\n        - første\n        - andre',
  'finding.schema.typeHints.mapping':
    'Hele filen skal være felt med verdier (nøkkel: verdi), ikke en liste eller en enkelt tekst. Ta utgangspunkt i en eksisterende fil i samme mappe.',
  'finding.schema.typeHints.number': 'Skriv tallet uten anførselstegn og enhet, f.eks. 3.',
  'finding.schema.typeHints.boolean': 'Skriv true (ja) eller false (nei), uten anførselstegn.',
  'finding.schema.condition': ' (kreves når {when})',
  'finding.schema.problems.enum': '«{value}» er ikke en tillatt verdi',
  'finding.schema.problems.id': '«{value}» er ingen gyldig id',
  'finding.schema.problems.pattern': '«{value}» har feil form',
  'finding.schema.problems.propertyName': 'nøkkelen «{value}» har feil form',
  'finding.schema.problems.format': '«{value}» er ingen gyldig {format}',
  'finding.schema.problems.minimum': 'verdien {value} er mindre enn {limit}',
  'finding.schema.problems.maximum': 'verdien {value} er større enn {limit}',
  'finding.schema.problems.minLength': 'teksten er tom',
  'finding.schema.problems.tooShort': 'teksten er for kort (minst {limit} tegn)',
  'finding.schema.problems.minItems': 'listen skal ha minst {limit} linje(r)',
  'finding.schema.problems.minProperties': 'avsnittet er tomt',
  'finding.schema.problems.uniqueItems': 'samme verdi står to ganger (linje {i} og {j})',
  'finding.schema.problems.const': 'verdien skal være {allowedValue}',
  'finding.schema.fixes.enum': 'Tillatte verdier: {allowed}.',
  'finding.schema.fixes.id':
    'En id skrives med små bokstaver a–z, sifre og bindestrek, uten æ, ø, å og mellomrom (f.eks. «helse-og-omsorg»).',
  'finding.schema.fixes.pattern': 'Forventet mønster: {pattern}.',
  'rule.audit-action-not-in-plan.description':
    'Planlagt tiltak i et revisjonssvar som ikke finnes i tiltaksplanen (når registeret har en).',
  'rule.audit-action-not-in-plan.message':
    'Tiltaket «{action}» ({rec}) følges bare opp i svaret, ikke i tiltaksplanen.',
  'rule.audit-action-not-in-plan.hint':
    'Kjør lisa migrate for å se hvordan tiltakene flyttes til plan/, og lisa migrate --write for å flytte dem. Svarteksten endres ikke.',
  'rule.board-missing.description':
    'System eller informasjonsverdi uten ansvarlig utvalg, der hvert utvalg er behandlingsansvarlig.',
  'rule.board-missing.message': '«{name}» oppgir ikke hvilket utvalg som har ansvaret (board).',
  'rule.board-missing.hint':
    'Legg til board: med utvalgets id fra lisa.yaml. (Er organisasjonen selv ansvarlig, som en norsk kommune: angi country: "no" i lisa.yaml.)',
};
