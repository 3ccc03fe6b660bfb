CREATE TABLE "learning_attendance" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"session_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"method" text NOT NULL,
	"checked_in_at" timestamp with time zone NOT NULL,
	"recorded_by" uuid NOT NULL,
	CONSTRAINT "learning_attendance_method" CHECK ("learning_attendance"."method" in ('qr', 'manual'))
);
--> statement-breakpoint
CREATE TABLE "learning_feedback" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"event_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"rating" integer NOT NULL,
	"comments" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "learning_feedback_rating" CHECK ("learning_feedback"."rating" between 1 and 5)
);
--> statement-breakpoint
CREATE TABLE "learning_session_check_in_links" (
	"session_id" uuid PRIMARY KEY NOT NULL,
	"token" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "learning_session_check_in_links_token" UNIQUE("token")
);
--> statement-breakpoint
CREATE TABLE "coordination_request_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid NOT NULL,
	"position" serial NOT NULL,
	"kind" text NOT NULL,
	"actor_id" uuid,
	"at" timestamp with time zone NOT NULL,
	"from_status" text,
	"to_status" text,
	"to_unit_code" text,
	"assignee_id" uuid,
	"body" text,
	"addressed_to" uuid,
	CONSTRAINT "coordination_request_events_kind" CHECK ("coordination_request_events"."kind" in ('opened', 'assigned', 'status', 'comment'))
);
--> statement-breakpoint
CREATE TABLE "coordination_request_files" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"media_type" text NOT NULL,
	"byte_size" integer NOT NULL,
	"content" "bytea" NOT NULL,
	"uploaded_by" uuid,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "coordination_request_reminders" (
	"request_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"sent_at" timestamp with time zone NOT NULL,
	CONSTRAINT "coordination_request_reminders_request_id_kind_pk" PRIMARY KEY("request_id","kind"),
	CONSTRAINT "coordination_request_reminders_kind" CHECK ("coordination_request_reminders"."kind" in ('due_soon', 'overdue'))
);
--> statement-breakpoint
CREATE TABLE "coordination_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"subject" text NOT NULL,
	"details" text NOT NULL,
	"from_unit_code" text,
	"to_unit_code" text NOT NULL,
	"assignee_id" uuid,
	"partner_id" uuid,
	"session_id" uuid,
	"kpi_code" text,
	"due_date" date NOT NULL,
	"urgency" text NOT NULL,
	"handled_by" text NOT NULL,
	"status" text DEFAULT 'received' NOT NULL,
	"opened_by" uuid NOT NULL,
	"opened_at" timestamp with time zone DEFAULT now() NOT NULL,
	"closed_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "coordination_requests_urgency" CHECK ("coordination_requests"."urgency" in ('urgent', 'can_wait')),
	CONSTRAINT "coordination_requests_handled_by" CHECK ("coordination_requests"."handled_by" in ('unit', 'iao')),
	CONSTRAINT "coordination_requests_status" CHECK ("coordination_requests"."status" in ('received', 'in_progress', 'waiting', 'done', 'declined'))
);
--> statement-breakpoint
CREATE TABLE "training_certificates" (
	"record_id" uuid PRIMARY KEY NOT NULL,
	"file_name" text NOT NULL,
	"media_type" text NOT NULL,
	"byte_size" integer NOT NULL,
	"content" "bytea" NOT NULL,
	"uploaded_by" uuid,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "training_competencies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name_th" text NOT NULL,
	"name_en" text,
	"is_active" boolean DEFAULT true NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "training_records" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid,
	"liaison_officer_id" uuid,
	"source" text NOT NULL,
	"event_id" uuid,
	"title" text NOT NULL,
	"provider" text,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"hours" integer NOT NULL,
	"competency_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"recorded_by" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "training_records_one_person" CHECK (num_nonnulls("training_records"."user_id", "training_records"."liaison_officer_id") = 1),
	CONSTRAINT "training_records_source" CHECK ("training_records"."source" in ('event', 'outside')),
	CONSTRAINT "training_records_dates" CHECK ("training_records"."ends_on" >= "training_records"."starts_on"),
	CONSTRAINT "training_records_hours" CHECK ("training_records"."hours" between 1 and 2000)
);
--> statement-breakpoint
CREATE TABLE "learning_question_banks" (
	"event_id" uuid PRIMARY KEY NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "learning_test_attempts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"test_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"answers" jsonb NOT NULL,
	"score" integer NOT NULL,
	"max_score" integer NOT NULL,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "learning_test_attempts_score_range" CHECK ("learning_test_attempts"."score" >= 0 and "learning_test_attempts"."max_score" >= 1 and "learning_test_attempts"."score" <= "learning_test_attempts"."max_score")
);
--> statement-breakpoint
CREATE TABLE "learning_test_questions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"event_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"prompt_th" text NOT NULL,
	"prompt_en" text,
	"options" jsonb NOT NULL,
	"correct_index" integer NOT NULL,
	"in_pre" boolean NOT NULL,
	"in_post" boolean NOT NULL,
	CONSTRAINT "learning_test_questions_in_a_test" CHECK ("learning_test_questions"."in_pre" or "learning_test_questions"."in_post"),
	CONSTRAINT "learning_test_questions_correct_index" CHECK ("learning_test_questions"."correct_index" >= 0 and "learning_test_questions"."correct_index" < 6)
);
--> statement-breakpoint
CREATE TABLE "learning_tests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"event_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"opens_at" timestamp with time zone,
	"closes_at" timestamp with time zone,
	"is_open" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "learning_tests_kind" CHECK ("learning_tests"."kind" in ('pre', 'post')),
	CONSTRAINT "learning_tests_closes_after_opening" CHECK ("learning_tests"."opens_at" is null or "learning_tests"."closes_at" is null or "learning_tests"."closes_at" > "learning_tests"."opens_at")
);
--> statement-breakpoint
CREATE TABLE "impact_answer_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"answer_id" uuid NOT NULL,
	"action" text NOT NULL,
	"comment" text DEFAULT '' NOT NULL,
	"by" uuid,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "impact_answer_events_action" CHECK ("impact_answer_events"."action" in ('submitted', 'returned', 'accepted', 'request_opened'))
);
--> statement-breakpoint
CREATE TABLE "impact_answers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"theme_id" uuid NOT NULL,
	"unit_code" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"saved_by" uuid,
	"submitted_by" uuid,
	"submitted_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "impact_answers_status" CHECK ("impact_answers"."status" in ('draft', 'submitted', 'returned', 'accepted'))
);
--> statement-breakpoint
CREATE TABLE "impact_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"answer_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"position" integer NOT NULL,
	"text" text NOT NULL,
	"effect" text,
	"area" text,
	"urgency" text NOT NULL,
	"handling" text NOT NULL,
	"responsible" text NOT NULL,
	"target_on" date NOT NULL,
	"request_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "impact_items_kind" CHECK ("impact_items"."kind" in ('impact', 'duty')),
	CONSTRAINT "impact_items_urgency" CHECK ("impact_items"."urgency" in ('urgent', 'can_wait')),
	CONSTRAINT "impact_items_handling" CHECK ("impact_items"."handling" in ('unit', 'needs_iao')),
	CONSTRAINT "impact_items_impact_fields" CHECK (("impact_items"."kind" = 'impact' and "impact_items"."effect" in ('positive', 'negative') and "impact_items"."area" is not null) or ("impact_items"."kind" = 'duty' and "impact_items"."effect" is null and "impact_items"."area" is null))
);
--> statement-breakpoint
CREATE TABLE "impact_themes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name_th" text NOT NULL,
	"name_en" text,
	"description" text DEFAULT '' NOT NULL,
	"is_open" boolean DEFAULT true NOT NULL,
	"due_on" date,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "learning_attendance" ADD CONSTRAINT "learning_attendance_session_id_learning_event_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."learning_event_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learning_feedback" ADD CONSTRAINT "learning_feedback_event_id_learning_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."learning_events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learning_session_check_in_links" ADD CONSTRAINT "learning_session_check_in_links_session_id_learning_event_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."learning_event_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coordination_request_events" ADD CONSTRAINT "coordination_request_events_request_id_coordination_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."coordination_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coordination_request_files" ADD CONSTRAINT "coordination_request_files_request_id_coordination_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."coordination_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coordination_request_reminders" ADD CONSTRAINT "coordination_request_reminders_request_id_coordination_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."coordination_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_certificates" ADD CONSTRAINT "training_certificates_record_id_training_records_id_fk" FOREIGN KEY ("record_id") REFERENCES "public"."training_records"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_records" ADD CONSTRAINT "training_records_event_id_learning_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."learning_events"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learning_question_banks" ADD CONSTRAINT "learning_question_banks_event_id_learning_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."learning_events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learning_test_attempts" ADD CONSTRAINT "learning_test_attempts_test_id_learning_tests_id_fk" FOREIGN KEY ("test_id") REFERENCES "public"."learning_tests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learning_test_questions" ADD CONSTRAINT "learning_test_questions_event_id_learning_question_banks_event_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."learning_question_banks"("event_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learning_tests" ADD CONSTRAINT "learning_tests_event_id_learning_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."learning_events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "impact_answer_events" ADD CONSTRAINT "impact_answer_events_answer_id_impact_answers_id_fk" FOREIGN KEY ("answer_id") REFERENCES "public"."impact_answers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "impact_answers" ADD CONSTRAINT "impact_answers_theme_id_impact_themes_id_fk" FOREIGN KEY ("theme_id") REFERENCES "public"."impact_themes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "impact_items" ADD CONSTRAINT "impact_items_answer_id_impact_answers_id_fk" FOREIGN KEY ("answer_id") REFERENCES "public"."impact_answers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "learning_attendance_one_per_session" ON "learning_attendance" USING btree ("session_id","user_id");--> statement-breakpoint
