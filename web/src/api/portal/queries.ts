import { infiniteQueryOptions, keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api, withQuery } from '../client.ts';

type Ref = { id: number; nameJa: string; nameEn: string };
export type Range = [number, number];
export type Snippet = { text: string; marks: Range[] };
export type PortalItem = {
  id: number;
  grantNumber: string;
  titleJa: string;
  titleEn: string;
  pi: Ref;
  institution: Ref;
  program: Ref;
  integratedProject: Ref | null;
  startFiscalYear: number;
  endFiscalYear: number;
  modality: string;
  stage: string;
  status: 'active' | 'completed' | 'terminated';
  highlights: { titleJa: Range[]; titleEn: Range[] };
  snippetJa: Snippet;
  snippetEn: Snippet;
};
export type FacetValue = { id: string; nameJa: string; nameEn: string; count: number };
export type PortalPage = {
  total: number;
  sort: 'relevance' | 'startFiscalYear' | 'grantNumber';
  items: PortalItem[];
  facets: Record<string, FacetValue[]>;
  nextCursor: string | null;
};
export type PortalProject = Omit<PortalItem, 'highlights' | 'snippetJa' | 'snippetEn'> & {
  abstractJa: string;
  abstractEn: string;
  diseaseAreas: Ref[];
  members: { researcherId: number; nameJa: string; nameEn: string; role: 'pi' | 'co'; institution: Ref }[];
  budgets: { fiscalYear: number; amountYen: number }[];
  lineage: {
    nodes: {
      id: number;
      grantNumber: string;
      titleJa: string;
      titleEn: string;
      program: Ref;
      startFiscalYear: number;
      endFiscalYear: number;
    }[];
    edges: { from: number; to: number; kind: 'handoff' | 'continuation' | 'fast_path' }[];
  };
  outcomes: { id: number; kind: string; fiscalYear: number; occurredOn: string | null; titleJa: string; titleEn: string }[];
};

/** The filters of the portal search, as in the URL. */
export type PortalSearch = {
  q?: string;
  fiscalYear?: number;
  integratedProject?: number;
  program?: number;
  diseaseArea?: number;
  stage?: string;
  institution?: number;
  pi?: number;
  sort?: PortalPage['sort'];
};

export const portalKeys = {
  all: ['portal'] as const,
  search: (s: PortalSearch) => ['portal', 'search', s] as const,
  project: (id: number) => ['portal', 'project', id] as const,
  similar: (id: number) => ['portal', 'similar', id] as const,
};

export const portalSearchQuery = (s: PortalSearch) =>
  infiniteQueryOptions({
    queryKey: portalKeys.search(s),
    queryFn: ({ pageParam, signal }) =>
      api<PortalPage>('/public/projects', { query: { ...s, limit: 20, cursor: pageParam, facets: pageParam === undefined }, signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });

export const portalProjectQuery = (id: number) =>
  queryOptions({ queryKey: portalKeys.project(id), queryFn: ({ signal }) => api<PortalProject>(`/public/projects/${id}`, { signal }) });

export const portalSimilarQuery = (id: number) =>
  queryOptions({
    queryKey: portalKeys.similar(id),
    queryFn: ({ signal }) => api<{ items: PortalItem[] }>(`/public/projects/${id}/similar`, { signal }),
  });

/** The download link of the current search. */
export const portalExportUrl = (s: PortalSearch, format: 'csv' | 'xlsx' | 'json') =>
  withQuery('/api/v1/public/projects/export', { ...s, format });
