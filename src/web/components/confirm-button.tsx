import { Button, Group, Modal, Stack, Text, type ButtonProps } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState, type ReactNode } from 'react';
import { useT } from '../i18n/i18n';
import { FormError } from './form-errors';
import type { LabelOf } from './problem-text';

interface ConfirmButtonProps extends ButtonProps {
  /** what the button says */
  children: ReactNode;
  /** the question in the dialog */
  message: ReactNode;
  title?: string;
  confirmLabel?: string;
  onConfirm: () => Promise<unknown> | unknown;
  /** names the fields a failure lists by the form's labels */
  labelOf?: LabelOf;
}

/**
 * Jambi 10/2017 Ps 7(7): a destructive or binding step asks for confirmation first, and can be
 * cancelled. The dialog stays open with the server's message when the step fails.
 */
export function ConfirmButton({ children, message, title, confirmLabel, onConfirm, labelOf, ...buttonProps }: ConfirmButtonProps) {
  const t = useT();
  const [opened, { open, close }] = useDisclosure(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  async function confirm() {
    setBusy(true);
    setError(null);
    try {
      await onConfirm();
      close();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <Button {...buttonProps} onClick={open}>
        {children}
      </Button>
      <Modal opened={opened} onClose={close} title={title ?? t('common.confirm')} centered>
        <Stack>
          <Text>{message}</Text>
          <FormError error={error} labelOf={labelOf} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close} disabled={busy}>
              {t('common.cancel')}
            </Button>
            <Button color={buttonProps.color} onClick={confirm} loading={busy} data-testid="confirm-ok">
              {confirmLabel ?? t('common.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
