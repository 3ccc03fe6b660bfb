CREATE TABLE "strategy_evidence_files" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"submission_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"media_type" text NOT NULL,
	"byte_size" integer NOT NULL,
	"content" "bytea" NOT NULL,
	"uploaded_by" uuid,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "strategy_plan_versions" ADD COLUMN "kind" text;--> statement-breakpoint
ALTER TABLE "strategy_submissions" ADD COLUMN "computed_value" jsonb;--> statement-breakpoint
ALTER TABLE "strategy_submissions" ADD COLUMN "override_reason" text;--> statement-breakpoint
ALTER TABLE "strategy_evidence_files" ADD CONSTRAINT "strategy_evidence_files_submission_id_strategy_submissions_id_fk" FOREIGN KEY ("submission_id") REFERENCES "public"."strategy_submissions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "strategy_evidence_files_submission" ON "strategy_evidence_files" USING btree ("submission_id","uploaded_at");--> statement-breakpoint
ALTER TABLE "strategy_plan_versions" ADD CONSTRAINT "strategy_plan_versions_kind" CHECK ("strategy_plan_versions"."kind" is null or "strategy_plan_versions"."kind" in ('correction', 'revision'));