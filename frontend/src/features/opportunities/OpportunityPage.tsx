import { Alert, Anchor, Badge, Button, Card, Grid, Group, Menu, Modal, SimpleGrid, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { EMPTY, formatDate, formatDateTime, formatMoney, orEmpty } from '../../components/format';
import { DetailBreadcrumbs, DetailLoadError, DetailPageSkeleton, Fact, StaleVersionAlert, type ParentList } from '../../components/DetailPage';
import { PageHeader } from '../../components/PageHeader';
import { ListFooter } from '../../components/ListFooter';
import { NO_FILTERS, useListUrlState } from '../../components/list-url-state';
import { EmptyState, ErrorState } from '../../components/QueryState';
import { useDeleteOpportunity, useMoveStage, useOpportunity, useOpportunityHistory, useReopenOpportunity } from './api';
import { EventBadge, StageBadge, TypeBadge } from './badges';
import { opportunityErrorMessage } from './errors';
import { EVENT_LABEL, OPEN_STAGES, STAGE_PROBABILITY, stageLabel, type Opportunity, type Stage } from './model';
import { EditOpportunityModal } from './OpportunityFormModal';
import { LostReasonModal, ReopenModal, WonConfirmModal } from './StageDialogs';
import { CompetitorName } from '../competition/CompetitorName';
import { useCanWriteAccountOpportunities } from './access';
import { Truncated } from '../../components/Truncated';
import { SplitsCard } from './SplitsCard';

const OPPORTUNITIES_LIST: ParentList = { to: '/opportunities', label: 'Opportunities' };

function Facts({ o }: { o: Opportunity }) {
  return (
    <Grid>
      <Grid.Col span={{ base: 12, md: 7 }}>
        <Card withBorder h="100%" component="section" aria-labelledby="opp-deal">
          <Title order={3} size="h4" id="opp-deal" mb="sm">
            The deal
          </Title>
          <SimpleGrid cols={{ base: 2, sm: 3 }} spacing="md" component="dl" m={0}>
            <Fact label="Account">
              <Anchor component={Link} to={`/accounts/${o.accountId}`}>
                {o.accountName}
              </Anchor>
            </Fact>
            <Fact label="Product">{orEmpty(o.product)}</Fact>
            <Fact label="Owner">{orEmpty(o.ownerName)}</Fact>
            <Fact label="Amount">{formatMoney(o.amount)}</Fact>
            <Fact label="Probability">{o.probability}%</Fact>
            <Fact label="Weighted amount">{formatMoney(o.weightedAmount)}</Fact>
            <Fact label="Expected close">{formatDate(o.expectedCloseDate)}</Fact>
            <Fact label="Closed">{o.closed ? formatDateTime(o.closedAt) : 'Not yet'}</Fact>
            <Fact label="Last updated">{formatDateTime(o.updatedAt)}</Fact>
          </SimpleGrid>
          <Stack gap="sm" mt="md" component="dl" m={0}>
            <Fact label="Next step">{orEmpty(o.nextStep)}</Fact>
            {o.stage === 'LOST' ? (
              <>
                <Fact label="Loss reason">{orEmpty(o.lossReason)}</Fact>
                {o.lossCompetitorId && (
                  <Fact label="Lost to">
                    <CompetitorName id={o.lossCompetitorId} />
                  </Fact>
                )}
              </>
            ) : (
              // Reopened after a loss: why it was lost last time stays in view.
              o.lossReason && <Fact label="Lost last time because">{o.lossReason}</Fact>
            )}
          </Stack>
        </Card>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 5 }}>
        <Card withBorder h="100%" component="section" aria-labelledby="opp-event">
          <Title order={3} size="h4" id="opp-event" mb="sm">
            Compelling event
          </Title>
          {o.compellingEvent ? (
            <Stack gap="sm" component="dl" m={0}>
              <Fact label="What">
                <EventBadge event={o.compellingEvent} />
              </Fact>
              <Fact label="Occurred on">{formatDate(o.compellingEvent.occurredOn)}</Fact>
              <Fact label="Details">{orEmpty(o.compellingEvent.description)}</Fact>
              {o.compellingEventId && (
                <Anchor component={Link} to={`/accounts/${o.accountId}?tab=events&event=${o.compellingEventId}`} size="sm">
                  See the event on {o.accountName}’s Events tab
                </Anchor>
              )}
            </Stack>
          ) : (
            <Text size="sm" c="dimmed">
              Not recorded. If something at the customer drives this deal (a funding round, a new executive, a regulation), add it with Edit.
            </Text>
          )}
        </Card>
      </Grid.Col>
    </Grid>
  );
}

