import { describe, expect, it } from 'vitest';
import { getTableConfig } from 'drizzle-orm/pg-core';
import { listTenantTablesInDeleteOrder } from '../demo/remove-demo-tenants';
import { sealedTables } from './sealed-tables';

/**
 * Tenant tables the audit trail does not seal, each with the reason: they are not business
 * records a person changes through an audited write. Every other tenant table must be sealed,
 * so a new module's table fails this test until it is listed in sealed-tables.ts or here.
 */
const unsealed: Record<string, string> = {
  sessions: 'sign-in state, not a record',
  api_tokens: 'credentials: the token hash and its last use change on every call',
  password_resets: 'a live secret of one reset',
  idempotency_keys: 'stored first answers of HTTP writes',
  notifications: 'messages to people; read/unread changes without an entry',
  notification_deliveries: 'the outbox: each attempt changes its status without an entry',
  request_counters: 'the last letter number: a counter, sealed through the numbers the requests carry',
  files: 'content addressed by SHA-256 and verified on every read',
  issued_documents: 'signed PDFs: verified by their signature and SHA-256 on /verify',
  signing_keys: 'key material, not a record',
  audit_entries: 'the trail itself, checked by its hash chain',
  audit_heads: 'the chain head, checked against the last entry',
  audit_checkpoints: 'the second copy of the head',
};

describe('sealed tables (Palu 14/2022 Ps 10(3) "pendeteksian modifikasi")', () => {
  it('seal every tenant table but the listed ones', () => {
    const sealed = new Set(Object.values(sealedTables).flat().map((s) => s.name));
    const missing = listTenantTablesInDeleteOrder()
      .map((t) => getTableConfig(t).name)
      .filter((name) => !sealed.has(name) && !(name in unsealed));
    expect(missing).toEqual([]);
  });

  it('list as unsealed only tables that exist and are not sealed', () => {
    const names = listTenantTablesInDeleteOrder().map((t) => getTableConfig(t).name);
    const sealed = new Set(Object.values(sealedTables).flat().map((s) => s.name));
    for (const name of Object.keys(unsealed)) {
      expect(names, name).toContain(name);
      expect(sealed.has(name), name).toBe(false);
    }
  });
});
