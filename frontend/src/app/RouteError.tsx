import { Alert, Button, Code, Container, Group, Stack, Text, Title } from '@mantine/core';
import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { errorMessage } from '../api/problem';

/** Shown when a route fails to render or is unknown. */
export function RouteError() {
  const error = useRouteError();
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  return (
    <Container size="sm" py="xl">
      <Stack>
        <Title order={2}>{notFound ? 'Page not found' : 'Something went wrong'}</Title>
        {notFound ? (
          <Text>There is no page at this address. It may have moved, or the link is mistyped.</Text>
        ) : (
          <Alert color="red" role="alert">
            <Text size="sm">This page failed to show. Reloading usually helps; if it keeps happening, tell your administrator.</Text>
            {error instanceof Error && (
              <Code block mt="sm">
                {errorMessage(error)}
              </Code>
            )}
          </Alert>
        )}
        <Group>
          <Button component={Link} to="/accounts">
            Go to accounts
          </Button>
          {!notFound && (
            <Button variant="default" onClick={() => window.location.reload()}>
              Reload
            </Button>
          )}
        </Group>
      </Stack>
    </Container>
  );
}

export function NotFoundPage() {
  return (
    <Stack>
      <Title order={2}>Page not found</Title>
      <Text>There is no page at this address. It may have moved, or the link is mistyped.</Text>
      <Group>
        <Button component={Link} to="/accounts">
          Go to accounts
        </Button>
      </Group>
    </Stack>
  );
}
