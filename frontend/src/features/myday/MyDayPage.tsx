import { Anchor, Badge, Card, Group, SegmentedControl, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router';
import { TierBadge } from '../../components/badges';
import { formatDate, formatMoney, humanize } from '../../components/format';
import { PageHeader } from '../../components/PageHeader';
import { EmptyState, ErrorState } from '../../components/QueryState';
import { Truncated } from '../../components/Truncated';
import { useMe } from '../auth/api';
import { canManage, hasScope } from '../auth/permissions';
import { TaskDoneCheckbox } from '../tasks/TaskDoneCheckbox';
import { useMyDay, type DayScope, type MyDay } from './api';

/** "NEW_EXECUTIVE" -> "New executive". */
function eventTypeLabel(type: string): string {
  return type.charAt(0) + type.slice(1).toLowerCase().replaceAll('_', ' ');
}

/** One section of the day: its title and count, then its first items, or a sentence when there are none. */
function Section({
  id,
  title,
  count,
  empty,
  more,
  children,
}: {
  id: string;
  title: string;
  count: number;
  empty: string;
  more?: ReactNode;
  children: ReactNode;
}) {
  return (
    <Card withBorder component="section" aria-labelledby={`day-${id}`} data-section={id}>
      <Group justify="space-between" mb="xs">
        <Title order={3} size="h4" id={`day-${id}`}>
          {title}
        </Title>
        <Badge variant="light" color={count > 0 ? 'blue' : 'gray'} aria-label={`${count} ${title.toLowerCase()}`}>
          {count}
        </Badge>
      </Group>
      {count === 0 ? (
        <Text size="sm" c="dimmed">
          {empty}
        </Text>
      ) : (
        <Stack gap={6}>{children}</Stack>
      )}
      {more}
    </Card>
  );
}

function More({ shown, count, to, label }: { shown: number; count: number; to?: string; label: string }) {
  if (count <= shown) return null;
  return (
    <Text size="xs" c="dimmed" mt="xs">
      {shown} of {count} shown.{' '}
      {to && (
        <Anchor component={Link} to={to} size="xs">
          See all {label}
        </Anchor>
      )}
    </Text>
  );
}

function Day({ day, team }: { day: MyDay; team: boolean }) {
  const who = (name: string) =>
    team ? (
      <Text span size="xs" c="dimmed">
        {' '}
        · {name}
      </Text>
    ) : null;
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
      <Section
        id="tasks"
        title="Tasks due"
        count={day.tasksDue.count}
        empty={team ? 'Nobody in your team has a task due today.' : 'Nothing due today. Well done.'}
        more={
          <More shown={day.tasksDue.items.length} count={day.tasksDue.count} to={team ? '/tasks?who=everyone&due=today' : '/tasks?due=today'} label="tasks" />
        }
      >
        {day.tasksDue.items.map((t) => (
          <Group key={t.id} gap="xs" wrap="nowrap" data-task={t.id}>
            <TaskDoneCheckbox task={{ id: t.id, title: t.title, version: t.version, status: 'OPEN' }} />
            <Stack gap={0} miw={0}>
              <Truncated text={t.title} maw="26rem">
                <Text size="sm" fw={500}>
                  {t.title}
                </Text>
              </Truncated>
              <Text size="xs" c="dimmed">
                <Anchor component={Link} to={`/accounts/${t.accountId}`} size="xs">
                  {t.accountName}
                </Anchor>{' '}
                · {t.overdue ? <Text span c="red" size="xs">{`overdue since ${formatDate(t.dueDate)}`}</Text> : 'due today'}
                {who(t.assigneeName)}
              </Text>
            </Stack>
          </Group>
        ))}
      </Section>
      <Section
        id="qbrs"
        title="QBRs due"
        count={day.qbrsDue.count}
        empty="No QBR is due in the next 14 days."
        more={<More shown={day.qbrsDue.items.length} count={day.qbrsDue.count} label="QBRs" />}
      >
        {day.qbrsDue.items.map((q) => (
          <Group key={q.accountId} gap="xs" wrap="nowrap">
            <TierBadge tier={q.tier} size="xs" />
            <Anchor component={Link} to={`/accounts/${q.accountId}?tab=qbrs`} size="sm">
              <Truncated text={q.accountName} maw="18rem" />
            </Anchor>
            <Text size="xs" c={q.overdue ? 'red' : 'dimmed'}>
              {q.overdue ? `overdue since ${formatDate(q.nextQbrDue)}` : `due ${formatDate(q.nextQbrDue)}`}
              {who(q.ownerName)}
            </Text>
          </Group>
        ))}
      </Section>
      <Section
        id="follow-ups"
        title="Follow-ups coming up"
        count={day.followUpsDue.count}
        empty="No follow-up call in the next 14 days."
        more={<More shown={day.followUpsDue.items.length} count={day.followUpsDue.count} label="follow-ups" />}
      >
        {day.followUpsDue.items.map((f) => (
          <Group key={f.qbrId} gap="xs" wrap="nowrap">
            <Anchor component={Link} to={`/accounts/${f.accountId}?tab=qbrs`} size="sm">
              <Truncated text={f.accountName} maw="18rem" />
            </Anchor>
            <Text size="xs" c="dimmed">
              reach {f.targetGrade} by {formatDate(f.targetDate)} ·{' '}
              {f.openTasks === 0 ? 'no open tasks' : `${f.openTasks} open ${f.openTasks === 1 ? 'task' : 'tasks'}`}
              {who(f.ownerName)}
            </Text>
          </Group>
        ))}
      </Section>
      <Section
        id="single-threaded"
        title="Single-threaded accounts"
        count={day.singleThreaded.count}
        empty="Every account has the contacts its tier needs."
        more={
          <More shown={day.singleThreaded.items.length} count={day.singleThreaded.count} to="/accounts?singleThreaded=true" label="single-threaded accounts" />
        }
      >
        {day.singleThreaded.items.map((a) => (
          <Stack key={a.accountId} gap={0}>
            <Group gap="xs" wrap="nowrap">
              <TierBadge tier={a.tier} size="xs" />
              <Anchor component={Link} to={`/accounts/${a.accountId}?tab=people`} size="sm">
                <Truncated text={a.accountName} maw="18rem" />
              </Anchor>
              {who(a.ownerName)}
            </Group>
            <Text size="xs" c="dimmed">
              {a.reasons.join(' ')}
            </Text>
          </Stack>
        ))}
      </Section>
      <Section
        id="touch-overdue"
        title="Touch overdue"
        count={day.touchOverdue.count}
        empty="Every account has been touched within its tier's cadence."
        more={<More shown={day.touchOverdue.items.length} count={day.touchOverdue.count} to="/accounts?touchOverdue=true" label="touch-overdue accounts" />}
      >
        {day.touchOverdue.items.map((a) => (
          <Group key={a.accountId} gap="xs" wrap="nowrap">
            <TierBadge tier={a.tier} size="xs" />
            <Anchor component={Link} to={`/accounts/${a.accountId}?tab=timeline`} size="sm">
              <Truncated text={a.accountName} maw="18rem" />
            </Anchor>
            <Text size="xs" c="dimmed">
              {a.lastTouchAt ? `last touch ${formatDate(a.lastTouchAt)}` : 'never touched'}, due {formatDate(a.touchDueAt)}
              {who(a.ownerName)}
            </Text>
          </Group>
        ))}
      </Section>
      <Section
        id="events"
        title="Events to review"
        count={day.eventsToReview.count}
        empty="No compelling event is waiting for review."
        more={<More shown={day.eventsToReview.items.length} count={day.eventsToReview.count} label="events" />}
      >
        {day.eventsToReview.items.map((e) => (
          <Stack key={e.eventId} gap={0}>
            <Group gap="xs" wrap="nowrap">
              <Anchor component={Link} to={`/accounts/${e.accountId}?tab=events`} size="sm">
                <Truncated text={e.accountName} maw="18rem" />
              </Anchor>
              <Text size="xs">{eventTypeLabel(e.type)}</Text>
              {e.reviewOverdue && (
                <Badge color="red" size="xs" variant="light">
                  review overdue
                </Badge>
              )}
              {who(e.ownerName)}
            </Group>
            <Text size="xs" c="dimmed">
              Review by {formatDate(e.reviewDueAt)}
              {e.description ? ` · ${e.description}` : ''}
            </Text>
          </Stack>
        ))}
      </Section>
      <Section
        id="revenue-alerts"
        title="New revenue alerts"
        count={day.newRevenueAlerts.count}
        empty="No new revenue alert."
        more={<More shown={day.newRevenueAlerts.items.length} count={day.newRevenueAlerts.count} to={team ? '/alerts' : '/alerts?who=mine'} label="alerts" />}
      >
        {day.newRevenueAlerts.items.map((a) => (
          <Stack key={a.alertId} gap={0}>
            <Group gap="xs" wrap="nowrap">
              <Anchor component={Link} to={`/alerts?accountId=${a.accountId}`} size="sm">
                <Truncated text={a.accountName} maw="18rem" />
              </Anchor>
              <Text size="xs">{humanize(a.rule)}</Text>
              {who(a.ownerName)}
            </Group>
            <Text size="xs" c="dimmed">
              {a.productName ? `${a.productName} · ` : ''}
              {formatMoney(a.amountAtRisk)} at risk · since {formatDate(a.detectedAt)}
            </Text>
          </Stack>
        ))}
      </Section>
      <Section
        id="handoffs"
        title="Handoffs waiting"
        count={day.handoffsWaiting.count}
        empty={team ? 'No handoff is waiting for your team.' : 'No handoff is waiting for you.'}
        more={<More shown={day.handoffsWaiting.items.length} count={day.handoffsWaiting.count} label="handoffs" />}
      >
        {day.handoffsWaiting.items.map((h) => (
          <Group key={h.handoffId} gap="xs" wrap="nowrap">
            <TierBadge tier={h.tier} size="xs" />
            <Anchor component={Link} to={`/handoffs/${h.handoffId}`} size="sm">
              <Truncated text={h.accountName} maw="18rem" />
            </Anchor>
            <Text size="xs" c="dimmed">
              {h.fromUserName ? `from ${h.fromUserName}, ` : ''}since {formatDate(h.createdAt)}
              {who(h.toUserName)}
            </Text>
          </Group>
        ))}
      </Section>
    </SimpleGrid>
  );
}

