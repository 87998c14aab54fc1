import type { Actor } from '../auth/actor.ts';
import { HomeItem } from './home.schemas.ts';

/** A module's part of people's homes: the items it has for this person (none is fine). */
export type HomeContributor = (actor: Actor) => Promise<HomeItem[]>;

const SEVERITY_RANK = { critical: 0, warning: 1, info: 2 } as const;

/**
 * The one place modules plug items into people's homes. A module registers a contributor
 * under its name once, at start-up; GET /api/v1/home asks every contributor for the caller.
 */
export function createHomeRegistry() {
  const contributors = new Map<string, HomeContributor>();
  return {
    register(name: string, contributor: HomeContributor): void {
      if (contributors.has(name)) throw new Error(`home contributor "${name}" is registered twice`);
      contributors.set(name, contributor);
    },

    names: () => [...contributors.keys()],

    /** Every contributor's items, validated, most urgent first (severity, then due date, then title). */
    async collect(actor: Actor): Promise<HomeItem[]> {
      const lists = await Promise.all([...contributors.values()].map((c) => c(actor)));
      const items = lists.flat().map((item) => HomeItem.parse(item));
      return items.sort(
        (a, b) =>
          SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
          (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999') ||
          a.kind.localeCompare(b.kind),
      );
    },
  };
}

export type HomeRegistry = ReturnType<typeof createHomeRegistry>;
