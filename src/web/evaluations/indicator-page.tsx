import { Alert, Anchor, Badge, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { useT } from '../i18n/i18n';
import { useIndicator } from './api';
import { EvidencePanel } from './evidence-panel';
import { SelfAssessmentForm, SubmitForm, VerificationForm } from './self-assessment-form';
import { ExchangeTimeline } from './exchange-timeline';
import { IndicatorStateBadge } from './indicator-state-badge';
import { UncertainMark } from './uncertain-mark';
import { ScrollTable } from '../components/scroll-table';

/** One indicator: the questionnaire's question and level criteria, the answer, evidence and verification. */
export function IndicatorPage() {
  const t = useT();
  const { id, number } = useParams();
  const indicator = useIndicator(id, number);
  if (!indicator.data || !id) return null;
  const i = indicator.data;
  return (
    <Stack>
      <Anchor component={Link} to={`/evaluations/${id}`} size="sm">
        ← {t('common.back')}
      </Anchor>
      <Group>
        <Title order={1} size="h2">
          {t('evaluation.label.indicatorNumber', { number: i.number })}: {i.name}
        </Title>
        <UncertainMark uncertain={i.uncertain} />
        <IndicatorStateBadge state={i.state} />
      </Group>
      <Text c="dimmed">
        {t('evaluations.column.agency')}: {i.agencyName ?? '–'} · {t('evaluation.label.weight')}: {i.weight}
      </Text>
      <Card withBorder>
        <Text fw={600}>{t('evaluation.label.question')}</Text>
        <Text>{i.question ?? t('evaluations.ui.questionUnknown')}</Text>
      </Card>
      <ScrollTable>
        <Table data-testid="criteria">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={160}>{t('evaluation.label.level')}</Table.Th>
              <Table.Th>{t('evaluation.label.criteria')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {i.scale.levels.map((l) => (
              <Table.Tr key={l.value} bg={i.selfLevel === l.value ? 'var(--mantine-color-blue-light)' : undefined}>
                <Table.Td>
                  {l.value}. {l.name}
                </Table.Td>
                <Table.Td>{i.criteria?.[String(l.value)] ?? t('evaluations.ui.criteriaUnknown')}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollTable>
      <Group gap="xs">
        <Text>{t('evaluations.column.selfLevel')}:</Text>
        <Badge variant="light" data-testid="self-level">{i.selfLevel ?? '–'}</Badge>
        <Text>{t('evaluations.column.verifiedLevel')}:</Text>
        <Badge variant="light" color="teal" data-testid="verified-level">{i.verifiedLevel ?? '–'}</Badge>
        {i.verificationNote && <Text size="sm" c="dimmed">({i.verificationNote})</Text>}
      </Group>
      {i.state === 'returned' && i.mine && <Alert color="red" data-testid="returned-notice">{t('evaluations.ui.returnedNotice', { note: [...i.exchanges].reverse().find((x) => x.kind === 'returned')?.note ?? '' })}</Alert>}
      {i.abilities.selfAssess && <SelfAssessmentForm key={`${i.selfLevel}-${i.state}`} cycleId={id} indicator={i} />}
      <EvidencePanel cycleId={id} indicator={i} />
      {i.abilities.submit && <SubmitForm key={`submit-${i.state}`} cycleId={id} indicator={i} />}
      {i.abilities.verify && <VerificationForm key={`${i.verifiedLevel}-${i.state}`} cycleId={id} indicator={i} />}
      <ExchangeTimeline indicator={i} />
    </Stack>
  );
}
