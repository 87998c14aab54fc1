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
import { parsePortalSearch } from './features/portal/search.ts';
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

// funds & handoff module (helper `funds`)
const fundsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/funds',
  component: lazyRouteComponent(() => import('./features/funds/FundsPage.tsx'), 'FundsPage'),
});
const handoffRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/handoff',
  component: lazyRouteComponent(() => import('./features/handoff/HandoffPage.tsx'), 'HandoffPage'),
});
// end funds & handoff module

// databook (analytics module): the public Data Book with KPIs, outside the signed-in layout.
const publicDatabookRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/public/databook',
  component: lazyRouteComponent(() => import('./features/databook/DatabookPage.tsx'), 'DatabookPage'),
});
// end databook

// calls and applications (公募・応募・採否)
const idParam = <K extends string>(key: K) => ({
  parse: (p: Record<K, string>) => ({ [key]: Number(p[key]) }) as Record<K, number>,
  stringify: (p: Record<K, number>) => ({ [key]: String(p[key]) }) as Record<K, string>,
});
const publicCallsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/open-calls',
  component: lazyRouteComponent(() => import('./features/calls/PublicCallsPage.tsx'), 'PublicCallsPage'),
});
const callsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/calls',
  component: lazyRouteComponent(() => import('./features/calls/CallsPage.tsx'), 'CallsPage'),
});
const newCallRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/calls/new',
  component: lazyRouteComponent(() => import('./features/calls/CallEditorPage.tsx'), 'NewCallPage'),
});
const callRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/calls/$callId',
  params: idParam('callId'),
  component: lazyRouteComponent(() => import('./features/calls/CallPage.tsx'), 'CallPage'),
});
const editCallRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/calls/$callId/edit',
  params: idParam('callId'),
  component: lazyRouteComponent(() => import('./features/calls/CallEditorPage.tsx'), 'EditCallPage'),
});
const myApplicationsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/applications',
  component: lazyRouteComponent(() => import('./features/applications/MyApplicationsPage.tsx'), 'MyApplicationsPage'),
});
const applicationRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/applications/$applicationId',
  params: idParam('applicationId'),
  component: lazyRouteComponent(() => import('./features/applications/ApplicationPage.tsx'), 'ApplicationPage'),
});
const callsRoutes = [callsRoute, newCallRoute, callRoute, editCallRoute, myApplicationsRoute, applicationRoute];
// end of calls and applications

// --- gates and portfolio (milestones, reports, stage gates, portfolio views) ---
const portfolioRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/portfolio',
  validateSearch: (s: Record<string, unknown>): { fiscalYear?: number } => {
    const fy = optionalInt(s.fiscalYear);
    return fy ? { fiscalYear: fy } : {};
  },
  component: lazyRouteComponent(() => import('./features/portfolio/PortfolioPage.tsx'), 'PortfolioPage'),
});
const overdueRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/steering/overdue',
  component: lazyRouteComponent(() => import('./features/gates/OverduePage.tsx'), 'OverduePage'),
});
// --- end gates and portfolio ---

// --- portal: public pages, no sign-in (outside appRoute) ---
const portalShellRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'portal-shell',
  component: lazyRouteComponent(() => import('./features/portal/PortalLayout.tsx'), 'PortalLayout'),
});
const portalRoute = createRoute({
  getParentRoute: () => portalShellRoute,
  path: '/portal',
  validateSearch: parsePortalSearch,
  component: lazyRouteComponent(() => import('./features/portal/PortalSearchPage.tsx'), 'PortalSearchPage'),
});
const portalProjectRoute = createRoute({
  getParentRoute: () => portalShellRoute,
  path: '/portal/projects/$projectId',
  params: {
    parse: (p: { projectId: string }) => ({ projectId: Number(p.projectId) }),
    stringify: (p: { projectId: number }) => ({ projectId: String(p.projectId) }),
  },
  component: lazyRouteComponent(() => import('./features/portal/PortalProjectPage.tsx'), 'PortalProjectPage'),
});
// --- end portal ---

export const routeTree = rootRoute.addChildren([
  signInRoute,
  publicCallsRoute,
  publicDatabookRoute,
  portalShellRoute.addChildren([portalRoute, portalProjectRoute]),
  appRoute.addChildren([
    homeRoute,
    overviewRoute,
    catalogRoute,
    projectsRoute,
    projectRoute,
    jobsRoute,
    fundsRoute,
    handoffRoute,
    portfolioRoute,
    overdueRoute,
    ...callsRoutes,
  ]),
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
