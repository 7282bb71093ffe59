import { Button, Checkbox, Group, Modal, Select, Stack, Text, Textarea } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useRef, useState } from 'react';
import { api } from '../api/client';
import { newIdempotencyKey } from '../components/use-submit-mutation';
import { fieldErrorsOf, FormError, labelsFrom } from '../components/form-errors';
import { useT } from '../i18n/i18n';
import type { RequestRecord, TransitionInfo } from './api';
import { SchemaForm, type JsonSchema } from './schema-form';

const colors: Record<string, string> = { approve: 'teal', reject: 'red', withdraw: 'gray', return_for_revision: 'orange' };

/**
 * One step on a request, behind a dialog (Jambi 10/2017 Ps 7(7): a binding step asks first and
 * can be cancelled): the outcome fields, the reason, the note and the statements the step needs.
 */
export function StepButton({ request, step, onDone }: { request: RequestRecord; step: TransitionInfo; onDone: () => void }) {
  const t = useT();
  const [opened, { open, close }] = useDisclosure(false);
  const [note, setNote] = useState('');
  const [reasonCode, setReason] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Record<string, unknown>>({});
  const [statements, setStatements] = useState<string[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const errors = fieldErrorsOf(error, t);
  const noteRequired = step.noteRequired || (reasonCode !== null && step.noteRequiredFor.includes(reasonCode));

  // one step per confirmation: a double click takes it once (approve, submit, reject …)
  const inFlight = useRef(false);
  async function confirm() {
    if (inFlight.current) return;
    inFlight.current = true;
    setBusy(true);
    setError(null);
    try {
      await api.post(
        `/requests/${request.id}/steps`,
        {
          transition: step.name,
          ...(note.trim() && { note }),
          ...(reasonCode && { reasonCode }),
          ...(step.outcome && { outcome }),
          ...(step.statements.length > 0 && { acknowledgedStatements: statements }),
        },
        { idempotencyKey: newIdempotencyKey() },
      );
      close();
      onDone();
    } catch (err) {
      setError(err);
    } finally {
      inFlight.current = false;
      setBusy(false);
    }
  }

  return (
    <>
      <Button color={colors[step.name]} variant={step.name === 'withdraw' ? 'default' : 'filled'} onClick={open} data-testid={`step-${step.name}`}>
        {t(`requests.transition.${step.name}`)}
      </Button>
      <Modal opened={opened} onClose={close} title={t(`requests.transition.${step.name}`)} centered size="lg">
        <Stack>
          <Text size="sm">{t('requests.ui.confirm.step', { number: request.number ?? '', step: t(`requests.transition.${step.name}`) })}</Text>
          <FormError error={error} labelOf={labelsFrom(t, 'requests.outcome')} />
          {step.outcome && <SchemaForm schema={step.outcome as JsonSchema} values={outcome} onChange={setOutcome} labelPrefix="requests.outcome" errors={errors} idPrefix="outcome" />}
          {step.reasonCodes.length > 0 && (
            <Select
              id="step-reason"
              label={t('requests.step.reasonCode')}
              required
              data={step.reasonCodes.map((code) => ({ value: code, label: t(`requests.reason.${code}`) }))}
              value={reasonCode}
              onChange={setReason}
              error={errors.reasonCode}
            />
          )}
          <Textarea id="step-note" label={t('requests.step.note')} required={noteRequired} autosize minRows={2} value={note} onChange={(e) => setNote(e.currentTarget.value)} error={errors.note} />
          {step.statements.map((code) => (
            <Checkbox
              key={code}
              label={t(`requests.statement.${code}`)}
              checked={statements.includes(code)}
              onChange={(e) => setStatements(e.currentTarget.checked ? [...statements, code] : statements.filter((s) => s !== code))}
            />
          ))}
          <Group justify="flex-end">
            <Button variant="default" onClick={close} disabled={busy}>
              {t('common.cancel')}
            </Button>
            <Button color={colors[step.name]} loading={busy} onClick={confirm} data-testid="confirm-ok">
              {t(`requests.transition.${step.name}`)}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
