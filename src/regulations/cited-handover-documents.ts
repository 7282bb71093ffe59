import { handoverDocumentRules } from './handover-documents';
import type { Citation } from './types';

/** The handover documents one article names (handover-documents.ts keeps the citations per document). */
export function findHandoverDocumentsCitedBy(citation: Omit<Citation, 'huruf'>): string[] {
  return handoverDocumentRules
    .filter((rule) =>
      rule.requiredBy.some((c) => c.regulation === citation.regulation && c.pasal === citation.pasal && (citation.ayat === undefined || c.ayat === citation.ayat)),
    )
    .map((rule) => rule.code);
}
