import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../client.ts';

type Named = { id: number; nameJa: string; nameEn: string };
export type FundRound = {
  id: number;
  kind: 'adjustment' | 'discretionary';
  nameJa: string;
  nameEn: string;
  fiscalYear: number;
  endFiscalYear: number;
  poolYen: number;
  allocatedYen: number;
  status: string;
  version: number;
};
export type FundRequest = {
  id: number;
  project: { id: number; grantNumber: string; titleJa: string; titleEn: string };
  integratedProject: Named | null;
  amountYen: number;
  reasonJa: string;
  reasonEn: string;
  expectedEffectJa: string;
  expectedEffectEn: string;
  score: number | null;
  rank: number | null;
  status: 'pending' | 'approved' | 'rejected';
  version: number;
};
export type RoundDetail = FundRound & {
  limits: { integratedProject: Named; limitYen: number; approvedYen: number }[];
  requests: FundRequest[];
  permissions: { canDecide: boolean };
};
export type Proposal = {
  poolYen: number;
  approvedYen: number;
  chosen: number[];
  proposedYen: number;
  totalScore: number;
  unscored: number[];
  searchNodes: number;
  milliseconds: number;
};
export type WhatIf = { poolYen?: number; scores?: { requestId: number; score: number }[] };

export const fundKeys = {
  all: ['funds'] as const,
  rounds: () => ['funds', 'rounds'] as const,
  round: (id: number) => ['funds', 'round', id] as const,
};

export const roundsQuery = () =>
  queryOptions({ queryKey: fundKeys.rounds(), queryFn: ({ signal }) => api<{ items: FundRound[] }>('/fund-rounds', { signal }) });
export const roundQuery = (id: number) =>
  queryOptions({ queryKey: fundKeys.round(id), queryFn: ({ signal }) => api<RoundDetail>(`/fund-rounds/${id}`, { signal }) });
export const proposalQuery = (id: number, whatIf: WhatIf) =>
  queryOptions({
    queryKey: ['funds', 'proposal', id, whatIf] as const,
    queryFn: ({ signal }) => api<Proposal>(`/fund-rounds/${id}/proposal`, { method: 'POST', body: whatIf, signal }),
  });

export function useApproveRequest(roundId: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (r: { id: number; version: number }) =>
      api<FundRequest>(`/fund-requests/${r.id}/approve`, { method: 'POST', body: { version: r.version } }),
    onSettled: () => qc.invalidateQueries({ queryKey: fundKeys.all }),
  });
}

export function useRankRequest(roundId: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (r: { id: number; version: number; score: number }) =>
      api<FundRequest>(`/fund-requests/${r.id}/rank`, { method: 'PATCH', body: { version: r.version, score: r.score } }),
    onSettled: () => qc.invalidateQueries({ queryKey: fundKeys.round(roundId) }),
  });
}
