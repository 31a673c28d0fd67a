// The page every document shares: running header and footer, the colophon, small words of the macros.
export const documentsPage = {
  'documents.page.registrationShort': 'Dnr {number}',
  'documents.page.source':
    'Underlag: registret{kind, select, sha { i version {sha} ({date}){dirty, select, yes {, med ändringar som inte är incheckade} other {}}} other {: ej versionshanterad kopia}}',
  'documents.page.pageOf': 'Sida {page} av {pages}',
  'documents.page.colophon':
    'Skapat med lisa {date} ur {gen} register för informationssäkerhetsarbetet{kind, select, sha {, version {sha} ({stampDate}){dirty, select, yes { med ändringar som ännu inte är incheckade} other {}}} copy { (ej versionshanterad kopia)} other {}}.',
  'documents.page.yes': 'Ja',
  'documents.page.no': 'Nej',
} as const;
