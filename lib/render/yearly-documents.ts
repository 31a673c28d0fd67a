// The yearly report's governing documents: each with its status, decision, review and whether it was communicated.

import { isRestricted } from '../derive.js';
import { roleName } from '../roles.js';
import { boardRef, valid } from './common.js';
import { DOCUMENT_STATUS, DOCUMENT_TYPE, label } from './labels.js';
import type { YearlyScope } from './yearly-scope.js';

export function yearlyDocuments({ registry, input, c }: YearlyScope) {
  const { locale, today } = input;
  // Governing documents.
  const typeOrder = ['policy', 'guideline', 'routine', 'instruction', 'plan'];
  const documents = valid(registry, 'document')
    .map((d) => {
      const x = d.data;
      if (isRestricted(registry, d))
        return { id: d.id, title: x.title, restricted: true, typeRank: typeOrder.indexOf(x.type) };
      return {
        id: d.id,
        title: x.title,
        restricted: false,
        typeRank: typeOrder.indexOf(x.type),
        type: label(DOCUMENT_TYPE, x.type, locale),
        status: x.status,
        statusLabel: label(DOCUMENT_STATUS, x.status, locale),
        decidedBy: x.decidedBy
          ? boardRef(registry, x.decidedBy).name
          : x.decidedByRole
            ? roleName(registry, x.decidedByRole, locale)
            : undefined,
        decision: x.decision,
        owner: roleName(registry, x.owner, locale),
        nextReview: x.nextReview,
        reviewOverdue: x.status === 'decided' && x.nextReview !== undefined && x.nextReview < today,
        communicated: x.communicated,
        notCommunicated:
          x.status === 'decided' &&
          Boolean(x.decision?.date) &&
          !(x.communicated && x.communicated >= (x.decision?.date ?? '')),
      };
    })
    .sort((a, b) => a.typeRank - b.typeRank || c.compare(a.title, b.title));
  const openDocs = documents.filter((d) => !d.restricted);

  return {
    documents,
    figures: {
      documents: documents.length,
      documentsDecided:
        openDocs.filter((d) => d.status === 'decided').length + (documents.length - openDocs.length),
      documentsDraft: openDocs.filter((d) => d.status === 'draft').length,
      documentsOverdue: openDocs.filter((d) => d.reviewOverdue).length,
      documentsNotCommunicated: openDocs.filter((d) => d.notCommunicated).length,
    },
  };
}
