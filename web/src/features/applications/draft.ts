import type { ApplicationDetailT, ApplicationSaveT } from '../../api/applications/types.ts';

/** The editable document of an application, as the editor holds it. */
export type Draft = Omit<ApplicationSaveT, 'version'>;

export function draftOf(a: ApplicationDetailT): Draft {
  return {
    titleJa: a.titleJa,
    titleEn: a.titleEn,
    abstractJa: a.abstractJa,
    abstractEn: a.abstractEn,
    modality: a.modality,
    keywords: a.keywords,
    ppiPlan: a.ppiPlan,
    ppiAnswers: a.ppiAnswers,
    otherFunding: a.otherFunding,
    budgets: a.budgets,
    team: a.team.map((m) => ({ researcherNumber: m.researcherNumber, role: m.role, effortPercent: m.effortPercent })),
  };
}

/** Fiscal years of the call type's duration, each with the amount in the draft (0 when absent). */
export function budgetRows(a: ApplicationDetailT, d: Draft) {
  return Array.from({ length: a.callType.durationYears }, (_, i) => a.call.fiscalYear + i).map((fy) => ({
    fiscalYear: fy,
    amountYen: d.budgets.find((b) => b.fiscalYear === fy)?.amountYen ?? 0,
  }));
}

/** The fields where two versions differ, for the conflict view. */
export function differingFields(a: Draft, b: Draft): (keyof Draft)[] {
  return (Object.keys(a) as (keyof Draft)[]).filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k]));
}
