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
