import type { z } from 'zod';
import { IsoDate } from './common';

// Indonesia's easternmost zone, WIT (UTC+9), is where a calendar day starts first
const witOffsetMs = 9 * 60 * 60 * 1000;

/**
 * Today as the latest Indonesian time zone sees it. A date after this is in the future for
 * every tenant, whichever zone (WIB, WITA, WIT) it is in, so no tenant's "today" is refused.
 */
export function latestTodayInIndonesia(now = new Date()): string {
  return new Date(now.getTime() + witOffsetMs).toISOString().slice(0, 10);
}

/** A day that has already come: a decree signed, a review held, an evaluation done. */
export const PastIsoDate = IsoDate.refine((date) => date <= latestTodayInIndonesia(), { message: 'DATE_IN_FUTURE' });

/**
 * A refinement for a period given as two date fields: the end may not be before the start.
 * Checked only when both are present in the value (a PATCH re-checks the merged record).
 */
export function refineDateOrder<K extends string>(start: K, end: K, code = 'DATE_END_BEFORE_START') {
  return (value: Partial<Record<K, unknown>>, ctx: z.RefinementCtx) => {
    const from = value[start];
    const until = value[end];
    if (typeof from === 'string' && typeof until === 'string' && until < from) ctx.addIssue({ code: 'custom', path: [end], message: code });
  };
}

/** The same order check outside zod, on a PATCH merged with the stored record: true when the end is before the start. */
export function dateOrderBreach(from: string | null | undefined, until: string | null | undefined): boolean {
  return typeof from === 'string' && typeof until === 'string' && until < from;
}
