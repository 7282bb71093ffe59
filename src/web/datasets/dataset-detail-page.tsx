import { Alert, Badge, Button, Group, Loader, Paper, SimpleGrid, Stack, Table, Tabs } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { api } from '../api/client';
import { Field } from '../components/field';
import { FormError } from '../components/form-errors';
import { HistoryTab } from '../components/history-tab';
import { PageHeader } from '../components/page-header';
import { RetireButton } from '../components/retire-modal';
import { formatDate, formatDateTime } from '../i18n/format-date';
import { useT } from '../i18n/i18n';
import { statusColor, useDataset, type Dataset } from './api';
import { ResourcePanel } from './resource-panel';
import { ReviewActions } from './review-actions';
import { ScrollTable } from '../components/scroll-table';

function Details({ d }: { d: Dataset }) {
  const t = useT();
  const yesNo = (b: boolean) => t(b ? 'common.yes' : 'common.no');
  return (
    <Paper withBorder p="md">
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
        <Field label={t('datasets.field.producerAgency')}>{d.producerAgencyName}</Field>
        <Field label={t('datasets.field.stewardAgency')}>{d.stewardAgencyName}</Field>
        <Field label={t('datasets.field.classification')}>{t(`datasets.classification.${d.classification}`)}</Field>
        <Field label={t('datasets.field.category')}>{d.category && t(`datasets.category.${d.category}`)}</Field>
        <Field label={t('datasets.field.isMasterData')}>{yesNo(d.isMasterData)}</Field>
        <Field label={t('datasets.field.isReferenceData')}>{yesNo(d.isReferenceData)}</Field>
        <Field label={t('datasets.field.keyIdentifier')}>{d.keyIdentifier && t(`datasets.keyIdentifier.${d.keyIdentifier}`)}</Field>
        <Field label={t('datasets.field.updateFrequency')}>{d.updateFrequency && t(`datasets.frequency.${d.updateFrequency}`)}</Field>
        <Field label={t('datasets.field.nextReleaseAt')}>{formatDate(d.nextReleaseAt)}</Field>
        <Field label={t('datasets.field.lastUpdatedAt')}>{formatDate(d.lastUpdatedAt)}</Field>
        <Field label={t('datasets.field.format')}>{d.format}</Field>
        <Field label={t('datasets.field.unitOfMeasure')}>{d.unitOfMeasure}</Field>
        <Field label={t('datasets.field.timeCoverageStart')}>{formatDate(d.timeCoverageStart)}</Field>
        <Field label={t('datasets.field.timeCoverageEnd')}>{formatDate(d.timeCoverageEnd)}</Field>
        <Field label={t('datasets.field.areaCoverage')}>{d.areaCoverage}</Field>
        <Field label={t('datasets.field.sourceApplication')}>{d.sourceApplicationName}</Field>
        <Field label={t('datasets.field.storageLocation')}>{d.storageLocation && t(`datasets.storage.${d.storageLocation}`)}</Field>
        <Field label={t('datasets.field.licence')}>{d.licence}</Field>
        <Field label={t('datasets.field.tags')}>{d.tags.join(', ')}</Field>
        <Field label={t('datasets.field.description')}>{d.description}</Field>
        <Field label={t('datasets.field.concept')}>{d.concept}</Field>
        <Field label={t('datasets.field.qualityNotes')}>{d.qualityNotes}</Field>
      </SimpleGrid>
    </Paper>
  );
}

function Reviews({ d }: { d: Dataset }) {
  const t = useT();
  return (
    <ScrollTable>
      <Table>
        <Table.Tbody>
          {d.reviews.map((r, i) => (
            <Table.Tr key={i}>
              <Table.Td>{formatDateTime(r.at)}</Table.Td>
              <Table.Td>{t(`datasets.review.action.${r.action}`)}</Table.Td>
              <Table.Td>{r.actorName}</Table.Td>
              <Table.Td>{r.notes}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}

export function DatasetDetailPage() {
  const t = useT();
  const { id } = useParams();
  const client = useQueryClient();
  const { data: d, error } = useDataset(id);
  if (error) return <FormError error={error} />;
  if (!d) return <Loader size="sm" />;
  return (
    <Stack>
      <PageHeader
        title={
          <Group gap="sm">
            {d.title}
            <Badge color={statusColor[d.publicationStatus]} variant="light" data-testid="dataset-status">
              {t(`datasets.status.${d.publicationStatus}`)}
            </Badge>
          </Group>
        }
      >
        <Button variant="default" component={Link} to="/datasets">
          {t('common.back')}
        </Button>
        {d.abilities.update && (
          <Button variant="default" component={Link} to={`/datasets/${d.id}/edit`}>
            {t('common.edit')}
          </Button>
        )}
        <ReviewActions dataset={d} />
        {d.abilities.retire && <RetireButton subject={d.title} onRetire={(input) => api.post(`/datasets/${d.id}/retire`, input)} onDone={() => client.invalidateQueries({ queryKey: ['/datasets'] })} />}
      </PageHeader>
      {d.publicationStatus === 'returned' && d.revisionNotes && (
        <Alert color="orange" title={t('datasets.field.revisionNotes')}>
          {d.revisionNotes}
        </Alert>
      )}
      <Tabs defaultValue="details" keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="details">{t('common.details')}</Tabs.Tab>
          <Tabs.Tab value="resources">{t('datasets.field.resources')}</Tabs.Tab>
          <Tabs.Tab value="reviews">{t('datasets.review.history')}</Tabs.Tab>
          <Tabs.Tab value="history">{t('common.history')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="details">
          <Details d={d} />
        </Tabs.Panel>
        <Tabs.Panel value="resources">
          <ResourcePanel dataset={d} />
        </Tabs.Panel>
        <Tabs.Panel value="reviews">
          <Reviews d={d} />
        </Tabs.Panel>
        <Tabs.Panel value="history">
          <HistoryTab path={`/datasets/${d.id}/history`} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
