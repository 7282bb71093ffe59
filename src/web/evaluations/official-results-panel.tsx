import { Anchor, Badge, Button, Card, Group, Stack, Table, Text } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { OfficialComparison } from '../../shared/evaluation-official';
import { formatIndex } from '../../shared/format-index';
import { api, downloadFile } from '../api/client';
import { ExcelImport } from '../components/excel-import';
import { ScrollTable } from '../components/scroll-table';
import { formatDate } from '../i18n/format-date';
import { useI18n, useT } from '../i18n/i18n';

const signed = (n: number | null, locale: 'id' | 'en', decimals = 0) => (n === null ? '–' : formatIndex(n, locale, decimals, true));

/**
 * The official results of the national evaluation beside the self-assessed and verified levels:
 * the coordination team imports the file (CSV or XLSX, columns kode and nilai), everyone reads
 * the comparison.
 */
export function OfficialResultsPanel({ cycleId }: { cycleId: string }) {
  const t = useT();
  const { locale } = useI18n();
  const client = useQueryClient();
  const path = `/evaluations/${cycleId}/official-results`;
  const query = useQuery({ queryKey: ['/evaluations', cycleId, 'official-results'], queryFn: () => api.get<OfficialComparison>(path) });
  const c = query.data;
  if (!c) return null;
  const P = (key: string, params?: Record<string, unknown>) => t(`evaluation-portal.${key}`, params);
  const compared = c.indicators.filter((i) => i.officialLevel !== null);
  return (
    <Card withBorder data-testid="official-results">
      <Stack gap="xs">
        <Group justify="space-between">
          <Text fw={600}>{P('compare.title')}</Text>
          {c.abilities.import && (
            <ExcelImport
              path={`${path}/import`}
              accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              label={P('ui.import')}
              allOrNothing
              onImported={() => client.invalidateQueries({ queryKey: ['/evaluations'] })}
            />
          )}
        </Group>
        {c.abilities.import && <Text size="sm" c="dimmed">{P('ui.importHint')}</Text>}
        {!c.imported ? (
          <Text size="sm" c="dimmed" data-testid="official-none">{P('ui.none')}</Text>
        ) : (
          <>
            <Text size="sm">
              {P('ui.importedFrom', { date: formatDate(c.imported.at), name: c.imported.byName })}{' '}
              <Anchor component="button" size="sm" onClick={() => downloadFile(`${path}/file`)}>
                {c.imported.fileName}
              </Anchor>
            </Text>
            <Group gap="xs" data-testid="official-index">
              <Badge variant="light">{P('ui.simpulIndex', { index: formatIndex(c.index.simpul, locale) })}</Badge>
              <Badge variant="light" color="grape">{P('ui.officialIndex', { index: c.index.official === null ? '–' : formatIndex(c.index.official, locale) })}</Badge>
              {c.index.difference !== null && <Badge variant="outline">{P('ui.difference', { delta: signed(c.index.difference, locale, 2) })}</Badge>}
              {c.predicate.official && <Badge variant="light" color="grape">{t(`evaluation.predicate.${c.predicate.official}`)}</Badge>}
            </Group>
            {c.index.computed && <Text size="xs" c="dimmed">{P('compare.computed')}</Text>}
            <Text size="sm" data-testid="official-summary">{P('compare.summary', c.summary)}</Text>
            <ScrollTable minWidth={520} maxHeight={360}>
              <Table striped data-testid="official-table">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{P('compare.column.code')}</Table.Th>
                    <Table.Th>{t('evaluations.column.selfLevel')}</Table.Th>
                    <Table.Th>{t('evaluations.column.verifiedLevel')}</Table.Th>
                    <Table.Th>{P('compare.column.official')}</Table.Th>
                    <Table.Th>{P('compare.column.difference')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {compared.map((i) => (
                    <Table.Tr key={i.number}>
                      <Table.Td>{i.code}</Table.Td>
                      <Table.Td>{i.selfLevel ?? '–'}</Table.Td>
                      <Table.Td>{i.verifiedLevel ?? '–'}</Table.Td>
                      <Table.Td>{i.officialLevel}</Table.Td>
                      <Table.Td>{signed(i.difference, locale)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollTable>
          </>
        )}
      </Stack>
    </Card>
  );
}

/** The whole cycle's evidence as one ZIP for the national portal. */
export function EvidencePackButton({ cycleId }: { cycleId: string }) {
  const t = useT();
  return (
    <Button variant="default" onClick={() => downloadFile(`/evaluations/${cycleId}/evidence-pack`)} data-testid="cycle-evidence-pack">
      {t('evaluation-portal.ui.cyclePack')}
    </Button>
  );
}
