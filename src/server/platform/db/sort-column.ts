/**
 * The column a list is sorted by. Only the listed names count: a lookup on a plain object
 * would also find inherited keys (`sort=__proto__`, `constructor`) and sort by garbage.
 */
export function pickSortColumn<C>(sortable: Readonly<Record<string, C>>, sort: string | undefined, fallback: C): C {
  return sort !== undefined && Object.hasOwn(sortable, sort) ? sortable[sort] : fallback;
}
