import { Badge, Button, Card, Group, MultiSelect, Select, Skeleton, Stack, Table, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { errorMessage } from '../../api/problem';
import { ConfirmModal } from '../../components/ConfirmModal';
import { DebouncedTextInput } from '../../components/DebouncedTextInput';
import { EMPTY, formatDate, humanize } from '../../components/format';
import { PageHeader } from '../../components/PageHeader';
import { ListFooter } from '../../components/ListFooter';
import { useListUrlState } from '../../components/list-url-state';
import { sortDirection, toggleSingleSort } from '../../components/sort-param';
import { SortableTh } from '../../components/SortableTh';
import { EmptyState, ErrorState } from '../../components/QueryState';
import { useMe } from '../auth/api';
import { NotAllowed } from '../auth/NotAllowed';
import { canManageUsers } from '../auth/permissions';
import { fetchUser, userKeys, useUpdateUser, useUsers, type Role, type User } from './api';
import { hasActiveUserFilters, userListCodec, userQuery, type ActiveFilter, type UserSortField } from './filters';
import { SetPasswordModal } from './SetPasswordModal';
import { roleOptions, UserFormModal } from './UserFormModal';
import { Truncated } from '../../components/Truncated';

/** Deactivating signs the person out at once: confirmed first. Reactivating needs no confirmation. */
function ActiveToggle({ user }: { user: User }) {
  const update = useUpdateUser();
  const [confirming, setConfirming] = useState(false);
  const setActive = (active: boolean) =>
    update.mutate(
      { id: user.id, version: user.version, patch: { active } },
      {
        onSuccess: (u) => {
          notifications.show({ color: u.active ? 'green' : 'gray', title: u.active ? 'User reactivated' : 'User deactivated', message: u.name });
          setConfirming(false);
        },
        onError: (err) => {
          if (active) notifications.show({ color: 'red', title: 'Not reactivated', message: errorMessage(err) });
        },
      },
    );
  if (user.active) {
    return (
      <>
        <Button size="xs" variant="subtle" color="red" onClick={() => setConfirming(true)} aria-label={`Deactivate ${user.name}`}>
          Deactivate
        </Button>
        <ConfirmModal
          opened={confirming}
          onClose={() => setConfirming(false)}
          title={`Deactivate ${user.name}?`}
          confirmLabel="Deactivate"
          failedTitle="Not deactivated"
          error={update.isError ? update.error : null}
          pending={update.isPending}
          onConfirm={() => setActive(false)}
        >
          {user.name} is signed out at once and can no longer sign in, and their API tokens stop working. Their accounts and history stay; reassign their
          accounts if someone else should look after them. You can reactivate them later.
        </ConfirmModal>
      </>
    );
  }
  return (
    <Button size="xs" variant="subtle" loading={update.isPending} onClick={() => setActive(true)} aria-label={`Reactivate ${user.name}`}>
      Reactivate
    </Button>
  );
}

export function UsersPage() {
  const me = useMe().data;
  if (!me || !canManageUsers(me)) {
    return (
      <NotAllowed title="Users">
        Only admins manage users. Your role is {humanize(me?.user.role ?? 'VIEWER').toLowerCase()}; ask an admin to add someone or change a role.
      </NotAllowed>
    );
  }
  return <UsersAdmin meId={me.user.id} />;
}

function UsersAdmin({ meId }: { meId: string }) {
  const qc = useQueryClient();
  const { filters, setFilters, paging } = useListUrlState(userListCodec);
  const users = useUsers(userQuery(filters), paging.cursor);
  const [editing, setEditing] = useState<User | 'new' | null>(null);
  const [settingPassword, setSettingPassword] = useState<User | null>(null);
  const items = users.data?.items ?? [];
  const filtered = hasActiveUserFilters(filters);
  const sortBy = (field: UserSortField) => setFilters({ sort: toggleSingleSort(filters.sort, field, (f) => f === 'createdAt') });

  return (
    <>
      <PageHeader
        title="Users"
        description="People who sign in to Stratum, their roles and whether they may sign in. Account managers own accounts."
        actions={<Button onClick={() => setEditing('new')}>New user</Button>}
      />
      <Group mb="md" align="flex-end" wrap="wrap">
        <DebouncedTextInput label="Search" placeholder="Name or email" value={filters.q} onChange={(q) => setFilters({ q })} w={260} type="search" />
        <MultiSelect
          label="Role"
          placeholder={filters.role.length ? undefined : 'Any role'}
          data={roleOptions}
          value={filters.role}
          onChange={(v) => setFilters({ role: v as Role[] })}
          clearable
          w={260}
        />
        <Select
          label="Status"
          data={[
            { value: 'all', label: 'Active and inactive' },
            { value: 'active', label: 'Active' },
            { value: 'inactive', label: 'Inactive' },
          ]}
          value={filters.active}
          onChange={(v) => setFilters({ active: (v as ActiveFilter | null) ?? 'all' })}
          allowDeselect={false}
          w={200}
        />
      </Group>
      <Card withBorder p={0}>
        {users.isPending && (
          <Stack p="md">
            <Skeleton height={20} />
            <Skeleton height={20} />
            <Skeleton height={20} />
          </Stack>
        )}
        {users.isError && !users.data && (
          <Stack p="md">
            <ErrorState error={users.error} onRetry={() => void users.refetch()} title="Could not load users" />
          </Stack>
        )}
        {users.data && items.length === 0 && (
          <EmptyState title={filtered ? 'No user matches these filters' : 'No users yet'}>
            {filtered ? 'Change the filters to see more.' : 'Create the first one with “New user”.'}
          </EmptyState>
        )}
        {items.length > 0 && (
          <Table.ScrollContainer minWidth={900}>
            <Table striped highlightOnHover verticalSpacing="sm" aria-label="Users" aria-busy={users.isFetching}>
              <Table.Thead>
                <Table.Tr>
                  <SortableTh direction={sortDirection(filters.sort, 'name')} onSort={() => sortBy('name')}>
                    Name
                  </SortableTh>
                  <SortableTh direction={sortDirection(filters.sort, 'email')} onSort={() => sortBy('email')}>
                    Email
                  </SortableTh>
                  <Table.Th>Role</Table.Th>
                  <Table.Th>Level</Table.Th>
                  <Table.Th>Manager</Table.Th>
                  <Table.Th>Status</Table.Th>
                  <SortableTh direction={sortDirection(filters.sort, 'createdAt')} onSort={() => sortBy('createdAt')}>
                    Since
                  </SortableTh>
                  <Table.Th>
                    <VisuallyHidden>Actions</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((u) => (
                  <Table.Tr key={u.id} style={{ opacity: users.isPlaceholderData ? 0.6 : 1 }}>
                    <Table.Td fw={500}>
                      <Group gap={6} wrap="nowrap">
                        <Truncated text={u.name} maw="18rem" />
                        {u.id === meId && (
                          <Badge size="xs" variant="outline">
                            You
                          </Badge>
                        )}
                      </Group>
                    </Table.Td>
                    <Table.Td>
                      <Truncated text={u.email} maw="18rem" />
                    </Table.Td>
                    <Table.Td>{humanize(u.role)}</Table.Td>
                    <Table.Td>{humanize(u.level)}</Table.Td>
                    <Table.Td>{u.managerName ? <Truncated text={u.managerName} maw="14rem" /> : EMPTY}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      {u.active ? (
                        <Badge color="green" variant="light">
                          Active
                        </Badge>
                      ) : (
                        <Badge color="gray" variant="light">
                          Inactive
                        </Badge>
                      )}
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(u.createdAt)}</Table.Td>
                    <Table.Td ta="right">
                      <Group gap={4} justify="flex-end" wrap="nowrap">
                        <Button size="xs" variant="default" onClick={() => setEditing(u)} aria-label={`Edit ${u.name}`}>
                          Edit
                        </Button>
                        {u.id !== meId && (
                          <>
                            <Button size="xs" variant="subtle" onClick={() => setSettingPassword(u)} aria-label={`Set password for ${u.name}`}>
                              Set password
                            </Button>
                            <ActiveToggle user={u} />
                          </>
                        )}
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        <ListFooter query={users} paging={paging} itemCount={items.length} label={['user', 'users']} />
      </Card>
      {settingPassword && <SetPasswordModal key={settingPassword.id} user={settingPassword} opened onClose={() => setSettingPassword(null)} />}
      {editing && (
        <UserFormModal
          // A fresh form for each user and each stored version.
          key={editing === 'new' ? 'new' : `${editing.id}-${editing.version}`}
          opened
          user={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(null)}
          onReload={
            editing === 'new'
              ? undefined
              : async () => {
                  await qc.invalidateQueries({ queryKey: userKeys.lists() });
                  const fresh = await qc.fetchQuery({ queryKey: userKeys.detail(editing.id), queryFn: () => fetchUser(editing.id) });
                  setEditing(fresh);
                }
          }
        />
      )}
    </>
  );
}
