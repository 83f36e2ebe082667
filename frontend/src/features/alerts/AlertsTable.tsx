import { Anchor, Badge, Group, List, Stack, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { TierBadge } from '../../components/badges';
import { formatDate, formatMoney } from '../../components/format';
import { SkeletonRows } from '../../components/SkeletonRows';
import { Truncated } from '../../components/Truncated';
import type { RevenueAlert } from './api';
import { AlertActions } from './AlertActions';
import { CAUSE_LABEL, RULE_LABEL, STATUS_COLOR, STATUS_LABEL, alertSubject } from './model';

export function AlertStatusBadge({ alert }: { alert: Pick<RevenueAlert, 'status'> }) {
  return (
    <Badge color={STATUS_COLOR[alert.status]} variant="light" size="sm" tt="none">
      {STATUS_LABEL[alert.status]}
    </Badge>
  );
}

/** The customer's own "why" from the account's last answered QBR, shown beside an alert. */
export function LastQbrReasons({ alert }: { alert: RevenueAlert }) {
  const qbr = alert.lastQbr;
  if (!qbr)
    return (
      <Text size="xs" c="dimmed">
        No answered QBR yet.
      </Text>
    );
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed">
        Last QBR {formatDate(qbr.answeredAt)}
        {qbr.overallGrade ? `, overall ${qbr.overallGrade}` : ''}
      </Text>
      {qbr.reasons.length === 0 ? (
        <Text size="xs" c="dimmed">
          The customer gave no reasons.
        </Text>
      ) : (
        <List size="xs" spacing={2}>
          {qbr.reasons.map((r, i) => (
            <List.Item key={i}>
              {r.grade ? <b>{r.grade}: </b> : null}
              <Truncated text={`${r.why} (${r.question})`} maw="22rem">
                {r.why}
              </Truncated>
            </List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
}

interface AlertsTableProps {
  alerts: RevenueAlert[];
  pending: boolean;
  dimmed: boolean;
  /** The account column is left out on the account's own page. */
  showAccount: boolean;
  /** Shows the last QBR's reasons beside each alert. */
  showReasons: boolean;
  canAct: (alert: RevenueAlert) => boolean;
  onResolve: (alert: RevenueAlert) => void;
}

export function AlertsTable({ alerts, pending, dimmed, showAccount, showReasons, canAct, onResolve }: AlertsTableProps) {
  const columns = 5 + (showAccount ? 1 : 0) + (showReasons ? 1 : 0);
  return (
    <Table.ScrollContainer minWidth={showAccount ? 1000 : 800}>
      <Table striped verticalSpacing="sm" aria-label="Revenue alerts" aria-busy={pending}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Alert</Table.Th>
            {showAccount && <Table.Th>Account</Table.Th>}
            <Table.Th>What the figures show</Table.Th>
            <Table.Th style={{ textAlign: 'right' }}>At risk</Table.Th>
            {showReasons && <Table.Th>The customer's why</Table.Th>}
            <Table.Th>Status</Table.Th>
            <Table.Th>Actions</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {pending && <SkeletonRows columns={columns} />}
          {alerts.map((a) => (
            <Table.Tr key={a.id} style={{ opacity: dimmed ? 0.6 : 1 }}>
              <Table.Td>
                <Text fw={600} size="sm">
                  {RULE_LABEL[a.rule]}
                </Text>
                <Truncated text={alertSubject(a)} maw="16rem">
                  <Text size="xs" c="dimmed">
                    {alertSubject(a)}
                  </Text>
                </Truncated>
                <Text size="xs" c="dimmed">
                  Detected {formatDate(a.detectedAt)}
                </Text>
              </Table.Td>
              {showAccount && (
                <Table.Td>
                  <Group gap={6} wrap="nowrap">
                    <Truncated text={a.accountName} maw="14rem">
                      <Anchor component={Link} to={`/accounts/${a.accountId}`} size="sm">
                        {a.accountName}
                      </Anchor>
                    </Truncated>
                    <TierBadge tier={a.tier} size="xs" />
                  </Group>
                  <Text size="xs" c="dimmed">
                    {a.accountOwnerName ?? 'No owner'}
                  </Text>
                </Table.Td>
              )}
              <Table.Td maw="26rem">
                <Text size="sm">{a.evidence.summary}</Text>
              </Table.Td>
              <Table.Td style={{ textAlign: 'right', whiteSpace: 'nowrap' }}>{formatMoney(a.amountAtRisk)}</Table.Td>
              {showReasons && (
                <Table.Td maw="24rem">
                  <LastQbrReasons alert={a} />
                </Table.Td>
              )}
              <Table.Td>
                <AlertStatusBadge alert={a} />
                {a.status === 'RESOLVED' && a.cause && (
                  <Text size="xs" c="dimmed" mt={4}>
                    {CAUSE_LABEL[a.cause]}
                    {a.competitor ? `: ${a.competitor}` : ''}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <AlertActions alert={a} onResolve={onResolve} disabled={!canAct(a)} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
