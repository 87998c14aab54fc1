/**
 * Fictional researchers (names, 8-digit researcher numbers, ORCID iDs) spread over the real
 * institutions, and the project teams: a PI and 0–4 co-investigators, effort in 5% steps, with
 * no researcher above 100% across the projects they work on at the same time.
 */
import { INSTITUTIONS } from './corpus.institutions.ts';
import { FAMILY_NAMES, GIVEN_NAMES } from './corpus.names.ts';
import { formatOrcid, type Rng } from './demo.random.ts';
import type { GenMember, GenProject, GenResearcher } from './demo.types.ts';

export type FixedPerson = { familyJa: string; familyEn: string; givenJa: string; givenEn: string; inst: number; userEmail?: string };

export function generateResearchers(rng: Rng, count: number, fixed: FixedPerson[]): GenResearcher[] {
  const numbers = new Set<string>();
  const orcids = new Set<string>();
  const newNumber = () => {
    for (;;) {
      const n = String(rng.int(10_000_000, 99_999_999));
      if (!numbers.has(n)) {
        numbers.add(n);
        return n;
      }
    }
  };
  const newOrcid = () => {
    for (;;) {
      let base = `0000000${rng.int(1, 3)}`;
      for (let i = 0; i < 7; i++) base += String(rng.int(0, 9));
      const id = formatOrcid(base);
      if (!orcids.has(id)) {
        orcids.add(id);
        return id;
      }
    }
  };
  const out: GenResearcher[] = fixed.map((p) => ({
    number: newNumber(),
    familyNameJa: p.familyJa,
    givenNameJa: p.givenJa,
    familyNameEn: p.familyEn,
    givenNameEn: p.givenEn,
    orcid: newOrcid(),
    inst: p.inst,
    userEmail: p.userEmail ?? null,
  }));
  const instIdx = INSTITUTIONS.map((_, i) => i).filter((i) => INSTITUTIONS[i]!.kind !== 'company' || i % 2 === 0);
  while (out.length < count + fixed.length) {
    const family = rng.pick(FAMILY_NAMES);
    const given = rng.pick(GIVEN_NAMES);
    out.push({
      number: newNumber(),
      familyNameJa: family.ja,
      givenNameJa: given.ja,
      familyNameEn: family.en,
      givenNameEn: given.en,
      orcid: rng.chance(0.6) ? newOrcid() : null,
      inst: rng.weighted(instIdx, (i) => INSTITUTIONS[i]!.weight),
      userEmail: null,
    });
  }
  return out;
}

const FIRST_FY = 2015;
const YEARS = 15; // FY2015–FY2029

/**
 * Assigns PIs (where a project has none yet) and co-investigators. Projects are visited in
 * order; a successor project keeps its predecessor's PI when the PI has room. Researchers
 * before `firstFree` (the story people) are never drawn at random.
 */
export function assignTeams(rng: Rng, projects: GenProject[], researchers: GenResearcher[], firstFree: number): GenMember[] {
  const load = researchers.map(() => new Uint8Array(YEARS));
  const byInst = new Map<number, number[]>();
  researchers.forEach((r, i) => {
    const list = byInst.get(r.inst) ?? [];
    list.push(i);
    byInst.set(r.inst, list);
  });
  const room = (r: number, p: GenProject) => {
    let min = 100;
    for (let y = p.start; y <= p.end; y++) min = Math.min(min, 100 - load[r]![y - FIRST_FY]!);
    return min;
  };
  const take = (r: number, p: GenProject, effort: number) => {
    for (let y = p.start; y <= p.end; y++) load[r]![y - FIRST_FY]! += effort;
  };
  const members: GenMember[] = [];

  projects.forEach((p, pi) => {
    let effort = 5 * rng.int(2, 8);
    let lead = p.pi;
    if (lead < 0 && p.pred !== null) {
      const prev = projects[p.pred]!.pi;
      if (prev >= 0 && room(prev, p) >= 10) lead = prev;
    }
    if (lead < 0) {
      for (let tries = 0; tries < 40 && lead < 0; tries++) {
        const r = rng.int(firstFree, researchers.length - 1);
        if (room(r, p) >= effort) lead = r;
        else if (tries > 20 && room(r, p) >= 5) lead = r;
      }
      if (lead < 0) {
        let best = firstFree;
        for (let r = firstFree; r < researchers.length; r++) if (room(r, p) > room(best, p)) best = r;
        lead = best;
      }
    }
    effort = Math.max(5, Math.min(effort, room(lead, p)));
    p.pi = lead;
    p.inst = researchers[lead]!.inst;
    take(lead, p, effort);
    members.push({ project: pi, researcher: lead, role: 'pi', effort });

    const coCount = rng.weighted([0, 1, 2, 3, 4], (n) => [15, 25, 30, 20, 10][n]!);
    const team = new Set([lead]);
    for (let k = 0; k < coCount; k++) {
      const local = byInst.get(p.inst) ?? [];
      for (let tries = 0; tries < 8; tries++) {
        const r = rng.chance(0.55) && local.length > 1 ? rng.pick(local) : rng.int(firstFree, researchers.length - 1);
        if (team.has(r) || r < firstFree) continue;
        const e = Math.min(5 * rng.int(1, 4), room(r, p));
        if (e < 5) continue;
        team.add(r);
        take(r, p, e);
        members.push({ project: pi, researcher: r, role: 'co', effort: e });
        break;
      }
    }
  });
  return members;
}
