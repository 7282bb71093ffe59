import { DateInput, DatesProvider } from '@mantine/dates';
import type { ReactNode } from 'react';
import 'dayjs/locale/id';
import 'dayjs/locale/en';
import '@mantine/dates/styles.css';
import { useI18n } from '../i18n/i18n';
import { parseDate } from '../i18n/format-date';

interface DateFieldProps {
  label: string;
  /** ISO `YYYY-MM-DD`, or '' for none */
  value: string | null | undefined;
  /** ISO `YYYY-MM-DD`, or '' when cleared */
  onChange: (value: string) => void;
  error?: ReactNode;
  description?: ReactNode;
  required?: boolean;
  /** ISO bounds of what may be picked */
  min?: string;
  max?: string;
  id?: string;
  name?: string;
  w?: number | string;
  maw?: number | string;
}

/**
 * Every date a form asks for: shown and typed as dd/mm/yyyy, the calendar in the user's
 * language (Indonesian month and day names), the value given to the form ISO as the API takes
 * it. Replaces the native date input, which an English browser shows as mm/dd/yyyy.
 */
export function DateField({ value, onChange, min, max, ...props }: DateFieldProps) {
  const { locale, t } = useI18n();
  return (
    <DatesProvider settings={{ locale, firstDayOfWeek: 1 }}>
      <DateInput
        {...props}
        value={value || null}
        onChange={(next) => onChange(next ?? '')}
        valueFormat="DD/MM/YYYY"
        placeholder={t('web.date.placeholder')}
        dateParser={parseDate}
        minDate={min}
        maxDate={max}
        clearable={!props.required}
        // the clear icon needs a name of its own (axe: button-name)
        clearButtonProps={{ 'aria-label': t('web.date.clear', { field: props.label }) }}
        popoverProps={{ withinPortal: true }}
      />
    </DatesProvider>
  );
}
