import { Badge, Button, Group, List, Paper, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import type { AttestationView } from '../../shared/attestations';
import { downloadFile } from '../api/client';
import { FormError } from '../components/form-errors';
import { useT } from '../i18n/i18n';
import { useAttestationStep, type AttestationStep } from './api';
import { AttestationEdit } from './attestation-edit';
import { formatDate } from '../i18n/format-date';
import { useLeaveGuard } from '../components/leave-guard';

const stateColors: Record<AttestationView['state'], string> = { draft: 'gray', submitted: 'blue', accepted: 'teal', returned: 'orange', expired: 'red' };

/** One attestation: its statement and evidence, the Inspectorate's note, its history, and the steps the reader may take. */
export function AttestationCard({ attestation: a, showObligation = false }: { attestation: AttestationView; showObligation?: boolean }) {
  const t = useT();
  const [note, setNote] = useState('');
  useLeaveGuard(note, '');
  const step = useAttestationStep(a.id);
  const run = (s: AttestationStep) => step.mutate({ step: s, note: note.trim() || null }, { onSuccess: () => setNote('') });
  const validity = a.validUntil ? t(`attestations.validity.${a.validityBasis}`, { date: formatDate(a.validUntil) }) : t('attestations.validity.once');
  return (
    <Paper withBorder p="md" data-testid="attestation" data-state={a.state}>
      <Stack gap="xs">
        <Group justify="space-between">
          <Text fw={600}>
            {showObligation ? `${a.citation} — ` : ''}
            {a.partyName}
          </Text>
          <Badge color={stateColors[a.state]} variant="light">
            {t(`attestations.state.${a.state}`)}
          </Badge>
        </Group>
        <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
          {a.statement}
        </Text>
        <Text size="xs" c="dimmed">
          {t('attestations.field.attestedOn')}: {formatDate(a.attestedOn)} · {validity}
        </Text>
        {a.links.length > 0 && (
          <Text size="xs">
            {a.links.map((l) => `${t(`attestations.record.${l.recordType}`)}: ${l.label ?? l.recordId}`).join(', ')}
          </Text>
        )}
        {a.file && (
          <Group>
            <Button size="xs" variant="default" onClick={() => downloadFile(`/attestations/${a.id}/file`)}>
              {t('attestations.button.download')}: {a.file.fileName}
            </Button>
          </Group>
        )}
        {a.decisionNote && (
          <Text size="sm" c={a.state === 'returned' ? 'orange' : undefined}>
            {a.decidedByName}: {a.decisionNote}
          </Text>
        )}
        {a.history.length > 0 && (
          <List size="xs" spacing={2}>
            {a.history.map((h, i) => (
              <List.Item key={i}>
                {formatDate(h.at)} — {t(`attestations.action.${h.action}`)} ({h.actorName}){h.note ? `: ${h.note}` : ''}
              </List.Item>
            ))}
          </List>
        )}
        <FormError error={step.error} />
        {(a.abilities.submit || a.abilities.verify) && (
          <Textarea
            label={a.abilities.verify ? t('attestations.field.returnNote') : a.state === 'returned' ? t('attestations.field.answer') : t('attestations.field.note')}
            autosize
            minRows={2}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
          />
        )}
        <Group>
          {a.abilities.edit && <AttestationEdit attestation={a} />}
          {a.abilities.submit && (
            <Button size="xs" onClick={() => run('submit')} loading={step.isPending}>
              {a.state === 'returned' ? t('attestations.button.resubmit') : t('attestations.button.submit')}
            </Button>
          )}
          {a.abilities.verify && (
            <>
              <Button size="xs" color="teal" onClick={() => run('accept')} loading={step.isPending}>
                {t('attestations.button.accept')}
              </Button>
              <Button size="xs" color="orange" variant="light" onClick={() => run('return')} loading={step.isPending} disabled={note.trim().length < 3}>
                {t('attestations.button.return')}
              </Button>
            </>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}
