/**
 * The review module reads applications through this port; the calls module provides the
 * adapter when the branches are merged (application_id / call_id are plain integer columns).
 */
export type ReviewSubject = {
  id: number;
  callId: number;
  title: string;
  abstract: string;
  keywords: string[];
  requestedYen: number;
  /** 研究開発代表者 and 研究開発分担者 of the application (researchers.id). */
  memberResearcherIds: number[];
  institutionIds: number[];
};

export interface ReviewSubjects {
  listForCall(callId: number): Promise<ReviewSubject[]>;
  get(id: number): Promise<ReviewSubject | null>;
}

/** A port over a fixed list (tests, and the CLI's offline scoring). */
export function inMemorySubjects(subjects: ReviewSubject[]): ReviewSubjects {
  return {
    listForCall: async (callId) => subjects.filter((s) => s.callId === callId),
    get: async (id) => subjects.find((s) => s.id === id) ?? null,
  };
}
