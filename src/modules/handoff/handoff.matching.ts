/**
 * Matching (マッチング): for a project near its final gate, rank the other programs as
 * successors by what their past projects have in common with it: modality, a later stage
 * (a successor takes the seed further), disease areas and shared terms. Each reason names
 * the data behind it, so a PD can check it.
 */
import { GENERIC_STAGES, genericStageOf } from '../projects/stages.ts';
import type { PeerProject } from './handoff.repository.ts';

export type Reason =
  | { kind: 'modality'; count: number; modality: string }
  | { kind: 'stage'; count: number; stage: string }
  | { kind: 'disease_area'; count: number }
  | { kind: 'terms'; count: number; terms: string[] };
export type Recommendation = { programId: number; score: number; pastProjects: number; reasons: Reason[] };

/** A kanji or katakana: words of hiragana only (した, する, では) are grammar, not content. */
const KANJI_KANA = /[\u30a0-\u30ff\u4e00-\u9fff]/;
const STOP = new Set([
  '研究',
  '開発',
  '本',
  '研究開発',
  '課題',
  '技術',
  '目指す',
  '行う',
  '検証',
  '確立',
  '実施',
  '解析',
  '評価',
  '用いる',
  '用い',
  '対象',
  '新規',
]);

/** Distinctive Japanese words of a project's search text (two characters or more, not generic research words). */
export function termsOf(searchText: string): Set<string> {
  return new Set(searchText.split(' ').filter((w) => w.length >= 2 && KANJI_KANA.test(w) && !STOP.has(w)));
}

export function recommendSuccessors(
  project: { modality: string; stage: string; searchText: string; areaIds: number[] },
  peers: PeerProject[],
  limit = 5,
): Recommendation[] {
  const myTerms = termsOf(project.searchText);
  const myStage = GENERIC_STAGES.indexOf(genericStageOf(project.stage));
  const byProgram = new Map<number, PeerProject[]>();
  for (const p of peers) byProgram.set(p.programId, [...(byProgram.get(p.programId) ?? []), p]);
  const out: Recommendation[] = [];
  for (const [programId, list] of byProgram) {
    const reasons: Reason[] = [];
    const sameModality = list.filter((p) => p.modality === project.modality).length;
    if (sameModality) reasons.push({ kind: 'modality', count: sameModality, modality: project.modality });
    const later = list.filter((p) => GENERIC_STAGES.indexOf(genericStageOf(p.stage)) > myStage);
    if (later.length) reasons.push({ kind: 'stage', count: later.length, stage: mostCommon(later.map((p) => genericStageOf(p.stage))) });
    const sharedArea = list.filter((p) => p.areaIds.some((a) => project.areaIds.includes(a))).length;
    if (sharedArea) reasons.push({ kind: 'disease_area', count: sharedArea });
    const terms = sharedTerms(myTerms, list);
    if (terms) reasons.push(terms);
    // Shares, not counts, so a large program does not win by size alone; terms weigh most.
    const share = (n: number) => n / list.length;
    const score =
      share(sameModality) + 1.5 * share(later.length) + share(sharedArea) + (terms ? 3 * share(terms.count) + 0.2 * terms.terms.length : 0);
    if (reasons.length >= 2 && later.length > 0)
      out.push({ programId, score: Math.round(score * 1000) / 1000, pastProjects: list.length, reasons });
  }
  return out.sort((a, b) => b.score - a.score || a.programId - b.programId).slice(0, limit);
}

/** The two terms most shared with the program's past projects, and how many of them hold both. */
function sharedTerms(mine: Set<string>, list: PeerProject[]): Extract<Reason, { kind: 'terms' }> | null {
  const termSets = list.map((p) => termsOf(p.searchText));
  const freq = new Map<string, number>();
  for (const set of termSets) for (const t of set) if (mine.has(t)) freq.set(t, (freq.get(t) ?? 0) + 1);
  const top = [...freq.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, 2)
    .map(([t]) => t);
  if (top.length === 0) return null;
  const count = termSets.filter((s) => top.every((t) => s.has(t))).length;
  return count > 0 ? { kind: 'terms', count, terms: top } : null;
}

function mostCommon(values: string[]): string {
  const n = new Map<string, number>();
  for (const v of values) n.set(v, (n.get(v) ?? 0) + 1);
  return [...n.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0];
}

/** Near its final gate: in or past its last fiscal year (or the next), or on the last two rungs of the generic ladder. */
export function nearFinalGate(project: { endFiscalYear: number; stage: string }, fiscalYear: number): boolean {
  const g = GENERIC_STAGES.indexOf(genericStageOf(project.stage));
  return project.endFiscalYear <= fiscalYear + 1 || g >= GENERIC_STAGES.length - 2;
}
