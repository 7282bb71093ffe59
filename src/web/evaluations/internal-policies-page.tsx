import { Badge, Button, FileButton, Group, Modal, Stack, Table, Text, TextInput, Textarea } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { api, downloadFile } from '../api/client';
import { errorProp, fieldErrorsOf, FormError } from '../components/form-errors';
import { PageHeader } from '../components/page-header';
import { formatDate } from '../i18n/format-date';
import { useT } from '../i18n/i18n';
import { useInvalidating, usePolicies, type Policy } from './api';
import { ScrollTable } from '../components/scroll-table';
import { DateField } from '../components/date-field';
import { todayIso } from '../i18n/format-date';
import { useLeaveGuard } from '../components/leave-guard';

const stateColor = { not_enacted: 'gray', overdue: 'red', due_soon: 'yellow', current: 'teal' } as const;

function DecreeButton({ policy }: { policy: Policy }) {
  const t = useT();
  const [opened, { open, close }] = useDisclosure(false);
  const [decreeNumber, setNumber] = useState(policy.decreeNumber ?? '');
  const [decreeDate, setDate] = useState(policy.decreeDate ?? '');
  useLeaveGuard({ decreeNumber, decreeDate }, { decreeNumber: policy.decreeNumber ?? '', decreeDate: policy.decreeDate ?? '' });
  const save = useInvalidating('/internal-policies', () => api.put<Policy>(`/internal-policies/${policy.code}`, { decreeNumber, decreeDate, title: policy.title }), { releasesLeaveGuards: true });
  const errors = fieldErrorsOf(save.error, t);
  return (
    <>
      <Button size="compact-sm" variant="light" onClick={open}>
        {t('evaluations.ui.policy.setDecree')}
      </Button>
      <Modal opened={opened} onClose={close} title={t(`reg-dumai-67-2022.internalPolicy.${policy.code}`)} centered>
        <Stack>
          <FormError error={save.error} />
          <TextInput label={t('evaluations.ui.policy.decreeNumber')} value={decreeNumber} onChange={(e) => setNumber(e.currentTarget.value)} {...errorProp(errors, 'decreeNumber')} />
          <DateField label={t('evaluations.ui.policy.decreeDate')} value={decreeDate} onChange={setDate} {...errorProp(errors, 'decreeDate')} />
          <Button onClick={() => save.mutate(undefined, { onSuccess: close })} loading={save.isPending}>
            {t('common.save')}
          </Button>
        </Stack>
      </Modal>
    </>
  );
}

function ReviewButton({ policy }: { policy: Policy }) {
  const t = useT();
  const [opened, { open, close }] = useDisclosure(false);
  const [reviewedAt, setDate] = useState(todayIso());
  const [summary, setSummary] = useState('');
  const [followUp, setFollowUp] = useState('');
  useLeaveGuard({ summary, followUp }, { summary: '', followUp: '' });
  const save = useInvalidating('/internal-policies', (_: void, submission) => api.post(`/internal-policies/${policy.code}/reviews`, { reviewedAt, summary, followUp: followUp || null }, submission), { releasesLeaveGuards: true });
  const errors = fieldErrorsOf(save.error, t);
  return (
    <>
      <Button size="compact-sm" variant="light" onClick={open}>
        {t('evaluations.ui.policy.addReview')}
      </Button>
      <Modal opened={opened} onClose={close} title={t('evaluations.ui.policy.addReview')} centered>
        <Stack>
          <FormError error={save.error} />
          <DateField label={t('evaluations.ui.policy.reviewedAt')} value={reviewedAt} onChange={setDate} {...errorProp(errors, 'reviewedAt')} />
          <Textarea label={t('evaluations.ui.policy.summary')} value={summary} onChange={(e) => setSummary(e.currentTarget.value)} {...errorProp(errors, 'summary')} />
          <Textarea label={t('evaluations.ui.policy.followUp')} value={followUp} onChange={(e) => setFollowUp(e.currentTarget.value)} />
          <Button onClick={() => save.mutate(undefined, { onSuccess: close })} loading={save.isPending}>
            {t('common.save')}
          </Button>
        </Stack>
      </Modal>
    </>
  );
}

/** Dumai 67/2022 Lampiran: the register of internal policies, their decrees and review reports. */
export function InternalPoliciesPage() {
  const t = useT();
  const policies = usePolicies();
  const upload = useInvalidating('/internal-policies', ({ code, file }: { code: string; file: File }, submission) => api.upload(`/internal-policies/${code}/file`, file, undefined, {}, submission));
  return (
    <Stack>
      <PageHeader title={t('evaluations.ui.policy.title')} />
      <Text c="dimmed">{t('evaluations.ui.policy.intro')}</Text>
      <FormError error={upload.error} />
      <ScrollTable minWidth={900}>
        <Table data-testid="policies">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('evaluations.ui.policy.name')}</Table.Th>
              <Table.Th>{t('evaluations.ui.policy.decree')}</Table.Th>
              <Table.Th>{t('evaluations.ui.policy.lastReview')}</Table.Th>
              <Table.Th>{t('evaluations.ui.policy.nextReview')}</Table.Th>
              <Table.Th>{t('common.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {policies.data?.map((p) => (
              <Table.Tr key={p.code} data-policy={p.code}>
                <Table.Td>
                  {t(`reg-dumai-67-2022.internalPolicy.${p.code}`)}
                  <Text size="xs" c="dimmed">
                    Lampiran I huruf {p.section}
                    {p.indicator !== null && ` · ${t('evaluation.label.indicatorNumber', { number: p.indicator })}`}
                  </Text>
                </Table.Td>
                <Table.Td>
                  {p.decreeNumber ? `${p.decreeNumber} (${formatDate(p.decreeDate)})` : '–'}
                  {p.file && (
                    <Button size="compact-xs" variant="subtle" onClick={() => downloadFile(`/internal-policies/${p.code}/file`)}>
                      {p.file.fileName}
                    </Button>
                  )}
                </Table.Td>
                <Table.Td>{formatDate(p.reviews[p.reviews.length - 1]?.reviewedAt ?? null) || '–'}</Table.Td>
                <Table.Td>
                  <Badge color={stateColor[p.review.state]} variant="light">{t(`evaluations.ui.policy.state.${p.review.state}`)}</Badge> {formatDate(p.review.dueDate)}
                </Table.Td>
                <Table.Td>
                  {p.abilities.manage && (
                    <Group gap="xs">
                      <DecreeButton policy={p} />
                      {p.id && (
                        <FileButton onChange={(file) => file && upload.mutate({ code: p.code, file })} accept="application/pdf">
                          {(props) => (
                            <Button size="compact-sm" variant="light" {...props}>
                              {t('evaluations.ui.policy.uploadDecree')}
                            </Button>
                          )}
                        </FileButton>
                      )}
                      {p.id && <ReviewButton policy={p} />}
                    </Group>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollTable>
    </Stack>
  );
}
