ALTER TABLE "entrepreneurs" ADD COLUMN "import_key" text;--> statement-breakpoint
ALTER TABLE "products" ADD COLUMN "import_key" text;--> statement-breakpoint
CREATE UNIQUE INDEX "entrepreneurs_import_key_unique" ON "entrepreneurs" USING btree ("import_key");--> statement-breakpoint
CREATE UNIQUE INDEX "products_import_key_unique" ON "products" USING btree ("import_key");