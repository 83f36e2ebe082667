import { Alert, Button, Checkbox, Group, Select, Skeleton, Stack, Table, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { TierBadge } from '../../components/badges';
import { formatDate, formatMoney, humanize } from '../../components/format';
import { PageHeader } from '../../components/PageHeader';
import { ErrorState } from '../../components/QueryState';
import { Truncated } from '../../components/Truncated';
import { tierReasonCodeValues } from '../../api/schema';
import { useMe } from '../auth/api';
import { canManage } from '../auth/permissions';
import { useDecideTierReview, useTierBudgets, useTierReview, type TierDecision } from './api';

/**
 * The tier review: low-fit KEY and STRATEGIC accounts (suggested down to STANDARD) and high-fit STANDARD ones
 * (suggested up to KEY). The chosen rows are saved at once; the server checks capacity and the budget for all of
 * them and saves all or none.
 */
export function TierReviewPage() {
  const me = useMe();
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const cursor = cursors[cursors.length - 1] ?? null;
  const review = useTierReview(cursor);
  const budgets = useTierBudgets();
  const decide = useDecideTierReview();
  const [chosen, setChosen] = useState<Record<string, boolean>>({});
  const [reasonCode, setReasonCode] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const mayDecide = canManage(me.data);

  const items = review.data?.items ?? [];
  const picked = items.filter((i) => chosen[i.accountId]);
  const promotions = picked.filter((i) => i.suggestion === 'PROMOTE').length;
  const keyBudget = budgets.data?.items.find((b) => b.tier === 'KEY');
  const demotionsOfKey = picked.filter((i) => i.suggestion === 'DEMOTE' && i.tier === 'KEY').length;
  const overBudget = keyBudget ? keyBudget.used - demotionsOfKey + promotions > keyBudget.limit : false;

  const save = async () => {
    setError(null);
    if (picked.length === 0) return setError('Tick the accounts to change first.');
    if (reason.trim().length < 3) return setError('Say why, in at least 3 characters.');
    if (promotions > 0 && !reasonCode) return setError('Pick a reason code for the promotions.');
    const decisions: TierDecision[] = picked.map((i) => ({
      accountId: i.accountId,
      tier: i.suggestion === 'PROMOTE' ? 'KEY' : 'STANDARD',
      reasonCode: i.suggestion === 'PROMOTE' ? (reasonCode as TierDecision['reasonCode']) : null,
      reason: reason.trim(),
    }));
    try {
      await decide.mutateAsync(decisions);
      notifications.show({ color: 'green', title: 'Tier review saved', message: `${decisions.length} account(s) changed tier.` });
      setChosen({});
    } catch (err) {
      setError(err instanceof Error ? err.message : 'Not saved.');
    }
  };

  return (
    <Stack>
      <PageHeader
        title="Tier review"
        description={
          review.data
            ? `Review period ${formatDate(review.data.periodStart)} – ${formatDate(review.data.periodEnd)}: KEY and STRATEGIC accounts with a fit below ${review.data.lowFit}, STANDARD ones from ${review.data.highFit}.`
            : undefined
        }
      />
      {keyBudget && (
        <Text size="sm" aria-label="Key budget">
          Key budget: {keyBudget.used} of {keyBudget.limit} used
          {picked.length ? `; after the ticked changes ${keyBudget.used - demotionsOfKey + promotions}` : ''}.
        </Text>
      )}
      {review.isPending ? (
        <Skeleton h={240} />
      ) : review.isError ? (
        <ErrorState error={review.error} onRetry={() => void review.refetch()} />
      ) : items.length === 0 ? (
        <Text c="dimmed">No account to review: every KEY and STRATEGIC account fits, and no STANDARD account stands out.</Text>
      ) : (
        <Table aria-label="Tier review" striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Change</Table.Th>
              <Table.Th>Account</Table.Th>
              <Table.Th>Owner</Table.Th>
              <Table.Th>Tier</Table.Th>
              <Table.Th>ICP fit</Table.Th>
              <Table.Th>ARR</Table.Th>
              <Table.Th>Suggestion</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((i) => (
              <Table.Tr key={i.accountId}>
                <Table.Td>
                  <Checkbox
                    aria-label={`Change ${i.name}`}
                    disabled={!mayDecide}
                    checked={!!chosen[i.accountId]}
                    onChange={(e) => {
                      const checked = e.currentTarget.checked;
                      setChosen((c) => ({ ...c, [i.accountId]: checked }));
                    }}
                  />
                </Table.Td>
                <Table.Td>
                  <Truncated text={i.name} />
                </Table.Td>
                <Table.Td>{i.ownerName ?? '—'}</Table.Td>
                <Table.Td>
                  <TierBadge tier={i.tier} />
                </Table.Td>
                <Table.Td>{i.icpFit}</Table.Td>
                <Table.Td>{formatMoney(i.arr)}</Table.Td>
                <Table.Td>{i.suggestion === 'PROMOTE' ? 'Promote to Key' : 'Move to Standard'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Group>
        <Button variant="default" disabled={cursors.length === 1} onClick={() => setCursors((c) => c.slice(0, -1))}>
          Previous
        </Button>
        <Button
          variant="default"
          disabled={!review.data?.nextCursor}
          onClick={() => review.data?.nextCursor && setCursors((c) => [...c, review.data.nextCursor])}
        >
          Next
        </Button>
        {review.data && (
          <Text size="sm" c="dimmed">
            {review.data.totalIsEstimate ? 'about ' : ''}
            {review.data.total} account(s)
          </Text>
        )}
      </Group>
      {mayDecide && items.length > 0 && (
        <Stack gap="xs">
          <Select
            label="Reason code for the promotions"
            placeholder="Pick one"
            data={tierReasonCodeValues.map((c) => ({ value: c, label: humanize(c) }))}
            value={reasonCode}
            onChange={setReasonCode}
            w={320}
          />
          <Textarea
            label="Reason"
            description="Recorded in each account's tier history"
            required
            autosize
            minRows={2}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
          />
          {overBudget && (
            <Alert color="orange" title="Over the Key budget">
              <Text size="sm">
                The ticked changes put more accounts in Key than the budget allows; the server will refuse them. Move more accounts down, or fewer up.
              </Text>
            </Alert>
          )}
          {error && (
            <Alert color="red" title="Not saved" role="alert">
              <Text size="sm">{error}</Text>
            </Alert>
          )}
          <Group justify="flex-end">
            <Button onClick={() => void save()} loading={decide.isPending}>
              Save decisions
            </Button>
          </Group>
        </Stack>
      )}
    </Stack>
  );
}
