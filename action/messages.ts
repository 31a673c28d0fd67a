import { format, type Locale, type Localized } from '../lib/locale.js';

/** What the action says in the log, the summary and its failure, in the registry's language. */
export const A = {
  findings: {
    sv: 'lisa: {errors} fel och {warnings} varningar i {files} filer',
    nb: 'lisa: {errors} feil og {warnings} advarsler i {files} filer',
    en: 'lisa: {errors} errors and {warnings} warnings in {files} files',
  },
  failErrors: {
    sv: 'Registret har {errors} fel. Rätta dem (se anteckningarna på raderna) och pusha igen.',
    nb: 'Registeret har {errors} feil. Rett dem (se merknadene på linjene) og push igjen.',
    en: 'The registry has {errors} errors. Fix them (see the annotations on their lines) and push again.',
  },
  failWarnings: {
    sv: 'Registret har {warnings} varningar och fail-on är warning. Åtgärda dem eller tysta dem med skäl (suppress).',
    nb: 'Registeret har {warnings} advarsler og fail-on er warning. Rett dem eller demp dem med begrunnelse (suppress).',
    en: 'The registry has {warnings} warnings and fail-on is warning. Deal with them or silence them with a reason (suppress).',
  },
  badInput: {
    sv: 'Ogiltigt värde för {input}: "{value}". Tillåtna värden: {allowed}.',
    nb: 'Ugyldig verdi for {input}: «{value}». Tillatte verdier: {allowed}.',
    en: 'Invalid value for {input}: "{value}". Allowed values: {allowed}.',
  },
  noRegistry: {
    sv: 'Registret "{dir}" finns inte i {workspace}. Checka ut repot med actions/checkout och ange registrets mapp i indata registry.',
    nb: 'Registeret «{dir}» finnes ikke i {workspace}. Sjekk ut repoet med actions/checkout og angi registerets mappe i input registry.',
    en: 'The registry "{dir}" is not in {workspace}. Check the repository out with actions/checkout and name the registry folder in the registry input.',
  },
  internal: {
    sv: 'lisa stötte på ett internt fel: {detail}. Kör om med felsökningsloggning (ACTIONS_STEP_DEBUG) och rapportera gärna felet.',
    nb: 'lisa støtte på en intern feil: {detail}. Kjør på nytt med feilsøkingslogging (ACTIONS_STEP_DEBUG) og rapporter gjerne feilen.',
    en: 'lisa hit an internal error: {detail}. Re-run with debug logging (ACTIONS_STEP_DEBUG) and please report it.',
  },
  baseNotGit: {
    sv: 'arbetskatalogen är inte ett git-repo.',
    nb: 'arbeidskatalogen er ikke et git-repo.',
    en: 'the workspace is not a git repository.',
  },
  baseNotFound: {
    sv: 'basversionen {sha} finns inte i utcheckningen. Ange fetch-depth: 0 i actions/checkout.',
    nb: 'baseversjonen {sha} finnes ikke i utsjekkingen. Angi fetch-depth: 0 i actions/checkout.',
    en: 'the base commit {sha} is not in the checkout. Set fetch-depth: 0 in actions/checkout.',
  },
  baseUnknown: {
    sv: 'händelsen anger ingen basversion.',
    nb: 'hendelsen angir ingen baseversjon.',
    en: 'the event names no base commit.',
  },
  baseFailed: {
    sv: 'basversionen kunde inte läsas ({detail}).',
    nb: 'baseversjonen kunne ikke leses ({detail}).',
    en: 'the base could not be read ({detail}).',
  },
  baseNoRegistry: {
    sv: 'basversionen har inget register i {dir}; allt räknas som nytt.',
    nb: 'baseversjonen har ikke noe register i {dir}; alt regnes som nytt.',
    en: 'the base has no registry in {dir}; everything counts as new.',
  },
  checkForbidden: {
    sv: 'Kontrollen med alla {n} anteckningar kunde inte skapas: token saknar rätten checks: write ({status}). {why} De första anteckningarna finns på raderna och alla fynd i den här sammanfattningen och i loggen.',
    nb: 'Kontrollen med alle {n} merknader kunne ikke opprettes: tokenet mangler retten checks: write ({status}). {why} De første merknadene står på linjene og alle funn i dette sammendraget og i loggen.',
    en: 'The check run with all {n} annotations could not be created: the token lacks checks: write ({status}). {why} The first annotations are on their lines, and every finding is in this summary and in the log.',
  },
  checkFailed: {
    sv: 'Kontrollen med alla anteckningar kunde inte skapas ({detail}). Alla fynd finns i sammanfattningen och i loggen.',
    nb: 'Kontrollen med alle merknader kunne ikke opprettes ({detail}). Alle funn står i sammendraget og i loggen.',
    en: 'The check run with all annotations could not be created ({detail}). Every finding is in the summary and in the log.',
  },
  commentForbidden: {
    sv: 'Kommentaren på pull requesten kunde inte skrivas: token saknar rätten pull-requests: write ({status}). {why}',
    nb: 'Kommentaren på pull requesten kunne ikke skrives: tokenet mangler retten pull-requests: write ({status}). {why}',
    en: 'The pull request comment could not be written: the token lacks pull-requests: write ({status}). {why}',
  },
  commentFailed: {
    sv: 'Kommentaren på pull requesten kunde inte skrivas ({detail}).',
    nb: 'Kommentaren på pull requesten kunne ikke skrives ({detail}).',
    en: 'The pull request comment could not be written ({detail}).',
  },
  whyFork: {
    sv: 'Pull requesten kommer från en fork, och GitHub ger då arbetsflödet en skrivskyddad token. Det är väntat och inget fel i ändringen.',
    nb: 'Pull requesten kommer fra en fork, og GitHub gir da arbeidsflyten et skrivebeskyttet token. Det er ventet og ingen feil i endringen.',
    en: 'The pull request comes from a fork, and GitHub gives such workflows a read-only token. That is expected and not a fault of the change.',
  },
  whyPermissions: {
    sv: 'Ge jobbet rätten i arbetsflödets permissions: (se action/README.md).',
    nb: 'Gi jobben retten i arbeidsflytens permissions: (se action/README.md).',
    en: "Grant it in the workflow's permissions: (see action/README.md).",
  },
  commentCreated: {
    sv: 'Kommentar skapad: {url}',
    nb: 'Kommentar opprettet: {url}',
    en: 'Comment created: {url}',
  },
  commentUpdated: {
    sv: 'Kommentar uppdaterad: {url}',
    nb: 'Kommentar oppdatert: {url}',
    en: 'Comment updated: {url}',
  },
  omitted: {
    sv: '{n} fynd till ({errors} fel, {warnings} varningar) har ingen anteckning här: GitHub tar emot 50 per anrop och lisa gör högst {requests} anrop, alltså {max} anteckningar, de allvarligaste först. Alla fynd finns i loggen och i `lisa validate`.',
    nb: '{n} funn til ({errors} feil, {warnings} advarsler) har ingen merknad her: GitHub tar imot 50 per kall og lisa gjør høyst {requests} kall, altså {max} merknader, de alvorligste først. Alle funn står i loggen og i `lisa validate`.',
    en: '{n} more findings ({errors} errors, {warnings} warnings) have no annotation here: GitHub takes 50 per request and lisa makes at most {requests} requests, so {max} annotations, the most severe first. Every finding is in the log and in `lisa validate`.',
  },
  omittedRule: { sv: 'Regel', nb: 'Regel', en: 'Rule' },
  omittedFile: { sv: 'Fil', nb: 'Fil', en: 'File' },
  omittedCount: { sv: 'Fynd utan anteckning', nb: 'Funn uten merknad', en: 'Findings not annotated' },
  omittedMoreFiles: {
    sv: '…och {n} filer till.',
    nb: '…og {n} filer til.',
    en: '…and {n} more files.',
  },
  checkCreated: {
    sv: 'Kontroll "{name}" skapad med {n} anteckningar: {url}',
    nb: 'Kontroll «{name}» opprettet med {n} merknader: {url}',
    en: 'Check run "{name}" created with {n} annotations: {url}',
  },
  noSummary: {
    sv: 'Ingen jobbsammanfattning (GITHUB_STEP_SUMMARY saknas).',
    nb: 'Ingen jobbsammendrag (GITHUB_STEP_SUMMARY mangler).',
    en: 'No job summary (GITHUB_STEP_SUMMARY is not set).',
  },
  notRendering: {
    sv: 'Händelsen {event} skapar inga dokument (bara push till standardgrenen eller en tagg gör det).',
    nb: 'Hendelsen {event} lager ingen dokumenter (bare push til standardgrenen eller en tagg gjør det).',
    en: 'The {event} event makes no documents (only a push to the default branch or a tag does).',
  },
  renderSkippedErrors: {
    sv: 'Dokumenten skapades inte eftersom registret har fel.',
    nb: 'Dokumentene ble ikke laget fordi registeret har feil.',
    en: 'The documents were not made because the registry has errors.',
  },
  renderFailed: {
    sv: 'Dokumenten kunde inte skapas: {detail}',
    nb: 'Dokumentene kunne ikke lages: {detail}',
    en: 'The documents could not be made: {detail}',
  },
  rendered: {
    sv: '{n} dokument skrivna till {dir}',
    nb: '{n} dokumenter skrevet til {dir}',
    en: '{n} documents written to {dir}',
  },
  releaseUploaded: {
    sv: '{n} PDF:er bifogade till releasen {tag}: {url}',
    nb: '{n} PDF-er lagt ved utgivelsen {tag}: {url}',
    en: '{n} PDFs attached to release {tag}: {url}',
  },
  releaseFailed: {
    sv: 'PDF:erna kunde inte bifogas till releasen {tag} ({detail}). Ge jobbet permissions: contents: write.',
    nb: 'PDF-ene kunne ikke legges ved utgivelsen {tag} ({detail}). Gi jobben permissions: contents: write.',
    en: 'The PDFs could not be attached to release {tag} ({detail}). Grant the job permissions: contents: write.',
  },
  releaseNoPdf: {
    sv: 'Inga PDF:er att bifoga till releasen.',
    nb: 'Ingen PDF-er å legge ved utgivelsen.',
    en: 'No PDFs to attach to the release.',
  },
  checkTitleClean: {
    sv: 'Registret är i ordning',
    nb: 'Registeret er i orden',
    en: 'The registry is in order',
  },
  checkTitle: {
    sv: '{errors} fel, {warnings} varningar',
    nb: '{errors} feil, {warnings} advarsler',
    en: '{errors} errors, {warnings} warnings',
  },
} satisfies Record<string, Localized>;

export function say(key: keyof typeof A, locale: Locale, params: Record<string, unknown> = {}): string {
  return format(A[key][locale], params);
}
