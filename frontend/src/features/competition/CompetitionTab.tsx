import { Alert, Anchor, Badge, Button, Card, Group, Modal, NativeSelect, Skeleton, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { Link } from 'react-router';
import { ApiError, errorMessage } from '../../api/problem';
import { rules } from '../../api/rules';
import { formatDate, formatMoney, humanize } from '../../components/format';
import { Markdown } from '../../components/Markdown';
import { NumberField } from '../../components/NumberField';
import { checkNumber, readNumber, type NumberValue } from '../../components/number-check';
import { EmptyState, ErrorState } from '../../components/QueryState';
import { useMe } from '../auth/api';
import { hasRole } from '../auth/permissions';
import {
  toInput,
  useCompetitors,
  useCreateThreatTask,
  useOfferingGaps,
  usePutWhitespace,
  useThreats,
  useWhitespace,
  type OfferingGap,
  type ThreatPath,
  type Whitespace,
  type WhitespaceCell,
  type WhitespaceStatus,
} from './api';
import { OfferingGapModal } from './OfferingGapModal';

const STATUSES: readonly WhitespaceStatus[] = ['NONE', 'OURS', 'COMPETITOR', 'IN_HOUSE', 'NOT_RELEVANT'];
const STATUS_LABEL: Record<WhitespaceStatus, string> = {
  NONE: 'Nobody',
  OURS: 'Ours',
  COMPETITOR: 'Competitor',
  IN_HOUSE: 'In house',
  NOT_RELEVANT: 'Not relevant',
};
const VALUE_LIMITS = rules.limits.WhitespaceCellInput.estimatedAnnualValue;

/** The account's Competition tab: who serves what (whitespace), the threat paths, and the gaps it uses. */
export function CompetitionTab({ accountId, accountName }: { accountId: string; accountName: string }) {
  return (
    <Stack gap="lg">
      <ThreatPaths accountId={accountId} />
      <WhitespaceGrid accountId={accountId} />
      <AccountGaps accountId={accountId} accountName={accountName} />
    </Stack>
  );
}

function ThreatPaths({ accountId }: { accountId: string }) {
  const threats = useThreats(accountId);
  const createTask = useCreateThreatTask(accountId);
  const t = threats.data;
  const create = async (path: ThreatPath) => {
    try {
      const task = await createTask.mutateAsync(path.key);
      notifications.show({ color: 'green', title: 'Task created', message: task.title });
    } catch (err) {
      notifications.show({ color: 'red', title: 'Could not create the task', message: errorMessage(err) });
    }
  };
  return (
    <Card withBorder component="section" aria-labelledby="threats-title">
      <Group justify="space-between" mb="xs">
        <Title order={3} size="h4" id="threats-title">
          Threat paths
        </Title>
        {t && (
          <Badge size="lg" color={t.score >= 50 ? 'red' : t.score > 0 ? 'orange' : 'green'} title={rules.threats.scoreRule}>
            Threat score {t.score} / {rules.threats.maxScore}
          </Badge>
        )}
      </Group>
      {threats.isError && !t && <ErrorState error={threats.error} onRetry={() => void threats.refetch()} title="Could not load the threat paths" />}
      {!t && !threats.isError && <Skeleton height={80} />}
      {t && t.paths.length === 0 && <EmptyState title="No threat path">Nothing here gives a competitor an easy way in right now.</EmptyState>}
      {t && t.paths.length > 0 && (
        <Stack gap="xs" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label="Threat paths, highest score first">
          {t.paths.map((p) => (
            <Card key={p.key} withBorder padding="sm" component="li" data-testid="threat-path">
              <Group justify="space-between" wrap="nowrap" align="flex-start">
                <div>
                  <Group gap="xs" mb={4}>
                    <Badge variant="light">{humanize(p.kind)}</Badge>
                    <Badge variant="outline" color="gray" title="This path's score">
                      {p.score}
                    </Badge>
                  </Group>
                  <Text>{p.sentence}</Text>
                </div>
                {p.taskId ? (
                  <Anchor component={Link} to={`/tasks?accountId=${accountId}`} size="sm" style={{ whiteSpace: 'nowrap' }}>
                    Task open
                  </Anchor>
                ) : (
                  <Button
                    size="xs"
                    variant="light"
                    onClick={() => void create(p)}
                    loading={createTask.isPending && createTask.variables === p.key}
                    disabled={createTask.isPending && createTask.variables !== p.key}
                  >
                    Create task
                  </Button>
                )}
              </Group>
            </Card>
          ))}
        </Stack>
      )}
      <Text size="xs" c="dimmed" mt="sm">
        {rules.threats.scoreRule}
      </Text>
    </Card>
  );
}

interface Editing {
  cell: WhitespaceCell;
  unitName: string;
}

const cellKey = (c: Pick<WhitespaceCell, 'businessUnitId' | 'productFamily'>) => `${c.businessUnitId}|${c.productFamily}`;

/**
 * The grid, edited in place: a cell's choice changes the draft only (arrow keys move through the choices without
 * saving); Enter in a cell or "Save whitespace" saves the whole grid over the version it was read at.
 */
function WhitespaceGrid({ accountId }: { accountId: string }) {
  const grid = useWhitespace(accountId);
  const save = usePutWhitespace(accountId);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [draft, setDraft] = useState<Record<string, WhitespaceCell>>({});
  const [failure, setFailure] = useState<{ message: string; stale: boolean } | null>(null);
  const g = grid.data;
  if (grid.isError && !g) return <ErrorState error={grid.error} onRetry={() => void grid.refetch()} title="Could not load the whitespace" />;
  if (!g) return <Skeleton height={160} />;

  const changed = Object.keys(draft).length;
  const current = (unitId: string, family: string) => draft[`${unitId}|${family}`] ?? cellOf(g, unitId, family);
  const change = (cell: WhitespaceCell) => {
    const stored = cellOf(g, cell.businessUnitId, cell.productFamily);
    const same =
      stored.status === cell.status &&
      stored.competitorId === cell.competitorId &&
      stored.estimatedAnnualValue === cell.estimatedAnnualValue &&
      stored.contractEnd === cell.contractEnd;
    setDraft((d) => {
      const next = { ...d };
      if (same) delete next[cellKey(cell)];
      else next[cellKey(cell)] = cell;
      return next;
    });
  };
  const choose = (cell: WhitespaceCell, status: WhitespaceStatus) => {
    // COMPETITOR asks which one when the choice is confirmed (Enter or Save) or the cell's link is used.
    if (status === 'COMPETITOR') change({ ...cell, status });
    else change({ ...cell, status, competitorId: null, competitorName: null, estimatedAnnualValue: null, contractEnd: null });
  };
  const saveAll = async (): Promise<boolean> => {
    const missing = Object.values(draft).find((c) => c.status === 'COMPETITOR' && !c.competitorId);
    if (missing) {
      const unit = g.businessUnits.find((u) => u.id === missing.businessUnitId)?.name ?? '';
      setEditing({ cell: missing, unitName: unit });
      return false;
    }
    const cells = g.cells.map((c) => draft[cellKey(c)] ?? c);
    setFailure(null);
    try {
      await save.mutateAsync({ cells: toInput(cells), version: g.version });
      setDraft({});
      notifications.show({ color: 'green', title: 'Whitespace saved', message: `${changed} cell${changed === 1 ? '' : 's'} changed.` });
      return true;
    } catch (err) {
      const stale = err instanceof ApiError && err.status === 412;
      setFailure({
        stale,
        message: stale ? 'Someone saved this whitespace since you opened it. Reload it to see their changes, then make yours again.' : errorMessage(err),
      });
      return false;
    }
  };

  return (
    <Card withBorder component="section" aria-labelledby="whitespace-title">
      <Group justify="space-between" mb="xs">
        <Title order={3} size="h4" id="whitespace-title">
          Whitespace
        </Title>
        {changed > 0 && (
          <Group gap="xs">
            <Text size="sm" c="dimmed" aria-live="polite">
              {changed} unsaved change{changed === 1 ? '' : 's'}
            </Text>
            <Button size="xs" variant="default" onClick={() => setDraft({})} disabled={save.isPending}>
              Discard
            </Button>
            <Button size="xs" onClick={() => void saveAll()} loading={save.isPending}>
              Save whitespace
            </Button>
          </Group>
        )}
      </Group>
      <Text size="sm" c="dimmed" mb="sm">
        Who serves each business unit with each product family: choose in a cell, then press Enter or “Save whitespace”. A family bought in the last{' '}
        {rules.threats.oursMonths} months is ours from revenue and cannot be changed here.
      </Text>
      {failure && (
        <Alert color="red" role="alert" title="Whitespace not saved" mb="sm">
          <Stack gap="xs" align="flex-start">
            <Text size="sm">{failure.message}</Text>
            {failure.stale && (
              <Button
                size="xs"
                variant="default"
                onClick={() => {
                  setDraft({});
                  setFailure(null);
                  void grid.refetch();
                }}
              >
                Reload the whitespace
              </Button>
            )}
          </Stack>
        </Alert>
      )}
      {g.businessUnits.length === 0 || g.productFamilies.length === 0 ? (
        <EmptyState title="No grid yet">
          Add business units on the People tab{g.productFamilies.length === 0 ? ' and products to the catalogue' : ''} to map who serves what.
        </EmptyState>
      ) : (
        <Table.ScrollContainer minWidth={400}>
          <Table withTableBorder withColumnBorders aria-label="Whitespace: business units by product family">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Business unit</Table.Th>
                {g.productFamilies.map((f) => (
                  <Table.Th key={f} scope="col">
                    {f}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {g.businessUnits.map((u) => (
                <Table.Tr key={u.id}>
                  <Table.Th scope="row">{u.name}</Table.Th>
                  {g.productFamilies.map((f) => {
                    const cell = current(u.id, f);
                    const dirty = draft[cellKey(cell)] !== undefined;
                    return (
                      <Table.Td key={f} bg={dirty ? 'var(--mantine-color-yellow-light)' : undefined}>
                        <NativeSelect
                          size="xs"
                          aria-label={`${u.name}, ${f}`}
                          value={cell.status}
                          disabled={cell.derived}
                          data={(cell.derived ? (['OURS'] as const) : STATUSES).map((s) => ({ value: s, label: STATUS_LABEL[s] }))}
                          onChange={(e) => choose(cell, e.currentTarget.value as WhitespaceStatus)}
                          onKeyDown={(e) => {
                            if (e.key === 'Enter' && !save.isPending) {
                              e.preventDefault();
                              if (cell.status === 'COMPETITOR' && !cell.competitorId) setEditing({ cell, unitName: u.name });
                              else if (changed > 0) void saveAll();
                            }
                          }}
                        />
                        {cell.derived && (
                          <Text size="xs" c="dimmed">
                            from revenue
                          </Text>
                        )}
                        {cell.status === 'COMPETITOR' && (
                          <Anchor component="button" type="button" size="xs" onClick={() => setEditing({ cell, unitName: u.name })}>
                            {cell.competitorName ?? 'Choose the competitor…'}
                            {cell.estimatedAnnualValue !== null ? `, ${formatMoney(cell.estimatedAnnualValue)}` : ''}
                            {cell.contractEnd ? `, ends ${formatDate(cell.contractEnd)}` : ''}
                          </Anchor>
                        )}
                        {dirty && (
                          <Text size="xs" c="dimmed">
                            unsaved
                          </Text>
                        )}
                      </Table.Td>
                    );
                  })}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {editing && (
        <CompetitorCellModal
          editing={editing}
          onClose={() => setEditing(null)}
          onSave={(cell) => {
            change(cell);
            return Promise.resolve(null);
          }}
        />
      )}
    </Card>
  );
}

function cellOf(g: Whitespace, unitId: string, family: string): WhitespaceCell {
  return (
    g.cells.find((c) => c.businessUnitId === unitId && c.productFamily === family) ?? {
      businessUnitId: unitId,
      productFamily: family,
      status: 'NONE',
      derived: false,
      competitorId: null,
      competitorName: null,
      estimatedAnnualValue: null,
      contractEnd: null,
    }
  );
}

/** Which competitor holds the cell, what it earns there and when its contract ends. */
function CompetitorCellModal({
  editing,
  onClose,
  onSave,
}: {
  editing: Editing;
  onClose: () => void;
  onSave: (cell: WhitespaceCell) => Promise<string | null>;
}) {
  const competitors = useCompetitors();
  const { cell, unitName } = editing;
  const [competitorId, setCompetitorId] = useState(cell.competitorId ?? '');
  const [value, setValue] = useState<NumberValue>(cell.estimatedAnnualValue ?? '');
  const [contractEnd, setContractEnd] = useState(cell.contractEnd ?? '');
  const [errors, setErrors] = useState<{ competitorId?: string; value?: string; contractEnd?: string; form?: string }>({});
  const [saving, setSaving] = useState(false);
  const list = competitors.data?.items ?? [];
  const submit = async () => {
    const next = {
      competitorId: competitorId ? undefined : 'Choose the competitor that holds this cell.',
      value: checkNumber(value, VALUE_LIMITS),
      contractEnd: contractEnd && !/^\d{4}-\d{2}-\d{2}$/.test(contractEnd) ? 'Enter the date as YYYY-MM-DD, such as 2027-06-30.' : undefined,
    };
    setErrors(next);
    if (next.competitorId || next.value || next.contractEnd) return;
    setSaving(true);
    const failure = await onSave({
      ...cell,
      status: 'COMPETITOR',
      competitorId,
      competitorName: list.find((c) => c.id === competitorId)?.name ?? null,
      estimatedAnnualValue: readNumber(value),
      contractEnd: contractEnd || null,
    });
    setSaving(false);
    if (failure) setErrors({ form: failure });
    else onClose();
  };
  return (
    <Modal opened onClose={onClose} title={`${unitName}, ${cell.productFamily}: held by a competitor`}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <Stack>
          {list.length === 0 && !competitors.isPending && (
            <Alert color="yellow">No competitor is on the list yet; ask a manager to add it under Settings, Competitors.</Alert>
          )}
          <NativeSelect
            label="Competitor"
            withAsterisk
            value={competitorId}
            error={errors.competitorId}
            data={[{ value: '', label: 'Choose…' }, ...list.map((c) => ({ value: c.id, label: c.name }))]}
            onChange={(e) => setCompetitorId(e.currentTarget.value)}
          />
          <NumberField label="Estimated annual value" value={value} onChange={setValue} error={errors.value} />
          <TextInput
            label="Their contract ends"
            placeholder="YYYY-MM-DD"
            value={contractEnd}
            error={errors.contractEnd}
            onChange={(e) => setContractEnd(e.currentTarget.value)}
          />
          {errors.form && <Alert color="red">{errors.form}</Alert>}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={saving}>
              Apply to the grid
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function AccountGaps({ accountId, accountName }: { accountId: string; accountName: string }) {
  const gaps = useOfferingGaps(accountId);
  const me = useMe().data;
  const mayWrite = hasRole(me, 'ACCOUNT_MANAGER', 'MANAGER', 'ADMIN');
  const [editing, setEditing] = useState<OfferingGap | 'new' | null>(null);
  const items = gaps.data?.items;
  return (
    <Card withBorder component="section" aria-labelledby="gaps-title">
      <Group justify="space-between" mb="xs">
        <Title order={3} size="h4" id="gaps-title">
          Offering gaps this account uses
        </Title>
        {mayWrite && (
          <Button size="xs" variant="light" onClick={() => setEditing('new')}>
            Record an offering gap
          </Button>
        )}
      </Group>
      {gaps.isError && !items && <ErrorState error={gaps.error} onRetry={() => void gaps.refetch()} title="Could not load the offering gaps" />}
      {!items && !gaps.isError && <Skeleton height={40} />}
      {items && items.length === 0 && <Text c="dimmed">No offering gap is recorded for this account.</Text>}
      {items && items.length > 0 && (
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Competitor</Table.Th>
              <Table.Th>Offering we lack</Table.Th>
              <Table.Th>ARR of the accounts using it</Table.Th>
              {mayWrite && <Table.Th aria-label="Actions" />}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((g) => (
              <Table.Tr key={g.id}>
                <Table.Td>{g.competitorName}</Table.Td>
                <Table.Td>
                  {g.offering}
                  {g.notes && <Markdown text={g.notes} size="xs" />}
                </Table.Td>
                <Table.Td>{formatMoney(g.arr)}</Table.Td>
                {mayWrite && (
                  <Table.Td>
                    <Button size="compact-xs" variant="default" onClick={() => setEditing(g)} aria-label={`Edit offering gap ${g.offering}`}>
                      Edit
                    </Button>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {editing && (
        <OfferingGapModal gap={editing === 'new' ? undefined : editing} account={{ id: accountId, name: accountName }} onClose={() => setEditing(null)} />
      )}
    </Card>
  );
}
