import type { Cadence } from './types';

/**
 * Simpul's reading of "secara periodik" where the text names no period: yearly. The Dumai
 * 67/2022 Lampiran asks each internal policy to be "direviu dan dievaluasi secara periodik"
 * and names a period only for the data-management guideline ("setiap tahun", Lampiran I.C);
 * Ps 33(2) evaluates SPBE, its internal policies included, at least once a year, so a review
 * older than that is stale. The administrator may set another reading (settings, recorded
 * with who and when); either way it is shown as an interpretation, never as the text.
 */
export const defaultPeriodicReadingMonths = 12;

/** The cadence of a duty the text asks "secara periodik" without a period: the tenant's reading binds. */
export const periodicCadence: Cadence = { kind: 'every', months: defaultPeriodicReadingMonths, periodic: true };
