import { createHash } from 'node:crypto';
import type { Db } from '../../db/client.ts';
import { ConflictError, ForbiddenError, NotFoundError, StaleVersionError, ValidationError } from '../../errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { type Actor, hasRole, isAgencyMember, scopeIds } from '../auth/actor.ts';
import type { JobQueue } from '../jobs/jobs.service.ts';
import { createMailRepository } from '../mail/mail.repository.ts';
import { canReadSteering, canSteer, canWriteReport } from './gates.policy.ts';
import { createGatesRepository, type ProjectFacts } from './gates.repository.ts';
import { createSteeringRepository, type MilestoneRow, type ReportRow, type Scope } from './steering.repository.ts';
import type {
  AttachmentUpload,
  Milestone,
  MilestoneInput,
  MilestonePatch,
  OverdueList,
  ProgressReport,
  ProjectSteering,
  ReportRequest,
  ReportReview,
  ReportSubmission,
  SiteVisitInput,
} from './steering.schemas.ts';

export const REMINDER_JOB = 'steering.reminders';
const MAX_ATTACHMENT = 512 * 1024;
const PROJECT = { ja: '課題', en: 'Project' };
const REPORT = { ja: '進捗報告', en: 'Progress report' };
const MILESTONE = { ja: 'マイルストーン', en: 'Milestone' };
const ATTACHMENT = { ja: '添付ファイル', en: 'Attachment' };

