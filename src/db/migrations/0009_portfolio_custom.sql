-- Portfolio views read projects active in a fiscal year; this covering index lets them use an
-- index-only scan instead of reading the wide projects rows (titles, abstracts, search text).
CREATE INDEX IF NOT EXISTS "projects_portfolio_idx" ON "projects" USING btree ("end_fiscal_year", "start_fiscal_year") INCLUDE ("id", "program_id", "stage");
