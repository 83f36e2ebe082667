import { Anchor, Badge, Button, Card, Group, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { ConfirmModal } from '../../components/ConfirmModal';
import { formatDate, formatMoney } from '../../components/format';
import { ListFooter } from '../../components/ListFooter';
import { NO_FILTERS, useListUrlState } from '../../components/list-url-state';
import { EmptyState, ErrorState } from '../../components/QueryState';
import { useMe } from '../auth/api';
import { canWorkOnAccount } from '../auth/permissions';
import { useAccountTeam } from '../accounts/team-api';
import { isCurrentMember } from '../accounts/team-model';
import { useAccountContracts, useDeleteContract, type Contract } from './api';
import { ContractModal } from './ContractModals';

const PAGE_SIZE = 10;

interface AccountRef {
  id: string;
  name: string;
  ownerId?: string | null;
  archived?: boolean;
}

/** The account page's contracts: what the customer signed, and the renewal opportunity each one gets. */
export function AccountContractsCard({ account }: { account: AccountRef }) {
  const me = useMe().data;
  const team = useAccountTeam(account.id);
  const canWrite = canWorkOnAccount(me, account.ownerId, 'revenue:write', isCurrentMember(team.data, me?.user.id)) && !account.archived;
  const { paging } = useListUrlState(NO_FILTERS, { prefix: 'contracts' });
  const list = useAccountContracts(account.id, paging.cursor, PAGE_SIZE);
  const items = list.data?.items ?? [];
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<Contract | null>(null);
  const [deleting, setDeleting] = useState<Contract | null>(null);
  const remove = useDeleteContract();

  return (
    <Card withBorder component="section" aria-labelledby="account-contracts-title" p={0}>
      <Group justify="space-between" p="md" pb="xs">
        <div>
          <Title order={3} size="h4" id="account-contracts-title">
            Contracts
          </Title>
          <Text size="xs" c="dimmed">
            Each contract gets a renewal opportunity, once, ahead of its notice period.
          </Text>
        </div>
        {canWrite && (
          <Button size="xs" onClick={() => setCreating(true)}>
            Record contract
          </Button>
        )}
      </Group>
      {list.isError && !list.data ? (
        <Stack p="md">
          <ErrorState error={list.error} onRetry={() => void list.refetch()} title="Could not load the contracts" />
        </Stack>
      ) : (
        <Table.ScrollContainer minWidth={760}>
          <Table verticalSpacing="xs" aria-label={`Contracts of ${account.name}`}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Term</Table.Th>
                <Table.Th ta="right">Annual value</Table.Th>
                <Table.Th>Renewal</Table.Th>
                <Table.Th>Renewal opportunity</Table.Th>
                {canWrite && <Table.Th>Actions</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.isPending &&
                [0, 1].map((i) => (
                  <Table.Tr key={i}>
                    <Table.Td colSpan={canWrite ? 5 : 4}>
                      <Skeleton height={16} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              {items.map((c) => (
                <Table.Tr key={c.id} aria-label={`Contract ending ${formatDate(c.endDate)}`}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    {formatDate(c.startDate)} – {formatDate(c.endDate)}
                  </Table.Td>
                  <Table.Td ta="right">{formatMoney(c.annualValue)}</Table.Td>
                  <Table.Td>
                    <Stack gap={2}>
                      <Group gap={6}>
                        {c.autoRenew ? (
                          <Badge size="sm" variant="light" color="teal" tt="none">
                            Renews by itself
                          </Badge>
                        ) : (
                          <Badge size="sm" variant="light" color="gray" tt="none">
                            Ends unless renewed
                          </Badge>
                        )}
                      </Group>
                      <Text size="xs" c="dimmed">
                        {c.noticeDays} days of notice
                      </Text>
                    </Stack>
                  </Table.Td>
                  <Table.Td>
                    {c.renewalOpportunityId ? (
                      <Anchor component={Link} to={`/opportunities/${c.renewalOpportunityId}`} size="sm">
                        Open the renewal
                      </Anchor>
                    ) : c.renewalCreatedAt ? (
                      <Text size="sm" c="dimmed">
                        Opened on {formatDate(c.renewalCreatedAt)}, since deleted
                      </Text>
                    ) : (
                      <Text size="sm" c="dimmed">
                        Opens on {formatDate(c.renewalDueOn)}
                      </Text>
                    )}
                  </Table.Td>
                  {canWrite && (
                    <Table.Td>
                      <Group gap="xs" wrap="nowrap">
                        <Button size="compact-xs" variant="light" onClick={() => setEditing(c)}>
                          Change
                        </Button>
                        <Button size="compact-xs" variant="subtle" color="red" onClick={() => setDeleting(c)}>
                          Delete
                        </Button>
                      </Group>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {list.isSuccess && items.length === 0 && (
        <EmptyState title="No contracts yet">Record what the customer signed to get its renewal opportunity on time.</EmptyState>
      )}
      <ListFooter query={list} paging={paging} itemCount={items.length} label={['contract', 'contracts']} />

      <ContractModal account={account} opened={creating} onClose={() => setCreating(false)} />
      <ContractModal account={account} contract={editing ?? undefined} opened={!!editing} onClose={() => setEditing(null)} />
      <ConfirmModal
        opened={!!deleting}
        title="Delete this contract?"
        confirmLabel="Delete contract"
        failedTitle="Not deleted"
        error={remove.error}
        pending={remove.isPending}
        onConfirm={() =>
          deleting &&
          remove.mutate(deleting, {
            onSuccess: () => setDeleting(null),
          })
        }
        onClose={() => {
          remove.reset();
          setDeleting(null);
        }}
      >
        The contract ending {formatDate(deleting?.endDate)} is removed. A renewal opportunity already opened for it stays on the account.
      </ConfirmModal>
    </Card>
  );
}
