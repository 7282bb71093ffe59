import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { DatasetInput, DatasetListItem, DatasetRules, DatasetView } from '../../shared/datasets';
import { api } from '../api/client';

export type Dataset = z.infer<typeof DatasetView>;
export type DatasetRow = z.infer<typeof DatasetListItem>;
export type DatasetValues = z.input<typeof DatasetInput>;
export type Rules = z.infer<typeof DatasetRules>;

export function useDataset(id: string | undefined) {
  return useQuery({ queryKey: ['/datasets', id], queryFn: () => api.get<Dataset>(`/datasets/${id}`), enabled: Boolean(id) });
}

/** What the tenant's regulations in force ask of the catalogue (default steward, key identifier rule). */
export function useDatasetRules() {
  return useQuery({ queryKey: ['/datasets/rules'], queryFn: () => api.get<Rules>('/datasets/rules'), staleTime: 300_000 });
}

export const statusColor: Record<string, string> = { draft: 'gray', in_review: 'yellow', returned: 'orange', published: 'teal', retired: 'dark' };
