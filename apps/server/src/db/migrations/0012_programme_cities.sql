CREATE TABLE "programme_cities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"programme_id" uuid NOT NULL,
	"partner_id" uuid NOT NULL,
	"score_when_chosen" integer,
	"reply_status" text DEFAULT 'not_sent' NOT NULL,
	"letter_reference" text,
	"letter_sent_on" date,
	"reply_due_on" date,
	"replied_on" date,
	"note" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "programme_cities" ADD CONSTRAINT "programme_cities_programme_id_trade_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."trade_programmes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "programme_cities_partner_unique" ON "programme_cities" USING btree ("programme_id","partner_id");