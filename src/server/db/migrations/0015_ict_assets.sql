CREATE TABLE "ict_asset_useful_lives" (
	"tenant_id" uuid NOT NULL,
	"category" text NOT NULL,
	"years" integer NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ict_asset_useful_lives_tenant_id_category_pk" PRIMARY KEY("tenant_id","category")
);
--> statement-breakpoint
CREATE TABLE "ict_assets" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"agency_id" uuid NOT NULL,
	"category" text NOT NULL,
	"brand" text NOT NULL,
	"model" text NOT NULL,
	"serial_number" text,
	"item_code" text,
	"register_number" text,
	"acquired_on" date NOT NULL,
	"acquisition_value" bigint NOT NULL,
	"funding_source" text,
	"location" text,
	"responsible_person" text,
	"condition" text NOT NULL,
	"performance_note" text,
	"received_from" text,
	"status" text DEFAULT 'active' NOT NULL,
	"disposed_on" date,
	"disposal_reason" text,
	CONSTRAINT "ict_assets_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "ict_assets" ADD CONSTRAINT "ict_assets_tenant_id_agency_id_agencies_tenant_id_id_fk" FOREIGN KEY ("tenant_id","agency_id") REFERENCES "public"."agencies"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "ict_assets_agency" ON "ict_assets" USING btree ("tenant_id","agency_id","category");--> statement-breakpoint
CREATE INDEX "ict_assets_status_category" ON "ict_assets" USING btree ("tenant_id","status","category");