import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { outcomes, projects as projectsTable } from '../../db/schema.ts';
import { ForbiddenError, NotFoundError, StaleVersionError, ValidationError } from '../../errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { Actor } from '../auth/actor.ts';
import type { JobContext, JobQueue } from '../jobs/jobs.service.ts';
import type { ProjectsService } from '../projects/projects.service.ts';
import { checkDetails, DETAILS, KINDS, type Kind, OutcomeInput } from './outcomes.kinds.ts';
import { parseCrossrefJson, parseCsv, parsePubmedXml, parseRis, parseXlsx, type RawRecord } from './outcomes.parse.ts';

export const IMPORT_JOB = 'outcomes.import';
export const IMPORT_FORMATS = ['csv', 'xlsx', 'pubmed', 'crossref', 'ris'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];
const OUTCOME = { ja: '成果', en: 'Outcome' };
type Row = typeof outcomes.$inferSelect;
export type RowError = { row: number; field: string; message: string };

const view = (o: Row) => ({
  id: o.id,
  projectId: o.projectId,
  kind: o.kind,
  fiscalYear: o.fiscalYear,
  occurredOn: o.occurredOn,
  titleJa: o.titleJa,
  titleEn: o.titleEn,
  topJournal: o.topJournal,
  details: o.details ?? {},
  status: o.status as 'reported' | 'verified' | 'rejected',
  source: o.source,
  verifiedAt: o.verifiedAt?.toISOString() ?? null,
  version: o.version,
});
export type OutcomeView = ReturnType<typeof view>;

/**
 * Outcome records: researchers report them for their own projects, POs (and PS, PD, staff)
 * verify them for their programs; bulk import runs as a job, all or nothing per file.
 */
export function createOutcomeRecordsService(deps: { db: Db; projects: ProjectsService }) {
  const { db, projects } = deps;

  /** May report: a member of the project's team, or someone who may edit it. 404 if invisible. */
  async function access(projectId: number, actor: Actor) {
    const p = await projects.get(projectId, actor);
    const member = actor.researcherId !== null && p.members.some((m) => m.researcherId === actor.researcherId);
    return { canReport: member || p.permissions.canEdit, canVerify: p.permissions.canEdit };
  }

  function validate(input: OutcomeInput) {
    const d = checkDetails(input.kind, input.details);
    if (!d.ok)
      throw new ValidationError(
        { ja: '成果の内容に誤りがあります。', en: 'The outcome details are not valid.' },
        d.issues.map(({ path, message }) => ({ path, message })),
      );
    return { ...input, details: d.details, topJournal: input.kind === 'paper' && input.topJournal };
  }

  const service = {
    async listForProject(projectId: number, actor: Actor) {
      const a = await access(projectId, actor);
      const rows = await db.select().from(outcomes).where(eq(outcomes.projectId, projectId)).orderBy(outcomes.fiscalYear, outcomes.id);
      return { items: rows.map(view), permissions: a };
    },

    async report(projectId: number, input: OutcomeInput, actor: Actor) {
      if (!(await access(projectId, actor)).canReport) throw new ForbiddenError();
      const v = validate(input);
      return db.transaction(async (tx) => {
        const [row] = await tx
          .insert(outcomes)
          .values({ ...v, projectId, occurredOn: v.occurredOn ?? null, status: 'reported', source: 'manual', reportedBy: actor.userId })
          .returning();
        await recordAudit(tx, {
          actorUserId: actor.userId,
          action: 'outcome.report',
          entityType: 'outcome',
          entityId: row!.id,
          after: row,
          requestId: actor.requestId,
          ip: actor.ip,
        });
        return view(row!);
      });
    },

    /** Verify or reject a reported outcome (the version read; 409 if it changed). */
    async verify(id: number, body: { version: number; decision: 'verified' | 'rejected' }, actor: Actor) {
      const [before] = await db.select().from(outcomes).where(eq(outcomes.id, id));
      if (!before) throw new NotFoundError(OUTCOME);
      if (!(await access(before.projectId, actor)).canVerify) throw new ForbiddenError();
      return db.transaction(async (tx) => {
        const [after] = await tx
          .update(outcomes)
          .set({
            status: body.decision,
            verified: body.decision === 'verified',
            verifiedBy: actor.userId,
            verifiedAt: new Date(),
            version: sql`${outcomes.version} + 1`,
          })
          .where(and(eq(outcomes.id, id), eq(outcomes.version, body.version)))
          .returning();
        if (!after) throw new StaleVersionError(before.version);
        await recordAudit(tx, {
          actorUserId: actor.userId,
          action: `outcome.${body.decision}`,
          entityType: 'outcome',
          entityId: id,
          before: { status: before.status },
          after: { status: after.status },
          requestId: actor.requestId,
          ip: actor.ip,
        });
        return view(after);
      });
    },

    async requestImport(body: { format: ImportFormat; filename: string; content: string }, actor: Actor, jobs: JobQueue) {
      if (body.content.length === 0)
        throw new ValidationError({ ja: 'ファイルが空です。', en: 'The file is empty.' }, [{ path: 'content', message: 'empty' }]);
      const { requestId: _r, ip: _i, ...who } = actor;
      const jobId = await jobs.enqueue(IMPORT_JOB, { ...body, actor: who }, { createdBy: actor.userId });
      return { jobId };
    },

    async registerJobs(jobs: JobQueue) {
      await jobs.register<{ format: ImportFormat; filename: string; content: string; actor: Actor }>(
        IMPORT_JOB,
        (p, ctx) => service.runImport(p, ctx),
        { retryLimit: 0 },
      );
    },

    /** The import job: parse, check every row, then insert all rows in one transaction, or none. */
    async runImport(p: { format: ImportFormat; filename: string; content: string; actor: Actor }, ctx?: JobContext) {
      await ctx?.progress(0.05, { ja: 'ファイルを読み込んでいます', en: 'Reading the file' });
      const raw = await readFile(p.format, p.content);
      const grants = [...new Set(raw.flatMap((r) => (r.grantNumber || r.grantNumbers || '').split(/\s+/).filter(Boolean)))];
      const found = grants.length
        ? await db
            .select({ id: projectsTable.id, grant: projectsTable.grantNumber })
            .from(projectsTable)
            .where(inArray(projectsTable.grantNumber, grants))
        : [];
      const byGrant = new Map(found.map((f) => [f.grant, f.id]));
      const allowed = new Map<number, boolean>();
      const errors: RowError[] = [];
      const unmatched: { row: number; title: string }[] = [];
      const ready: (ReturnType<typeof validate> & { projectId: number; row: number })[] = [];
      for (const [i, r] of raw.entries()) {
        const row = i + 2;
        if (i % 50 === 0)
          await ctx?.progress(0.1 + (0.6 * i) / Math.max(1, raw.length), {
            ja: `${i + 1}行目を確認しています`,
            en: `Checking row ${i + 1}`,
          });
        const projectIds = (r.grantNumber || r.grantNumbers || '')
          .split(/\s+/)
          .filter(Boolean)
          .map((g) => byGrant.get(g))
          .filter((x): x is number => x !== undefined);
        if (!projectIds.length) {
          if (p.format === 'csv' || p.format === 'xlsx')
            errors.push({ row, field: 'grantNumber', message: 'no project with this grant number' });
          else unmatched.push({ row, title: r.titleEn ?? '' });
          continue;
        }
        const projectId = projectIds[0]!;
        if (!allowed.has(projectId))
          allowed.set(
            projectId,
            await access(projectId, p.actor).then(
              (a) => a.canReport,
              () => false,
            ),
          );
        if (!allowed.get(projectId)) {
          errors.push({ row, field: 'grantNumber', message: 'you may not report outcomes for this project' });
          continue;
        }
        const checked = toInput(r);
        if (!checked.ok) errors.push(...checked.issues.map((x) => ({ row, ...x })));
        else ready.push({ ...checked.value, projectId, row });
      }
      if (errors.length) return { imported: 0, errors, unmatched, filename: p.filename };
      await ctx?.progress(0.8, { ja: '成果を登録しています', en: 'Saving the outcomes' });
      const jobId = ctx?.jobId ?? null;
      await db.transaction(async (tx) => {
        if (ready.length) {
          await tx.insert(outcomes).values(
            ready.map(({ row: _row, ...v }) => ({
              ...v,
              occurredOn: v.occurredOn ?? null,
              status: 'reported',
              source: 'import',
              reportedBy: p.actor.userId,
              importJobId: jobId,
            })),
          );
        }
        await recordAudit(tx, {
          actorUserId: p.actor.userId,
          action: 'outcome.import',
          entityType: 'outcome_import',
          entityId: jobId,
          after: { filename: p.filename, format: p.format, rows: ready.length },
        });
      });
      return { imported: ready.length, errors: [], unmatched, filename: p.filename };
    },
  };
  return service;
}
export type OutcomeRecordsService = ReturnType<typeof createOutcomeRecordsService>;

