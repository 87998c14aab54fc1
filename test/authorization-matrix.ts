import type { Role } from '../src/modules/people/roles.ts';

/**
 * The authorization matrix: for every registered route, who may call it. One entry per
 * `METHOD /path` as the app registers it (`app.seedlineRoutes`); a route without an entry fails
 * test/authorization-matrix.test.ts, so a new route cannot slip through unreviewed.
 *
 * For each role:
 * - `allow`: every user of the role may call it, in and out of scope (agency members read every
 *   internal record; catalog and session routes are for everyone signed in);
 * - `deny`: no user of the role may (403, or 404 where existence itself must not leak);
 * - `scoped`: the user in scope may (the PO/PS of the program, the PD of its integrated project,
 *   the DC of its disease area, the project's or application's own researcher, the assigned
 *   reviewer without a conflict); the user of the same role out of scope may not.
 *
 * `gateOnly` marks writes sent with an incomplete body on purpose (a valid one would change
 * data the other checks read, or needs fixtures this test does not build): there only the role
 * gate is checked (it runs before validation), and a caller the service would refuse may get the
 * 400 of validation instead of 403/404. Everything else is checked with a request that passes
 * validation, so the service's own scope check answers.
 */
export type Rule = 'allow' | 'deny' | 'scoped';
export type Rules = Record<Role, Rule>;

/** The records the requests point at (built by the test, see buildContext). */
export type Ctx = {
  project: number; // not public, program A, disease area D, PI = researcher in scope
  publicProject: number; // public, program B
  program: number; // A
  otherProgram: number; // B
  categoryCode: string;
  integratedProject: number; // holds A in period 2
  diseaseArea: number; // D
  fiscalYear: number;
  period: number;
  call: number; // draft call of program A
  publishedCall: number; // published call of program A
  application: number; // submitted, PI = researcher in scope, assigned to the reviewer in scope
  applicationAttachment: number;
  outcome: number; // on the project
  gateReview: number; // filed by the PO, open
  milestone: number;
  report: number;
  reportAttachment: number;
  shortlist: number; // the staff user's
  synonym: number;
  fundRound: number;
  job: number | string;
  researcherNumber: string; // of the researcher in scope
};

export type Req = { url: string; payload?: unknown; headers?: Record<string, string> };
export type Entry = {
  rules: Rules;
  req: (c: Ctx) => Req;
  /** Anyone, signed in or not, may call it. */
  public?: boolean;
  gateOnly?: boolean;
  /**
   * The route admits every signed-in caller and its service decides who may act, after the body
   * is validated: sent with an incomplete body, a refused caller gets that 400 (which tells nothing
   * about the data); the scope check itself is in the module's own tests.
   */
  checkedAfterValidation?: boolean;
  /** Ends the session: each caller gets a session of its own. */
  freshSession?: boolean;
  /** Status an allowed read answers with when 2xx is not what it means (e.g. a redirect). */
  allowedStatus?: number[];
};

const ROLE_LIST: Role[] = ['admin', 'executive', 'pd', 'ps', 'po', 'dc', 'staff', 'reviewer', 'researcher'];
const rules = (base: Rule, over: Partial<Rules> = {}): Rules =>
  ({ ...Object.fromEntries(ROLE_LIST.map((r) => [r, base])), ...over }) as Rules;
/** Only the named roles (as allow), everyone else denied. */
const only = (...roles: Role[]): Rules => rules('deny', Object.fromEntries(roles.map((r) => [r, 'allow'])));
const everyone = rules('allow');
const AGENCY = only('admin', 'executive', 'pd', 'ps', 'po', 'dc', 'staff');
/** Agency members read it; the project's own researchers too, other researchers and reviewers not. */
const PROJECT_READ = { ...AGENCY, researcher: 'scoped' } as Rules;
/** Admin and staff anywhere; PD, PS, PO within their scope. */
const PROJECT_EDIT = { ...only('admin', 'staff'), pd: 'scoped', ps: 'scoped', po: 'scoped' } as Rules;

