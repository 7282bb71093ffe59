import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import type { z } from 'zod';
import type { RetireInput } from '../../shared/common';
import { useT } from '../i18n/i18n';
import { errorProp, fieldErrorsOf, FormError } from './form-errors';
import { useLeaveGuard } from './leave-guard';

interface RetireButtonProps {
  /** what is being retired, e.g. the record's name */
  subject: string;
  onRetire: (input: z.infer<typeof RetireInput>) => Promise<unknown>;
  onDone?: () => void;
}

/** Retiring keeps the record and asks why (the reason goes in the audit trail); it can be cancelled. */
export function RetireButton({ subject, onRetire, onDone }: RetireButtonProps) {
  const t = useT();
  const [opened, { open, close }] = useDisclosure(false);
  const [reason, setReason] = useState('');
  useLeaveGuard(reason, '');
  const retire = useMutation({
    mutationFn: () => onRetire({ reason }),
    onSuccess: () => {
      close();
      setReason('');
      onDone?.();
    },
  });
  const errors = fieldErrorsOf(retire.error, t);
  return (
    <>
      <Button color="red" variant="light" onClick={open}>
        {t('common.retire')}
      </Button>
      <Modal opened={opened} onClose={close} title={t('common.retire')} centered>
        <Stack>
          <Text>{t('web.retire.question', { subject })}</Text>
          <FormError error={retire.error} />
          <Textarea label={t('common.retireReason')} required autosize minRows={3} value={reason} onChange={(e) => setReason(e.currentTarget.value)} {...errorProp(errors, 'reason')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button color="red" onClick={() => retire.mutate()} loading={retire.isPending} disabled={reason.trim().length < 3}>
              {t('common.retire')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
