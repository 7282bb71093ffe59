import { Alert, Badge, Button, FileButton, Group, Loader, Paper, SimpleGrid, Stack, Text, Textarea, Timeline, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { api, downloadFile } from '../api/client';
import { useSingleFlight } from '../components/use-single-flight';
import { Field } from '../components/field';
import { FormError } from '../components/form-errors';
import { PageHeader } from '../components/page-header';
import { formatDate, formatDateTime } from '../i18n/format-date';
import { useT } from '../i18n/i18n';
import { findTransition, useRequest, useRequestTypes, type RequestRecord } from './api';
import type { JsonSchema } from './schema-form';
import { StateBadge } from './state-badge';
import { StepButton } from './step-modal';
import { useLeaveGuard } from '../components/leave-guard';

type Values = Record<string, unknown>;

/** The entries in the order the type's schema declares them (the database keeps its own order). */
function inSchemaOrder(values: Values, schema: JsonSchema | undefined): [string, unknown][] {
  const keys = Object.keys(schema?.properties ?? {});
  const rank = (k: string) => (keys.includes(k) ? keys.indexOf(k) : keys.length);
  return Object.entries(values).sort(([a], [b]) => rank(a) - rank(b));
}

/** The form's values with their labels, nested groups flattened. */
function FieldList({ prefix, values, schema, path = [] }: { prefix: string; values: Values; schema?: JsonSchema; path?: string[] }) {
  const t = useT();
  return (
    <>
      {inSchemaOrder(values, schema).map(([key, value]) => {
        const here = [...path, key];
        if (value && typeof value === 'object') return <FieldList key={key} prefix={prefix} values={value as Values} schema={schema?.properties?.[key]} path={here} />;
        const option = `requests.option.${key}.${String(value)}`;
        const shown = t(option) === option ? String(value) : t(option);
        return (
          <Field key={here.join('.')} label={t(`${prefix}.${here.join('.')}`)}>
            {shown}
          </Field>
        );
      })}
    </>
  );
}

function Parties({ request }: { request: RequestRecord }) {
  const t = useT();
  const name = (p: RequestRecord['addressees']['to'][number]) => p.agencyName ?? t(`requests.recipient.${p.role}`);
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }}>
      <Field label={t('requests.recipient.to')}>{request.addressees.to.map(name).join(', ')}</Field>
      <Field label={t('requests.recipient.copies')}>{request.addressees.copies.map(name).join(', ')}</Field>
    </SimpleGrid>
  );
}

function Steps({ request }: { request: RequestRecord }) {
  const t = useT();
  return (
    <Timeline active={request.steps.length} bulletSize={16} lineWidth={2} data-testid="request-timeline">
      {request.steps.map((s) => (
        <Timeline.Item key={s.id} title={t(`requests.transition.${s.transition}`)}>
          <Text size="sm">
            {s.actorName} · {formatDateTime(s.at)} · {t(`requests.state.${s.to}`)}
          </Text>
          {s.reasonCode && <Text size="sm">{t(`requests.reason.${s.reasonCode}`)}</Text>}
          {s.note && (
            <Text size="sm" c="dimmed">
              {s.note}
            </Text>
          )}
          {s.outcome && <FieldList prefix="requests.outcome" values={s.outcome} />}
        </Timeline.Item>
      ))}
    </Timeline>
  );
}

function Comments({ request, onDone }: { request: RequestRecord; onDone: () => void }) {
  const t = useT();
  const [body, setBody] = useState('');
  useLeaveGuard(body, '');
  const [error, setError] = useState<unknown>(null);
  const flight = useSingleFlight();
  const send = () =>
    flight.run(async (idempotencyKey) => {
      setError(null);
      try {
        await api.post(`/requests/${request.id}/comments`, { body }, { idempotencyKey });
        setBody('');
        onDone();
      } catch (err) {
        setError(err);
      }
    });
  return (
    <Stack gap="xs">
      {request.comments.map((c) => (
        <Paper key={c.id} withBorder p="xs">
          <Text size="xs" c="dimmed">
            {c.authorName} · {formatDateTime(c.at)}
          </Text>
          <Text size="sm">{c.body}</Text>
        </Paper>
      ))}
      {request.abilities.comment && (
        <>
          <FormError error={error} />
          <Textarea aria-label={t('requests.ui.comment')} placeholder={t('requests.ui.comment')} autosize minRows={2} value={body} onChange={(e) => setBody(e.currentTarget.value)} />
          <Group justify="flex-end">
            <Button size="xs" variant="light" disabled={!body.trim()} loading={flight.busy} onClick={send}>
              {t('requests.ui.sendComment')}
            </Button>
          </Group>
        </>
      )}
    </Stack>
  );
}

