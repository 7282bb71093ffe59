/**
 * Working days (hari kerja) for request deadlines.
 *
 * Dates are calendar dates as ISO strings ('2024-08-16'), computed in UTC arithmetic so no
 * server time zone or daylight rule can shift them. An instant (`now`) becomes a calendar
 * date in the tenant's zone first (Asia/Jakarta by default; a WITA or WIT tenant passes
 * Asia/Makassar or Asia/Jayapura).
 *
 * A working day is Monday to Friday and not a holiday. The holidays are data: the fixed-date
 * national holidays below apply every year, and the administrator enters each year's movable
 * holidays (Idulfitri, Iduladha, Imlek, Nyepi, Waisak, Paskah…) and cuti bersama, which the
 * joint decree (SKB) of three ministers — religious affairs, manpower, and PANRB — sets
 * anew every year. Regional holidays go in the same list.
 */

export type IsoDate = string;

export type HolidayKind = 'national_holiday' | 'collective_leave' | 'regional_holiday';

export interface HolidayEntry {
  date: IsoDate;
  kind: HolidayKind;
  /** i18n key (namespace `requests`) or the administrator's own label */
  name: string;
}

/**
 * Fixed-date national holidays shipped as defaults. Keppres 8/2024 (Hari-Hari Libur) lists
 * them with the movable ones; 1 May also by Keppres 24/2013 and 1 June by Keppres 24/2016.
 * A tenant that needs another basis can switch the defaults off and enter every date.
 */
export const fixedNationalHolidays: readonly { monthDay: string; name: string }[] = [
  { monthDay: '01-01', name: 'calendar.holiday.new_year' },
  { monthDay: '05-01', name: 'calendar.holiday.labour_day' },
  { monthDay: '06-01', name: 'calendar.holiday.pancasila_day' },
  { monthDay: '08-17', name: 'calendar.holiday.independence_day' },
  { monthDay: '12-25', name: 'calendar.holiday.christmas' },
];

export interface WorkingDayCalendar {
  timeZone: string;
  /** the fixed-date national holidays apply in every year */
  fixedDefaults: boolean;
  /** the tenant's entries: movable national holidays, cuti bersama, regional holidays */
  holidays: ReadonlyMap<IsoDate, HolidayEntry>;
}

export const defaultTimeZone = 'Asia/Jakarta';

const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

// A calendar with every day a holiday must not loop forever: ten years is far beyond any deadline.
const maxDaysScanned = 3660;

export function listFixedHolidays(year: number): HolidayEntry[] {
  return fixedNationalHolidays.map((h) => ({
    date: `${String(year).padStart(4, '0')}-${h.monthDay}`,
    kind: 'national_holiday',
    name: h.name,
  }));
}

export function buildWorkingDayCalendar(
  entries: readonly HolidayEntry[],
  options: { timeZone?: string; fixedDefaults?: boolean } = {},
): WorkingDayCalendar {
  const holidays = new Map<IsoDate, HolidayEntry>();
  for (const entry of entries) {
    parseIsoDate(entry.date);
    holidays.set(entry.date, entry);
  }
  return { timeZone: options.timeZone ?? defaultTimeZone, fixedDefaults: options.fixedDefaults !== false, holidays };
}

export function parseIsoDate(date: IsoDate): Date {
  const match = isoDatePattern.exec(date);
  if (!match) throw new RangeError(`not an ISO date: ${date}`);
  const [, y, m, d] = match;
  const parsed = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  if (formatUtcDate(parsed) !== date) throw new RangeError(`not a calendar date: ${date}`);
  return parsed;
}

function formatUtcDate(date: Date): IsoDate {
  return date.toISOString().slice(0, 10);
}

/** The calendar date of an instant in a time zone. */
export function toCalendarDate(instant: Date, timeZone: string = defaultTimeZone): IsoDate {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(
    instant,
  );
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

export function addCalendarDays(date: IsoDate, days: number): IsoDate {
  const d = parseIsoDate(date);
  d.setUTCDate(d.getUTCDate() + days);
  return formatUtcDate(d);
}

export function isWorkingDay(date: IsoDate, calendar: WorkingDayCalendar): boolean {
  const weekday = parseIsoDate(date).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !isHoliday(date, calendar);
}

export function isHoliday(date: IsoDate, calendar: WorkingDayCalendar): boolean {
  if (calendar.holidays.has(date)) return true;
  return calendar.fixedDefaults && fixedNationalHolidays.some((h) => date.endsWith(`-${h.monthDay}`));
}

/**
 * The date that is `count` working days after `start` (start itself not counted): a
 * request entering a state on Friday with 5 working days is due the next Friday.
 */
export function addWorkingDays(start: IsoDate, count: number, calendar: WorkingDayCalendar): IsoDate {
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`working days must be a whole number ≥ 0: ${count}`);
  let date = start;
  parseIsoDate(date);
  for (let left = count, scanned = 0; left > 0; scanned++) {
    if (scanned > maxDaysScanned) throw new RangeError('the holiday calendar leaves no working day');
    date = addCalendarDays(date, 1);
    if (isWorkingDay(date, calendar)) left--;
  }
  return date;
}
