import { Button, Group, SegmentedControl, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { api } from '../api/client';
import { errorProp, fieldErrorsOf, FormError } from '../components/form-errors';
import { useT } from '../i18n/i18n';
import { useEvaluationMutation, type Indicator } from './api';

const levels = ['1', '2', '3', '4', '5'];

/** The responsible agency's level 1–5 and explanation. */
export function SelfAssessmentForm({ cycleId, indicator }: { cycleId: string; indicator: Indicator }) {
  const t = useT();
  const [level, setLevel] = useState(String(indicator.selfLevel ?? ''));
  const [explanation, setExplanation] = useState(indicator.explanation ?? '');
  const save = useEvaluationMutation(() => api.put<Indicator>(`/evaluations/${cycleId}/indicators/${indicator.number}/self-assessment`, { level: Number(level), explanation }));
  const errors = fieldErrorsOf(save.error, t);
  return (
    <Stack gap="xs" data-testid="self-assessment">
      <Text fw={600}>{t('evaluations.ui.selfAssessment')}</Text>
      <FormError error={save.error} />
      <SegmentedControl data={levels.map((l) => ({ value: l, label: t('evaluation.label.levelValue', { level: l }) }))} value={level} onChange={setLevel} aria-label={t('evaluation.label.level')} />
      <Textarea label={t('evaluation.label.explanation')} value={explanation} onChange={(e) => setExplanation(e.currentTarget.value)} autosize minRows={3} {...errorProp(errors, 'explanation')} />
      <Group>
        <Button onClick={() => save.mutate(undefined)} loading={save.isPending} disabled={!level}>
          {t('common.save')}
        </Button>
        {save.isSuccess && <Text size="sm" c="teal">{t('evaluations.ui.saved')}</Text>}
      </Group>
    </Stack>
  );
}

/** Dumai 67/2022 Ps 33(5): the assessor agrees, or sets another level with a note. */
export function VerificationForm({ cycleId, indicator }: { cycleId: string; indicator: Indicator }) {
  const t = useT();
  const [decision, setDecision] = useState<'agree' | 'adjust'>('agree');
  const [level, setLevel] = useState(String(indicator.verifiedLevel ?? indicator.selfLevel ?? ''));
  const [note, setNote] = useState(indicator.verificationNote ?? '');
  const save = useEvaluationMutation(() =>
    api.put<Indicator>(`/evaluations/${cycleId}/indicators/${indicator.number}/verification`, decision === 'agree' ? { decision, note: note || null } : { decision, level: Number(level), note }),
  );
  const errors = fieldErrorsOf(save.error, t);
  return (
    <Stack gap="xs" data-testid="verification">
      <Text fw={600}>{t('evaluations.ui.verify')}</Text>
      <FormError error={save.error} />
      <SegmentedControl data={[{ value: 'agree', label: t('evaluations.ui.agree') }, { value: 'adjust', label: t('evaluations.ui.adjust') }]} value={decision} onChange={(v) => setDecision(v as 'agree' | 'adjust')} />
      {decision === 'adjust' && <SegmentedControl data={levels.map((l) => ({ value: l, label: t('evaluation.label.levelValue', { level: l }) }))} value={level} onChange={setLevel} aria-label={t('evaluations.column.verifiedLevel')} />}
      <Textarea label={t('evaluations.column.note')} value={note} onChange={(e) => setNote(e.currentTarget.value)} autosize minRows={2} {...errorProp(errors, 'note')} />
      <Group>
        <Button onClick={() => save.mutate(undefined)} loading={save.isPending}>
          {t('evaluations.ui.saveVerification')}
        </Button>
      </Group>
    </Stack>
  );
}
