// The everyday words of a Nordic public-sector workplace in Swedish, Norwegian bokmål and English, aligned: a
// question in one language finds an entry written in another ("share of systems with a valid classification"
// → "Andel systemer med gjeldende klassifisering"), and staff's everyday word finds the register's word
// ("deleted" → "raderas", "smart card" → "SITHS-kort"). Words of the field and of ordinary work, never one
// organisation's names: an adopter's own words go in registry/synonyms.yaml.
//
// One row a meaning: `Swedish | Norwegian | English`, each cell the words of that language (a phrase's words
// joined by `_`). Written as people write them; lexicon.ts folds and stems each word, and also keys it by its
// Snowball stem in its own language, so inflected forms the row does not list still meet. A row that shares a
// word with a group of vocabulary.ts joins that group. A word with two meanings ("kort": card, short) belongs
// in neither row rather than in both: the matcher gives each word one meaning.

import { fold, snowball, stem, words } from './normalize.js';

export const GLOSSARY: readonly string[] = [
  // Measures, amounts and time.
  'andel andelen procent procentandel | andel andelen prosent prosentandel | share proportion percentage percent rate',
  'antal antalet | antall antallet | number count amount total',
  'målvärde målnivå | måltall målnivå | target goal objective',
  'mediantid medeltid genomsnitt snitt | mediantid gjennomsnitt snitt | median average mean',
  'dag dagar dygn | dag dager døgn | day days',
  'vecka veckor veckan | uke uker uken | week weeks weekly',
  'månad månader månaden månatlig månadens | måned måneder måneden månedlig | month months monthly',
  'årlig årliga årligen varje_år | årlig årlige hvert_år | yearly annual annually each_year every_year per_year',
  'kvartal kvartalet kvartalsvis kvartalets | kvartal kvartalet kvartalsvis | quarter quarterly',
  'tidsfrist frist deadline | tidsfrist frist | deadline time_limit',
  'senast sist | senest sist | latest last',
  // Validity, state and degree.
  'giltig giltiga gällande aktuell aktuella uppdaterad | gyldig gyldige gjeldende aktuell oppdatert | valid current up-to-date',
  'inaktiv inaktiva oanvänd vilande | inaktiv inaktive ubrukt | inactive unused dormant',
  'aktiv aktiva | aktiv aktive | active',
  'kritisk kritiska allvarlig allvarliga | kritisk kritiske alvorlig alvorlige | critical severe serious',
  'hög höga | høy høye | high',
  'låg låga | lav lave | low',
  'känslig känsliga känsligt | sensitiv sensitive ømfintlig | sensitive',
  'sekretess sekretessbelagd sekretessbelagda konfidentiell | taushetsplikt taushetsbelagt konfidensiell | confidential secrecy secret',
  'offentlig offentliga | offentlig offentlige | public',
  'intern interna | intern interne | internal',
  'extern externa | ekstern eksterne | external outside',
  'godkänd godkända godkänt | godkjent godkjente | approved',
  'beslutad beslutade fastställd antagen | vedtatt fastsatt | adopted',
  // Doing things with information.
  'radera raderas raderade radering tas_bort | slette slettes slettet sletting | delete deleted deletion erase erased remove removed',
  'granska granskar granskas | gjennomgå gjennomgår | review reviewed reviewing',
  'uppdatera uppdateras | oppdatere oppdateres | update updated',
  'skicka skickas | sende sendes | send sent',
  'dela delas | dele deles | share_with',
  'skriva_ut | skrive_ut | print',
  'hantera hanterar hanteras | håndtere håndterer håndteres | deal_with',
  'betala betalning betalningar avgift avgifter | betale betaling betalinger avgift avgifter gebyr | pay payment payments fee fees charge charges',
  'återbetalning återbetalningar | tilbakebetaling refusjon | refund refunds',
  'anteckning anteckningar | notat notater | note notes',
  'blankett blanketter formulär | skjema skjemaer | form forms',
  'brev | brev | letter letters',
  'meddelande meddelanden | melding meldinger beskjed | message messages',
  // People and roles.
  'ägare | eier | owner owners',
  'personuppgiftsansvarig personuppgiftsansvar | behandlingsansvarlig behandlingsansvar | controller data_controller',
  'kund kunder kunden | kunde kunder kunden | customer customers',
  'användare användaren användarna | bruker brukeren brukerne | user users',
  'chef chefer chefen | leder ledere sjef | manager managers boss',
  'kollega kollegor | kollega kolleger | colleague colleagues coworker',
  'nämnd nämnden nämnder | utvalg utvalget hovedutvalg | committee board',
  'invånare | innbygger innbyggere | resident residents public_member',
  'myndighet myndigheter | myndighet myndigheter etat | authority authorities agency',
  'leverantör | leverandør | supplier vendor provider',
  // Objects of work.
  'konto konton kontot | konto kontoer kontoen | account accounts',
  'smartkort tjänstekort siths-kort siths | smartkort tjenestekort | smart_card smartcard id_card',
  'dator datorer bärbar | datamaskin pc bærbar | computer laptop',
  'surfplatta surfplattor | nettbrett | tablet ipad',
  'skärm skärmen | skjerm skjermen | screen monitor display',
  'skrivare | skriver printer | printer',
  'nätverk nätet wifi | nettverk nettet | network wifi',
  'server servrar | server servere | server servers',
  'programvara mjukvara | programvare | software',
  'dokument | dokument dokumenter | document documents paperwork',
  'ärende ärenden | sak saker | case cases',
  'kopia kopior | kopi kopier | copy copies',
  'lista listor förteckning | liste lister | list lists inventory',
  'register registret | register registeret | register registry',
  'databas | database | database',
  'app appar | app apper | app apps',
  'e-tjänst e-tjänster | e-tjeneste e-tjenester digital_tjeneste | e-service e-services online_service',
  'webbsida webbsidor hemsida | nettside nettsider hjemmeside | web_page webpage homepage',
  'inkorg | innboks | inbox',
  'kalender | kalender | calendar',
  // Security words.
  'säkerhet säkerheten | sikkerhet sikkerheten | security safety',
  'cybersäkerhet cyber | cybersikkerhet cyber digital_sikkerhet | cybersecurity cyber cyber_security',
  'medvetenhet | bevissthet | awareness',
  'klassning klassningen klassificering klassificeringen | klassifisering klassifiseringen | classification classifications',
  'konfidentialitet | konfidensialitet | confidentiality',
  'riktighet integritet | integritet | integrity',
  'tillgänglighet | tilgjengelighet | availability uptime',
  'spårbarhet | sporbarhet | traceability',
  'sårbarhet sårbarheter svaghet | sårbarhet sårbarheter | vulnerability vulnerabilities vuln vulns weakness',
  'attack angrepp intrång kapa kapad kapat kapade | angrep innbrudd kapre kapret | attack attacks intrusion hack hacked hijack hijacked',
  'virus skadlig_kod | virus skadevare | malware virus',
  'skräppost spam | søppelpost spam | spam junk',
  'kryptering krypterad | kryptering kryptert | encryption encrypted',
  'tvåfaktor flerfaktor mfa | tofaktor flerfaktor | two-factor multi-factor mfa 2fa',
  'autentisering | autentisering | authentication',
  'åtkomst behörighet behörigheter | tilgang tilganger | access permission permissions rights',
  'logg loggar loggning | logg logger logging | log logs logging audit_log',
  'övervakning | overvåking | monitoring surveillance',
  'kontroll kontroller | kontroll kontroller | check checks control',
  'revision | revisjon | audit',
  'avvik avvikelse avvikelser | avvik avviket | deviation deviations nonconformity',
  'beredskap | beredskap | preparedness emergency_preparedness readiness',
  'kris kriser | krise kriser | crisis',
  'krisledning krisledningen | kriseledelse kriseledelsen | crisis_management crisis_team',
  'övning övningar | øvelse øvelser | exercise drill',
  'utbildning kurs | opplæring kurs | training course',
  'e-utbildning webbutbildning | e-læring e-læringskurs | e-learning elearning online_course',
  'policy policyn | policy | policy',
  'riktlinje riktlinjer | retningslinje retningslinjer | guideline guidelines',
  'rutin rutiner instruktion | rutine rutiner instruks | procedure procedures routine',
  'åtgärd åtgärder | tiltak | measure measures action',
  // Services of a municipality and a region.
  'sjukvård hälso-_och_sjukvård | helsetjeneste helsetjenester | health_care healthcare',
  'ambulanssjukvård | ambulansetjeneste | ambulance_care ambulance_service',
  'journal journaler | journal journaler | record records medical_record patient_record chart',
  'provsvar labbsvar | prøvesvar | test_results lab_results',
  'vårdnadshavare föräldrar | foresatte foreldre | parent parents guardians',
  'förskoleplats barnomsorg | barnehageplass | childcare nursery_place daycare',
  'äldreomsorg | eldreomsorg | elderly_care aged_care',
  'hemtjänst | hjemmetjeneste hjemmetjenesten hjemmesykepleie | home_care home_help',
  'boende särskilt_boende | sykehjem omsorgsbolig | care_home nursing_home special_housing',
  'socialtjänst | sosialtjeneste | social_services social_work',
  'bostad bostäder | bolig boliger | housing',
  'trafik | trafikk | traffic',
  'reskort | reisekort | travel_card',
  'resenär resenärer | passasjer passasjerer | traveller travellers passenger',
  'kultur | kultur | culture arts',
  'bidrag | tilskudd | grant grants funding subsidy',
  'idrott fritid | idrett fritid | sport sports leisure',
  'vatten avlopp | vann avløp | water sewage',
  'gata gator väg vägar | gate gater vei veier | street streets road roads',
  'personal personalen anställda medarbetare | ansatte personale medarbeidere | staff employees personnel workforce',
  'lön löner | lønn | salary payroll wages',
  'bokföring redovisning räkenskaper | regnskap regnskapet regnskapsmateriale | bookkeeping',
  'ekonomi | økonomi | finance finances',
  'inköp | innkjøp | purchasing procurement_purchases',
  'rekrytering anställning | rekruttering ansettelse | hiring recruitment',
  // Meetings, boards and what they decide.
  'ledningens_genomgång ledningsgenomgång | ledelsens_gjennomgang ledergjennomgang | management_review',
  'regionstyrelse regionstyrelsen | fylkesutvalg fylkesutvalget | regional_board regional_executive_board',
  'kommunstyrelse kommunstyrelsen | formannskap formannskapet | municipal_executive_board municipal_board',
  'politisk politiska | politisk politiske | political',
  'protokoll protokollen | møtebok møtebøker | minutes meeting_minutes',
  'skrivbordsövning | skrivebordsøvelse | tabletop tabletop_exercise',
  'inbjuden inbjudna kallade | invitert inviterte | invited',
  'lärdom lärdomar erfarenheter | lærdom lærdommer erfaringer | lessons lessons_learned',
  'krävs krav nödvändig | kreves krav nødvendig | needed required necessary requirement',
  // Care, schools and services, in the words staff use for them.
  'lärande inlärning | læring | learning',
  'stöd stödet | støtte | support',
  'barnavårdscentral | helsestasjon helsestasjonen | health_clinic health_centre health_station',
  'tvångsvård | tvungen_helsehjelp tvangsbehandling | compulsory_care involuntary_care',
  'rättspsykiatri | rettspsykiatri | forensic_psychiatry',
  'larmcentral larmmottagning | alarmsentral responssenter | alarm_centre alarm_center response_centre',
  'konsekvensbedömning | personvernkonsekvensvurdering konsekvensvurdering | impact_assessment',
  'utloggning | utlogging | logout log_out sign_out',
  'automatisk automatiskt | automatisk | automatic automatically',
  'avbrott | nedetid nedetiden | downtime',
  'reservrutin reservrutiner | reserverutine reserverutiner | backup_routine reserve_routine manual_routine',
  'ombord | om_bord | onboard on_board',
  // Where and how staff work, in the words they describe it with.
  'kafé café fik fiket kafeteria | kafé kafe kaffebar | cafe coffee_shop',
  'avdelning avdelningen avd | avdeling avdelingen | department ward',
  'vikarie vikarier | vikar vikarer | substitute substitutes',
  'bemanning schemaläggning | bemanning turnus vaktplan | rota rostering shift_planning',
  'tidrapportering tidrapport | timeregistrering timeliste | timesheet timesheets time_reporting',
  'intranät intranätet | intranett intranettet | intranet',
  'enkät enkäter | spørreundersøkelse | survey surveys questionnaire',
  'bokning bokningen bokningar | booking bookingen | booking bookings reservation reservations',
  'mall mallar | mal maler | template templates',
  'makulera makulering förstöra | makulere makulering | shred shredding',
  'stöld stölden | tyveri tyveriet | theft burglary',
  'fjärråtkomst fjärrstyrning | fjerntilgang fjernstyring | remote_access remote_control',
  'ansluta ansluter koppla kopplar plugga pluggar | koble kobler plugge plugger | connect connects connected plug plugged',
  'digital digitalt digitala | digital digitalt digitale | digital digitally electronically',
  'lås låsa låser | lås låse låser | unlock unlocks unlocked locked',
  'synpunkt synpunkter | innspill tilbakemelding tilbakemeldinger | suggestion suggestions comments',
  'samtycke samtycket | samtykke samtykket | consent',
  'överföring överföringar | overføring overføringer | transfer transfers',
  'tredjeland tredjeländer | tredjeland tredjelandet | third_country third_countries',
  'visselblåsare visselblåsning | varslingskanal | whistleblower whistleblowing',
  // Care, schools and the municipality's services.
  'sjuk sjukt sjuka sjukdom | syk sykt syke sykdom | sick ill illness',
  'inlagd inlagda | innlagt innlagte | admitted inpatient hospitalised',
  'sjukskrivning sjukfrånvaro | sykemelding sykefravær | sick_leave',
  'recept e-recept | resept e-resept | prescription prescriptions',
  'tolk tolkar tolkning | tolk tolker tolking | interpreter interpreters interpreting',
  'rektor rektorn | rektor rektoren | principal headteacher head_teacher',
  'lån låna lånar låntagare utlåning | lån låne låner låntaker utlån | loan loans lending borrower borrowers',
  'flykting flyktingar nyanlända | flyktning flyktninger | refugee refugees',
  'räddningstjänst | brannvesen | fire_service rescue_service fire_brigade',
  'parkering parkeringen | parkering | parking',
  'fordon bil bilar | kjøretøy bil biler | vehicle vehicles car cars',
  'företag | bedrift bedrifter foretak | business businesses company companies',
  'nyckel nycklar | nøkkel nøkler | key keys',
  'kamera kameran kameror | kamera kameraet | camera cameras',
];

