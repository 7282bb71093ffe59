import { Anchor, Badge, Card, Container, Group, Loader, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, Route, Routes, useParams } from 'react-router';
import type { z } from 'zod';
import type { PublicDataset, PublicDatasetPage } from '../../shared/open-data';
import { formatDate } from '../i18n/format-date';
import { useT } from '../i18n/i18n';
import { LabelledPagination } from '../components/labelled-pagination';
import { ScrollTable } from '../components/scroll-table';

type Page = z.infer<typeof PublicDatasetPage>;

/** The portal reads the public API (no session, no CSRF): only published, public datasets exist here. */
async function getPublic<T>(path: string): Promise<T> {
  const res = await fetch(path, { headers: { accept: 'application/json' } });
  if (!res.ok) throw new Error(String(res.status));
  return (await res.json()) as T;
}

function DatasetList() {
  const t = useT();
  const { tenant } = useParams();
  const [q, setQ] = useState('');
  const [page, setPage] = useState(1);
  const [query] = useDebouncedValue(q, 300);
  const { data, isPending, error } = useQuery({
    queryKey: ['public', tenant, query, page],
    queryFn: () => getPublic<Page>(`/api/public/${tenant}/datasets?${new URLSearchParams({ q: query, page: String(page) })}`),
    placeholderData: keepPreviousData,
  });
  if (error) return <Text c="red">{t('open-data.portal.notFound')}</Text>;
  return (
    <Stack>
      <Title order={1}>{t('open-data.portal.title')}</Title>
      {data && <Text c="dimmed">{t('open-data.portal.subtitle', { tenant: data.tenant.name })}</Text>}
      <TextInput label={t('open-data.portal.search')} value={q} onChange={(e) => { setQ(e.currentTarget.value); setPage(1); }} />
      {isPending && <Loader size="sm" />}
      {data && <Text size="sm">{t('open-data.portal.count', { count: data.total })}</Text>}
      {data?.items.length === 0 && <Text>{t('open-data.portal.empty')}</Text>}
      {data?.items.map((d) => (
        <Card key={d.id} withBorder>
          <Anchor component={Link} to={`/data/${tenant}/${d.name}`} fw={600}>
            {d.title}
          </Anchor>
          <Text size="sm" lineClamp={2}>
            {d.description}
          </Text>
          <Group gap="xs" mt="xs">
            {d.category && <Badge variant="light">{t(`datasets.category.${d.category}`)}</Badge>}
            {d.resources.map((r) => r.format).filter(Boolean).map((f, i) => <Badge key={i} variant="outline">{f}</Badge>)}
            <Text size="xs" c="dimmed">{d.steward?.title ?? d.producer.title}</Text>
          </Group>
        </Card>
      ))}
      {data && data.total > data.pageSize && <LabelledPagination total={Math.ceil(data.total / data.pageSize)} value={page} onChange={setPage} />}
      <Text size="xs" c="dimmed">
        {t('open-data.portal.api')}: <code>/t/{tenant}/api/3/action/package_search</code> · <Anchor href={`/t/${tenant}/catalog.jsonld`} underline="always">catalog.jsonld</Anchor>
      </Text>
    </Stack>
  );
}

function DatasetPage() {
  const t = useT();
  const { tenant, name } = useParams();
  const { data: d, error } = useQuery({ queryKey: ['public', tenant, 'dataset', name], queryFn: () => getPublic<z.infer<typeof PublicDataset>>(`/api/public/${tenant}/datasets/${name}`), retry: false });
  if (error) return <Text>{t('open-data.portal.notFound')}</Text>;
  if (!d) return <Loader size="sm" />;
  const row = (label: string, value: string | null | undefined) => (value ? <Table.Tr><Table.Th>{label}</Table.Th><Table.Td>{value}</Table.Td></Table.Tr> : null);
  return (
    <Stack>
      <Anchor component={Link} to={`/data/${tenant}`}>
        {t('open-data.portal.back')}
      </Anchor>
      <Title order={1}>{d.title}</Title>
      <Text>{d.description}</Text>
      <ScrollTable>
        <Table>
          <Table.Tbody>
            {row(t('datasets.field.producerAgency'), d.producer.title)}
            {row(t('datasets.field.stewardAgency'), d.steward?.title)}
            {row(t('datasets.field.category'), d.category && t(`datasets.category.${d.category}`))}
            {row(t('datasets.field.updateFrequency'), d.updateFrequency && t(`datasets.frequency.${d.updateFrequency}`))}
            {row(t('datasets.field.nextReleaseAt'), formatDate(d.nextReleaseAt))}
            {row(t('datasets.field.unitOfMeasure'), d.unitOfMeasure)}
            {row(t('datasets.field.areaCoverage'), d.areaCoverage)}
            {row(t('datasets.field.timeCoverageStart'), formatDate(d.timeCoverageStart))}
            {row(t('datasets.field.timeCoverageEnd'), formatDate(d.timeCoverageEnd))}
            {row(t('datasets.field.concept'), d.concept)}
            {row(t('datasets.field.licence'), d.licence)}
            {row(t('datasets.field.tags'), d.tags.join(', '))}
          </Table.Tbody>
        </Table>
      </ScrollTable>
      <Title order={3}>{t('open-data.portal.resources')}</Title>
      {d.resources.map((r) => (
        <Anchor key={r.id} href={r.url}>
          {r.name} {r.format ? `(${r.format})` : ''}
        </Anchor>
      ))}
    </Stack>
  );
}

/** /data/<tenant-slug> and /data/<tenant-slug>/<dataset>: the open-data portal, no sign-in. */
export function PublicPortal() {
  return (
    <Container component="main" size="md" py="xl">
      <Routes>
        <Route path="/data/:tenant" element={<DatasetList />} />
        <Route path="/data/:tenant/:name" element={<DatasetPage />} />
      </Routes>
    </Container>
  );
}
