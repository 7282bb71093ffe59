import { describe, expect, it } from 'vitest';
import { findHandoverDocumentsCitedBy } from './cited-handover-documents';

describe('findHandoverDocumentsCitedBy', () => {
  it('Palu 14/2022 Ps 31(2) huruf a-d: requirements, design, user manual and source code', () => {
    expect(findHandoverDocumentsCitedBy({ regulation: 'palu-14-2022', pasal: '31', ayat: '2' }).sort()).toEqual(['design', 'requirements', 'source_code', 'user_manual']);
  });

  it('Palu 14/2022 Ps 15(3): the eleven technical documents', () => {
    expect(findHandoverDocumentsCitedBy({ regulation: 'palu-14-2022', pasal: '15', ayat: '3' })).toHaveLength(11);
  });

  it('Dumai 67/2022 Lampiran I.D: source code and documentation', () => {
    expect(findHandoverDocumentsCitedBy({ regulation: 'dumai-67-2022', pasal: 'Lampiran I' }).sort()).toEqual(['source_code', 'user_manual']);
  });
});
