import { createBrowserRouter, Navigate, type RouteObject } from 'react-router';
import { AccountPage } from '../features/accounts/AccountPage';
import { AccountsListPage } from '../features/accounts/AccountsListPage';
import { NewAccountPage } from '../features/accounts/NewAccountPage';
import { TierPoliciesPage } from '../features/tiers/TierPoliciesPage';
import { WorkloadPage } from '../features/tiers/WorkloadPage';
import { UsersPage } from '../features/users/UsersPage';
import { AppShellLayout } from './AppShellLayout';
import { NotFoundPage, RouteError } from './RouteError';

export const routes: RouteObject[] = [
  {
    path: '/',
    element: <AppShellLayout />,
    errorElement: <RouteError />,
    children: [
      {
        errorElement: <RouteError />,
        children: [
          { index: true, element: <Navigate to="/accounts" replace /> },
          { path: 'accounts', element: <AccountsListPage /> },
          { path: 'accounts/new', element: <NewAccountPage /> },
          { path: 'accounts/:id', element: <AccountPage /> },
          { path: 'settings', element: <Navigate to="/settings/tier-policies" replace /> },
          { path: 'settings/tier-policies', element: <TierPoliciesPage /> },
          { path: 'settings/workload', element: <WorkloadPage /> },
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
