/**
 * Writes docs/permissions.md from the policy (permission × role, with the own-agency and
 * any-agency nuances). Run: node --import tsx scripts/permissions-doc.ts
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderPermissionsDoc } from '../src/server/platform/policy/describe-permissions';

writeFileSync(join(import.meta.dirname, '../docs/permissions.md'), renderPermissionsDoc());
