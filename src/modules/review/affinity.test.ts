import { describe, expect, it } from 'vitest';
import { DRUG_MODALITIES, GENERIC_TARGETS, TARGETS, type Term } from '../demo/corpus.topics.ts';
import { Rng } from '../demo/demo.random.ts';
import { type Doc, parseDocs, type ReviewerArchive, scoreAffinity, terms } from './affinity.ts';

/**
 * A held-out evaluation on synthetic bilingual papers: every reviewer works on two molecular
 * targets with a favourite modality; papers (ja or en) mention them plus a random other target.
 * We hide one paper per reviewer, score it as a submission against all reviewers' remaining
 * papers and see where its author ranks (MRR, precision@1, recall@3).
 */
function corpus(seed: string, reviewers: number, papersEach: number) {
  const rng = new Rng(seed);
  const targets: Term[] = [...Object.values(TARGETS).flat(), ...GENERIC_TARGETS].filter((t): t is Term => Boolean(t));
  const pick = <T>(xs: T[]) => xs[rng.int(0, xs.length - 1)] as T;
  const paper = (id: string, own: Term[], modality: Term, ja: boolean): Doc => {
    const t = pick(own);
    const other = pick(targets);
    const m = rng.next() < 0.7 ? modality : pick(DRUG_MODALITIES);
    return ja
      ? {
          id,
          title: `${t.ja}を標的とした${m.ja}の開発`,
          abstract: `本研究では${t.ja}と${other.ja}の関係を解析し、${pick(own).ja}に対する${m.ja}の有効性を検証する。`,
        }
      : {
          id,
          title: `Development of ${m.en} targeting ${t.en}`,
          abstract: `We analyse how ${t.en} interacts with ${other.en} and test ${m.en} against ${pick(own).en}.`,
        };
  };
  const archives: ReviewerArchive[] = [];
  const heldOut: Array<{ doc: Doc; author: string }> = [];
  for (let r = 0; r < reviewers; r++) {
    const own = [pick(targets), pick(targets)];
    const modality = pick(DRUG_MODALITIES);
    const ja = rng.next() < 0.5;
    const papers = Array.from({ length: papersEach }, (_, i) => paper(`r${r}-p${i}`, own, modality, rng.next() < 0.8 ? ja : !ja));
    const hidden = papers.pop() as Doc;
    heldOut.push({ doc: { ...hidden, id: `s${r}` }, author: `r${r}` });
    archives.push({ reviewerId: `r${r}`, papers });
  }
  return { archives, heldOut };
}

function evaluate(aggregate: 'max+mean3' | 'mean' | 'max') {
  const { archives, heldOut } = corpus('affinity-eval', 60, 6);
  const scores = scoreAffinity(
    heldOut.map((h) => h.doc),
    archives,
    { aggregate },
  );
  let mrr = 0;
  let p1 = 0;
  let r3 = 0;
  for (const h of heldOut) {
    const ranked = scores.filter((s) => s.submission === h.doc.id).sort((a, b) => b.score - a.score);
    const rank = ranked.findIndex((s) => s.reviewer === h.author) + 1;
    mrr += 1 / rank;
    if (rank === 1) p1++;
    if (rank <= 3) r3++;
  }
  const n = heldOut.length;
  return { mrr: mrr / n, p1: p1 / n, r3: r3 / n };
}

describe('text affinity', () => {
  it('splits Japanese into words and adds adjacent-word bigrams, dropping English stop words', () => {
    const t = terms('膵がんに対する新規低分子医薬品 of the KRAS inhibitor');
    expect(t).toContain('kras');
    expect(t).toContain('kras_inhibitor');
    expect(t).not.toContain('the');
    expect(t.some((w) => w.includes('膵'))).toBe(true);
  });

  it('ranks a held-out paper’s author first for most reviewers (MRR ≥ 0.8), better than a plain mean over papers', () => {
    const ours = evaluate('max+mean3');
    const mean = evaluate('mean');
    console.info(
      `affinity held-out eval (60 reviewers × 5 papers): max+mean3 MRR ${ours.mrr.toFixed(3)} P@1 ${ours.p1.toFixed(3)} R@3 ${ours.r3.toFixed(3)}; mean MRR ${mean.mrr.toFixed(3)} P@1 ${mean.p1.toFixed(3)}`,
    );
    expect(ours.mrr).toBeGreaterThanOrEqual(0.8);
    expect(ours.mrr).toBeGreaterThanOrEqual(mean.mrr);
  });

  it('reads the OpenReview layouts: an object keyed by id, JSON lines, and {value} fields', () => {
    expect(parseDocs('{"a":{"content":{"title":"T","abstract":"X"}}}')).toEqual([{ id: 'a', title: 'T', abstract: 'X' }]);
    expect(parseDocs('{"id":"1","content":{"title":{"value":"T1"}}}\n{"id":"2","content":{"title":"T2","abstract":"B"}}')).toEqual([
      { id: '1', title: 'T1', abstract: '' },
      { id: '2', title: 'T2', abstract: 'B' },
    ]);
  });
});
