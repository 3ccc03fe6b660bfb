CREATE TABLE "deal_confirmation_links" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"entry_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"language" text NOT NULL,
	"email" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "deal_documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"entry_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"media_type" text NOT NULL,
	"byte_size" integer NOT NULL,
	"content" "bytea" NOT NULL,
	"uploaded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "deal_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"deal_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"occurred_on" date NOT NULL,
	"contact_direction" text,
	"contact_channel" text,
	"note" text,
	"closed_reason" text,
	"recorded_by" uuid,
	"recorded_as" text NOT NULL,
	"round_id" uuid,
	"buyer_confirmed_at" timestamp with time zone,
	"buyer_confirmed_via" text,
	"amends_entry_id" uuid,
	"superseded_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "deal_entries_closed_reason" CHECK ("deal_entries"."kind" <> 'closed' or "deal_entries"."closed_reason" is not null)
);
--> statement-breakpoint
CREATE TABLE "deal_order_lines" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"entry_id" uuid NOT NULL,
	"deal_id" uuid NOT NULL,
	"partner_id" uuid NOT NULL,
	"product_id" uuid NOT NULL,
	"quantity" numeric(18, 3) NOT NULL,
	"unit" text NOT NULL,
	"value" numeric(18, 2),
	"currency" text,
	"ordered_on" date NOT NULL,
	"shipped_on" date,
	CONSTRAINT "deal_order_lines_quantity" CHECK ("deal_order_lines"."quantity" >= 0 and "deal_order_lines"."quantity" <= 1000000000),
	CONSTRAINT "deal_order_lines_value" CHECK ("deal_order_lines"."value" is null or "deal_order_lines"."value" >= 0),
	CONSTRAINT "deal_order_lines_currency" CHECK (("deal_order_lines"."value" is null) = ("deal_order_lines"."currency" is null)),
	CONSTRAINT "deal_order_lines_shipped" CHECK ("deal_order_lines"."shipped_on" is null or "deal_order_lines"."shipped_on" >= "deal_order_lines"."ordered_on")
);
--> statement-breakpoint
CREATE TABLE "deals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"entrepreneur_id" uuid NOT NULL,
	"partner_id" uuid NOT NULL,
	"participant_id" uuid,
	"buyer_user_id" uuid,
	"buyer_name" text NOT NULL,
	"buyer_organisation" text,
	"buyer_email" text,
	"buyer_language" text DEFAULT 'en' NOT NULL,
	"session_id" uuid,
	"product_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"stage" text DEFAULT 'contact' NOT NULL,
	"is_sample" boolean DEFAULT false NOT NULL,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "follow_up_rates" (
	"round_id" uuid NOT NULL,
	"currency" text NOT NULL,
	"baht_per_unit" numeric(18, 6) NOT NULL,
	CONSTRAINT "follow_up_rates_round_id_currency_pk" PRIMARY KEY("round_id","currency"),
	CONSTRAINT "follow_up_rates_positive" CHECK ("follow_up_rates"."baht_per_unit" > 0)
);
--> statement-breakpoint
CREATE TABLE "follow_up_round_businesses" (
	"round_id" uuid NOT NULL,
	"entrepreneur_id" uuid NOT NULL,
	"token_hash" text,
	"invited_at" timestamp with time zone,
	"answer" text,
	"answered_at" timestamp with time zone,
	"answered_by" uuid,
	"answered_as" text,
	"reminded_week_before_at" timestamp with time zone,
	"reminded_two_days_before_at" timestamp with time zone,
	CONSTRAINT "follow_up_round_businesses_round_id_entrepreneur_id_pk" PRIMARY KEY("round_id","entrepreneur_id")
);
--> statement-breakpoint
CREATE TABLE "follow_up_rounds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"deadline" date NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"frozen_figures" jsonb,
	"opened_by" uuid,
	"closed_at" timestamp with time zone,
	"closed_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "follow_up_rounds_period" CHECK ("follow_up_rounds"."period_end" >= "follow_up_rounds"."period_start")
);
--> statement-breakpoint
ALTER TABLE "deal_confirmation_links" ADD CONSTRAINT "deal_confirmation_links_entry_id_deal_entries_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."deal_entries"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deal_documents" ADD CONSTRAINT "deal_documents_entry_id_deal_entries_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."deal_entries"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deal_entries" ADD CONSTRAINT "deal_entries_deal_id_deals_id_fk" FOREIGN KEY ("deal_id") REFERENCES "public"."deals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deal_order_lines" ADD CONSTRAINT "deal_order_lines_entry_id_deal_entries_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."deal_entries"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deal_order_lines" ADD CONSTRAINT "deal_order_lines_deal_id_deals_id_fk" FOREIGN KEY ("deal_id") REFERENCES "public"."deals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_up_rates" ADD CONSTRAINT "follow_up_rates_round_id_follow_up_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."follow_up_rounds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_up_round_businesses" ADD CONSTRAINT "follow_up_round_businesses_round_id_follow_up_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."follow_up_rounds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "deal_confirmation_links_token_unique" ON "deal_confirmation_links" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "deal_documents_entry_idx" ON "deal_documents" USING btree ("entry_id","created_at");--> statement-breakpoint
CREATE INDEX "deal_entries_deal_idx" ON "deal_entries" USING btree ("deal_id","occurred_on");--> statement-breakpoint
CREATE INDEX "deal_entries_round_idx" ON "deal_entries" USING btree ("round_id");--> statement-breakpoint
CREATE INDEX "deal_order_lines_entry_idx" ON "deal_order_lines" USING btree ("entry_id");--> statement-breakpoint
CREATE INDEX "deal_order_lines_partner_idx" ON "deal_order_lines" USING btree ("partner_id","ordered_on");--> statement-breakpoint
CREATE INDEX "deal_order_lines_product_idx" ON "deal_order_lines" USING btree ("product_id");--> statement-breakpoint
CREATE INDEX "deals_entrepreneur_idx" ON "deals" USING btree ("entrepreneur_id");--> statement-breakpoint
CREATE INDEX "deals_partner_idx" ON "deals" USING btree ("partner_id");--> statement-breakpoint
CREATE UNIQUE INDEX "deals_session_contact_unique" ON "deals" USING btree ("session_id","entrepreneur_id","participant_id") WHERE "deals"."session_id" is not null and "deals"."participant_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "follow_up_round_businesses_token_unique" ON "follow_up_round_businesses" USING btree ("token_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "follow_up_rounds_period_unique" ON "follow_up_rounds" USING btree ("period_start","period_end");