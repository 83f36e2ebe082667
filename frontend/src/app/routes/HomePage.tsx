import { Navigate } from 'react-router';
import { useMe } from '../../features/auth/api';
import { DashboardPage } from './DashboardPage';

/** The landing page after sign-in: My day for account managers, the dashboard for everyone else. */
export function HomePage() {
  const me = useMe().data;
  if (me?.user.role === 'ACCOUNT_MANAGER') return <Navigate to="/my-day" replace />;
  return <DashboardPage />;
}
