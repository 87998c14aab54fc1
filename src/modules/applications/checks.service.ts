import type { Db } from '../../db/client.ts';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { type Actor, isAgencyMember } from '../auth/actor.ts';
import type { CallsService } from '../calls/calls.service.ts';
import type { ProjectsService } from '../projects/projects.service.ts';
import { APPLICATION, type ApplicationsService } from './applications.service.ts';
import { createChecksRepository, type NewFlag } from './checks.repository.ts';
import { similarity, vectorOf } from './similarity.ts';

/** Titles and abstracts at least this similar (cosine, 0–1) are flagged as possible duplication. */
export const DUPLICATION_THRESHOLD = 0.45;

export type EffortEntry = {
  kind: 'project' | 'application' | 'this';
  id: number;
  label: string;
  titleJa: string;
  titleEn: string;
  effortPercent: number;
};
export type EffortLine = {
  researcherId: number;
  nameJa: string;
  nameEn: string;
  entries: EffortEntry[];
  /** Active projects plus this application: above 100 blocks the award. */
  committedPercent: number;
  /** Also counting other applications still pending. */
  withPendingPercent: number;
};

export function createChecksService(deps: { db: Db; calls: CallsService; applications: ApplicationsService; projects: ProjectsService }) {
  const { db, calls, applications, projects } = deps;
  const repo = createChecksRepository(db);
  const apps = applications.repo;

  /** e-Rad's effort register for the team of one application, in the call's fiscal year. */
  async function effortRegister(applicationId: number, trx: Db = db): Promise<EffortLine[]> {
    const app = await apps.find(applicationId, trx);
    const call = app && (await apps.callOf(app.callId, trx));
    if (!app || !call) throw new NotFoundError(APPLICATION);
    const members = await apps.membersOf([applicationId], trx);
    const ids = members.map((m) => m.researcherId);
    const [commitments, pending] = await Promise.all([
      projects.commitmentsOf(ids, call.fiscalYear, trx),
      apps.pendingOf(ids, applicationId, trx),
    ]);
    return members.map((m) => {
      const entries: EffortEntry[] = [
        ...commitments
          .filter((c) => c.researcherId === m.researcherId)
          .map((c) => ({
            kind: 'project' as const,
            id: c.projectId,
            label: c.grantNumber,
            titleJa: c.titleJa,
            titleEn: c.titleEn,
            effortPercent: c.effortPercent,
          })),
        { kind: 'this', id: app.id, label: `#${app.id}`, titleJa: app.titleJa, titleEn: app.titleEn, effortPercent: m.effortPercent },
        ...pending
          .filter((p) => p.researcherId === m.researcherId)
          .map((p) => ({
            kind: 'application' as const,
            id: p.id,
            label: `#${p.id}`,
            titleJa: p.titleJa,
            titleEn: p.titleEn,
            effortPercent: p.effortPercent,
          })),
      ];
      const sum = (xs: EffortEntry[]) => xs.reduce((s, e) => s + e.effortPercent, 0);
      return {
        researcherId: m.researcherId,
        nameJa: `${m.familyJa} ${m.givenJa}`,
        nameEn: `${m.givenEn} ${m.familyEn}`,
        entries,
        committedPercent: sum(entries.filter((e) => e.kind !== 'application')),
        withPendingPercent: sum(entries),
      };
    });
  }

  /** Blocks an award that would take a team member above 100% effort, naming the projects. */
  async function assertEffortAllowsAward(applicationId: number, trx: Db) {
    const over = (await effortRegister(applicationId, trx)).filter((l) => l.committedPercent > 100);
    if (over.length === 0) return;
    const describe = (l: EffortLine, lang: 'ja' | 'en') =>
      `${lang === 'ja' ? l.nameJa : l.nameEn} ${l.committedPercent}% (${l.entries
        .filter((e) => e.kind === 'project')
        .map((e) => `${e.label} ${lang === 'ja' ? e.titleJa : e.titleEn} ${e.effortPercent}%`)
        .join('; ')})`;
    throw new ConflictError(
      'effort_exceeded',
      {
        ja: `エフォートの合計が100%を超えるため採択できません：${over.map((l) => describe(l, 'ja')).join('、')}`,
        en: `The award would take effort above 100%: ${over.map((l) => describe(l, 'en')).join('; ')}`,
      },
      { researchers: over },
    );
  }

  /** The flags of one application, found from its team's projects and other applications. */
  async function flagsFor(applicationId: number, limitYen: number, trx: Db): Promise<NewFlag[]> {
    const app = (await apps.find(applicationId, trx))!;
    const call = (await apps.callOf(app.callId, trx))!;
    const register = await effortRegister(applicationId, trx);
    const ids = register.map((l) => l.researcherId);
    const [commitments, pending, budgets] = await Promise.all([
      projects.commitmentsOf(ids, call.fiscalYear, trx),
      apps.pendingOf(ids, applicationId, trx),
      apps.budgetsOf([applicationId], trx),
    ]);
    const flags: NewFlag[] = [];
    const mine = vectorOf(app);
    for (const line of register) {
      if (line.withPendingPercent > 100) {
        flags.push({
          applicationId,
          researcherId: line.researcherId,
          kind: 'effort',
          subjectKey: `fy${call.fiscalYear}`,
          score: line.withPendingPercent,
          evidence: { ...line, fiscalYear: call.fiscalYear },
        });
      }
      const others = [
        ...commitments
          .filter((c) => c.researcherId === line.researcherId)
          .map((c) => ({ kind: 'project', id: c.projectId, label: c.grantNumber, doc: c })),
        ...pending
          .filter((p) => p.researcherId === line.researcherId)
          .map((p) => ({ kind: 'application', id: p.id, label: `#${p.id}`, doc: p })),
      ];
      for (const o of others) {
        const { score, sharedTerms } = similarity(mine, vectorOf(o.doc));
        if (score < DUPLICATION_THRESHOLD) continue;
        flags.push({
          applicationId,
          researcherId: line.researcherId,
          kind: 'duplication',
          subjectKey: `${o.kind}:${o.id}`,
          score,
          evidence: {
            other: { kind: o.kind, id: o.id, label: o.label, titleJa: o.doc.titleJa, titleEn: o.doc.titleEn },
            similarity: score,
            sharedTerms,
          },
        });
      }
      const funded = commitments.filter((c) => c.researcherId === line.researcherId && c.role === 'pi');
      const requested =
        line.researcherId === app.piResearcherId ? (budgets.find((b) => b.fiscalYear === call.fiscalYear)?.amountYen ?? 0) : 0;
      const total = funded.reduce((s, c) => s + c.budgetYen, 0) + requested;
      if (total > limitYen) {
        flags.push({
          applicationId,
          researcherId: line.researcherId,
          kind: 'concentration',
          subjectKey: `fy${call.fiscalYear}`,
          score: total,
          evidence: {
            fiscalYear: call.fiscalYear,
            totalYen: total,
            limitYen,
            requestedYen: requested,
            projects: funded.map((c) => ({
              id: c.projectId,
              label: c.grantNumber,
              titleJa: c.titleJa,
              titleEn: c.titleEn,
              budgetYen: c.budgetYen,
            })),
          },
        });
      }
    }
    return flags;
  }

  async function requireManagedCall(callId: number, actor: Actor) {
    const c = await calls.forApplications(callId);
    if (!c || !isAgencyMember(actor)) throw new NotFoundError({ ja: '公募', en: 'Call' });
    if (!c.canManage(actor)) throw new ForbiddenError();
    return c;
  }

  return {
    effortRegister,
    assertEffortAllowsAward,
    requireManagedCall,

    async effortRegisterFor(applicationId: number, actor: Actor) {
      const app = await apps.find(applicationId);
      if (!app || !(await applications.access.canReadRow(actor, app))) throw new NotFoundError(APPLICATION);
      return { applicationId, lines: await effortRegister(applicationId) };
    },

    /** Runs the three checks for every submitted application of a call (one transaction per application). */
    async runForCall(callId: number, onProgress: (fraction: number) => Promise<void> = async () => {}) {
      const c = await calls.forApplications(callId);
      if (!c) throw new NotFoundError({ ja: '公募', en: 'Call' });
      const rows = (await apps.listForCall(callId)).filter((r) => r.status === 'submitted');
      let flagged = 0;
      for (const [i, r] of rows.entries()) {
        await db.transaction(async (tx) => {
          const flags = await flagsFor(r.id, c.call.concentrationLimitYen, tx);
          flagged += flags.length;
          await repo.replaceFlags(r.id, flags, tx);
        });
        await onProgress((i + 1) / rows.length);
      }
      return { callId, applications: rows.length, flags: flagged };
    },

    async listFlags(applicationId: number, actor: Actor) {
      const app = await apps.find(applicationId);
      if (!app || app.submittedAt === null || !isAgencyMember(actor)) throw new NotFoundError(APPLICATION);
      const rows = await repo.flagsOf([applicationId]);
      return {
        items: rows.map(({ flag: f, ...n }) => ({
          id: f.id,
          applicationId: f.applicationId,
          researcher: { id: f.researcherId, nameJa: `${n.familyJa} ${n.givenJa}`, nameEn: `${n.givenEn} ${n.familyEn}` },
          kind: f.kind as 'effort' | 'duplication' | 'concentration',
          score: f.score,
          evidence: f.evidence,
          status: f.status as 'open' | 'dismissed',
          dismissReason: f.dismissReason,
          dismissedAt: f.dismissedAt?.toISOString() ?? null,
        })),
      };
    },

    /** Staff dismiss a flag they have looked into, with the reason; it stays dismissed on later runs. */
    async dismissFlag(flagId: number, reason: string, actor: Actor) {
      if (!reason.trim()) {
        throw new ValidationError({ ja: '却下の理由を入力してください。', en: 'Give the reason for dismissing the flag.' }, [
          { path: 'reason', message: 'required' },
        ]);
      }
      const flag = await repo.find(flagId);
      const app = flag && (await apps.find(flag.applicationId));
      if (!flag || !app) throw new NotFoundError({ ja: '確認事項', en: 'Flag' });
      await requireManagedCall(app.callId, actor);
      await db.transaction(async (tx) => {
        const after = await repo.dismiss(flagId, reason.trim(), actor.userId, tx);
        if (!after)
          throw new ConflictError('flag_not_open', {
            ja: 'この確認事項は既に処理されています。',
            en: 'This flag has already been dismissed.',
          });
        await recordAudit(tx, {
          actorUserId: actor.userId,
          action: 'application_flag.dismiss',
          entityType: 'application_flag',
          entityId: flagId,
          before: { status: 'open' },
          after: { status: 'dismissed', reason },
          requestId: actor.requestId,
          ip: actor.ip,
        });
      });
      return this.listFlags(flag.applicationId, actor);
    },
  };
}

export type ChecksService = ReturnType<typeof createChecksService>;
