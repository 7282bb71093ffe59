import { useQuery } from '@tanstack/react-query';
import type { HomeView } from '../../shared/home';
import type { AuditVerificationView } from '../../shared/audit';
import type { z } from 'zod';
import { api } from '../api/client';

export type Home = HomeView;

export function useHome() {
  return useQuery({ queryKey: ['/home'], queryFn: () => api.get<HomeView>('/home') });
}

/** Recomputes the audit hash chain (a read, though a POST: it walks every entry). */
export function useAuditVerification(enabled: boolean) {
  return useQuery({
    queryKey: ['/audit/verify'],
    queryFn: () => api.post<z.infer<typeof AuditVerificationView>>('/audit/verify'),
    enabled,
    staleTime: 60_000,
  });
}
