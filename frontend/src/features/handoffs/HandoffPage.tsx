import { Alert, Anchor, Badge, Button, Card, Grid, Group, Modal, SimpleGrid, Stack, Text, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { Link, useParams } from 'react-router';
import { errorMessage } from '../../api/problem';
import { rules } from '../../api/rules';
import { TierBadge } from '../../components/badges';
import { DetailBreadcrumbs, DetailLoadError, DetailPageSkeleton, Fact, type ParentList } from '../../components/DetailPage';
import { formatDateTime, orEmpty } from '../../components/format';
import { PageHeader } from '../../components/PageHeader';
import { applyServerError } from '../../components/server-errors';
import { useFormSubmit } from '../../components/use-form-submit';
import { useMe } from '../auth/api';
import { canManage } from '../auth/permissions';
import { useAcceptHandoff, useCancelHandoff, useDeclineHandoff, useHandoff, type Handoff, type HandoffStatus } from './api';
import { ChecklistView } from './ChecklistView';

const DASHBOARD: ParentList = { to: '/', label: 'Dashboard' };
const REASON_MIN = rules.limits.HandoffDecline.reason.minLength;
const REASON_MAX = rules.limits.HandoffDecline.reason.maxLength;
const STATUS_COLOR: Record<HandoffStatus, string> = { OPEN: 'blue', ACCEPTED: 'green', DECLINED: 'orange', CANCELLED: 'gray' };

export function validateDecline(reason: string) {
  const length = reason.trim().length;
  if (length < REASON_MIN) return `Say why, in at least ${REASON_MIN} characters.`;
  if (length > REASON_MAX) return `Use at most ${REASON_MAX} characters (now ${length}).`;
  return null;
}

function DeclineModal({ handoff, opened, onClose }: { handoff: Handoff; opened: boolean; onClose: () => void }) {
  const decline = useDeclineHandoff();
  const form = useForm<{ [key: string]: unknown; reason: string }>({
    mode: 'controlled',
    initialValues: { reason: '' },
    validate: { reason: validateDecline },
  });
  const { submit, failure, submitting } = useFormSubmit(
    form,
    async (v) => {
      await decline.mutateAsync({ handoff, reason: v.reason.trim() });
      notifications.show({ color: 'green', title: 'Handoff declined', message: `${handoff.accountName} stays with ${handoff.fromUserName ?? 'its owner'}.` });
      onClose();
    },
    (err) => applyServerError(form, err, ['reason']),
  );
  return (
    <Modal opened={opened} onClose={onClose} title={`Decline ${handoff.accountName}?`}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Textarea
            label="Reason"
            description={`${handoff.fromUserName ?? 'Who handed it over'} reads this. ${REASON_MIN}–${REASON_MAX} characters.`}
            required
            withAsterisk
            autosize
            minRows={3}
            data-autofocus
            {...form.getInputProps('reason')}
          />
          {failure?.message && (
            <Alert color="red" title="Not declined" role="alert">
              {failure.message}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose} disabled={submitting}>
              Back
            </Button>
            <Button type="submit" color="orange" loading={submitting}>
              Decline handoff
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function Decision({ handoff }: { handoff: Handoff }) {
  if (handoff.status === 'OPEN') return null;
  const verb = { ACCEPTED: 'Accepted', DECLINED: 'Declined', CANCELLED: 'Cancelled', OPEN: '' }[handoff.status];
  return (
    <Alert
      color={STATUS_COLOR[handoff.status]}
      title={`${verb} ${formatDateTime(handoff.decidedAt)}${handoff.decidedByName ? ` by ${handoff.decidedByName}` : ''}`}
    >
      {handoff.status === 'ACCEPTED' && `${handoff.toUserName} owns ${handoff.accountName} now.`}
      {handoff.status === 'DECLINED' && <Text size="sm">Reason: {handoff.declineReason}</Text>}
      {handoff.status === 'CANCELLED' && `${handoff.accountName} stayed with ${handoff.fromUserName ?? 'its owner'}.`}
    </Alert>
  );
}

/** One handoff: the incoming owner reads the checklist here and accepts or declines it. */
export function HandoffPage() {
  const { id = '' } = useParams();
  const handoff = useHandoff(id);
  const me = useMe().data;
  const accept = useAcceptHandoff();
  const cancel = useCancelHandoff();
  const [declineOpened, decline] = useDisclosure(false);

  if (handoff.isPending) return <DetailPageSkeleton list={DASHBOARD} blockHeights={[120, 300]} />;
  const h = handoff.data;
  if (!h)
    return <DetailLoadError list={DASHBOARD} name="Handoff" error={handoff.error} onRetry={() => void handoff.refetch()} title="Could not load this handoff" />;

  const open = h.status === 'OPEN';
  const writes = !!me && me.scopes.includes('accounts:write');
  const incoming = writes && me?.user.id === h.toUserId;
  const mayCancel = writes && (canManage(me) || me?.user.id === h.createdById || me?.user.id === h.fromUserId);
  const failed = accept.isError ? accept.error : cancel.isError ? cancel.error : null;

  return (
    <>
      <DetailBreadcrumbs list={DASHBOARD} name={`Handoff of ${h.accountName}`} />
      <PageHeader
        title={`Handoff of ${h.accountName}`}
        badges={
          <Group gap="xs">
            <TierBadge tier={h.tier} size="md" />
            <Badge color={STATUS_COLOR[h.status]} variant="light">
              {h.status}
            </Badge>
          </Group>
        }
        description={`From ${h.fromUserName ?? 'no owner'} to ${h.toUserName}`}
        actions={
          open && (
            <>
              {incoming && (
                <Button
                  loading={accept.isPending}
                  onClick={() =>
                    accept.mutate(h, {
                      onSuccess: (done) =>
                        notifications.show({
                          color: 'green',
                          title: 'Handoff accepted',
                          message: `You own ${done.accountName} now. Its open tasks are yours, and the checklist added new ones to your tasks.`,
                        }),
                    })
                  }
                >
                  Accept
                </Button>
              )}
              {incoming && (
                <Button variant="default" onClick={decline.open}>
                  Decline
                </Button>
              )}
              {mayCancel && !incoming && (
                <Button variant="light" color="red" loading={cancel.isPending} onClick={() => cancel.mutate(h)}>
                  Cancel handoff
                </Button>
              )}
            </>
          )
        }
      />
      <Stack gap="md">
        {failed && (
          <Alert color="orange" title="Not done" role="alert">
            {errorMessage(failed)}
          </Alert>
        )}
        <Decision handoff={h} />
        {open && !incoming && (
          <Text size="sm" c="dimmed">
            Only {h.toUserName}, the incoming owner, accepts or declines this handoff.
          </Text>
        )}
        <Grid>
          <Grid.Col span={{ base: 12, md: 5 }}>
            <Card withBorder component="section" aria-labelledby="handoff-facts">
              <Title order={3} size="h4" id="handoff-facts" mb="sm">
                Handoff
              </Title>
              <SimpleGrid cols={2} spacing="md" component="dl" m={0}>
                <Fact label="Account">
                  <Anchor component={Link} to={`/accounts/${h.accountId}`}>
                    {h.accountName}
                  </Anchor>
                </Fact>
                <Fact label="Started">{formatDateTime(h.createdAt)}</Fact>
                <Fact label="From">{orEmpty(h.fromUserName)}</Fact>
                <Fact label="To">{h.toUserName}</Fact>
                <Fact label="Started by">{orEmpty(h.createdByName)}</Fact>
              </SimpleGrid>
              <Text size="sm" fw={600} mt="md">
                Note
              </Text>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} c={h.note ? undefined : 'dimmed'}>
                {h.note ?? 'No note.'}
              </Text>
            </Card>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 7 }}>
            <Title order={3} size="h4" mb="sm">
              Checklist
            </Title>
            <ChecklistView sections={h.checklist} accountId={h.accountId} />
          </Grid.Col>
        </Grid>
      </Stack>
      {declineOpened && <DeclineModal handoff={h} opened={declineOpened} onClose={decline.close} />}
    </>
  );
}
