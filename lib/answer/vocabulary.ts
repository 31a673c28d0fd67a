// The words that mean the same across Swedish, Norwegian and English, as data: groups of synonyms (each becomes
// one shared token), the everyday nouns compounds are split into, and phrases that mean what one group means.

/**
 * Words that mean the same across the three languages and their synonyms: each group becomes one shared
 * token (~id) on both the register and the question side, so "pupils" finds "elever" and "helse" "hälsa".
 */
export const SYNONYMS: Record<string, string> = {
  pupil: 'elev elever eleverna elevens skolelev pupil pupils student students schoolchildren elevene',
  guardian:
    'vårdnadshavare vårdnadshavarna föräldrar förälder foresatte foreldre forelder guardian guardians parent parents',
  employee:
    'anställd anställda medarbetare personal personalen ansatt ansatte medarbeidere employee employees staff personnel',
  patient: 'patient patienter patienten pasient pasienter pasienten patients',
  client:
    'brukare brukaren brukarna klient klienter omsorgstagare bruker brukere tjenestemottaker client clients',
  resident:
    'invånare invånarna medborgare kommuninvånare innbygger innbyggere resident residents citizen citizens',
  child: 'barn barnen barnet børn child children kids',
  health: 'hälsa hälsan hälso hälsodata hälsouppgifter helse helseopplysninger health medical',
  password: 'lösenord lösenordet lösenorden passord passordet password passwords passphrase',
  cloud: 'moln molnet molntjänst molntjänster skytjeneste skytjenester skyen sky cloud clouds',
  incident:
    'incident incidenten incidenter händelse avvikelse hendelse avvik avviket sikkerhetshendelse incident incidents',
  breach:
    'personuppgiftsincident personuppgiftsincidenter dataintrång brudd personvernbrudd avvik breach breaches',
  report:
    'rapportera rapporterar anmäla anmäler rapportere melde melder varsle rapport rapporten rapporter rapporterna report reports reporting notify',
  training: 'utbildning utbildningen utbildningar kurs opplæring opplæringen kurs training course courses',
  exercise: 'övning övningen övningar øvelse øvelsen øvelser exercise exercises drill test tester testet',
  email: 'e-post epost mejl mail mejla e-mail email',
  photo: 'bild bilder bilderna foto foton fotografi bilde bildene photo photos picture pictures image images',
  phone: 'mobil mobilen mobiltelefon telefon mobiltelefonen telefonen phone mobile smartphone',
  usb: 'usb usb-minne usb-sticka minnessticka minnepinne usb-stick',
  phishing: 'nätfiske phishing phishingmejl bedrägeri svindel phishing scam',
  salary: 'lön löner lönen lønn lønnen salary payroll wages',
  finance: 'ekonomi ekonomin økonomi finance accounting',
  grade: 'betyg betygen karakter karakterer grades grade',
  record: 'journal journaler journalen journalføring journalføring record records',
  protected:
    'skyddad skyddade skyddat sekretessmarkering sekretessmarkerade skyddsidentitet sperret sperrede fortrolig protected',
  identity: 'identitet identiteter personnummer fødselsnummer identity identities',
  school: 'skola skolan skolor grundskola skole skolen school schools',
  social: 'socialtjänst socialtjänsten socialtjänstens sosialtjeneste nav',
  childwelfare: 'barnevern barnevernet barnevernstjenesten barnavård barnavården barnskydd',
  click: 'klicka klickade klickat klickar klikke klikket klikker click clicked clicking',
  link: 'länk länken länkar lenke lenken lenker link links',
  care: 'omsorg vård hemtjänst äldreomsorg omsorgen pleie omsorg hjemmetjeneste care homecare',
  supplier: 'leverantör leverantören leverandør leverandøren supplier vendor',
  meeting: 'möte möten mötet møte møter meeting meetings',
  computer: 'dator datorn datorer datamaskin pc laptop computer computers',
  lost: 'tappat tappade förlorat borttappad stulen stulet mistet mistet stjålet lost stolen',
  access: 'behörighet behörigheter åtkomst tillgang tilgang tilganger access permissions',
  ai: 'ai chatgpt copilot chatbot chatbots språkmodell språkmodeller språkmodell generative',
  travel:
    'resa resor utlandet reise reiser utlandet resande resenär resenärer resenären reisende passasjer passasjerer travel abroad passenger passengers traveller',
  home: 'hemma hemifrån distansarbete hjemme hjemmekontor remote home',
  video: 'video videomöte teams zoom videomøte',
  recruit:
    'rekrytering rekryteringen rekrytera rekruttering rekrutteringen rekruttere recruitment recruiting recruit hiring',
  permit: 'bygglov bygglovet bygglovsärende byggesak byggesaker byggetillatelse permit permits',
  archive: 'arkiv arkivet arkivering arkivera arkivere archive archives archiving',
  assistance: 'försörjningsstöd sosialhjelp sosialhjelpen welfare',
  complaint: 'klagomål synpunkt synpunkter klage klager complaint complaints feedback',
  library: 'bibliotek biblioteket library libraries',
  work: 'arbete arbeta jobba jobb arbeid arbeide jobbe work working job',
  infosec:
    'informationssäkerhet informationssäkerheten informationssäkerhets informasjonssikkerhet informasjonssikkerheten infosec',
  log: 'logg loggar loggning loggen logging logs log',
  backup: 'säkerhetskopia säkerhetskopiering backup sikkerhetskopi sikkerhetskopiering backups',
  vulnerability: 'sårbarhet sårbarheter sårbarhetene svakhet vulnerability vulnerabilities',
  risk: 'risk risker riskanalys risiko risikoer risikovurdering risks',
  continuity: 'kontinuitet kontinuitetsplan reservrutin beredskap continuity',
  kpi: 'nyckeltal nyckeltalen nyckeltalet kpi kpier nøkkeltall nøkkeltallene indikator indikatorer metric metrics',
  followup:
    'uppföljning uppföljningen översyn översynen genomgång genomgången kontroll kontrollen kontroller oppfølging oppfølgingen gjennomgang gjennomgangen review reviews follow-up check checks',
  // The vocabulary of a municipality's and a region's services across the three languages.
  psychiatry: 'psykiatri psykiatrin psykiatrisk psykiatriska psykiatrien psychiatry psychiatric',
  lab: 'labb labbet laboratorium labbsvar provsvar prøvesvar laboratorie lab laboratory',
  clinic: 'mottagning mottagningen vårdcentral vårdcentralen klinik klinikk legekontor clinic clinics',
  childhealth: 'barnhälsovård barnavårdscentral bvc helsestasjon helsestasjonen',
  power: 'reservkraft reservkraften nödström reservestrøm reserveaggregat nødstrøm',
  foster: 'familjehem familjehemmet familjehemsplacering fosterhem fosterhjem fosterforeldre foster',
  threat: 'hot hotet hotad hotade hotfull trussel trusler truet threat threats threatened',
  violence: 'våld vold violence violent',
  emergency: 'akuten akutmottagning akutmottagningen legevakt legevakten akuttmottak emergency',
  hospital: 'sjukhus sjukhuset sykehus sykehuset hospital hospitals',
  nurse: 'sjuksköterska sjuksköterskan sykepleier sykepleieren nurse nurses',
  doctor: 'läkare läkaren lege legen doctor doctors physician',
  preschool: 'förskola förskolan förskolor barnehage barnehagen barnehager preschool kindergarten nursery',
  socialmedia: 'instagram facebook tiktok snapchat',
  badge:
    'passerkort passerkortet passerbricka passerbrickan adgangskort adgangskortet adgangsbrikke badge keycard',
  consultant:
    'konsult konsulten konsulter konsulent konsulenten konsulenter consultant consultants contractor',
  forgot: 'glömt glömde glömma glemt glemte glemme forgot forgotten',
  outage: 'avbrott avbrottet driftstopp nere nede brudd driftsavbrudd outage',
  fallback:
    'reservrutin reservrutiner reservrutinen reserverutine reserverutiner reserverutinen fallback contingency',
  ransomware: 'ransomware utpressningsvirus løsepengevirus',
  invoice: 'faktura fakturor fakturan fakturaen fakturaer invoice invoices',
  procurement: 'upphandling upphandlingen anskaffelse anskaffelser anbud procurement tender',
  contract: 'avtal avtalet avtale avtalen contract contracts agreement agreements',
  schedule: 'schema schemat timeplan timeplanen schedule timetable',
  absence: 'frånvaro frånvaron fravær fraværet absence absences',
  teacher: 'lärare läraren lärarna lærer læreren lærere teacher teachers',
  property:
    'fastighet fastigheten fastigheter eiendom eiendommen eiendommer bygning bygninger property properties building buildings premises',
  tax: 'skatt skatten skatter eiendomsskatt fastighetsskatt tax taxes',
  water: 'vatten vattnet vann vannet water',
  operating: 'drift driften driftdata driftsdata operating operational',
  plant: 'anläggning anläggningen anläggningar anlegg anlegget anleggene plant plants',
  waste: 'avfall avfallet sopor renovasjon waste garbage refuse',
  map: 'karta kartan kartor kart kartet map maps',
  website: 'webbplats webbplatsen nettsted nettstedet nettside website',
  ticket: 'biljett biljetten biljetter billett billetten billetter ticket tickets ticketing',
  xray: 'röntgen röntgenbild röntgenbilder røntgen røntgenbilder xray radiology radiologi',
  bus: 'buss bussen bussar bussene bus buses',
  transport: 'kollektivtrafik kollektivtrafiken kollektivtransport kollektivtrafikk',
  dental: 'tandvård tandvården tannhelse tannhelsetjenesten tannlege dental dentist',
  disability:
    'funktionsnedsättning funktionshinder funksjonsnedsettelse funksjonshemming disability disabilities',
  decision: 'beslut beslutet besluten vedtak vedtaket vedtakene decision decisions',
  application:
    'ansökan ansökningar ansökningarna ansökningen søknad søknaden søknader application applications',
  vacation: 'semester semestern ferie ferien vacation holiday',
  login: 'inloggning inloggningen pålogging påloggingen innlogging login logon',
  card: 'kort kortet korten card cards',
  visitor: 'besökare besök besøkende visitor visitors guest',
};

