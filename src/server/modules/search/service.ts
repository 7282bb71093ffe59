import { searchGroups, type SearchQuery, type SearchResults } from '../../../shared/search';
import type { Queryable } from '../../platform/db/database';
import type { RequestContext } from '../../platform/context';
import { searchWords } from '../../platform/db/text-match';
import { authorize } from '../../platform/policy/can';
import type { SearchProvider } from './provider';

/**
 * The header search: every module's own answer for the reader, grouped. Each provider applies
 * its module's read rule, so the search never shows what the module's list would not.
 */
export async function searchEverything(db: Queryable, ctx: RequestContext, providers: readonly SearchProvider[], query: SearchQuery): Promise<SearchResults> {
  authorize(ctx.actor, 'tenant.read');
  const reader = { ...ctx, actor: ctx.actor };
  const terms = { text: query.q, words: searchWords(query.q) };
  const answers = await Promise.all(providers.map(async (p) => ({ group: p.group, hits: await p.find(db, reader, terms, query.limit + 1) })));
  const groups = searchGroups
    .map((group) => {
      const hits = answers.filter((a) => a.group === group).flatMap((a) => a.hits);
      return { group, hits: hits.slice(0, query.limit), more: hits.length > query.limit };
    })
    .filter((g) => g.hits.length > 0);
  return { q: query.q, groups };
}
