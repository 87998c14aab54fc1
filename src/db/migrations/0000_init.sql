CREATE TABLE "audit_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_user_id" integer,
	"action" text NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" text,
	"before" jsonb,
	"after" jsonb,
	"request_id" text,
	"ip" text
);
--> statement-breakpoint
CREATE TABLE "departments" (
	"id" serial PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"name_ja" text NOT NULL,
	"name_en" text NOT NULL,
	CONSTRAINT "departments_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "disease_areas" (
	"id" serial PRIMARY KEY NOT NULL,
	"period_id" smallint NOT NULL,
	"code" text NOT NULL,
	"ordinal" smallint NOT NULL,
	"name_ja" text NOT NULL,
	"name_en" text NOT NULL,
	CONSTRAINT "disease_areas_code_unique" UNIQUE("code"),
	CONSTRAINT "disease_areas_period_id_ordinal_unique" UNIQUE("period_id","ordinal")
);
--> statement-breakpoint
CREATE TABLE "fiscal_years" (
	"fiscal_year" smallint PRIMARY KEY NOT NULL,
	"period_id" smallint NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL
);
--> statement-breakpoint
CREATE TABLE "integrated_projects" (
	"id" serial PRIMARY KEY NOT NULL,
	"period_id" smallint NOT NULL,
	"code" text NOT NULL,
	"ordinal" smallint NOT NULL,
	"kind" text NOT NULL,
	"name_ja" text NOT NULL,
	"name_en" text NOT NULL,
	CONSTRAINT "integrated_projects_code_unique" UNIQUE("code"),
	CONSTRAINT "integrated_projects_period_id_ordinal_unique" UNIQUE("period_id","ordinal")
);
--> statement-breakpoint
CREATE TABLE "ministries" (
	"id" serial PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"name_ja" text NOT NULL,
	"name_en" text NOT NULL,
	CONSTRAINT "ministries_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "plan_periods" (
	"id" smallint PRIMARY KEY NOT NULL,
	"name_ja" text NOT NULL,
	"name_en" text NOT NULL,
	"start_fiscal_year" smallint NOT NULL,
	"end_fiscal_year" smallint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "program_placements" (
	"program_id" integer NOT NULL,
	"period_id" smallint NOT NULL,
	"integrated_project_id" integer NOT NULL,
	CONSTRAINT "program_placements_program_id_period_id_pk" PRIMARY KEY("program_id","period_id")
);
--> statement-breakpoint
CREATE TABLE "programs" (
	"id" serial PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"name_ja" text NOT NULL,
	"name_en" text NOT NULL,
	"description_ja" text DEFAULT '' NOT NULL,
	"description_en" text DEFAULT '' NOT NULL,
	"ministry_id" integer NOT NULL,
	"department_id" integer NOT NULL,
	"start_fiscal_year" smallint NOT NULL,
	"end_fiscal_year" smallint,
	CONSTRAINT "programs_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "job_runs" (
	"id" uuid PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"status" text DEFAULT 'queued' NOT NULL,
	"progress" real DEFAULT 0 NOT NULL,
	"message_ja" text DEFAULT '' NOT NULL,
	"message_en" text DEFAULT '' NOT NULL,
	"params" jsonb,
	"result" jsonb,
	"error" text,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"started_at" timestamp with time zone,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "mail_outbox" (
	"id" serial PRIMARY KEY NOT NULL,
	"to" text NOT NULL,
	"subject" text NOT NULL,
	"body_text" text NOT NULL,
	"status" text DEFAULT 'queued' NOT NULL,
	"error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "outcomes" (
	"id" serial PRIMARY KEY NOT NULL,
	"project_id" integer NOT NULL,
	"kind" text NOT NULL,
	"fiscal_year" smallint NOT NULL,
	"occurred_on" date,
	"title_ja" text NOT NULL,
	"title_en" text NOT NULL,
	"top_journal" boolean DEFAULT false NOT NULL,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"verified" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "institutions" (
	"id" serial PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"name_ja" text NOT NULL,
	"name_en" text NOT NULL,
	"kind" text NOT NULL,
	"prefecture" text,
	"aliases" text[] DEFAULT '{}'::text[] NOT NULL,
	CONSTRAINT "institutions_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "login_attempts" (
	"id" serial PRIMARY KEY NOT NULL,
	"email" text NOT NULL,
	"ip" text NOT NULL,
	"succeeded" boolean NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "researchers" (
	"id" serial PRIMARY KEY NOT NULL,
	"researcher_number" char(8) NOT NULL,
	"family_name_ja" text NOT NULL,
	"given_name_ja" text NOT NULL,
	"family_name_en" text NOT NULL,
	"given_name_en" text NOT NULL,
	"orcid" text,
	"institution_id" integer NOT NULL,
	"user_id" integer,
	CONSTRAINT "researchers_researcher_number_unique" UNIQUE("researcher_number"),
	CONSTRAINT "researcher_number_digits" CHECK ("researchers"."researcher_number" ~ '^[0-9]{8}$')
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"id" text PRIMARY KEY NOT NULL,
	"user_id" integer NOT NULL,
	"csrf_token" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"ip" text,
	"user_agent" text
);
--> statement-breakpoint
CREATE TABLE "user_roles" (
	"id" serial PRIMARY KEY NOT NULL,
	"user_id" integer NOT NULL,
	"role" text NOT NULL,
	"scope_type" text NOT NULL,
	"scope_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" serial PRIMARY KEY NOT NULL,
	"email" text NOT NULL,
	"display_name" text NOT NULL,
	"password_hash" text,
	"locale" text DEFAULT 'ja' NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "project_budgets" (
	"project_id" integer NOT NULL,
	"fiscal_year" smallint NOT NULL,
	"source" text NOT NULL,
	"amount_yen" bigint NOT NULL,
	CONSTRAINT "project_budgets_project_id_fiscal_year_source_pk" PRIMARY KEY("project_id","fiscal_year","source"),
	CONSTRAINT "project_budgets_amount" CHECK ("project_budgets"."amount_yen" >= 0)
);
--> statement-breakpoint
CREATE TABLE "project_disease_areas" (
	"project_id" integer NOT NULL,
	"disease_area_id" integer NOT NULL,
	CONSTRAINT "project_disease_areas_project_id_disease_area_id_pk" PRIMARY KEY("project_id","disease_area_id")
);
--> statement-breakpoint
CREATE TABLE "project_links" (
	"predecessor_id" integer NOT NULL,
	"successor_id" integer NOT NULL,
	"kind" text NOT NULL,
	"note_ja" text DEFAULT '' NOT NULL,
	"note_en" text DEFAULT '' NOT NULL,
	CONSTRAINT "project_links_predecessor_id_successor_id_pk" PRIMARY KEY("predecessor_id","successor_id"),
	CONSTRAINT "project_links_not_self" CHECK ("project_links"."predecessor_id" <> "project_links"."successor_id")
);
--> statement-breakpoint
CREATE TABLE "project_members" (
	"project_id" integer NOT NULL,
	"researcher_id" integer NOT NULL,
	"role" text NOT NULL,
	"effort_percent" smallint NOT NULL,
	CONSTRAINT "project_members_project_id_researcher_id_pk" PRIMARY KEY("project_id","researcher_id"),
	CONSTRAINT "project_members_effort" CHECK ("project_members"."effort_percent" between 0 and 100)
);
--> statement-breakpoint
CREATE TABLE "projects" (
	"id" serial PRIMARY KEY NOT NULL,
	"grant_number" text NOT NULL,
	"title_ja" text NOT NULL,
	"title_en" text NOT NULL,
	"abstract_ja" text DEFAULT '' NOT NULL,
	"abstract_en" text DEFAULT '' NOT NULL,
	"pi_researcher_id" integer NOT NULL,
	"institution_id" integer NOT NULL,
	"program_id" integer NOT NULL,
	"start_fiscal_year" smallint NOT NULL,
	"end_fiscal_year" smallint NOT NULL,
	"modality" text NOT NULL,
	"stage" text NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"is_public" boolean DEFAULT true NOT NULL,
	"search_text" text DEFAULT '' NOT NULL,
	"search_vector" "tsvector" GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, search_text)) STORED,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "projects_grant_number_unique" UNIQUE("grant_number"),
	CONSTRAINT "projects_fiscal_years" CHECK ("projects"."end_fiscal_year" >= "projects"."start_fiscal_year")
);
--> statement-breakpoint
ALTER TABLE "disease_areas" ADD CONSTRAINT "disease_areas_period_id_plan_periods_id_fk" FOREIGN KEY ("period_id") REFERENCES "public"."plan_periods"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fiscal_years" ADD CONSTRAINT "fiscal_years_period_id_plan_periods_id_fk" FOREIGN KEY ("period_id") REFERENCES "public"."plan_periods"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "integrated_projects" ADD CONSTRAINT "integrated_projects_period_id_plan_periods_id_fk" FOREIGN KEY ("period_id") REFERENCES "public"."plan_periods"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_placements" ADD CONSTRAINT "program_placements_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_placements" ADD CONSTRAINT "program_placements_period_id_plan_periods_id_fk" FOREIGN KEY ("period_id") REFERENCES "public"."plan_periods"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_placements" ADD CONSTRAINT "program_placements_integrated_project_id_integrated_projects_id_fk" FOREIGN KEY ("integrated_project_id") REFERENCES "public"."integrated_projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programs" ADD CONSTRAINT "programs_ministry_id_ministries_id_fk" FOREIGN KEY ("ministry_id") REFERENCES "public"."ministries"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programs" ADD CONSTRAINT "programs_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outcomes" ADD CONSTRAINT "outcomes_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "researchers" ADD CONSTRAINT "researchers_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "researchers" ADD CONSTRAINT "researchers_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_roles" ADD CONSTRAINT "user_roles_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_budgets" ADD CONSTRAINT "project_budgets_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_disease_areas" ADD CONSTRAINT "project_disease_areas_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_disease_areas" ADD CONSTRAINT "project_disease_areas_disease_area_id_disease_areas_id_fk" FOREIGN KEY ("disease_area_id") REFERENCES "public"."disease_areas"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_links" ADD CONSTRAINT "project_links_predecessor_id_projects_id_fk" FOREIGN KEY ("predecessor_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_links" ADD CONSTRAINT "project_links_successor_id_projects_id_fk" FOREIGN KEY ("successor_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_members" ADD CONSTRAINT "project_members_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_members" ADD CONSTRAINT "project_members_researcher_id_researchers_id_fk" FOREIGN KEY ("researcher_id") REFERENCES "public"."researchers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_pi_researcher_id_researchers_id_fk" FOREIGN KEY ("pi_researcher_id") REFERENCES "public"."researchers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_entity_idx" ON "audit_log" USING btree ("entity_type","entity_id","at");--> statement-breakpoint
CREATE INDEX "audit_actor_idx" ON "audit_log" USING btree ("actor_user_id","at");--> statement-breakpoint
CREATE INDEX "job_runs_created_idx" ON "job_runs" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "mail_outbox_created_idx" ON "mail_outbox" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "outcomes_project_idx" ON "outcomes" USING btree ("project_id");--> statement-breakpoint
CREATE INDEX "outcomes_kind_year_idx" ON "outcomes" USING btree ("kind","fiscal_year");--> statement-breakpoint
CREATE INDEX "login_attempts_email_idx" ON "login_attempts" USING btree ("email","at");--> statement-breakpoint
CREATE INDEX "login_attempts_ip_idx" ON "login_attempts" USING btree ("ip","at");--> statement-breakpoint
CREATE UNIQUE INDEX "researchers_user_idx" ON "researchers" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "researchers_institution_idx" ON "researchers" USING btree ("institution_id");--> statement-breakpoint
CREATE INDEX "sessions_user_idx" ON "sessions" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "user_roles_unique_idx" ON "user_roles" USING btree ("user_id","role","scope_type",coalesce("scope_id", 0));--> statement-breakpoint
CREATE INDEX "user_roles_scope_idx" ON "user_roles" USING btree ("scope_type","scope_id");--> statement-breakpoint
CREATE UNIQUE INDEX "users_email_lower_idx" ON "users" USING btree (lower("email"));--> statement-breakpoint
CREATE INDEX "project_budgets_year_idx" ON "project_budgets" USING btree ("fiscal_year","source");--> statement-breakpoint
CREATE INDEX "project_disease_areas_area_idx" ON "project_disease_areas" USING btree ("disease_area_id");--> statement-breakpoint
CREATE INDEX "project_links_successor_idx" ON "project_links" USING btree ("successor_id");--> statement-breakpoint
CREATE INDEX "project_members_researcher_idx" ON "project_members" USING btree ("researcher_id");--> statement-breakpoint
CREATE INDEX "projects_program_idx" ON "projects" USING btree ("program_id");--> statement-breakpoint
CREATE INDEX "projects_pi_idx" ON "projects" USING btree ("pi_researcher_id");--> statement-breakpoint
CREATE INDEX "projects_institution_idx" ON "projects" USING btree ("institution_id");--> statement-breakpoint
CREATE INDEX "projects_years_idx" ON "projects" USING btree ("start_fiscal_year","end_fiscal_year");--> statement-breakpoint
CREATE INDEX "projects_search_idx" ON "projects" USING gin ("search_vector");