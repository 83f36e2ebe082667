import { ActionIcon, Badge, Button, Card, Group, Modal, Select, SimpleGrid, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { ApiError } from '../../api/problem';
import { teamRoleValues } from '../../api/schema';
import { formatDate, humanize, isoDate } from '../../components/format';
import { FormActions, SaveFailureAlert } from '../../components/FormFooter';
import { NumberField } from '../../components/NumberField';
import { EmptyState, ErrorState } from '../../components/QueryState';
import { applyServerError, type FormFailure } from '../../components/server-errors';
import { Truncated } from '../../components/Truncated';
import { useMe } from '../auth/api';
import { canEditTeam } from '../auth/permissions';
import { UserSelect } from '../users/UserSelect';
import type { Account } from './api';
import { useAccountTeam, useReplaceTeam, type Team, type TeamMember } from './team-api';
import { emptyRow, MAX_MEMBERS, periodLabel, placeTeamErrors, teamToValues, toTeamInput, validateTeam, type TeamValues } from './team-model';

const roleOptions = teamRoleValues.map((r) => ({ value: r, label: humanize(r) }));

function MemberStatus({ member }: { member: TeamMember }) {
  if (!member.active)
    return (
      <Badge size="xs" color="gray" variant="outline">
        Deactivated
      </Badge>
    );
  if (member.current)
    return (
      <Badge size="xs" color="green" variant="light">
        On the team
      </Badge>
    );
  const today = isoDate();
  return (
    <Badge size="xs" color="gray" variant="light">
      {member.since > today ? 'Not started' : 'Ended'}
    </Badge>
  );
}

function TeamEditor({
  account,
  team,
  opened,
  onClose,
  onReload,
}: {
  account: Account;
  team: Team;
  opened: boolean;
  onClose: () => void;
  onReload: () => void;
}) {
  const replace = useReplaceTeam();
  const [failure, setFailure] = useState<FormFailure | null>(null);
  const form = useForm<TeamValues>({
    mode: 'controlled',
    initialValues: teamToValues(team),
    validate: (values) => validateTeam(values, team.ownerId),
  });
  const rows = form.values.members;

  const submit = form.onSubmit(async (values) => {
    setFailure(null);
    try {
      await replace.mutateAsync({ accountId: account.id, version: team.version, body: toTeamInput(values) });
      notifications.show({ color: 'green', title: 'Team saved', message: account.name });
      onClose();
    } catch (err) {
      if (err instanceof ApiError && err.status === 422 && err.problem.errors.length) {
        const { fields, unplaced } = placeTeamErrors(err.problem.errors, rows.length);
        form.setErrors(fields);
        setFailure({ message: unplaced.length ? unplaced.join(' ') : 'Fix the highlighted fields and save again.', stale: false, conflict: false });
      } else {
        setFailure(applyServerError(form, err, []));
      }
    }
  });

  return (
    <Modal opened={opened} onClose={onClose} title={`Team of ${account.name}`} size="xl">
      <form onSubmit={submit} noValidate aria-label="Edit team">
        <Stack>
          <Text size="sm" c="dimmed">
            {team.ownerName
              ? `${team.ownerName} owns the account and leads its team; change the owner on the account itself.`
              : 'The account has no owner yet.'}{' '}
            Members on the team today may schedule and record its QBRs; they cannot change the account, its tier, owner or team.
          </Text>
          {rows.length === 0 && <Text size="sm">Nobody besides the owner yet.</Text>}
          {rows.map((row, i) => (
            <Card key={row.key} withBorder p="sm" component="fieldset" aria-label={`Member ${i + 1}`} style={{ margin: 0 }}>
              <Group justify="space-between" mb="xs">
                <Text fw={600} size="sm">
                  Member {i + 1}
                </Text>
                <ActionIcon variant="subtle" color="red" aria-label={`Remove member ${i + 1}`} onClick={() => form.removeListItem('members', i)}>
                  ×
                </ActionIcon>
              </Group>
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <UserSelect
                  label="Person"
                  required
                  clearable={false}
                  value={row.userId}
                  valueLabel={row.name}
                  onChange={(id) => {
                    form.setFieldValue(`members.${i}.userId`, id);
                    form.setFieldValue(`members.${i}.name`, null);
                  }}
                  error={form.errors[`members.${i}.userId`] as string | undefined}
                />
                <Select label="Team role" data={roleOptions} required withAsterisk allowDeselect={false} {...form.getInputProps(`members.${i}.role`)} />
                <NumberField
                  label="Allocation (%)"
                  description="Share of their time, 1 to 100."
                  required
                  withAsterisk
                  {...form.getInputProps(`members.${i}.allocationPct`)}
                />
                <Group grow align="flex-start">
                  <DateInput
                    label="Since"
                    valueFormat="YYYY-MM-DD"
                    placeholder="YYYY-MM-DD"
                    required
                    withAsterisk
                    popoverProps={{ withinPortal: true }}
                    value={row.since || null}
                    onChange={(v) => form.setFieldValue(`members.${i}.since`, v ?? '')}
                    error={form.errors[`members.${i}.since`]}
                  />
                  <DateInput
                    label="Until"
                    valueFormat="YYYY-MM-DD"
                    placeholder="Open-ended"
                    clearable
                    popoverProps={{ withinPortal: true }}
                    value={row.until || null}
                    onChange={(v) => form.setFieldValue(`members.${i}.until`, v ?? '')}
                    error={form.errors[`members.${i}.until`]}
                  />
                </Group>
              </SimpleGrid>
            </Card>
          ))}
          {form.errors.members && (
            <Text c="red" size="sm">
              {form.errors.members}
            </Text>
          )}
          <Group>
            <Button variant="default" onClick={() => form.insertListItem('members', emptyRow(isoDate()))} disabled={rows.length >= MAX_MEMBERS}>
              Add member
            </Button>
          </Group>
          <SaveFailureAlert failure={failure} onReload={onReload} />
          <FormActions submitLabel="Save team" submitting={replace.isPending} onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}

/** The account's team: the owner and the members with role, allocation and dates; the owner and managers edit it. */
export function TeamCard({ account }: { account: Account }) {
  const me = useMe().data;
  const team = useAccountTeam(account.id);
  const [editing, setEditing] = useState(false);
  const editable = canEditTeam(me, account.ownerId) && !account.archived;
  const t = team.data;

  return (
    <Card withBorder component="section" aria-labelledby="team-title">
      <Group justify="space-between" mb="sm">
        <Title order={3} size="h4" id="team-title">
          Team
        </Title>
        {editable && t && (
          <Button variant="default" size="xs" onClick={() => setEditing(true)}>
            Edit team
          </Button>
        )}
      </Group>
      {team.isPending && <Skeleton height={60} />}
      {team.isError && !t && <ErrorState error={team.error} onRetry={() => void team.refetch()} title="Could not load the team" />}
      {t && !t.ownerId && t.members.length === 0 && <EmptyState title="Nobody serves this account yet">Give it an owner, then add team members.</EmptyState>}
      {t && (t.ownerId || t.members.length > 0) && (
        <Table.ScrollContainer minWidth={640}>
          <Table verticalSpacing="xs" aria-label="Team">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Person</Table.Th>
                <Table.Th>Team role</Table.Th>
                <Table.Th ta="right">Allocation</Table.Th>
                <Table.Th>On the team</Table.Th>
                <Table.Th>Status</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {t.ownerId && (
                <Table.Tr data-owner>
                  <Table.Td>
                    <Truncated text={t.ownerName ?? 'Owner'} maw="16rem" />
                  </Table.Td>
                  <Table.Td>Owner</Table.Td>
                  <Table.Td ta="right">—</Table.Td>
                  <Table.Td>Leads the team</Table.Td>
                  <Table.Td>
                    <Badge size="xs" variant="light">
                      Owner
                    </Badge>
                  </Table.Td>
                </Table.Tr>
              )}
              {t.members.map((m) => (
                <Table.Tr key={m.userId} data-member={m.userId}>
                  <Table.Td>
                    <Truncated text={m.name} maw="16rem" />
                  </Table.Td>
                  <Table.Td>{humanize(m.role)}</Table.Td>
                  <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
                    {m.allocationPct} %
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{periodLabel(m, formatDate)}</Table.Td>
                  <Table.Td>
                    <MemberStatus member={m} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {t && t.members.length === 0 && t.ownerId && (
        <Text size="sm" c="dimmed" mt="xs">
          Nobody else is on the team yet.
        </Text>
      )}
      {editing && t && (
        <TeamEditor key={t.version} account={account} team={t} opened={editing} onClose={() => setEditing(false)} onReload={() => void team.refetch()} />
      )}
    </Card>
  );
}
