import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import type { ComplianceReport, DueCalendar, ObligationDetail } from '../../shared/compliance';
import { api } from '../api/client';

/** The "as of" date lives in the URL (?date=YYYY-MM-DD) so links and reloads keep it; empty = today. */
export function useAsOfDate(): [string, (date: string) => void] {
  const [params, setParams] = useSearchParams();
  const date = params.get('date') ?? '';
  const setDate = (next: string) =>
    setParams(
      (current) => {
        const copy = new URLSearchParams(current);
        if (next) copy.set('date', next);
        else copy.delete('date');
        return copy;
      },
      { replace: true },
    );
  return [date, setDate];
}

export function useComplianceReport(date: string) {
  return useQuery({ queryKey: ['/compliance', date], queryFn: () => api.get<ComplianceReport>('/compliance', { date }) });
}

export function useDueCalendar(date: string) {
  return useQuery({ queryKey: ['/compliance/calendar', date], queryFn: () => api.get<DueCalendar>('/compliance/calendar', { date, months: 12 }) });
}

export function useObligation(regulation: string | undefined, ref: string | undefined, date: string) {
  return useQuery({
    queryKey: ['/compliance/obligations', regulation, ref, date],
    queryFn: () => api.get<ObligationDetail>(`/compliance/obligations/${regulation}/${ref}`, { date }),
    enabled: Boolean(regulation && ref),
  });
}

/** The page of one obligation, keeping the date asked for. */
export function obligationPath(id: string, date: string): string {
  return `/compliance/obligations/${id}${date ? `?date=${date}` : ''}`;
}
