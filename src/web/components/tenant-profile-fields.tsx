import { Select, TextInput } from '@mantine/core';
import { useT } from '../i18n/i18n';
import { errorProp } from './form-errors';

export interface TenantProfileValues {
  name: string;
  kind: string;
  regionCode: string;
  primaryDomain: string;
  /** the domain of staff e-mail addresses; empty: none */
  emailDomain: string;
}

/** The Pemda's profile fields, as first-run setup asks them and the settings change them. */
export function TenantProfileFields({
  values,
  set,
  errors,
  withExamples = false,
}: {
  values: TenantProfileValues;
  set: (key: keyof TenantProfileValues, value: string) => void;
  errors: Record<string, string>;
  /** example values in the empty fields of first-run setup */
  withExamples?: boolean;
}) {
  const t = useT();
  return (
    <>
      <TextInput label={t('web.setup.name')} placeholder={withExamples ? t('web.setup.namePlaceholder') : undefined} required value={values.name} onChange={(e) => set('name', e.currentTarget.value)} {...errorProp(errors, 'name')} />
      <Select
        label={t('web.setup.kind')}
        data={['kota', 'kabupaten', 'provinsi'].map((k) => ({ value: k, label: t(`web.tenantKind.${k}`) }))}
        value={values.kind}
        onChange={(v) => set('kind', v ?? 'kota')}
        allowDeselect={false}
        {...errorProp(errors, 'kind')}
      />
      <TextInput label={t('web.setup.regionCode')} description={t('web.setup.regionCodeHint')} required value={values.regionCode} onChange={(e) => set('regionCode', e.currentTarget.value)} {...errorProp(errors, 'regionCode')} />
      <TextInput label={t('web.setup.primaryDomain')} placeholder={withExamples ? 'dumaikota.go.id' : undefined} required value={values.primaryDomain} onChange={(e) => set('primaryDomain', e.currentTarget.value)} {...errorProp(errors, 'primaryDomain')} />
      <TextInput
        label={t('web.setup.emailDomain')}
        description={t('web.setup.emailDomainHint')}
        placeholder={withExamples ? 'dumaikota.go.id' : undefined}
        value={values.emailDomain}
        onChange={(e) => set('emailDomain', e.currentTarget.value)}
        {...errorProp(errors, 'emailDomain')}
      />
    </>
  );
}
