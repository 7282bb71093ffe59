import { z } from 'zod';

/** The groups the header search answers in, in the order the web shows them. */
export const searchGroups = ['agency', 'application', 'dataset', 'domain', 'request', 'obligation', 'person'] as const;
export type SearchGroup = (typeof searchGroups)[number];

/** Fewer characters than this match too much to be useful; more than 200 is not a search. */
export const searchMinLength = 2;
export const searchMaxLength = 200;

export const SearchQuery = z.object({
  q: z.string().trim().min(searchMinLength, 'SEARCH_TOO_SHORT').max(searchMaxLength, 'SEARCH_TOO_LONG').meta({ description: 'What to look for: part of a name, a code, a letter number or a citation ("Ps 13")' }),
  limit: z.coerce.number().int().min(1).max(20).default(5).meta({ description: 'At most this many hits per group' }),
});
export type SearchQuery = z.infer<typeof SearchQuery>;

export const SearchHit = z
  .object({
    id: z.string(),
    title: z.string(),
    /** a short second line in the reader's language: code, agency, status */
    detail: z.string(),
    /** the web address that opens the record */
    path: z.string(),
  })
  .meta({ id: 'SearchHit' });
export type SearchHit = z.infer<typeof SearchHit>;

export const SearchResults = z
  .object({
    q: z.string(),
    /** only groups with hits, in the order of searchGroups */
    groups: z.array(z.object({ group: z.enum(searchGroups), hits: z.array(SearchHit), more: z.boolean() })),
  })
  .meta({ id: 'SearchResults' });
export type SearchResults = z.infer<typeof SearchResults>;
