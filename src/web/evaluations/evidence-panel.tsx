import { Anchor, Button, FileButton, Group, List, Stack, Text } from '@mantine/core';
import { api, downloadFile } from '../api/client';
import { FormError } from '../components/form-errors';
import { useT } from '../i18n/i18n';
import { useEvaluationMutation, type Indicator } from './api';

/** Data dukung: uploaded files (stored by SHA-256) and links to Simpul records, with suggestions. */
export function EvidencePanel({ cycleId, indicator }: { cycleId: string; indicator: Indicator }) {
  const t = useT();
  const base = `/evaluations/${cycleId}/indicators/${indicator.number}`;
  const upload = useEvaluationMutation((file: File) => api.upload<Indicator>(`${base}/evidence/file`, file));
  const link = useEvaluationMutation((s: Indicator['suggestions'][number]) => api.post<Indicator>(`${base}/evidence/link`, { recordType: s.recordType, recordId: s.recordId }));
  const remove = useEvaluationMutation((evidenceId: string) => api.delete<Indicator>(`${base}/evidence/${evidenceId}`));
  const editable = indicator.abilities.selfAssess;
  return (
    <Stack gap="xs" data-testid="evidence">
      <Text fw={600}>{t('evaluation.label.evidence')}</Text>
      <FormError error={upload.error ?? link.error ?? remove.error} />
      {indicator.evidence.length === 0 && <Text size="sm" c="dimmed">{t('evaluations.ui.noEvidence')}</Text>}
      <List>
        {indicator.evidence.map((e) => (
          <List.Item key={e.id}>
            <Group gap="xs">
              {e.file ? (
                <Anchor component="button" onClick={() => downloadFile(`${base}/evidence/${e.id}/file`)}>
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
    </Stack>
  );
}
