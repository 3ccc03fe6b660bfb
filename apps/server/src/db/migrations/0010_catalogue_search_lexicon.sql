CREATE TABLE "product_name_terms" (
	"term_id" integer NOT NULL,
	"name_size" smallint NOT NULL,
	"product_id" uuid NOT NULL,
	CONSTRAINT "product_name_terms_term_id_name_size_product_id_pk" PRIMARY KEY("term_id","name_size","product_id")
);
--> statement-breakpoint
CREATE TABLE "product_search_terms" (
	"product_id" uuid PRIMARY KEY NOT NULL,
	"name_terms" integer[] DEFAULT '{}'::integer[] NOT NULL,
	"terms" integer[] DEFAULT '{}'::integer[] NOT NULL
);
--> statement-breakpoint
CREATE TABLE "search_terms" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "search_terms_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"term" text NOT NULL
);
--> statement-breakpoint
DROP INDEX "products_name_document_trgm_idx";--> statement-breakpoint
DROP INDEX "products_search_document_trgm_idx";--> statement-breakpoint
DROP INDEX "products_name_document_knn_idx";--> statement-breakpoint
DROP INDEX "products_search_document_knn_idx";--> statement-breakpoint
ALTER TABLE "product_name_terms" ADD CONSTRAINT "product_name_terms_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "product_search_terms" ADD CONSTRAINT "product_search_terms_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "product_name_terms_product_idx" ON "product_name_terms" USING btree ("product_id");--> statement-breakpoint
CREATE INDEX "product_search_terms_name_terms_idx" ON "product_search_terms" USING gin ("name_terms") WITH (fastupdate=false);--> statement-breakpoint
CREATE INDEX "product_search_terms_terms_idx" ON "product_search_terms" USING gin ("terms") WITH (fastupdate=false);--> statement-breakpoint
CREATE UNIQUE INDEX "search_terms_term_unique" ON "search_terms" USING btree ("term");--> statement-breakpoint
CREATE INDEX "search_terms_term_trgm_idx" ON "search_terms" USING gin ("term" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "product_certifications_bangkok_brand_idx" ON "product_certifications" USING btree ("product_id","valid_until","valid_from","year_certified") WHERE "product_certifications"."kind" = 'bangkok_brand';--> statement-breakpoint
CREATE INDEX "products_category_name_th_idx" ON "products" USING btree ("category","name_th","id");--> statement-breakpoint
-- The words already in the products' search documents become the lexicon and each product's terms.
INSERT INTO "search_terms" ("term")
SELECT DISTINCT left("word", 100) FROM "products", unnest(string_to_array("search_document", ' ')) AS "word"
 WHERE "word" <> '' ORDER BY 1 ON CONFLICT DO NOTHING;--> statement-breakpoint
INSERT INTO "product_search_terms" ("product_id", "name_terms", "terms")
SELECT "products"."id",
       array(SELECT DISTINCT "search_terms"."id" FROM unnest(string_to_array("products"."name_document", ' ')) AS "word"
               JOIN "search_terms" ON "search_terms"."term" = left("word", 100) ORDER BY 1),
       array(SELECT DISTINCT "search_terms"."id" FROM unnest(string_to_array("products"."search_document", ' ')) AS "word"
               JOIN "search_terms" ON "search_terms"."term" = left("word", 100) ORDER BY 1)
  FROM "products";--> statement-breakpoint
INSERT INTO "product_name_terms" ("term_id", "name_size", "product_id")
SELECT "term", cardinality("name_terms"), "product_id" FROM "product_search_terms", unnest("name_terms") AS "term";--> statement-breakpoint
ALTER TABLE "products" DROP COLUMN "name_document";--> statement-breakpoint
ALTER TABLE "products" DROP COLUMN "search_document";