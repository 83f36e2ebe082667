import { Badge, Button, Card, Code, Group, Skeleton, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { ConfirmModal } from '../../components/ConfirmModal';
import { EMPTY, formatDate, formatDateTime } from '../../components/format';
import { ListFooter } from '../../components/ListFooter';
import { useListUrlState } from '../../components/list-url-state';
import { singleSortParam, sortDirection, toggleSingleSort } from '../../components/sort-param';
import { SortableTh } from '../../components/SortableTh';
import { PageHeader } from '../../components/PageHeader';
import { EmptyState, ErrorState } from '../../components/QueryState';
import { useMe } from '../auth/api';
import { canManageAllTokens, grantableScopes } from '../auth/permissions';
import { UserSelect } from '../users/UserSelect';
import { useApiTokens, useRevokeApiToken, type ApiToken, type CreatedApiToken } from './api';
import { tokenListCodec, type TokenSortField } from './filters';
import { NewApiTokenModal, TokenSecretModal } from './NewApiTokenModal';
import { Truncated } from '../../components/Truncated';

function RevokeModal({ token, onClose }: { token: ApiToken; onClose: () => void }) {
  const revoke = useRevokeApiToken();
  return (
    <ConfirmModal
      opened
      onClose={onClose}
      title={`Revoke “${token.name}”?`}
      confirmLabel="Revoke token"
      failedTitle="Not revoked"
      error={revoke.isError ? revoke.error : null}
      pending={revoke.isPending}
      onConfirm={() =>
        revoke.mutate(token.id, {
          onSuccess: () => {
            notifications.show({ color: 'gray', title: 'Token revoked', message: token.name });
            onClose();
          },
        })
      }
    >
      The token stops working at once: whatever uses it gets “401 Unauthorized” from its next request. This cannot be undone; create a new token if the
      integration should go on.
    </ConfirmModal>
  );
}

function Expiry({ t }: { t: ApiToken }) {
  if (t.expired) {
    return (
      <Badge color="red" variant="light">
        Expired {formatDate(t.expiresAt)}
      </Badge>
    );
  }
  return <>{t.expiresAt ? formatDateTime(t.expiresAt) : 'Never'}</>;
}

export function ApiTokensPage() {
  const me = useMe().data;
  const everyone = canManageAllTokens(me);
  const grantable = grantableScopes(me);
  const { filters, setFilters, paging } = useListUrlState(tokenListCodec);
  const userId = everyone ? filters.userId : null;
  const tokens = useApiTokens(userId, paging.cursor, 50, singleSortParam(filters.sort));
  const sortBy = (field: TokenSortField) => setFilters({ sort: toggleSingleSort<TokenSortField>(filters.sort, field, (f) => f === 'createdAt') });
  const direction = (field: TokenSortField) => sortDirection<TokenSortField>(filters.sort, field);
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<CreatedApiToken | null>(null);
  const [revoking, setRevoking] = useState<ApiToken | null>(null);
  const items = tokens.data?.items ?? [];
  const columns = everyone ? 8 : 7;

  return (
    <>
      <PageHeader
        title="API tokens"
        description={
          everyone
            ? 'Tokens let integrations call the API as the user who created them, limited to the scopes given. As an admin you see and revoke everyone’s.'
            : 'Tokens let integrations (billing, a data warehouse, a CRM) call the API as you, limited to the scopes you give them.'
        }
        actions={
          grantable.length > 0 && (
            <Button onClick={() => setCreating(true)} disabled={!me?.csrfToken} title={me?.csrfToken ? undefined : 'Create tokens from a signed-in browser'}>
              New API token
            </Button>
          )
        }
      />
      {everyone && (
        <Group mb="md" align="flex-end">
          <UserSelect label="User" placeholder="Everyone" value={userId} onChange={(id) => setFilters({ userId: id })} onlyActive={false} w={280} />
        </Group>
      )}
      <Card withBorder p={0}>
        {tokens.isError && !tokens.data ? (
          <Stack p="md">
            <ErrorState error={tokens.error} onRetry={() => void tokens.refetch()} title="Could not load the API tokens" />
          </Stack>
        ) : (
          <Table.ScrollContainer minWidth={everyone ? 1000 : 860}>
            <Table verticalSpacing="sm" highlightOnHover aria-label="API tokens" aria-busy={tokens.isFetching}>
              <Table.Thead>
                <Table.Tr>
                  <SortableTh direction={direction('name')} onSort={() => sortBy('name')}>
                    Name
                  </SortableTh>
                  <Table.Th>Starts with</Table.Th>
                  <Table.Th>Scopes</Table.Th>
                  {everyone && <Table.Th>User</Table.Th>}
                  <SortableTh direction={direction('createdAt')} onSort={() => sortBy('createdAt')}>
                    Created
                  </SortableTh>
                  <Table.Th>Last used</Table.Th>
                  <Table.Th>Expires</Table.Th>
                  <Table.Th>
                    <VisuallyHidden>Actions</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {tokens.isPending && (
                  <Table.Tr>
                    <Table.Td colSpan={columns}>
                      <Skeleton height={18} />
                    </Table.Td>
                  </Table.Tr>
                )}
                {items.map((t) => (
                  <Table.Tr key={t.id} style={{ opacity: tokens.isPlaceholderData ? 0.6 : 1 }}>
                    <Table.Td fw={600}>
                      <Truncated text={t.name} maw="16rem" />
                    </Table.Td>
                    <Table.Td>
                      <Code>{t.prefix}…</Code>
                    </Table.Td>
                    <Table.Td>
                      <Group gap={4} maw={320}>
                        {t.scopes.map((s) => (
                          <Badge key={s} variant="outline" size="sm" tt="none" style={{ flexShrink: 0, overflow: 'visible' }}>
                            {s}
                          </Badge>
                        ))}
                      </Group>
                    </Table.Td>
                    {everyone && (
                      <Table.Td>
                        <Truncated text={t.userName} maw="14rem" />
                      </Table.Td>
                    )}
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(t.createdAt)}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      {t.lastUsedAt ? (
                        formatDateTime(t.lastUsedAt)
                      ) : (
                        <Text span c="dimmed" size="sm">
                          Never
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      <Expiry t={t} />
                    </Table.Td>
                    <Table.Td ta="right">
                      <Button size="xs" variant="subtle" color="red" onClick={() => setRevoking(t)} aria-label={`Revoke ${t.name}`}>
                        Revoke
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {tokens.isSuccess && items.length === 0 && (
          <EmptyState title={userId ? 'This user has no API tokens' : 'No API tokens yet'}>
            {grantable.length > 0 ? 'Create one with “New API token” for each integration, so each can be revoked on its own.' : EMPTY}
          </EmptyState>
        )}
        <ListFooter query={tokens} paging={paging} itemCount={items.length} label={['token', 'tokens']} showPageError />
      </Card>
      {creating && (
        <NewApiTokenModal
          opened
          grantable={grantable}
          onClose={() => setCreating(false)}
          onCreated={(c) => {
            setCreating(false);
            setCreated(c);
          }}
        />
      )}
      <TokenSecretModal
        created={created}
        onDone={() => {
          notifications.show({ color: 'green', title: 'API token created', message: created?.apiToken.name ?? '' });
          setCreated(null);
        }}
      />
      {revoking && <RevokeModal token={revoking} onClose={() => setRevoking(null)} />}
    </>
  );
}
