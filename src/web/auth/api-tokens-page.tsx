import { Alert, Badge, Button, Code, CopyButton, Group, Paper, Stack, Table, Text, TextInput } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import type { z } from 'zod';
import type { ApiTokenCreated, ApiTokenView } from '../../shared/people';
import { api } from '../api/client';
import { ConfirmButton } from '../components/confirm-button';
import { errorProp, fieldErrorsOf, FormError } from '../components/form-errors';
import { PageHeader } from '../components/page-header';
import { formatDateTime } from '../i18n/format-date';
import { useT } from '../i18n/i18n';
import { ScrollTable } from '../components/scroll-table';
import { SubmitButton } from '../components/submit-button';
import { useSubmitMutation } from '../components/use-submit-mutation';
import { useLeaveGuard } from '../components/leave-guard';

type Token = z.infer<typeof ApiTokenView>;
const key = ['api-tokens'];

/** My API tokens for machine clients; a new token is shown once and only its hash is kept. */
export function ApiTokensPage() {
  const t = useT();
  const client = useQueryClient();
  const [label, setLabel] = useState('');
  useLeaveGuard(label, '');
  const tokens = useQuery({ queryKey: key, queryFn: () => api.get<Token[]>('/api-tokens') });
  const create = useSubmitMutation({
    mutationFn: (_: void, { idempotencyKey }) => api.post<z.infer<typeof ApiTokenCreated>>('/api-tokens', { label }, { idempotencyKey }),
    onSuccess: () => {
      setLabel('');
      client.invalidateQueries({ queryKey: key });
    },
  });
  const errors = fieldErrorsOf(create.error, t);

  function submit(e: FormEvent) {
    e.preventDefault();
    create.submit();
  }

  return (
    <Stack>
      <PageHeader title={t('web.account.apiTokens')} />
      <Paper withBorder p="md">
        <form onSubmit={submit}>
          <Group align="flex-end">
            <TextInput label={t('web.tokens.label')} value={label} onChange={(e) => setLabel(e.currentTarget.value)} {...errorProp(errors, 'label')} w={320} />
            <SubmitButton pending={create.isPending}>{t('web.tokens.create')}</SubmitButton>
          </Group>
        </form>
        <FormError error={create.error} />
        {create.data && (
          <Alert color="teal" mt="md" title={t('web.tokens.createdTitle')}>
            <Stack gap="xs">
              <Text size="sm">{t('web.tokens.shownOnce')}</Text>
              <Group>
                <Code data-testid="new-token">{create.data.token}</Code>
                <CopyButton value={create.data.token}>
                  {({ copied, copy }) => (
                    <Button size="compact-sm" variant="light" onClick={copy}>
                      {copied ? t('web.tokens.copied') : t('web.tokens.copy')}
                    </Button>
                  )}
                </CopyButton>
              </Group>
            </Stack>
          </Alert>
        )}
      </Paper>
      <FormError error={tokens.error} />
      <Paper withBorder>
        <ScrollTable>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('web.tokens.label')}</Table.Th>
                <Table.Th>{t('web.tokens.createdAt')}</Table.Th>
                <Table.Th>{t('web.tokens.lastUsedAt')}</Table.Th>
                <Table.Th>{t('common.status')}</Table.Th>
                <Table.Th>{t('common.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {tokens.data?.map((token) => (
                <Table.Tr key={token.id}>
                  <Table.Td>{token.label}</Table.Td>
                  <Table.Td>{formatDateTime(token.createdAt)}</Table.Td>
                  <Table.Td>{formatDateTime(token.lastUsedAt)}</Table.Td>
                  <Table.Td>
                    <Badge color={token.revoked ? 'gray' : 'teal'} variant="light">
                      {token.revoked ? t('web.tokens.revoked') : t('common.status.active')}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    {!token.revoked && (
                      <ConfirmButton
                        size="compact-sm"
                        color="red"
                        variant="light"
                        message={t('web.tokens.revokeQuestion', { label: token.label })}
                        onConfirm={async () => {
                          await api.delete(`/api-tokens/${token.id}`);
                          await client.invalidateQueries({ queryKey: key });
                        }}
                      >
                        {t('web.tokens.revoke')}
                      </ConfirmButton>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
        {tokens.data?.length === 0 && (
          <Text c="dimmed" ta="center" p="md">
            {t('common.empty')}
          </Text>
        )}
      </Paper>
    </Stack>
  );
}