/** Today's date in Japan time (deadlines are in Asia/Tokyo). */
export function tokyoToday(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

const iso = (d: Date | null) => d?.toISOString() ?? null;

function toMilestone(m: MilestoneRow, overdue: boolean): Milestone {
  return { ...m, kind: m.kind as Milestone['kind'], status: m.status as Milestone['status'], overdue };
}

/** A real PDF: the %PDF- header and an %%EOF trailer. */
function checkPdf(bytes: Buffer) {
  const bad = (ja: string, en: string) => new ValidationError({ ja, en }, [{ path: 'contentBase64', message: en }]);
  if (bytes.length === 0 || bytes.length > MAX_ATTACHMENT)
    throw bad('添付ファイルは512KiB以下のPDFにしてください。', 'Attach a PDF of at most 512 KiB.');
  const tail = bytes.subarray(Math.max(0, bytes.length - 1024)).toString('latin1');
  if (bytes.subarray(0, 5).toString('latin1') !== '%PDF-' || !tail.includes('%%EOF'))
    throw bad('PDFファイルではありません。', 'The file is not a PDF.');
}

export function createSteeringService(deps: { db: Db }) {
  const { db } = deps;
  const repo = createSteeringRepository(db);
  const gatesRepo = createGatesRepository(db);
  const mail = createMailRepository(db);

  async function facts(projectId: number, actor: Actor, trx: Db = db): Promise<ProjectFacts> {
    const f = await gatesRepo.projectFacts(projectId, trx);
    if (!f || !canReadSteering(actor, f)) throw new NotFoundError(PROJECT);
    return f;
  }

  async function toReports(rows: ReportRow[], today: string): Promise<ProgressReport[]> {
    const atts = await repo.attachmentsOf(rows.map((r) => r.id));
    return rows.map((r) => ({
      ...r,
      kind: r.kind as ProgressReport['kind'],
      status: r.status as ProgressReport['status'],
      submittedAt: iso(r.submittedAt),
      reviewedAt: iso(r.reviewedAt),
      overdue: (r.status === 'requested' || r.status === 'returned') && r.dueOn < today,
      attachments: atts.filter((a) => a.reportId === r.id).map(({ reportId: _, ...a }) => ({ ...a, createdAt: a.createdAt.toISOString() })),
    }));
  }

  /** The report and its project, for a caller who may read it (404 otherwise). */
  async function reportFor(id: number, actor: Actor, trx: Db = db) {
    const report = await repo.reportById(id, trx);
    if (!report) throw new NotFoundError(REPORT);
    const f = await gatesRepo.projectFacts(report.projectId, trx);
    if (!f || !canReadSteering(actor, f)) throw new NotFoundError(REPORT);
    return { report, facts: f };
  }

  const audit = (tx: Db, actor: Actor, action: string, entityType: string, entityId: number, after: unknown, before?: unknown) =>
    recordAudit(tx, { actorUserId: actor.userId, action, entityType, entityId, before, after, requestId: actor.requestId, ip: actor.ip });

  function overdueScope(actor: Actor): Scope {
    if (hasRole(actor, 'admin', 'executive', 'staff', 'dc')) return null;
    return { programIds: [...scopeIds(actor, 'po'), ...scopeIds(actor, 'ps')], integratedProjectIds: scopeIds(actor, 'pd') };
  }

  return {
    async projectSteering(projectId: number, actor: Actor): Promise<ProjectSteering> {
      const f = await facts(projectId, actor);
      const today = tokyoToday();
      const [ms, reports, visits] = await Promise.all([
        repo.milestonesOf(projectId, today),
        repo.reportsOf([projectId]),
        isAgencyMember(actor) ? repo.siteVisitsOf(projectId) : Promise.resolve([]),
      ]);
      return {
        projectId,
        milestones: ms.map((r) => toMilestone(r.m, Boolean(r.overdue))),
        reports: await toReports(reports, today),
        siteVisits: visits,
        permissions: { canSteer: canSteer(actor, f), canWriteReports: canWriteReport(actor, f) },
      };
    },

    async createMilestone(projectId: number, input: MilestoneInput, actor: Actor): Promise<Milestone> {
      return db.transaction(async (tx) => {
        const f = await facts(projectId, actor, tx);
        if (!canSteer(actor, f)) throw new ForbiddenError();
        const row = await repo.insertMilestone({ projectId, ...input }, tx);
        await audit(tx, actor, 'milestone.create', 'milestone', row.id, input);
        return toMilestone(row, false);
      });
    },

    async updateMilestone(id: number, patch: MilestonePatch, actor: Actor): Promise<Milestone> {
      return db.transaction(async (tx) => {
        const before = await repo.milestoneById(id, tx);
        if (!before) throw new NotFoundError(MILESTONE);
        const f = await facts(before.projectId, actor, tx);
        if (!canSteer(actor, f)) throw new ForbiddenError();
        const { version, ...changes } = patch;
        if (changes.status === 'achieved' && !changes.achievedOn && !before.achievedOn) changes.achievedOn = tokyoToday();
        const after = await repo.updateMilestoneIfVersion(id, version, changes, tx);
        if (!after) throw new StaleVersionError(before.version);
        await audit(tx, actor, 'milestone.update', 'milestone', id, changes, { status: before.status, version: before.version });
        return toMilestone(after, false);
      });
    },

    async requestReport(projectId: number, input: ReportRequest, actor: Actor): Promise<ProgressReport> {
      const row = await db.transaction(async (tx) => {
        const f = await facts(projectId, actor, tx);
        if (!canSteer(actor, f)) throw new ForbiddenError();
        const created = await repo.insertReport({ projectId, ...input }, tx);
        if (!created)
          throw new ConflictError('report_exists', {
            ja: '同じ報告がすでに依頼されています。',
            en: 'This report has already been requested.',
          });
        await audit(tx, actor, 'report.request', 'progress_report', created.id, input);
        return created;
      });
      return (await toReports([row], tokyoToday()))[0]!;
    },

    async submitReport(id: number, input: ReportSubmission, actor: Actor): Promise<ProgressReport> {
      const row = await db.transaction(async (tx) => {
        const { report, facts: f } = await reportFor(id, actor, tx);
        if (!canWriteReport(actor, f)) throw new ForbiddenError();
        if (report.status !== 'requested' && report.status !== 'returned')
          throw new ConflictError('report_closed', { ja: 'この報告は提出済みです。', en: 'This report has already been submitted.' });
        const { version, ...fields } = input;
        const after = await repo.updateReportIfVersion(
          id,
          version,
          { ...fields, status: 'submitted', submittedBy: actor.userId, submittedAt: new Date() },
          tx,
        );
        if (!after) throw new StaleVersionError(report.version);
        await audit(tx, actor, 'report.submit', 'progress_report', id, { status: 'submitted' }, { status: report.status });
        return after;
      });
      return (await toReports([row], tokyoToday()))[0]!;
    },

    async reviewReport(id: number, input: ReportReview, actor: Actor): Promise<ProgressReport> {
      const row = await db.transaction(async (tx) => {
        const { report, facts: f } = await reportFor(id, actor, tx);
        if (!canSteer(actor, f)) throw new ForbiddenError();
        if (report.status !== 'submitted')
          throw new ConflictError('report_not_submitted', {
            ja: '未提出の報告は確認できません。',
            en: 'Only a submitted report can be reviewed.',
          });
        const after = await repo.updateReportIfVersion(
          id,
          input.version,
          { status: input.outcome, reviewComment: input.comment, reviewedBy: actor.userId, reviewedAt: new Date() },
          tx,
        );
        if (!after) throw new StaleVersionError(report.version);
        await audit(
          tx,
          actor,
          'report.review',
          'progress_report',
          id,
          { status: input.outcome, comment: input.comment },
          { status: report.status },
        );
        return after;
      });
      return (await toReports([row], tokyoToday()))[0]!;
    },

    async uploadAttachment(id: number, input: AttachmentUpload, actor: Actor) {
      const bytes = Buffer.from(input.contentBase64, 'base64');
      checkPdf(bytes);
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      return db.transaction(async (tx) => {
        const { report, facts: f } = await reportFor(id, actor, tx);
        if (!canWriteReport(actor, f)) throw new ForbiddenError();
        if (report.status !== 'requested' && report.status !== 'returned')
          throw new ConflictError('report_closed', {
            ja: '提出済みの報告には添付できません。',
            en: 'A submitted report takes no more attachments.',
          });
        const meta = { filename: input.filename, contentType: 'application/pdf', sizeBytes: bytes.length, sha256 };
        const row = await repo.insertAttachment({ reportId: id, ...meta, content: bytes, uploadedBy: actor.userId }, tx);
        await audit(tx, actor, 'report.attach', 'progress_report', id, { attachmentId: row.id, ...meta });
        return { id: row.id, ...meta, createdAt: new Date().toISOString() };
      });
    },

    async attachment(id: number, attachmentId: number, actor: Actor) {
      await reportFor(id, actor);
      const row = await repo.attachment(id, attachmentId);
      if (!row) throw new NotFoundError(ATTACHMENT);
      return row;
    },

    async myReports(actor: Actor) {
      if (actor.researcherId === null) throw new ForbiddenError();
      const rows = await repo.reportsOf(await repo.projectsOfResearcher(actor.researcherId));
      const refs = await repo.refs(rows.map((r) => r.projectId));
      const reports = await toReports(rows, tokyoToday());
      return { items: reports.map((r) => ({ ...r, project: refs.get(r.projectId)! })) };
    },

    async recordSiteVisit(projectId: number, input: SiteVisitInput, actor: Actor) {
      return db.transaction(async (tx) => {
        const f = await facts(projectId, actor, tx);
        if (!canSteer(actor, f)) throw new ForbiddenError();
        const row = await repo.insertSiteVisit({ projectId, ...input, visitedBy: actor.userId }, tx);
        await audit(tx, actor, 'site_visit.record', 'site_visit', row.id, { projectId, ...input });
        return { id: row.id, visitedOn: row.visitedOn, visitedBy: actor.displayName, notes: row.notes };
      });
    },

    async overdue(actor: Actor): Promise<OverdueList> {
      if (!isAgencyMember(actor)) throw new ForbiddenError();
      const today = tokyoToday();
      const scope = overdueScope(actor);
      const [reports, ms, conds] = await Promise.all([
        repo.overdueReports(today, scope),
        repo.overdueMilestones(today, scope),
        repo.overdueConditionsIn(today, scope),
      ]);
      const refs = await repo.refs([...reports, ...ms, ...conds].map((r) => r.projectId));
      return {
        today,
        reports: reports.map((r) => ({
          id: r.id,
          kind: r.kind,
          fiscalYear: r.fiscalYear,
          dueOn: r.dueOn,
          status: r.status,
          project: refs.get(r.projectId)!,
        })),
        milestones: ms.map((m) => ({ ...m, project: refs.get(m.projectId)! })),
        conditions: conds.map((c) => ({
          reviewId: c.id,
          conditions: c.conditions,
          conditionDeadline: c.deadline,
          project: refs.get(c.projectId)!,
        })),
      };
    },

    /** Queues the reminder run; the job mails each PI whose report is due within 14 days or overdue. */
    async queueReminders(jobs: JobQueue, actor: Actor) {
      if (!hasRole(actor, 'admin', 'staff', 'po', 'ps', 'pd')) throw new ForbiddenError();
      return { jobId: await jobs.enqueue(REMINDER_JOB, {}, { createdBy: actor.userId, singletonKey: REMINDER_JOB }) };
    },

    async registerJobs(jobs: JobQueue) {
      await jobs.register(REMINDER_JOB, async (_params, ctx) => this.sendReminders((f) => ctx.progress(f)), { retryLimit: 1 });
    },

    /** One e-mail per due report, written to the mail outbox with the report's reminded_at, in one transaction each. */
    async sendReminders(progress: (fraction: number) => Promise<void> = async () => {}) {
      const today = tokyoToday();
      const due = await repo.reminderCandidates(today, 14);
      for (const [i, r] of due.entries()) {
        const late = r.dueOn < today;
        await db.transaction(async (tx) => {
          await mail.insert(
            {
              to: r.email,
              subject: `${late ? '【提出期限超過】' : '【提出期限のお知らせ】'}${r.grantNumber} 研究開発進捗報告 / Progress report ${late ? 'overdue' : 'due'}`,
              text: `${r.titleJa}\n${r.fiscalYear}年度 ${r.kind === 'annual' ? '年次' : '中間'}報告の提出期限：${r.dueOn}\n\n${r.titleEn}\n${r.kind === 'annual' ? 'Annual' : 'Interim'} report for FY${r.fiscalYear} due ${r.dueOn} (Japan time).`,
            },
            tx,
          );
          await repo.markReminded(r.id, tx);
        });
        if (i % 50 === 0) await progress(i / due.length);
      }
      await progress(1);
      return { reminded: due.length };
    },
  };
}

export type SteeringService = ReturnType<typeof createSteeringService>;
