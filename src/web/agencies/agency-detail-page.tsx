import { Alert, Badge, Button, Group, Loader, Paper, SimpleGrid, Stack } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { api } from '../api/client';
import { Field } from '../components/field';
import { FormError } from '../components/form-errors';
import { PageHeader } from '../components/page-header';
import { RetireButton } from '../components/retire-modal';
import { formatDate } from '../i18n/format-date';
import { useT } from '../i18n/i18n';
import { useAgency, useAllAgencies } from './api';

export function AgencyDetailPage() {
  const t = useT();
  const { id } = useParams();
  const client = useQueryClient();
  const { data: agency, error } = useAgency(id);
  const { data: all } = useAllAgencies();
  if (error) return <FormError error={error} />;
  if (!agency) return <Loader size="sm" />;
  const parent = all?.find((a) => a.id === agency.parentId);
  const children = (all ?? []).filter((a) => a.parentId === agency.id && a.status === 'active');

  return (
    <Stack>
      <PageHeader title={agency.name}>
        <Button variant="default" component={Link} to="/agencies">
          {t('common.back')}
        </Button>
        {agency.abilities.update && agency.status === 'active' && (
          <Button component={Link} to={`/agencies/${agency.id}/edit`}>
            {t('common.edit')}
          </Button>
        )}
        {agency.abilities.retire && agency.status === 'active' && (
          <RetireButton
            subject={agency.name}
            onRetire={(input) => api.post(`/agencies/${agency.id}/retire`, input)}
            onDone={() => client.invalidateQueries({ queryKey: ['/agencies'] })}
          />
        )}
      </PageHeader>
      {agency.status === 'retired' && (
        <Alert color="gray">
          {t('web.retired', { date: formatDate(agency.retiredAt), reason: agency.retiredReason ?? '' })}
        </Alert>
      )}
      <Paper withBorder p="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Field label={t('agencies.field.code')}>{agency.code}</Field>
          <Field label={t('agencies.field.kind')}>{t(`agencies.kind.${agency.kind}`)}</Field>
          <Field label={t('agencies.field.parent')}>
            {parent && (
              <Link to={`/agencies/${parent.id}`}>
                {parent.code} — {parent.name}
              </Link>
            )}
          </Field>
          <Field label={t('agencies.field.email')}>{agency.email}</Field>
          <Field label={t('agencies.field.specialRoles')}>
            <Group gap={4}>
              {agency.specialRoles.map((r) => (
                <Badge key={r} variant="light">
                  {t(`agencies.role.${r}`)}
                </Badge>
              ))}
            </Group>
          </Field>
          <Field label={t('agencies.field.ictSelfReliant')}>
            {agency.ictSelfReliant ? `${t('common.yes')}${agency.ictSelfRelianceDecree ? ` (${agency.ictSelfRelianceDecree})` : ''}` : t('common.no')}
          </Field>
          <Field label={t('web.agencies.subUnits')}>
            {children.map((c) => (
              <div key={c.id}>
                <Link to={`/agencies/${c.id}`}>
                  {c.code} — {c.name}
                </Link>
              </div>
            ))}
          </Field>
        </SimpleGrid>
      </Paper>
    </Stack>
  );
}
