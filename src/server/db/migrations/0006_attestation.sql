CREATE TABLE "attestation_events" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"attestation_id" uuid NOT NULL,
	"action" text NOT NULL,
	"note" text,
	"actor_user_id" uuid NOT NULL,
	"actor_name" text NOT NULL,
	CONSTRAINT "attestation_events_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "attestations" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"obligation_id" text NOT NULL,
	"agency_id" uuid,
	"state" text NOT NULL,
	"statement" text NOT NULL,
	"attested_on" date NOT NULL,
	"valid_until" date,
	"validity_basis" text NOT NULL,
	"links" jsonb NOT NULL,
	"file_id" uuid,
	"created_by" uuid NOT NULL,
	"created_by_name" text NOT NULL,
	"submitted_at" timestamp with time zone,
	"decided_at" timestamp with time zone,
	"decided_by" uuid,
	"decided_by_name" text,
	"decision_note" text,
	CONSTRAINT "attestations_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "attestation_events" ADD CONSTRAINT "attestation_events_tenant_id_attestation_id_attestations_tenant_id_id_fk" FOREIGN KEY ("tenant_id","attestation_id") REFERENCES "public"."attestations"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attestations" ADD CONSTRAINT "attestations_tenant_id_agency_id_agencies_tenant_id_id_fk" FOREIGN KEY ("tenant_id","agency_id") REFERENCES "public"."agencies"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attestations" ADD CONSTRAINT "attestations_tenant_id_file_id_files_tenant_id_id_fk" FOREIGN KEY ("tenant_id","file_id") REFERENCES "public"."files"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "attestation_events_attestation" ON "attestation_events" USING btree ("tenant_id","attestation_id","created_at");--> statement-breakpoint
CREATE INDEX "attestations_obligation" ON "attestations" USING btree ("tenant_id","obligation_id","agency_id");--> statement-breakpoint
CREATE INDEX "attestations_state" ON "attestations" USING btree ("tenant_id","state");