import { Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** One read-only value with its label, on a detail page. */
export function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text component="div">{children || '—'}</Text>
    </Stack>
  );
}
