CREATE TABLE "password_resets" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"user_id" uuid,
	"email_hash" text NOT NULL,
	"ip_hash" text NOT NULL,
	"token_hash" text,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone,
	CONSTRAINT "password_resets_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "tenants" ADD COLUMN "email_domain" text;--> statement-breakpoint
CREATE UNIQUE INDEX "password_resets_token" ON "password_resets" USING btree ("tenant_id","token_hash");--> statement-breakpoint
CREATE INDEX "password_resets_email" ON "password_resets" USING btree ("tenant_id","email_hash","created_at");--> statement-breakpoint
CREATE INDEX "password_resets_ip" ON "password_resets" USING btree ("tenant_id","ip_hash","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "tenants_email_domain" ON "tenants" USING btree ("email_domain");