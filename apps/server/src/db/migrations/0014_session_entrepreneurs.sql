CREATE TABLE "session_entrepreneurs" (
	"session_id" uuid NOT NULL,
	"entrepreneur_id" uuid NOT NULL,
	"product_ids" uuid[] NOT NULL,
	"over_plan_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "session_entrepreneurs_session_id_entrepreneur_id_pk" PRIMARY KEY("session_id","entrepreneur_id")
);
--> statement-breakpoint
ALTER TABLE "programme_cities" ADD COLUMN "interest_categories" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "programme_cities" ADD COLUMN "interest_hs_chapters" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "session_entrepreneurs" ADD CONSTRAINT "session_entrepreneurs_session_id_programme_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."programme_sessions"("id") ON DELETE cascade ON UPDATE no action;