export type GlossaryLanguage = 'sv' | 'nb' | 'en';
const COLUMNS: readonly GlossaryLanguage[] = ['sv', 'nb', 'en'];

export interface GlossaryRow {
  /** Single words with their language, as written in the row. */
  words: { word: string; lang: GlossaryLanguage }[];
  /** Phrases, their words separated by spaces. */
  phrases: string[];
  /** The phrases' words with their language. */
  phraseWords: { word: string; lang: GlossaryLanguage }[];
}

/** The rows taken apart: `a b | c | d_e` → words a, b (sv), c (nb), phrase "d e" (en). */
export function glossaryRows(rows: readonly string[] = GLOSSARY): GlossaryRow[] {
  return rows.map((row) => {
    const out: GlossaryRow = { words: [], phrases: [], phraseWords: [] };
    row.split('|').forEach((cell, i) => {
      const lang = COLUMNS[i];
      if (!lang) return;
      for (const item of cell.trim().split(/\s+/)) {
        if (!item) continue;
        if (!item.includes('_')) out.words.push({ word: item, lang });
        else {
          out.phrases.push(item.replace(/_/g, ' '));
          for (const word of item.split('_')) if (word) out.phraseWords.push({ word, lang });
        }
      }
    });
    return out;
  });
}

/** A glossary word as one word: folded, a hyphenated word joined ("siths-kort" → sithskort). */
function glossaryWord(word: string): string {
  return fold(word).replace(/-/g, '');
}

