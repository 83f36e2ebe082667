import { lazy, type ComponentType } from 'react';
import { createBrowserRouter, Navigate, type RouteObject } from 'react-router';
import { RequireAuth } from '../features/auth/RequireAuth';
import { NotFoundPage, RouteError } from './RouteError';

/**
 * A page, or the signed-in shell, loaded when first shown: each is a chunk of its own, so the customer's
 * survey page never downloads the app, and no page downloads another's libraries (charts, dates, dnd-kit).
 */
function loadWhenShown<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) {
  return lazy(() => load().then((module) => ({ default: module[name] })));
}

const PublicSurveyPage = loadWhenShown(() => import('../features/survey/PublicSurveyPage'), 'PublicSurveyPage');
const SignInPage = loadWhenShown(() => import('../features/auth/SignInPage'), 'SignInPage');
const SignedInLayout = loadWhenShown(() => import('./SignedInLayout'), 'SignedInLayout');
const DashboardPage = loadWhenShown(() => import('./routes/DashboardPage'), 'DashboardPage');
const AccountPage = loadWhenShown(() => import('./routes/AccountPage'), 'AccountPage');
const AccountsListPage = loadWhenShown(() => import('../features/accounts/AccountsListPage'), 'AccountsListPage');
const ContactsSearchPage = loadWhenShown(() => import('../features/contacts/ContactsSearchPage'), 'ContactsSearchPage');
const ContactPage = loadWhenShown(() => import('../features/contacts/ContactPage'), 'ContactPage');
const NewAccountPage = loadWhenShown(() => import('../features/accounts/NewAccountPage'), 'NewAccountPage');
const TierPoliciesPage = loadWhenShown(() => import('../features/tiers/TierPoliciesPage'), 'TierPoliciesPage');
const IcpSettingsPage = loadWhenShown(() => import('../features/tiers/IcpSettingsPage'), 'IcpSettingsPage');
const TierReviewPage = loadWhenShown(() => import('../features/tiers/TierReviewPage'), 'TierReviewPage');
const WorkloadPage = loadWhenShown(() => import('../features/workload/WorkloadPage'), 'WorkloadPage');
const TemplatesPage = loadWhenShown(() => import('../features/templates/TemplatesPage'), 'TemplatesPage');
const NewTemplatePage = loadWhenShown(() => import('../features/templates/TemplateEditorPage'), 'NewTemplatePage');
const TemplateEditorPage = loadWhenShown(() => import('../features/templates/TemplateEditorPage'), 'TemplateEditorPage');
const UsersPage = loadWhenShown(() => import('../features/users/UsersPage'), 'UsersPage');
const QbrsPage = loadWhenShown(() => import('../features/qbrs/QbrsPage'), 'QbrsPage');
const PipelineBoardPage = loadWhenShown(() => import('../features/opportunities/PipelineBoardPage'), 'PipelineBoardPage');
const OpportunitiesListPage = loadWhenShown(() => import('../features/opportunities/OpportunitiesListPage'), 'OpportunitiesListPage');
const OpportunityPage = loadWhenShown(() => import('../features/opportunities/OpportunityPage'), 'OpportunityPage');
const ProfilePage = loadWhenShown(() => import('../features/settings/ProfilePage'), 'ProfilePage');
const CompanySettingsPage = loadWhenShown(() => import('../features/settings/CompanySettingsPage'), 'CompanySettingsPage');
const WebhooksPage = loadWhenShown(() => import('../features/webhooks/WebhooksPage'), 'WebhooksPage');
const ApiTokensPage = loadWhenShown(() => import('../features/tokens/ApiTokensPage'), 'ApiTokensPage');
const HandoffPage = loadWhenShown(() => import('../features/handoffs/HandoffPage'), 'HandoffPage');
const TasksPage = loadWhenShown(() => import('../features/tasks/TasksPage'), 'TasksPage');
const MyDayPage = loadWhenShown(() => import('../features/myday/MyDayPage'), 'MyDayPage');
const HomePage = loadWhenShown(() => import('./routes/HomePage'), 'HomePage');
const AuditLogPage = loadWhenShown(() => import('../features/audit/AuditLogPage'), 'AuditLogPage');
const AlertsPage = loadWhenShown(() => import('../features/alerts/AlertsPage'), 'AlertsPage');
const RevenueAlertSettingsPage = loadWhenShown(() => import('../features/alerts/RevenueAlertSettingsPage'), 'RevenueAlertSettingsPage');
const EventReportPage = loadWhenShown(() => import('../features/events/EventReportPage'), 'EventReportPage');
const ProductsPage = loadWhenShown(() => import('../features/revenue/ProductsPage'), 'ProductsPage');
const AccountsImportPage = loadWhenShown(() => import('../features/imports/ImportPage'), 'AccountsImportPage');
const ContactsImportPage = loadWhenShown(() => import('../features/imports/ImportPage'), 'ContactsImportPage');
const RevenueImportPage = loadWhenShown(() => import('../features/revenue/RevenueImportPage'), 'RevenueImportPage');
const RenewalsPage = loadWhenShown(() => import('../features/contracts/RenewalsPage'), 'RenewalsPage');
const RetentionPage = loadWhenShown(() => import('../features/retention/RetentionPage'), 'RetentionPage');
const RiskReportPage = loadWhenShown(() => import('../features/risk/RiskReportPage'), 'RiskReportPage');
const PlanPrintPage = loadWhenShown(() => import('../features/plans/PlanPrintPage'), 'PlanPrintPage');
const CompetitionReportPage = loadWhenShown(() => import('../features/competition/CompetitionReportPage'), 'CompetitionReportPage');
const ScorecardPage = loadWhenShown(() => import('../features/scorecard/ScorecardPage'), 'ScorecardPage');
const TeamScorecardPage = loadWhenShown(() => import('./routes/TeamScorecardPage'), 'TeamScorecardPage');
const CommissionPlanPage = loadWhenShown(() => import('../features/scorecard/CommissionPlanPage'), 'CommissionPlanPage');
const CompetitorsPage = loadWhenShown(() => import('../features/competition/CompetitorsPage'), 'CompetitorsPage');

