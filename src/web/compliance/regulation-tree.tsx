import { Accordion, Anchor, Group, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { ComplianceReport } from '../../shared/compliance';
import { useT } from '../i18n/i18n';
import { obligationPath } from './api';
import { StatusBadge, StatusCountBadges } from './status-badge';
import { ScrollTable } from '../components/scroll-table';
import { formatDate } from '../i18n/format-date';
import { regulationName } from '../i18n/regulation-name';

/** Regulation → chapter → obligation, each level with its counts by status. */
export function RegulationTree({ report, date }: { report: ComplianceReport; date: string }) {
  const t = useT();
  return (
    <Accordion multiple defaultValue={report.regulations.map((r) => r.regulation)} variant="separated">
      {report.regulations.map((r) => (
        <Accordion.Item key={r.regulation} value={r.regulation}>
          <Accordion.Control>
            <Group justify="space-between" wrap="wrap">
              <Text fw={600}>{regulationName(t, r.regulation)}</Text>
              <Group gap={4}>
                <StatusCountBadges counts={r.counts} />
              </Group>
            </Group>
          </Accordion.Control>
          <Accordion.Panel>
            <Accordion multiple variant="contained">
              {r.chapters.map((c) => (
                <Accordion.Item key={c.chapter} value={c.chapter}>
                  <Accordion.Control>
                    <Group justify="space-between" wrap="wrap">
                      <Text size="sm">{c.chapter}</Text>
                      <Group gap={4}>
                        <StatusCountBadges counts={c.counts} />
                      </Group>
                    </Group>
                  </Accordion.Control>
                  <Accordion.Panel>
                    <ScrollTable minWidth={700}>
                      <Table>
                        <Table.Thead>
                          <Table.Tr>
                            <Table.Th>{t('compliance-ui.column.citation')}</Table.Th>
                            <Table.Th>{t('compliance-ui.column.obligation')}</Table.Th>
                            <Table.Th>{t('compliance-ui.column.status')}</Table.Th>
                            <Table.Th>{t('compliance-ui.column.findings')}</Table.Th>
                          </Table.Tr>
                        </Table.Thead>
                        <Table.Tbody>
                          {c.obligations.map((o) => (
                            <Table.Tr key={o.id} data-obligation={o.id}>
                              <Table.Td>
                                <Anchor component={Link} to={obligationPath(o.id, date)} size="sm">
                                  {o.citation.label}
                                </Anchor>
                              </Table.Td>
                              <Table.Td>
                                <Text size="sm">{o.excerpt}</Text>
                                {o.interpretation && (
                                  <Text size="xs" c="dark.4" fs="italic" title={o.interpretation}>
                                    {t('compliance-ui.interpretation.marker')}
                                  </Text>
                                )}
                              </Table.Td>
                              <Table.Td>
                                <StatusBadge status={o.status} />
                                {o.dueDate && (
                                  <Text size="xs" c="dimmed">
                                    {formatDate(o.dueDate)}
                                  </Text>
                                )}
                                {o.needs && (
                                  <Text size="xs" c="dimmed">
                                    {t('compliance-ui.needs', { capability: t(`compliance-ui.capability.${o.needs}`) })}
                                  </Text>
                                )}
                              </Table.Td>
                              <Table.Td>{o.status === 'not_met' ? o.findings : ''}</Table.Td>
                            </Table.Tr>
                          ))}
                        </Table.Tbody>
                      </Table>
                    </ScrollTable>
                  </Accordion.Panel>
                </Accordion.Item>
              ))}
            </Accordion>
          </Accordion.Panel>
        </Accordion.Item>
      ))}
    </Accordion>
  );
}
