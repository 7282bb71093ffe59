import { Stack, Tabs } from '@mantine/core';
import { useNavigate, useParams } from 'react-router';
import { PageHeader } from '../components/page-header';
import { useT } from '../i18n/i18n';
import { HolidaysPage } from '../requests/holidays-page';
import { ProfileTab } from './profile-tab';
import { RegulationsTab } from './regulations-tab';
import { DocumentsTab } from './documents-tab';
import { NotificationsTab } from './notifications-tab';
import { PeriodicTab } from './periodic-tab';

const tabs = ['profile', 'regulations', 'documents', 'notifications', 'holidays', 'periodic'] as const;

/** The administrator's settings after setup, one tab per area (docs/settings.md). */
export function SettingsPage() {
  const t = useT();
  const navigate = useNavigate();
  const { tab } = useParams();
  const current = tabs.find((x) => x === tab) ?? 'profile';
  return (
    <Stack>
      <PageHeader title={t('settings.title')} />
      <Tabs value={current} onChange={(v) => v && navigate(`/settings/${v}`)} keepMounted={false}>
        <Tabs.List style={{ overflowX: 'auto', flexWrap: 'nowrap' }}>
          {tabs.map((x) => (
            <Tabs.Tab key={x} value={x}>
              {t(`settings.tab.${x}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="profile" pt="md"><ProfileTab /></Tabs.Panel>
        <Tabs.Panel value="regulations" pt="md"><RegulationsTab /></Tabs.Panel>
        <Tabs.Panel value="documents" pt="md"><DocumentsTab /></Tabs.Panel>
        <Tabs.Panel value="notifications" pt="md"><NotificationsTab /></Tabs.Panel>
        <Tabs.Panel value="holidays" pt="md"><HolidaysPage /></Tabs.Panel>
        <Tabs.Panel value="periodic" pt="md"><PeriodicTab /></Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
