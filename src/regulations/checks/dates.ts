/**
 * Calendar arithmetic on ISO dates (YYYY-MM-DD, a time part is ignored). ISO dates compare
 * correctly as strings, so checks compare them with < and >.
 */

export function toDay(iso: string): string {
  return iso.slice(0, 10);
}

function fromParts(year: number, monthIndex: number, day: number): string {
  return new Date(Date.UTC(year, monthIndex, day)).toISOString().slice(0, 10);
}

/** Adds calendar months; the 31st of a month plus one month is the last day of the next. */
export function addMonths(iso: string, months: number): string {
  const [year, month, day] = toDay(iso).split('-').map(Number);
  const targetIndex = month - 1 + months;
  const lastDay = new Date(Date.UTC(year, targetIndex + 1, 0)).getUTCDate();
  return fromParts(year, targetIndex, Math.min(day, lastDay));
}

export function addDays(iso: string, days: number): string {
  const [year, month, day] = toDay(iso).split('-').map(Number);
  return fromParts(year, month - 1, day + days);
}

/** The warning window: a date this many days ahead makes an obligation `due_soon`. */
export const dueSoonWindowDays = 30;
