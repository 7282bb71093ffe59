import { addDays, addMonths, dueSoonWindowDays, toDay } from '../../../regulations/checks/dates';

export type ReviewState = 'not_enacted' | 'overdue' | 'due_soon' | 'current';

export interface ReviewDue {
  state: ReviewState;
  /** the day the next review report is due; null while the policy has no decree */
  dueDate: string | null;
}

/**
 * Dumai 67/2022 Lampiran BAB II.A–J: each internal policy "direviu dan dievaluasi secara
 * periodik" and the result written in a review report. The Lampiran names a period only for the
 * data-management guideline ("setiap tahun", Lampiran I.C); every other review follows the
 * tenant's reading of "secara periodik" (`months`, see reviewPeriodOf). The next review falls
 * due one period after the latest review, or after the decree date when there has been none —
 * the same reading as the compliance check.
 */
export function computeReviewDue(policy: { decreeDate: string | null; lastReviewedAt: string | null }, asOf: string, months: number): ReviewDue {
  const since = policy.lastReviewedAt ?? policy.decreeDate;
  if (!since) return { state: 'not_enacted', dueDate: null };
  const today = toDay(asOf);
  const dueDate = addMonths(since, months);
  if (dueDate < today) return { state: 'overdue', dueDate };
  if (dueDate <= addDays(today, dueSoonWindowDays)) return { state: 'due_soon', dueDate };
  return { state: 'current', dueDate };
}
