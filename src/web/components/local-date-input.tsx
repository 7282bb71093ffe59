import { TextInput } from '@mantine/core';

/**
 * The one date picker of the filters: the browser's own, in Indonesian (lang="id" shows
 * dd/mm/yyyy). Value and onChange speak YYYY-MM-DD, a calendar date on the user's clock.
 */
export function LocalDateInput({ label, value, onChange }: { label: string; value: string; onChange: (date: string) => void }) {
  return <TextInput type="date" lang="id" label={label} value={value} onChange={(e) => onChange(e.currentTarget.value)} w={170} />;
}

/** The instant the user's local day starts, as ISO (for a `from` filter); `nextDay` gives the exclusive end. */
export function startOfLocalDay(date: string, nextDay = false): string | undefined {
  if (!date) return undefined;
  const [y, m, d] = date.split('-').map(Number);
  return new Date(y, m - 1, d + (nextDay ? 1 : 0)).toISOString();
}
