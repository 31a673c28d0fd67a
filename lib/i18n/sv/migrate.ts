// The words of `lisa migrate` (cli/commands/migrate.ts).
export const migrate = {
  'migrate.nothing':
    'Inget att flytta: alla planerade åtgärder i granskningssvaren finns redan i handlingsplanen.',
  'migrate.dryRun':
    'Provkörning – inga filer ändras. {n, plural, one {# planerad åtgärd} other {# planerade åtgärder}} skulle flyttas till handlingsplanen:',
  'migrate.written':
    '{n, plural, one {# planerad åtgärd} other {# planerade åtgärder}} flyttades till handlingsplanen:',
  'migrate.move': '  {audit} {recommendation}/{action} → {file}',
  'migrate.changed':
    '{n, plural, one {# granskningssvar} other {# granskningssvar}} {write, select, true {fick} other {skulle få}} plan: i stället för ansvarig, datum, status och historik (texten ändras inte): {files}',
  'migrate.skipped': '{n, plural, one {# åtgärd} other {# åtgärder}} kan inte flyttas än:',
  'migrate.skip.no-owner':
    '  {audit} {recommendation}/{action}: ingen ansvarig. Ange owner (en roll) i svaret först – lisa hittar inte på någon.',
  'migrate.skip.no-due':
    '  {audit} {recommendation}/{action}: inget datum. Ange due (ÅÅÅÅ-MM-DD) eller period (t.ex. hösten 2027) i svaret först.',
  'migrate.skip.unreadable-period':
    '  {audit} {recommendation}/{action}: perioden "{period}" går inte att läsa som datum. Skriv t.ex. 2027, 2027-Q2 eller hösten 2027, eller ange due.',
  'migrate.skip.no-done-date':
    '  {audit} {recommendation}/{action}: klar, men utan datum. Ange done (ÅÅÅÅ-MM-DD) i svaret först.',
  'migrate.skip.layout':
    '  {audit} {recommendation}/{action}: skriven på en rad (flödesstil); skriv åtgärden med ett fält per rad, så kan den flyttas.',
  'migrate.skip.file-exists':
    '  {audit} {recommendation}/{action}: {file} finns redan. Koppla ihop dem för hand med plan: i svaret.',
  'migrate.hint': 'Kör lisa migrate {dir} --write för att skriva filerna.',
  'migrate.changedOnDisk': '{file} har ändrats sedan den lästes; inget skrevs. Kör lisa migrate igen.',
  'migrate.planComment':
    'Flyttad av lisa migrate från {audit} (rekommendation {recommendation}, åtgärd {action}).',
  'migrate.after':
    'Efter flytten: {errors, plural, =0 {inga fel} one {# fel} other {# fel}} i registret (lisa validate {dir} visar dem).',
} as const;
