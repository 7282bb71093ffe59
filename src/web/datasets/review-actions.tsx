import { Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../api/client';
import { errorProp, fieldErrorsOf, FormError } from '../components/form-errors';
import { useT } from '../i18n/i18n';
import type { Dataset } from './api';
import { useLeaveGuard } from '../components/leave-guard';

type Step = 'submit' | 'publish' | 'return';

/** One step of the producer → steward flow, with its notes (Perpres 39/2019 Ps 21–22). */
function StepButton({ dataset, step, color }: { dataset: Dataset; step: Step; color?: string }) {
  const t = useT();
  const client = useQueryClient();
  const [opened, { open, close }] = useDisclosure(false);
  const [notes, setNotes] = useState('');
  useLeaveGuard(notes, '');
  const run = useMutation({
    mutationFn: () => api.post(`/datasets/${dataset.id}/${step}`, { notes: notes.trim() || null }),
    onSuccess: async () => {
      close();
      setNotes('');
      await client.invalidateQueries({ queryKey: ['/datasets'] });
    },
  });
  const errors = fieldErrorsOf(run.error, t);
  return (
    <>
      <Button color={color} onClick={open}>
        {t(`datasets.action.${step}`)}
      </Button>
      <Modal opened={opened} onClose={close} title={t(`datasets.action.${step}`)}>
        <Stack>
          <FormError error={run.error} />
          <Textarea label={t('datasets.review.notes')} required={step === 'return'} autosize minRows={3} value={notes} onChange={(e) => setNotes(e.currentTarget.value)} {...errorProp(errors, 'notes')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button color={color} loading={run.isPending} onClick={() => run.mutate()}>
              {t('common.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}

export function ReviewActions({ dataset }: { dataset: Dataset }) {
  return (
    <>
      {dataset.abilities.submit && <StepButton dataset={dataset} step="submit" />}
      {dataset.abilities.review && <StepButton dataset={dataset} step="publish" color="teal" />}
      {dataset.abilities.review && <StepButton dataset={dataset} step="return" color="orange" />}
    </>
  );
}
