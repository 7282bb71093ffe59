CREATE TABLE "issued_documents" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"entity_type" text,
	"entity_id" uuid,
	"file_id" uuid NOT NULL,
	"sha256" text NOT NULL,
	"signer_subject" text NOT NULL,
	"issued_by" uuid,
	"issued_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "issued_documents_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "signing_keys" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"subject" text NOT NULL,
	"certificate_pem" text NOT NULL,
	"p12_base64" text NOT NULL,
	"valid_until" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "signing_keys_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE INDEX "issued_documents_entity" ON "issued_documents" USING btree ("tenant_id","entity_type","entity_id");--> statement-breakpoint
CREATE INDEX "issued_documents_id" ON "issued_documents" USING btree ("id");--> statement-breakpoint
CREATE INDEX "issued_documents_sha" ON "issued_documents" USING btree ("sha256");