import { Badge, Button, Card, Group, Select, Skeleton, Stack, Table, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useCursorStack } from '../../components/cursor-stack';
import { DebouncedTextInput } from '../../components/DebouncedTextInput';
import { formatDate, humanize } from '../../components/format';
import { PageHeader } from '../../components/PageHeader';
import { ListFooter } from '../../components/ListFooter';
import { EmptyState, ErrorState } from '../../components/QueryState';
import { fetchUser, userKeys, useUsers, type Role, type User } from './api';
import { roleOptions, UserFormModal } from './UserFormModal';

type ActiveFilter = 'all' | 'active' | 'inactive';

export function UsersPage() {
  const qc = useQueryClient();
  const [q, setQ] = useState('');
  const [role, setRole] = useState<Role | null>(null);
  const [active, setActive] = useState<ActiveFilter>('all');
  const filters = { q: q.trim() || undefined, role: role ?? undefined, active: active === 'all' ? undefined : active === 'active' };
  const paging = useCursorStack(JSON.stringify(filters));
  const users = useUsers(filters, paging.cursor);
  const [editing, setEditing] = useState<User | 'new' | null>(null);
  const items = users.data?.items ?? [];
  const filtered = !!(filters.q || filters.role || filters.active !== undefined);

  return (
    <>
      <PageHeader
        title="Users"
        description="People who use Stratum. Account managers own accounts."
        actions={<Button onClick={() => setEditing('new')}>New user</Button>}
      />
      <Group mb="md" align="flex-end" wrap="wrap">
        <DebouncedTextInput label="Search" placeholder="Name or email" value={q} onChange={setQ} w={260} type="search" />
        <Select label="Role" placeholder="Any role" data={roleOptions} value={role} onChange={(v) => setRole(v as Role | null)} clearable w={200} />
        <Select
          label="Status"
          data={[
            { value: 'all', label: 'Active and inactive' },
            { value: 'active', label: 'Active' },
            { value: 'inactive', label: 'Inactive' },
          ]}
          value={active}
          onChange={(v) => setActive((v as ActiveFilter | null) ?? 'all')}
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
          <Table.ScrollContainer minWidth={700}>
            <Table striped highlightOnHover verticalSpacing="sm" aria-label="Users" aria-busy={users.isFetching}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Name</Table.Th>
                  <Table.Th>Email</Table.Th>
                  <Table.Th>Role</Table.Th>
                  <Table.Th>Status</Table.Th>
                  <Table.Th>Since</Table.Th>
                  <Table.Th>
                    <VisuallyHidden>Actions</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((u) => (
                  <Table.Tr key={u.id} style={{ opacity: users.isPlaceholderData ? 0.6 : 1 }}>
                    <Table.Td fw={500}>{u.name}</Table.Td>
                    <Table.Td>{u.email}</Table.Td>
                    <Table.Td>{humanize(u.role)}</Table.Td>
                    <Table.Td>
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
                    <Table.Td>{formatDate(u.createdAt)}</Table.Td>
                    <Table.Td ta="right">
                      <Button size="xs" variant="default" onClick={() => setEditing(u)} aria-label={`Edit ${u.name}`}>
                        Edit
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        <ListFooter query={users} paging={paging} itemCount={items.length} label={items.length === 1 ? 'user' : 'users'} />
      </Card>
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
