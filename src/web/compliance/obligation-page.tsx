import { Alert, Anchor, Button, Group, List, Loader, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { Field } from '../components/field';
import { FormError } from '../components/form-errors';
import { PageHeader } from '../components/page-header';
import { useT } from '../i18n/i18n';
import { obligationPath, useAsOfDate, useObligation } from './api';
import { AsOfInput } from './as-of-controls';
import { DeclareEmptyRegistry } from './declare-empty-registry';
import { RecordLink } from './record-link';
import { StatusBadge } from './status-badge';
import { ObligationAttestations } from '../attestations/obligation-attestations';
import { formatDate } from '../i18n/format-date';

/** One obligation: the article as it stands, its citation, status on the date, and the evidence behind it. */
export function ObligationPage() {
  const t = useT();
  const { regulation, ref } = useParams();
  const [date, setDate] = useAsOfDate();
  const { data: o, error } = useObligation(regulation, ref, date);
  if (error) return <FormError error={error} />;
  if (!o) return <Loader size="sm" />;
  return (
    <Stack>
      <PageHeader title={o.citation.label}>
        <Button variant="default" component={Link} to={`/compliance${date ? `?date=${date}` : ''}`}>
          {t('common.back')}
        </Button>
      </PageHeader>
      <Group align="flex-end" gap="md">
        <AsOfInput date={date} onChange={setDate} />
        {o.status && <StatusBadge status={o.status} />}
        {o.dueDate && <Text size="sm">{t('compliance-ui.dueOn', { date: formatDate(o.dueDate) })}</Text>}
        {o.status === 'attested' && <Text size="sm">{o.attestedUntil ? `${t('attestations.field.validUntil')}: ${formatDate(o.attestedUntil)}` : t('attestations.validity.once')}</Text>}
      </Group>
      {!o.inForce && <Alert color="gray">{t('compliance-ui.notInForce', { date: formatDate(o.asOf) })}</Alert>}
      {o.revocation && (
        <Alert color="gray" variant="light" data-testid="revocation">
          {o.revocation}
        </Alert>
      )}
      <Paper withBorder p="md">
        <Text size="xs" c="dimmed">
          {o.regulation.title} — {o.chapter}
        </Text>
        <Text mt="xs" style={{ whiteSpace: 'pre-line' }} data-testid="article-text">
          {o.text.replace(/ - (?=[a-z0-9]+\. )/g, '\n')}
        </Text>
      </Paper>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Field label={t('compliance-ui.binds')}>{t(`compliance-ui.subject.${o.binds}`)}</Field>
        <Field label={t('compliance-ui.cadence')}>{o.cadence ?? '–'}</Field>
        <Field label={t('compliance-ui.column.needs')}>{t(`compliance-ui.capability.${o.needs}`)}</Field>
      </SimpleGrid>
      {o.interpretation && (
        <Alert color="yellow" variant="light" title={t('compliance-ui.interpretation.label')} data-testid="interpretation">
          {o.interpretation}
        </Alert>
      )}
      {o.status === 'not_measurable' && (
        <Alert color="gray" data-testid="not-measurable">
          {o.notMeasurableReason === 'registry_empty'
            ? t('compliance-ui.notMeasurableReason.registry_empty')
            : t('compliance-ui.notMeasurable', { capability: t(`compliance-ui.capability.${o.needs}`) })}
        </Alert>
      )}
      {o.status === 'not_measurable' && o.emptyRegistry && <DeclareEmptyRegistry obligation={o} />}
      {o.status === 'structure_in_place' && <Alert color="indigo">{t('compliance-ui.status.structure_in_place.help')}</Alert>}
      {o.notApplicableReason && (
        <Alert color="dark" variant="light" data-testid="not-applicable-reason">
          {o.notApplicableReason}
        </Alert>
      )}
      {o.missing.length > 0 && (
        <Paper withBorder p="md" data-testid="missing">
          <Title order={4}>{t('compliance-ui.missing')}</Title>
          <List size="sm" mt="xs" spacing={4}>
            {o.missing.map((f, i) => (
              <List.Item key={i}>
                {f.message} {f.agencyName && <Text span c="dimmed">({f.agencyName})</Text>} <RecordLink finding={f} />
              </List.Item>
            ))}
          </List>
          {o.remedy && (
            <Text size="sm" mt="sm" fw={500}>
              {t('compliance-ui.remedy', { remedy: o.remedy })}
            </Text>
          )}
        </Paper>
      )}
      {o.evidence.length > 0 && (
        <Paper withBorder p="md" data-testid="evidence">
          <Title order={4}>{t('compliance-ui.evidence')}</Title>
          <List size="sm" mt="xs" spacing={4}>
            {o.evidence.map((f, i) => (
              <List.Item key={i}>
                {f.message} <RecordLink finding={f} />
              </List.Item>
            ))}
          </List>
        </Paper>
      )}
      {o.notApplicable.length > 0 && (
        <Paper withBorder p="md" data-testid="not-applicable">
          <Title order={4}>{t('compliance-ui.notApplicableRecords')}</Title>
          <List size="sm" mt="xs" spacing={4}>
            {o.notApplicable.map((f, i) => (
              <List.Item key={i}>
                {f.message} <RecordLink finding={f} />
              </List.Item>
            ))}
          </List>
        </Paper>
      )}
      {o.hiddenFindings > 0 && <Text size="sm" c="dimmed">{t('compliance-ui.hiddenFindings', { count: o.hiddenFindings })}</Text>}
      <ObligationAttestations obligation={o} />
      {o.conflicts.map((c) => (
        <Alert key={c.id} color="orange" title={t('compliance-ui.conflict')}>
          <Text size="sm">{c.note}</Text>
          <Text size="sm" mt="xs">
            {t('compliance-ui.conflictStricter')}{' '}
            <Anchor component={Link} to={obligationPath(c.stricter.obligationId, date)}>
              {c.stricter.citation.label}
            </Anchor>
          </Text>
          <Text size="sm">
            {t('compliance-ui.conflictWeaker')}{' '}
            <Anchor component={Link} to={obligationPath(c.weaker.obligationId, date)}>
              {c.weaker.citation.label}
            </Anchor>
          </Text>
        </Alert>
      ))}
    </Stack>
  );
}
