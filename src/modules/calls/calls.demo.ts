/**
 * The demo agency's calls (公募) at every stage, so a newcomer sees the whole flow:
 * - 革新がん FY2025: decided; its adoptions are the program's FY2025 new projects, plus rejections;
 * - ASPIRE FY2026: in review, with Type A (3.8億円 over 5 years) and Type B (1.15億円 over 3 years),
 *   partner countries, submitted applications and the checks before review already run;
 * - 次世代がん FY2026 二次公募: open until 2027-02-26 12:00 JST, with the demo researcher's draft that the
 *   demo co-investigator edits too;
 * - 医療機器 FY2026: a draft call only staff see.
 * Dates are fixed (the same data on every machine); applicants are drawn with the seeded generator.
 */
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import {
  applicationBudgets,
  applicationDecisions,
  applicationMembers,
  applicationStatusHistory,
  applications,
  calls,
  callTypes,
  institutions,
  programs,
  projectBudgets,
  projects,
  researchers,
  users,
} from '../../db/schema.ts';
import { createApplicationsService } from '../applications/applications.service.ts';
import { createChecksService } from '../applications/checks.service.ts';
import { PROGRAM } from '../catalog/catalog.reference.ts';
import { Rng } from '../demo/demo.random.ts';
import { COINVESTIGATOR_EMAIL } from '../demo/generate.users.ts';
import { createProjectsService } from '../projects/projects.service.ts';
import { AMED_REVIEW_FORM } from './calls.defaults.ts';
import { createCallsService } from './calls.service.ts';

const OKU = 100_000_000;
const MAN = 10_000;
const jst = (s: string) => new Date(`${s}+09:00`);
const PPI = [
  {
    code: 'ppi1',
    ja: '患者・市民参画（PPI）の取組計画を記載してください。',
    en: 'Describe how patients and the public take part in the research (PPI).',
  },
];
const DOCS = [{ code: 'proposal', ja: '研究開発提案書', en: 'Research proposal', required: true, maxMegabytes: 10 }];
const ELIGIBILITY = [
  { code: 'japan', ja: '日本国内の研究機関に所属する研究者であること', en: 'The PI works at a research institution in Japan' },
  { code: 'erad', ja: 'e-Radに研究者番号が登録されていること', en: 'The PI has an e-Rad researcher number' },
];

async function programId(db: Db, code: string) {
  const [p] = await db.select({ id: programs.id }).from(programs).where(eq(programs.code, code));
  if (!p) throw new Error(`demo calls: no program ${code}`);
  return p.id;
}

type NewCall = Omit<typeof calls.$inferInsert, 'reviewForm'> & { types: Omit<typeof callTypes.$inferInsert, 'callId'>[] };
async function insertCall(db: Db, c: NewCall) {
  const { types, ...row } = c;
  const [call] = await db
    .insert(calls)
    .values({
      eligibility: ELIGIBILITY,
      ppiQuestions: PPI,
      requiredAttachments: [],
      reviewForm: AMED_REVIEW_FORM,
      reviewStages: [
        { code: 'document', ja: '書面審査', en: 'Document review' },
        { code: 'hearing', ja: 'ヒアリング審査', en: 'Hearing' },
      ],
      ...row,
    })
    .returning();
  const typeRows = await db
    .insert(callTypes)
    .values(types.map((t) => ({ ...t, callId: call!.id })))
    .returning();
  return { call: call!, types: typeRows };
}

