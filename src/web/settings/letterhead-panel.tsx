import { Button, FileInput, Group, Image, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback, useState, type FormEvent } from 'react';
import { api, request } from '../api/client';
import { fieldErrorsOf, FormError } from '../components/form-errors';
import { useT } from '../i18n/i18n';
import { useLoadOnce } from './use-load-once';
import { SavedNotice } from './saved-notice';
import { useLetterhead, type Letterhead } from './api';
import { SubmitButton } from '../components/submit-button';
import { useSubmitMutation } from '../components/use-submit-mutation';

/** The kop surat: its text lines and the logo printed on the first page of issued documents. */
export function LetterheadPanel() {
  const t = useT();
  const client = useQueryClient();
  const { data: letterhead } = useLetterhead();
  const [text, setText] = useState('');
  const [logo, setLogo] = useState<File | null>(null);
  const load = useCallback((l: Letterhead) => setText(l.lines.join('\n')), []);
  useLoadOnce(letterhead, load);
  const stored = (saved: Letterhead) => client.setQueryData(['/letterhead'], saved);
  const saveLines = useSubmitMutation({ mutationFn: (lines: string[]) => api.put<Letterhead>('/letterhead', { lines }), onSuccess: stored });
  const uploadLogo = useMutation({
    mutationFn: async (file: File) => {
      const form = new FormData();
      form.append('file', file);
      return (await (await request('PUT', '/letterhead/logo', form)).json()) as Letterhead;
    },
    onSuccess: (saved) => {
      setLogo(null);
      stored(saved);
    },
  });
  const removeLogo = useMutation({ mutationFn: () => api.delete<Letterhead>('/letterhead/logo'), onSuccess: stored });
  const error = saveLines.error ?? uploadLogo.error ?? removeLogo.error;
  const errors = fieldErrorsOf(error, t);
  const lineError = Object.entries(errors).find(([path]) => path.startsWith('lines'))?.[1];

  function submit(e: FormEvent) {
    e.preventDefault();
    saveLines.submit(text.split('\n').map((l) => l.trim()).filter(Boolean));
  }

  return (
    <Paper withBorder p="md" maw={720}>
      <Stack>
        <Title order={3} size="h4">{t('settings.letterhead.title')}</Title>
        <Text size="sm" c="dimmed">{t('settings.letterhead.intro')}</Text>
        <FormError error={error} />
        <form onSubmit={submit} noValidate>
          <Stack>
            <Textarea label={t('settings.letterhead.lines')} description={t('settings.letterhead.linesHint')} autosize minRows={3} value={text} onChange={(e) => setText(e.currentTarget.value)} error={lineError} />
            <SavedNotice show={saveLines.isSuccess} />
            <SubmitButton pending={saveLines.isPending} w="fit-content">{t('settings.save')}</SubmitButton>
          </Stack>
        </form>
        {letterhead?.hasLogo ? (
          <Image src={`/api/v1/letterhead/logo?v=${encodeURIComponent(letterhead.updatedAt ?? '')}`} alt={t('settings.letterhead.logoAlt')} h={64} w="auto" fit="contain" />
        ) : (
          <Text size="sm">{t('settings.letterhead.noLogo')}</Text>
        )}
        <Group align="flex-end">
          <FileInput label={t('settings.letterhead.logo')} accept="image/png,image/jpeg" value={logo} onChange={setLogo} error={errors.file} w={260} clearable />
          <Button disabled={!logo} loading={uploadLogo.isPending} onClick={() => logo && uploadLogo.mutate(logo)}>{t('settings.letterhead.uploadLogo')}</Button>
          {letterhead?.hasLogo && (
            <Button variant="subtle" color="red" loading={removeLogo.isPending} onClick={() => removeLogo.mutate()}>{t('settings.letterhead.removeLogo')}</Button>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}
