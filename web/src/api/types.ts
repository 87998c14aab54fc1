/**
 * Response types of the API, in one place. Where the server already publishes its Zod
 * schemas we take the inferred types from them (type-only imports: nothing of Zod reaches
 * the bundle); the rest are written here until the server exports them.
 */
import type { z } from 'zod';
import type { SessionResponse } from '../../../src/modules/auth/auth.schemas.ts';
import type {
  DiseaseArea as DiseaseAreaT,
  IntegratedProject as IntegratedProjectT,
  Period as PeriodT,
  Program as ProgramT,
} from '../../../src/modules/catalog/catalog.schemas.ts';
import type { JobRunSchema } from '../../../src/modules/jobs/jobs.schemas.ts';
import type { KpiResponse } from '../../../src/modules/outcomes/outcomes.schemas.ts';
import type {
  Overview as OverviewT,
  ProjectDetail as ProjectDetailT,
  ProjectListItem as ProjectListItemT,
  ProjectList as ProjectListT,
  ProjectPatch as ProjectPatchT,
} from '../../../src/modules/projects/projects.schemas.ts';

type JobRun = z.infer<typeof JobRunSchema>;

export type Session = SessionResponse;
export type SessionUser = Session['user'];
export type RoleAssignment = SessionUser['roles'][number];

export type Items<T> = { items: T[] };
export type Period = PeriodT;
export type IntegratedProject = IntegratedProjectT;
export type DiseaseArea = DiseaseAreaT;
export type Program = ProgramT;
export type Institution = { id: number; nameJa: string; nameEn: string; kind: string };

export type ProjectList = ProjectListT;
export type ProjectListItem = ProjectListItemT;
export type ProjectDetail = ProjectDetailT;
export type ProjectPatch = ProjectPatchT;
export type LineageNode = ProjectDetail['lineage']['nodes'][number];
export type LineageEdge = ProjectDetail['lineage']['edges'][number];
export type Overview = OverviewT;
export type Kpis = KpiResponse;

export type Job = JobRun;
export type JobStatus = Job['status'];

/** RFC 9457 problem details as the server sends them. */
export type Problem = {
  type?: string;
  title?: string;
  status: number;
  detail?: string;
  code?: string;
  errors?: { path: string; message: string }[];
  [extra: string]: unknown;
};
