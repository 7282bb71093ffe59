import { Anchor, Card, Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useT } from '../i18n/i18n';

interface PanelProps {
  id: string;
  title: string;
  /** the screen where the whole list is and the work is done */
  seeAll?: string;
  /** how many there are in all, shown on the link */
  total?: number;
  children: ReactNode;
}

/** One panel of the home page: a titled card whose "see all" leads to where the work is done. */
export function Panel({ id, title, seeAll, total, children }: PanelProps) {
  const t = useT();
  return (
    <Card withBorder padding="md" component="section" aria-labelledby={`panel-${id}`} data-testid={`panel-${id}`}>
      <Group justify="space-between" align="baseline" mb="sm" wrap="wrap" gap="xs">
        <Title order={3} size="h4" id={`panel-${id}`}>
          {title}
        </Title>
        {seeAll && (
          <Anchor component={Link} to={seeAll} size="sm" data-testid={`see-all-${id}`}>
            {total === undefined ? t('home.seeAll') : t('home.seeAllCount', { count: total })}
          </Anchor>
        )}
      </Group>
      <Stack gap="xs">{children}</Stack>
    </Card>
  );
}

/** A row of a panel's list: what it is (a link to it), its state, and a line about it. */
export function PanelItem({ to, label, detail, badge }: { to: string; label: string; detail?: ReactNode; badge?: ReactNode }) {
  return (
    <Stack gap={2} style={{ minWidth: 0 }} data-testid="home-item">
      <Anchor component={Link} to={to} size="sm" style={{ overflowWrap: 'anywhere' }}>
        {label}
      </Anchor>
      {(badge || detail) && (
        <Group gap={6} wrap="wrap">
          {badge}
          {detail && (
            <Text size="xs" c="gray.7" style={{ overflowWrap: 'anywhere' }}>
              {detail}
            </Text>
          )}
        </Group>
      )}
    </Stack>
  );
}

export function EmptyLine({ text }: { text?: string }) {
  const t = useT();
  return (
    <Text size="sm" c="gray.7">
      {text ?? t('home.empty')}
    </Text>
  );
}
