CREATE TABLE "evaluation_official_results" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"cycle_id" uuid NOT NULL,
	"levels" jsonb NOT NULL,
	"domains" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"aspects" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"official_index" double precision,
	"predicate" text,
	"file_id" uuid NOT NULL,
	"imported_by" uuid NOT NULL,
	CONSTRAINT "evaluation_official_results_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "evaluation_evidence" ADD COLUMN "level" integer;--> statement-breakpoint
ALTER TABLE "evaluation_evidence" ADD COLUMN "item_number" integer;--> statement-breakpoint
UPDATE "evaluation_evidence" e SET "item_number" = n."rn" FROM (SELECT "tenant_id", "id", row_number() OVER (PARTITION BY "tenant_id", "cycle_id", "indicator_number" ORDER BY "created_at", "id") AS "rn" FROM "evaluation_evidence") n WHERE e."tenant_id" = n."tenant_id" AND e."id" = n."id";--> statement-breakpoint
ALTER TABLE "evaluation_evidence" ALTER COLUMN "item_number" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "evaluation_indicators" ADD COLUMN "evidence_items" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
UPDATE "evaluation_indicators" i SET "evidence_items" = c."total" FROM (SELECT "tenant_id", "cycle_id", "indicator_number", count(*)::integer AS "total" FROM "evaluation_evidence" GROUP BY 1, 2, 3) c WHERE i."tenant_id" = c."tenant_id" AND i."cycle_id" = c."cycle_id" AND i."indicator_number" = c."indicator_number";--> statement-breakpoint
ALTER TABLE "evaluation_official_results" ADD CONSTRAINT "evaluation_official_results_tenant_id_cycle_id_evaluation_cycles_tenant_id_id_fk" FOREIGN KEY ("tenant_id","cycle_id") REFERENCES "public"."evaluation_cycles"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_official_results" ADD CONSTRAINT "evaluation_official_results_tenant_id_file_id_files_tenant_id_id_fk" FOREIGN KEY ("tenant_id","file_id") REFERENCES "public"."files"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "evaluation_official_results_cycle" ON "evaluation_official_results" USING btree ("tenant_id","cycle_id");--> statement-breakpoint
CREATE UNIQUE INDEX "evaluation_evidence_item" ON "evaluation_evidence" USING btree ("tenant_id","cycle_id","indicator_number","item_number");