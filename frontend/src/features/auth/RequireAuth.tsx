import { Center, Container } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { Navigate, useLocation, type Location } from 'react-router';
import { ErrorState, LoadingState } from '../../components/QueryState';
import { signedOutKey, useMe } from './api';

/** What the sign-in page is told when it was not opened directly. */
export interface SignInState {
  /** The session ended while the app was open (idle timeout, signed out elsewhere). */
  expired?: boolean;
  /** The person just signed out here. */
  signedOut?: boolean;
}

/** The sign-in page's address that brings the person back to `location` afterwards. */
export function signInPath(location: Pick<Location, 'pathname' | 'search'>): string {
  return `/login?next=${encodeURIComponent(`${location.pathname}${location.search}`)}`;
}

/**
 * Only a signed-in person gets past: anyone else goes to the sign-in page, which brings them back here.
 * A session that ends while the app is open (a 401 from any call) lands here the same way.
 */
export function RequireAuth({ children }: { children: ReactNode }) {
  const me = useMe();
  const qc = useQueryClient();
  const location = useLocation();
  // Whether this page has seen a session: losing it then means it expired (or was signed out here).
  const [hadSession, setHadSession] = useState(false);
  if (me.data && !hadSession) setHadSession(true);

  if (me.data === undefined) {
    if (me.isError) {
      return (
        <Container size="sm" py="xl">
          <ErrorState error={me.error} onRetry={() => void me.refetch()} title="Could not check your session" />
        </Container>
      );
    }
    return (
      <Center h="100vh">
        <LoadingState label="Checking your session…" />
      </Center>
    );
  }
  if (me.data === null) {
    if (hadSession && qc.getQueryData(signedOutKey) === true) {
      const signedOut: SignInState = { signedOut: true };
      return <Navigate to="/login" replace state={signedOut} />;
    }
    const state: SignInState | undefined = hadSession ? { expired: true } : undefined;
    return <Navigate to={signInPath(location)} replace state={state} />;
  }
  return children;
}
