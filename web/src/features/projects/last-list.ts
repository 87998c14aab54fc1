import type { ProjectSearch } from './search.ts';

const KEY = 'seedline.projects.lastSearch';

/** Remembers the project list as the user left it (filters, sort, page), for this tab. */
export function rememberListSearch(search: ProjectSearch): void {
  try {
    sessionStorage.setItem(KEY, JSON.stringify(search));
  } catch {
    // Storage unavailable: "back to the list" opens the plain list.
  }
}

/** The list the user came from, or the plain list. */
export function lastListSearch(): ProjectSearch {
  try {
    const raw = sessionStorage.getItem(KEY);
    return raw ? (JSON.parse(raw) as ProjectSearch) : {};
  } catch {
    return {};
  }
}
