CREATE TABLE "evaluation_exchanges" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"cycle_id" uuid NOT NULL,
	"indicator_number" integer NOT NULL,
	"kind" text NOT NULL,
	"level" integer,
	"note" text,
	"user_id" uuid NOT NULL,
	CONSTRAINT "evaluation_exchanges_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "evaluation_evidence" ADD COLUMN "url" text;--> statement-breakpoint
ALTER TABLE "evaluation_indicators" ADD COLUMN "submission" text;--> statement-breakpoint
ALTER TABLE "evaluation_exchanges" ADD CONSTRAINT "evaluation_exchanges_tenant_id_cycle_id_evaluation_cycles_tenant_id_id_fk" FOREIGN KEY ("tenant_id","cycle_id") REFERENCES "public"."evaluation_cycles"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "evaluation_exchanges_indicator" ON "evaluation_exchanges" USING btree ("tenant_id","cycle_id","indicator_number");