async function readFile(format: ImportFormat, content: string): Promise<RawRecord[]> {
  try {
    if (format === 'csv') return parseCsv(content);
    if (format === 'xlsx') return await parseXlsx(Buffer.from(content, 'base64'));
    if (format === 'pubmed') return parsePubmedXml(content);
    if (format === 'crossref') return parseCrossrefJson(content);
    return parseRis(content);
  } catch (e) {
    throw new Error(`The file could not be read as ${format}: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/** A flat row (CSV template columns) → a checked outcome, or its problems named by column. */
function toInput(
  r: RawRecord,
): { ok: true; value: ReturnType<typeof clean> } | { ok: false; issues: { field: string; message: string }[] } {
  const kind = r.kind as Kind;
  if (!KINDS.includes(kind)) return { ok: false, issues: [{ field: 'kind', message: `one of ${KINDS.join(', ')}` }] };
  const shape = DETAILS[kind].shape as Record<string, unknown>;
  const details = Object.fromEntries(
    Object.keys(shape)
      .filter((k) => r[k] !== undefined && r[k] !== '')
      .map((k) => [k, k === 'conditional' ? ['true', '1', 'yes', '条件付き'].includes(String(r[k]).toLowerCase()) : r[k]]),
  );
  const parsed = OutcomeInput.safeParse({
    kind,
    fiscalYear: Number(r.fiscalYear),
    occurredOn: r.occurredOn || undefined,
    titleJa: r.titleJa || r.titleEn,
    titleEn: r.titleEn || r.titleJa,
    topJournal: ['true', '1', 'yes'].includes((r.topJournal ?? '').toLowerCase()),
    details,
  });
  if (!parsed.success) return { ok: false, issues: parsed.error.issues.map((i) => ({ field: i.path.join('.'), message: i.message })) };
  const d = checkDetails(kind, parsed.data.details);
  if (!d.ok) return { ok: false, issues: d.issues.map((i) => ({ field: i.path.replace(/^details\./, ''), message: i.text })) };
  return { ok: true, value: clean(parsed.data, d.details) };
}
const clean = (v: OutcomeInput, details: Record<string, unknown>) => ({ ...v, details, topJournal: v.kind === 'paper' && v.topJournal });