/** Everyday nouns of the registers, so compounds built from them split: "studentregister", "elevbilder". */
export const COMMON =
  'register registret administration förvaltning hantering journal journaler akt akter bild bilder foto uppgift uppgifter plan planer portal tjänst tjänster system program app konto adress adresser nummer lista dokument mapp fil filer rapport analys risk avtal ärende ärenden beslut skola elev elever barn personal patient brukare kund kunder lön ekonomi arkiv diarie karta schema närvaro frånvaro betyg recept vård omsorg hälsa bygglov miljö kultur bibliotek fritid förskola gymnasie student students pupil pupils child staff record records photo photos picture data file files folder account list address addresses plan report contract case cases payroll school health care social register registre journal journaler opplysning bilde bilder avtale sak saker skole elev barnehage helse omsorg lønn økonomi arkiv';

/** Several words in a row that mean what one synonym group means: "information security" ~ informationssäkerhet. */
export const PHRASE_SYNONYMS: Record<string, string> = {
  'information security': 'infosec',
  'personal data breach': 'breach',
  'data breach': 'breach',
  'building permit': 'permit',
  'home care': 'care',
  'social services': 'social',
  'financial assistance': 'assistance',
  'ekonomiskt bistånd': 'assistance',
  'økonomisk sosialhjelp': 'assistance',
  'protected identity': 'protected',
  'protected identities': 'protected',
  'skyddad identitet': 'protected',
  'memory stick': 'usb',
  'lab results': 'lab',
  'x ray': 'xray',
  'child welfare': 'childwelfare',
  'child protection': 'childwelfare',
  'child health': 'childhealth',
  'backup power': 'power',
  'foster care': 'foster',
  'foster home': 'foster',
  'emergency room': 'emergency',
  'social media': 'socialmedia',
  'sociala medier': 'socialmedia',
  'sosiale medier': 'socialmedia',
  'access badge': 'badge',
  'public transport': 'transport',
  'medical records': 'record',
  'patient records': 'record',
  'log in': 'login',
  'sign in': 'login',
  'logga in': 'login',
  'logge inn': 'login',
  'remote work': 'home',
  'working from home': 'home',
  'work from home': 'home',
};