CREATE INDEX "learning_attendance_user_idx" ON "learning_attendance" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "learning_feedback_one_per_person" ON "learning_feedback" USING btree ("event_id","user_id");--> statement-breakpoint
CREATE INDEX "coordination_request_events_request" ON "coordination_request_events" USING btree ("request_id","position");--> statement-breakpoint
CREATE INDEX "coordination_request_files_request" ON "coordination_request_files" USING btree ("request_id","uploaded_at");--> statement-breakpoint
CREATE INDEX "coordination_requests_to_unit" ON "coordination_requests" USING btree ("to_unit_code","status");--> statement-breakpoint
CREATE INDEX "coordination_requests_from_unit" ON "coordination_requests" USING btree ("from_unit_code","status");--> statement-breakpoint
CREATE INDEX "coordination_requests_assignee" ON "coordination_requests" USING btree ("assignee_id","status");--> statement-breakpoint
CREATE INDEX "coordination_requests_opened_by" ON "coordination_requests" USING btree ("opened_by");--> statement-breakpoint
CREATE INDEX "coordination_requests_opened_at" ON "coordination_requests" USING btree ("opened_at");--> statement-breakpoint
CREATE UNIQUE INDEX "training_competencies_name_th_unique" ON "training_competencies" USING btree (lower("name_th"));--> statement-breakpoint
CREATE INDEX "training_records_user_idx" ON "training_records" USING btree ("user_id","ends_on");--> statement-breakpoint
CREATE INDEX "training_records_liaison_officer_idx" ON "training_records" USING btree ("liaison_officer_id","ends_on");--> statement-breakpoint
CREATE UNIQUE INDEX "training_records_one_per_event" ON "training_records" USING btree ("event_id","user_id") WHERE "training_records"."event_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "learning_test_attempts_one_per_person" ON "learning_test_attempts" USING btree ("test_id","user_id");--> statement-breakpoint
CREATE INDEX "learning_test_attempts_user_idx" ON "learning_test_attempts" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "learning_test_questions_position" ON "learning_test_questions" USING btree ("event_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "learning_tests_one_per_kind" ON "learning_tests" USING btree ("event_id","kind");--> statement-breakpoint
CREATE INDEX "impact_answer_events_answer" ON "impact_answer_events" USING btree ("answer_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "impact_answers_theme_unit_unique" ON "impact_answers" USING btree ("theme_id","unit_code");--> statement-breakpoint
CREATE INDEX "impact_answers_unit" ON "impact_answers" USING btree ("unit_code");--> statement-breakpoint
CREATE INDEX "impact_items_answer" ON "impact_items" USING btree ("answer_id","kind","position");--> statement-breakpoint
CREATE UNIQUE INDEX "impact_themes_name_unique" ON "impact_themes" USING btree (lower("name_th"));--> statement-breakpoint
-- The competency list the IAO starts from and edits (decision 0058).
INSERT INTO "training_competencies" ("name_th", "name_en", "sort_order") VALUES
	('ภาษาต่างประเทศ', 'Foreign languages', 1),
	('พิธีการทูต', 'Diplomatic protocol', 2),
	('การเจรจาต่อรอง', 'Negotiation', 3),
	('การบริหารโครงการ', 'Project management', 4),
	('กฎหมายระหว่างประเทศและความตกลงระหว่างประเทศ', 'International law and agreements', 5),
	('การสื่อสารข้ามวัฒนธรรม', 'Cross-cultural communication', 6);
