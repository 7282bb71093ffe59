import { Button, Group, Radio, SegmentedControl, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { api } from '../api/client';
import { errorProp, fieldErrorsOf, FormError } from '../components/form-errors';
import { ConfirmButton } from '../components/confirm-button';
import { useT } from '../i18n/i18n';
import { useEvaluationMutation, type Indicator } from './api';
import { useLeaveGuard } from '../components/leave-guard';

const levels = ['1', '2', '3', '4', '5'];

/** The responsible agency's level 1–5, chosen against the framework's description of each level, and its explanation. */
export function SelfAssessmentForm({ cycleId, indicator }: { cycleId: string; indicator: Indicator }) {
  const t = useT();
  const [level, setLevel] = useState(String(indicator.selfLevel ?? ''));
  const [explanation, setExplanation] = useState(indicator.explanation ?? '');
  useLeaveGuard({ level, explanation }, { level: String(indicator.selfLevel ?? ''), explanation: indicator.explanation ?? '' });
  const save = useEvaluationMutation(() => api.put<Indicator>(`/evaluations/${cycleId}/indicators/${indicator.number}/self-assessment`, { level: Number(level), explanation }), { releasesLeaveGuards: true });
  const errors = fieldErrorsOf(save.error, t);
  return (
    <Stack gap="xs" data-testid="self-assessment">
      <Text fw={600}>{t('evaluations.ui.selfAssessment')}</Text>
      <FormError error={save.error} />
      <Radio.Group value={level} onChange={setLevel} label={t('evaluation.label.level')} name="level">
        <Stack gap="xs" mt="xs">
          {indicator.scale.levels.map((l) => (
            <Radio
              key={l.value}
              value={String(l.value)}
              data-testid={`level-${l.value}`}
              label={`${l.value}. ${l.name}`}
              description={indicator.criteria?.[String(l.value)] ?? t('evaluations.ui.criteriaUnknown')}
            />
          ))}
        </Stack>
      </Radio.Group>
      <Textarea label={t('evaluation.label.explanation')} value={explanation} onChange={(e) => setExplanation(e.currentTarget.value)} autosize minRows={3} {...errorProp(errors, 'explanation')} />
      <Group>
        <Button onClick={() => save.mutate(undefined)} loading={save.isPending} disabled={!level}>
          {t('evaluations.ui.saveDraft')}
        </Button>
        {save.isSuccess && <Text size="sm" c="teal">{t('evaluations.ui.saved')}</Text>}
      </Group>
    </Stack>
  );
}

/** The agency sends its saved answer to the assessors; after a return, with its answer to their note. */
export function SubmitForm({ cycleId, indicator }: { cycleId: string; indicator: Indicator }) {
  const t = useT();
  const returned = indicator.state === 'returned';
  const [note, setNote] = useState('');
  useLeaveGuard(note, '');
  const submit = useEvaluationMutation(() => api.post<Indicator>(`/evaluations/${cycleId}/indicators/${indicator.number}/submit`, { note: note || null }), { releasesLeaveGuards: true });
  return (
    <Stack gap="xs" data-testid="submit">
      {returned && <Textarea label={t('evaluations.ui.replyToReturn')} value={note} onChange={(e) => setNote(e.currentTarget.value)} autosize minRows={2} />}
      <Group>
        <ConfirmButton message={t('evaluations.ui.submitConfirm')} onConfirm={() => submit.mutateAsync(undefined)} disabled={indicator.selfLevel === null}>
          {t(returned ? 'evaluations.ui.resubmit' : 'evaluations.ui.submit')}
        </ConfirmButton>
        {indicator.selfLevel === null && <Text size="sm" c="dimmed">{t('evaluations.ui.submitNeedsLevel')}</Text>}
      </Group>
    </Stack>
  );
}

/** Dumai 67/2022 Ps 33(5): the assessor agrees, sets another level with a note, or returns the answer with a note. */
export function VerificationForm({ cycleId, indicator }: { cycleId: string; indicator: Indicator }) {
  const t = useT();
  const [decision, setDecision] = useState<'agree' | 'adjust' | 'return'>('agree');
  const [level, setLevel] = useState(String(indicator.verifiedLevel ?? indicator.selfLevel ?? ''));
  const [note, setNote] = useState(indicator.verificationNote ?? '');
  useLeaveGuard({ decision, level, note }, { decision: 'agree', level: String(indicator.verifiedLevel ?? indicator.selfLevel ?? ''), note: indicator.verificationNote ?? '' });
  const base = `/evaluations/${cycleId}/indicators/${indicator.number}`;
  const save = useEvaluationMutation(() =>
    decision === 'return'
      ? api.post<Indicator>(`${base}/return`, { note })
      : api.put<Indicator>(`${base}/verification`, decision === 'agree' ? { decision, note: note || null } : { decision, level: Number(level), note }),
    { releasesLeaveGuards: true },
  );
  const errors = fieldErrorsOf(save.error, t);
  return (
    <Stack gap="xs" data-testid="verification">
      <Text fw={600}>{t('evaluations.ui.verify')}</Text>
      <FormError error={save.error} />
      <SegmentedControl
        data={[
          { value: 'agree', label: t('evaluations.ui.agree') },
          { value: 'adjust', label: t('evaluations.ui.adjust') },
          { value: 'return', label: t('evaluations.ui.returnToAgency') },
        ]}
        value={decision}
        onChange={(v) => setDecision(v as 'agree' | 'adjust' | 'return')}
      />
      {decision === 'adjust' && <SegmentedControl data={levels.map((l) => ({ value: l, label: t('evaluation.label.levelValue', { level: l }) }))} value={level} onChange={setLevel} aria-label={t('evaluations.column.verifiedLevel')} />}
      <Textarea label={t('evaluations.column.note')} value={note} onChange={(e) => setNote(e.currentTarget.value)} autosize minRows={2} {...errorProp(errors, 'note')} />
      <Group>
        <Button onClick={() => save.mutate(undefined)} loading={save.isPending} color={decision === 'return' ? 'red' : undefined}>
          {t(decision === 'return' ? 'evaluations.ui.returnToAgency' : 'evaluations.ui.saveVerification')}
        </Button>
      </Group>
    </Stack>
  );
}
