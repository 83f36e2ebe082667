import { ScorecardPage } from '../../features/scorecard/ScorecardPage';

/** The team scorecard: the same page with an owner picker, for managers and admins. */
export function TeamScorecardPage() {
  return <ScorecardPage team />;
}
