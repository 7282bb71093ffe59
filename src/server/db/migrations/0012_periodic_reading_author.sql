ALTER TABLE "tenants" ADD COLUMN "periodic_reading_set_by_name" text;--> statement-breakpoint
ALTER TABLE "tenants" ADD COLUMN "periodic_reading_set_at" timestamp with time zone;