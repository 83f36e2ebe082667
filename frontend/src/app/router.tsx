import { lazy } from 'react';
import { createBrowserRouter, Navigate, type RouteObject } from 'react-router';
import { AccountPage } from './routes/AccountPage';
import { AccountsListPage } from '../features/accounts/AccountsListPage';
import { NewAccountPage } from '../features/accounts/NewAccountPage';
import { TierPoliciesPage } from '../features/tiers/TierPoliciesPage';
import { WorkloadPage } from '../features/workload/WorkloadPage';
import { TemplatesPage } from '../features/templates/TemplatesPage';
import { NewTemplatePage, TemplateEditorPage } from '../features/templates/TemplateEditorPage';
import { UsersPage } from '../features/users/UsersPage';
import { QbrsPage } from '../features/qbrs/QbrsPage';
import { PublicSurveyPage } from '../features/survey/PublicSurveyPage';
import { OpportunitiesListPage } from '../features/opportunities/OpportunitiesListPage';
import { OpportunityPage } from '../features/opportunities/OpportunityPage';
import { RequireAuth } from '../features/auth/RequireAuth';
import { SignInPage } from '../features/auth/SignInPage';
import { ProfilePage } from '../features/settings/ProfilePage';
import { ApiTokensPage } from '../features/tokens/ApiTokensPage';
import { AuditLogPage } from '../features/audit/AuditLogPage';
import { AppShellLayout } from './AppShellLayout';
import { NotFoundPage, RouteError } from './RouteError';

// The dashboard pulls in the chart library: loaded when first shown, never by the public survey page.
const DashboardPage = lazy(() => import('./routes/DashboardPage').then((m) => ({ default: m.DashboardPage })));

// The board pulls in the drag-and-drop library: loaded when first shown.
const PipelineBoardPage = lazy(() => import('../features/opportunities/PipelineBoardPage').then((m) => ({ default: m.PipelineBoardPage })));

export const routes: RouteObject[] = [
  // The customer's survey link: no app shell, no navigation, no login.
  { path: '/survey/:token', element: <PublicSurveyPage />, errorElement: <RouteError /> },
  { path: '/login', element: <SignInPage />, errorElement: <RouteError /> },
  {
    path: '/',
    // Everything else needs a signed-in person; the sign-in page brings them back here.
    element: (
      <RequireAuth>
        <AppShellLayout />
      </RequireAuth>
    ),
    errorElement: <RouteError />,
    children: [
      {
        errorElement: <RouteError />,
        children: [
          { index: true, element: <DashboardPage /> },
          { path: 'dashboard', element: <Navigate to="/" replace /> },
          { path: 'qbrs', element: <QbrsPage /> },
          { path: 'accounts', element: <AccountsListPage /> },
          { path: 'accounts/new', element: <NewAccountPage /> },
          { path: 'accounts/:id', element: <AccountPage /> },
          { path: 'pipeline', element: <PipelineBoardPage /> },
          { path: 'opportunities', element: <OpportunitiesListPage /> },
          { path: 'opportunities/:id', element: <OpportunityPage /> },
          { path: 'templates', element: <TemplatesPage /> },
          { path: 'templates/new', element: <NewTemplatePage /> },
          { path: 'templates/:id', element: <TemplateEditorPage /> },
          { path: 'workload', element: <WorkloadPage /> },
          { path: 'settings', element: <Navigate to="/settings/profile" replace /> },
          { path: 'settings/profile', element: <ProfilePage /> },
          { path: 'settings/api-tokens', element: <ApiTokensPage /> },
          { path: 'settings/audit-log', element: <AuditLogPage /> },
          { path: 'settings/tier-policies', element: <TierPoliciesPage /> },
          { path: 'settings/workload', element: <Navigate to="/workload" replace /> },
          { path: 'settings/users', element: <UsersPage /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];

export function makeRouter() {
  return createBrowserRouter(routes);
}
