import { addDays, addMonths, toDay } from '../../../regulations/checks/dates';

export interface ReportSchedule {
  periodMonths: number;
  deadlineDays: number;
  startsOn: string;
}

export interface ReportPeriod {
  start: string;
  end: string;
  /** the last day the report is on time */
  deadline: string;
}

/** Period lengths that split a calendar year evenly: monthly … yearly. */
export const periodLengths = [1, 2, 3, 4, 6, 12] as const;

/**
 * The reporting periods of a schedule that have begun by `asOf`, oldest first. Jambi 10/2017
 * Ps 22(1) says only "secara berkala", so the tenant sets the length; periods are aligned to the
 * calendar year (quarters start in January, April, July, October), the first being the one
 * that contains `startsOn`.
 */
export function listPeriods(schedule: ReportSchedule, asOf: string): ReportPeriod[] {
  const [year, month] = toDay(schedule.startsOn).split('-').map(Number);
  const firstMonthIndex = Math.floor((month - 1) / schedule.periodMonths) * schedule.periodMonths;
  let start = `${year}-${String(firstMonthIndex + 1).padStart(2, '0')}-01`;
  const today = toDay(asOf);
  const periods: ReportPeriod[] = [];
  while (start <= today) {
    const next = addMonths(start, schedule.periodMonths);
    const end = addDays(next, -1);
    periods.push({ start, end, deadline: addDays(end, schedule.deadlineDays) });
    start = next;
  }
  return periods;
}

export interface MissingReport {
  agencyId: string;
  period: ReportPeriod;
  warned: boolean;
}

/**
 * Jambi 10/2017 Ps 22(1), (3): every agency that has not reported for a period whose deadline
 * has passed is a candidate for the mayor's teguran; `warned` tells whether one is recorded.
 */
export function findMissingReports(input: {
  periods: readonly ReportPeriod[];
  agencyIds: readonly string[];
  submitted: readonly { agencyId: string; periodStart: string }[];
  warned: readonly { agencyId: string; periodStart: string }[];
  asOf: string;
}): MissingReport[] {
  const key = (agencyId: string, periodStart: string) => `${agencyId}|${periodStart}`;
  const submitted = new Set(input.submitted.map((s) => key(s.agencyId, s.periodStart)));
  const warned = new Set(input.warned.map((w) => key(w.agencyId, w.periodStart)));
  const today = toDay(input.asOf);
  const missing: MissingReport[] = [];
  for (const period of input.periods.filter((p) => p.deadline < today)) {
    for (const agencyId of input.agencyIds) {
      if (!submitted.has(key(agencyId, period.start))) missing.push({ agencyId, period, warned: warned.has(key(agencyId, period.start)) });
    }
  }
  return missing;
}
