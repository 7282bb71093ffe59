import { index, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * The tenant's signing certificate and key as PKCS#12. The p12 passphrase is derived from the
 * server secret, so a database dump alone does not give the key away.
 */
export const signingKeys = pgTable(
  'signing_keys',
  {
    tenantId: uuid('tenant_id').notNull(),
    id: uuid('id').notNull(),
    subject: text('subject').notNull(),
    certificatePem: text('certificate_pem').notNull(),
    p12Base64: text('p12_base64').notNull(),
    validUntil: timestamp('valid_until', { withTimezone: true, mode: 'date' }).notNull(),
    /** who uploaded it (a certificate from a CA such as BSrE); null: self-signed by Simpul */
    uploadedBy: uuid('uploaded_by'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.id] })],
);

/** Every signed document Simpul issued; the public verification page reads this. */
export const issuedDocuments = pgTable(
  'issued_documents',
  {
    tenantId: uuid('tenant_id').notNull(),
    id: uuid('id').notNull(),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    entityType: text('entity_type'),
    entityId: uuid('entity_id'),
    fileId: uuid('file_id').notNull(),
    sha256: text('sha256').notNull(),
    signerSubject: text('signer_subject').notNull(),
    issuedBy: uuid('issued_by'),
    issuedAt: timestamp('issued_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.id] }), index('issued_documents_entity').on(t.tenantId, t.entityType, t.entityId), index('issued_documents_id').on(t.id), index('issued_documents_sha').on(t.sha256)],
);

/** The letterhead (kop surat) on the first page of every document the tenant issues. */
export const letterheads = pgTable('letterheads', {
  tenantId: uuid('tenant_id').primaryKey(),
  /** a PNG or JPEG in the file store; null: text only */
  logoFileId: uuid('logo_file_id'),
  /** the lines beside the logo: the Pemda, the office, its address and contacts */
  lines: jsonb('lines').$type<string[]>().notNull().default([]),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
});
