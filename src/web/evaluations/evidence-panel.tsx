import { Anchor, Badge, Button, FileButton, Group, List, Select, Stack, Text, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { EvidenceRecordOption } from '../../shared/evaluations';
import { api, downloadFile } from '../api/client';
import { FormError } from '../components/form-errors';
import { useT } from '../i18n/i18n';
import { useEvaluationMutation, type Indicator } from './api';
import { useLeaveGuard } from '../components/leave-guard';

/** Data dukung: uploaded files (stored by SHA-256) and links to Simpul records, with suggestions. */
export function EvidencePanel({ cycleId, indicator }: { cycleId: string; indicator: Indicator }) {
  const t = useT();
  const base = `/evaluations/${cycleId}/indicators/${indicator.number}`;
  // the level a new item supports (part of its code); none chosen: the answer's level at the time
  const [level, setLevel] = useState<string | null>(null);
  const levelField = level ? { level: Number(level) } : {};
  const upload = useEvaluationMutation((file: File, submission) => api.upload<Indicator>(`${base}/evidence/file`, file, undefined, level ? { level } : {}, submission));
  const link = useEvaluationMutation((s: Indicator['suggestions'][number], submission) => api.post<Indicator>(`${base}/evidence/link`, { recordType: s.recordType, recordId: s.recordId, ...levelField }, submission));
  const remove = useEvaluationMutation((evidenceId: string) => api.delete<Indicator>(`${base}/evidence/${evidenceId}`));
  const addUrl = useEvaluationMutation((v: { url: string; label: string }, submission) => api.post<Indicator>(`${base}/evidence/url`, { ...v, ...levelField }, submission), { releasesLeaveGuards: true });
  const editable = indicator.abilities.selfAssess;
  const records = useQuery({ queryKey: ['/evaluations', cycleId, 'indicators', String(indicator.number), 'record-options'], queryFn: () => api.get<EvidenceRecordOption[]>(`${base}/record-options`), enabled: editable });
  const [record, setRecord] = useState<string | null>(null);
  const [url, setUrl] = useState('');
  const [urlLabel, setUrlLabel] = useState('');
  useLeaveGuard({ url, urlLabel }, { url: '', urlLabel: '' });
  const cited = new Set(indicator.evidence.map((e) => e.recordId));
  const recordOptions = (records.data ?? []).filter((o) => !cited.has(o.recordId));
  const groups = (['application', 'internal_policy'] as const).map((type) => ({
    group: t(`evaluations.ui.record.${type}`),
    items: recordOptions.filter((o) => o.recordType === type).map((o) => ({ value: `${o.recordType}:${o.recordId}`, label: o.detail ? `${o.label} (${o.detail})` : o.label })),
  }));
  return (
    <Stack gap="xs" data-testid="evidence">
      <Group justify="space-between">
        <Text fw={600}>{t('evaluation.label.evidence')}</Text>
        {indicator.evidence.length > 0 && (
          <Button size="compact-sm" variant="default" onClick={() => downloadFile(`${base}/evidence-pack`)} data-testid="evidence-pack">
            {t('evaluation-portal.ui.indicatorPack')}
          </Button>
        )}
      </Group>
      <Text size="xs" c="dimmed">{t('evaluation-portal.ui.codeHint')}</Text>
      <FormError error={upload.error ?? link.error ?? remove.error ?? addUrl.error} />
      {indicator.evidence.length === 0 && <Text size="sm" c="dimmed">{t('evaluations.ui.noEvidence')}</Text>}
      <List>
        {indicator.evidence.map((e) => (
          <List.Item key={e.id}>
            <Group gap="xs">
              <Badge variant="light" color="gray" ff="monospace" data-testid="evidence-code">
                {e.code}
              </Badge>
              {e.file ? (
                <Anchor component="button" onClick={() => downloadFile(`${base}/evidence/${e.id}/file`)}>
                  {e.label}
                </Anchor>
              ) : e.url ? (
                <Anchor href={e.url} target="_blank" rel="noreferrer">
                  {e.label}
                </Anchor>
              ) : (
                <Text size="sm">
                  {t(`evaluations.ui.record.${e.recordType}`)}: {e.label}
                </Text>
              )}
              {editable && (
                <Button size="compact-xs" variant="subtle" color="red" onClick={() => remove.mutate(e.id)}>
                  {t('evaluations.ui.remove')}
                </Button>
              )}
            </Group>
          </List.Item>
        ))}
      </List>
      {editable && (
        <Select
          label={t('evaluation-portal.ui.evidenceLevel')}
          placeholder={t('evaluation-portal.ui.evidenceLevelDefault')}
          data={indicator.scale.levels.map((l) => ({ value: String(l.value), label: `${l.value}. ${l.name}` }))}
          value={level}
          onChange={setLevel}
          clearable
          w={320}
          data-testid="evidence-level"
        />
      )}
      {editable && (
        <Group>
          <FileButton onChange={(file) => file && upload.mutate(file)} accept="application/pdf,image/png,image/jpeg,.docx,.xlsx,.zip">
            {(props) => (
              <Button variant="light" loading={upload.isPending} {...props}>
                {t('evaluations.ui.uploadEvidence')}
              </Button>
            )}
          </FileButton>
          {indicator.suggestions.map((s) => (
            <Button key={s.recordId} variant="outline" onClick={() => link.mutate(s)} loading={link.isPending}>
              {t('evaluations.ui.linkSuggestion', { label: s.label })}
            </Button>
          ))}
        </Group>
      )}
      {editable && (
        <Group align="end">
          <Select label={t('evaluations.ui.recordPicker')} data={groups} value={record} onChange={setRecord} searchable w={420} data-testid="record-picker" />
          <Button
            variant="light"
            disabled={!record}
            loading={link.isPending}
            onClick={() => {
              const [recordType, recordId] = record!.split(':') as ['application' | 'internal_policy', string];
              link.mutate({ recordType, recordId, label: '' }, { onSuccess: () => setRecord(null) });
            }}
          >
            {t('evaluations.ui.linkRecord')}
          </Button>
        </Group>
      )}
      {editable && (
        <Group align="end">
          <TextInput label={t('evaluations.ui.urlLabel')} value={urlLabel} onChange={(e) => setUrlLabel(e.currentTarget.value)} w={260} />
          <TextInput label={t('evaluations.ui.url')} value={url} onChange={(e) => setUrl(e.currentTarget.value)} placeholder="https://" w={340} />
          <Button
            variant="light"
            disabled={!url || !urlLabel}
            loading={addUrl.isPending}
            onClick={() =>
              addUrl.mutate(
                { url, label: urlLabel },
                {
                  onSuccess: () => {
                    setUrl('');
                    setUrlLabel('');
                  },
                },
              )
            }
          >
            {t('evaluations.ui.addUrl')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
