CREATE TABLE "application_attachments" (
	"id" serial PRIMARY KEY NOT NULL,
	"application_id" integer NOT NULL,
	"kind" text NOT NULL,
	"file_name" text NOT NULL,
	"content_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"sha256" text NOT NULL,
	"storage_key" text NOT NULL,
	"uploaded_by" integer,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "application_budgets" (
	"application_id" integer NOT NULL,
	"fiscal_year" smallint NOT NULL,
	"amount_yen" bigint NOT NULL,
	CONSTRAINT "application_budgets_application_id_fiscal_year_pk" PRIMARY KEY("application_id","fiscal_year"),
	CONSTRAINT "application_budgets_amount" CHECK ("application_budgets"."amount_yen" >= 0)
);
--> statement-breakpoint
CREATE TABLE "application_decisions" (
	"application_id" integer PRIMARY KEY NOT NULL,
	"outcome" text NOT NULL,
	"awarded_budget" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"reason_ja" text DEFAULT '' NOT NULL,
	"reason_en" text DEFAULT '' NOT NULL,
	"project_id" integer,
	"decided_by" integer,
	"decided_at" timestamp with time zone DEFAULT now() NOT NULL,
	"letter_outbox_id" integer,
	CONSTRAINT "application_decisions_outcome" CHECK ("application_decisions"."outcome" in ('adopted','rejected'))
);
--> statement-breakpoint
CREATE TABLE "application_flags" (
	"id" serial PRIMARY KEY NOT NULL,
	"application_id" integer NOT NULL,
	"researcher_id" integer NOT NULL,
	"kind" text NOT NULL,
	"subject_key" text NOT NULL,
	"score" real,
	"evidence" jsonb NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"dismiss_reason" text,
	"dismissed_by" integer,
	"dismissed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "application_members" (
	"application_id" integer NOT NULL,
	"researcher_id" integer NOT NULL,
	"role" text NOT NULL,
	"effort_percent" smallint NOT NULL,
	CONSTRAINT "application_members_application_id_researcher_id_pk" PRIMARY KEY("application_id","researcher_id"),
	CONSTRAINT "application_members_effort" CHECK ("application_members"."effort_percent" between 5 and 100 and "application_members"."effort_percent" % 5 = 0)
);
--> statement-breakpoint
CREATE TABLE "application_status_history" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"application_id" integer NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"actor_user_id" integer,
	"note" text DEFAULT '' NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "applications" (
	"id" serial PRIMARY KEY NOT NULL,
	"call_id" integer NOT NULL,
	"call_type_id" integer NOT NULL,
	"pi_researcher_id" integer NOT NULL,
	"institution_id" integer NOT NULL,
	"title_ja" text DEFAULT '' NOT NULL,
	"title_en" text DEFAULT '' NOT NULL,
	"abstract_ja" text DEFAULT '' NOT NULL,
	"abstract_en" text DEFAULT '' NOT NULL,
	"modality" text DEFAULT 'other' NOT NULL,
	"keywords" text[] DEFAULT '{}'::text[] NOT NULL,
	"ppi_plan" text DEFAULT '' NOT NULL,
	"ppi_answers" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"other_funding" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"submitted_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "applications_status" CHECK ("applications"."status" in ('draft','submitted','withdrawn','adopted','rejected'))
);
--> statement-breakpoint
CREATE TABLE "call_types" (
	"id" serial PRIMARY KEY NOT NULL,
	"call_id" integer NOT NULL,
	"code" text NOT NULL,
	"name_ja" text NOT NULL,
	"name_en" text NOT NULL,
	"budget_cap_yen" bigint NOT NULL,
	"duration_years" smallint NOT NULL,
	"planned_awards" smallint DEFAULT 1 NOT NULL,
	CONSTRAINT "call_types_duration" CHECK ("call_types"."duration_years" between 1 and 10),
	CONSTRAINT "call_types_cap" CHECK ("call_types"."budget_cap_yen" > 0)
);
--> statement-breakpoint
CREATE TABLE "calls" (
	"id" serial PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"program_id" integer NOT NULL,
	"fiscal_year" smallint NOT NULL,
	"title_ja" text NOT NULL,
	"title_en" text NOT NULL,
	"description_ja" text DEFAULT '' NOT NULL,
	"description_en" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"opens_at" timestamp with time zone NOT NULL,
	"deadline_at" timestamp with time zone NOT NULL,
	"budget_yen" bigint NOT NULL,
	"concentration_limit_yen" bigint DEFAULT 200000000 NOT NULL,
	"partner_countries" text[] DEFAULT '{}'::text[] NOT NULL,
	"eligibility" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"ppi_questions" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"required_attachments" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"review_form" jsonb NOT NULL,
	"review_stages" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "calls_code_unique" UNIQUE("code"),
	CONSTRAINT "calls_deadline_after_open" CHECK ("calls"."deadline_at" > "calls"."opens_at"),
	CONSTRAINT "calls_budget" CHECK ("calls"."budget_yen" >= 0)
);
--> statement-breakpoint
ALTER TABLE "application_attachments" ADD CONSTRAINT "application_attachments_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_attachments" ADD CONSTRAINT "application_attachments_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_budgets" ADD CONSTRAINT "application_budgets_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_decisions" ADD CONSTRAINT "application_decisions_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_decisions" ADD CONSTRAINT "application_decisions_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_decisions" ADD CONSTRAINT "application_decisions_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_flags" ADD CONSTRAINT "application_flags_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_flags" ADD CONSTRAINT "application_flags_researcher_id_researchers_id_fk" FOREIGN KEY ("researcher_id") REFERENCES "public"."researchers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_flags" ADD CONSTRAINT "application_flags_dismissed_by_users_id_fk" FOREIGN KEY ("dismissed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_members" ADD CONSTRAINT "application_members_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_members" ADD CONSTRAINT "application_members_researcher_id_researchers_id_fk" FOREIGN KEY ("researcher_id") REFERENCES "public"."researchers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_status_history" ADD CONSTRAINT "application_status_history_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_status_history" ADD CONSTRAINT "application_status_history_actor_user_id_users_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_call_id_calls_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."calls"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_call_type_id_call_types_id_fk" FOREIGN KEY ("call_type_id") REFERENCES "public"."call_types"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_pi_researcher_id_researchers_id_fk" FOREIGN KEY ("pi_researcher_id") REFERENCES "public"."researchers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "call_types" ADD CONSTRAINT "call_types_call_id_calls_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."calls"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calls" ADD CONSTRAINT "calls_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "application_attachments_kind_idx" ON "application_attachments" USING btree ("application_id","kind");--> statement-breakpoint
CREATE UNIQUE INDEX "application_flags_subject_idx" ON "application_flags" USING btree ("application_id","researcher_id","kind","subject_key");--> statement-breakpoint
CREATE INDEX "application_members_researcher_idx" ON "application_members" USING btree ("researcher_id");--> statement-breakpoint
CREATE INDEX "application_status_history_app_idx" ON "application_status_history" USING btree ("application_id","at");--> statement-breakpoint
CREATE INDEX "applications_call_idx" ON "applications" USING btree ("call_id","status");--> statement-breakpoint
CREATE INDEX "applications_pi_idx" ON "applications" USING btree ("pi_researcher_id");--> statement-breakpoint
CREATE UNIQUE INDEX "call_types_code_idx" ON "call_types" USING btree ("call_id","code");--> statement-breakpoint
CREATE INDEX "calls_program_idx" ON "calls" USING btree ("program_id","fiscal_year");