import { FileInput, Paper, PasswordInput, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { request } from '../api/client';
import { Field } from '../components/field';
import { errorProp, fieldErrorsOf, FormError } from '../components/form-errors';
import { formatDate, formatDateTime } from '../i18n/format-date';
import { useT } from '../i18n/i18n';
import { SavedNotice } from './saved-notice';
import { useSigningCertificate, type CertificateState } from './api';
import { SubmitButton } from '../components/submit-button';
import { useSubmitMutation } from '../components/use-submit-mutation';

/** The certificate documents are signed with, and the upload of one issued by a CA such as BSrE. */
export function CertificatePanel() {
  const t = useT();
  const client = useQueryClient();
  const { data } = useSigningCertificate();
  const [file, setFile] = useState<File | null>(null);
  const [password, setPassword] = useState('');
  // the file's name, size and time stand for it in the submission, so another file is another submission
  const install = useSubmitMutation({
    mutationFn: async (_input: { file: string; password: string }, submission) => {
      const form = new FormData();
      if (file) form.append('file', file);
      form.append('password', password);
      return (await (await request('POST', '/signing-certificate', form, undefined, { 'idempotency-key': submission.idempotencyKey })).json()) as CertificateState;
    },
    onSuccess: (saved) => {
      client.setQueryData(['/signing-certificate'], saved);
      setFile(null);
      setPassword('');
    },
  });
  const errors = fieldErrorsOf(install.error, t);
  const current = data?.current;

  function submit(e: FormEvent) {
    e.preventDefault();
    install.submit({ file: file ? `${file.name}:${file.size}:${file.lastModified}` : '', password });
  }

  return (
    <Paper withBorder p="md" maw={720}>
      <Stack>
        <Title order={3} size="h4">{t('settings.certificate.title')}</Title>
        <Text size="sm" c="dimmed">{t('settings.certificate.intro')}</Text>
        {current ? (
          <SimpleGrid cols={{ base: 1, sm: 2 }} data-testid="certificate">
            <Field label={t('settings.certificate.subject')}>{current.subject}</Field>
            <Field label={t('settings.certificate.issuer')}>{current.issuer}</Field>
            <Field label={t('settings.certificate.serial')}>
              <Text span style={{ wordBreak: 'break-all' }}>{current.serialNumber}</Text>
            </Field>
            <Field label={t('settings.certificate.source')}>{t(current.uploaded ? 'settings.certificate.uploaded' : 'settings.certificate.selfSigned')} ({formatDateTime(current.installedAt)})</Field>
            <Field label={t('settings.certificate.validFrom')}>{formatDate(current.validFrom)}</Field>
            <Field label={t('settings.certificate.validUntil')}>{formatDate(current.validUntil)}</Field>
          </SimpleGrid>
        ) : (
          <Text size="sm">{t('settings.certificate.none')}</Text>
        )}
        <form onSubmit={submit} noValidate>
          <Stack>
            <FormError error={install.error} />
            <FileInput label={t('settings.certificate.file')} accept=".p12,.pfx,application/x-pkcs12" value={file} onChange={setFile} clearable {...errorProp(errors, 'file')} />
            <PasswordInput label={t('settings.certificate.password')} autoComplete="off" value={password} onChange={(e) => setPassword(e.currentTarget.value)} {...errorProp(errors, 'password')} />
            <SavedNotice show={install.isSuccess} message={t('settings.certificate.installed')} />
            <SubmitButton pending={install.isPending} disabled={!file || install.isPending} w="fit-content">{t('settings.certificate.upload')}</SubmitButton>
          </Stack>
        </form>
      </Stack>
    </Paper>
  );
}
