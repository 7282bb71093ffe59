import { Alert, Loader, NumberInput, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, type FormEvent } from 'react';
import { ictAssetCategories, type IctAssetCategory } from '../../shared/ict-assets';
import { api } from '../api/client';
import { usePermissions } from '../api/session';
import { FormError, useFormValues } from '../components/form-errors';
import { SubmitButton } from '../components/submit-button';
import { useSubmitMutation } from '../components/use-submit-mutation';
import { useT } from '../i18n/i18n';
import { useUsefulLives, type UsefulLives } from './api';

type Years = Record<IctAssetCategory, number | string>;

/** The tenant's useful life per category; the ICT office edits it, everyone else reads it. */
export function UsefulLifePanel() {
  const t = useT();
  const client = useQueryClient();
  const allowed = usePermissions();
  const editable = allowed('ictAsset.configure');
  const { data, error } = useUsefulLives();
  const { values, set, setValues } = useFormValues<Years>(Object.fromEntries(ictAssetCategories.map((c) => [c, ''])) as Years);
  useEffect(() => {
    if (data) setValues(Object.fromEntries(data.items.map((i) => [i.category, i.years])) as Years);
  }, [data, setValues]);
  const save = useSubmitMutation({
    mutationFn: (input: { years: Record<string, number | null> }) => api.put<UsefulLives>('/ict-assets/useful-life', input),
    onSuccess: async () => client.invalidateQueries({ queryKey: ['/ict-assets'] }),
  });
  if (error) return <FormError error={error} />;
  if (!data) return <Loader size="sm" />;
  function submit(e: FormEvent) {
    e.preventDefault();
    const years: Record<string, number | null> = {};
    for (const item of data!.items) {
      const v = values[item.category];
      // the default typed back in (or the field emptied) goes back to the default
      years[item.category] = v === '' || Number(v) === item.defaultYears ? null : Number(v);
    }
    save.submit({ years });
  }
  return (
    <Paper withBorder p="md">
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text size="sm">{t('ictAssets.usefulLife.intro')}</Text>
          <FormError error={save.error} />
          {save.isSuccess && <Alert color="teal">{t('ictAssets.usefulLife.saved')}</Alert>}
          <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }}>
            {data.items.map((item) => (
              <NumberInput
                key={item.category}
                label={t(`ictAssets.category.${item.category}`)}
                description={t('ictAssets.usefulLife.default', { years: item.defaultYears })}
                min={1}
                max={50}
                allowDecimal={false}
                clampBehavior="none"
                suffix={` ${t('ictAssets.yearsUnit')}`}
                value={values[item.category]}
                onChange={(v) => set(item.category, v)}
                readOnly={!editable}
              />
            ))}
          </SimpleGrid>
          {editable && (
            <div>
              <SubmitButton pending={save.isPending}>{t('common.save')}</SubmitButton>
            </div>
          )}
        </Stack>
      </form>
    </Paper>
  );
}
