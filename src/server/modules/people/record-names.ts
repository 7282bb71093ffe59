import { and, eq, inArray } from 'drizzle-orm';
import { can } from '../../platform/policy/can';
import type { RecordNameProvider } from '../audit-trail/record-names';
import { users } from './tables';

/** A person's name only for who may read that account (the people directory is the admin's). */
export const userRecordNames: RecordNameProvider = {
  entityType: 'user',
  async findNames(db, ctx, ids) {
    const readable = ids.filter((id) => can(ctx.actor, 'user.read', { id }));
    if (readable.length === 0) return new Map();
    const rows = await db.select({ id: users.id, name: users.name }).from(users).where(and(eq(users.tenantId, ctx.tenantId), inArray(users.id, readable)));
    return new Map(rows.map((r) => [r.id, r.name]));
  },
};