/**
 * The glossary's rows as synonym groups. A row that shares a stem with a group already known joins it (its
 * token); its other words take that token unless they already have one, so no word changes meaning. Each
 * word is also keyed by its Snowball stem in its own language, for the inflections the row does not list.
 */
export function addGlossary(
  synonyms: Map<string, string>,
  known: Set<string>,
  phrases: [string, string][],
): Map<string, string> {
  const bySnowball = new Map<string, string>();
  const ids = new Set(synonyms.values());
  for (const row of glossaryRows(GLOSSARY)) {
    const rowStems = row.words.map(({ word }) => stem(glossaryWord(word)));
    const joined = rowStems.map((s) => synonyms.get(s)).find((tk) => tk !== undefined);
    let token = joined;
    if (!token) {
      const head = row.words.find((w) => w.lang === 'en')?.word ?? row.words[0]?.word ?? 'glossary';
      token = `~${glossaryWord(head)}`;
      for (let n = 2; ids.has(token); n++) token = `~${glossaryWord(head)}${n}`;
      ids.add(token);
    }
    rowStems.forEach((s, i) => {
      if (!synonyms.has(s)) synonyms.set(s, token);
      known.add(s);
      const { word, lang } = row.words[i] as GlossaryRow['words'][number];
      const key = `${lang}:${stem(fold(snowball(glossaryWord(word), lang)))}`;
      if (!bySnowball.has(key)) bySnowball.set(key, token);
    });
    for (const phrase of row.phrases) {
      const folded = words(phrase).join(' ');
      if (folded && !phrases.some(([p]) => p === folded)) phrases.push([folded, token]);
    }
  }
  return bySnowball;
}
