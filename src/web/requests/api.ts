import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { HolidayView, InboxCounts, RequestListItem, RequestTypeView, RequestView } from '../../shared/requests';
import type { NotificationPage } from '../../shared/notifications';
import { api } from '../api/client';

export type RequestRecord = z.infer<typeof RequestView>;
export type RequestRow = z.infer<typeof RequestListItem>;
export type RequestType = z.infer<typeof RequestTypeView>;
export type TransitionInfo = RequestType['transitions'][number];
export type Holiday = z.infer<typeof HolidayView>;
export type Counts = z.infer<typeof InboxCounts>;
export type Notifications = z.infer<typeof NotificationPage>;

/** The request types under the tenant's regulations today, with their forms and steps. */
export function useRequestTypes() {
  return useQuery({ queryKey: ['/request-types'], queryFn: () => api.get<RequestType[]>('/request-types'), staleTime: 300_000 });
}

export function useRequest(id: string | undefined) {
  return useQuery({ queryKey: ['/requests', id], queryFn: () => api.get<RequestRecord>(`/requests/${id}`), enabled: Boolean(id) });
}

/** The inbox counts; refreshed every minute for the nav badge and the bell. */
export function useInboxCounts() {
  return useQuery({ queryKey: ['/inbox'], queryFn: () => api.get<Counts>('/inbox'), refetchInterval: 60_000 });
}

export function useNotifications() {
  return useQuery({ queryKey: ['/notifications'], queryFn: () => api.get<Notifications>('/notifications', { pageSize: 10 }), refetchInterval: 60_000 });
}

export function useHolidays(year: number) {
  return useQuery({ queryKey: ['/holidays', year], queryFn: () => api.get<Holiday[]>('/holidays', { year }) });
}

/** The transitions of a type this person may take now, by name (one name may have several rows). */
export function findTransition(type: RequestType | undefined, name: string, state: string): TransitionInfo | undefined {
  return type?.transitions.find((tr) => tr.name === name && tr.from.includes(state));
}
