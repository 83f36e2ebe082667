import { Alert, Button, Center, Group, Paper, Stack, Text, TextInput, ThemeIcon, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDocumentTitle } from '@mantine/hooks';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Navigate, useLocation, useNavigate, useSearchParams } from 'react-router';
import { ApiError, errorMessage } from '../../api/problem';
import { applyServerError } from '../../components/server-errors';
import { dropSessionData, useMe, useSignIn } from './api';
import type { SignInState } from './RequireAuth';
import { PasswordField } from '../../components/PasswordField';

interface Values {
  [key: string]: unknown;
  email: string;
  password: string;
}

/** Where to go after signing in: only a path inside the app, never another site. */
export function safeNext(next: string | null): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  if (next === '/login' || next.startsWith('/login?') || next.startsWith('/login/')) return '/';
  return next;
}

/** Seconds to wait before the next attempt, from the problem body or the Retry-After header. */
export function retryAfterSeconds(error: ApiError): number | null {
  const fromBody = error.problem.extra.retryAfterSeconds;
  if (typeof fromBody === 'number' && fromBody > 0) return fromBody;
  const header = Number(error.headers?.get('Retry-After'));
  return Number.isFinite(header) && header > 0 ? header : null;
}

/** Why sign-in failed, in one sentence. */
export function signInFailureMessage(error: unknown): { title: string; message: string } {
  if (error instanceof ApiError && error.status === 429) {
    const seconds = retryAfterSeconds(error);
    const minutes = seconds === null ? null : Math.max(1, Math.ceil(seconds / 60));
    return {
      title: 'Too many attempts',
      message:
        minutes === null
          ? 'Too many sign-in attempts. Wait a while, then try again.'
          : `Too many sign-in attempts. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
    };
  }
  if (error instanceof ApiError && error.status === 401) {
    return { title: 'Not signed in', message: error.problem.detail ?? 'The email or the password is wrong.' };
  }
  return { title: 'Not signed in', message: errorMessage(error) };
}

function validate(v: Values) {
  const e: Partial<Record<keyof Values, string>> = {};
  if (!v.email.trim()) e.email = 'Enter your email address.';
  else if (!/^[^\s@]+@[^\s@]+$/.test(v.email.trim())) e.email = 'Enter an email address like name@example.com.';
  if (!v.password) e.password = 'Enter your password.';
  return e;
}

export function SignInPage() {
  useDocumentTitle('Sign in · Stratum');
  const me = useMe();
  const [params] = useSearchParams();
  const location = useLocation();
  const navigate = useNavigate();
  const state = (location.state ?? null) as SignInState | null;
  const next = safeNext(params.get('next'));
  const signIn = useSignIn();
  const [failure, setFailure] = useState<{ title: string; message: string } | null>(null);
  const form = useForm<Values>({ mode: 'controlled', initialValues: { email: '', password: '' }, validate });
  const qc = useQueryClient();

  // Just signed out: nothing read under the session stays in memory.
  useEffect(() => {
    if (state?.signedOut) dropSessionData(qc);
  }, [state?.signedOut, qc]);

  const submit = form.onSubmit(async (v) => {
    setFailure(null);
    try {
      await signIn.mutateAsync({ email: v.email.trim(), password: v.password });
      await navigate(next, { replace: true });
    } catch (err) {
      form.setFieldValue('password', '');
      const placed = applyServerError(form, err, ['email', 'password']);
      setFailure(
        err instanceof ApiError && err.status === 422
          ? placed.message
            ? { title: 'Not signed in', message: placed.message }
            : null
          : signInFailureMessage(err),
      );
    }
  });

  // Already signed in (a bookmark of this page): straight on.
  if (me.data && !state?.signedOut && !signIn.isPending && !signIn.isSuccess) return <Navigate to={next} replace />;

  return (
    <Center mih="100vh" p="md" bg="var(--mantine-color-gray-0)">
      <Paper withBorder shadow="sm" p="xl" radius="md" w="100%" maw={420} component="main">
        <Stack gap="lg">
          <Group gap={8}>
            <ThemeIcon size="lg" radius="sm" aria-hidden>
              <svg viewBox="0 0 32 32" width="20" height="20">
                <path d="M7 22h18M7 16h18M7 10h18" stroke="#fff" strokeWidth="3" strokeLinecap="round" />
              </svg>
            </ThemeIcon>
            <Text fw={700} size="xl">
              Stratum
            </Text>
          </Group>
          <div>
            <Title order={2}>Sign in</Title>
            <Text size="sm" c="dimmed">
              Key account management
            </Text>
          </div>
          {state?.expired && !failure && (
            <Alert color="blue" variant="light" role="status">
              Your session has ended. Sign in again to continue where you left off.
            </Alert>
          )}
          {state?.signedOut && !failure && (
            <Alert color="gray" variant="light" role="status">
              You are signed out.
            </Alert>
          )}
          <form onSubmit={submit} noValidate aria-label="Sign in">
            <Stack>
              <TextInput label="Email" type="email" autoComplete="username" required withAsterisk data-autofocus autoFocus {...form.getInputProps('email')} />
              <PasswordField label="Password" autoComplete="current-password" required withAsterisk {...form.getInputProps('password')} />
              {failure && (
                <Alert color={failure.title === 'Too many attempts' ? 'orange' : 'red'} title={failure.title} role="alert">
                  {failure.message}
                </Alert>
              )}
              <Button type="submit" loading={signIn.isPending} fullWidth>
                Sign in
              </Button>
            </Stack>
          </form>
          <Text size="xs" c="dimmed">
            No account yet, or forgot your password? Ask your Stratum administrator.
          </Text>
        </Stack>
      </Paper>
    </Center>
  );
}
