import type { homeJa } from './i18n.ja.ts';

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

export const homeEn: Widen<typeof homeJa> = {
  title: 'Home',
  lead: 'Your areas in {{fy}}, and what needs you.',
  needsYou: 'Needs your attention',
  noItems: 'Nothing needs your attention right now.',
  yourScopes: 'Your areas',
  running: 'Projects running',
  newProjects: '{{n}} new',
  budget: 'R&D funding in {{fy}}',
  previous: 'Previous year {{amount}}',
  change: '{{pct}} on the previous year',
  changeNone: 'No funding in the previous year',
  byStage: 'By development stage',
  byStatus: 'By status',
  openList: 'Open in the project list',
  due: 'Due {{date}}',
  severity: { critical: 'Urgent', warning: 'Action needed', info: 'For information' },
  kind: {
    agency: 'Agency',
    integrated_project: 'Integrated project',
    program: 'Program',
    disease_area: 'Disease area',
    self: 'Your projects',
  },
  reviewerEmpty: 'You have no review assignments at the moment. Requests to review will appear here.',
  noScopes: 'No program, integrated project or disease area is assigned to you.',
  myProjects: 'Projects you work on',
  noProjects: 'None of your projects is running this fiscal year.',
  staffOnly: 'Agency overview',
};
