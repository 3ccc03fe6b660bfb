CREATE TABLE "strategy_reviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"position" bigserial NOT NULL,
	"submission_id" uuid NOT NULL,
	"action" text NOT NULL,
	"comment" text DEFAULT '' NOT NULL,
	"previous" jsonb,
	"by" uuid,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "strategy_reviews_action" CHECK ("strategy_reviews"."action" in ('accepted', 'returned', 'amended'))
);
--> statement-breakpoint
CREATE TABLE "strategy_round_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"round_id" uuid NOT NULL,
	"item_kind" text NOT NULL,
	"item_code" text NOT NULL,
	"lead_unit_code" text NOT NULL,
	"supporting_unit_codes" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"status" text DEFAULT 'not_started' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "strategy_round_items_kind" CHECK ("strategy_round_items"."item_kind" in ('kpi', 'project')),
	CONSTRAINT "strategy_round_items_status" CHECK ("strategy_round_items"."status" in ('not_started', 'draft', 'submitted', 'returned', 'accepted'))
);
--> statement-breakpoint
CREATE TABLE "strategy_round_reminders" (
	"round_id" uuid NOT NULL,
	"unit_code" text NOT NULL,
	"kind" text NOT NULL,
	"item_codes" jsonb NOT NULL,
	"sent_at" timestamp with time zone NOT NULL,
	CONSTRAINT "strategy_round_reminders_round_id_unit_code_kind_pk" PRIMARY KEY("round_id","unit_code","kind"),
	CONSTRAINT "strategy_round_reminders_kind" CHECK ("strategy_round_reminders"."kind" in ('week_before', 'two_days_before', 'overdue'))
);
--> statement-breakpoint
CREATE TABLE "strategy_rounds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_version_id" uuid NOT NULL,
	"fiscal_year" integer NOT NULL,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"kind" text NOT NULL,
	"deadline" date NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"opened_by" uuid,
	"approved_by" uuid,
	"approved_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "strategy_rounds_period" CHECK ("strategy_rounds"."period_end" >= "strategy_rounds"."period_start"),
	CONSTRAINT "strategy_rounds_kind" CHECK ("strategy_rounds"."kind" in ('six_month', 'twelve_month', 'other')),
	CONSTRAINT "strategy_rounds_status" CHECK ("strategy_rounds"."status" in ('open', 'approved'))
);
--> statement-breakpoint
CREATE TABLE "strategy_submissions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"item_id" uuid NOT NULL,
	"unit_code" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"level_reached" integer,
	"value" numeric(18, 4),
	"narrative" text DEFAULT '' NOT NULL,
	"project_status" text,
	"progress_percent" integer,
	"budget_planned" numeric(18, 2),
	"budget_spent" numeric(18, 2),
	"milestones" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"evidence_links" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"is_amendment" boolean DEFAULT false NOT NULL,
	"saved_by" uuid,
	"submitted_by" uuid,
	"submitted_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "strategy_submissions_status" CHECK ("strategy_submissions"."status" in ('draft', 'submitted', 'returned', 'accepted')),
	CONSTRAINT "strategy_submissions_progress" CHECK ("strategy_submissions"."progress_percent" is null or ("strategy_submissions"."progress_percent" between 0 and 100)),
	CONSTRAINT "strategy_submissions_money" CHECK (("strategy_submissions"."budget_planned" is null or "strategy_submissions"."budget_planned" >= 0) and ("strategy_submissions"."budget_spent" is null or "strategy_submissions"."budget_spent" >= 0))
);
--> statement-breakpoint
ALTER TABLE "activities" ADD COLUMN "engagement_areas" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "activities" ADD COLUMN "is_continuing" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "activities" ADD COLUMN "bma_role" text;--> statement-breakpoint
ALTER TABLE "strategy_reviews" ADD CONSTRAINT "strategy_reviews_submission_id_strategy_submissions_id_fk" FOREIGN KEY ("submission_id") REFERENCES "public"."strategy_submissions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "strategy_round_items" ADD CONSTRAINT "strategy_round_items_round_id_strategy_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."strategy_rounds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "strategy_round_reminders" ADD CONSTRAINT "strategy_round_reminders_round_id_strategy_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."strategy_rounds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "strategy_rounds" ADD CONSTRAINT "strategy_rounds_plan_version_id_strategy_plan_versions_id_fk" FOREIGN KEY ("plan_version_id") REFERENCES "public"."strategy_plan_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "strategy_submissions" ADD CONSTRAINT "strategy_submissions_item_id_strategy_round_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."strategy_round_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "strategy_reviews_submission" ON "strategy_reviews" USING btree ("submission_id");--> statement-breakpoint
CREATE UNIQUE INDEX "strategy_round_items_unique" ON "strategy_round_items" USING btree ("round_id","item_kind","item_code");--> statement-breakpoint
CREATE INDEX "strategy_round_items_lead" ON "strategy_round_items" USING btree ("lead_unit_code");--> statement-breakpoint
CREATE UNIQUE INDEX "strategy_rounds_period_unique" ON "strategy_rounds" USING btree ("plan_version_id","period_start","period_end");--> statement-breakpoint
CREATE UNIQUE INDEX "strategy_submissions_item_unit_unique" ON "strategy_submissions" USING btree ("item_id","unit_code");--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_engagement_areas" CHECK ("activities"."engagement_areas" <@ ARRAY['education', 'arts_culture_creativity', 'global_knowledge']::text[]);--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_bma_role" CHECK ("activities"."bma_role" is null or "activities"."bma_role" in ('participant', 'co_organiser', 'main_host'));