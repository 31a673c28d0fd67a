import type { migrate as sv } from '../sv/migrate.js';

export const migrate: Record<keyof typeof sv, string> = {
  'migrate.nothing':
    'Ingenting å flytte: alle planlagte tiltak i revisjonssvarene finnes allerede i tiltaksplanen.',
  'migrate.dryRun':
    'Prøvekjøring – ingen filer endres. {n, plural, one {# planlagt tiltak} other {# planlagte tiltak}} ville blitt flyttet til tiltaksplanen:',
  'migrate.written':
    '{n, plural, one {# planlagt tiltak} other {# planlagte tiltak}} ble flyttet til tiltaksplanen:',
  'migrate.move': '  {audit} {recommendation}/{action} → {file}',
  'migrate.changed':
    '{n, plural, one {# revisjonssvar} other {# revisjonssvar}} {write, select, true {fikk} other {ville fått}} plan: i stedet for ansvarlig, frist, status og historikk (teksten endres ikke): {files}',
  'migrate.skipped': '{n, plural, one {# tiltak} other {# tiltak}} kan ikke flyttes ennå:',
  'migrate.skip.no-owner':
    '  {audit} {recommendation}/{action}: ingen ansvarlig. Angi owner (en rolle) i svaret først – lisa finner ikke på noen.',
  'migrate.skip.no-due':
    '  {audit} {recommendation}/{action}: ingen frist. Angi due (ÅÅÅÅ-MM-DD) eller period (f.eks. høsten 2027) i svaret først.',
  'migrate.skip.unreadable-period':
    '  {audit} {recommendation}/{action}: perioden «{period}» kan ikke leses som en dato. Skriv f.eks. 2027, 2027-Q2 eller høsten 2027, eller angi due.',
  'migrate.skip.no-done-date':
    '  {audit} {recommendation}/{action}: ferdig, men uten dato. Angi done (ÅÅÅÅ-MM-DD) i svaret først.',
  'migrate.skip.layout':
    '  {audit} {recommendation}/{action}: skrevet på én linje (flytstil); skriv tiltaket med ett felt per linje, så kan det flyttes.',
  'migrate.skip.file-exists':
    '  {audit} {recommendation}/{action}: {file} finnes allerede. Koble dem sammen for hånd med plan: i svaret.',
  'migrate.hint': 'Kjør lisa migrate {dir} --write for å skrive filene.',
  'migrate.changedOnDisk':
    '{file} er endret siden den ble lest; ingenting ble skrevet. Kjør lisa migrate igjen.',
  'migrate.planComment':
    'Flyttet av lisa migrate fra {audit} (anbefaling {recommendation}, tiltak {action}).',
  'migrate.after':
    'Etter flyttingen: {errors, plural, =0 {ingen feil} one {# feil} other {# feil}} i registeret (lisa validate {dir} viser dem).',
};
