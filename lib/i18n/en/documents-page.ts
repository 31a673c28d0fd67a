import type { documentsPage as sv } from '../sv/documents-page.js';

export const documentsPage: Record<keyof typeof sv, string> = {
  'documents.page.registrationShort': 'Ref. {number}',
  'documents.page.source':
    'Source: the registers{kind, select, sha { at version {sha} ({date}){dirty, select, yes {, with changes not committed} other {}}} other {: a copy not under version control}}',
  'documents.page.pageOf': 'Page {page} of {pages}',
  'documents.page.colophon':
    'Made with lisa on {date} from the information security registers of {name}{kind, select, sha {, version {sha} ({stampDate}){dirty, select, yes { with changes not yet committed} other {}}} copy { (a copy not under version control)} other {}}.',
  'documents.page.yes': 'Yes',
  'documents.page.no': 'No',
};