/** A complete gate review of the drug project's screening gate. */
export const GATE_REVIEW = {
  gateCode: 'drug_g2',
  fiscalYear: 2024,
  summary: '候補化合物を取得',
  evidence: [{ label: '薬効薬理試験報告書' }],
  scores: ['efficacy', 'safety', 'reproducibility', 'ip_position'].map((item) => ({ item, score: 4 })),
};

const PDF_B64 = Buffer.from('%PDF-1.7\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n', 'latin1').toString('base64');

export const MATRIX: Record<string, Entry> = {
  // system and documentation
  'GET /api/openapi.json': { rules: everyone, public: true, req: () => ({ url: '/api/openapi.json' }) },
  'GET /api/docs': { rules: everyone, public: true, req: () => ({ url: '/api/docs' }), allowedStatus: [200, 302] },
  'GET /api/docs/static/index.html': {
    rules: everyone,
    public: true,
    req: () => ({ url: '/api/docs/static/index.html' }),
    allowedStatus: [200, 302],
  },
  'GET /api/docs/static/swagger-initializer.js': {
    rules: everyone,
    public: true,
    req: () => ({ url: '/api/docs/static/swagger-initializer.js' }),
  },
  'GET /api/docs/json': { rules: everyone, public: true, req: () => ({ url: '/api/docs/json' }) },
  'GET /api/docs/yaml': { rules: everyone, public: true, req: () => ({ url: '/api/docs/yaml' }) },
  'GET /api/docs/static/*': { rules: everyone, public: true, req: () => ({ url: '/api/docs/static/swagger-ui.css' }) },
  'GET /api/ready': { rules: everyone, public: true, req: () => ({ url: '/api/ready' }) },
  'GET /api/health': { rules: everyone, public: true, req: () => ({ url: '/api/health' }) },

  // auth
  'POST /api/v1/auth/login': {
    rules: everyone,
    public: true,
    gateOnly: true,
    req: () => ({ url: '/api/v1/auth/login', payload: { email: 'nobody@test.example', password: 'wrong password' } }),
    allowedStatus: [401],
  },
  'GET /api/v1/auth/session': { rules: everyone, req: () => ({ url: '/api/v1/auth/session' }) },
  'POST /api/v1/auth/logout': { rules: everyone, freshSession: true, req: () => ({ url: '/api/v1/auth/logout' }) },

  // catalog: reference data for every signed-in user
  'GET /api/v1/catalog/periods': { rules: everyone, req: () => ({ url: '/api/v1/catalog/periods' }) },
  'GET /api/v1/catalog/integrated-projects': { rules: everyone, req: () => ({ url: '/api/v1/catalog/integrated-projects' }) },
  'GET /api/v1/catalog/disease-areas': { rules: everyone, req: () => ({ url: '/api/v1/catalog/disease-areas' }) },
  'GET /api/v1/catalog/programs': { rules: everyone, req: () => ({ url: '/api/v1/catalog/programs' }) },
  'GET /api/v1/catalog/ministries': { rules: everyone, req: () => ({ url: '/api/v1/catalog/ministries' }) },
  'GET /api/v1/catalog/departments': { rules: everyone, req: () => ({ url: '/api/v1/catalog/departments' }) },
  'GET /api/v1/catalog/institutions': { rules: everyone, req: () => ({ url: '/api/v1/catalog/institutions' }) },

  // projects
  'GET /api/v1/projects': { rules: everyone, req: () => ({ url: '/api/v1/projects' }) },
  'GET /api/v1/projects/:id': { rules: PROJECT_READ, req: (c) => ({ url: `/api/v1/projects/${c.project}` }) },
  'PATCH /api/v1/projects/:id': {
    rules: PROJECT_EDIT,
    // A stale version: the allowed get 409 stale_version, nothing changes.
    req: (c) => ({ url: `/api/v1/projects/${c.project}`, payload: { version: 999, titleEn: 'Renamed' } }),
  },
  'PUT /api/v1/projects/:id/budgets': {
    rules: only('admin', 'staff'),
    req: (c) => ({
      url: `/api/v1/projects/${c.project}/budgets`,
      payload: { version: 999, lines: [{ fiscalYear: 2022, source: 'initial', amountYen: 1 }] },
    }),
  },
  'GET /api/v1/overview': { rules: AGENCY, req: (c) => ({ url: `/api/v1/overview?fiscalYear=${c.fiscalYear}` }) },
  'GET /api/v1/projects/export': { rules: everyone, req: () => ({ url: '/api/v1/projects/export?format=json' }) },

  // outcomes
  'GET /api/v1/outcomes/kpis': { rules: everyone, req: () => ({ url: '/api/v1/outcomes/kpis?period=2' }) },
  'GET /api/v1/projects/:id/outcomes': { rules: PROJECT_READ, req: (c) => ({ url: `/api/v1/projects/${c.project}/outcomes` }) },
  'POST /api/v1/projects/:id/outcomes': {
    rules: { ...PROJECT_EDIT, researcher: 'scoped' },
    req: (c) => ({
      url: `/api/v1/projects/${c.project}/outcomes`,
      payload: { kind: 'paper', fiscalYear: 2023, titleJa: '論文', titleEn: 'A paper', details: { journal: 'Nature' } },
    }),
  },
  'POST /api/v1/outcomes/:id/verify': {
    rules: PROJECT_EDIT,
    req: (c) => ({ url: `/api/v1/outcomes/${c.outcome}/verify`, payload: { version: 999, decision: 'verified' } }),
  },
  // Anyone signed in may queue an import; the job checks every row's project (may the caller report on it?).
  'POST /api/v1/outcomes/imports': {
    rules: everyone,
    req: () => ({ url: '/api/v1/outcomes/imports', payload: { format: 'csv', filename: 'x.csv', content: 'kind,grantNumber\n' } }),
  },

  // categories
  'GET /api/v1/categories': { rules: everyone, req: () => ({ url: '/api/v1/categories' }) },
  'GET /api/v1/categories/evaluation': { rules: AGENCY, req: () => ({ url: '/api/v1/categories/evaluation' }) },
  'POST /api/v1/categories/runs': {
    rules: only('admin', 'staff'),
    gateOnly: true,
    req: () => ({ url: '/api/v1/categories/runs', payload: [] }),
  },
  'GET /api/v1/projects/:id/categories': { rules: PROJECT_READ, req: (c) => ({ url: `/api/v1/projects/${c.project}/categories` }) },
  'POST /api/v1/projects/:id/categories/overrides': {
    rules: { ...only('admin', 'staff'), dc: 'scoped' },
    req: (c) => ({
      url: `/api/v1/projects/${c.project}/categories/overrides`,
      payload: { scheme: 'category', code: c.categoryCode, action: 'include', reason: '査読' },
    }),
  },

  // analytics
  'GET /api/v1/public/kpis': { rules: everyone, public: true, req: () => ({ url: '/api/v1/public/kpis?period=2' }) },
  'GET /api/v1/public/kpis/drilldown': {
    rules: everyone,
    public: true,
    req: () => ({ url: '/api/v1/public/kpis/drilldown?indicator=approvals&period=2' }),
  },
  'GET /api/v1/public/databook/:fiscalYear': {
    rules: everyone,
    public: true,
    req: (c) => ({ url: `/api/v1/public/databook/${c.fiscalYear}` }),
  },
  'GET /api/v1/public/databook/:fiscalYear/tables/:table': {
    rules: everyone,
    public: true,
    req: (c) => ({ url: `/api/v1/public/databook/${c.fiscalYear}/tables/projects_by_year.csv` }),
  },
  'GET /api/v1/databook/:fiscalYear': { rules: AGENCY, req: (c) => ({ url: `/api/v1/databook/${c.fiscalYear}` }) },
  // No frozen edition yet: the allowed get 404 not_found for the edition, the refused 403.
  'GET /api/v1/databook/:fiscalYear/diff': {
    rules: AGENCY,
    req: (c) => ({ url: `/api/v1/databook/${c.fiscalYear}/diff` }),
    allowedStatus: [404],
  },
  'POST /api/v1/databook/:fiscalYear/freeze': {
    rules: only('admin', 'staff'),
    gateOnly: true,
    req: () => ({ url: '/api/v1/databook/1900/freeze', payload: {} }),
  },
  'GET /api/v1/kpis/targets': { rules: everyone, req: () => ({ url: '/api/v1/kpis/targets?period=2' }) },
  'PUT /api/v1/kpis/targets/:period/:indicator': {
    rules: only('admin', 'staff'),
    gateOnly: true,
    req: (c) => ({ url: `/api/v1/kpis/targets/${c.period}/approvals`, payload: {} }),
  },

  // gates
  'GET /api/v1/gates/templates': { rules: AGENCY, req: () => ({ url: '/api/v1/gates/templates' }) },
  'POST /api/v1/gates/templates': {
    rules: only('admin'),
    gateOnly: true,
    checkedAfterValidation: true,
    req: () => ({ url: '/api/v1/gates/templates', payload: {} }),
  },
  'GET /api/v1/projects/:id/gates': { rules: PROJECT_READ, req: (c) => ({ url: `/api/v1/projects/${c.project}/gates` }) },
  // A review is open already: the allowed get 409, nothing is filed twice.
  'POST /api/v1/projects/:id/gate-reviews': {
    // The program's PO/PS and the integrated project's PD only: not staff, not the administrator.
    rules: { ...only(), pd: 'scoped', ps: 'scoped', po: 'scoped' },
    req: (c) => ({ url: `/api/v1/projects/${c.project}/gate-reviews`, payload: GATE_REVIEW }),
  },

  'POST /api/v1/gate-reviews/:id/decision': {
    // The PD of the integrated project or the program's PS decide.
    rules: { ...only(), pd: 'scoped', ps: 'scoped' },
    req: (c) => ({ url: `/api/v1/gate-reviews/${c.gateReview}/decision`, payload: { version: 999, decision: 'go', reason: '再現' } }),
  },

  'POST /api/v1/gate-reviews/:id/conditions': {
    rules: { ...only(), pd: 'scoped', ps: 'scoped' },
    req: (c) => ({ url: `/api/v1/gate-reviews/${c.gateReview}/conditions`, payload: { version: 999, outcome: 'met', note: '提出' } }),
  },

  // steering
  'GET /api/v1/projects/:id/steering': { rules: PROJECT_READ, req: (c) => ({ url: `/api/v1/projects/${c.project}/steering` }) },
  'POST /api/v1/projects/:id/milestones': {
    rules: PROJECT_EDIT,
    req: (c) => ({
      url: `/api/v1/projects/${c.project}/milestones`,
      payload: { dueFiscalYear: 2025, dueQuarter: 2, kind: 'licensing', titleJa: '導出', titleEn: 'Licensing' },
    }),
  },
  'PATCH /api/v1/milestones/:id': {
    rules: PROJECT_EDIT,
    req: (c) => ({ url: `/api/v1/milestones/${c.milestone}`, payload: { version: 999, status: 'achieved' } }),
  },
  'POST /api/v1/projects/:id/reports': {
    rules: PROJECT_EDIT,
    req: (c) => ({ url: `/api/v1/projects/${c.project}/reports`, payload: { fiscalYear: 2023, kind: 'interim', dueOn: '2024-05-31' } }),
  },
  'PUT /api/v1/reports/:id': {
    rules: { ...only(), researcher: 'scoped' },
    req: (c) => ({
      url: `/api/v1/reports/${c.report}`,
      payload: { version: 999, summary: '概要', achievements: '成果', nextPlan: '計画' },
    }),
  },
  'POST /api/v1/reports/:id/review': {
    rules: PROJECT_EDIT,
    req: (c) => ({ url: `/api/v1/reports/${c.report}/review`, payload: { version: 999, outcome: 'accepted', comment: 'x' } }),
  },
  'POST /api/v1/reports/:id/attachments': {
    rules: { ...only(), researcher: 'scoped' },
    req: (c) => ({ url: `/api/v1/reports/${c.report}/attachments`, payload: { filename: 'a.pdf', contentBase64: PDF_B64 } }),
  },
  'GET /api/v1/reports/:id/attachments/:attachmentId': {
    rules: PROJECT_READ,
    req: (c) => ({ url: `/api/v1/reports/${c.report}/attachments/${c.reportAttachment}` }),
  },
  'GET /api/v1/reports/mine': { rules: only('researcher'), req: () => ({ url: '/api/v1/reports/mine' }) },
  'POST /api/v1/projects/:id/site-visits': {
    rules: PROJECT_EDIT,
    req: (c) => ({ url: `/api/v1/projects/${c.project}/site-visits`, payload: { visitedOn: '2024-06-01', notes: '訪問' } }),
  },
  'GET /api/v1/steering/overdue': { rules: AGENCY, req: () => ({ url: '/api/v1/steering/overdue' }) },
  'POST /api/v1/steering/reminders': {
    rules: only('admin', 'staff', 'pd', 'ps', 'po'),
    gateOnly: true,
    req: () => ({ url: '/api/v1/steering/reminders', payload: [] }),
  },

  // portfolio: agency members
  'GET /api/v1/portfolio/funnel': { rules: AGENCY, req: () => ({ url: '/api/v1/portfolio/funnel' }) },
  'GET /api/v1/portfolio/matrix': { rules: AGENCY, req: () => ({ url: '/api/v1/portfolio/matrix' }) },
  'GET /api/v1/portfolio/projects': { rules: AGENCY, req: () => ({ url: '/api/v1/portfolio/projects' }) },
  'GET /api/v1/portfolio/disease-areas/:id': { rules: AGENCY, req: (c) => ({ url: `/api/v1/portfolio/disease-areas/${c.diseaseArea}` }) },
  'GET /api/v1/portfolio/integrated-projects/:id': {
    rules: AGENCY,
    req: (c) => ({ url: `/api/v1/portfolio/integrated-projects/${c.integratedProject}` }),
  },
  'GET /api/v1/portfolio/export': { rules: AGENCY, req: () => ({ url: '/api/v1/portfolio/export?view=funnel' }) },

  // home and jobs
  'GET /api/v1/home': { rules: everyone, req: () => ({ url: '/api/v1/home' }) },
  'GET /api/v1/jobs': { rules: everyone, req: () => ({ url: '/api/v1/jobs' }) },
  'GET /api/v1/jobs/:id': {
    rules: only('admin', 'staff', 'executive', 'pd', 'ps', 'po', 'dc'),
    req: (c) => ({ url: `/api/v1/jobs/${c.job}` }),
  },

  // audit and mail
  'GET /api/v1/audit': { rules: only('admin', 'staff'), req: (c) => ({ url: `/api/v1/audit?entityType=project&entityId=${c.project}` }) },
  'GET /api/v1/admin/outbox': { rules: only('admin'), req: () => ({ url: '/api/v1/admin/outbox' }) },

  // adjustment funds
  'GET /api/v1/fund-rounds': { rules: AGENCY, req: () => ({ url: '/api/v1/fund-rounds' }) },
  'POST /api/v1/fund-rounds': {
    rules: only('admin', 'executive'),
    gateOnly: true,
    req: () => ({ url: '/api/v1/fund-rounds', payload: {} }),
  },
  'GET /api/v1/fund-rounds/:id': { rules: AGENCY, req: (c) => ({ url: `/api/v1/fund-rounds/${c.fundRound}` }) },
  'POST /api/v1/fund-rounds/:id/requests': {
    rules: { ...only('admin', 'staff'), pd: 'scoped', ps: 'scoped', po: 'scoped' },
    req: (c) => ({
      url: `/api/v1/fund-rounds/${c.fundRound}/requests`,
      payload: { projectId: c.project, amountYen: 1_000_000, reasonJa: '前倒し', expectedEffectJa: '一年早める' },
    }),
  },
  'POST /api/v1/fund-rounds/:id/proposal': {
    rules: AGENCY,
    req: (c) => ({ url: `/api/v1/fund-rounds/${c.fundRound}/proposal`, payload: {} }),
  },
  'PATCH /api/v1/fund-requests/:id/rank': {
    rules: only('admin', 'executive'),
    gateOnly: true,
    req: () => ({ url: '/api/v1/fund-requests/999999/rank', payload: {} }),
  },
  'POST /api/v1/fund-requests/:id/approve': {
    rules: only('admin', 'executive'),
    gateOnly: true,
    req: () => ({ url: '/api/v1/fund-requests/999999/approve', payload: { version: 1 } }),
  },
  'POST /api/v1/fund-requests/:id/reject': {
    rules: only('admin', 'executive'),
    gateOnly: true,
    req: () => ({ url: '/api/v1/fund-requests/999999/reject', payload: { version: 1 } }),
  },

  // hand-off
  'GET /api/v1/projects/:id/handoff-path': { rules: PROJECT_READ, req: (c) => ({ url: `/api/v1/projects/${c.project}/handoff-path` }) },
  'GET /api/v1/projects/:id/successor-recommendations': {
    rules: AGENCY,
    req: (c) => ({ url: `/api/v1/projects/${c.project}/successor-recommendations` }),
  },
  'GET /api/v1/projects/:id/pairings': { rules: AGENCY, req: (c) => ({ url: `/api/v1/projects/${c.project}/pairings` }) },
  'POST /api/v1/projects/:id/pairings': {
    rules: PROJECT_EDIT,
    req: (c) => ({
      url: `/api/v1/projects/${c.project}/pairings`,
      payload: {
        successorProgramId: c.otherProgram,
        agreedAt: 'award',
        goCheckJa: '非臨床POC',
        planJa: '計画',
        successorStartFiscalYear: 2025,
        successorEndFiscalYear: 2027,
      },
    }),
  },
  'POST /api/v1/handoff-pairings/:id/execute': {
    rules: PROJECT_EDIT,
    gateOnly: true,
    req: () => ({ url: '/api/v1/handoff-pairings/999999/execute', payload: {} }),
  },
  'POST /api/v1/projects/:id/fast-paths': {
    rules: PROJECT_EDIT,
    req: (c) => ({
      url: `/api/v1/projects/${c.project}/fast-paths`,
      payload: { companyJa: '試験製薬', companyEn: 'Test Pharma', agreedOn: '2024-06-01' },
    }),
  },
  'GET /api/v1/handoff/measures': { rules: AGENCY, req: () => ({ url: '/api/v1/handoff/measures' }) },

  // shortlists: agency members, each their own
  'GET /api/v1/shortlists': { rules: AGENCY, req: () => ({ url: '/api/v1/shortlists' }) },
  'POST /api/v1/shortlists': { rules: AGENCY, req: () => ({ url: '/api/v1/shortlists', payload: { nameJa: '試験' } }) },
  'GET /api/v1/shortlists/:id': { rules: AGENCY, req: (c) => ({ url: `/api/v1/shortlists/${c.shortlist}` }) },
  // Only the owner (the staff user) adds to a shortlist.
  'POST /api/v1/shortlists/:id/items': {
    rules: only('staff'),
    req: (c) => ({ url: `/api/v1/shortlists/${c.shortlist}/items`, payload: { titleJa: '技術' } }),
  },

  // calls
  'GET /api/v1/public/calls': { rules: everyone, public: true, req: () => ({ url: '/api/v1/public/calls' }) },
  'GET /api/v1/public/calls/:id': { rules: everyone, public: true, req: (c) => ({ url: `/api/v1/public/calls/${c.publishedCall}` }) },
  'GET /api/v1/calls': { rules: everyone, req: () => ({ url: '/api/v1/calls' }) },
  // A draft call: agency members only.
  'GET /api/v1/calls/:id': { rules: AGENCY, req: (c) => ({ url: `/api/v1/calls/${c.call}` }) },
  'POST /api/v1/calls': {
    rules: PROJECT_EDIT,
    gateOnly: true,
    checkedAfterValidation: true,
    req: (c) => ({ url: '/api/v1/calls', payload: { programId: c.program } }),
  },
  'PATCH /api/v1/calls/:id': {
    rules: PROJECT_EDIT,
    req: (c) => ({ url: `/api/v1/calls/${c.call}`, payload: { version: 999, titleEn: 'Renamed' } }),
  },

  // applications
  'GET /api/v1/my/applications': { rules: everyone, req: () => ({ url: '/api/v1/my/applications' }) },
  'POST /api/v1/applications': {
    rules: only('researcher'),
    gateOnly: true,
    req: () => ({ url: '/api/v1/applications', payload: {} }),
  },
  // The team; agency members once submitted; the assigned reviewer who confirmed no conflict.
  'GET /api/v1/applications/:id': {
    rules: { ...AGENCY, researcher: 'scoped', reviewer: 'scoped' },
    req: (c) => ({ url: `/api/v1/applications/${c.application}` }),
  },
  'PUT /api/v1/applications/:id': {
    rules: { ...only(), researcher: 'scoped' },
    gateOnly: true,
    req: (c) => ({ url: `/api/v1/applications/${c.application}`, payload: { version: 999 } }),
  },
  'POST /api/v1/applications/:id/submit': {
    rules: { ...only(), researcher: 'scoped' },
    req: (c) => ({ url: `/api/v1/applications/${c.application}/submit`, payload: { version: 999 } }),
  },
  'POST /api/v1/applications/:id/withdraw': {
    rules: { ...only(), researcher: 'scoped' },
    req: (c) => ({ url: `/api/v1/applications/${c.application}/withdraw`, payload: { version: 999 } }),
  },
  'PUT /api/v1/applications/:id/attachments/by-kind/:kind': {
    rules: { ...only(), researcher: 'scoped' },
    gateOnly: true,
    req: (c) => ({
      url: `/api/v1/applications/${c.application}/attachments/by-kind/plan`,
      payload: 'not a pdf',
      headers: { 'content-type': 'text/plain' },
    }),
  },
  'GET /api/v1/applications/:id/attachments/:attachmentId': {
    rules: { ...AGENCY, researcher: 'scoped', reviewer: 'scoped' },
    req: (c) => ({ url: `/api/v1/applications/${c.application}/attachments/${c.applicationAttachment}` }),
  },
  'DELETE /api/v1/applications/:id/attachments/:attachmentId': {
    rules: { ...only(), researcher: 'scoped' },
    // The application is submitted: its PI gets 409 (attachments of a draft only), nothing changes.
    req: (c) => ({ url: `/api/v1/applications/${c.application}/attachments/${c.applicationAttachment}` }),
  },

  // decisions and checks: agency members
  'GET /api/v1/calls/:id/applications': { rules: AGENCY, req: (c) => ({ url: `/api/v1/calls/${c.publishedCall}/applications` }) },
  'GET /api/v1/calls/:id/stats': { rules: AGENCY, req: (c) => ({ url: `/api/v1/calls/${c.publishedCall}/stats` }) },
  'POST /api/v1/calls/:id/checks': {
    rules: AGENCY,
    gateOnly: true,
    req: () => ({ url: '/api/v1/calls/999999/checks', payload: [] }),
  },
  'POST /api/v1/calls/:id/letters': {
    rules: AGENCY,
    gateOnly: true,
    req: () => ({ url: '/api/v1/calls/999999/letters', payload: [] }),
  },
  'GET /api/v1/applications/:id/effort': { rules: AGENCY, req: (c) => ({ url: `/api/v1/applications/${c.application}/effort` }) },
  'GET /api/v1/applications/:id/flags': { rules: AGENCY, req: (c) => ({ url: `/api/v1/applications/${c.application}/flags` }) },
  'POST /api/v1/flags/:id/dismiss': {
    rules: { ...only('admin', 'staff'), ps: 'scoped', po: 'scoped' },
    gateOnly: true,
    checkedAfterValidation: true,
    req: () => ({ url: '/api/v1/flags/999999/dismiss', payload: {} }),
  },
  // The call is not in review yet: the allowed get 409, nothing is decided.
  'POST /api/v1/applications/:id/decision': {
    rules: { ...only('admin', 'staff'), pd: 'scoped', ps: 'scoped', po: 'scoped' },
    req: (c) => ({ url: `/api/v1/applications/${c.application}/decision`, payload: { version: 999, outcome: 'rejected' } }),
  },

  // review: reviewers, each only their own assignments
  'GET /api/v1/review/my-assignments': { rules: only('reviewer'), req: () => ({ url: '/api/v1/review/my-assignments' }) },
  'GET /api/v1/review/assignments/:applicationId/subject': {
    rules: { ...only(), reviewer: 'scoped' },
    req: (c) => ({ url: `/api/v1/review/assignments/${c.application}/subject` }),
  },
  'POST /api/v1/review/assignments/:applicationId/confirm-no-conflict': {
    rules: { ...only(), reviewer: 'scoped' },
    req: (c) => ({ url: `/api/v1/review/assignments/${c.application}/confirm-no-conflict`, payload: { version: 999 } }),
  },
  'POST /api/v1/review/assignments/:applicationId/declare-conflict': {
    rules: { ...only(), reviewer: 'scoped' },
    gateOnly: true,
    req: (c) => ({ url: `/api/v1/review/assignments/${c.application}/declare-conflict`, payload: { reason: '' } }),
  },

  // search synonyms: admin and staff
  'GET /api/v1/search/synonyms': { rules: only('admin', 'staff'), req: () => ({ url: '/api/v1/search/synonyms' }) },
  'POST /api/v1/search/synonyms': {
    rules: only('admin', 'staff'),
    gateOnly: true,
    req: () => ({ url: '/api/v1/search/synonyms', payload: {} }),
  },
  'PUT /api/v1/search/synonyms/:id': {
    rules: only('admin', 'staff'),
    req: (c) => ({ url: `/api/v1/search/synonyms/${c.synonym}`, payload: { version: 999, terms: ['がん', 'cancer'] } }),
  },
  'DELETE /api/v1/search/synonyms/:id': {
    rules: only('admin', 'staff'),
    req: (c) => ({ url: `/api/v1/search/synonyms/${c.synonym}?version=999` }),
  },

  // public portal
  'GET /api/v1/public/projects': { rules: everyone, public: true, req: () => ({ url: '/api/v1/public/projects' }) },
  'GET /api/v1/public/projects/export': {
    rules: everyone,
    public: true,
    req: () => ({ url: '/api/v1/public/projects/export?format=json' }),
  },
  'GET /api/v1/public/projects/:id': { rules: everyone, public: true, req: (c) => ({ url: `/api/v1/public/projects/${c.publicProject}` }) },
  'GET /api/v1/public/projects/:id/similar': {
    rules: everyone,
    public: true,
    req: (c) => ({ url: `/api/v1/public/projects/${c.publicProject}/similar` }),
  },
};