/** My day: the account manager's landing page; managers switch between their own day and their team's. */
export function MyDayPage() {
  const me = useMe().data;
  const [params, setParams] = useSearchParams();
  const manager = canManage(me);
  const scope: DayScope = manager && params.get('scope') === 'team' ? 'TEAM' : 'ME';
  const day = useMyDay(scope);
  const canRead = hasScope(me, 'tasks:read');

  return (
    <>
      <PageHeader
        title="My day"
        description={
          scope === 'TEAM'
            ? 'What your team has to do today, and what is coming up in the next 14 days.'
            : 'What you have to do today, and what is coming up in the next 14 days.'
        }
        actions={
          manager && (
            <SegmentedControl
              aria-label="Whose day"
              value={scope}
              onChange={(v) => setParams(v === 'TEAM' ? { scope: 'team' } : {}, { replace: true })}
              data={[
                { value: 'ME', label: 'Me' },
                { value: 'TEAM', label: 'Team' },
              ]}
            />
          )
        }
      />
      {!canRead && <EmptyState title="Not available">Your access does not include tasks (tasks:read), so My day cannot be shown.</EmptyState>}
      {canRead && day.isPending && (
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md" aria-label="Loading your day">
          {[0, 1, 2, 3].map((i) => (
            <Skeleton key={i} height={140} />
          ))}
        </SimpleGrid>
      )}
      {canRead && day.isError && !day.data && <ErrorState error={day.error} onRetry={() => void day.refetch()} title="Could not load your day" />}
      {day.data && scope === 'TEAM' && day.data.people === 0 && (
        <EmptyState title="Nobody reports to you yet">
          Your team&apos;s day lists the work of the people who report to you. An admin sets who reports to whom under Users.
        </EmptyState>
      )}
      {day.data && !(scope === 'TEAM' && day.data.people === 0) && <Day day={day.data} team={scope === 'TEAM'} />}
    </>
  );
}