type NewApp = {
  callId: number;
  callTypeId: number;
  piId: number;
  team: { researcherId: number; role: 'pi' | 'co'; effortPercent: number }[];
  titleJa: string;
  titleEn: string;
  abstractJa: string;
  abstractEn: string;
  modality: string;
  status: 'draft' | 'submitted' | 'adopted' | 'rejected';
  submittedAt: Date | null;
  budgets: { fiscalYear: number; amountYen: number }[];
};
async function insertApplication(db: Db, a: NewApp) {
  const [pi] = await db.select().from(researchers).where(eq(researchers.id, a.piId));
  const [row] = await db
    .insert(applications)
    .values({
      callId: a.callId,
      callTypeId: a.callTypeId,
      piResearcherId: a.piId,
      institutionId: pi!.institutionId,
      titleJa: a.titleJa,
      titleEn: a.titleEn,
      abstractJa: a.abstractJa,
      abstractEn: a.abstractEn,
      modality: a.modality,
      keywords: [],
      ppiPlan: '患者会の代表者を研究運営委員に迎え、年2回の意見交換会を開く。',
      ppiAnswers: [{ code: 'ppi1', answer: '研究計画の説明会を患者会と共催し、意見を計画に反映する。' }],
      status: a.status,
      submittedAt: a.submittedAt,
    })
    .returning();
  const id = row!.id;
  await db.insert(applicationMembers).values(a.team.map((m) => ({ ...m, applicationId: id })));
  await db.insert(applicationBudgets).values(a.budgets.map((b) => ({ ...b, applicationId: id })));
  const steps = [
    'draft',
    ...(a.submittedAt ? ['submitted'] : []),
    ...(a.status === 'adopted' || a.status === 'rejected' ? [a.status] : []),
  ];
  await db.insert(applicationStatusHistory).values(
    steps.map((to, i) => ({
      applicationId: id,
      fromStatus: i === 0 ? null : steps[i - 1]!,
      toStatus: to,
      at: a.submittedAt ?? jst('2026-10-15T10:00:00'),
    })),
  );
  return id;
}

/** Active projects of a program in a fiscal year, in grant-number order (for applicants and adoptions). */
const projectsOf = (db: Db, program: number, fy: number) =>
  db
    .select()
    .from(projects)
    .where(and(eq(projects.programId, program), sql`${projects.startFiscalYear} <= ${fy} and ${projects.endFiscalYear} >= ${fy}`))
    .orderBy(asc(projects.grantNumber));

