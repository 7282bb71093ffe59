import { Accordion, Anchor, Group, List, Progress, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { ComplianceReport } from '../../shared/compliance';
import { useT } from '../i18n/i18n';
import { obligationPath } from './api';
import { RecordLink } from './record-link';

function percent(share: number | null): string {
  return share === null ? '–' : `${Math.round(share * 100)}%`;
}

/** Per agency: the share of measurable obligations met, and what is not met with what to do. */
export function AgencyTable({ report, date }: { report: ComplianceReport; date: string }) {
  const t = useT();
  const agencies = [...report.agencies].sort((a, b) => (a.shareMet ?? 2) - (b.shareMet ?? 2) || a.name.localeCompare(b.name));
  if (agencies.length === 0) return <Text c="dimmed">{t('common.empty')}</Text>;
  return (
    <Accordion multiple variant="separated">
      {agencies.map((a) => (
        <Accordion.Item key={a.agencyId} value={a.agencyId} data-agency={a.name}>
          <Accordion.Control disabled={a.notMet.length === 0}>
            <Group justify="space-between" wrap="nowrap">
              <Text fw={500}>{a.name}</Text>
              <Group gap="sm" wrap="nowrap" w={320}>
                <Progress value={(a.shareMet ?? 0) * 100} color={a.shareMet === 1 ? 'teal' : 'orange'} w={140} aria-label={t('compliance-ui.column.shareMet')} />
                <Text size="sm" w={150}>
                  {t('compliance-ui.agencyShare', { share: percent(a.shareMet), met: a.met, counted: a.counted })}
                </Text>
              </Group>
            </Group>
          </Accordion.Control>
          <Accordion.Panel>
            <Stack gap="sm">
              {a.notMet.map((gap) => (
                <div key={gap.obligationId}>
                  <Anchor component={Link} to={obligationPath(gap.obligationId, date)} size="sm" fw={600}>
                    {gap.citation.label}
                  </Anchor>
                  <List size="sm" spacing={2}>
                    {gap.findings.map((f, i) => (
                      <List.Item key={i}>
                        {f.message} <RecordLink finding={f} />
                      </List.Item>
                    ))}
                  </List>
                  <Text size="sm" c="dimmed">
                    {t('compliance-ui.remedy', { remedy: gap.remedy })}
                  </Text>
                </div>
              ))}
            </Stack>
          </Accordion.Panel>
        </Accordion.Item>
      ))}
    </Accordion>
  );
}
