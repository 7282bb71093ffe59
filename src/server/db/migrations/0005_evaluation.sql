CREATE TABLE "evaluation_cycles" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"year" integer NOT NULL,
	"framework_id" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"submitted_at" timestamp with time zone,
	"submitted_by" uuid,
	"submitted_result" jsonb,
	CONSTRAINT "evaluation_cycles_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "evaluation_evidence" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"cycle_id" uuid NOT NULL,
	"indicator_number" integer NOT NULL,
	"kind" text NOT NULL,
	"file_id" uuid,
	"record_type" text,
	"record_id" uuid,
	"label" text NOT NULL,
	"added_by" uuid,
	CONSTRAINT "evaluation_evidence_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "evaluation_indicators" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"cycle_id" uuid NOT NULL,
	"indicator_number" integer NOT NULL,
	"agency_id" uuid,
	"self_level" integer,
	"explanation" text,
	"self_assessed_at" timestamp with time zone,
	"self_assessed_by" uuid,
	"verification" text,
	"verified_level" integer,
	"verification_note" text,
	"verified_at" timestamp with time zone,
	"verified_by" uuid,
	CONSTRAINT "evaluation_indicators_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "evaluation_teams" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"cycle_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"member_user_ids" uuid[] DEFAULT '{}' NOT NULL,
	"decree_number" text,
	"decree_date" date,
	"decree_file_id" uuid,
	CONSTRAINT "evaluation_teams_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "internal_policies" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"code" text NOT NULL,
	"title" text,
	"decree_number" text NOT NULL,
	"decree_date" date NOT NULL,
	"file_id" uuid,
	CONSTRAINT "internal_policies_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "internal_policy_reviews" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"policy_id" uuid NOT NULL,
	"reviewed_at" date NOT NULL,
	"summary" text NOT NULL,
	"follow_up" text,
	"file_id" uuid,
	CONSTRAINT "internal_policy_reviews_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "periodic_report_schedules" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"period_months" integer NOT NULL,
	"deadline_days" integer NOT NULL,
	"starts_on" date NOT NULL,
	CONSTRAINT "periodic_report_schedules_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "periodic_report_submissions" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"agency_id" uuid NOT NULL,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"file_id" uuid NOT NULL,
	"notes" text,
	"submitted_at" timestamp with time zone NOT NULL,
	"submitted_by" uuid,
	"received_at" timestamp with time zone,
	"received_by" uuid,
	CONSTRAINT "periodic_report_submissions_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "periodic_report_warnings" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"agency_id" uuid NOT NULL,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"number" text NOT NULL,
	"issued_on" date NOT NULL,
	"text" text NOT NULL,
	CONSTRAINT "periodic_report_warnings_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "evaluation_evidence" ADD CONSTRAINT "evaluation_evidence_tenant_id_cycle_id_evaluation_cycles_tenant_id_id_fk" FOREIGN KEY ("tenant_id","cycle_id") REFERENCES "public"."evaluation_cycles"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_evidence" ADD CONSTRAINT "evaluation_evidence_tenant_id_file_id_files_tenant_id_id_fk" FOREIGN KEY ("tenant_id","file_id") REFERENCES "public"."files"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_indicators" ADD CONSTRAINT "evaluation_indicators_tenant_id_cycle_id_evaluation_cycles_tenant_id_id_fk" FOREIGN KEY ("tenant_id","cycle_id") REFERENCES "public"."evaluation_cycles"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_indicators" ADD CONSTRAINT "evaluation_indicators_tenant_id_agency_id_agencies_tenant_id_id_fk" FOREIGN KEY ("tenant_id","agency_id") REFERENCES "public"."agencies"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_teams" ADD CONSTRAINT "evaluation_teams_tenant_id_cycle_id_evaluation_cycles_tenant_id_id_fk" FOREIGN KEY ("tenant_id","cycle_id") REFERENCES "public"."evaluation_cycles"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_teams" ADD CONSTRAINT "evaluation_teams_tenant_id_decree_file_id_files_tenant_id_id_fk" FOREIGN KEY ("tenant_id","decree_file_id") REFERENCES "public"."files"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "internal_policies" ADD CONSTRAINT "internal_policies_tenant_id_file_id_files_tenant_id_id_fk" FOREIGN KEY ("tenant_id","file_id") REFERENCES "public"."files"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "internal_policy_reviews" ADD CONSTRAINT "internal_policy_reviews_tenant_id_policy_id_internal_policies_tenant_id_id_fk" FOREIGN KEY ("tenant_id","policy_id") REFERENCES "public"."internal_policies"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "internal_policy_reviews" ADD CONSTRAINT "internal_policy_reviews_tenant_id_file_id_files_tenant_id_id_fk" FOREIGN KEY ("tenant_id","file_id") REFERENCES "public"."files"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "periodic_report_submissions" ADD CONSTRAINT "periodic_report_submissions_tenant_id_agency_id_agencies_tenant_id_id_fk" FOREIGN KEY ("tenant_id","agency_id") REFERENCES "public"."agencies"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "periodic_report_submissions" ADD CONSTRAINT "periodic_report_submissions_tenant_id_file_id_files_tenant_id_id_fk" FOREIGN KEY ("tenant_id","file_id") REFERENCES "public"."files"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "periodic_report_warnings" ADD CONSTRAINT "periodic_report_warnings_tenant_id_agency_id_agencies_tenant_id_id_fk" FOREIGN KEY ("tenant_id","agency_id") REFERENCES "public"."agencies"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "evaluation_cycles_year" ON "evaluation_cycles" USING btree ("tenant_id","year");--> statement-breakpoint
CREATE INDEX "evaluation_evidence_indicator" ON "evaluation_evidence" USING btree ("tenant_id","cycle_id","indicator_number");--> statement-breakpoint
CREATE UNIQUE INDEX "evaluation_indicators_number" ON "evaluation_indicators" USING btree ("tenant_id","cycle_id","indicator_number");--> statement-breakpoint
CREATE INDEX "evaluation_indicators_agency" ON "evaluation_indicators" USING btree ("tenant_id","agency_id");--> statement-breakpoint
CREATE UNIQUE INDEX "evaluation_teams_kind" ON "evaluation_teams" USING btree ("tenant_id","cycle_id","kind");--> statement-breakpoint
CREATE UNIQUE INDEX "internal_policies_code" ON "internal_policies" USING btree ("tenant_id","code");--> statement-breakpoint
CREATE INDEX "internal_policy_reviews_policy" ON "internal_policy_reviews" USING btree ("tenant_id","policy_id","reviewed_at");--> statement-breakpoint
CREATE UNIQUE INDEX "periodic_report_schedules_tenant" ON "periodic_report_schedules" USING btree ("tenant_id");--> statement-breakpoint
CREATE UNIQUE INDEX "periodic_report_submissions_period" ON "periodic_report_submissions" USING btree ("tenant_id","agency_id","period_start");--> statement-breakpoint
CREATE UNIQUE INDEX "periodic_report_warnings_period" ON "periodic_report_warnings" USING btree ("tenant_id","agency_id","period_start");--> statement-breakpoint
CREATE INDEX "periodic_report_warnings_agency" ON "periodic_report_warnings" USING btree ("tenant_id","agency_id");