import { ActionIcon, Button, Group, Select, Stack, Text } from '@mantine/core';
import type { z } from 'zod';
import type { RoleGrantSchema } from '../../shared/people';
import { agencyScopedRoles, roles, type Role } from '../../server/platform/policy/roles';
import { agencyOptions, useAllAgencies } from '../agencies/api';
import { useT } from '../i18n/i18n';

export type RoleGrant = z.infer<typeof RoleGrantSchema>;

/**
 * A person's roles, each tenant-wide or for one agency. Agency-scoped roles (operator, head)
 * need an agency; the server refuses them without one (ROLE_SCOPE_INVALID).
 */
export function RolesEditor({ value, onChange, errors }: { value: RoleGrant[]; onChange: (v: RoleGrant[]) => void; errors: Record<string, string> }) {
  const t = useT();
  const { data: agencies } = useAllAgencies();
  const options = agencyOptions(agencies);
  const update = (i: number, change: Partial<RoleGrant>) => onChange(value.map((g, j) => (j === i ? { ...g, ...change } : g)));

  return (
    <Stack gap="xs">
      <Text fw={500} size="sm">
        {t('web.people.roles')}
      </Text>
      {errors.roles && (
        <Text c="red" size="sm">
          {errors.roles}
        </Text>
      )}
      {value.map((grant, i) => {
        const scoped = agencyScopedRoles.includes(grant.role as Role);
        return (
          <Group key={i} align="flex-start" wrap="nowrap">
            <Select
              aria-label={t('web.people.role')}
              data={roles.map((r) => ({ value: r, label: t(`web.people.role.${r}`) }))}
              value={grant.role}
              onChange={(v) => update(i, { role: (v ?? 'viewer') as Role })}
              allowDeselect={false}
              w={240}
              {...(errors[`roles.${i}.role`] && { error: errors[`roles.${i}.role`] })}
            />
            <Select
              aria-label={t('web.people.scope')}
              placeholder={scoped ? t('web.people.chooseAgency') : t('web.people.wholeTenant')}
              data={options}
              value={grant.agencyId}
              onChange={(v) => update(i, { agencyId: v })}
              searchable
              clearable
              style={{ flex: 1 }}
              error={errors[`roles.${i}.agencyId`] ?? (scoped && !grant.agencyId ? t('web.people.agencyRequired') : undefined)}
            />
            <ActionIcon variant="subtle" color="red" onClick={() => onChange(value.filter((_, j) => j !== i))} aria-label={t('web.people.removeRole')} mt={6}>
              ×
            </ActionIcon>
          </Group>
        );
      })}
      <Group>
        <Button variant="light" size="compact-sm" onClick={() => onChange([...value, { role: 'viewer', agencyId: null }])}>
          {t('web.people.addRole')}
        </Button>
      </Group>
    </Stack>
  );
}

/** "Operator (DISKOMINFO)" style labels for a list. */
export function describeGrant(grant: RoleGrant, t: (k: string) => string, codeOf: Map<string, string>) {
  const role = t(`web.people.role.${grant.role}`);
  return grant.agencyId ? `${role} (${codeOf.get(grant.agencyId) ?? '…'})` : role;
}