function History({ id }: { id: string }) {
  const { paging } = useListUrlState(NO_FILTERS, { prefix: 'history' });
  const history = useOpportunityHistory(id, paging.cursor);
  const items = history.data?.items ?? [];
  return (
    <Card withBorder component="section" aria-labelledby="opp-history">
      <Title order={3} size="h4" id="opp-history" mb="sm">
        Stage history
      </Title>
      {history.isPending && <Skeleton height={80} />}
      {history.isError && !history.data && <ErrorState error={history.error} onRetry={() => void history.refetch()} />}
      {history.isSuccess && items.length === 0 && <EmptyState title="No stage changes recorded" />}
      {items.length > 0 && (
        <Table.ScrollContainer minWidth={600}>
          <Table aria-label="Stage history" verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>When</Table.Th>
                <Table.Th>Change</Table.Th>
                <Table.Th>Reason and note</Table.Th>
                <Table.Th>By</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((c) => (
                <Table.Tr key={c.id} style={{ opacity: history.isPlaceholderData ? 0.6 : 1 }}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(c.changedAt)}</Table.Td>
                  <Table.Td>
                    <Group gap={6} wrap="nowrap">
                      {c.fromStage ? (
                        <>
                          <StageBadge stage={c.fromStage} size="xs" />
                          <Text size="xs" aria-label="to">
                            →
                          </Text>
                        </>
                      ) : (
                        <Text size="xs" c="dimmed">
                          Created in
                        </Text>
                      )}
                      <StageBadge stage={c.toStage} size="xs" />
                    </Group>
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                    {c.lossReason && (
                      <Text size="sm">
                        <Text span fw={600} size="sm">
                          Lost because:
                        </Text>{' '}
                        {c.lossReason}
                      </Text>
                    )}
                    {c.note ? <Text size="sm">{c.note}</Text> : !c.lossReason && EMPTY}
                  </Table.Td>
                  <Table.Td>
                    <Truncated text={c.changedBy ?? EMPTY} maw="14rem" />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <ListFooter query={history} paging={paging} itemCount={items.length} label={['stage change', 'stage changes']} showPageError pagerWhen="severalPages" />
    </Card>
  );
}

function DeleteModal({ o, opened, onClose }: { o: Opportunity; opened: boolean; onClose: () => void }) {
  const del = useDeleteOpportunity();
  const navigate = useNavigate();
  return (
    <Modal opened={opened} onClose={onClose} title={`Delete “${o.title}”?`}>
      <Stack>
        <Text size="sm">
          The opportunity and its stage history are removed. Use this for duplicates and mistakes; a deal that fell through should be marked lost instead.
        </Text>
        {del.isError && (
          <Alert color="red" role="alert" title="Not deleted">
            {opportunityErrorMessage(del.error)}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} disabled={del.isPending} data-autofocus>
            Cancel
          </Button>
          <Button
            color="red"
            loading={del.isPending}
            onClick={() =>
              del.mutate(
                { id: o.id, version: o.version },
                {
                  onSuccess: () => {
                    notifications.show({ color: 'green', title: 'Opportunity deleted', message: o.title });
                    navigate('/opportunities');
                  },
                },
              )
            }
          >
            Delete
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function StageActions({ o, onEdit, onDelete }: { o: Opportunity; onEdit: () => void; onDelete: () => void }) {
  const move = useMoveStage();
  const reopen = useReopenOpportunity();
  const [closing, setClosing] = useState<'WON' | 'LOST' | null>(null);
  const [reopenOpened, reopenModal] = useDisclosure(false);

  const moveTo = (stage: Stage) =>
    move.mutate(
      { id: o.id, version: o.version, stage },
      {
        onSuccess: (u) =>
          notifications.show({ color: 'green', title: `Moved to ${stageLabel(u.stage)}`, message: `${u.title} · probability ${u.probability}%` }),
        onError: (err) => notifications.show({ color: 'red', title: 'Not moved', message: opportunityErrorMessage(err) }),
      },
    );

  if (o.closed) {
    return (
      <>
        <Button onClick={reopenModal.open}>Reopen</Button>
        <ReopenModal
          opportunity={o}
          opened={reopenOpened}
          onClose={reopenModal.close}
          onConfirm={async (reason, stage) => {
            const u = await reopen.mutateAsync({ id: o.id, version: o.version, reason, stage });
            notifications.show({ color: 'green', title: 'Reopened', message: `${u.title} is back in ${stageLabel(u.stage)}.` });
            reopenModal.close();
          }}
        />
      </>
    );
  }
  return (
    <>
      <Button variant="default" onClick={onEdit}>
        Edit
      </Button>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button variant="default" loading={move.isPending} rightSection={<span aria-hidden>▾</span>}>
            Move to stage
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          {OPEN_STAGES.filter((s) => s !== o.stage).map((s) => (
            <Menu.Item key={s} onClick={() => moveTo(s)}>
              {stageLabel(s)} ({STAGE_PROBABILITY[s]}%)
            </Menu.Item>
          ))}
        </Menu.Dropdown>
      </Menu>
      <Button color="teal" onClick={() => setClosing('WON')}>
        Mark won
      </Button>
      <Button color="red" variant="light" onClick={() => setClosing('LOST')}>
        Mark lost
      </Button>
      <Button color="red" variant="subtle" onClick={onDelete}>
        Delete
      </Button>
      <WonConfirmModal
        opportunity={closing === 'WON' ? o : null}
        onCancel={() => setClosing(null)}
        onConfirm={async (note) => {
          await move.mutateAsync({ id: o.id, version: o.version, stage: 'WON', note });
          notifications.show({ color: 'green', title: 'Marked as won', message: o.title });
          setClosing(null);
        }}
      />
      <LostReasonModal
        opportunity={closing === 'LOST' ? o : null}
        onCancel={() => setClosing(null)}
        onConfirm={async (lossReason, note, lossCompetitorId) => {
          await move.mutateAsync({ id: o.id, version: o.version, stage: 'LOST', lossReason, note, ...(lossCompetitorId ? { lossCompetitorId } : {}) });
          notifications.show({ color: 'orange', title: 'Marked as lost', message: o.title });
          setClosing(null);
        }}
      />
    </>
  );
}

export function OpportunityPage() {
  const { id = '' } = useParams();
  const opportunity = useOpportunity(id);
  const [editOpened, edit] = useDisclosure(false);
  const [deleteOpened, del] = useDisclosure(false);
  const canEdit = useCanWriteAccountOpportunities(opportunity.data?.accountId);

  if (opportunity.isPending) {
    return <DetailPageSkeleton list={OPPORTUNITIES_LIST} blockHeights={[200]} />;
  }
  const o = opportunity.data;
  if (!o) {
    return (
      <DetailLoadError
        list={OPPORTUNITIES_LIST}
        name="Opportunity"
        error={opportunity.error}
        onRetry={() => void opportunity.refetch()}
        title="Could not load this opportunity"
      />
    );
  }

  return (
    <>
      <DetailBreadcrumbs list={OPPORTUNITIES_LIST} name={o.title} />
      <PageHeader
        title={o.title}
        badges={
          <Group gap="xs">
            <StageBadge stage={o.stage} size="md" />
            <TypeBadge type={o.type} />
            {o.compellingEvent && <EventBadge event={o.compellingEvent} />}
          </Group>
        }
        description={
          <>
            {o.accountName} · {formatMoney(o.amount)} · closes {formatDate(o.expectedCloseDate)}
            {o.compellingEvent?.type && ` · born from: ${EVENT_LABEL[o.compellingEvent.type].toLowerCase()}`}
          </>
        }
        actions={canEdit && <StageActions o={o} onEdit={edit.open} onDelete={del.open} />}
      />
      {o.closed && (
        <Alert color={o.stage === 'WON' ? 'teal' : 'gray'} mb="md" title={o.stage === 'WON' ? 'Won' : 'Lost'}>
          <Group gap="xs">
            <Text size="sm">
              Closed {formatDateTime(o.closedAt)}. A closed opportunity cannot be edited or moved
              {canEdit ? '; reopen it (with a reason) to change it.' : '.'}
            </Text>
            {o.stage === 'LOST' && o.lossReason && (
              <Badge variant="outline" color="gray" tt="none">
                Reason: {o.lossReason}
              </Badge>
            )}
          </Group>
        </Alert>
      )}
      {opportunity.isError && <StaleVersionAlert message={opportunityErrorMessage(opportunity.error)} />}
      <Stack gap="md">
        <Facts o={o} />
        <SplitsCard o={o} canEdit={canEdit} />
        <History id={o.id} />
      </Stack>
      {!o.closed && canEdit && <EditOpportunityModal opportunity={o} opened={editOpened} onClose={edit.close} onReload={() => opportunity.refetch()} />}
      <DeleteModal o={o} opened={deleteOpened} onClose={del.close} />
    </>
  );
}
