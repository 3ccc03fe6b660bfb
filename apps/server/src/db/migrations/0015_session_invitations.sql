CREATE TABLE "session_invitations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"session_id" uuid NOT NULL,
	"partner_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"language" text NOT NULL,
	"email" text,
	"created_by" uuid,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "session_participants" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"session_id" uuid NOT NULL,
	"partner_id" uuid NOT NULL,
	"invitation_id" uuid NOT NULL,
	"full_name" text NOT NULL,
	"company" text NOT NULL,
	"position" text,
	"email" text NOT NULL,
	"interests" text,
	"language" text NOT NULL,
	"checked_in_at" timestamp with time zone,
	"registered_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "session_invitations" ADD CONSTRAINT "session_invitations_session_id_programme_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."programme_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_participants" ADD CONSTRAINT "session_participants_session_id_programme_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."programme_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_participants" ADD CONSTRAINT "session_participants_invitation_id_session_invitations_id_fk" FOREIGN KEY ("invitation_id") REFERENCES "public"."session_invitations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "session_invitations_token_unique" ON "session_invitations" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "session_invitations_session_idx" ON "session_invitations" USING btree ("session_id");--> statement-breakpoint
CREATE UNIQUE INDEX "session_participants_invitation_unique" ON "session_participants" USING btree ("invitation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "session_participants_email_unique" ON "session_participants" USING btree ("session_id",lower("email"));