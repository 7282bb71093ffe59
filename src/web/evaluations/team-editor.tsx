import { Anchor, Button, FileButton, Group, MultiSelect, Stack, Text, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { z } from 'zod';
import type { TeamCandidate } from '../../shared/evaluations';
import { api, downloadFile } from '../api/client';
import { errorProp, fieldErrorsOf, FormError } from '../components/form-errors';
import { useT } from '../i18n/i18n';
import { formatDate } from '../i18n/format-date';
import { useEvaluationMutation, type Cycle } from './api';
import { DateField } from '../components/date-field';
import { todayIso } from '../i18n/format-date';
import { useLeaveGuard } from '../components/leave-guard';

type Team = Cycle['teams'][number];

/** Dumai 67/2022 Ps 33(4)–(5): a team's members, its decree number and date (not in the future), and the decree file. */
function TeamForm({ cycle, team, candidates }: { cycle: Cycle; team: Team; candidates: z.infer<typeof TeamCandidate>[] }) {
  const t = useT();
  const [members, setMembers] = useState(team.members.map((m) => m.userId));
  const [decreeNumber, setNumber] = useState(team.decreeNumber ?? '');
  const [decreeDate, setDate] = useState(team.decreeDate ?? '');
  // the members, number or date changed and not saved are typed work; the saved team is the baseline
  useLeaveGuard({ members: [...members].sort(), decreeNumber, decreeDate }, { members: team.members.map((m) => m.userId).sort(), decreeNumber: team.decreeNumber ?? '', decreeDate: team.decreeDate ?? '' });
  const path = `/evaluations/${cycle.id}/teams/${team.kind}`;
  const save = useEvaluationMutation(() => api.put<Cycle>(path, { memberUserIds: members, decreeNumber: decreeNumber || null, decreeDate: decreeDate || null }), { releasesLeaveGuards: true });
  const upload = useEvaluationMutation((file: File, submission) => api.upload<Cycle>(`${path}/decree-file`, file, undefined, {}, submission));
  const errors = fieldErrorsOf(save.error, t);
  return (
    <Stack gap="xs" data-testid={`team-${team.kind}`}>
      <Text fw={600}>{t(`evaluations.team.${team.kind}`)}</Text>
      <FormError error={save.error ?? upload.error} />
      <MultiSelect
        label={t('evaluations.ui.teamMembers')}
        data={candidates.map((c) => ({ value: c.userId, label: `${c.name} (${c.email})` }))}
        value={members}
        onChange={setMembers}
        searchable
        {...errorProp(errors, 'memberUserIds')}
      />
      <Group grow>
        <TextInput label={t('evaluations.ui.decreeNumber')} value={decreeNumber} onChange={(e) => setNumber(e.currentTarget.value)} {...errorProp(errors, 'decreeNumber')} />
        <DateField label={t('evaluations.ui.decreeDate')} value={decreeDate} max={todayIso()} onChange={setDate} {...errorProp(errors, 'decreeDate')} />
      </Group>
      <Group>
        <Button onClick={() => save.mutate(undefined)} loading={save.isPending}>
          {t('common.save')}
        </Button>
        <FileButton onChange={(file) => file && upload.mutate(file)} accept="application/pdf">
          {(props) => (
            <Button variant="light" loading={upload.isPending} {...props}>
              {t('evaluations.ui.uploadDecree')}
            </Button>
          )}
        </FileButton>
        {team.decreeFile && (
          <Anchor component="button" onClick={() => downloadFile(`${path}/decree-file`)}>
            {team.decreeFile.fileName}
          </Anchor>
        )}
        {save.isSuccess && <Text size="sm" c="teal">{t('evaluations.ui.saved')}</Text>}
      </Group>
    </Stack>
  );
}

/** The two teams, read-only for everyone, editable for the coordinator. */
export function TeamsPanel({ cycle }: { cycle: Cycle }) {
  const t = useT();
  const candidates = useQuery({
    queryKey: ['/evaluations', cycle.id, 'team-candidates'],
    queryFn: () => api.get<z.infer<typeof TeamCandidate>[]>(`/evaluations/${cycle.id}/team-candidates`),
    enabled: cycle.abilities.manage,
  });
  if (cycle.abilities.manage && candidates.data) {
    return (
      <Stack gap="xl">
        {cycle.teams.map((team) => (
          <TeamForm key={`${team.kind}-${team.decreeNumber}-${team.decreeDate}-${team.members.length}`} cycle={cycle} team={team} candidates={candidates.data} />
        ))}
      </Stack>
    );
  }
  return (
    <Stack>
      {cycle.teams.map((team) => (
        <Stack key={team.kind} gap={2} data-testid={`team-${team.kind}`}>
          <Text fw={600}>{t(`evaluations.team.${team.kind}`)}</Text>
          <Text size="sm">{team.members.map((m) => m.name).join(', ') || '–'}</Text>
          <Text size="sm" c="dimmed">
            {team.decreeNumber ? t('evaluations.ui.decree', { number: team.decreeNumber, date: formatDate(team.decreeDate) }) : t('evaluations.ui.noDecree')}
          </Text>
        </Stack>
      ))}
    </Stack>
  );
}
