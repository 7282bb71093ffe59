import { Button, Checkbox, FileInput, Group, Loader, Paper, Select, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { api } from '../api/client';
import { newIdempotencyKey } from '../components/use-submit-mutation';
import { useSession } from '../api/session';
import { agencyOptions, useAllAgencies } from '../agencies/api';
import { ConfirmButton } from '../components/confirm-button';
import { fieldErrorsOf, FormError, labelsFrom } from '../components/form-errors';
import { releaseLeaveGuards, useLeaveGuard } from '../components/leave-guard';
import { PageHeader } from '../components/page-header';
import { useT } from '../i18n/i18n';
import { findTransition, useRequest, useRequestTypes, type RequestRecord } from './api';
import { SchemaForm, type JsonSchema } from './schema-form';

type Values = Record<string, unknown>;

/**
 * Filing a request: choose the type, fill the form its declaration asks for, attach the
 * documents, acknowledge the statements, then save as a draft or submit. The same page edits
 * a draft or a request returned for revision (`/requests/:id/edit`).
 */
export function RequestFormPage() {
  const t = useT();
  const { id } = useParams();
  const navigate = useNavigate();
  const client = useQueryClient();
  const { data: session } = useSession();
  const { data: types } = useRequestTypes();
  const { data: agencies } = useAllAgencies();
  const { data: existing } = useRequest(id);
  const [type, setType] = useState<string | null>(null);
  const [fields, setFields] = useState<Values>({});
  const [stewardAgencyId, setSteward] = useState<string | null>(null);
  const [requesterAgencyId, setRequesterAgency] = useState<string | null>(null);
  const [files, setFiles] = useState<File[]>([]);
  const [statements, setStatements] = useState<string[]>([]);
  const [draftId, setDraftId] = useState<string | undefined>(id);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!existing) return;
    setType(existing.type);
    setFields(existing.fields);
    setSteward(existing.stewardAgencyId);
  }, [existing]);

  const filingAgencies = [...new Set((session?.roles ?? []).filter((g) => g.agencyId && (g.role === 'agency_operator' || g.role === 'agency_head')).map((g) => g.agencyId!))];
  const def = types?.find((d) => d.code === type);
  const state = existing?.state ?? 'draft';
  const submitStep = findTransition(def, state === 'returned' ? 'resubmit' : 'submit', state);
  const errors = fieldErrorsOf(error, t);
  const labelOf = labelsFrom(t, def ? `requests.field.${def.code}` : 'requests.ui');
  // typed work is kept: the stored request (or an empty new one) is what "unchanged" means
  useLeaveGuard({ type, fields, stewardAgencyId, files: files.length, statements }, existing ? { type: existing.type, fields: existing.fields, stewardAgencyId: existing.stewardAgencyId, files: 0, statements: [] } : { type: null, fields: {}, stewardAgencyId: null, files: 0, statements: [] });

  // one save at a time (a double click on "buat permohonan" makes one request), and each write of
  // one save carries a key of that save, so a repeat that still got through writes nothing twice
  const inFlight = useRef(false);
  async function save(submit: boolean) {
    if (!def || inFlight.current) return;
    inFlight.current = true;
    const key = newIdempotencyKey();
    setBusy(true);
    setError(null);
    try {
      let record: RequestRecord;
      if (draftId) record = await api.patch<RequestRecord>(`/requests/${draftId}`, { fields, ...(def.needsSteward && { stewardAgencyId }) });
      else {
        record = await api.post<RequestRecord>(
          '/requests',
          {
            type: def.code,
            fields,
            ...(def.needsSteward && { stewardAgencyId }),
            ...(requesterAgencyId && { requesterAgencyId }),
          },
          { idempotencyKey: `${key}-create` },
        );
        // the draft exists from here on: a failed submission keeps it, and the address becomes
        // the draft's, so a reload or back and forward come back to it rather than leave it stray
        setDraftId(record.id);
        window.history.replaceState(window.history.state, '', `/requests/${record.id}/edit`);
      }
      for (const [i, file] of files.entries()) await api.upload(`/requests/${record.id}/attachments`, file, undefined, {}, { idempotencyKey: `${key}-file-${i}` });
      setFiles([]);
      if (submit && submitStep) await api.post(`/requests/${record.id}/steps`, { transition: submitStep.name, acknowledgedStatements: statements }, { idempotencyKey: `${key}-submit` });
      await client.invalidateQueries({ queryKey: ['/requests'] });
      await client.invalidateQueries({ queryKey: ['/inbox'] });
      releaseLeaveGuards();
      navigate(`/requests/${record.id}`);
    } catch (err) {
      setError(err);
      // the confirmation dialog shows the server's answer too
      if (submit) throw err;
    } finally {
      inFlight.current = false;
      setBusy(false);
    }
  }

  if (id && !existing) return <Loader size="sm" />;
  return (
    <Stack>
      <PageHeader title={existing ? `${t(`requests.type.${existing.type}.name`)} ${existing.number ?? ''}` : t('requests.ui.new')}>
        <Button variant="default" component={Link} to={id ? `/requests/${id}` : '/requests'}>
          {t('common.back')}
        </Button>
      </PageHeader>
      <Paper withBorder p="md">
        <Stack>
          <FormError error={error} labelOf={labelOf} />
          {!id && (
            <Select
              label={t('requests.ui.type')}
              id="request-type"
              required
              data={(types ?? []).map((d) => ({ value: d.code, label: t(`requests.type.${d.code}.name`) }))}
              value={type}
              onChange={(v) => {
                setType(v);
                setFields({});
                setStatements([]);
              }}
            />
          )}
          {def && <Text size="sm" c="dimmed">{t(`requests.type.${def.code}.description`)}</Text>}
          {!id && filingAgencies.length > 1 && (
            <Select
              label={t('requests.ui.requesterAgency')}
              required
              data={agencyOptions(agencies).filter((o) => filingAgencies.includes(o.value))}
              value={requesterAgencyId}
              onChange={setRequesterAgency}
              error={errors.requesterAgencyId}
            />
          )}
          {def?.needsSteward && (
            <Select
              label={t('requests.recipient.steward_agency')}
              id="request-steward"
              required
              searchable
              data={agencyOptions(agencies)}
              value={stewardAgencyId}
              onChange={setSteward}
              error={errors.stewardAgencyId}
            />
          )}
          {def && <SchemaForm schema={def.form as JsonSchema} values={fields} onChange={setFields} labelPrefix={`requests.field.${def.code}`} errors={errors} idPrefix="field" />}
          {def && (
            <FileInput
              label={t('requests.ui.attachments')}
              description={submitStep?.attachments ? t('requests.ui.attachmentsRequired', { count: submitStep.attachments }) : undefined}
              multiple
              clearable
              value={files}
              onChange={setFiles}
              error={errors.attachments}
            />
          )}
          {submitStep?.statements.map((code) => (
            <Checkbox
              key={code}
              id={`statement-${code}`}
              label={t(`requests.statement.${code}`)}
              checked={statements.includes(code)}
              onChange={(e) => setStatements(e.currentTarget.checked ? [...statements, code] : statements.filter((s) => s !== code))}
              error={errors.acknowledgedStatements}
            />
          ))}
          <Group justify="flex-end">
            <Button variant="default" disabled={!def} loading={busy} onClick={() => save(false)}>
              {t('requests.ui.saveDraft')}
            </Button>
            {submitStep && (
              <ConfirmButton disabled={!def} loading={busy} message={t('requests.ui.confirm.submit')} confirmLabel={t(`requests.transition.${submitStep.name}`)} onConfirm={() => save(true)} labelOf={labelOf} data-testid="request-submit">
                {t(`requests.transition.${submitStep.name}`)}
              </ConfirmButton>
            )}
          </Group>
        </Stack>
      </Paper>
    </Stack>
  );
}
