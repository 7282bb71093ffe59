import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { AttestationInput, AttestationList, AttestationUpdate, AttestationView } from '../../shared/attestations';
import { api } from '../api/client';
import { useSubmitMutation } from '../components/use-submit-mutation';

export function useObligationAttestations(obligationId: string) {
  return useQuery({ queryKey: ['/attestations', 'obligation', obligationId], queryFn: () => api.get<AttestationList>('/attestations', { obligationId }) });
}

export function useAttestationQueue() {
  return useQuery({ queryKey: ['/attestations', 'submitted'], queryFn: () => api.get<AttestationList>('/attestations', { state: 'submitted' }) });
}

/** Every change refreshes the attestations and the compliance views they change. */
function useRefresh() {
  const client = useQueryClient();
  return () => Promise.all([client.invalidateQueries({ queryKey: ['/attestations'] }), client.invalidateQueries({ queryKey: ['/compliance/obligations'] }), client.invalidateQueries({ queryKey: ['/compliance'] })]);
}

export function useCreateAttestation() {
  const refresh = useRefresh();
  // a double click makes one statement with one file: the create and the upload each carry the submission's key
  const mutation = useSubmitMutation({
    mutationFn: async ({ input, file }: { input: z.input<typeof AttestationInput>; file: File | null }, submission) => {
      const created = await api.post<AttestationView>('/attestations', input, submission);
      return file ? api.upload<AttestationView>(`/attestations/${created.id}/file`, file, undefined, {}, { idempotencyKey: `${submission.idempotencyKey}-file` }) : created;
    },
    onSuccess: refresh,
  });
  return { ...mutation, mutate: mutation.submit };
}

/** The party rewrites a draft or returned statement, then (optionally) replaces its evidence file. */
export function useUpdateAttestation(id: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: async ({ input, file }: { input: z.input<typeof AttestationUpdate>; file: File | null }) => {
      const updated = await api.put<AttestationView>(`/attestations/${id}`, input);
      return file ? api.upload<AttestationView>(`/attestations/${id}/file`, file) : updated;
    },
    onSuccess: refresh,
  });
}

export type AttestationStep = 'submit' | 'accept' | 'return';

export function useAttestationStep(id: string) {
  const refresh = useRefresh();
  const mutation = useSubmitMutation({
    mutationFn: ({ step, note }: { step: AttestationStep; note: string | null }, submission) => api.post<AttestationView>(`/attestations/${id}/${step}`, { note }, submission),
    releasesLeaveGuards: false,
    onSuccess: refresh,
  });
  return { ...mutation, mutate: mutation.submit };
}
