import { Alert, Anchor, Badge, Button, Card, Grid, Group, Modal, SimpleGrid, Stack, Tabs, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { Link, useParams, useSearchParams } from 'react-router';
import { errorMessage } from '../../api/problem';
import { LifecycleBadge, TierBadge } from '../../components/badges';
import { EMPTY, formatDate, formatDateTime, formatInteger, formatMoney, orEmpty } from '../../components/format';
import { DetailBreadcrumbs, DetailLoadError, DetailPageSkeleton, Fact, StaleVersionAlert, type ParentList } from '../../components/DetailPage';
import { countryName } from '../../components/countries';
import { PageHeader } from '../../components/PageHeader';
import { useAccount, useArchiveAccount, useRestoreAccount, useUpdateAccount, type Account } from '../../features/accounts/api';
import { AccountForm } from '../../features/accounts/AccountForm';
import { ChangeTierModal } from '../../features/accounts/ChangeTierModal';
import { accountToValues, toAccountPatch } from '../../features/accounts/form-model';
import { TeamCard } from '../../features/accounts/TeamCard';
import { AccountTasksCard } from '../../features/tasks/AccountTasksCard';
import { AccountContractsCard } from '../../features/contracts/AccountContractsCard';
import { TierHistory } from '../../features/accounts/TierHistory';
import { AccountQbrTab } from '../../features/qbrs/AccountQbrTab';
import { GradeBadge, OverdueBadge } from '../../features/qbrs/QbrBadges';
import { AccountOpportunities } from '../../features/opportunities/AccountOpportunities';
import { AccountPeopleTab } from '../../features/contacts/AccountPeopleTab';
import { TimelineTab } from '../../features/activities/TimelineTab';
import { AccountEventsTab } from '../../features/events/AccountEventsTab';
import { AccountRevenueTab } from '../../features/revenue/AccountRevenueTab';
import { PlanTab } from '../../features/plans/PlanTab';
import { CompetitionTab } from '../../features/competition/CompetitionTab';
import { AccountRevenueAlerts } from '../../features/alerts/AccountRevenueAlerts';
import { useOverdueEventCount } from '../../features/events/api';
import { AccountHandoffs, ownerChangesByHandoff } from '../../features/handoffs/AccountHandoffs';
import { useMe } from '../../features/auth/api';
import { canAssignOwner, canChangeTier, canWriteAccount } from '../../features/auth/permissions';
import { RiskFlagChips } from '../../features/risk/RiskFlagChips';

const ACCOUNTS_LIST: ParentList = { to: '/accounts', label: 'Accounts' };
const ARCHIVED_LIST: ParentList = { to: '/accounts?archived=true', label: 'Archived accounts' };

function Facts({ account: a }: { account: Account }) {
  return (
    <Grid>
      <Grid.Col span={{ base: 12, md: 6 }}>
        <Card withBorder h="100%" component="section" aria-labelledby="facts-company">
          <Title order={3} size="h4" id="facts-company" mb="sm">
            Company
          </Title>
          <SimpleGrid cols={2} spacing="md" component="dl" m={0}>
            <Fact label="Domain">
              {a.domain ? (
                <Anchor href={`https://${a.domain}`} target="_blank" rel="noreferrer">
                  {a.domain}
                </Anchor>
              ) : (
                EMPTY
              )}
            </Fact>
            <Fact label="External ID">{orEmpty(a.externalId)}</Fact>
            <Fact label="Industry">{orEmpty(a.industry)}</Fact>
            <Fact label="Territory">{orEmpty(a.territory)}</Fact>
            <Fact label="Country">{a.country ? countryName(a.country) : EMPTY}</Fact>
            <Fact label="Employees">{formatInteger(a.employees)}</Fact>
            <Fact label="Annual revenue">{formatMoney(a.annualRevenue)}</Fact>
            <Fact label="Parent account">
              {a.parentId ? (
                <Anchor component={Link} to={`/accounts/${a.parentId}`}>
                  {a.parentName ?? 'Parent account'}
                </Anchor>
              ) : (
                EMPTY
              )}
            </Fact>
          </SimpleGrid>
        </Card>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 6 }}>
        <Card withBorder h="100%" component="section" aria-labelledby="facts-relationship">
          <Title order={3} size="h4" id="facts-relationship" mb="sm">
            Our relationship
          </Title>
          <SimpleGrid cols={2} spacing="md" component="dl" m={0}>
            <Fact label="Owner">{orEmpty(a.ownerName)}</Fact>
            <Fact label="Tier">
              <TierBadge tier={a.tier} />
            </Fact>
            <Fact label="ARR">{formatMoney(a.arr)}</Fact>
            <Fact label="Renewal date">{formatDate(a.renewalDate)}</Fact>
            <Fact label="Lifecycle">
              <LifecycleBadge lifecycle={a.lifecycle} />
            </Fact>
            <Fact label="Tags">
              {a.tags.length ? (
                <Group gap={4} component="span">
                  {a.tags.map((t) => (
                    <Badge key={t} variant="outline" size="sm" tt="none">
                      {t}
                    </Badge>
                  ))}
                </Group>
              ) : (
                EMPTY
              )}
            </Fact>
            <Fact label="Next QBR due">
              <Group gap={6} component="span">
                {formatDate(a.nextQbrDue)}
                {a.qbrOverdue && (
                  <Badge color="red" size="sm">
                    Overdue
                  </Badge>
                )}
              </Group>
            </Fact>
            <Fact label="Last QBR grade">
              {a.lastQbrGrade ? (
                <Group gap={6} component="span">
                  <GradeBadge grade={a.lastQbrGrade} size="sm" />
                  {formatDate(a.lastQbrAt)}
                </Group>
              ) : (
                EMPTY
              )}
            </Fact>
            <Fact label="Last touch">
              <Group gap={6} component="span">
                {a.lastTouchAt ? formatDateTime(a.lastTouchAt) : 'None logged'}
                {a.touchOverdue && !a.archived && (
                  <Badge color="yellow" size="sm">
                    Touch overdue
                  </Badge>
                )}
              </Group>
            </Fact>
            <Fact label="Created">{formatDateTime(a.createdAt)}</Fact>
            <Fact label="Last updated">{formatDateTime(a.updatedAt)}</Fact>
          </SimpleGrid>
        </Card>
      </Grid.Col>
    </Grid>
  );
}

