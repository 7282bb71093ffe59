import { ActionIcon, Button, Indicator, Popover, ScrollArea, Stack, Text, UnstyledButton } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { api } from '../api/client';
import { formatDateTime } from '../i18n/format-date';
import { useT } from '../i18n/i18n';
import { useNotifications } from './api';

/** The bell in the header: my latest notifications, each opening its record. */
export function NotificationBell() {
  const t = useT();
  const navigate = useNavigate();
  const client = useQueryClient();
  const { data } = useNotifications();
  const unread = data?.unread ?? 0;
  const refresh = () => Promise.all([client.invalidateQueries({ queryKey: ['/notifications'] }), client.invalidateQueries({ queryKey: ['/inbox'] })]);

  async function open(id: string, entityId: string | null, read: boolean) {
    if (!read) await api.post(`/notifications/${id}/read`);
    await refresh();
    if (entityId) navigate(`/requests/${entityId}`);
  }

  return (
    <Popover width={360} position="bottom-end" shadow="md">
      <Popover.Target>
        {/* the popover's target is the button itself: aria-haspopup belongs on it, not on the badge around it */}
        <ActionIcon variant="subtle" aria-label={unread > 0 ? t('notifications.bellUnread', { count: unread }) : t('notifications.bell')} data-testid="notification-bell">
          <Indicator label={unread} size={16} disabled={unread === 0}>
            <svg width="20" height="20" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true">
              <path d="M18 8a6 6 0 0 0-12 0c0 7-3 9-3 9h18s-3-2-3-9" />
              <path d="M13.73 21a2 2 0 0 1-3.46 0" />
            </svg>
          </Indicator>
        </ActionIcon>
      </Popover.Target>
      <Popover.Dropdown>
        <ScrollArea.Autosize mah={400}>
          <Stack gap="xs">
            {data?.items.length === 0 && <Text size="sm" c="dimmed">{t('notifications.empty')}</Text>}
            {data?.items.map((n) => (
              <UnstyledButton key={n.id} onClick={() => open(n.id, n.entityId, Boolean(n.readAt))}>
                <Text size="sm" fw={n.readAt ? 400 : 700}>
                  {n.message}
                </Text>
                <Text size="xs" c="dimmed">
                  {formatDateTime(n.at)}
                </Text>
              </UnstyledButton>
            ))}
            {unread > 0 && (
              <Button size="xs" variant="subtle" onClick={() => api.post('/notifications/read-all').then(refresh)}>
                {t('notifications.markAllRead')}
              </Button>
            )}
          </Stack>
        </ScrollArea.Autosize>
      </Popover.Dropdown>
    </Popover>
  );
}
