CREATE TABLE "letterheads" (
	"tenant_id" uuid PRIMARY KEY NOT NULL,
	"logo_file_id" uuid,
	"lines" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "tenant_regulations" ADD COLUMN "revoked_by_regulation" text;--> statement-breakpoint
ALTER TABLE "tenant_regulations" ADD COLUMN "revoked_by_user_id" uuid;--> statement-breakpoint
ALTER TABLE "tenant_regulations" ADD COLUMN "revoked_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "tenants" ADD COLUMN "periodic_reading_months" integer;--> statement-breakpoint
ALTER TABLE "signing_keys" ADD COLUMN "uploaded_by" uuid;