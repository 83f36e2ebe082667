// The library styles only signed-in pages use come with them, after the core styles main.tsx loads.
import '@mantine/dates/styles.css';
import '@mantine/notifications/styles.css';
import '@mantine/charts/styles.css';
import { Notifications } from '@mantine/notifications';
import { AppShellLayout } from './AppShellLayout';

/**
 * Everything behind sign-in, loaded when first shown (router.tsx): the shell, and the notifications that
 * signed-in pages show. The public pages (the customer's survey, sign-in) load none of it.
 */
export function SignedInLayout() {
  return (
    <>
      <Notifications position="top-right" />
      <AppShellLayout />
    </>
  );
}
