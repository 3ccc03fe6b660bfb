CREATE TABLE "entrepreneurs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name_th" text NOT NULL,
	"name_en" text,
	"name_ja" text,
	"name_ko" text,
	"name_zh" text,
	"owner_name" text NOT NULL,
	"legal_form" text NOT NULL,
	"registration_number" text,
	"district_code" text NOT NULL,
	"address" text,
	"email" text,
	"phone" text,
	"website" text,
	"line_id" text,
	"languages" text[] DEFAULT '{}'::text[] NOT NULL,
	"export_experience" text DEFAULT 'none' NOT NULL,
	"export_readiness" text DEFAULT 'not_ready' NOT NULL,
	"production_capacity" text,
	"consent_given_at" timestamp with time zone,
	"consent_method" text,
	"consent_recorded_by" uuid,
	"consent_withdrawn_at" timestamp with time zone,
	"is_sample" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "product_certifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"product_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"year_certified" smallint,
	"valid_from" date,
	"valid_until" date,
	"district_code" text,
	"number" text,
	"name" text,
	"issuer" text,
	"is_sample" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "product_interests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"product_id" uuid NOT NULL,
	"buyer_user_id" uuid NOT NULL,
	"buyer_name" text NOT NULL,
	"partner_id" uuid,
	"message" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "products" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"entrepreneur_id" uuid NOT NULL,
	"name_th" text NOT NULL,
	"name_en" text,
	"name_ja" text,
	"name_ko" text,
	"name_zh" text,
	"description_th" text,
	"description_en" text,
	"description_ja" text,
	"description_ko" text,
	"description_zh" text,
	"category" text NOT NULL,
	"hs_code" text NOT NULL,
	"price_min_thb" numeric(12, 2),
	"price_max_thb" numeric(12, 2),
	"minimum_order_quantity" integer,
	"minimum_order_unit" text,
	"lead_time_days" smallint,
	"shelf_life_days" integer,
	"packaging" text,
	"is_sample" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "product_certifications" ADD CONSTRAINT "product_certifications_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "product_interests" ADD CONSTRAINT "product_interests_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "products" ADD CONSTRAINT "products_entrepreneur_id_entrepreneurs_id_fk" FOREIGN KEY ("entrepreneur_id") REFERENCES "public"."entrepreneurs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "products" ADD CONSTRAINT "products_hs_code_hs_codes_code_fk" FOREIGN KEY ("hs_code") REFERENCES "public"."hs_codes"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "entrepreneurs_district_idx" ON "entrepreneurs" USING btree ("district_code");--> statement-breakpoint
CREATE INDEX "product_certifications_product_idx" ON "product_certifications" USING btree ("product_id");--> statement-breakpoint
CREATE INDEX "product_certifications_listing_idx" ON "product_certifications" USING btree ("kind","valid_until","product_id");--> statement-breakpoint
CREATE INDEX "product_interests_product_idx" ON "product_interests" USING btree ("product_id");--> statement-breakpoint
CREATE INDEX "products_entrepreneur_idx" ON "products" USING btree ("entrepreneur_id");--> statement-breakpoint
CREATE INDEX "products_category_idx" ON "products" USING btree ("category");