import { and, or, sql, type SQL, type SQLWrapper } from 'drizzle-orm';

// Letters with marks that Indonesian names and loanwords carry, and the plain letter each reads as.
const marked = 'ÀÁÂÃÄÅĀàáâãäåāÈÉÊËĒèéêëēÌÍÎÏĪìíîïīÒÓÔÕÖŌòóôõöōÙÚÛÜŪùúûüūÝýÿÑñÇç';
const plain = 'AAAAAAAaaaaaaaEEEEEeeeeeIIIIIiiiiiOOOOOOooooooUUUUUuuuuuYyyNnCc';

/** A text as the search compares it: without marks, in lower case ("Pérak" → "perak"). */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The words of a search, folded; at most 8, so a pasted paragraph stays one cheap query. */
export function searchWords(q: string): string[] {
  return [...new Set(foldText(q).split(/\s+/).filter(Boolean))].slice(0, 8);
}

const escapeLike = (text: string) => text.replace(/[%_\\]/g, '\\$&');

/** A column as the search compares it, in SQL (the same folding as foldText, for the marks listed). */
export function folded(column: SQLWrapper): SQL {
  return sql`lower(translate(${column}, ${marked}, ${plain}))`;
}

/** Every word occurs in at least one of the columns, case and marks aside ("dinas kes" finds "Dinas Kesehatan"). */
export function matchesWords(columns: SQLWrapper[], words: string[]): SQL | undefined {
  if (words.length === 0) return sql`false`;
  return and(...words.map((w) => or(...columns.map((c) => sql`${folded(c)} LIKE ${'%' + escapeLike(w) + '%'}`))));
}

/** 0 when the column starts with the first word, else 1: for ordering the closest hits first. */
export function startsWithRank(column: SQLWrapper, words: string[]): SQL<number> {
  return sql<number>`CASE WHEN ${folded(column)} LIKE ${escapeLike(words[0] ?? '') + '%'} THEN 0 ELSE 1 END`;
}
