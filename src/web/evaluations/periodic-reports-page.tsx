import { Badge, Button, FileInput, Group, Modal, Select, Stack, Table, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { api, downloadFile } from '../api/client';
import { FormError } from '../components/form-errors';
import { PageHeader } from '../components/page-header';
import { formatDate } from '../i18n/format-date';
import { useT } from '../i18n/i18n';
import { useInvalidating, useReportOverview, type ReportOverview } from './api';
import { ScrollTable } from '../components/scroll-table';
import { DateField } from '../components/date-field';
import { todayIso } from '../i18n/format-date';
import { useLeaveGuard } from '../components/leave-guard';

const periodLengths = ['1', '2', '3', '4', '6', '12'];

function ScheduleForm({ overview }: { overview: ReportOverview }) {
  const t = useT();
  const [periodMonths, setMonths] = useState(String(overview.schedule?.periodMonths ?? 3));
  const [deadlineDays, setDays] = useState(String(overview.schedule?.deadlineDays ?? 15));
  const [startsOn, setStarts] = useState(overview.schedule?.startsOn ?? `${new Date().getFullYear()}-01-01`);
  useLeaveGuard(
    { periodMonths, deadlineDays, startsOn },
    { periodMonths: String(overview.schedule?.periodMonths ?? 3), deadlineDays: String(overview.schedule?.deadlineDays ?? 15), startsOn: overview.schedule?.startsOn ?? `${new Date().getFullYear()}-01-01` },
  );
  const save = useInvalidating('/periodic-reports', () => api.put('/periodic-reports/schedule', { periodMonths: Number(periodMonths), deadlineDays: Number(deadlineDays), startsOn }), { releasesLeaveGuards: true });
  return (
    <Stack gap="xs">
      <FormError error={save.error} />
      <Group align="flex-end">
        <Select label={t('evaluations.ui.reports.periodMonths')} data={periodLengths.map((m) => ({ value: m, label: t(`evaluations.ui.reports.every.${m}`) }))} value={periodMonths} onChange={(v) => setMonths(v ?? periodMonths)} w={180} />
        <TextInput label={t('evaluations.ui.reports.deadlineDays')} value={deadlineDays} onChange={(e) => setDays(e.currentTarget.value)} w={160} />
        <DateField label={t('evaluations.ui.reports.startsOn')} value={startsOn} onChange={setStarts} w={180} />
        <Button onClick={() => save.mutate(undefined)} loading={save.isPending}>
          {t('common.save')}
        </Button>
      </Group>
    </Stack>
  );
}

function SubmitForm({ overview }: { overview: ReportOverview }) {
  const t = useT();
  const [agencyId, setAgency] = useState<string | null>(overview.abilities.submitFor[0] ?? null);
  const [periodStart, setPeriod] = useState<string | null>(overview.periods[overview.periods.length - 1]?.start ?? null);
  const [notes, setNotes] = useState('');
  const [file, setFile] = useState<File | null>(null);
  useLeaveGuard({ notes, file: file?.name ?? null }, { notes: '', file: null });
  const names = new Map([...overview.missing, ...overview.submissions].map((x) => [x.agencyId, x.agencyName]));
  const submit = useInvalidating('/periodic-reports', (_: void, submission) => {
    const form = new FormData();
    form.append('file', file!);
    form.append('agencyId', agencyId!);
    form.append('periodStart', periodStart!);
    form.append('notes', notes);
    return api.postForm('/periodic-reports/submissions', form, submission);
  }, { releasesLeaveGuards: true });
  return (
    <Stack gap="xs">
      <Title order={4}>{t('evaluations.ui.reports.submit')}</Title>
      <FormError error={submit.error} />
      <Group align="flex-end">
        <Select label={t('evaluations.column.agency')} data={overview.abilities.submitFor.map((id) => ({ value: id, label: names.get(id) ?? id }))} value={agencyId} onChange={setAgency} w={240} searchable />
        <Select label={t('evaluations.ui.reports.period')} data={overview.periods.map((p) => ({ value: p.start, label: `${formatDate(p.start)} – ${formatDate(p.end)}` }))} value={periodStart} onChange={setPeriod} w={240} />
        <FileInput label={t('evaluations.ui.reports.file')} value={file} onChange={setFile} w={220} />
      </Group>
      <Textarea label={t('evaluations.ui.reports.notes')} value={notes} onChange={(e) => setNotes(e.currentTarget.value)} />
      <Group>
        <Button onClick={() => submit.mutate(undefined)} loading={submit.isPending} disabled={!file || !agencyId || !periodStart}>
          {t('evaluations.ui.reports.send')}
        </Button>
      </Group>
    </Stack>
  );
}

function WarningButton({ item }: { item: ReportOverview['missing'][number] }) {
  const t = useT();
  const [opened, { open, close }] = useDisclosure(false);
  const [number, setNumber] = useState('');
  useLeaveGuard(number, '');
  const [issuedOn, setIssued] = useState(todayIso());
  const [text, setText] = useState(t('evaluations.ui.reports.warningText', { agency: item.agencyName, start: formatDate(item.period.start), end: formatDate(item.period.end) }));
  const save = useInvalidating('/periodic-reports', (_: void, submission) => api.post('/periodic-reports/warnings', { agencyId: item.agencyId, periodStart: item.period.start, number, issuedOn, text }, submission), { releasesLeaveGuards: true });
  return (
    <>
      <Button size="compact-sm" color="orange" variant="light" onClick={open}>
        {t('evaluations.ui.reports.warn')}
      </Button>
      <Modal opened={opened} onClose={close} title={t('evaluations.ui.reports.warn')} centered>
        <Stack>
          <FormError error={save.error} />
          <TextInput label={t('evaluations.ui.reports.warningNumber')} value={number} onChange={(e) => setNumber(e.currentTarget.value)} />
          <DateField label={t('evaluations.ui.reports.issuedOn')} value={issuedOn} onChange={setIssued} />
          <Textarea label={t('evaluations.ui.reports.text')} value={text} onChange={(e) => setText(e.currentTarget.value)} autosize minRows={3} />
          <Button onClick={() => save.mutate(undefined, { onSuccess: close })} loading={save.isPending}>
            {t('evaluations.ui.reports.recordWarning')}
          </Button>
        </Stack>
      </Modal>
    </>
  );
}

/** Jambi 10/2017 Ps 22: the schedule, reports received, agencies that did not report, and warnings. */
export function PeriodicReportsPage() {
  const t = useT();
  const overview = useReportOverview();
  const receive = useInvalidating('/periodic-reports', (id: string, submission) => api.post(`/periodic-reports/submissions/${id}/receive`, {}, submission));
  const o = overview.data;
  if (!o) return null;
  return (
    <Stack>
      <PageHeader title={t('evaluations.ui.reports.title')} />
      <Text c="dimmed">{t('evaluations.ui.reports.intro')}</Text>
      {o.abilities.manage && <ScheduleForm overview={o} />}
      {!o.schedule && <Text>{t('errors.PERIODIC_REPORT_NO_SCHEDULE')}</Text>}
      {o.schedule && o.abilities.submitFor.length > 0 && <SubmitForm overview={o} />}
      <Title order={4}>{t('evaluations.ui.reports.missing')}</Title>
      <ScrollTable>
        <Table data-testid="missing-reports">
          <Table.Tbody>
            {o.missing.length === 0 && (
              <Table.Tr>
                <Table.Td>{t('common.empty')}</Table.Td>
              </Table.Tr>
            )}
            {o.missing.map((m) => (
              <Table.Tr key={`${m.agencyId}${m.period.start}`}>
                <Table.Td>{m.agencyName}</Table.Td>
                <Table.Td>
                  {formatDate(m.period.start)} – {formatDate(m.period.end)}
                </Table.Td>
                <Table.Td>{t('evaluations.ui.reports.deadline', { date: formatDate(m.period.deadline) })}</Table.Td>
                <Table.Td>{m.warned ? <Badge color="orange">{t('evaluations.ui.reports.warned')}</Badge> : o.abilities.warn && <WarningButton item={m} />}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollTable>
      <Title order={4}>{t('evaluations.ui.reports.received')}</Title>
      <ScrollTable>
        <Table data-testid="submissions">
          <Table.Tbody>
            {o.submissions.map((s) => (
              <Table.Tr key={s.id}>
                <Table.Td>{s.agencyName}</Table.Td>
                <Table.Td>
                  {formatDate(s.periodStart)} – {formatDate(s.periodEnd)}
                </Table.Td>
                <Table.Td>
                  <Button size="compact-xs" variant="subtle" onClick={() => downloadFile(`/periodic-reports/submissions/${s.id}/file`)}>
                    {s.file.fileName}
                  </Button>
                </Table.Td>
                <Table.Td>{s.notes}</Table.Td>
                <Table.Td>
                  {s.receivedAt ? (
                    t('evaluations.ui.reports.receivedAt', { date: formatDate(s.receivedAt) })
                  ) : o.abilities.manage ? (
                    <Button size="compact-sm" variant="light" onClick={() => receive.mutate(s.id)}>
                      {t('evaluations.ui.reports.receive')}
                    </Button>
                  ) : null}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollTable>
      <Title order={4}>{t('evaluations.ui.reports.warnings')}</Title>
      <ScrollTable>
        <Table data-testid="warnings">
          <Table.Tbody>
            {o.warnings.map((w) => (
              <Table.Tr key={w.id}>
                <Table.Td>{w.agencyName}</Table.Td>
                <Table.Td>{w.number}</Table.Td>
                <Table.Td>{formatDate(w.issuedOn)}</Table.Td>
                <Table.Td>{w.text}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollTable>
    </Stack>
  );
}
