/**
 * The code of an evidence item: `<indicator code>.<level>.<item number>` (e.g. "I01.3.2"), level 0
 * when the item states none. This is Simpul's reading of how the national evaluation portal
 * (eval.spbe.go.id) files evidence by indicator, level and item: no public specification of the
 * portal's own format was found (docs/evaluation.md). The item number is given once and never
 * reused, so a code stays the same when other items are added or removed.
 */
export function evidenceCode(indicatorCode: string, level: number | null, itemNumber: number): string {
  return `${indicatorCode}.${level ?? 0}.${itemNumber}`;
}
