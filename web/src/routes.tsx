import type { QueryClient } from '@tanstack/react-query';
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  lazyRouteComponent,
  notFound,
  Outlet,
  redirect,
} from '@tanstack/react-router';
import { sessionQuery } from './api/auth/queries.ts';
import { AppLayout } from './components/AppLayout.tsx';
import { NotFound, RouteError } from './components/RouteStates.tsx';
import { parseProjectSearch } from './features/projects/search.ts';
import { isAgencySession } from './lib/roles.ts';

type RouterContext = { queryClient: QueryClient };

const optionalInt = (v: unknown): number | undefined => {
  const n = typeof v === 'number' ? v : typeof v === 'string' ? Number(v) : Number.NaN;
  return Number.isInteger(n) && n > 0 ? n : undefined;
};

/** Only same-site paths may be a post-sign-in destination (no open redirects). */
export const safeRedirect = (v: unknown): string | undefined =>
  typeof v === 'string' && v.startsWith('/') && !v.startsWith('//') && !v.startsWith('/sign-in') ? v : undefined;

const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: Outlet,
  notFoundComponent: NotFound,
  errorComponent: RouteError,
});

const signInRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/sign-in',
  validateSearch: (s: Record<string, unknown>): { redirect?: string } => {
    const r = safeRedirect(s.redirect);
    return r ? { redirect: r } : {};
  },
  beforeLoad: async ({ context, search }) => {
    const session = await context.queryClient.ensureQueryData(sessionQuery());
    if (session) throw redirect({ href: search.redirect ?? '/' });
  },
  component: lazyRouteComponent(() => import('./features/auth/SignInPage.tsx'), 'SignInPage'),
});

/** Everything below needs a session; without one the user is sent to sign-in and brought back after. */
const appRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'app',
  beforeLoad: async ({ context, location }) => {
    const session = await context.queryClient.ensureQueryData(sessionQuery());
    if (!session) throw redirect({ to: '/sign-in', search: { redirect: location.href } });
    return { session };
  },
  component: AppLayout,
  notFoundComponent: NotFound,
});

/** Every role's landing page: what the person follows and what needs them. */
const homeRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/',
  component: lazyRouteComponent(() => import('./features/home/HomePage.tsx'), 'HomePage'),
});

/** Agency-wide totals: for agency members only (they count unpublished projects). */
const overviewRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/overview',
  beforeLoad: ({ context }) => {
    if (!isAgencySession(context.session)) throw notFound();
  },
  validateSearch: (s: Record<string, unknown>): { fiscalYear?: number } => {
    const fy = optionalInt(s.fiscalYear);
    return fy ? { fiscalYear: fy } : {};
  },
  component: lazyRouteComponent(() => import('./features/overview/OverviewPage.tsx'), 'OverviewPage'),
});

const catalogRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/catalog',
  validateSearch: (s: Record<string, unknown>): { period?: number } => {
    const p = optionalInt(s.period);
    return p ? { period: p } : {};
  },
  component: lazyRouteComponent(() => import('./features/catalog/CatalogPage.tsx'), 'CatalogPage'),
});

const projectsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/projects',
  validateSearch: parseProjectSearch,
  component: lazyRouteComponent(() => import('./features/projects/ProjectListPage.tsx'), 'ProjectListPage'),
});

const projectRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/projects/$projectId',
  params: {
    parse: (p: { projectId: string }) => {
      const projectId = Number(p.projectId);
      if (!Number.isInteger(projectId) || projectId < 1) throw notFound();
      return { projectId };
    },
    stringify: (p: { projectId: number }) => ({ projectId: String(p.projectId) }),
  },
  component: lazyRouteComponent(() => import('./features/projects/ProjectPage.tsx'), 'ProjectPage'),
});

const jobsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/jobs',
  beforeLoad: ({ context }) => {
    if (!isAgencySession(context.session)) throw notFound();
  },
  component: lazyRouteComponent(() => import('./features/jobs/JobsPage.tsx'), 'JobsPage'),
});

export const routeTree = rootRoute.addChildren([
  signInRoute,
  appRoute.addChildren([homeRoute, overviewRoute, catalogRoute, projectsRoute, projectRoute, jobsRoute]),
]);

export function createAppRouter(queryClient: QueryClient) {
  return createRouter({
    routeTree,
    context: { queryClient },
    defaultPreload: 'intent',
    defaultPreloadStaleTime: 0,
    scrollRestoration: true,
  });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
