import { Alert, Anchor, Card, Group, List, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { useI18n, useT } from '../i18n/i18n';
import { formatIndex } from '../../shared/format-index';
import { useResults, type Results } from './api';
import { BarChart, ChartLegend, RadarChart, finalColor, selfColor } from './charts';
import { WhatIfPanel } from './what-if-panel';
import { UncertainMark } from './uncertain-mark';
import { ScrollTable } from '../components/scroll-table';
import { EvidencePackButton, OfficialResultsPanel } from './official-results-panel';

function Comparison({ results }: { results: Results }) {
  const t = useT();
  const { locale } = useI18n();
  return (
    <Card withBorder>
      <Stack gap="xs">
        <Text fw={600}>{t('evaluations.ui.history')}</Text>
        <ScrollTable>
          <Table>
            <Table.Tbody>
              {results.history.map((h) => (
                <Table.Tr key={h.year}>
                  <Table.Td>{h.year}</Table.Td>
                  <Table.Td>{formatIndex(h.index, locale)}{!h.complete && ` (${t('evaluations.ui.provisionalShort')})`}</Table.Td>
                  <Table.Td>
                    {t(`evaluation.predicate.${h.predicate}`)} <UncertainMark uncertain={h.uncertain} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
        {results.comparison && (
          <Text size="sm" data-testid="comparison">
            {t('evaluation.compare.title', { previous: results.comparison.previousYear, current: results.year })}: {formatIndex(results.comparison.indexDelta, locale, 2, true)}
            {!results.comparison.sameFramework && ` — ${t('evaluation.compare.frameworkChanged')}`}
          </Text>
        )}
      </Stack>
    </Card>
  );
}

/** Index, predicate, radar per aspect, bar per indicator, what-if, priorities and earlier years. */
export function ResultsPage() {
  const t = useT();
  const { locale } = useI18n();
  const { id } = useParams();
  const results = useResults(id);
  if (!results.data) return null;
  const r = results.data;
  const fw = r.frameworkId;
  return (
    <Stack>
      <Anchor component={Link} to={`/evaluations/${r.cycleId}`} size="sm">
        ← {t('common.back')}
      </Anchor>
      <Title order={1} size="h2">{t('evaluations.ui.resultsTitle', { year: r.year })}</Title>
      {r.uncertain.framework && <Alert color="orange" data-testid="uncertain-banner">{t('evaluation.uncertain.frameworkBanner')}</Alert>}
      {!r.complete && <Alert color="yellow">{t('evaluations.results.provisional', { count: r.missing.length })}</Alert>}
      <Group>
        <Card withBorder>
          <Text size="sm" c="dimmed">{t('evaluation.label.spbeIndex')}</Text>
          <Group gap="xs">
            <Text fz={36} fw={700} data-testid="index">{formatIndex(r.final.index.reported, locale)}</Text>
            <UncertainMark uncertain={r.uncertain.index ?? r.uncertain.framework} />
          </Group>
          <Group gap="xs">
            <Text data-testid="predicate">{t(`evaluation.predicate.${r.final.predicate.key}`)}</Text>
            <UncertainMark uncertain={r.uncertain.predicate} />
          </Group>
        </Card>
        <Card withBorder>
          <Text size="sm" c="dimmed">{t('evaluations.pdf.legendSelf')}</Text>
          <Text fz={24} data-testid="self-index">{formatIndex(r.selfAssessed.index.reported, locale)}</Text>
          <Text>{t(`evaluation.predicate.${r.selfAssessed.predicate.key}`)}</Text>
        </Card>
        {r.final.domains.map((d) => (
          <Card withBorder key={d.number}>
            <Text size="sm" c="dimmed">{t(`evaluation.domain.${fw}.${d.number}`)}</Text>
            <Text fz={20}>{formatIndex(d.value.reported, locale)}</Text>
          </Card>
        ))}
      </Group>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Card withBorder>
          <Text fw={600}>{t('evaluations.pdf.radarTitle')}</Text>
          <RadarChart
            title={t('evaluations.pdf.radarTitle')}
            labels={r.final.aspects.map((a) => String(a.number))}
            series={[
              { name: 'self', color: selfColor, values: r.selfAssessed.aspects.map((a) => a.value.exact) },
              { name: 'final', color: finalColor, values: r.final.aspects.map((a) => a.value.exact) },
            ]}
          />
          <List size="xs">
            {r.final.aspects.map((a) => (
              <List.Item key={a.number}>
                {a.number}. {t(`evaluation.aspect.${fw}.${a.number}`)}: {formatIndex(a.value.reported, locale)} <UncertainMark uncertain={r.uncertain.aspects.find((u) => u.number === a.number)?.uncertain ?? null} />
              </List.Item>
            ))}
          </List>
          <ChartLegend />
        </Card>
        <Stack>
          <WhatIfPanel results={r} />
          <Card withBorder>
            <Text fw={600}>{t('evaluation.priority.title')}</Text>
            {r.priorities.length === 0 && <Text size="sm">{t('evaluation.priority.none')}</Text>}
            <List size="sm" data-testid="priorities">
              {r.priorities.slice(0, 8).map((p) => (
                <List.Item key={p.indicator}>
                  {t('evaluation.priority.item', { indicator: p.indicator, current: p.currentLevel, next: p.nextLevel, gain: formatIndex(p.gain, locale, 3) })} <UncertainMark uncertain={p.uncertain} />
                </List.Item>
              ))}
            </List>
          </Card>
          <Comparison results={r} />
        </Stack>
      </SimpleGrid>
      <OfficialResultsPanel cycleId={r.cycleId} />
      <Group>
        <EvidencePackButton cycleId={r.cycleId} />
      </Group>
      <Card withBorder>
        <Text fw={600}>{t('evaluations.pdf.barTitle')}</Text>
        <BarChart title={t('evaluations.pdf.barTitle')} items={r.indicators.map((i) => ({ label: String(i.number), before: i.selfLevel, after: i.finalLevel }))} />
        <ChartLegend />
      </Card>
    </Stack>
  );
}
