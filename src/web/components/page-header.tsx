import { Group, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** A page's title with its main actions on the right. */
export function PageHeader({ title, children }: { title: ReactNode; children?: ReactNode }) {
  return (
    <Group justify="space-between" mb="md" wrap="wrap">
      <Title order={1} size="h2">{title}</Title>
      {children && <Group gap="sm">{children}</Group>}
    </Group>
  );
}
