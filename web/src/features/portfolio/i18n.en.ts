import type { portfolioJa } from './i18n.ja.ts';

/** English: portfolio. Same keys as i18n.ja.ts. */
export const portfolioEn: typeof portfolioJa = {
  nav: 'Portfolio',
  title: 'Portfolio',
  lead: 'Projects and money by development stage for a fiscal year. Choose a part of a chart to list its projects.',
  tabs: { pipeline: 'Pipeline', matrix: 'Matrix', diseaseArea: 'Disease area (DC)', integratedProject: 'Integrated project (PD)' },
  funnel: 'Pipeline by development stage',
  matrix: 'Integrated project × disease area × stage',
  matrixNote: 'A project in several disease areas is counted in each.',
  stage: 'Stage',
  allStages: 'All stages',
  projects: 'Projects',
  amount: 'Funding',
  total: 'Total',
  exportExcel: 'Export to Excel',
  drillTitle: 'Projects',
  drillCount: '{{n}} projects',
  integratedProject: 'Integrated project',
  diseaseArea: 'Disease area',
  program: 'Program',
  chooseArea: 'Choose a disease area',
  chooseIp: 'Choose an integrated project',
  grantNumber: 'Grant number',
  projectTitle: 'Title',
  empty: 'No projects in this fiscal year',
};
