import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { UserView } from '../../shared/people';
import { api } from '../api/client';

export type Person = z.infer<typeof UserView>;

export function usePerson(id: string | undefined) {
  return useQuery({ queryKey: ['/users', id], queryFn: () => api.get<Person>(`/users/${id}`), enabled: Boolean(id) });
}
