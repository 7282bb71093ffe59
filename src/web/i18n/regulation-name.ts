type Translate = (key: string, params?: Record<string, unknown>) => string;

/**
 * A regulation as every screen names it: the short name its regulation package gives ("Perwako Dumai 67/2022") or, with
 * `full`, short name and title. One helper so the compliance page, settings and first-run
 * setup never word the same regulation two ways.
 */
export function regulationName(t: Translate, id: string, full = false): string {
  const key = full ? `web.regulation.${id}` : `web.regulationShort.${id}`;
  const text = t(key);
  return text === key ? id : text;
}
