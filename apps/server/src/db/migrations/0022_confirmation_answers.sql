ALTER TABLE "deal_confirmation_links" ALTER COLUMN "token_hash" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "deal_confirmation_links" ADD COLUMN "via" text DEFAULT 'link' NOT NULL;--> statement-breakpoint
ALTER TABLE "deal_confirmation_links" ADD COLUMN "answer" text;--> statement-breakpoint
ALTER TABLE "deal_confirmation_links" ADD COLUMN "answer_note" text;--> statement-breakpoint
ALTER TABLE "deal_confirmation_links" ADD COLUMN "answered_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "deal_confirmation_links_entry_idx" ON "deal_confirmation_links" USING btree ("entry_id");--> statement-breakpoint
ALTER TABLE "deal_confirmation_links" ADD CONSTRAINT "deal_confirmation_links_via" CHECK ("deal_confirmation_links"."via" in ('link', 'account'));--> statement-breakpoint
ALTER TABLE "deal_confirmation_links" ADD CONSTRAINT "deal_confirmation_links_token" CHECK (("deal_confirmation_links"."via" = 'link') = ("deal_confirmation_links"."token_hash" is not null));--> statement-breakpoint
ALTER TABLE "deal_confirmation_links" ADD CONSTRAINT "deal_confirmation_links_answer" CHECK (("deal_confirmation_links"."answer" is null and "deal_confirmation_links"."answered_at" is null and "deal_confirmation_links"."answer_note" is null)
        or ("deal_confirmation_links"."answer" = 'confirmed' and "deal_confirmation_links"."answered_at" is not null and "deal_confirmation_links"."answer_note" is null)
        or ("deal_confirmation_links"."answer" = 'disputed' and "deal_confirmation_links"."answered_at" is not null and "deal_confirmation_links"."answer_note" is not null));--> statement-breakpoint
ALTER TABLE "deal_confirmation_links" ADD CONSTRAINT "deal_confirmation_links_account_answered" CHECK ("deal_confirmation_links"."via" = 'link' or "deal_confirmation_links"."answer" is not null);--> statement-breakpoint
-- The answers given so far, kept until now only in the audit trail (decision 0034), move to their
-- links: a link's confirmation, then its "not right" with the note; then each "not right" said from the
-- buyer's account becomes a row of its own (its entry still there).
UPDATE "deal_confirmation_links" SET "answer" = 'confirmed', "answered_at" = ("audit_events"."after"->>'buyerConfirmedAt')::timestamptz
  FROM "audit_events"
 WHERE "audit_events"."entity_type" = 'deal' AND "audit_events"."action" = 'deal_entry.confirm'
   AND "audit_events"."after"->>'linkId' = "deal_confirmation_links"."id"::text
   AND "audit_events"."after"->>'buyerConfirmedAt' IS NOT NULL;--> statement-breakpoint
UPDATE "deal_confirmation_links" SET "answer" = 'disputed', "answer_note" = coalesce("audit_events"."after"->>'note', ''),
       "answered_at" = ("audit_events"."after"->>'at')::timestamptz
  FROM "audit_events"
 WHERE "audit_events"."entity_type" = 'deal' AND "audit_events"."action" = 'deal_entry.dispute'
   AND "audit_events"."after"->>'linkId' = "deal_confirmation_links"."id"::text
   AND "audit_events"."after"->>'at' IS NOT NULL;--> statement-breakpoint
INSERT INTO "deal_confirmation_links"
       ("entry_id", "via", "language", "email", "expires_at", "used_at", "created_by", "created_at", "answer", "answer_note", "answered_at")
SELECT "deal_entries"."id", 'account', "deals"."buyer_language", coalesce("audit_events"."actor_email", "deals"."buyer_email", ''),
       "answered"."at", "answered"."at", "audit_events"."actor_user_id", "answered"."at",
       'disputed', coalesce("audit_events"."after"->>'note', ''), "answered"."at"
  FROM "audit_events"
  CROSS JOIN LATERAL (SELECT ("audit_events"."after"->>'at')::timestamptz AS "at") AS "answered"
  JOIN "deal_entries" ON "deal_entries"."id"::text = "audit_events"."after"->>'entryId'
  JOIN "deals" ON "deals"."id" = "deal_entries"."deal_id"
 WHERE "audit_events"."entity_type" = 'deal' AND "audit_events"."action" = 'deal_entry.dispute'
   AND "audit_events"."after"->>'via' = 'account' AND "answered"."at" IS NOT NULL;