function RestoreButton({ account }: { account: Account }) {
  const restore = useRestoreAccount();
  return (
    <Button
      variant="light"
      loading={restore.isPending}
      onClick={() =>
        restore.mutate(account.id, {
          onSuccess: () => notifications.show({ color: 'green', title: 'Account restored', message: `${account.name} is back in the account list.` }),
          onError: (error) => notifications.show({ color: 'red', title: 'Not restored', message: errorMessage(error) }),
        })
      }
    >
      Restore
    </Button>
  );
}

function ArchiveModal({ account, opened, onClose }: { account: Account; opened: boolean; onClose: () => void }) {
  const archive = useArchiveAccount();
  return (
    <Modal opened={opened} onClose={onClose} title={`Archive ${account.name}?`}>
      <Stack>
        <Text size="sm">
          Archiving takes the account out of the account list, the overdue QBRs and the account pickers, and it stops counting toward{' '}
          {account.ownerName ? `${account.ownerName}’s` : 'its owner’s'} tier capacity. It gets no new QBRs or opportunities, its tier cannot change, and its
          domain becomes free for another account.
        </Text>
        <Text size="sm">
          Nothing is deleted: its facts, tier history, QBRs and opportunities stay readable in the account list&apos;s Archived view, and Restore (there or on
          this page) brings it back, as long as no other account has taken its domain and its owner has room in its tier.
        </Text>
        {archive.isError && (
          <Alert color="red" role="alert" title="Not archived">
            {errorMessage(archive.error)}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} disabled={archive.isPending} data-autofocus>
            Cancel
          </Button>
          <Button
            color="red"
            loading={archive.isPending}
            onClick={() =>
              archive.mutate(account.id, {
                onSuccess: () => {
                  notifications.show({ color: 'green', title: 'Account archived', message: account.name });
                  onClose();
                },
              })
            }
          >
            Archive account
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function EditModal({ account, opened, onClose, onReload }: { account: Account; opened: boolean; onClose: () => void; onReload: () => Promise<unknown> }) {
  const update = useUpdateAccount();
  const me = useMe().data;
  return (
    <Modal opened={opened} onClose={onClose} title={`Edit ${account.name}`} size="xl">
      <AccountForm
        // A new version (after a save or a reload) starts the form from the server's values.
        key={account.version}
        mode="edit"
        accountId={account.id}
        initialValues={accountToValues(account)}
        ownerName={account.ownerName}
        parentName={account.parentName}
        lockOwner={
          ownerChangesByHandoff(account)
            ? `${account.name} is a ${account.tier} account, so its owner changes by handoff: close this and use Hand over on the account page.`
            : canAssignOwner(me)
              ? undefined
              : 'Only managers and admins give an account to another owner.'
        }
        submitLabel="Save changes"
        onCancel={onClose}
        onReload={() => void onReload()}
        onSubmit={async (values, initial) => {
          const patch = toAccountPatch(initial, values);
          if (Object.keys(patch).length === 0) {
            onClose();
            return;
          }
          await update.mutateAsync({ id: account.id, version: account.version, patch });
          notifications.show({ color: 'green', title: 'Changes saved', message: account.name });
          onClose();
        }}
      />
    </Modal>
  );
}

export function AccountPage() {
  const { id = '' } = useParams();
  const account = useAccount(id);
  const me = useMe().data;
  const [editOpened, edit] = useDisclosure(false);
  const [tierOpened, tier] = useDisclosure(false);
  const [archiveOpened, archive] = useDisclosure(false);
  const [searchParams, setSearchParams] = useSearchParams();
  const tabParam = searchParams.get('tab');
  const isTab = (t: string | null) =>
    t === 'qbrs' || t === 'opportunities' || t === 'people' || t === 'timeline' || t === 'events' || t === 'revenue' || t === 'plan' || t === 'competition';
  const tab = isTab(tabParam) ? (tabParam as string) : 'overview';
  const overdueEvents = useOverdueEventCount(id);
  const setTab = (t: string | null) => {
    const next = new URLSearchParams(searchParams);
    if (isTab(t)) next.set('tab', t as string);
    else next.delete('tab');
    setSearchParams(next, { replace: true });
  };

  if (account.isPending) {
    return <DetailPageSkeleton list={ACCOUNTS_LIST} blockHeights={[200, 120]} />;
  }
  const a = account.data;
  if (!a) {
    return (
      <DetailLoadError list={ACCOUNTS_LIST} name="Account" error={account.error} onRetry={() => void account.refetch()} title="Could not load this account" />
    );
  }

  return (
    <>
      <DetailBreadcrumbs list={a.archived ? ARCHIVED_LIST : ACCOUNTS_LIST} name={a.name} />
      {a.riskFlags.length > 0 && (
        <Group gap="xs" mb="xs" data-testid="account-risk-flags">
          <Text size="sm" fw={600}>
            Risk flags
          </Text>
          <RiskFlagChips accountId={a.id} accountName={a.name} flags={a.riskFlags} canSnooze={canWriteAccount(me, a.ownerId)} />
        </Group>
      )}
      <PageHeader
        title={a.name}
        badges={
          <Group gap="xs">
            <TierBadge tier={a.tier} size="md" />
            {a.archived && (
              <Badge color="dark" variant="light">
                Archived
              </Badge>
            )}
            {a.qbrOverdue && !a.archived && <OverdueBadge />}
            {a.touchOverdue && !a.archived && (
              <Badge color="yellow" variant="light">
                Touch overdue
              </Badge>
            )}
          </Group>
        }
        description={[a.industry, a.territory, a.country && countryName(a.country)].filter(Boolean).join(' · ') || undefined}
        actions={
          canWriteAccount(me, a.ownerId) && (
            <>
              <Button variant="default" onClick={edit.open}>
                Edit
              </Button>
              {/* An archived account's tier cannot change (the server refuses): restore it first. */}
              {canChangeTier(me) && !a.archived && (
                <Button variant="default" onClick={tier.open}>
                  Change tier
                </Button>
              )}
              {a.archived ? (
                <RestoreButton account={a} />
              ) : (
                <Button variant="light" color="red" onClick={archive.open}>
                  Archive
                </Button>
              )}
            </>
          )
        }
      />
      {account.isError && <StaleVersionAlert message={errorMessage(account.error)} />}
      <Tabs value={tab} onChange={setTab} keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="overview">Overview</Tabs.Tab>
          <Tabs.Tab
            value="qbrs"
            rightSection={
              a.qbrOverdue && !a.archived ? (
                <Badge color="red" size="xs" circle aria-label="overdue">
                  !
                </Badge>
              ) : undefined
            }
          >
            QBRs
          </Tabs.Tab>
          <Tabs.Tab value="opportunities">Opportunities</Tabs.Tab>
          <Tabs.Tab
            value="people"
            rightSection={
              a.singleThreaded && !a.archived ? (
                <Badge color="orange" size="xs" circle aria-label="single-threaded">
                  !
                </Badge>
              ) : undefined
            }
          >
            People
          </Tabs.Tab>
          <Tabs.Tab
            value="timeline"
            rightSection={
              a.touchOverdue && !a.archived ? (
                <Badge color="yellow" size="xs" circle aria-label="touch overdue">
                  !
                </Badge>
              ) : undefined
            }
          >
            Timeline
          </Tabs.Tab>
          <Tabs.Tab
            value="events"
            rightSection={
              overdueEvents > 0 && !a.archived ? (
                <Badge color="red" size="xs" circle aria-label={`${overdueEvents} events overdue for review`}>
                  {overdueEvents > 9 ? '9+' : overdueEvents}
                </Badge>
              ) : undefined
            }
          >
            Events
          </Tabs.Tab>
          <Tabs.Tab value="revenue">Revenue</Tabs.Tab>
          <Tabs.Tab value="plan">Plan</Tabs.Tab>
          <Tabs.Tab value="competition">Competition</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="overview">
          <Stack gap="md">
            <Facts account={a} />
            <AccountTasksCard account={a} />
            <AccountContractsCard account={a} />
            <TeamCard account={a} />
            <AccountHandoffs account={a} />
            <TierHistory accountId={a.id} />
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="qbrs">
          <AccountQbrTab account={a} />
        </Tabs.Panel>
        <Tabs.Panel value="opportunities">
          <AccountOpportunities account={a} />
        </Tabs.Panel>
        <Tabs.Panel value="people">
          <AccountPeopleTab account={a} />
        </Tabs.Panel>
        <Tabs.Panel value="timeline">
          <TimelineTab account={a} />
        </Tabs.Panel>
        <Tabs.Panel value="events">
          <AccountEventsTab account={a} />
        </Tabs.Panel>
        <Tabs.Panel value="plan">
          <PlanTab account={a} />
        </Tabs.Panel>
        <Tabs.Panel value="revenue">
          <AccountRevenueTab account={a} alerts={<AccountRevenueAlerts accountId={a.id} />} />
        </Tabs.Panel>
        <Tabs.Panel value="competition">
          <CompetitionTab accountId={a.id} accountName={a.name} />
        </Tabs.Panel>
      </Tabs>
      <EditModal account={a} opened={editOpened} onClose={edit.close} onReload={() => account.refetch()} />
      {tierOpened && <ChangeTierModal account={a} opened={tierOpened} onClose={tier.close} />}
      <ArchiveModal account={a} opened={archiveOpened} onClose={archive.close} />
    </>
  );
}
