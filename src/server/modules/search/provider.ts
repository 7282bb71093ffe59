import type { Queryable } from '../../platform/db/database';
import type { RequestContext } from '../../platform/context';
import type { Actor } from '../../platform/policy/actor';
import type { SearchGroup, SearchHit } from '../../../shared/search';

/** What was typed, trimmed, and its folded words (platform/db/text-match.ts). */
export interface SearchTerms {
  text: string;
  words: string[];
}

/**
 * How the header search asks a module: each module that owns a kind of record answers, from
 * its own tables, the records matching the terms that the reader may see, by the same rule as
 * its list, at most `limit` of them (one more tells the search there are more), closest first.
 * Composed in src/server/search-providers.ts, so this module imports none of them.
 */
export interface SearchProvider {
  group: SearchGroup;
  find(db: Queryable, ctx: RequestContext & { actor: Actor }, terms: SearchTerms, limit: number): Promise<SearchHit[]>;
}
