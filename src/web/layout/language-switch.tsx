import { SegmentedControl } from '@mantine/core';
import type { Locale } from '../../i18n/format';
import { useI18n } from '../i18n/i18n';

export function LanguageSwitch() {
  const { locale, setLocale, t } = useI18n();
  return (
    <SegmentedControl
      size="xs"
      aria-label={t('common.language')}
      value={locale}
      onChange={(value) => setLocale(value as Locale)}
      data={[
        { value: 'id', label: 'ID' },
        { value: 'en', label: 'EN' },
      ]}
    />
  );
}
