CREATE INDEX "ict_assets_status_brand" ON "ict_assets" USING btree ("tenant_id","status","brand","id");--> statement-breakpoint
CREATE INDEX "ict_assets_brand_trgm" ON "ict_assets" USING gin ("brand" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "ict_assets_model_trgm" ON "ict_assets" USING gin ("model" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "ict_assets_serial_trgm" ON "ict_assets" USING gin ("serial_number" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "ict_assets_item_code_trgm" ON "ict_assets" USING gin ("item_code" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "ict_assets_register_trgm" ON "ict_assets" USING gin ("register_number" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "ict_assets_location_trgm" ON "ict_assets" USING gin ("location" gin_trgm_ops);