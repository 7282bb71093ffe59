import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useAllAgencies } from '../agencies/api';
import { api } from '../api/client';
import { useSession } from '../api/session';

/**
 * The steward's review queue is offered only to who can act on it (Perpres 39/2019 Ps 21(1)
 * huruf a: the steward checks what producers hand in): a person of the tenant's data steward
 * (the ICT office when there is none, as the server's default steward), or anyone with datasets
 * waiting in the queue (a dataset may name another agency as its steward).
 */
export function DatasetReviewQueueGate({ children }: { children: ReactNode }) {
  const { data: session } = useSession();
  const agencies = useAllAgencies();
  const waiting = useQuery({
    queryKey: ['/datasets', 'review-queue-size'],
    queryFn: async () => (await api.get<{ total: number }>('/datasets', { queue: 'review', pageSize: 1 })).total,
    staleTime: 60_000,
  });
  const mine = new Set((session?.roles ?? []).filter((g) => g.agencyId && (g.role === 'agency_operator' || g.role === 'agency_head')).map((g) => g.agencyId));
  const all = agencies.data ?? [];
  const stewards = all.filter((a) => a.specialRoles.includes('data_steward'));
  const defaultStewards = stewards.length > 0 ? stewards : all.filter((a) => a.specialRoles.includes('ict_office'));
  const stewardHere = defaultStewards.some((a) => mine.has(a.id));
  return stewardHere || (waiting.data ?? 0) > 0 ? <>{children}</> : null;
}