export const routes: RouteObject[] = [
  // The customer's survey link: no app shell, no navigation, no login.
  { path: '/survey/:token', element: <PublicSurveyPage />, errorElement: <RouteError /> },
  { path: '/login', element: <SignInPage />, errorElement: <RouteError /> },
  // The plan's one-page print for the customer meeting: signed in, without the app shell.
  {
    path: '/plans/:id/print',
    element: (
      <RequireAuth>
        <PlanPrintPage />
      </RequireAuth>
    ),
    errorElement: <RouteError />,
  },
  {
    path: '/',
    // Everything else needs a signed-in person; the sign-in page brings them back here.
    element: (
      <RequireAuth>
        <SignedInLayout />
      </RequireAuth>
    ),
    errorElement: <RouteError />,
    children: [
      {
        errorElement: <RouteError />,
        children: [
          // Account managers land on My day, everyone else on the dashboard (also at /dashboard for all).
          { index: true, element: <HomePage /> },
          { path: 'dashboard', element: <DashboardPage /> },
          { path: 'my-day', element: <MyDayPage /> },
          { path: 'tasks', element: <TasksPage /> },
          { path: 'qbrs', element: <QbrsPage /> },
          { path: 'accounts', element: <AccountsListPage /> },
          { path: 'accounts/new', element: <NewAccountPage /> },
          { path: 'accounts/import', element: <AccountsImportPage /> },
          { path: 'accounts/:id', element: <AccountPage /> },
          { path: 'contacts', element: <ContactsSearchPage /> },
          { path: 'contacts/import', element: <ContactsImportPage /> },
          { path: 'contacts/:id', element: <ContactPage /> },
          { path: 'pipeline', element: <PipelineBoardPage /> },
          { path: 'opportunities', element: <OpportunitiesListPage /> },
          { path: 'opportunities/:id', element: <OpportunityPage /> },
          { path: 'templates', element: <TemplatesPage /> },
          { path: 'templates/new', element: <NewTemplatePage /> },
          { path: 'templates/:id', element: <TemplateEditorPage /> },
          { path: 'handoffs/:id', element: <HandoffPage /> },
          { path: 'workload', element: <WorkloadPage /> },
          { path: 'reports/events', element: <EventReportPage /> },
          { path: 'products', element: <ProductsPage /> },
          { path: 'revenue/import', element: <RevenueImportPage /> },
          { path: 'renewals', element: <RenewalsPage /> },
          { path: 'reports/retention', element: <RetentionPage /> },
          { path: 'reports/risk', element: <RiskReportPage /> },
          { path: 'reports/competition', element: <CompetitionReportPage /> },
          { path: 'settings/competitors', element: <CompetitorsPage /> },
          { path: 'scorecard', element: <ScorecardPage /> },
          { path: 'scorecard/team', element: <TeamScorecardPage /> },
          { path: 'settings/commission-plan', element: <CommissionPlanPage /> },
          { path: 'alerts', element: <AlertsPage /> },
          { path: 'settings/revenue-alerts', element: <RevenueAlertSettingsPage /> },
          { path: 'settings', element: <Navigate to="/settings/profile" replace /> },
          { path: 'settings/profile', element: <ProfilePage /> },
          { path: 'settings/company', element: <CompanySettingsPage /> },
          { path: 'settings/api-tokens', element: <ApiTokensPage /> },
          { path: 'settings/webhooks', element: <WebhooksPage /> },
          { path: 'settings/audit-log', element: <AuditLogPage /> },
          { path: 'settings/tier-policies', element: <TierPoliciesPage /> },
          { path: 'settings/icp', element: <IcpSettingsPage /> },
          { path: 'tier-review', element: <TierReviewPage /> },
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
