import { Alert, Badge, Button, Group, Loader, Paper, SimpleGrid, Stack, Tabs } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { Link, useParams, useSearchParams } from 'react-router';
import { api } from '../api/client';
import { Field } from '../components/field';
import { FormError } from '../components/form-errors';
import { HistoryTab } from '../components/history-tab';
import { PageHeader } from '../components/page-header';
import { RetireButton } from '../components/retire-modal';
import { formatDate } from '../i18n/format-date';
import { useT } from '../i18n/i18n';
import { useApplication, type Application } from './api';
import { HandoverChecklist } from './handover-checklist';

function Details({ app }: { app: Application }) {
  const t = useT();
  const yesNo = (b: boolean) => t(b ? 'common.yes' : 'common.no');
  const conditions = app.specificConditions;
  return (
    <Paper withBorder p="md">
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
        <Field label={t('applications.field.ownerAgency')}>{app.ownerAgencyName}</Field>
        <Field label={t('applications.field.operatorAgency')}>{app.operatorAgencyName}</Field>
        <Field label={t('applications.field.kind')}>{t(`applications.kind.${app.kind}`)}</Field>
        <Field label={t('applications.field.commonCategory')}>{app.commonCategory && t(`applications.commonCategory.${app.commonCategory}`)}</Field>
        <Field label={t('applications.field.businessFunction')}>{app.businessFunction}</Field>
        <Field label={t('applications.field.stage')}>{t(`applications.stage.${app.stage}`)}</Field>
        <Field label={t('applications.field.platforms')}>{app.platforms.map((p) => t(`applications.platform.${p}`)).join(', ')}</Field>
        <Field label={t('applications.field.url')}>{app.url && <a href={app.url} target="_blank" rel="noreferrer">{app.url}</a>}</Field>
        <Field label={t('applications.field.subdomain')}>{app.subdomain}</Field>
        <Field label={t('applications.field.hosting')}>{app.hosting && t(`applications.hosting.${app.hosting}`)}</Field>
        <Field label={t('applications.field.repositoryLocation')}>{app.repositoryLocation}</Field>
        <Field label={t('applications.field.licence')}>{app.licence}</Field>
        <Field label={t('applications.field.copyrightOwner')}>{app.copyrightOwner}</Field>
        <Field label={t('applications.field.fundingSource')}>{app.fundingSource && t(`applications.funding.${app.fundingSource}`)}</Field>
        <Field label={t('applications.field.supplier')}>{app.supplier && t(`applications.supplier.${app.supplier}`)}</Field>
        <Field label={t('applications.field.sso')}>{yesNo(app.sso)}</Field>
        <Field label={t('applications.field.ictOfficeSuperAdmin')}>{yesNo(app.ictOfficeSuperAdmin)}</Field>
        <Field label={t('applications.field.hasCertificate')}>{app.hasCertificate ? `${yesNo(true)}${app.certificateExpiresAt ? ` (${formatDate(app.certificateExpiresAt)})` : ''}` : yesNo(false)}</Field>
        <Field label={t('applications.field.apisProvided')}>{app.apisProvided.join(', ')}</Field>
        <Field label={t('applications.field.apisUsed')}>{app.apisUsed.join(', ')}</Field>
        <Field label={t('applications.field.lastServiceEvaluationAt')}>{formatDate(app.lastServiceEvaluationAt)}</Field>
        <Field label={t('applications.field.recommendationRef')}>{app.recommendationRef}</Field>
        <Field label={t('applications.field.description')}>{app.description}</Field>
        {app.duplicateJustification && <Field label={t('applications.field.duplicateJustification')}>{app.duplicateJustification}</Field>}
        {conditions && (
          <Field label={t('applications.field.specificConditions')}>
            {(Object.keys(conditions) as (keyof typeof conditions)[]).map((k) => (
              <div key={k}>
                {conditions[k] ? '☑' : '☐'} {t(`applications.condition.${k}`)}
              </div>
            ))}
          </Field>
        )}
      </SimpleGrid>
    </Paper>
  );
}

export function ApplicationDetailPage() {
  const t = useT();
  const { id } = useParams();
  // ?tab=handover: compliance findings link straight to the checklist
  const [searchParams] = useSearchParams();
  const client = useQueryClient();
  const { data: app, error } = useApplication(id);
  if (error) return <FormError error={error} />;
  if (!app) return <Loader size="sm" />;
  const active = app.status === 'active';
  return (
    <Stack>
      <PageHeader
        title={
          <Group gap="sm">
            {app.name}
            <Badge color={active ? 'teal' : 'gray'} variant="light">
              {t(`common.status.${app.status}`)}
            </Badge>
          </Group>
        }
      >
        <Button variant="default" component={Link} to="/applications">
          {t('common.back')}
        </Button>
        {app.abilities.update && active && (
          <Button component={Link} to={`/applications/${app.id}/edit`}>
            {t('common.edit')}
          </Button>
        )}
        {app.abilities.retire && active && (
          <RetireButton subject={app.name} onRetire={(input) => api.post(`/applications/${app.id}/retire`, input)} onDone={() => client.invalidateQueries({ queryKey: ['/applications'] })} />
        )}
      </PageHeader>
      {!active && <Alert color="gray">{t('web.retired', { date: formatDate(app.retiredAt), reason: app.retiredReason ?? '' })}</Alert>}
      <Tabs defaultValue={searchParams.get('tab') ?? 'details'} keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="details">{t('common.details')}</Tabs.Tab>
          <Tabs.Tab value="handover">{t('applications.handover.title')}</Tabs.Tab>
          <Tabs.Tab value="history">{t('common.history')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="details">
          <Details app={app} />
        </Tabs.Panel>
        <Tabs.Panel value="handover">
          <HandoverChecklist app={app} />
        </Tabs.Panel>
        <Tabs.Panel value="history">
          <HistoryTab path={`/applications/${app.id}/history`} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
