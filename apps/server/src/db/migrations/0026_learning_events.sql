CREATE TABLE "learning_event_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"event_id" uuid NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"room" text,
	"online_url" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "learning_event_sessions_ends_after_start" CHECK ("learning_event_sessions"."ends_at" > "learning_event_sessions"."starts_at")
);
--> statement-breakpoint
CREATE TABLE "learning_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"title_th" text NOT NULL,
	"title_en" text,
	"description_th" text,
	"description_en" text,
	"organiser_unit_code" text NOT NULL,
	"capacity" integer NOT NULL,
	"invited_unit_codes" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"credit_hours" integer,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "learning_events_kind" CHECK ("learning_events"."kind" in ('seminar', 'workshop', 'training', 'consultation')),
	CONSTRAINT "learning_events_status" CHECK ("learning_events"."status" in ('draft', 'open', 'closed', 'cancelled')),
	CONSTRAINT "learning_events_capacity_positive" CHECK ("learning_events"."capacity" >= 1)
);
--> statement-breakpoint
CREATE TABLE "learning_registrations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"event_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"unit_code" text,
	"status" text NOT NULL,
	"registered_at" timestamp with time zone DEFAULT now() NOT NULL,
	"cancelled_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "learning_registrations_status" CHECK ("learning_registrations"."status" in ('registered', 'waitlisted', 'cancelled'))
);
--> statement-breakpoint
ALTER TABLE "learning_event_sessions" ADD CONSTRAINT "learning_event_sessions_event_id_learning_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."learning_events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learning_registrations" ADD CONSTRAINT "learning_registrations_event_id_learning_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."learning_events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "learning_event_sessions_event_idx" ON "learning_event_sessions" USING btree ("event_id","starts_at");--> statement-breakpoint
CREATE INDEX "learning_events_status_idx" ON "learning_events" USING btree ("status");--> statement-breakpoint
CREATE UNIQUE INDEX "learning_registrations_one_per_person" ON "learning_registrations" USING btree ("event_id","user_id");--> statement-breakpoint
CREATE INDEX "learning_registrations_event_status_idx" ON "learning_registrations" USING btree ("event_id","status","registered_at");