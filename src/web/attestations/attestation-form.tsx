import { Button, FileInput, Group, Modal, Select, Stack, Text, Textarea } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import type { AttestationList } from '../../shared/attestations';
import type { ObligationDetail } from '../../shared/compliance';
import { errorProp, fieldErrorsOf, FormError } from '../components/form-errors';
import { useT } from '../i18n/i18n';
import { useCreateAttestation } from './api';
import { DateField } from '../components/date-field';
import { todayIso } from '../i18n/format-date';

const today = todayIso;

/** "Buat pernyataan": the bound party's head writes a statement with its date and, optionally, an evidence file. */
export function AttestationForm({ obligation, parties }: { obligation: ObligationDetail; parties: AttestationList['parties'] }) {
  const t = useT();
  const mine = parties.filter((p) => p.canAttest);
  const [opened, { open, close }] = useDisclosure(false);
  const [party, setParty] = useState<string>(mine[0]?.agencyId ?? '');
  const [statement, setStatement] = useState('');
  const [attestedOn, setAttestedOn] = useState(today());
  const [file, setFile] = useState<File | null>(null);
  const create = useCreateAttestation();
  const errors = fieldErrorsOf(create.error, t);
  if (mine.length === 0) return null;
  const { basis, months } = obligation.attestationValidity;
  const validity = basis === 'once' ? t('attestations.validity.once') : t(`attestations.validity.form.${basis}`, { months });
  const save = () =>
    create.mutate(
      { input: { obligationId: obligation.id, agencyId: party === '' ? null : party, statement, attestedOn, links: [] }, file },
      { onSuccess: () => { close(); setStatement(''); setFile(null); } },
    );
  return (
    <>
      <Button onClick={open}>{t('attestations.create')}</Button>
      <Modal opened={opened} onClose={close} title={t('attestations.create')} size="lg" centered>
        <Stack>
          <FormError error={create.error} />
          <Select
            label={t('attestations.field.party')}
            data={mine.map((p) => ({ value: p.agencyId ?? '', label: p.name }))}
            value={party}
            onChange={(v) => setParty(v ?? '')}
            allowDeselect={false}
          />
          <Textarea label={t('attestations.field.statement')} required autosize minRows={4} value={statement} onChange={(e) => setStatement(e.currentTarget.value)} {...errorProp(errors, 'statement')} />
          <DateField label={t('attestations.field.attestedOn')} value={attestedOn} max={today()} onChange={setAttestedOn} {...errorProp(errors, 'attestedOn')} />
          <Text size="xs" c="dimmed">
            {validity}
          </Text>
          <FileInput label={t('attestations.field.file')} value={file} onChange={setFile} clearable />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('attestations.button.cancel')}
            </Button>
            <Button onClick={save} loading={create.isPending} disabled={statement.trim().length < 10}>
              {t('attestations.button.save')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
