import type { z } from 'zod';
import type { ApplicationDetail, ApplicationList, ApplicationSave } from '../../../../src/modules/applications/applications.schemas.ts';
import type { EffortRegister, FlagList } from '../../../../src/modules/applications/decisions.schemas.ts';

export type ApplicationDetailT = z.infer<typeof ApplicationDetail>;
export type ApplicationListT = z.infer<typeof ApplicationList>;
export type ApplicationListItemT = ApplicationListT['items'][number];
export type ApplicationSaveT = z.input<typeof ApplicationSave>;
export type FlagT = z.infer<typeof FlagList>['items'][number];
export type EffortRegisterT = z.infer<typeof EffortRegister>;
export type DecisionInputT = {
  version: number;
  outcome: 'adopted' | 'rejected';
  budgets?: { fiscalYear: number; amountYen: number }[];
  reasonJa?: string;
  reasonEn?: string;
};
