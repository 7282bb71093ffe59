import type { Actor, RoleGrant } from './actor';
import { can, permissions, type Permission } from './can';
import type { Role } from './roles';

/**
 * docs/permissions.md, computed from the policy itself: every permission is asked of a
 * person holding one role, against records of their own agency and of another, so the
 * table cannot drift from can.ts (a test compares it with the committed file).
 */

const ownAgency = 'agency-own';
const otherAgency = 'agency-other';

interface Column {
  heading: string;
  role: Role;
  agencyId: string | null;
}

const columns: Column[] = [
  { heading: 'admin', role: 'admin', agencyId: null },
  { heading: 'regional_secretary', role: 'regional_secretary', agencyId: null },
  { heading: 'planner', role: 'planner', agencyId: null },
  { heading: 'inspector', role: 'inspector', agencyId: null },
  { heading: 'viewer (tenant)', role: 'viewer', agencyId: null },
  { heading: 'viewer (agency)', role: 'viewer', agencyId: ownAgency },
  { heading: 'agency_head (agency)', role: 'agency_head', agencyId: ownAgency },
  { heading: 'agency_operator (agency)', role: 'agency_operator', agencyId: ownAgency },
];

interface Probe {
  label: string;
  record: unknown;
}

/** Records to ask about, per resource; resources without records are asked once with none. */
const probesByResource: Record<string, { all: string; probes: Probe[] }> = {
  application: {
    all: 'any agency',
    probes: [
      { label: 'own agency', record: { ownerAgencyId: ownAgency, operatorAgencyId: null, kind: 'specific' } },
      { label: 'operated by own agency', record: { ownerAgencyId: otherAgency, operatorAgencyId: ownAgency, kind: 'specific' } },
      { label: 'common', record: { ownerAgencyId: otherAgency, operatorAgencyId: null, kind: 'common' } },
      { label: 'other agency', record: { ownerAgencyId: otherAgency, operatorAgencyId: null, kind: 'specific' } },
    ],
  },
  // one probe shape for both evaluation records: an indicator (agencyId) and a cycle (its teams)
  evaluation: {
    all: 'any',
    probes: [
      { label: "own agency's indicator", record: { agencyId: ownAgency, coordinationUserIds: [], assessorUserIds: [] } },
      { label: "other agency's indicator", record: { agencyId: otherAgency, coordinationUserIds: [], assessorUserIds: [] } },
      { label: 'as coordination team member', record: { agencyId: null, coordinationUserIds: ['user-self'], assessorUserIds: [] } },
      { label: 'as assessor team member', record: { agencyId: null, coordinationUserIds: [], assessorUserIds: ['user-self'] } },
    ],
  },
  periodicReport: {
    all: 'any agency',
    probes: [
      { label: 'own agency', record: { agencyId: ownAgency } },
      { label: 'other agency', record: { agencyId: otherAgency } },
    ],
  },
  ictAsset: {
    all: 'any agency',
    probes: [
      { label: 'own agency', record: { agencyId: ownAgency } },
      { label: 'other agency', record: { agencyId: otherAgency } },
    ],
  },
  user: {
    all: 'anyone',
    probes: [
      { label: 'self', record: { id: 'user-self' } },
      { label: 'others', record: { id: 'user-other' } },
    ],
  },
};

function actorFor(column: Column, via: Actor['via']): Actor {
  const grant: RoleGrant = { role: column.role, agencyId: column.agencyId };
  return { userId: 'user-self', tenantId: 'tenant', label: column.heading, roles: [grant], via };
}

const ask = (permission: Permission, column: Column, via: Actor['via'], record?: unknown) => can(actorFor(column, via), permission, record as never);

/** A permission depends on the record when some role gets different answers for different records. */
function dependsOnRecord(permission: Permission): boolean {
  const resource = probesByResource[permission.split('.')[0]];
  if (!resource) return false;
  return columns.some((c) => {
    const answers = [ask(permission, c, 'session'), ...resource.probes.map((p) => ask(permission, c, 'session', p.record))];
    return answers.some((a) => a !== answers[0]);
  });
}

function describeCell(permission: Permission, column: Column): string {
  const resource = probesByResource[permission.split('.')[0]];
  let cell: string;
  // the token is asked about a record the session may act on, not just the first probe
  let tokenRecord = resource?.probes[0].record;
  if (!resource || !dependsOnRecord(permission)) {
    cell = ask(permission, column, 'session') ? 'yes' : '—';
  } else {
    const allowed = resource.probes.filter((p) => ask(permission, column, 'session', p.record));
    tokenRecord = allowed[0]?.record ?? tokenRecord;
    if (allowed.length === resource.probes.length) cell = resource.all;
    else if (allowed.length === 0) cell = '—';
    else cell = allowed.map((p) => p.label).join(', ');
  }
  if (cell !== '—' && !ask(permission, column, 'token', tokenRecord)) cell += ' (session only, not by API token)';
  return cell;
}

export function renderPermissionsDoc(): string {
  const lines = [
    '# Permissions',
    '',
    '<!-- Generated by scripts/permissions-doc.ts from src/server/platform/policy; do not edit by hand. -->',
    '',
    'Who may do what, by role, as `src/server/platform/policy/can.ts` decides it. A tenant-wide role',
    'is held for the whole Pemda; an agency role is held for one agency ("own agency"). Where a',
    'permission depends on the record, the cell lists the records it is granted for:',
    '',
    '- **own agency**: the application belongs to the person\'s agency;',
    '- **operated by own agency**: another agency owns it, the person\'s agency operates it;',
    '- **common**: a common application (Aplikasi Umum) of another agency, which every agency must use',
    '  (Palu 14/2022 Ps 29(3));',
    '- **other agency**: a specific application of another agency;',
    '- **any agency** / **anyone**: every record.',
    '',
    'A record the person may not read answers 404 for every action on it (it does not exist for',
    'them); a record they may read but not change answers 403. Refusing a `.create` answers 403.',
    'Lists show only readable records.',
    '',
    `| permission | ${columns.map((c) => c.heading).join(' | ')} |`,
    `|---|${columns.map(() => '---').join('|')}|`,
    ...permissions.map((p) => `| \`${p}\` | ${columns.map((c) => describeCell(p, c)).join(' | ')} |`),
    '',
  ];
  return lines.join('\n');
}
