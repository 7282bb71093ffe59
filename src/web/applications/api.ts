import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { ApplicationInput, ApplicationListItem, ApplicationRules, ApplicationView } from '../../shared/applications';
import { api } from '../api/client';

export type Application = z.infer<typeof ApplicationView>;
export type ApplicationRow = z.infer<typeof ApplicationListItem>;
export type ApplicationValues = z.input<typeof ApplicationInput>;
export type Rules = z.infer<typeof ApplicationRules>;

export function useApplication(id: string | undefined) {
  return useQuery({ queryKey: ['/applications', id], queryFn: () => api.get<Application>(`/applications/${id}`), enabled: Boolean(id) });
}

/** What the tenant's regulations in force ask of the registry today (stages, handover, duplicates). */
export function useApplicationRules() {
  return useQuery({ queryKey: ['/applications/rules'], queryFn: () => api.get<Rules>('/applications/rules'), staleTime: 300_000 });
}
