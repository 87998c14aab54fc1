CREATE TABLE "fund_requests" (
	"id" serial PRIMARY KEY NOT NULL,
	"round_id" integer NOT NULL,
	"project_id" integer NOT NULL,
	"integrated_project_id" integer,
	"budget_fiscal_year" smallint NOT NULL,
	"amount_yen" bigint NOT NULL,
	"reason_ja" text NOT NULL,
	"reason_en" text DEFAULT '' NOT NULL,
	"expected_effect_ja" text NOT NULL,
	"expected_effect_en" text DEFAULT '' NOT NULL,
	"score" smallint,
	"rank" smallint,
	"status" text DEFAULT 'pending' NOT NULL,
	"requested_by" integer,
	"decided_by" integer,
	"decided_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "fund_requests_amount" CHECK ("fund_requests"."amount_yen" > 0),
	CONSTRAINT "fund_requests_score" CHECK ("fund_requests"."score" is null or "fund_requests"."score" between 0 and 100)
);
--> statement-breakpoint
CREATE TABLE "fund_round_limits" (
	"round_id" integer NOT NULL,
	"integrated_project_id" integer NOT NULL,
	"limit_yen" bigint NOT NULL,
	CONSTRAINT "fund_round_limits_round_id_integrated_project_id_pk" PRIMARY KEY("round_id","integrated_project_id"),
	CONSTRAINT "fund_round_limits_amount" CHECK ("fund_round_limits"."limit_yen" >= 0)
);
--> statement-breakpoint
CREATE TABLE "fund_rounds" (
	"id" serial PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"name_ja" text NOT NULL,
	"name_en" text NOT NULL,
	"fiscal_year" smallint NOT NULL,
	"end_fiscal_year" smallint NOT NULL,
	"pool_yen" bigint NOT NULL,
	"allocated_yen" bigint DEFAULT 0 NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "fund_rounds_within_pool" CHECK ("fund_rounds"."allocated_yen" >= 0 and "fund_rounds"."allocated_yen" <= "fund_rounds"."pool_yen"),
	CONSTRAINT "fund_rounds_years" CHECK ("fund_rounds"."end_fiscal_year" >= "fund_rounds"."fiscal_year")
);
--> statement-breakpoint
CREATE TABLE "handoff_fast_paths" (
	"id" serial PRIMARY KEY NOT NULL,
	"project_id" integer NOT NULL,
	"company_ja" text NOT NULL,
	"company_en" text NOT NULL,
	"agreed_on" date NOT NULL,
	"scope_ja" text DEFAULT '' NOT NULL,
	"scope_en" text DEFAULT '' NOT NULL,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "handoff_pairings" (
	"id" serial PRIMARY KEY NOT NULL,
	"project_id" integer NOT NULL,
	"successor_program_id" integer NOT NULL,
	"agreed_at" text NOT NULL,
	"go_check_ja" text NOT NULL,
	"go_check_en" text DEFAULT '' NOT NULL,
	"ip_status_ja" text DEFAULT '' NOT NULL,
	"ip_status_en" text DEFAULT '' NOT NULL,
	"plan_ja" text DEFAULT '' NOT NULL,
	"plan_en" text DEFAULT '' NOT NULL,
	"successor_start_fiscal_year" smallint NOT NULL,
	"successor_end_fiscal_year" smallint NOT NULL,
	"status" text DEFAULT 'agreed' NOT NULL,
	"successor_project_id" integer,
	"executed_at" timestamp with time zone,
	"created_by" integer,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "handoff_pairings_years" CHECK ("handoff_pairings"."successor_end_fiscal_year" >= "handoff_pairings"."successor_start_fiscal_year")
);
--> statement-breakpoint
CREATE TABLE "shortlist_item_projects" (
	"item_id" integer NOT NULL,
	"project_id" integer NOT NULL,
	CONSTRAINT "shortlist_item_projects_item_id_project_id_pk" PRIMARY KEY("item_id","project_id")
);
--> statement-breakpoint
CREATE TABLE "shortlist_items" (
	"id" serial PRIMARY KEY NOT NULL,
	"shortlist_id" integer NOT NULL,
	"title_ja" text NOT NULL,
	"title_en" text DEFAULT '' NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"outcomes" text DEFAULT '' NOT NULL,
	"competitors" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "shortlists" (
	"id" serial PRIMARY KEY NOT NULL,
	"name_ja" text NOT NULL,
	"name_en" text DEFAULT '' NOT NULL,
	"owner_user_id" integer NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "fund_requests" ADD CONSTRAINT "fund_requests_round_id_fund_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."fund_rounds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fund_requests" ADD CONSTRAINT "fund_requests_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fund_requests" ADD CONSTRAINT "fund_requests_integrated_project_id_integrated_projects_id_fk" FOREIGN KEY ("integrated_project_id") REFERENCES "public"."integrated_projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fund_requests" ADD CONSTRAINT "fund_requests_requested_by_users_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fund_requests" ADD CONSTRAINT "fund_requests_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fund_round_limits" ADD CONSTRAINT "fund_round_limits_round_id_fund_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."fund_rounds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fund_round_limits" ADD CONSTRAINT "fund_round_limits_integrated_project_id_integrated_projects_id_fk" FOREIGN KEY ("integrated_project_id") REFERENCES "public"."integrated_projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "handoff_fast_paths" ADD CONSTRAINT "handoff_fast_paths_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "handoff_fast_paths" ADD CONSTRAINT "handoff_fast_paths_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "handoff_pairings" ADD CONSTRAINT "handoff_pairings_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "handoff_pairings" ADD CONSTRAINT "handoff_pairings_successor_program_id_programs_id_fk" FOREIGN KEY ("successor_program_id") REFERENCES "public"."programs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "handoff_pairings" ADD CONSTRAINT "handoff_pairings_successor_project_id_projects_id_fk" FOREIGN KEY ("successor_project_id") REFERENCES "public"."projects"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "handoff_pairings" ADD CONSTRAINT "handoff_pairings_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shortlist_item_projects" ADD CONSTRAINT "shortlist_item_projects_item_id_shortlist_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."shortlist_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shortlist_item_projects" ADD CONSTRAINT "shortlist_item_projects_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shortlist_items" ADD CONSTRAINT "shortlist_items_shortlist_id_shortlists_id_fk" FOREIGN KEY ("shortlist_id") REFERENCES "public"."shortlists"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shortlists" ADD CONSTRAINT "shortlists_owner_user_id_users_id_fk" FOREIGN KEY ("owner_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "fund_requests_round_idx" ON "fund_requests" USING btree ("round_id","status");--> statement-breakpoint
CREATE INDEX "fund_requests_project_idx" ON "fund_requests" USING btree ("project_id");--> statement-breakpoint
CREATE INDEX "fund_rounds_year_idx" ON "fund_rounds" USING btree ("fiscal_year");--> statement-breakpoint
CREATE INDEX "handoff_fast_paths_project_idx" ON "handoff_fast_paths" USING btree ("project_id");--> statement-breakpoint
CREATE INDEX "handoff_pairings_project_idx" ON "handoff_pairings" USING btree ("project_id");--> statement-breakpoint
CREATE INDEX "shortlist_items_list_idx" ON "shortlist_items" USING btree ("shortlist_id");