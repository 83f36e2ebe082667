import { Button, Card, Grid, Group, Skeleton, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { formatDateTime, formatInteger, formatMoney, humanize } from '../../components/format';
import { PageHeader } from '../../components/PageHeader';
import { EmptyState, ErrorState } from '../../components/QueryState';
import { rules } from '../../api/rules';
import { errorMessage } from '../../api/problem';
import { useMe } from '../auth/api';
import { canManage } from '../auth/permissions';
import { useOfferingGaps, useRefreshThreatExposure, useThreatExposure, type OfferingGap } from './api';
import { OfferingGapModal } from './OfferingGapModal';

/** Managers' view: the ARR exposed per competitor and per path kind, and the offering gaps ranked. */
export function CompetitionReportPage() {
  const exposure = useThreatExposure();
  const refresh = useRefreshThreatExposure();
  const manager = canManage(useMe().data);
  const gaps = useOfferingGaps();
  const e = exposure.data;
  const items = gaps.data?.items;
  const [editing, setEditing] = useState<OfferingGap | 'new' | null>(null);
  return (
    <>
      <PageHeader
        title="Competitive exposure"
        description="Where competitors could take our accounts, and what they offer that we lack. Each kind of threat path is a rule of the threat score."
      />
      {e && (
        <Group gap="sm" mb="sm">
          <Text size="sm" c="dimmed">
            Figures as of {formatDateTime(e.asOf)}; they are recomputed every few minutes.
          </Text>
          {manager && (
            <Button
              size="xs"
              variant="light"
              loading={refresh.isPending}
              onClick={() =>
                refresh.mutate(undefined, {
                  onError: (err) => notifications.show({ color: 'red', title: 'Could not recompute the exposure', message: errorMessage(err) }),
                })
              }
            >
              Recompute now
            </Button>
          )}
        </Group>
      )}
      <Grid>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <Card withBorder component="section" aria-labelledby="by-kind-title" h="100%">
            <Title order={2} size="h4" id="by-kind-title" mb="xs">
              Exposure by path kind
            </Title>
            {exposure.isError && !e && <ErrorState error={exposure.error} onRetry={() => void exposure.refetch()} title="Could not load the exposure" />}
            {!e && !exposure.isError && <Skeleton height={160} />}
            {e && (
              <>
                <Text size="sm" mb="xs">
                  {formatInteger(e.accountsExposed)} of {formatInteger(e.accounts)} live accounts have a threat path: {formatMoney(e.arrExposed)} ARR exposed.
                </Text>
                <Table>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>Path kind</Table.Th>
                      <Table.Th>Weight</Table.Th>
                      <Table.Th>Accounts</Table.Th>
                      <Table.Th>ARR exposed</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {e.byKind.map((k) => (
                      <Table.Tr key={k.kind}>
                        <Table.Td>{humanize(k.kind)}</Table.Td>
                        <Table.Td>{rules.threats.weights[k.kind]}</Table.Td>
                        <Table.Td>{formatInteger(k.accounts)}</Table.Td>
                        <Table.Td>{formatMoney(k.arrExposed)}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </>
            )}
          </Card>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <Card withBorder component="section" aria-labelledby="by-competitor-title" h="100%">
            <Title order={2} size="h4" id="by-competitor-title" mb="xs">
              Exposure by competitor
            </Title>
            {!e && !exposure.isError && <Skeleton height={160} />}
            {e && e.byCompetitor.length === 0 && (
              <EmptyState title="No competitor in sight">No competitor holds a whitespace cell or offers a gap our accounts use.</EmptyState>
            )}
            {e && e.byCompetitor.length > 0 && (
              <Table>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Competitor</Table.Th>
                    <Table.Th>Accounts</Table.Th>
                    <Table.Th>ARR exposed</Table.Th>
                    <Table.Th>They earn there</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {e.byCompetitor.map((c) => (
                    <Table.Tr key={c.competitorId}>
                      <Table.Td>{c.competitorName}</Table.Td>
                      <Table.Td>{formatInteger(c.accounts)}</Table.Td>
                      <Table.Td>{formatMoney(c.arrExposed)}</Table.Td>
                      <Table.Td>{formatMoney(c.estimatedAnnualValue)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
          </Card>
        </Grid.Col>
        <Grid.Col span={12}>
          <Card withBorder component="section" aria-labelledby="gaps-ranked-title">
            <Group justify="space-between" mb="xs">
              <Title order={2} size="h4" id="gaps-ranked-title">
                Offering gaps, by the ARR of the accounts using them
              </Title>
              <Button size="xs" variant="light" onClick={() => setEditing('new')}>
                Record an offering gap
              </Button>
            </Group>
            <Text size="xs" c="dimmed" mb="xs">
              Say which accounts use a gap on each account’s Competition tab.
            </Text>
            {gaps.isError && !items && <ErrorState error={gaps.error} onRetry={() => void gaps.refetch()} title="Could not load the offering gaps" />}
            {!items && !gaps.isError && <Skeleton height={120} />}
            {items && items.length === 0 && (
              <EmptyState title="No offering gap">No gap between what competitors offer and what we sell is recorded.</EmptyState>
            )}
            {items && items.length > 0 && (
              <Table>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Rank</Table.Th>
                    <Table.Th>Offering we lack</Table.Th>
                    <Table.Th>Competitor</Table.Th>
                    <Table.Th>Accounts using it</Table.Th>
                    <Table.Th>Their ARR</Table.Th>
                    <Table.Th aria-label="Actions" />
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {items.map((g, i) => (
                    <Table.Tr key={g.id}>
                      <Table.Td>{i + 1}</Table.Td>
                      <Table.Td>{g.offering}</Table.Td>
                      <Table.Td>{g.competitorName}</Table.Td>
                      <Table.Td>{formatInteger(g.accountCount)}</Table.Td>
                      <Table.Td>{formatMoney(g.arr)}</Table.Td>
                      <Table.Td>
                        <Button size="compact-xs" variant="default" onClick={() => setEditing(g)} aria-label={`Edit offering gap ${g.offering}`}>
                          Edit
                        </Button>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
          </Card>
        </Grid.Col>
      </Grid>
      {editing && <OfferingGapModal gap={editing === 'new' ? undefined : editing} onClose={() => setEditing(null)} />}
    </>
  );
}
