import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { SessionInfo } from '../../shared/people';
import type { SetupStatus, TenantView } from '../../shared/tenants';
import { api, ApiError, setCsrfToken } from './client';

export type Session = z.infer<typeof SessionInfo>;
export type Tenant = z.infer<typeof TenantView>;

export const sessionKey = ['session'] as const;

/** Who is signed in; null when nobody is (401). */
export function useSession() {
  return useQuery({
    queryKey: sessionKey,
    queryFn: async (): Promise<Session | null> => {
      try {
        const session = await api.get<Session>('/auth/session');
        setCsrfToken(session.csrfToken);
        return session;
      } catch (err) {
        if (err instanceof ApiError && err.status === 401) {
          setCsrfToken(null);
          return null;
        }
        throw err;
      }
    },
    staleTime: 60_000,
  });
}

export function useSetupStatus() {
  return useQuery({ queryKey: ['setup'], queryFn: () => api.get<z.infer<typeof SetupStatus>>('/setup'), staleTime: 60_000 });
}

export function useTenant(enabled = true) {
  return useQuery({ queryKey: ['tenant'], queryFn: () => api.get<Tenant>('/tenant'), enabled, staleTime: 300_000 });
}

/** Permission names come from the server's policy (`resource.action`). */
export function usePermissions(): (permission: string | undefined) => boolean {
  const { data } = useSession();
  return (permission) => !permission || Boolean(data?.permissions.includes(permission));
}

/**
 * The agencies the person registers records for (applications, data): those where they are an
 * operator or the head, as the server's policy reads it; null for the tenant's administrator,
 * who registers for any agency.
 */
export function useRegisteringAgencyIds(): string[] | null {
  const { data } = useSession();
  const roles = data?.roles ?? [];
  if (roles.some((g) => g.role === 'admin' && g.agencyId === null)) return null;
  return roles.filter((g) => g.agencyId !== null && (g.role === 'agency_operator' || g.role === 'agency_head')).map((g) => g.agencyId as string);
}

export function useSignOut() {
  const client = useQueryClient();
  return async () => {
    await api.post('/auth/logout').catch(() => undefined);
    setCsrfToken(null);
    client.clear();
  };
}
