import { Anchor, Badge, Box, Button, Group, Loader, Paper, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { PageHeader } from '../components/page-header';
import { FormError } from '../components/form-errors';
import { useT } from '../i18n/i18n';
import { useAllAgencies, type Agency } from './api';

function Branch({ agency, childrenOf, depth }: { agency: Agency; childrenOf: Map<string | null, Agency[]>; depth: number }) {
  const t = useT();
  const children = childrenOf.get(agency.id) ?? [];
  return (
    <Box pl={depth === 0 ? 0 : 'lg'} style={depth > 0 ? { borderLeft: '1px solid var(--mantine-color-gray-3)' } : undefined}>
      <Group gap="xs" py={4}>
        <Text size="sm" c="dimmed" ff="monospace">
          {agency.code}
        </Text>
        <Anchor component={Link} to={`/agencies/${agency.id}`} size="sm">
          {agency.name}
        </Anchor>
        {agency.specialRoles.map((r) => (
          <Badge key={r} size="xs" variant="light">
            {t(`agencies.role.${r}`)}
          </Badge>
        ))}
      </Group>
      {children.map((c) => (
        <Branch key={c.id} agency={c} childrenOf={childrenOf} depth={depth + 1} />
      ))}
    </Box>
  );
}

/** The hierarchy of active agencies (sub-units under their parent). */
export function AgencyTreePage() {
  const t = useT();
  const { data, isPending, error } = useAllAgencies();
  const active = (data ?? []).filter((a) => a.status === 'active');
  const ids = new Set(active.map((a) => a.id));
  const childrenOf = new Map<string | null, Agency[]>();
  for (const a of active) {
    // a sub-unit whose parent was retired still shows, at the top
    const parent = a.parentId && ids.has(a.parentId) ? a.parentId : null;
    childrenOf.set(parent, [...(childrenOf.get(parent) ?? []), a]);
  }
  return (
    <Stack>
      <PageHeader title={t('web.agencies.tree')}>
        <Button variant="default" component={Link} to="/agencies">
          {t('common.back')}
        </Button>
      </PageHeader>
      <FormError error={error} />
      {isPending && <Loader size="sm" />}
      <Paper withBorder p="md" data-testid="agency-tree">
        {(childrenOf.get(null) ?? []).map((a) => (
          <Branch key={a.id} agency={a} childrenOf={childrenOf} depth={0} />
        ))}
        {data && active.length === 0 && <Text c="dimmed">{t('common.empty')}</Text>}
      </Paper>
    </Stack>
  );
}
