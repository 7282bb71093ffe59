import { AppShell, Burger, em, Group, NavLink, Stack, Text } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import { usePermissions, useSession, useTenant } from '../api/session';
import { useT } from '../i18n/i18n';
import { modules } from '../modules';
import { DemoBanner } from './demo-banner';
import { LanguageSwitch } from './language-switch';
import { UserMenu } from './user-menu';
import { HeaderSearch } from '../search/header-search';

function isActive(current: string, path: string) {
  return path === '/' ? current === '/' : current === path || current.startsWith(`${path}/`);
}

/** Header (tenant, language, user menu), navbar from the module registry, and the page. */
export function AppLayout({ children }: { children: ReactNode }) {
  const t = useT();
  const [opened, { toggle, close }] = useDisclosure();
  const { data: session } = useSession();
  const { data: tenant } = useTenant(Boolean(session));
  const allowed = usePermissions();
  const location = useLocation();
  const navItems = modules.flatMap((m) => m.nav).filter((item) => allowed(item.permission));
  const headerWidgets = modules.flatMap((m) => m.header ?? []);
  const demo = Boolean(tenant?.isDemo);
  // one language switch, in the header from the "sm" breakpoint up and in the menu drawer below it
  const wide = useMediaQuery(`(min-width: ${em(768)})`, true);

  return (
    <AppShell header={{ height: demo ? 88 : 60 }} navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding="md">
      <AppShell.Header>
        {demo && <DemoBanner />}
        <Group h={60} px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('web.nav.toggle')} />
            <Text fw={700} size="lg">
              {t('common.appName')}
            </Text>
            {/* on a phone the tenant's name moves to the top of the menu, so the header keeps its buttons on screen */}
            <Text c="dimmed" size="sm" truncate visibleFrom="md" data-testid="tenant-name">
              {session?.tenant.name}
            </Text>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <HeaderSearch />
            {headerWidgets.map((Widget, i) => (
              <Widget key={i} />
            ))}
            {wide && <LanguageSwitch />}
            <UserMenu />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label={t('web.nav.label')}>
        <Stack gap="xs" hiddenFrom="md" px="xs" pb="xs">
          <Text c="dimmed" size="sm">
            {session?.tenant.name}
          </Text>
          {!wide && <LanguageSwitch />}
        </Stack>
        {navItems.map((item) => {
          const link = (
            <NavLink
              key={item.path}
              component={Link}
              to={item.path}
              label={t(item.labelKey)}
              rightSection={item.badge && <item.badge />}
              active={isActive(location.pathname, item.path)}
              onClick={close}
            />
          );
          return item.gate ? <item.gate key={item.path}>{link}</item.gate> : link;
        })}
      </AppShell.Navbar>
      <AppShell.Main>{children}</AppShell.Main>
    </AppShell>
  );
}
