import { Anchor, Center, Group, Image, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import type { z } from 'zod';
import type { PublicTenantView } from '../../shared/tenants';
import { publicBase } from '../api/client';
import { useT } from '../i18n/i18n';
import { LanguageSwitch } from '../layout/language-switch';

type PublicTenant = z.infer<typeof PublicTenantView>;

/** The tenant the address /t/<slug> names (public: its name and whether it has a logo); null when none has that slug. */
function usePublicTenant(slug: string | undefined) {
  return useQuery({
    queryKey: ['public-tenant', slug],
    enabled: Boolean(slug),
    retry: false,
    staleTime: Infinity,
    queryFn: async (): Promise<PublicTenant | null> => {
      const res = await fetch(`${publicBase}/${encodeURIComponent(slug ?? '')}/profile`, { headers: { accept: 'application/json' } });
      if (res.status === 404) return null;
      if (!res.ok) throw new Error(String(res.status));
      return (await res.json()) as PublicTenant;
    },
  });
}

/**
 * The frame of the pages shown before sign-in: sign-in, "lupa kata sandi", a new password.
 * Under /t/<slug> it names the tenant (and shows its letterhead logo); an address no tenant
 * has says so instead of offering a form that cannot work.
 */
export function AuthCard({ title, children }: { title: string; children: ReactNode }) {
  const t = useT();
  const { slug } = useParams();
  const tenant = usePublicTenant(slug);
  const unknown = Boolean(slug) && tenant.data === null;
  return (
    <Center component="main" mih="100vh" bg="gray.0" p="md">
      <Paper withBorder shadow="sm" p="xl" w={420} maw="100%">
        <Stack>
          <Stack gap={0}>
            <Title order={1} size="h2">{t('common.appName')}</Title>
            <Text c="dimmed" size="sm">
              {t('common.tagline')}
            </Text>
          </Stack>
          {tenant.data && (
            <Group gap="sm" wrap="nowrap" data-testid="sign-in-tenant">
              {tenant.data.hasLogo && <Image src={`${publicBase}/${encodeURIComponent(tenant.data.slug)}/logo`} alt={t('web.login.tenantLogo', { tenant: tenant.data.name })} h={48} w="auto" fit="contain" />}
              <Text fw={600} size="lg">
                {tenant.data.name}
              </Text>
            </Group>
          )}
          {slug && tenant.isPending ? (
            <Loader size="sm" aria-label={t('common.loading')} />
          ) : unknown ? (
            <Stack data-testid="unknown-tenant">
              <Title order={2} size="h4">{t('web.login.unknownTenant.title')}</Title>
              <Text>{t('web.login.unknownTenant.text', { slug: slug ?? '' })}</Text>
              <Anchor component={Link} to="/login">
                {t('web.login.unknownTenant.general')}
              </Anchor>
            </Stack>
          ) : (
            <>
              <Title order={2} size="h4">{title}</Title>
              {children}
            </>
          )}
          <LanguageSwitch />
        </Stack>
      </Paper>
    </Center>
  );
}

/** Where a page of the sign-in pages lives: under /t/<slug> when the address named the tenant. */
export function signInPath(slug: string | undefined, page: 'login' | 'forgot-password'): string {
  return slug ? `/t/${encodeURIComponent(slug)}/${page}` : `/${page}`;
}
