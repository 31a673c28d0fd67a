// What the GitHub Action says in the log, the summary and its failure, in the registry's language.
// ICU syntax: {name} is a parameter, '{' a literal brace; nb/ and en/ are typed against these keys.
export const action = {
  'action.findings':
    'lisa: {errors} fel och {warnings, plural, one {# varning} other {# varningar}} i {files, plural, one {# fil} other {# filer}}',
  'action.failErrors':
    'Registret har {errors, plural, one {# fel. Rätta det (se anteckningen på raden)} other {# fel. Rätta dem (se anteckningarna på raderna)}} och pusha igen.',
  'action.failWarnings':
    'Registret har {warnings, plural, one {# varning och fail-on är warning. Åtgärda den eller tysta den med skäl (suppress).} other {# varningar och fail-on är warning. Åtgärda dem eller tysta dem med skäl (suppress).}}',
  'action.badInput': 'Ogiltigt värde för {input}: "{value}". Tillåtna värden: {allowed}.',
  'action.noRegistry':
    'Registret "{dir}" finns inte i {workspace}. Checka ut repot med actions/checkout och ange registrets mapp i indata registry.',
  'action.internal':
    'lisa stötte på ett internt fel: {detail}. Kör om med felsökningsloggning (ACTIONS_STEP_DEBUG) och rapportera gärna felet.',
  'action.baseNotGit': 'arbetskatalogen är inte ett git-repo.',
  'action.baseNotFound':
    'basversionen {sha} finns inte i utcheckningen. Ange fetch-depth: 0 i actions/checkout.',
  'action.baseUnknown': 'händelsen anger ingen basversion.',
  'action.baseFailed': 'basversionen kunde inte läsas ({detail}).',
  'action.cacheInRegistry':
    'cache-dir ligger i registermappen, där varje fil läses som en del av registret; cachen används inte. Välj en mapp utanför, t.ex. under runner.temp.',
  'action.baseNoRegistry': 'basversionen har inget register i {dir}; allt räknas som nytt.',
  'action.checkForbidden':
    'Kontrollen med alla {n} anteckningar kunde inte skapas: token saknar rätten checks: write ({status}). {why} De första anteckningarna finns på raderna och alla fynd i den här sammanfattningen och i loggen.',
  'action.checkFailed':
    'Kontrollen med alla anteckningar kunde inte skapas ({detail}). Alla fynd finns i sammanfattningen och i loggen.',
  'action.commentForbidden':
    'Kommentaren på pull requesten kunde inte skrivas: token saknar rätten pull-requests: write ({status}). {why}',
  'action.commentFailed': 'Kommentaren på pull requesten kunde inte skrivas ({detail}).',
  'action.whyFork':
    'Pull requesten kommer från en fork, och GitHub ger då arbetsflödet en skrivskyddad token. Det är väntat och inget fel i ändringen.',
  'action.whyPermissions': 'Ge jobbet rätten i arbetsflödets permissions: (se action/README.md).',
  'action.commentCreated': 'Kommentar skapad: {url}',
  'action.commentUpdated': 'Kommentar uppdaterad: {url}',
  'action.omitted':
    '{n} fynd till ({errors} fel, {warnings} varningar) har ingen anteckning här: GitHub tar emot 50 per anrop och lisa gör högst {requests} anrop, alltså {max} anteckningar, de allvarligaste först. Alla fynd finns i loggen och i `lisa validate`.',
  'action.omittedRule': 'Regel',
  'action.omittedCount': 'Fynd utan anteckning',
  'action.omittedMoreFiles': '…och {n, plural, one {# fil} other {# filer}} till.',
  'action.checkCreated': 'Kontroll "{name}" skapad med {n} anteckningar: {url}',
  'action.noSummary': 'Ingen jobbsammanfattning (GITHUB_STEP_SUMMARY saknas).',
  'action.notRendering':
    'Händelsen {event} skapar inga dokument (bara push till standardgrenen eller en tagg gör det).',
  'action.renderSkippedErrors': 'Dokumenten skapades inte eftersom registret har fel.',
  'action.renderFailed': 'Dokumenten kunde inte skapas: {detail}',
  'action.rendered': '{n} dokument skrivna till {dir}',
  'action.releaseUploaded':
    '{n, plural, one {# PDF bifogad} other {# PDF:er bifogade}} till releasen {tag}: {url}',
  'action.releaseFailed':
    'PDF:erna kunde inte bifogas till releasen {tag} ({detail}). Ge jobbet permissions: contents: write.',
  'action.releaseNoPdf': 'Inga PDF:er att bifoga till releasen.',
  'action.checkTitleClean': 'Registret är i ordning',
  'action.checkTitle': '{errors} fel, {warnings, plural, one {# varning} other {# varningar}}',
} as const;
