import type { action as sv } from '../sv/action.js';

export const action: Record<keyof typeof sv, string> = {
  'action.findings':
    'lisa: {errors} feil og {warnings, plural, one {# advarsel} other {# advarsler}} i {files, plural, one {# fil} other {# filer}}',
  'action.failErrors':
    'Registeret har {errors, plural, one {# feil. Rett den (se merknaden på linjen)} other {# feil. Rett dem (se merknadene på linjene)}} og push igjen.',
  'action.failWarnings':
    'Registeret har {warnings, plural, one {# advarsel og fail-on er warning. Rett den eller demp den med begrunnelse (suppress).} other {# advarsler og fail-on er warning. Rett dem eller demp dem med begrunnelse (suppress).}}',
  'action.badInput': 'Ugyldig verdi for {input}: «{value}». Tillatte verdier: {allowed}.',
  'action.noRegistry':
    'Registeret «{dir}» finnes ikke i {workspace}. Sjekk ut repoet med actions/checkout og angi registerets mappe i input registry.',
  'action.internal':
    'lisa støtte på en intern feil: {detail}. Kjør på nytt med feilsøkingslogging (ACTIONS_STEP_DEBUG) og rapporter gjerne feilen.',
  'action.baseNotGit': 'arbeidskatalogen er ikke et git-repo.',
  'action.baseNotFound':
    'baseversjonen {sha} finnes ikke i utsjekkingen. Angi fetch-depth: 0 i actions/checkout.',
  'action.baseUnknown': 'hendelsen angir ingen baseversjon.',
  'action.baseFailed': 'baseversjonen kunne ikke leses ({detail}).',
  'action.cacheInRegistry':
    'cache-dir ligger i registermappen, der hver fil leses som en del av registeret; hurtigbufferen brukes ikke. Velg en mappe utenfor, f.eks. under runner.temp.',
  'action.baseNoRegistry': 'baseversjonen har ikke noe register i {dir}; alt regnes som nytt.',
  'action.checkForbidden':
    'Kontrollen med alle {n} merknader kunne ikke opprettes: tokenet mangler retten checks: write ({status}). {why} De første merknadene står på linjene og alle funn i dette sammendraget og i loggen.',
  'action.checkFailed':
    'Kontrollen med alle merknader kunne ikke opprettes ({detail}). Alle funn står i sammendraget og i loggen.',
  'action.commentForbidden':
    'Kommentaren på pull requesten kunne ikke skrives: tokenet mangler retten pull-requests: write ({status}). {why}',
  'action.commentFailed': 'Kommentaren på pull requesten kunne ikke skrives ({detail}).',
  'action.whyFork':
    'Pull requesten kommer fra en fork, og GitHub gir da arbeidsflyten et skrivebeskyttet token. Det er ventet og ingen feil i endringen.',
  'action.whyPermissions': 'Gi jobben retten i arbeidsflytens permissions: (se action/README.md).',
  'action.commentCreated': 'Kommentar opprettet: {url}',
  'action.commentUpdated': 'Kommentar oppdatert: {url}',
  'action.omitted':
    '{n} funn til ({errors} feil, {warnings} advarsler) har ingen merknad her: GitHub tar imot 50 per kall og lisa gjør høyst {requests} kall, altså {max} merknader, de alvorligste først. Alle funn står i loggen og i `lisa validate`.',
  'action.omittedRule': 'Regel',
  'action.omittedCount': 'Funn uten merknad',
  'action.omittedMoreFiles': '…og {n, plural, one {# fil} other {# filer}} til.',
  'action.checkCreated': 'Kontroll «{name}» opprettet med {n} merknader: {url}',
  'action.noSummary': 'Ingen jobbsammendrag (GITHUB_STEP_SUMMARY mangler).',
  'action.notRendering':
    'Hendelsen {event} lager ingen dokumenter (bare push til standardgrenen eller en tagg gjør det).',
  'action.renderSkippedErrors': 'Dokumentene ble ikke laget fordi registeret har feil.',
  'action.renderFailed': 'Dokumentene kunne ikke lages: {detail}',
  'action.rendered': '{n, plural, one {# dokument} other {# dokumenter}} skrevet til {dir}',
  'action.releaseUploaded': '{n, plural, one {# PDF} other {# PDF-er}} lagt ved utgivelsen {tag}: {url}',
  'action.releaseFailed':
    'PDF-ene kunne ikke legges ved utgivelsen {tag} ({detail}). Gi jobben permissions: contents: write.',
  'action.releaseNoPdf': 'Ingen PDF-er å legge ved utgivelsen.',
  'action.checkTitleClean': 'Registeret er i orden',
  'action.checkTitle': '{errors} feil, {warnings, plural, one {# advarsel} other {# advarsler}}',
};
