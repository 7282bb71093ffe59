import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { CycleResults, CycleSummary, CycleView, IndicatorDetail, WhatIfView } from '../../shared/evaluations';
import type { InternalPolicyView } from '../../shared/internal-policies';
import type { PeriodicReportOverview } from '../../shared/periodic-reports';
import { api } from '../api/client';
import { useSubmitMutation, type Submission } from '../components/use-submit-mutation';

export type CycleListItem = z.infer<typeof CycleSummary> & { index: number; predicate: string; complete: boolean; uncertain: CycleView['frameworkUncertain'] };
export type Cycle = CycleView;
export type Indicator = IndicatorDetail;
export type Results = CycleResults;
export type WhatIf = z.infer<typeof WhatIfView>;
export type Policy = InternalPolicyView;
export type ReportOverview = PeriodicReportOverview;

export const useCycles = () => useQuery({ queryKey: ['/evaluations'], queryFn: () => api.get<CycleListItem[]>('/evaluations') });
export const useCycle = (id: string | undefined) =>
  useQuery({ queryKey: ['/evaluations', id], queryFn: () => api.get<Cycle>(`/evaluations/${id}`), enabled: Boolean(id) });
export const useIndicator = (id: string | undefined, number: string | undefined) =>
  useQuery({ queryKey: ['/evaluations', id, 'indicators', number], queryFn: () => api.get<Indicator>(`/evaluations/${id}/indicators/${number}`), enabled: Boolean(id && number) });
export const useResults = (id: string | undefined) =>
  useQuery({ queryKey: ['/evaluations', id, 'results'], queryFn: () => api.get<Results>(`/evaluations/${id}/results`), enabled: Boolean(id) });
export const usePolicies = () => useQuery({ queryKey: ['/internal-policies'], queryFn: () => api.get<Policy[]>('/internal-policies') });
export const useReportOverview = () => useQuery({ queryKey: ['/periodic-reports'], queryFn: () => api.get<ReportOverview>('/periodic-reports') });

/** true for the save of a form guarded by useLeaveGuard: once saved, leaving loses nothing (an action button keeps other forms guarded) */
export interface InvalidatingOptions {
  releasesLeaveGuards?: boolean;
}

/** A write on a cycle: on success every cached read of the evaluations is refreshed. */
export function useEvaluationMutation<T, V>(fn: (v: V, submission: Submission) => Promise<T>, options: InvalidatingOptions = {}) {
  return useInvalidating('/evaluations', fn, options);
}

/**
 * A write that refreshes `key` when done: one request at a time (a second click while one is in
 * flight does nothing), each submission with an idempotency key the write may send.
 */
export function useInvalidating<T, V>(key: string, fn: (v: V, submission: Submission) => Promise<T>, options: InvalidatingOptions = {}) {
  const client = useQueryClient();
  const mutation = useSubmitMutation<T, V>({ mutationFn: fn, releasesLeaveGuards: options.releasesLeaveGuards ?? false, onSuccess: () => client.invalidateQueries({ queryKey: [key] }) });
  return { ...mutation, mutate: mutation.submit };
}
