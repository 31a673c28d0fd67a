import type { documentsPage as sv } from '../sv/documents-page.js';

export const documentsPage: Record<keyof typeof sv, string> = {
  'documents.page.registrationShort': 'Saksnr. {number}',
  'documents.page.source':
    'Grunnlag: registeret{kind, select, sha { i versjon {sha} ({date}){dirty, select, yes {, med endringer som ikke er sjekket inn} other {}}} other {: ikke versjonskontrollert kopi}}',
  'documents.page.pageOf': 'Side {page} av {pages}',
  'documents.page.colophon':
    'Laget med lisa {date} fra {gen} registre for informasjonssikkerhetsarbeidet{kind, select, sha {, versjon {sha} ({stampDate}){dirty, select, yes { med endringer som ennå ikke er sjekket inn} other {}}} copy { (ikke versjonskontrollert kopi)} other {}}.',
  'documents.page.yes': 'Ja',
  'documents.page.no': 'Nei',
};
