import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { AgencyPage, AgencyView } from '../../shared/agencies';
import { api } from '../api/client';

export type Agency = z.infer<typeof AgencyView>;

/** Every agency of the tenant (retired too), for pickers, names and the tree. */
export function useAllAgencies() {
  return useQuery({
    queryKey: ['/agencies', 'all'],
    queryFn: async () => (await api.get<z.infer<typeof AgencyPage>>('/agencies', { status: 'all', pageSize: 500, sort: 'name' })).items,
    staleTime: 60_000,
  });
}

export function useAgency(id: string | undefined) {
  return useQuery({ queryKey: ['/agencies', id], queryFn: () => api.get<Agency>(`/agencies/${id}`), enabled: Boolean(id) });
}

/** Options for a Select of active agencies ("CODE — Name"). */
export function agencyOptions(agencies: Agency[] | undefined, includeRetired = false) {
  return (agencies ?? []).filter((a) => includeRetired || a.status === 'active').map((a) => ({ value: a.id, label: `${a.code} — ${a.name}` }));
}