export async function loadDemoCalls(db: Db): Promise<{ calls: number; applications: number }> {
  const rng = new Rng('demo-calls');
  let apps = 0;
  const kakushin = await programId(db, PROGRAM.KAKUSHIN_GAN);
  const aspire = await programId(db, PROGRAM.ASPIRE);
  const jisedai = await programId(db, PROGRAM.JISEDAI_GAN);
  const kiki = await programId(db, PROGRAM.KIKI);

  // 1. Decided: the program's FY2025 new projects were its adoptions; three more applications were not adopted.
  const decided = await insertCall(db, {
    code: 'KAKUSHIN-GAN-2025',
    programId: kakushin,
    fiscalYear: 2025,
    titleJa: '革新的がん医療実用化研究事業 令和7年度 公募',
    titleEn: 'Practical Research for Innovative Cancer Control: FY2025 call',
    descriptionJa: 'がんの予防・診断・治療の実用化を目指す研究開発課題を公募します。',
    descriptionEn: 'Research aiming at practical cancer prevention, diagnosis and treatment.',
    status: 'decided',
    opensAt: jst('2024-11-15T10:00:00'),
    deadlineAt: jst('2025-01-10T12:00:00'),
    budgetYen: 12 * OKU,
    types: [{ code: 'GEN', nameJa: '一般枠', nameEn: 'General', budgetCapYen: 3 * OKU, durationYears: 3, plannedAwards: 6 }],
  });
  const fresh = (await projectsOf(db, kakushin, 2025)).filter((p) => p.startFiscalYear === 2025).slice(0, 4);
  for (const p of fresh) {
    const budgets = await db
      .select()
      .from(projectBudgets)
      .where(and(eq(projectBudgets.projectId, p.id), eq(projectBudgets.source, 'initial')));
    const plan = budgets
      .filter((b) => b.fiscalYear >= 2025 && b.fiscalYear <= 2027)
      .map((b) => ({ fiscalYear: b.fiscalYear, amountYen: b.amountYen }));
    const requested = plan.map((b) => ({ ...b, amountYen: Math.round((b.amountYen * 1.1) / MAN) * MAN }));
    const id = await insertApplication(db, {
      ...p,
      callId: decided.call.id,
      callTypeId: decided.types[0]!.id,
      piId: p.piResearcherId,
      team: [{ researcherId: p.piResearcherId, role: 'pi', effortPercent: 30 }],
      status: 'adopted',
      submittedAt: jst('2025-01-09T17:00:00'),
      budgets: requested.length ? requested : [{ fiscalYear: 2025, amountYen: 5000 * MAN }],
    });
    await db.insert(applicationDecisions).values({
      applicationId: id,
      outcome: 'adopted',
      awardedBudget: plan,
      projectId: p.id,
      reasonJa: '総合評価が採択基準を満たした。',
      decidedAt: jst('2025-03-14T10:00:00'),
    });
    apps++;
  }
  const pool = await db.select({ id: researchers.id }).from(researchers).orderBy(asc(researchers.id)).limit(400);
  const rejectedTitles = [
    ['がん悪液質に対する運動療法の多施設共同研究', 'A multicentre study of exercise for cancer cachexia'],
    ['液体生検による再発予測モデルの構築', 'A recurrence prediction model from liquid biopsy'],
    ['小児がん長期フォローアップ体制の整備', 'Long-term follow-up of childhood cancer survivors'],
  ];
  for (const [ja, en] of rejectedTitles) {
    const piId = rng.pick(pool).id;
    const id = await insertApplication(db, {
      callId: decided.call.id,
      callTypeId: decided.types[0]!.id,
      piId,
      team: [{ researcherId: piId, role: 'pi', effortPercent: 20 }],
      titleJa: ja!,
      titleEn: en!,
      abstractJa: `${ja}を行う。`,
      abstractEn: `${en}.`,
      modality: 'other',
      status: 'rejected',
      submittedAt: jst('2025-01-08T15:00:00'),
      budgets: [2025, 2026, 2027].map((fy) => ({ fiscalYear: fy, amountYen: rng.int(3000, 8000) * MAN })),
    });
    await db
      .insert(applicationDecisions)
      .values({ applicationId: id, outcome: 'rejected', reasonJa: '計画の具体性が不足している。', decidedAt: jst('2025-03-14T10:00:00') });
    apps++;
  }

  // 2. In review: ASPIRE FY2026. Applicants run related projects already, so the checks find duplication and effort.
  const review = await insertCall(db, {
    code: 'ASPIRE-2026',
    programId: aspire,
    fiscalYear: 2026,
    titleJa: '先端国際共同研究推進プログラム（ASPIRE）令和8年度 公募',
    titleEn: 'ASPIRE (Adopting Sustainable Partnerships for Innovative Research Ecosystem): FY2026 call',
    descriptionJa: 'トップレベルの海外研究者との国際共同研究を支援します。',
    descriptionEn: 'Supports international joint research with top-level researchers abroad.',
    status: 'review',
    opensAt: jst('2026-04-01T10:00:00'),
    deadlineAt: jst('2026-06-30T12:00:00'),
    budgetYen: 20 * OKU,
    partnerCountries: ['GB', 'US', 'DE', 'SE'],
    types: [
      { code: 'A', nameJa: 'タイプA', nameEn: 'Type A', budgetCapYen: 380_000_000, durationYears: 5, plannedAwards: 3 },
      { code: 'B', nameJa: 'タイプB', nameEn: 'Type B', budgetCapYen: 115_000_000, durationYears: 3, plannedAwards: 6 },
    ],
  });
  const running = await projectsOf(db, jisedai, 2026);
  for (const p of rng.shuffle([...running]).slice(0, 5)) {
    const typeA = rng.chance(0.4);
    const type = review.types[typeA ? 0 : 1]!;
    const years = typeA ? [2026, 2027, 2028, 2029, 2030] : [2026, 2027, 2028];
    const per = Math.floor(type.budgetCapYen / years.length / MAN / 10) * 10 * MAN;
    await insertApplication(db, {
      callId: review.call.id,
      callTypeId: type.id,
      piId: p.piResearcherId,
      team: [{ researcherId: p.piResearcherId, role: 'pi', effortPercent: rng.pick([20, 30, 40, 60]) }],
      titleJa: `${p.titleJa}の国際共同研究による展開`,
      titleEn: `${p.titleEn}: international joint research`,
      abstractJa: p.abstractJa,
      abstractEn: p.abstractEn,
      modality: p.modality,
      status: 'submitted',
      submittedAt: jst(`2026-06-${String(rng.int(20, 29)).padStart(2, '0')}T1${rng.int(0, 7)}:00:00`),
      budgets: years.map((fy) => ({ fiscalYear: fy, amountYen: per })),
    });
    apps++;
  }

  // The demo co-investigator's account is linked to the researcher 北村 直樹 of the stories.
  const [coUser] = await db.select({ id: users.id }).from(users).where(eq(users.email, COINVESTIGATOR_EMAIL));
  const [co] = await db
    .select({ id: researchers.id })
    .from(researchers)
    .innerJoin(institutions, eq(institutions.id, researchers.institutionId))
    .where(and(eq(researchers.familyNameJa, '北村'), eq(researchers.givenNameJa, '直樹'), sql`${researchers.userId} is null`))
    .orderBy(asc(researchers.id))
    .limit(1);
  const [miyasaka] = await db
    .select({ id: researchers.id })
    .from(researchers)
    .innerJoin(users, eq(users.id, researchers.userId))
    .where(eq(users.email, 'researcher@seedline.example'));
  if (coUser && co) await db.update(researchers).set({ userId: coUser.id }).where(eq(researchers.id, co.id));

  // 3. Open: 次世代がん FY2026 second call, with the demo researcher's draft co-edited by the co-investigator.
  const open = await insertCall(db, {
    code: 'JISEDAI-GAN-2026-2',
    programId: jisedai,
    fiscalYear: 2026,
    titleJa: '次世代がん医療加速化研究事業 令和8年度 二次公募',
    titleEn: 'Next-generation cancer research acceleration: FY2026 second call',
    descriptionJa: '革新的ながん診断・治療シーズの非臨床PoC取得を目指す課題を公募します。',
    descriptionEn: 'Projects aiming at non-clinical proof of concept of innovative cancer diagnostics and therapies.',
    status: 'published',
    opensAt: jst('2026-10-01T10:00:00'),
    deadlineAt: jst('2027-02-26T12:00:00'),
    budgetYen: 6 * OKU,
    requiredAttachments: DOCS,
    types: [{ code: 'GEN', nameJa: '一般枠', nameEn: 'General', budgetCapYen: 150_000_000, durationYears: 3, plannedAwards: 4 }],
  });
  if (miyasaka && co) {
    await insertApplication(db, {
      callId: open.call.id,
      callTypeId: open.types[0]!.id,
      piId: miyasaka.id,
      team: [
        { researcherId: miyasaka.id, role: 'pi', effortPercent: 20 },
        { researcherId: co.id, role: 'co', effortPercent: 10 },
      ],
      titleJa: '膵がん早期診断血液検査の術後再発モニタリングへの展開',
      titleEn: 'From early detection to post-operative monitoring: extending the APOA2-iTQ blood test',
      abstractJa: 'APOA2-iTQの測定系を術後の再発監視に応用し、非臨床PoCを取得する。',
      abstractEn: 'We apply the APOA2-iTQ assay to monitoring recurrence after surgery and obtain non-clinical proof of concept.',
      modality: 'diagnostic',
      status: 'draft',
      submittedAt: null,
      budgets: [2026, 2027, 2028].map((fy) => ({ fiscalYear: fy, amountYen: 4000 * MAN })),
    });
    apps++;
  }

  // 4. A draft call, seen by agency members only.
  await insertCall(db, {
    code: 'KIKI-KAIHATSU-2026-3',
    programId: kiki,
    fiscalYear: 2026,
    titleJa: '医療機器開発推進研究事業 令和8年度 三次公募（準備中）',
    titleEn: 'Research on Development of Medical Devices: FY2026 third call (in preparation)',
    status: 'draft',
    opensAt: jst('2027-01-15T10:00:00'),
    deadlineAt: jst('2027-03-15T12:00:00'),
    budgetYen: 3 * OKU,
    types: [{ code: 'GEN', nameJa: '一般枠', nameEn: 'General', budgetCapYen: 1 * OKU, durationYears: 3, plannedAwards: 3 }],
  });

  // The checks before review of the call in review, as staff would run them.
  const callsService = createCallsService({ db });
  const checks = createChecksService({
    db,
    calls: callsService,
    applications: createApplicationsService({ db, calls: callsService }),
    projects: createProjectsService({ db }),
  });
  await checks.runForCall(review.call.id);
  return { calls: 4, applications: apps };
}
