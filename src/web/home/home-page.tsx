import { Alert, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { panelsOfAudience, type HomePanel } from '../../shared/home';
import { useSession } from '../api/session';
import { formatDate } from '../i18n/format-date';
import { useT } from '../i18n/i18n';
import { useHome, type Home } from './api';
import { AuditChainPanel } from './audit-chain-panel';
import { CalendarPanel, CompliancePanel, FindingsPanel, ObligationsPanel } from './compliance-panels';
import { IndexPanel, IndicatorsPanel, ProgressPanel } from './evaluation-panels';
import { CertificatesPanel, ReportsPanel, ReturnedPanel } from './registry-panels';
import { RequestListPanel } from './request-panel';

/** The panel for one key of the server's answer, or nothing when the answer has no such panel. */
function renderPanel(home: Home, panel: HomePanel, t: ReturnType<typeof useT>): ReactNode {
  switch (panel) {
    case 'requestsToAct':
      return home.requestsToAct && <RequestListPanel id={panel} title={t('home.panel.requestsToAct')} list={home.requestsToAct} seeAll="/requests?box=to_act" />;
    case 'overdueRequests':
      return home.overdueRequests && <RequestListPanel id={panel} title={t('home.panel.overdueRequests')} list={home.overdueRequests} seeAll="/requests?box=overdue" />;
    case 'dataUseDecisions':
      return home.dataUseDecisions && <RequestListPanel id={panel} title={t('home.panel.dataUseDecisions')} list={home.dataUseDecisions} seeAll="/requests?box=to_act&type=data_access" />;
    case 'myRequests':
      return home.myRequests && <RequestListPanel id={panel} title={t('home.panel.myRequests')} list={home.myRequests} seeAll="/requests?box=mine" />;
    case 'compliance':
      return home.compliance && <CompliancePanel compliance={home.compliance} />;
    case 'findingsByAgency':
      return home.findingsByAgency && <FindingsPanel findings={home.findingsByAgency} />;
    case 'agencyObligations':
      return home.agencyObligations && <ObligationsPanel obligations={home.agencyObligations} />;
    case 'dueCalendar':
      return home.dueCalendar && <CalendarPanel calendar={home.dueCalendar} />;
    case 'expiringCertificates':
      return home.expiringCertificates && <CertificatesPanel certificates={home.expiringCertificates} />;
    case 'evaluationIndex':
      return home.evaluationIndex && <IndexPanel index={home.evaluationIndex} />;
    case 'evaluationProgress':
      return home.evaluationProgress !== undefined && <ProgressPanel progress={home.evaluationProgress} />;
    case 'indicatorsToFill':
      return home.indicatorsToFill !== undefined && <IndicatorsPanel id={panel} indicators={home.indicatorsToFill} mode="fill" />;
    case 'verificationsWaiting':
      return home.verificationsWaiting !== undefined && <IndicatorsPanel id={panel} indicators={home.verificationsWaiting} mode="verify" />;
    case 'returnedItems':
      return home.returnedItems && <ReturnedPanel returned={home.returnedItems} />;
    case 'overdueReports':
      return home.overdueReports && <ReportsPanel reports={home.overdueReports} />;
    case 'auditChain':
      return home.auditChain && <AuditChainPanel />;
  }
}

/**
 * The landing page: "what needs me today, and how are we doing", one section per home the
 * person's roles give them (the server decides which panels, and fills them).
 */
export function HomePage() {
  const t = useT();
  const { data: session } = useSession();
  const home = useHome();
  const shown = new Set<HomePanel>();
  return (
    <Stack gap="lg">
      <Stack gap={2}>
        <Title order={1} size="h2">
          {t('home.welcome', { name: session?.user.name ?? '' })}
        </Title>
        {home.data && (
          <Text size="sm" c="gray.7">
            {t('home.asOf', { date: formatDate(home.data.asOf) })}
          </Text>
        )}
      </Stack>
      {home.isPending && <Loader />}
      {home.isError && <Alert color="red">{t('home.loadError')}</Alert>}
      {home.data && home.data.audiences.length === 0 && <Text>{t('home.noPanels')}</Text>}
      {home.data?.audiences.map((audience) => {
        const panels = panelsOfAudience[audience].filter((p) => !shown.has(p));
        panels.forEach((p) => shown.add(p));
        if (panels.length === 0) return null;
        return (
          <Stack key={audience} gap="sm" component="section" aria-labelledby={`audience-${audience}`} data-testid={`audience-${audience}`}>
            <Title order={2} size="h3" id={`audience-${audience}`}>
              {t(`home.audience.${audience}`)}
            </Title>
            <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
              {panels.map((p) => (
                <div key={p} style={{ minWidth: 0 }}>
                  {renderPanel(home.data, p, t)}
                </div>
              ))}
            </SimpleGrid>
          </Stack>
        );
      })}
    </Stack>
  );
}
