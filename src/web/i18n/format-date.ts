const pad = (n: number) => String(n).padStart(2, '0');

function toDate(value: string): Date {
  // a bare YYYY-MM-DD is a calendar date, not midnight UTC
  return new Date(value.length === 10 ? `${value}T00:00:00` : value);
}

/** Dates as Indonesian offices write them: dd/mm/yyyy (also fine for British English). */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '';
  const d = toDate(value);
  if (Number.isNaN(d.getTime())) return value;
  return `${pad(d.getDate())}/${pad(d.getMonth() + 1)}/${d.getFullYear()}`;
}

export function formatDateTime(value: string | null | undefined): string {
  if (!value) return '';
  const d = toDate(value);
  if (Number.isNaN(d.getTime())) return value;
  return `${formatDate(value)} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/**
 * What a person types into a date field, as the ISO date the API takes: `dd/mm/yyyy` (also
 * `d-m-yyyy`, `d.m.yyyy`) or an ISO `yyyy-mm-dd`; null for anything that is not a real date.
 */
export function parseDate(text: string): string | null {
  const value = text.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  const local = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(value);
  const [year, month, day] = iso ? [iso[1], iso[2], iso[3]] : local ? [local[3], local[2], local[1]] : [];
  if (!year) return null;
  const d = new Date(Number(year), Number(month) - 1, Number(day));
  if (d.getFullYear() !== Number(year) || d.getMonth() !== Number(month) - 1 || d.getDate() !== Number(day)) return null;
  return `${year}-${pad(Number(month))}-${pad(Number(day))}`;
}

/** Today as the ISO calendar date of this browser. */
export function todayIso(): string {
  const d = new Date();
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
