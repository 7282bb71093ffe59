CREATE TABLE "empty_registry_declarations" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"registry" text NOT NULL,
	"obligation_id" text,
	"note" text DEFAULT '' NOT NULL,
	"declared_by_user_id" uuid NOT NULL,
	"declared_by_name" text NOT NULL,
	"declared_at" timestamp with time zone DEFAULT now() NOT NULL,
	"withdrawn_at" timestamp with time zone,
	CONSTRAINT "empty_registry_declarations_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "applications" ADD COLUMN "supplier" text;--> statement-breakpoint
CREATE INDEX "empty_registry_declarations_registry" ON "empty_registry_declarations" USING btree ("tenant_id","registry");