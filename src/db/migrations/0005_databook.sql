CREATE TABLE "databook_snapshots" (
	"id" serial PRIMARY KEY NOT NULL,
	"fiscal_year" smallint NOT NULL,
	"edition" integer NOT NULL,
	"data" jsonb NOT NULL,
	"frozen_by" integer,
	"note" text DEFAULT '' NOT NULL,
	"frozen_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "databook_snapshots_edition" UNIQUE("fiscal_year","edition")
);
--> statement-breakpoint
CREATE TABLE "kpi_targets" (
	"period_id" smallint NOT NULL,
	"indicator" text NOT NULL,
	"target" integer NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "kpi_targets_period_id_indicator_pk" PRIMARY KEY("period_id","indicator")
);
--> statement-breakpoint
CREATE TABLE "category_overrides" (
	"id" serial PRIMARY KEY NOT NULL,
	"project_id" integer NOT NULL,
	"scheme" text NOT NULL,
	"code" text NOT NULL,
	"action" text NOT NULL,
	"reason" text DEFAULT '' NOT NULL,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "project_categories" (
	"project_id" integer NOT NULL,
	"scheme" text NOT NULL,
	"code" text NOT NULL,
	"matches" jsonb NOT NULL,
	"score" integer NOT NULL,
	"assigned_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "project_categories_project_id_scheme_code_pk" PRIMARY KEY("project_id","scheme","code")
);
--> statement-breakpoint
ALTER TABLE "outcomes" ADD COLUMN "status" text DEFAULT 'reported' NOT NULL;--> statement-breakpoint
ALTER TABLE "outcomes" ADD COLUMN "source" text DEFAULT 'demo' NOT NULL;--> statement-breakpoint
ALTER TABLE "outcomes" ADD COLUMN "reported_by" integer;--> statement-breakpoint
ALTER TABLE "outcomes" ADD COLUMN "verified_by" integer;--> statement-breakpoint
ALTER TABLE "outcomes" ADD COLUMN "verified_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "outcomes" ADD COLUMN "import_job_id" text;--> statement-breakpoint
ALTER TABLE "outcomes" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "databook_snapshots" ADD CONSTRAINT "databook_snapshots_frozen_by_users_id_fk" FOREIGN KEY ("frozen_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kpi_targets" ADD CONSTRAINT "kpi_targets_period_id_plan_periods_id_fk" FOREIGN KEY ("period_id") REFERENCES "public"."plan_periods"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "category_overrides" ADD CONSTRAINT "category_overrides_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "category_overrides" ADD CONSTRAINT "category_overrides_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_categories" ADD CONSTRAINT "project_categories_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "databook_snapshots_year_idx" ON "databook_snapshots" USING btree ("fiscal_year");--> statement-breakpoint
CREATE INDEX "category_overrides_project_idx" ON "category_overrides" USING btree ("project_id","scheme","code");--> statement-breakpoint
CREATE INDEX "project_categories_code_idx" ON "project_categories" USING btree ("scheme","code");--> statement-breakpoint
ALTER TABLE "outcomes" ADD CONSTRAINT "outcomes_reported_by_users_id_fk" FOREIGN KEY ("reported_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outcomes" ADD CONSTRAINT "outcomes_verified_by_users_id_fk" FOREIGN KEY ("verified_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "outcomes_import_idx" ON "outcomes" USING btree ("import_job_id");