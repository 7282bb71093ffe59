import { Button, CloseButton, Group, Select, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { auditEntityTypes } from '../../shared/audit-actions';
import type { AuditActorView } from '../../shared/audit';
import { agencyOptions, useAllAgencies } from '../agencies/api';
import { api } from '../api/client';
import { useAuditLabel } from '../components/history-tab';
import { DateField } from '../components/date-field';
import { startOfLocalDay } from '../components/start-of-local-day';
import { useT } from '../i18n/i18n';

export interface AuditFilterState {
  actorUserId: string;
  agencyId: string;
  entityType: string;
  entityId: string;
  /** the picked record's name, to show which record the list is narrowed to */
  recordLabel: string;
  fromDate: string;
  toDate: string;
}

export const noAuditFilter: AuditFilterState = { actorUserId: '', agencyId: '', entityType: '', entityId: '', recordLabel: '', fromDate: '', toDate: '' };

/** The filters as the API reads them: local dates become the instants their days start. */
export function auditQueryOf(f: AuditFilterState) {
  return {
    actorUserId: f.actorUserId || undefined,
    agencyId: f.agencyId || undefined,
    entityType: f.entityType || undefined,
    entityId: f.entityId || undefined,
    from: startOfLocalDay(f.fromDate),
    to: startOfLocalDay(f.toDate, true),
  };
}

export function AuditFilters({ value, onChange }: { value: AuditFilterState; onChange: (next: AuditFilterState) => void }) {
  const t = useT();
  const label = useAuditLabel();
  const agencies = useAllAgencies();
  const actors = useQuery({ queryKey: ['/audit/actors'], queryFn: () => api.get<z.infer<typeof AuditActorView>[]>('/audit/actors'), staleTime: 60_000 });
  const set = (patch: Partial<AuditFilterState>) => onChange({ ...value, ...patch });
  const actorOptions = (actors.data ?? []).filter((a) => a.userId).map((a) => ({ value: a.userId!, label: a.label }));
  const typeOptions = auditEntityTypes.map((code) => ({ value: code, label: label('entity', code) })).sort((a, b) => a.label.localeCompare(b.label));
  return (
    <Group align="end" gap="sm" wrap="wrap" data-testid="audit-filters">
      <Select label={t('web.audit.filter.person')} data={actorOptions} value={value.actorUserId || null} onChange={(v) => set({ actorUserId: v ?? '' })} searchable clearable w={220} />
      <Select label={t('web.audit.filter.agency')} data={agencyOptions(agencies.data, true)} value={value.agencyId || null} onChange={(v) => set({ agencyId: v ?? '' })} searchable clearable w={260} />
      <Select
        label={t('web.audit.filter.recordType')}
        data={typeOptions}
        value={value.entityType || null}
        onChange={(v) => set({ entityType: v ?? '', entityId: '', recordLabel: '' })}
        searchable
        clearable
        w={220}
      />
      <DateField label={t('web.audit.filter.from')} value={value.fromDate} onChange={(fromDate) => set({ fromDate })} w={170} />
      <DateField label={t('web.audit.filter.to')} value={value.toDate} onChange={(toDate) => set({ toDate })} w={170} />
      <Button variant="subtle" onClick={() => onChange(noAuditFilter)}>
        {t('web.audit.filter.clear')}
      </Button>
      {value.entityId && (
        <Group gap={4} data-testid="audit-record-filter">
          <Text size="sm">{t('web.audit.filter.record', { record: value.recordLabel })}</Text>
          <CloseButton size="sm" aria-label={t('web.audit.filter.clearRecord')} onClick={() => set({ entityId: '', recordLabel: '' })} />
        </Group>
      )}
    </Group>
  );
}
