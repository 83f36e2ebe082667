import {
  Badge,
  Button,
  Card,
  Group,
  Modal,
  SegmentedControl,
  Select,
  Skeleton,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  Tooltip,
  VisuallyHidden,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMemo, useState } from 'react';
import { ConfirmModal } from '../../components/ConfirmModal';
import { humanize } from '../../components/format';
import { FormActions, SaveFailureAlert } from '../../components/FormFooter';
import { ListFooter } from '../../components/ListFooter';
import { NO_FILTERS, useListUrlState } from '../../components/list-url-state';
import { EmptyState, ErrorState } from '../../components/QueryState';
import { applyServerError } from '../../components/server-errors';
import { Truncated } from '../../components/Truncated';
import { useFormSubmit } from '../../components/use-form-submit';
import {
  useAllBusinessUnits,
  useBusinessUnits,
  useCreateBusinessUnit,
  useDeleteBusinessUnit,
  useUpdateBusinessUnit,
  type BusinessUnit,
  type Contact,
} from './api';
import { coverageLabel, unitCoverage, type UnitCoverage } from './coverage';
import { DECISION_ROLES, relevanceOptions, unitLabel } from './labels';
import { emptyUnitValues, parentCandidates, toUnitInput, toUnitPatch, unitToValues, UNIT_FIELDS, validateUnit, type UnitFormValues } from './unit-form';

const PAGE_SIZE = 25;

const RELEVANCE_COLOR = { HIGH: 'grape', MEDIUM: 'blue', LOW: 'gray' } as const;

/** "Never spoken to" in orange, a unit with a decision role in green, otherwise grey. */
export function CoverageChip({ coverage }: { coverage: UnitCoverage }) {
  const color = coverage.contacts === 0 ? 'orange' : coverage.decisionContacts > 0 ? 'green' : 'gray';
  return (
    <Badge color={color} variant={coverage.contacts === 0 ? 'filled' : 'light'} tt="none" size="md">
      {coverageLabel(coverage)}
    </Badge>
  );
}

