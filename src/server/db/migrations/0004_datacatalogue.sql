CREATE TABLE "dataset_resources" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"dataset_id" uuid NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"url" text,
	"file_id" uuid,
	"format" text,
	"description" text,
	CONSTRAINT "dataset_resources_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "dataset_reviews" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"dataset_id" uuid NOT NULL,
	"action" text NOT NULL,
	"notes" text,
	"actor_user_id" uuid NOT NULL,
	"actor_name" text NOT NULL,
	CONSTRAINT "dataset_reviews_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "datasets" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"slug" text NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"producer_agency_id" uuid NOT NULL,
	"steward_agency_id" uuid,
	"classification" text NOT NULL,
	"category" text,
	"is_master_data" boolean DEFAULT false NOT NULL,
	"is_reference_data" boolean DEFAULT false NOT NULL,
	"key_identifier" text,
	"identifier_samples" text[] DEFAULT '{}' NOT NULL,
	"update_frequency" text,
	"next_release_at" date,
	"last_updated_at" date,
	"format" text,
	"unit_of_measure" text,
	"concept" text,
	"time_coverage_start" date,
	"time_coverage_end" date,
	"area_coverage" text,
	"source_application_id" uuid,
	"storage_location" text,
	"quality_notes" text,
	"licence" text,
	"tags" text[] DEFAULT '{}' NOT NULL,
	"tags_text" text DEFAULT '' NOT NULL,
	"publication_status" text DEFAULT 'draft' NOT NULL,
	"published_at" timestamp with time zone,
	"revision_notes" text,
	"retired_at" timestamp with time zone,
	"retired_reason" text,
	"search" "tsvector" GENERATED ALWAYS AS (to_tsvector('simple', coalesce(title, '') || ' ' || coalesce(description, '') || ' ' || coalesce(tags_text, ''))) STORED,
	CONSTRAINT "datasets_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "domains" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"name" text NOT NULL,
	"decree_ref" text,
	"notes" text,
	"status" text DEFAULT 'active' NOT NULL,
	"retired_at" timestamp with time zone,
	"retired_reason" text,
	CONSTRAINT "domains_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "mailboxes" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"domain_id" uuid NOT NULL,
	"address" text NOT NULL,
	"owner_agency_id" uuid NOT NULL,
	"holder_name" text,
	"status" text DEFAULT 'active' NOT NULL,
	"retired_at" timestamp with time zone,
	"retired_reason" text,
	CONSTRAINT "mailboxes_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "subdomains" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"domain_id" uuid NOT NULL,
	"label" text NOT NULL,
	"fqdn" text NOT NULL,
	"target" text,
	"owner_agency_id" uuid NOT NULL,
	"application_id" uuid,
	"usage" text,
	"description" text,
	"decree_ref" text,
	"request_id" uuid,
	"status" text DEFAULT 'active' NOT NULL,
	"retired_at" timestamp with time zone,
	"retired_reason" text,
	CONSTRAINT "subdomains_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "dataset_resources" ADD CONSTRAINT "dataset_resources_tenant_id_dataset_id_datasets_tenant_id_id_fk" FOREIGN KEY ("tenant_id","dataset_id") REFERENCES "public"."datasets"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dataset_resources" ADD CONSTRAINT "dataset_resources_tenant_id_file_id_files_tenant_id_id_fk" FOREIGN KEY ("tenant_id","file_id") REFERENCES "public"."files"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dataset_reviews" ADD CONSTRAINT "dataset_reviews_tenant_id_dataset_id_datasets_tenant_id_id_fk" FOREIGN KEY ("tenant_id","dataset_id") REFERENCES "public"."datasets"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "datasets" ADD CONSTRAINT "datasets_tenant_id_producer_agency_id_agencies_tenant_id_id_fk" FOREIGN KEY ("tenant_id","producer_agency_id") REFERENCES "public"."agencies"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "datasets" ADD CONSTRAINT "datasets_tenant_id_steward_agency_id_agencies_tenant_id_id_fk" FOREIGN KEY ("tenant_id","steward_agency_id") REFERENCES "public"."agencies"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "datasets" ADD CONSTRAINT "datasets_tenant_id_source_application_id_applications_tenant_id_id_fk" FOREIGN KEY ("tenant_id","source_application_id") REFERENCES "public"."applications"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mailboxes" ADD CONSTRAINT "mailboxes_tenant_id_domain_id_domains_tenant_id_id_fk" FOREIGN KEY ("tenant_id","domain_id") REFERENCES "public"."domains"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mailboxes" ADD CONSTRAINT "mailboxes_tenant_id_owner_agency_id_agencies_tenant_id_id_fk" FOREIGN KEY ("tenant_id","owner_agency_id") REFERENCES "public"."agencies"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subdomains" ADD CONSTRAINT "subdomains_tenant_id_domain_id_domains_tenant_id_id_fk" FOREIGN KEY ("tenant_id","domain_id") REFERENCES "public"."domains"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subdomains" ADD CONSTRAINT "subdomains_tenant_id_owner_agency_id_agencies_tenant_id_id_fk" FOREIGN KEY ("tenant_id","owner_agency_id") REFERENCES "public"."agencies"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subdomains" ADD CONSTRAINT "subdomains_tenant_id_application_id_applications_tenant_id_id_fk" FOREIGN KEY ("tenant_id","application_id") REFERENCES "public"."applications"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "dataset_resources_dataset" ON "dataset_resources" USING btree ("tenant_id","dataset_id");--> statement-breakpoint
CREATE INDEX "dataset_reviews_dataset" ON "dataset_reviews" USING btree ("tenant_id","dataset_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "datasets_slug" ON "datasets" USING btree ("tenant_id","slug");--> statement-breakpoint
CREATE INDEX "datasets_producer" ON "datasets" USING btree ("tenant_id","producer_agency_id");--> statement-breakpoint
CREATE INDEX "datasets_steward_status" ON "datasets" USING btree ("tenant_id","steward_agency_id","publication_status");--> statement-breakpoint
CREATE INDEX "datasets_status_class" ON "datasets" USING btree ("tenant_id","publication_status","classification");--> statement-breakpoint
CREATE INDEX "datasets_search" ON "datasets" USING gin ("search");--> statement-breakpoint
CREATE INDEX "datasets_title_trgm" ON "datasets" USING gin ("title" gin_trgm_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "domains_name" ON "domains" USING btree ("tenant_id","name");--> statement-breakpoint
CREATE UNIQUE INDEX "mailboxes_address" ON "mailboxes" USING btree ("tenant_id","address");--> statement-breakpoint
CREATE UNIQUE INDEX "subdomains_fqdn" ON "subdomains" USING btree ("tenant_id","fqdn") WHERE status = 'active';--> statement-breakpoint
CREATE INDEX "subdomains_owner" ON "subdomains" USING btree ("tenant_id","owner_agency_id");