import { Alert, Badge, FileInput, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import type { z } from 'zod';
import type { DocumentVerification, PublicDocument } from '../../shared/documents';
import { publicBase, request } from '../api/client';
import { Field } from '../components/field';
import { FormError } from '../components/form-errors';
import { formatDateTime } from '../i18n/format-date';
import { useT } from '../i18n/i18n';
import { PublicLayout } from './public-layout';

type Issued = z.infer<typeof PublicDocument>;
type Verification = z.infer<typeof DocumentVerification>;

function IssuedFacts({ doc }: { doc: Issued }) {
  const t = useT();
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} data-testid="document-facts">
      <Field label={t('web.verify.title')}>{doc.title}</Field>
      <Field label={t('web.verify.issuer')}>{doc.tenantName}</Field>
      <Field label={t('web.verify.signer')}>{doc.signer}</Field>
      <Field label={t('web.verify.issuedAt')}>{formatDateTime(doc.issuedAt)}</Field>
      <Field label="SHA-256">
        <Text size="xs" ff="monospace" style={{ wordBreak: 'break-all' }}>
          {doc.sha256}
        </Text>
      </Field>
    </SimpleGrid>
  );
}

/** Checks an uploaded PDF: its signature, and whether Simpul issued exactly these bytes. */
function UploadCheck() {
  const t = useT();
  const check = useMutation({
    mutationFn: async (file: File) => {
      const form = new FormData();
      form.append('file', file);
      const res = await request('POST', '/documents/verify', form, publicBase);
      return (await res.json()) as Verification;
    },
  });
  const result = check.data;
  return (
    <Stack>
      <FileInput label={t('web.verify.upload')} accept="application/pdf,.pdf" onChange={(f) => f && check.mutate(f)} clearable />
      {check.isPending && <Loader size="sm" />}
      <FormError error={check.error} />
      {result && (
        <Stack data-testid="verification">
          {result.valid && result.issued ? (
            <Alert color="teal">{t('web.verify.genuine')}</Alert>
          ) : result.valid ? (
            <Alert color="yellow">{t('web.verify.signedNotIssued')}</Alert>
          ) : (
            <Alert color="red">{result.signed ? t('web.verify.altered') : t('web.verify.unsigned')}</Alert>
          )}
          {result.issued && <IssuedFacts doc={result.issued} />}
        </Stack>
      )}
    </Stack>
  );
}

export function VerifyDocumentPage() {
  const t = useT();
  const { id } = useParams();
  const issued = useQuery({
    queryKey: ['/public/documents', id],
    queryFn: async () => (await request('GET', `/documents/${id}`, undefined, publicBase)).json() as Promise<Issued>,
    enabled: Boolean(id),
  });
  return (
    <PublicLayout>
      <Stack>
        <Title order={1} size="h2">{t('web.verify.heading')}</Title>
        {id && issued.isPending && <Loader size="sm" />}
        <FormError error={issued.error} />
        {issued.data && (
          <>
            <Badge color="teal" size="lg" variant="light" w="fit-content">
              {t('web.verify.registered')}
            </Badge>
            <IssuedFacts doc={issued.data} />
            <Text size="sm" c="dimmed">
              {t('web.verify.compareHint')}
            </Text>
          </>
        )}
        <UploadCheck />
      </Stack>
    </PublicLayout>
  );
}