function UnitFormModal({
  accountId,
  unit,
  opened,
  onClose,
}: {
  accountId: string;
  /** The unit being edited; none: a new one. */
  unit: BusinessUnit | null;
  opened: boolean;
  onClose: () => void;
}) {
  const initial = unit ? unitToValues(unit) : emptyUnitValues;
  const form = useForm<UnitFormValues>({ mode: 'controlled', initialValues: initial, validate: validateUnit, validateInputOnBlur: true });
  const create = useCreateBusinessUnit(accountId);
  const update = useUpdateBusinessUnit();
  const all = useAllBusinessUnits(accountId);
  const parents = useMemo(() => {
    const options = parentCandidates(all.data?.items ?? [], unit?.id).map((u) => ({ value: u.id, label: unitLabel(u) }));
    if (unit?.parentId && !options.some((o) => o.value === unit.parentId))
      options.unshift({ value: unit.parentId, label: unit.parentName ?? 'Current parent' });
    return options;
  }, [all.data, unit]);
  const { submit, failure, submitting } = useFormSubmit(
    form,
    async (v) => {
      if (unit) {
        const patch = toUnitPatch(initial, v);
        if (Object.keys(patch).length > 0) await update.mutateAsync({ id: unit.id, version: unit.version, patch });
        notifications.show({ color: 'green', title: 'Business unit saved', message: v.name.trim() });
      } else {
        const created = await create.mutateAsync(toUnitInput(v));
        notifications.show({ color: 'green', title: 'Business unit added', message: created.name });
      }
      onClose();
    },
    (err) => applyServerError(form, err, UNIT_FIELDS),
  );
  return (
    <Modal opened={opened} onClose={onClose} title={unit ? `Edit ${unit.name}` : 'New business unit'}>
      <form onSubmit={submit} noValidate aria-label={unit ? 'Edit business unit' : 'New business unit'}>
        <Stack>
          <TextInput label="Name" required withAsterisk placeholder="e.g. Logistics Operations" data-autofocus {...form.getInputProps('name')} />
          <Select
            label="Part of"
            description="The unit it belongs to, if any"
            placeholder={parents.length ? 'Pick a unit' : 'No other unit yet'}
            data={parents}
            searchable
            clearable
            nothingFoundMessage="No matching unit"
            comboboxProps={{ withinPortal: true }}
            {...form.getInputProps('parentId')}
          />
          <Stack gap={4}>
            <Text size="sm" fw={500} id="unit-relevance-label">
              Relevance to our business
            </Text>
            <SegmentedControl aria-labelledby="unit-relevance-label" data={relevanceOptions} {...form.getInputProps('relevance')} />
          </Stack>
          <SaveFailureAlert failure={failure} conflictTitle="Not saved" />
          <FormActions submitLabel={unit ? 'Save changes' : 'Add unit'} submitting={submitting} onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}

function DeleteUnitModal({ unit, opened, onClose }: { unit: BusinessUnit; opened: boolean; onClose: () => void }) {
  const remove = useDeleteBusinessUnit();
  return (
    <ConfirmModal
      opened={opened}
      onClose={onClose}
      title={`Delete ${unit.name}?`}
      confirmLabel="Delete unit"
      failedTitle="Not deleted"
      error={remove.isError ? remove.error : null}
      pending={remove.isPending}
      onConfirm={() =>
        remove.mutate(unit, {
          onSuccess: () => {
            notifications.show({ color: 'gray', title: 'Business unit deleted', message: unit.name });
            onClose();
          },
        })
      }
    >
      The unit is removed from the account. A unit that contacts or other units still point at cannot be deleted: move them first.
    </ConfirmModal>
  );
}

type Dialog = { kind: 'new' } | { kind: 'edit' | 'delete'; unit: BusinessUnit } | null;

/**
 * The account's business units with their coverage: how many current contacts each has and how many of them hold a
 * decision role; a unit nobody there is in shows "Never spoken to" (a competitor's shortest way in).
 */
export function BusinessUnitsCard({
  account,
  contacts,
  canEdit,
}: {
  account: { id: string; name: string; archived?: boolean };
  /** All the account's contacts, for the decision-role counts; undefined while loading. */
  contacts: readonly Contact[] | undefined;
  canEdit: boolean;
}) {
  const { paging } = useListUrlState(NO_FILTERS, { prefix: 'units' });
  const units = useBusinessUnits(account.id, paging.cursor, PAGE_SIZE);
  const [dialog, setDialog] = useState<Dialog>(null);
  const items = useMemo(() => units.data?.items ?? [], [units.data]);
  const coverage = useMemo(() => unitCoverage(items, contacts ?? [], DECISION_ROLES), [items, contacts]);
  const writable = canEdit && !account.archived;

  return (
    <Card withBorder component="section" aria-labelledby="units-title" p={0}>
      <Group justify="space-between" p="md" pb="xs">
        <div>
          <Title order={3} size="h4" id="units-title">
            Business units
          </Title>
          <Text size="sm" c="dimmed">
            The parts of {account.name} we know, and whom we know there.
          </Text>
        </div>
        {writable && (
          <Button size="xs" variant="light" onClick={() => setDialog({ kind: 'new' })}>
            New business unit
          </Button>
        )}
      </Group>
      {units.isError && !units.data ? (
        <Stack p="md">
          <ErrorState error={units.error} onRetry={() => void units.refetch()} title="Could not load the business units" />
        </Stack>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table verticalSpacing="xs" highlightOnHover aria-label={`Business units of ${account.name}`} aria-busy={units.isFetching}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Unit</Table.Th>
                <Table.Th>Part of</Table.Th>
                <Table.Th>Relevance</Table.Th>
                <Table.Th>Coverage</Table.Th>
                {writable && (
                  <Table.Th>
                    <VisuallyHidden>Actions</VisuallyHidden>
                  </Table.Th>
                )}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {units.isPending &&
                [0, 1].map((i) => (
                  <Table.Tr key={i}>
                    <Table.Td colSpan={writable ? 5 : 4}>
                      <Skeleton height={16} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              {items.map((u) => {
                const c = coverage.byUnit.get(u.id);
                // The server's count of current contacts is the one that decides "never spoken to"; the decision
                // roles are counted here from the contacts loaded for the map.
                const shown: UnitCoverage = { contacts: u.currentContacts, decisionContacts: contacts ? (c?.decisionContacts ?? 0) : 0, left: c?.left ?? 0 };
                return (
                  <Table.Tr key={u.id} style={{ opacity: units.isPlaceholderData ? 0.6 : 1 }}>
                    <Table.Td>
                      <Text fw={600} size="sm" component="div">
                        <Truncated text={u.name} maw="18rem" />
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      {u.parentName ? (
                        <Truncated text={u.parentName} maw="14rem" />
                      ) : (
                        <Text span c="dimmed" size="sm">
                          —
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Badge color={RELEVANCE_COLOR[u.relevance]} variant="outline" size="sm">
                        {humanize(u.relevance)}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      <Group gap={6} wrap="nowrap">
                        <CoverageChip coverage={shown} />
                        {shown.left > 0 && (
                          <Tooltip label="People who left the company no longer count">
                            <Text size="xs" c="dimmed" tabIndex={0}>
                              +{shown.left} left
                            </Text>
                          </Tooltip>
                        )}
                      </Group>
                    </Table.Td>
                    {writable && (
                      <Table.Td>
                        <Group gap={6} justify="flex-end" wrap="nowrap">
                          <Button size="compact-sm" variant="default" onClick={() => setDialog({ kind: 'edit', unit: u })} aria-label={`Edit ${u.name}`}>
                            Edit
                          </Button>
                          <Button
                            size="compact-sm"
                            variant="subtle"
                            color="red"
                            onClick={() => setDialog({ kind: 'delete', unit: u })}
                            aria-label={`Delete ${u.name}`}
                          >
                            Delete
                          </Button>
                        </Group>
                      </Table.Td>
                    )}
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {units.isSuccess && items.length === 0 && !paging.hasPrevious && (
        <EmptyState title="No business units yet">
          {writable
            ? 'Add the divisions, departments or sites you deal with: coverage counts the units where you know someone.'
            : 'The account’s owner or team adds the units they deal with.'}
        </EmptyState>
      )}
      {coverage.withoutUnit.contacts > 0 && (
        <Text size="xs" c="dimmed" px="md" pt="xs">
          {coverage.withoutUnit.contacts === 1 ? '1 contact is' : `${coverage.withoutUnit.contacts} contacts are`} in no business unit yet.
        </Text>
      )}
      <ListFooter query={units} paging={paging} itemCount={items.length} label={['business unit', 'business units']} pagerWhen="severalPages" />
      {dialog?.kind === 'new' && <UnitFormModal accountId={account.id} unit={null} opened onClose={() => setDialog(null)} />}
      {dialog?.kind === 'edit' && <UnitFormModal key={dialog.unit.version} accountId={account.id} unit={dialog.unit} opened onClose={() => setDialog(null)} />}
      {dialog?.kind === 'delete' && <DeleteUnitModal unit={dialog.unit} opened onClose={() => setDialog(null)} />}
    </Card>
  );
}
