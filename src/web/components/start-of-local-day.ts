/** The instant the user's local day starts, as ISO (for a `from` filter); `nextDay` gives the exclusive end. */
export function startOfLocalDay(date: string, nextDay = false): string | undefined {
  if (!date) return undefined;
  const [y, m, d] = date.split('-').map(Number);
  return new Date(y, m - 1, d + (nextDay ? 1 : 0)).toISOString();
}
