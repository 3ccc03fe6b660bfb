CREATE INDEX "products_hs_code_prefix_idx" ON "products" USING btree ("hs_code" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "products_name_document_knn_idx" ON "products" USING gist ("name_document" gist_trgm_ops);--> statement-breakpoint
CREATE INDEX "products_search_document_knn_idx" ON "products" USING gist ("search_document" gist_trgm_ops(siglen=64));