import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { searchMinLength, type SearchResults } from '../../shared/search';
import { api } from '../api/client';

/** The header search's answer for `q`, once it is long enough; the last answer stays while the next loads. */
export function useSearch(q: string) {
  const text = q.trim();
  return useQuery({
    queryKey: ['/search', text],
    queryFn: () => api.get<SearchResults>('/search', { q: text, limit: 5 }),
    enabled: text.length >= searchMinLength,
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
}
