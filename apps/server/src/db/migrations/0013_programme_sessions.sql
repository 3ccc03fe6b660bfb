CREATE TABLE "programme_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"programme_id" uuid NOT NULL,
	"round" integer,
	"title" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"meeting_url" text,
	"status" text DEFAULT 'planned' NOT NULL,
	"schedule_override_reason" text,
	"connection_test_at" timestamp with time zone,
	"connection_test_result" text DEFAULT 'not_tested' NOT NULL,
	"connection_test_note" text,
	"agenda" jsonb NOT NULL,
	"calendar_sequence" integer DEFAULT 0 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "programme_sessions_order" CHECK ("programme_sessions"."ends_at" > "programme_sessions"."starts_at")
);
--> statement-breakpoint
CREATE TABLE "public_holidays" (
	"country_code" text NOT NULL,
	"date" date NOT NULL,
	"name_en" text NOT NULL,
	"name_local" text,
	"kind" text NOT NULL,
	"verification" text NOT NULL,
	"source" text NOT NULL,
	CONSTRAINT "public_holidays_country_code_date_name_en_pk" PRIMARY KEY("country_code","date","name_en")
);
--> statement-breakpoint
CREATE TABLE "session_cities" (
	"session_id" uuid NOT NULL,
	"partner_id" uuid NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "session_cities_session_id_partner_id_pk" PRIMARY KEY("session_id","partner_id")
);
--> statement-breakpoint
ALTER TABLE "programme_sessions" ADD CONSTRAINT "programme_sessions_programme_id_trade_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."trade_programmes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_cities" ADD CONSTRAINT "session_cities_session_id_programme_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."programme_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "programme_sessions_programme_idx" ON "programme_sessions" USING btree ("programme_id","starts_at");