CREATE TABLE "programme_steps" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"programme_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"round" integer NOT NULL,
	"position" integer NOT NULL,
	"responsible_units" text[] NOT NULL,
	"is_first_session_only" boolean DEFAULT false NOT NULL,
	"planned_start" date NOT NULL,
	"planned_end" date NOT NULL,
	"actual_start" date,
	"actual_end" date,
	"status" text DEFAULT 'not_started' NOT NULL,
	"owner" text,
	"note" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "trade_programmes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"fiscal_year" integer NOT NULL,
	"planned_sessions" integer NOT NULL,
	"entrepreneurs_per_session" integer NOT NULL,
	"notes" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "working_group_members" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"programme_id" uuid NOT NULL,
	"full_name" text NOT NULL,
	"position" text,
	"unit_code" text,
	"group_role" text NOT NULL,
	"email" text,
	"phone" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "programme_steps" ADD CONSTRAINT "programme_steps_programme_id_trade_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."trade_programmes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "working_group_members" ADD CONSTRAINT "working_group_members_programme_id_trade_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."trade_programmes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "programme_steps_programme_idx" ON "programme_steps" USING btree ("programme_id","round","position");--> statement-breakpoint
CREATE UNIQUE INDEX "programme_steps_kind_round_unique" ON "programme_steps" USING btree ("programme_id","kind","round");--> statement-breakpoint
CREATE UNIQUE INDEX "trade_programmes_fiscal_year_unique" ON "trade_programmes" USING btree ("fiscal_year");--> statement-breakpoint
CREATE INDEX "working_group_members_programme_idx" ON "working_group_members" USING btree ("programme_id");--> statement-breakpoint
CREATE UNIQUE INDEX "working_group_members_name_unique" ON "working_group_members" USING btree ("programme_id",lower("full_name"));