ALTER TABLE "mail_messages" ADD COLUMN "calendar" text;--> statement-breakpoint
ALTER TABLE "mail_messages" ADD COLUMN "calendar_method" text;