/**
 * Words that say nothing about what data an application produces: they occur in nearly every
 * application's name ("Sistem Informasi ...", "Aplikasi Layanan ...") and would match every dataset.
 */
const stopwords = new Set([
  'aplikasi', 'sistem', 'informasi', 'layanan', 'pelayanan', 'data', 'dan', 'atau', 'untuk', 'yang', 'dari', 'pada', 'dengan',
  'dalam', 'oleh', 'kota', 'kabupaten', 'daerah', 'dinas', 'badan', 'online', 'elektronik', 'digital', 'terpadu', 'manajemen',
  'pengelolaan', 'website', 'portal', 'berbasis', 'the', 'and', 'for', 'system', 'application', 'service', 'information', 'management',
]);

/** Distinct lower-case words of at least four letters, minus the stopwords, at most `limit`. */
export function extractKeywords(texts: (string | undefined | null)[], limit = 12): string[] {
  const words = texts
    .filter((t): t is string => !!t)
    .flatMap((t) => t.toLowerCase().normalize('NFKD').split(/[^a-z0-9]+/))
    .filter((w) => w.length >= 4 && !stopwords.has(w) && !/^\d+$/.test(w));
  return [...new Set(words)].slice(0, limit);
}

/** An OR of prefix terms for to_tsquery('simple', …); the words are [a-z0-9] only, so nothing needs quoting. */
export function toPrefixQuery(words: string[]): string | null {
  return words.length === 0 ? null : words.map((w) => `${w}:*`).join(' | ');
}
