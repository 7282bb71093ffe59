import { describe, expect, it } from 'vitest';
import { computeReviewDue } from './review-due';

describe('internal policy review due dates (Dumai 67/2022 Lampiran BAB II: "direviu dan dievaluasi secara periodik")', () => {
  it('Dumai 67/2022 Lampiran: a policy without a decree is not enacted and has no review date', () => {
    expect(computeReviewDue({ decreeDate: null, lastReviewedAt: null }, '2026-06-01', 12)).toEqual({ state: 'not_enacted', dueDate: null });
  });

  it('Dumai 67/2022 Lampiran I.C "setiap tahun": the first review falls due a year after the decree', () => {
    expect(computeReviewDue({ decreeDate: '2025-09-15', lastReviewedAt: null }, '2026-01-10', 12)).toEqual({ state: 'current', dueDate: '2026-09-15' });
  });

  it('Dumai 67/2022 Lampiran: a review resets the period; past the date it is overdue', () => {
    expect(computeReviewDue({ decreeDate: '2023-01-01', lastReviewedAt: '2025-03-31' }, '2026-04-01', 12)).toEqual({ state: 'overdue', dueDate: '2026-03-31' });
    expect(computeReviewDue({ decreeDate: '2023-01-01', lastReviewedAt: '2025-03-31' }, '2026-03-31', 12)).toMatchObject({ state: 'due_soon' });
  });

  it('Dumai 67/2022 Lampiran "secara periodik": the tenant\'s reading sets the period (6 months falls due before 12)', () => {
    expect(computeReviewDue({ decreeDate: '2025-09-15', lastReviewedAt: null }, '2026-04-01', 6)).toEqual({ state: 'overdue', dueDate: '2026-03-15' });
    expect(computeReviewDue({ decreeDate: '2025-09-15', lastReviewedAt: null }, '2026-04-01', 12)).toEqual({ state: 'current', dueDate: '2026-09-15' });
  });

  it('Dumai 67/2022 Lampiran: within 30 days of the date the review is due soon', () => {
    expect(computeReviewDue({ decreeDate: '2025-05-20', lastReviewedAt: null }, '2026-04-21', 12)).toEqual({ state: 'due_soon', dueDate: '2026-05-20' });
    expect(computeReviewDue({ decreeDate: '2025-05-20', lastReviewedAt: null }, '2026-04-19', 12)).toEqual({ state: 'current', dueDate: '2026-05-20' });
  });
});
