ALTER TABLE "entrepreneurs" ADD COLUMN "archived_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "entrepreneurs" ADD COLUMN "archive_reason" text;--> statement-breakpoint
CREATE INDEX "entrepreneurs_archived_idx" ON "entrepreneurs" USING btree ("id") WHERE "entrepreneurs"."archived_at" is not null;