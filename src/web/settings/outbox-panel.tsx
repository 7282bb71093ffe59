import { Badge, Button, Group, Pagination, Paper, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { deliveryStatuses } from '../../shared/settings';
import { api } from '../api/client';
import { FormError } from '../components/form-errors';
import { formatDateTime } from '../i18n/format-date';
import { useT } from '../i18n/i18n';
import { useDeliveries, type Delivery } from './api';

const statusColor = { pending: 'yellow', sent: 'green', failed: 'red' } as const;

/** The outbox: every email and webhook message with its status; undelivered ones can be resent. */
export function OutboxPanel() {
  const t = useT();
  const client = useQueryClient();
  const [status, setStatus] = useState<string | null>(null);
  const [page, setPage] = useState(1);
  const { data } = useDeliveries(status, page);
  const resend = useMutation({
    mutationFn: (id: string) => api.post<Delivery>(`/notification-deliveries/${id}/resend`),
    onSettled: () => client.invalidateQueries({ queryKey: ['/notification-deliveries'] }),
  });
  const pages = data ? Math.max(1, Math.ceil(data.total / data.pageSize)) : 1;

  return (
    <Paper withBorder p="md">
      <Stack>
        <Group justify="space-between">
          <Title order={3} size="h4">{t('settings.outbox.title')}</Title>
          <Select
            aria-label={t('settings.outbox.status')}
            data={[{ value: '', label: t('settings.outbox.allStatuses') }, ...deliveryStatuses.map((s) => ({ value: s, label: t(`settings.outbox.${s}`) }))]}
            value={status ?? ''}
            onChange={(v) => {
              setStatus(v || null);
              setPage(1);
            }}
            allowDeselect={false}
            w={200}
          />
        </Group>
        <FormError error={resend.error} />
        {data?.items.length === 0 ? (
          <Text size="sm">{t('settings.outbox.empty')}</Text>
        ) : (
          <div style={{ overflowX: 'auto' }}>
            <Table data-testid="outbox-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('settings.outbox.created')}</Table.Th>
                  <Table.Th>{t('settings.outbox.channel')}</Table.Th>
                  <Table.Th>{t('settings.outbox.target')}</Table.Th>
                  <Table.Th>{t('settings.outbox.subject')}</Table.Th>
                  <Table.Th>{t('settings.outbox.status')}</Table.Th>
                  <Table.Th>{t('settings.outbox.attempts')}</Table.Th>
                  <Table.Th>{t('settings.outbox.error')}</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data?.items.map((d) => (
                  <Table.Tr key={d.id}>
                    <Table.Td>{formatDateTime(d.createdAt)}</Table.Td>
                    <Table.Td>{t(`settings.outbox.${d.channel}`)}</Table.Td>
                    <Table.Td style={{ wordBreak: 'break-all' }}>{d.target}</Table.Td>
                    <Table.Td>{d.subject}</Table.Td>
                    <Table.Td>
                      <Badge color={statusColor[d.status]} variant="light">{t(`settings.outbox.${d.status}`)}</Badge>
                    </Table.Td>
                    <Table.Td>{d.attempts}</Table.Td>
                    <Table.Td>
                      <Text size="xs">{d.lastError ?? ''}</Text>
                    </Table.Td>
                    <Table.Td>
                      {d.status !== 'sent' && (
                        <Button size="xs" variant="light" loading={resend.isPending && resend.variables === d.id} onClick={() => resend.mutate(d.id)}>
                          {t('settings.outbox.resend')}
                        </Button>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </div>
        )}
        {pages > 1 && <Pagination total={pages} value={page} onChange={setPage} size="sm" />}
      </Stack>
    </Paper>
  );
}
