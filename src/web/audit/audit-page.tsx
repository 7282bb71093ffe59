import { Alert, Button, Group, Loader, Stack, Text } from '@mantine/core';
import { useInfiniteQuery, useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import type { z } from 'zod';
import type { AuditVerificationView } from '../../shared/audit';
import { api } from '../api/client';
import { usePermissions } from '../api/session';
import { ExportButton } from '../components/export-button';
import { FormError } from '../components/form-errors';
import { AuditEntryCard, type AuditEntry } from '../components/history-tab';
import { PageHeader } from '../components/page-header';
import { useT } from '../i18n/i18n';
import { AuditFilters, auditQueryOf, noAuditFilter } from './audit-filters';

const pageSize = 50;

/** The tenant's audit trail, newest first, filtered, exported, and a check of its hash chain. */
export function AuditPage() {
  const t = useT();
  const can = usePermissions();
  const [filter, setFilter] = useState(noAuditFilter);
  const query = auditQueryOf(filter);
  const trail = useInfiniteQuery({
    queryKey: ['/audit', query],
    initialPageParam: undefined as number | undefined,
    queryFn: ({ pageParam }) => api.get<AuditEntry[]>('/audit', { ...query, limit: pageSize, before: pageParam }),
    getNextPageParam: (last) => (last.length === pageSize ? last[last.length - 1].seq : undefined),
  });
  const verify = useMutation({ mutationFn: () => api.post<z.infer<typeof AuditVerificationView>>('/audit/verify') });
  const entries = trail.data?.pages.flat() ?? [];
  const pickRecord = (entry: AuditEntry) =>
    setFilter({ ...filter, entityType: entry.entityType, entityId: entry.entityId ?? '', recordLabel: entry.recordName ?? entry.entityId?.slice(0, 8) ?? '' });

  return (
    <Stack>
      <PageHeader title={t('web.audit.title')}>
        <ExportButton path="/audit/export" params={{ ...query, tz: Intl.DateTimeFormat().resolvedOptions().timeZone }} />
        {can('audit.verify') && (
          <Button onClick={() => verify.mutate()} loading={verify.isPending}>
            {t('web.audit.verify')}
          </Button>
        )}
      </PageHeader>
      <AuditFilters value={filter} onChange={setFilter} />
      <FormError error={verify.error ?? trail.error} />
      {verify.data &&
        (verify.data.intact ? (
          <Alert color="teal" data-testid="audit-verdict">
            {t('web.audit.intact', { entries: verify.data.entries })}
            {verify.data.notYetSealed ? ` ${t('web.audit.notYetSealed', { rows: verify.data.notYetSealed })}` : null}
          </Alert>
        ) : (
          <Alert color="red" data-testid="audit-verdict">
            {verify.data.message}
          </Alert>
        ))}
      {trail.isPending && <Loader size="sm" />}
      {trail.data && entries.length === 0 && <Text c="dimmed">{t('common.empty')}</Text>}
      <Stack gap="xs" data-testid="audit-entries">
        {entries.map((entry) => (
          <AuditEntryCard key={entry.id} entry={entry} onPickRecord={pickRecord} />
        ))}
      </Stack>
      {trail.hasNextPage && (
        <Group>
          <Button variant="default" onClick={() => trail.fetchNextPage()} loading={trail.isFetchingNextPage}>
            {t('web.audit.older')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
