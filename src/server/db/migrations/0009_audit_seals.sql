CREATE TABLE "audit_checkpoints" (
	"tenant_id" uuid PRIMARY KEY NOT NULL,
	"seq" bigint NOT NULL,
	"hash" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "audit_entries" ADD COLUMN "seals" jsonb;--> statement-breakpoint
-- chains written before checkpoints start from their current head
INSERT INTO "audit_checkpoints" ("tenant_id", "seq", "hash") SELECT "tenant_id", "seq", "hash" FROM "audit_heads" ON CONFLICT DO NOTHING;
