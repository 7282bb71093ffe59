import { describe, expect, it } from 'vitest';
import { nextPublicationStatus, statusAfterEdit } from './publication-flow';
import { publicationStatuses } from '../../../shared/datasets';

describe('dataset publication flow', () => {
  it('Perpres 39/2019 Ps 22(1) huruf c: the producer hands a draft or a returned record to the steward', () => {
    expect(nextPublicationStatus('draft', 'submit')).toBe('in_review');
    expect(nextPublicationStatus('returned', 'submit')).toBe('in_review');
    expect(nextPublicationStatus('in_review', 'submit')).toBeNull();
    expect(nextPublicationStatus('retired', 'submit')).toBeNull();
  });
  it('Perpres 39/2019 Ps 21(1) huruf a–b: only a record in review is published or returned', () => {
    for (const status of publicationStatuses) {
      const open = status === 'in_review';
      expect(nextPublicationStatus(status, 'publish')).toBe(open ? 'published' : null);
      expect(nextPublicationStatus(status, 'return')).toBe(open ? 'returned' : null);
    }
  });
  it('a retired record stays retired; every live one can be retired', () => {
    expect(nextPublicationStatus('retired', 'retire')).toBeNull();
    expect(nextPublicationStatus('published', 'retire')).toBe('retired');
    expect(nextPublicationStatus('draft', 'retire')).toBe('retired');
  });
  it('Perpres 39/2019 Ps 21(1) huruf a: an edit of a published record goes back to the steward', () => {
    expect(statusAfterEdit('published')).toBe('in_review');
    expect(statusAfterEdit('draft')).toBe('draft');
    expect(statusAfterEdit('returned')).toBe('returned');
  });
});