function Attachments({ request, onDone }: { request: RequestRecord; onDone: () => void }) {
  const t = useT();
  const [error, setError] = useState<unknown>(null);
  const flight = useSingleFlight();
  const upload = (file: File | null) =>
    file &&
    flight.run(async (idempotencyKey) => {
      setError(null);
      try {
        await api.upload(`/requests/${request.id}/attachments`, file, undefined, {}, { idempotencyKey });
        onDone();
      } catch (err) {
        setError(err);
      }
    });
  return (
    <Stack gap="xs">
      {request.attachments.length === 0 && <Text size="sm" c="dimmed">{t('common.empty')}</Text>}
      {request.attachments.map((a) => (
        <Group key={a.id} justify="space-between">
          <Button variant="subtle" size="xs" onClick={() => downloadFile(`/requests/${request.id}/attachments/${a.id}`)}>
            {a.fileName}
          </Button>
          <Text size="xs" c="dimmed" ff="monospace">
            SHA-256 {a.sha256.slice(0, 16)}…
          </Text>
        </Group>
      ))}
      <FormError error={error} />
      {request.abilities.attach && (
        <FileButton onChange={upload}>
          {(props) => (
            <Button {...props} size="xs" variant="light" loading={flight.busy}>
              {t('requests.ui.attach')}
            </Button>
          )}
        </FileButton>
      )}
    </Stack>
  );
}

/** One request: what it asks, who it goes to, its timeline, and the steps this person may take. */
export function RequestPage() {
  const t = useT();
  const { id } = useParams();
  const client = useQueryClient();
  const { data: request, error } = useRequest(id);
  const { data: types } = useRequestTypes();
  if (error) return <FormError error={error} />;
  if (!request) return <Loader size="sm" />;
  const def = types?.find((d) => d.code === request.type);
  const refresh = () => {
    void client.invalidateQueries({ queryKey: ['/requests'] });
    void client.invalidateQueries({ queryKey: ['/inbox'] });
    void client.invalidateQueries({ queryKey: ['/notifications'] });
  };
  const steps = request.abilities.transitions.map((name) => findTransition(def, name, request.state)).filter((s) => s !== undefined);
  return (
    <Stack>
      <PageHeader
        title={
          <Group gap="sm">
            {t(`requests.type.${request.type}.name`)} {request.number}
            <StateBadge state={request.state} overdue={request.overdue} />
          </Group>
        }
      >
        <Button variant="default" component={Link} to="/requests">
          {t('common.back')}
        </Button>
        {request.abilities.letters.map((kind) => (
          <Button key={kind} variant="light" onClick={() => downloadFile(`/requests/${request.id}/letters/${kind}`)} data-testid={`letter-${kind}`}>
            {t(`requests.letter.download.${kind}`)}
          </Button>
        ))}
      </PageHeader>
      {request.decision && (
        <Alert color={request.decision === 'approved' ? 'teal' : 'red'} title={t(`requests.state.${request.state}`)} data-testid="request-decision">
          {request.reasonCode && <Text size="sm">{t(`requests.reason.${request.reasonCode}`)}</Text>}
          {request.decisionNote && <Text size="sm">{request.decisionNote}</Text>}
        </Alert>
      )}
      {steps.length > 0 && (
        <Paper withBorder p="md">
          <Group>
            {steps.map((step) =>
              step.form ? (
                <Button key={step.name} component={Link} to={`/requests/${request.id}/edit`} data-testid={`step-${step.name}`}>
                  {t(`requests.transition.${step.name}`)}
                </Button>
              ) : (
                <StepButton key={`${step.name}-${step.to}`} request={request} step={step} onDone={refresh} />
              ),
            )}
            {request.abilities.edit && (
              <Button variant="default" component={Link} to={`/requests/${request.id}/edit`}>
                {t('common.edit')}
              </Button>
            )}
          </Group>
        </Paper>
      )}
      <Paper withBorder p="md">
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
          <Field label={t('requests.ui.requester')}>
            {request.requesterName} — {request.requesterAgencyName}
          </Field>
          <Field label={t('requests.ui.submittedAt')}>{formatDate(request.submittedAt)}</Field>
          <Field label={t('requests.ui.dueAt')}>{formatDate(request.dueAt)}</Field>
          {request.stewardAgencyName && <Field label={t('requests.recipient.steward_agency')}>{request.stewardAgencyName}</Field>}
          {request.issuedNumber && <Field label={t('requests.outcome.recommendationNumber')}>{request.issuedNumber}</Field>}
          <FieldList prefix={`requests.field.${request.type}`} values={request.fields} schema={def?.form as JsonSchema | undefined} />
        </SimpleGrid>
      </Paper>
      <Paper withBorder p="md">
        <Parties request={request} />
      </Paper>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Paper withBorder p="md">
          <Title order={5} mb="sm">
            {t('requests.ui.timeline')}
          </Title>
          <Steps request={request} />
        </Paper>
        <Stack>
          <Paper withBorder p="md">
            <Title order={5} mb="sm">
              {t('requests.ui.attachments')}
            </Title>
            <Attachments request={request} onDone={refresh} />
          </Paper>
          <Paper withBorder p="md">
            <Title order={5} mb="sm">
              {t('requests.ui.comments')}
            </Title>
            <Comments request={request} onDone={refresh} />
          </Paper>
        </Stack>
      </SimpleGrid>
    </Stack>
  );
}
