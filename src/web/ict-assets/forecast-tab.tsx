import { Loader, Paper, Select, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { agencyOptions, useAllAgencies } from '../agencies/api';
import { FormError } from '../components/form-errors';
import { ScrollTable } from '../components/scroll-table';
import { useT } from '../i18n/i18n';
import { formatRupiah, useReplacementForecast, type Forecast } from './api';

function Cell({ bucket }: { bucket: Forecast['totals']['overdue'] }) {
  const t = useT();
  if (bucket.count === 0) return <Table.Td c="dimmed">—</Table.Td>;
  return (
    <Table.Td style={{ whiteSpace: 'nowrap' }}>
      <div>{t('ictAssets.forecast.count', { count: bucket.count })}</div>
      <Text size="xs" c="dimmed">
        {formatRupiah(bucket.cost)}
      </Text>
    </Table.Td>
  );
}

/** Dumai 18/2019 Ps 19(5): what needs replacing in the next five years, by agency and category. */
export function ForecastTab() {
  const t = useT();
  const [agencyId, setAgencyId] = useState<string | null>(null);
  const { data: agencies } = useAllAgencies();
  const { data, error } = useReplacementForecast(agencyId);
  return (
    <Stack>
      <Text size="sm">{t('ictAssets.forecast.intro')}</Text>
      <Select label={t('ictAssets.field.agency')} data={agencyOptions(agencies, true)} value={agencyId} onChange={setAgencyId} clearable searchable maw={420} />
      <FormError error={error} />
      {!data ? (
        !error && <Loader size="sm" />
      ) : data.rows.length === 0 ? (
        <Text c="dimmed">{t('ictAssets.forecast.empty')}</Text>
      ) : (
        <Paper withBorder>
          <ScrollTable minWidth={760}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('ictAssets.field.agency')}</Table.Th>
                  <Table.Th>{t('ictAssets.field.category')}</Table.Th>
                  <Table.Th>{t('ictAssets.forecast.overdue')}</Table.Th>
                  {data.years.map((y) => (
                    <Table.Th key={y}>{y}</Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.rows.map((r) => (
                  <Table.Tr key={`${r.agencyId}-${r.category}`}>
                    <Table.Td>{r.agencyName}</Table.Td>
                    <Table.Td>{t(`ictAssets.category.${r.category}`)}</Table.Td>
                    <Cell bucket={r.overdue} />
                    {r.byYear.map((b, i) => (
                      <Cell key={data.years[i]} bucket={b} />
                    ))}
                  </Table.Tr>
                ))}
                <Table.Tr fw={600}>
                  <Table.Td colSpan={2}>{t('ictAssets.forecast.total')}</Table.Td>
                  <Cell bucket={data.totals.overdue} />
                  {data.totals.byYear.map((b, i) => (
                    <Cell key={data.years[i]} bucket={b} />
                  ))}
                </Table.Tr>
              </Table.Tbody>
            </Table>
          </ScrollTable>
        </Paper>
      )}
    </Stack>
  );
}
