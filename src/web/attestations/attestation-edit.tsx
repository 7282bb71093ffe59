import { Button, FileInput, Group, Modal, Stack, Textarea } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import type { AttestationView } from '../../shared/attestations';
import { DateField } from '../components/date-field';
import { errorProp, fieldErrorsOf, FormError } from '../components/form-errors';
import { useT } from '../i18n/i18n';
import { useUpdateAttestation } from './api';

/**
 * "Ubah pernyataan": the party rewrites a draft or a statement the Inspectorate returned — the
 * text, its day and the evidence file (a return often asks for one) — before submitting again.
 * The links it cites are kept as they are.
 */
export function AttestationEdit({ attestation: a }: { attestation: AttestationView }) {
  const t = useT();
  const [opened, { open, close }] = useDisclosure(false);
  const [statement, setStatement] = useState(a.statement);
  const [attestedOn, setAttestedOn] = useState(a.attestedOn);
  const [file, setFile] = useState<File | null>(null);
  const update = useUpdateAttestation(a.id);
  const errors = fieldErrorsOf(update.error, t);
  const today = new Date().toLocaleDateString('sv-SE');
  const links = a.links.map(({ recordType, recordId }) => ({ recordType, recordId }));
  const save = () => update.mutate({ input: { statement, attestedOn, links }, file }, { onSuccess: () => { close(); setFile(null); } });
  return (
    <>
      <Button size="xs" variant="default" onClick={open}>
        {t('attestations.button.edit')}
      </Button>
      <Modal opened={opened} onClose={close} title={t('attestations.edit')} size="lg" centered closeButtonProps={{ 'aria-label': t('attestations.button.cancel') }}>
        <Stack>
          <FormError error={update.error} />
          <Textarea label={t('attestations.field.statement')} required autosize minRows={4} value={statement} onChange={(e) => setStatement(e.currentTarget.value)} {...errorProp(errors, 'statement')} />
          <DateField label={t('attestations.field.attestedOn')} value={attestedOn} max={today} onChange={setAttestedOn} {...errorProp(errors, 'attestedOn')} />
          <FileInput label={a.file ? t('attestations.field.replaceFile', { file: a.file.fileName }) : t('attestations.field.file')} value={file} onChange={setFile} clearable />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('attestations.button.cancel')}
            </Button>
            <Button onClick={save} loading={update.isPending} disabled={statement.trim().length < 10}>
              {t('attestations.button.saveChanges')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
