CREATE TABLE "strategy_plan_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_key" text NOT NULL,
	"version" integer NOT NULL,
	"document" jsonb NOT NULL,
	"note" text NOT NULL,
	"is_current" boolean DEFAULT false NOT NULL,
	"reference_file" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	CONSTRAINT "strategy_plan_versions_version_positive" CHECK ("strategy_plan_versions"."version" >= 1)
);
--> statement-breakpoint
CREATE UNIQUE INDEX "strategy_plan_versions_key_version_unique" ON "strategy_plan_versions" USING btree ("plan_key","version");--> statement-breakpoint
CREATE UNIQUE INDEX "strategy_plan_versions_one_current" ON "strategy_plan_versions" USING btree ("plan_key") WHERE "strategy_plan_versions"."is_current";