import { Alert, Button, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { ApiError, errorMessage } from '../../api/problem';
import { NumberField } from '../../components/NumberField';
import { UserSelect } from '../users/UserSelect';
import { useReplaceSplits, useSplits } from './api';
import { EXPANSION_TYPES, type Opportunity } from './model';
import { MAX_SPLITS, hasSplitErrors, shareTotal, validateSplits, type SplitErrors, type SplitRow } from './splits-model';

let nextKey = 0;
const newKey = () => `split-${++nextKey}`;

/** The API's 422 field names (splits[2].sharePct, splits) placed on the rows they name. */
function serverErrors(err: unknown, rows: readonly SplitRow[]): { errors: SplitErrors; message: string | null } {
  const errors: SplitErrors = { rows: {} };
  if (!(err instanceof ApiError) || err.status !== 422 || err.problem.errors.length === 0) {
    return { errors, message: errorMessage(err) };
  }
  const unplaced: string[] = [];
  for (const e of err.problem.errors) {
    const m = /^splits\[(\d+)]\.(userId|sharePct)$/.exec(e.field);
    const row = m ? rows[Number(m[1])] : undefined;
    if (m && row) {
      errors.rows[row.key] = { ...errors.rows[row.key], [m[2] as 'userId' | 'sharePct']: e.message };
    } else if (e.field === 'splits' || e.field === '') {
      errors.total = errors.total ? `${errors.total} ${e.message}` : e.message;
    } else {
      unplaced.push(e.message);
    }
  }
  return { errors, message: unplaced.length ? unplaced.join(' ') : null };
}

/** Credit splits of an expansion opportunity: who shares its commission, in percent adding up to 100. */
export function SplitsCard({ o, canEdit }: { o: Opportunity; canEdit: boolean }) {
  const expansion = EXPANSION_TYPES.includes(o.type);
  const splits = useSplits(o.id, expansion);
  const replace = useReplaceSplits();
  const [rows, setRows] = useState<SplitRow[] | null>(null);
  const [errors, setErrors] = useState<SplitErrors>({ rows: {} });
  const [message, setMessage] = useState<string | null>(null);
  if (!expansion) return null;

  const editing = rows !== null;
  const start = () => {
    setRows((splits.data?.splits ?? []).map((s) => ({ key: newKey(), userId: s.userId, userName: s.userName, sharePct: s.sharePct })));
    setErrors({ rows: {} });
    setMessage(null);
  };
  const update = (key: string, change: Partial<SplitRow>) => setRows((r) => (r ?? []).map((row) => (row.key === key ? { ...row, ...change } : row)));
  const save = async () => {
    if (!rows) return;
    const found = validateSplits(rows);
    setErrors(found);
    setMessage(null);
    if (hasSplitErrors(found)) return;
    try {
      await replace.mutateAsync({
        id: o.id,
        body: { splits: rows.map((r) => ({ userId: r.userId ?? '', sharePct: Number(r.sharePct) })) },
      });
      notifications.show({ color: 'green', title: 'Credit splits saved', message: o.title });
      setRows(null);
    } catch (err) {
      const placed = serverErrors(err, rows);
      setErrors(placed.errors);
      setMessage(placed.message);
    }
  };

  const total = rows ? shareTotal(rows) : 0;
  return (
    <Card withBorder component="section" aria-labelledby="opp-splits">
      <Group justify="space-between" mb="sm">
        <Title order={3} size="h4" id="opp-splits">
          Credit splits
        </Title>
        {canEdit && !editing && (
          <Button variant="default" size="xs" onClick={start} disabled={splits.isPending}>
            Edit splits
          </Button>
        )}
      </Group>
      {!editing &&
        (splits.isError ? (
          <Text size="sm" c="red">
            The splits could not be loaded. Reload the page to try again.
          </Text>
        ) : splits.data && splits.data.splits.length > 0 ? (
          <Table aria-label="Credit splits">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Team member</Table.Th>
                <Table.Th>Share</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {splits.data.splits.map((s) => (
                <Table.Tr key={s.userId}>
                  <Table.Td>{s.userName}</Table.Td>
                  <Table.Td>{s.sharePct} %</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        ) : (
          <Text size="sm" c="dimmed">
            Not split: {o.ownerName ?? "the account's owner"} gets all of the credit.
          </Text>
        ))}
      {editing && (
        <Stack gap="sm">
          <Text size="sm">
            Give each team member a share of the credit in percent (up to two decimals); the shares must add up to exactly 100 %. Remove every row to give all
            of the credit back to the owner.
          </Text>
          {rows.map((row, i) => (
            <Group key={row.key} align="flex-start" role="group" aria-label={`Split ${i + 1}`}>
              <UserSelect
                label="Team member"
                value={row.userId}
                valueLabel={row.userName}
                onChange={(id) => update(row.key, { userId: id, userName: null })}
                error={errors.rows[row.key]?.userId}
                required
                w={260}
              />
              <NumberField
                label="Share (%)"
                value={row.sharePct}
                onChange={(v) => update(row.key, { sharePct: v })}
                error={errors.rows[row.key]?.sharePct}
                required
                w={140}
              />
              <Button variant="subtle" color="red" mt={25} onClick={() => setRows((r) => (r ?? []).filter((x) => x.key !== row.key))}>
                Remove
              </Button>
            </Group>
          ))}
          <Group justify="space-between">
            <Button
              variant="light"
              size="xs"
              disabled={rows.length >= MAX_SPLITS}
              onClick={() => setRows((r) => [...(r ?? []), { key: newKey(), userId: null, userName: null, sharePct: '' }])}
            >
              Add member
            </Button>
            <Text size="sm" aria-live="polite">
              Total: {total} %
            </Text>
          </Group>
          {errors.total && (
            <Text size="sm" c="red" role="alert">
              {errors.total}
            </Text>
          )}
          {message && (
            <Alert color="red" title="Splits not saved" role="alert">
              <Text size="sm">{message}</Text>
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setRows(null)} disabled={replace.isPending}>
              Cancel
            </Button>
            <Button onClick={() => void save()} loading={replace.isPending}>
              Save splits
            </Button>
          </Group>
        </Stack>
      )}
    </Card>
  );
}
