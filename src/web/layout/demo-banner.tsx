import { Box, Text } from '@mantine/core';
import { useT } from '../i18n/i18n';

/** A demo tenant says so on every page, so nobody mistakes its data for official records. */
export function DemoBanner() {
  const t = useT();
  return (
    <Box bg="yellow.2" h={28} px="md" style={{ display: 'flex', alignItems: 'center' }} role="status">
      {/* one line at any width: the full text is in the tooltip and for screen readers */}
      <Text size="sm" fw={600} c="dark.9" truncate="end" title={t('common.demoBanner')}>
        {t('common.demoBanner')}
      </Text>
    </Box>
  );
}
