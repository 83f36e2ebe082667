import { Alert, Anchor, Button, Card, Group, Modal, Skeleton, Stack, Table, Text, TextInput, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { errorMessage } from '../../api/problem';
import { rules } from '../../api/rules';
import { ConfirmModal } from '../../components/ConfirmModal';
import { Markdown } from '../../components/Markdown';
import { PageHeader } from '../../components/PageHeader';
import { EmptyState, ErrorState } from '../../components/QueryState';
import { tooLong } from '../../components/text-check';
import { useMe } from '../auth/api';
import { canManage } from '../auth/permissions';
import { useCompetitors, useCreateCompetitor, useDeleteCompetitor, useUpdateCompetitor, type Competitor } from './api';

const LIMITS = rules.limits.CompetitorInput;

type Usage = Competitor['usage'];

const usageCount = (u: Usage) => u.whitespaceCells + u.offeringGaps + u.lostOpportunities + u.revenueAlerts;

/** "1 whitespace cell, 2 lost deals": each count with its own plural; "nothing" when none. */
export function usageWords(u: Usage): string {
  const parts = (
    [
      [u.whitespaceCells, 'whitespace cell', 'whitespace cells'],
      [u.offeringGaps, 'offering gap', 'offering gaps'],
      [u.lostOpportunities, 'lost deal', 'lost deals'],
      [u.revenueAlerts, 'revenue alert', 'revenue alerts'],
    ] as const
  )
    .filter(([n]) => n > 0)
    .map(([n, one, many]) => `${n} ${n === 1 ? one : many}`);
  return parts.length === 0 ? 'nothing' : parts.join(', ');
}

/** Settings, Competitors: the list loss reasons, alert causes, whitespace cells and offering gaps name. */
export function CompetitorsPage() {
  const me = useMe().data;
  const competitors = useCompetitors();
  const remove = useDeleteCompetitor();
  const [editing, setEditing] = useState<Competitor | 'new' | null>(null);
  const [deleting, setDeleting] = useState<Competitor | null>(null);
  const manager = canManage(me);
  const items = competitors.data?.items;
  const del = (c: Competitor) =>
    remove.mutate(
      { id: c.id, version: c.version },
      {
        onSuccess: () => {
          setDeleting(null);
          notifications.show({ color: 'green', title: 'Competitor deleted', message: c.name });
        },
      },
    );
  return (
    <>
      <PageHeader
        title="Competitors"
        description="Who we meet in our accounts. Loss reasons, revenue alert causes, whitespace cells and offering gaps name them."
        actions={manager ? <Button onClick={() => setEditing('new')}>Add competitor</Button> : undefined}
      />
      {!manager && <Alert mb="md">Only managers change this list; ask one to add a competitor you meet.</Alert>}
      <Card withBorder>
        {competitors.isError && !items && (
          <ErrorState error={competitors.error} onRetry={() => void competitors.refetch()} title="Could not load the competitors" />
        )}
        {!items && !competitors.isError && <Skeleton height={120} />}
        {items && items.length === 0 && <EmptyState title="No competitor yet">Add the competitors you meet in your accounts.</EmptyState>}
        {items && items.length > 0 && (
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Name</Table.Th>
                <Table.Th>Website</Table.Th>
                <Table.Th>Named by</Table.Th>
                {manager && <Table.Th aria-label="Actions" />}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((c) => (
                <Table.Tr key={c.id}>
                  <Table.Td>
                    <Text fw={500}>{c.name}</Text>
                    {c.notes && (
                      <Text size="xs" c="dimmed" component="div">
                        <Markdown text={c.notes} size="xs" />
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {c.website && (
                      <Anchor href={c.website} target="_blank" rel="noreferrer">
                        {c.website}
                      </Anchor>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{usageWords(c.usage)}</Text>
                  </Table.Td>
                  {manager && (
                    <Table.Td>
                      <Group gap="xs" justify="flex-end">
                        <Button size="xs" variant="default" onClick={() => setEditing(c)}>
                          Edit
                        </Button>
                        <Button
                          size="xs"
                          color="red"
                          variant="light"
                          aria-label={`Delete ${c.name}`}
                          onClick={() => {
                            remove.reset();
                            setDeleting(c);
                          }}
                        >
                          Delete
                        </Button>
                      </Group>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Card>
      {editing && <CompetitorModal competitor={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
      <ConfirmModal
        opened={deleting !== null}
        title={`Delete ${deleting?.name ?? 'the competitor'}?`}
        confirmLabel="Delete competitor"
        failedTitle="Not deleted"
        error={remove.error}
        pending={remove.isPending}
        onClose={() => setDeleting(null)}
        onConfirm={() => deleting && del(deleting)}
      >
        {deleting && usageCount(deleting.usage) > 0
          ? `${deleting.name} is named by ${usageWords(deleting.usage)}, so the server will keep it on the list until those records change.`
          : `${deleting?.name ?? 'The competitor'} is removed from the list. This cannot be undone.`}
      </ConfirmModal>
    </>
  );
}

function CompetitorModal({ competitor, onClose }: { competitor: Competitor | null; onClose: () => void }) {
  const create = useCreateCompetitor();
  const update = useUpdateCompetitor();
  const [name, setName] = useState(competitor?.name ?? '');
  const [website, setWebsite] = useState(competitor?.website ?? '');
  const [notes, setNotes] = useState(competitor?.notes ?? '');
  const [failure, setFailure] = useState<string | null>(null);
  const errors = {
    name: name.trim() === '' ? undefined : tooLong(name.trim(), LIMITS.name.maxLength),
    website: tooLong(website.trim(), LIMITS.website.maxLength),
    notes: tooLong(notes.trim(), LIMITS.notes.maxLength),
  };
  const [nameMissing, setNameMissing] = useState<string | undefined>();
  const submit = async () => {
    if (name.trim() === '') {
      setNameMissing('Enter the competitor’s name.');
      return;
    }
    if (errors.name || errors.website || errors.notes) return;
    const body = { name: name.trim(), website: website.trim() || null, notes: notes.trim() || null };
    try {
      if (competitor) await update.mutateAsync({ id: competitor.id, version: competitor.version, patch: body });
      else await create.mutateAsync(body);
      notifications.show({ color: 'green', title: 'Competitor saved', message: body.name });
      onClose();
    } catch (err) {
      setFailure(errorMessage(err));
    }
  };
  return (
    <Modal opened onClose={onClose} title={competitor ? `Edit ${competitor.name}` : 'Add a competitor'}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <Stack>
          <TextInput
            label="Name"
            required
            value={name}
            error={nameMissing ?? errors.name}
            onChange={(e) => {
              setName(e.currentTarget.value);
              setNameMissing(undefined);
            }}
          />
          <TextInput label="Website" value={website} error={errors.website} onChange={(e) => setWebsite(e.currentTarget.value)} />
          <Textarea
            label="Notes"
            description="Markdown"
            autosize
            minRows={3}
            value={notes}
            error={errors.notes}
            onChange={(e) => setNotes(e.currentTarget.value)}
          />
          {failure && <Alert color="red">{failure}</Alert>}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={create.isPending || update.isPending}>
              Save
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
