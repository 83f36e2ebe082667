import { Alert, Button, Card, Group, Skeleton, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { Link } from 'react-router';
import { errorMessage } from '../../api/problem';
import { formatDate } from '../../components/format';
import { ErrorState } from '../../components/QueryState';
import type { Account } from '../accounts/api';
import { useMe } from '../auth/api';
import { canManage, canWriteAccount } from '../auth/permissions';
import { useCancelHandoff, useOpenHandoff, type Handoff } from './api';
import { StartHandoffModal } from './StartHandoffModal';

/** Whether the account's owner changes by handoff (the server's rule: KEY or STRATEGIC, with an owner). */
export function ownerChangesByHandoff(account: Pick<Account, 'tier' | 'ownerId'>): boolean {
  return account.tier !== 'STANDARD' && !!account.ownerId;
}

function OpenHandoff({ handoff, account }: { handoff: Handoff; account: Account }) {
  const me = useMe().data;
  const cancel = useCancelHandoff();
  const mayCancel = !!me && me.scopes.includes('accounts:write') && (canManage(me) || me.user.id === handoff.createdById || me.user.id === account.ownerId);
  const incoming = me?.user.id === handoff.toUserId;
  return (
    <>
      <Text size="sm">
        Waiting for {incoming ? 'you' : handoff.toUserName} to accept since {formatDate(handoff.createdAt)}; {account.name} stays with{' '}
        {handoff.fromUserName ?? 'its owner'} until then.
      </Text>
      <Group mt="sm">
        <Button component={Link} to={`/handoffs/${handoff.id}`} variant={incoming ? 'filled' : 'default'} size="xs">
          {incoming ? 'Read and accept' : 'Open handoff'}
        </Button>
        {mayCancel && (
          <Button
            variant="subtle"
            color="red"
            size="xs"
            loading={cancel.isPending}
            onClick={() =>
              cancel.mutate(handoff, {
                onSuccess: () => notifications.show({ color: 'green', title: 'Handoff cancelled', message: `${account.name} stays with its owner.` }),
              })
            }
          >
            Cancel handoff
          </Button>
        )}
      </Group>
      {cancel.isError && (
        <Alert color="red" title="Not cancelled" role="alert" mt="sm">
          {errorMessage(cancel.error)}
        </Alert>
      )}
    </>
  );
}

/** The account page's handoff card: the open handoff, or "Hand over" for a KEY or STRATEGIC account. */
export function AccountHandoffs({ account }: { account: Account }) {
  const me = useMe().data;
  const open = useOpenHandoff(account.id);
  const [startOpened, start] = useDisclosure(false);
  if (!ownerChangesByHandoff(account) && !open.data) return null;
  const mayStart = canWriteAccount(me, account.ownerId) && !account.archived;

  return (
    <Card withBorder component="section" aria-labelledby="handoff-title">
      <Title order={3} size="h4" id="handoff-title" mb="xs">
        Handoff
      </Title>
      {open.isPending && <Skeleton height={40} />}
      {open.isError && <ErrorState error={open.error} onRetry={() => void open.refetch()} title="Could not load the open handoff" />}
      {open.data && <OpenHandoff handoff={open.data} account={account} />}
      {open.isSuccess && !open.data && (
        <>
          <Text size="sm">
            {account.name} is a {account.tier} account, so its owner changes by handoff: the new owner reads a checklist of its goals, open follow-ups, open
            opportunities and risks, and accepts.
          </Text>
          {mayStart && (
            <Group mt="sm">
              <Button size="xs" onClick={start.open}>
                Hand over
              </Button>
            </Group>
          )}
        </>
      )}
      {startOpened && <StartHandoffModal account={account} opened={startOpened} onClose={start.close} />}
      {!mayStart && open.isSuccess && !open.data && account.archived && (
        <Text size="xs" c="dimmed" mt="xs">
          An archived account is not handed over; restore it first.
        </Text>
      )}
    </Card>
  );
}
