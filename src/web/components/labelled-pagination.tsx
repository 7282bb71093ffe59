import { Pagination, type PaginationProps } from '@mantine/core';
import { useT } from '../i18n/i18n';

/** Mantine's pagination with a spoken name for every button (the arrows have no text of their own). */
export function LabelledPagination(props: PaginationProps) {
  const t = useT();
  return (
    <Pagination
      aria-label={t('web.pagination.label')}
      getItemProps={(page) => ({ 'aria-label': t('web.pagination.page', { page }) })}
      getControlProps={(control) => ({ 'aria-label': t(`web.pagination.${control}`) })}
      {...props}
    />
  );
}
