import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import type { QueryParams } from '../api/client';

export interface TableState {
  page: number;
  pageSize: number;
  q: string;
  sort: string;
  dir: 'asc' | 'desc';
  filters: Record<string, string>;
}

/**
 * A list's paging, sort, search and filters live in the URL, so a filtered list can be
 * bookmarked, shared and come back unchanged after opening a record.
 */
export function useTableState(filterKeys: string[], defaults: Partial<TableState> = {}) {
  const [params, setParams] = useSearchParams();
  const filters: Record<string, string> = { ...(defaults.filters ?? {}) };
  for (const key of filterKeys) {
    const value = params.get(key);
    if (value !== null) filters[key] = value;
  }
  const state: TableState = {
      page: Number(params.get('page')) || 1,
      pageSize: Number(params.get('pageSize')) || defaults.pageSize || 25,
      q: params.get('q') ?? '',
      sort: params.get('sort') ?? defaults.sort ?? '',
      dir: params.get('dir') === 'desc' ? 'desc' : params.get('dir') === 'asc' ? 'asc' : (defaults.dir ?? 'asc'),
      filters,
  };

  const update = useCallback(
    (changes: Record<string, string | number | null>, resetPage = true) => {
      setParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          for (const [key, value] of Object.entries(changes)) {
            if (value === null || value === '') next.delete(key);
            else next.set(key, String(value));
          }
          if (resetPage && !('page' in changes)) next.delete('page');
          return next;
        },
        { replace: true },
      );
    },
    [setParams],
  );

  return { state, update };
}

/** The query string the server's list (and export) endpoints take. */
export function tableQuery(state: TableState): QueryParams {
  return {
    page: state.page,
    pageSize: state.pageSize,
    q: state.q || undefined,
    sort: state.sort || undefined,
    dir: state.sort ? state.dir : undefined,
    ...state.filters,
  };
}

/** The same filters without paging: what an export should contain. */
export function filterQuery(state: TableState): QueryParams {
  return { q: state.q || undefined, sort: state.sort || undefined, dir: state.sort ? state.dir : undefined, ...state.filters };
}
