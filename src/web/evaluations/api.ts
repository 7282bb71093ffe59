import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { CycleResults, CycleSummary, CycleView, IndicatorDetail, WhatIfView } from '../../shared/evaluations';
import type { InternalPolicyView } from '../../shared/internal-policies';
import type { PeriodicReportOverview } from '../../shared/periodic-reports';
import { api } from '../api/client';
import { releaseLeaveGuards } from '../components/leave-guard';

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

/** A write on a cycle: on success every cached read of the evaluations is refreshed. */
export function useEvaluationMutation<T, V>(fn: (v: V) => Promise<T>) {
  const client = useQueryClient();
  // saved: what the form held is stored, leaving it loses nothing
  return useMutation({ mutationFn: fn, onSuccess: () => { releaseLeaveGuards(); return client.invalidateQueries({ queryKey: ['/evaluations'] }); } });
}

export function useInvalidating<T, V>(key: string, fn: (v: V) => Promise<T>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => { releaseLeaveGuards(); return client.invalidateQueries({ queryKey: [key] }); } });
}
