import { Anchor, Button, Card, Group, Skeleton, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { lazy, Suspense, useRef, useState } from 'react';
import { ConfirmModal } from '../../components/ConfirmModal';
import { formatDate, formatDateTime } from '../../components/format';
import { ListFooter } from '../../components/ListFooter';
import { NO_FILTERS, useListUrlState } from '../../components/list-url-state';
import { EmptyState, ErrorState } from '../../components/QueryState';
import type { Account } from '../accounts/api';
import { useAccountTeam } from '../accounts/team-api';
import { isCurrentMember } from '../accounts/team-model';
import { useMe } from '../auth/api';
import { canWriteQbrs } from '../auth/permissions';
import { useAccountRounds, useCancelQbr, useLatestAnswered, useQbr, type QbrSummary } from './api';
import { InvitationModal } from './InvitationModal';
import { FollowUpBadge, GradeBadge, OverdueBadge, QbrStatusBadge } from './QbrBadges';
import { EmailNotConfiguredNotice, QbrEmailCell } from './QbrEmails';
import { QbrResult } from './QbrResult';
import { RecordAnswersModal } from './RecordAnswersModal';
import { ScheduleQbrModal } from './ScheduleQbrModal';
import { Truncated } from '../../components/Truncated';

const ROUNDS_PAGE = 10;

// The chart library is loaded only when a chart is shown.
const GradeTrendChart = lazy(() => import('./GradeTrendChart').then((m) => ({ default: m.GradeTrendChart })));

type Dialog = { kind: 'invite' | 'record' | 'cancel'; round: QbrSummary } | { kind: 'schedule' } | null;

function CancelModal({ round, opened, onClose }: { round: QbrSummary; opened: boolean; onClose: () => void }) {
  const cancel = useCancelQbr(round.accountId);
  return (
    <ConfirmModal
      opened={opened}
      onClose={onClose}
      title="Cancel this QBR?"
      cancelLabel="Keep it"
      confirmLabel="Cancel QBR"
      failedTitle="Not cancelled"
      error={cancel.isError ? cancel.error : null}
      pending={cancel.isPending}
      onConfirm={() =>
        cancel.mutate(
          { id: round.id },
          {
            onSuccess: () => {
              notifications.show({ color: 'gray', title: 'QBR cancelled', message: `Round of ${formatDate(round.scheduledFor)}` });
              onClose();
            },
          },
        )
      }
    >
      The round scheduled for {formatDate(round.scheduledFor)} with {round.respondentName} is cancelled.
      {round.status === 'SENT' ? ' Its link stops working: the customer sees that the survey was withdrawn.' : ''}
    </ConfirmModal>
  );
}

function ResultCard({ qbrId, isLatest, onShowLatest, canEdit }: { qbrId: string; isLatest: boolean; onShowLatest: () => void; canEdit: boolean }) {
  const qbr = useQbr(qbrId);
  return (
    <Card withBorder component="section" aria-labelledby="qbr-result-title">
      <Group justify="space-between" mb="sm">
        <Title order={3} size="h4" id="qbr-result-title">
          {isLatest ? 'Latest result' : `Result of ${qbr.data ? formatDate(qbr.data.answeredAt) : '…'}`}
        </Title>
        {!isLatest && (
          <Button variant="subtle" size="xs" onClick={onShowLatest}>
            Show latest result
          </Button>
        )}
      </Group>
      {qbr.isPending && <Skeleton height={160} />}
      {qbr.isError && <ErrorState error={qbr.error} onRetry={() => void qbr.refetch()} title="Could not load the result" />}
      {qbr.data && <QbrResult qbr={qbr.data} canEdit={canEdit} />}
    </Card>
  );
}

export function AccountQbrTab({ account }: { account: Account }) {
  const me = useMe().data;
  const team = useAccountTeam(account.id);
  const canEdit = canWriteQbrs(me, account.ownerId, isCurrentMember(team.data, me?.user.id));
  const { paging } = useListUrlState(NO_FILTERS, { prefix: 'rounds' });
  const rounds = useAccountRounds(account.id, paging.cursor, ROUNDS_PAGE);
  const latest = useLatestAnswered(account.id);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [viewing, setViewing] = useState<string | null>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  const items = rounds.data?.items ?? [];
  const latestId = latest.data?.id ?? null;
  const shownId = viewing ?? latestId;

  const view = (id: string) => {
    setViewing(id === latestId ? null : id);
    requestAnimationFrame(() => resultRef.current?.scrollIntoView({ behavior: 'smooth', block: 'start' }));
  };

  return (
    <Stack gap="md">
      <Card withBorder component="section" aria-labelledby="qbr-cadence-title">
        <Group justify="space-between" align="center" wrap="wrap">
          <div>
            <Title order={3} size="h4" id="qbr-cadence-title">
              QBR grade surveys
            </Title>
            <Group gap="xs" mt={4}>
              <Text size="sm">
                Next QBR due <strong>{formatDate(account.nextQbrDue)}</strong>
              </Text>
              {account.qbrOverdue && <OverdueBadge label="Overdue" />}
              {account.lastQbrGrade && (
                <Text size="sm" c="dimmed">
                  · Last grade {account.lastQbrGrade} on {formatDate(account.lastQbrAt)}
                </Text>
              )}
            </Group>
          </div>
          {!account.archived && canEdit && <Button onClick={() => setDialog({ kind: 'schedule' })}>Schedule QBR</Button>}
        </Group>
      </Card>

      <div ref={resultRef} style={{ scrollMarginTop: 72 }}>
        {latest.isPending && <Skeleton height={120} />}
        {latest.isError && <ErrorState error={latest.error} onRetry={() => void latest.refetch()} title="Could not load the latest result" />}
        {latest.isSuccess && !shownId && (
          <Card withBorder>
            <EmptyState title="No answered QBR yet">
              {canEdit
                ? 'Schedule a QBR, send the link to the customer or record their answers from a call.'
                : 'Results appear here once the customer answers.'}
            </EmptyState>
          </Card>
        )}
        {shownId && <ResultCard key={shownId} qbrId={shownId} isLatest={shownId === latestId} onShowLatest={() => setViewing(null)} canEdit={canEdit} />}
      </div>

      <Card withBorder component="section" aria-labelledby="qbr-rounds-title" p={0}>
        <Title order={3} size="h4" id="qbr-rounds-title" p="md" pb="xs">
          Rounds
        </Title>
        <Stack px="md" pb="xs" gap={0}>
          <EmailNotConfiguredNotice />
        </Stack>
        {rounds.isError && !rounds.data ? (
          <Stack p="md">
            <ErrorState error={rounds.error} onRetry={() => void rounds.refetch()} title="Could not load the rounds" />
          </Stack>
        ) : (
          <Table.ScrollContainer minWidth={1000}>
            <Table verticalSpacing="sm" highlightOnHover aria-label="QBR rounds" aria-busy={rounds.isFetching}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Scheduled</Table.Th>
                  <Table.Th>Respondent</Table.Th>
                  <Table.Th>Status</Table.Th>
                  <Table.Th>Sent</Table.Th>
                  <Table.Th>E-mail</Table.Th>
                  <Table.Th>Answered</Table.Th>
                  <Table.Th>Grade</Table.Th>
                  <Table.Th style={{ whiteSpace: 'nowrap' }}>Follow-up</Table.Th>
                  <Table.Th>
                    <VisuallyHidden>Actions</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rounds.isPending && (
                  <Table.Tr>
                    <Table.Td colSpan={9}>
                      <Skeleton height={18} />
                    </Table.Td>
                  </Table.Tr>
                )}
                {items.map((r) => {
                  const open = r.status === 'SCHEDULED' || r.status === 'SENT';
                  return (
                    <Table.Tr key={r.id} style={{ opacity: rounds.isPlaceholderData ? 0.6 : 1 }}>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(r.scheduledFor)}</Table.Td>
                      <Table.Td>
                        <Truncated text={r.respondentName} maw="16rem" />
                      </Table.Td>
                      <Table.Td miw={120}>
                        <QbrStatusBadge status={r.status} />
                      </Table.Td>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(r.sentAt)}</Table.Td>
                      <Table.Td>
                        <QbrEmailCell round={r} />
                      </Table.Td>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(r.answeredAt)}</Table.Td>
                      <Table.Td>
                        <GradeBadge grade={r.overallGrade} size="sm" />
                      </Table.Td>
                      <Table.Td miw={150}>
                        <FollowUpBadge status={r.followUpStatus} />
                      </Table.Td>
                      <Table.Td>
                        <Group gap={6} justify="flex-end" wrap="nowrap">
                          {open && canEdit && (
                            <>
                              <Button size="compact-sm" variant="light" onClick={() => setDialog({ kind: 'invite', round: r })}>
                                {r.status === 'SENT' ? 'New link' : 'Send link'}
                              </Button>
                              <Button size="compact-sm" variant="default" onClick={() => setDialog({ kind: 'record', round: r })}>
                                Record answers
                              </Button>
                              <Button size="compact-sm" variant="subtle" color="red" onClick={() => setDialog({ kind: 'cancel', round: r })}>
                                Cancel
                              </Button>
                            </>
                          )}
                          {r.status === 'ANSWERED' && (
                            <Anchor component="button" type="button" size="sm" onClick={() => view(r.id)} aria-current={shownId === r.id ? 'true' : undefined}>
                              {shownId === r.id ? 'Shown above' : 'View result'}
                            </Anchor>
                          )}
                        </Group>
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {rounds.isSuccess && items.length === 0 && (
          <EmptyState title="No QBR scheduled yet">
            {canEdit ? 'Use “Schedule QBR” to plan the first review.' : 'The account’s owner or a manager schedules QBRs.'}
          </EmptyState>
        )}
        <ListFooter query={rounds} paging={paging} itemCount={items.length} label={['round', 'rounds']} pagerWhen="severalPages" />
      </Card>

      <Suspense fallback={<Skeleton height={360} />}>
        <GradeTrendChart accountId={account.id} />
      </Suspense>

      {dialog?.kind === 'schedule' && (
        <ScheduleQbrModal accountId={account.id} accountName={account.name} nextDue={account.nextQbrDue} opened onClose={() => setDialog(null)} />
      )}
      {dialog?.kind === 'invite' && <InvitationModal round={dialog.round} accountName={account.name} opened onClose={() => setDialog(null)} />}
      {dialog?.kind === 'record' && <RecordAnswersModal qbrId={dialog.round.id} opened onClose={() => setDialog(null)} />}
      {dialog?.kind === 'cancel' && <CancelModal round={dialog.round} opened onClose={() => setDialog(null)} />}
    </Stack>
  );
}
