import { addCalendarDays, isWorkingDay, toCalendarDate, type WorkingDayCalendar } from '../../workflow/working-days';

// the demo city's zone (Kota Dumai, Riau: WIB); the tenant's own zone comes from its region code
const timeZone = 'Asia/Jakarta';
const offset = '+07:00';

/**
 * The day the demo's dates count from, and instants relative to it, so that an overdue
 * request stays overdue and a late report stays late whenever the demo is loaded.
 */
export interface DemoClock {
  /** the run's day, YYYY-MM-DD in the city's zone */
  today: string;
  /** the run's instant */
  now: Date;
  year: number;
  /** the calendar date `days` from today (negative: in the past) */
  date(days: number): string;
  /** an instant on a calendar date, at a time of day in the city's zone (HH:MM) */
  at(date: string, time: string): Date;
  /** the working day `count` working days before today, by the tenant's calendar */
  workingDaysAgo(count: number, calendar: WorkingDayCalendar): string;
}

export function createDemoClock(today?: string): DemoClock {
  // a fixed day (tests) is read as that afternoon; otherwise the run's own instant
  const now = today ? new Date(`${today}T15:00:00${offset}`) : new Date();
  const day = today ?? toCalendarDate(now, timeZone);
  return {
    today: day,
    now,
    year: Number(day.slice(0, 4)),
    date: (days) => addCalendarDays(day, days),
    at: (date, time) => new Date(`${date}T${time}:00${offset}`),
    workingDaysAgo(count, calendar) {
      let date = day;
      for (let left = count; left > 0; ) {
        date = addCalendarDays(date, -1);
        if (isWorkingDay(date, calendar)) left--;
      }
      return date;
    },
  };
}

/** A day as the demo's letters and notes write it: "15 April 2026". */
export function formatDemoDate(day: string): string {
  return new Intl.DateTimeFormat('id-ID', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
}
