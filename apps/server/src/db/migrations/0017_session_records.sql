CREATE TABLE "programme_step_documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"step_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"media_type" text NOT NULL,
	"byte_size" integer NOT NULL,
	"content" "bytea" NOT NULL,
	"uploaded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "session_contact_exchanges" (
	"session_id" uuid NOT NULL,
	"entrepreneur_id" uuid NOT NULL,
	"participant_id" uuid NOT NULL,
	"recorded_by" uuid,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "session_contact_exchanges_session_id_entrepreneur_id_participant_id_pk" PRIMARY KEY("session_id","entrepreneur_id","participant_id")
);
--> statement-breakpoint
CREATE TABLE "session_interests" (
	"session_id" uuid NOT NULL,
	"participant_id" uuid NOT NULL,
	"product_id" uuid NOT NULL,
	"entrepreneur_id" uuid NOT NULL,
	"level" text NOT NULL,
	"note" text,
	"recorded_by" uuid,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "session_interests_session_id_participant_id_product_id_pk" PRIMARY KEY("session_id","participant_id","product_id")
);
--> statement-breakpoint
CREATE TABLE "session_reminders" (
	"session_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"email" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"sent_at" timestamp with time zone NOT NULL,
	CONSTRAINT "session_reminders_session_id_kind_email_starts_at_pk" PRIMARY KEY("session_id","kind","email","starts_at")
);
--> statement-breakpoint
ALTER TABLE "programme_sessions" ADD COLUMN "minutes" text;--> statement-breakpoint
ALTER TABLE "programme_sessions" ADD COLUMN "summary" text;--> statement-breakpoint
ALTER TABLE "programme_sessions" ADD COLUMN "evaluation" text;--> statement-breakpoint
ALTER TABLE "programme_sessions" ADD COLUMN "problems" text;--> statement-breakpoint
ALTER TABLE "programme_sessions" ADD COLUMN "suggestions" text;--> statement-breakpoint
ALTER TABLE "programme_sessions" ADD COLUMN "report_delivered_on" date;--> statement-breakpoint
ALTER TABLE "session_entrepreneurs" ADD COLUMN "checked_in_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "programme_step_documents" ADD CONSTRAINT "programme_step_documents_step_id_programme_steps_id_fk" FOREIGN KEY ("step_id") REFERENCES "public"."programme_steps"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_contact_exchanges" ADD CONSTRAINT "session_contact_exchanges_session_id_programme_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."programme_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_contact_exchanges" ADD CONSTRAINT "session_contact_exchanges_participant_id_session_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."session_participants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_interests" ADD CONSTRAINT "session_interests_session_id_programme_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."programme_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_interests" ADD CONSTRAINT "session_interests_participant_id_session_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."session_participants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_reminders" ADD CONSTRAINT "session_reminders_session_id_programme_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."programme_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "programme_step_documents_step_idx" ON "programme_step_documents" USING btree ("step_id","created_at");