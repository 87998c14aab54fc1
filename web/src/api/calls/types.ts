import type { z } from 'zod';
import type { CallDetail, CallInput, CallPatch, CallStats, CallSummary } from '../../../../src/modules/calls/calls.schemas.ts';

export type CallSummaryT = z.infer<typeof CallSummary>;
export type CallDetailT = z.infer<typeof CallDetail>;
export type CallInputT = z.input<typeof CallInput>;
export type CallPatchT = z.input<typeof CallPatch>;
export type CallStatsT = z.infer<typeof CallStats>;
