CREATE TABLE "hs_codes" (
	"code" text PRIMARY KEY NOT NULL,
	"level" smallint NOT NULL,
	"parent_code" text,
	"section_code" text,
	"description_en" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "hs_sections" (
	"code" text PRIMARY KEY NOT NULL,
	"name_en" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "hs_codes" ADD CONSTRAINT "hs_codes_section_code_hs_sections_code_fk" FOREIGN KEY ("section_code") REFERENCES "public"."hs_sections"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "hs_codes_parent_idx" ON "hs_codes" USING btree ("parent_code");