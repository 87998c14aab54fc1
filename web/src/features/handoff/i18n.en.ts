/** Strings of the hand-off pages. */
export const handoffEn = {
  navTitle: 'Hand-off',
  pageTitle: 'Hand-off between programs',
  pageLead:
    'Per fiscal year: seeds handed on from one program to the next, the waiting time between programs, and the share that reached a company.',
  sankeyTitle: 'Flow of the seed (programs, years, money)',
  sankeyLead:
    "Each program's years and funding, acceleration by adjustment funds, and the way to licensing, approval and insurance listing.",
  noPath: 'No hand-off is recorded for this project.',
  recommendTitle: 'Successor programs (matching)',
  recommendLead: 'For a project near its final stage gate, successor programs suggested from what their past projects share with it.',
  notNear: 'This project is not yet near its final stage gate.',
  noCandidates: 'No successor program was found.',
  pastProjects: '{{count}} past projects',
  score: 'Fit {{score}}',
  col: {
    fiscalYear: 'Fiscal year',
    movedOn: 'Seeds moved on',
    wait: 'Mean wait (years)',
    ended: 'Projects ended',
    company: 'Reached a company',
    share: 'Share reaching a company',
  },
};
