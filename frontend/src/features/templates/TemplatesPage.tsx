import { Anchor, Badge, Button, Card, Group, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { formatDateTime } from '../../components/format';
import { ListFooter } from '../../components/ListFooter';
import { NO_FILTERS, useListUrlState } from '../../components/list-url-state';
import { PageHeader } from '../../components/PageHeader';
import { EmptyState, ErrorState } from '../../components/QueryState';
import { SkeletonRows } from '../../components/SkeletonRows';
import { useMe } from '../auth/api';
import { canEditTemplates } from '../auth/permissions';
import { useTemplatePage } from './api';
import { questionSummary } from './editor-model';
import { CopyButton } from './TemplateEditorPage';

export function TemplatesPage() {
  const me = useMe().data;
  const canEdit = canEditTemplates(me);
  const { paging } = useListUrlState(NO_FILTERS);
  const page = useTemplatePage(paging.cursor);
  const items = page.data?.items ?? [];

  return (
    <>
      <PageHeader
        title="Survey templates"
        description={
          canEdit
            ? 'The questions customers answer in a QBR. A template no QBR uses yet can be changed; one in use is kept as it is, so copy it to change it.'
            : 'The questions customers answer in a QBR. Managers create and change templates.'
        }
        actions={
          canEdit && (
            <Button component={Link} to="/templates/new">
              New template
            </Button>
          )
        }
      />
      <Card withBorder p={0}>
        {page.isError && !page.data ? (
          <ErrorState error={page.error} onRetry={() => void page.refetch()} title="Could not load the templates" />
        ) : (
          <Table.ScrollContainer minWidth={720}>
            <Table verticalSpacing="sm" aria-label="Survey templates" aria-busy={page.isFetching}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Name</Table.Th>
                  <Table.Th>Questions</Table.Th>
                  <Table.Th>Status</Table.Th>
                  <Table.Th>Last changed</Table.Th>
                  {canEdit && <Table.Th aria-label="Actions" />}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {page.isPending && <SkeletonRows columns={canEdit ? 5 : 4} />}
                {items.map((t) => (
                  <Table.Tr key={t.id}>
                    <Table.Td style={{ maxWidth: 420, overflowWrap: 'anywhere' }}>
                      <Anchor component={Link} to={`/templates/${t.id}`} fw={600}>
                        {t.name}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{questionSummary(t.questions)}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Group gap={4}>
                        {t.isDefault && <Badge variant="light">Default</Badge>}
                        {t.inUse ? (
                          <Badge variant="light" color="gray" title="Used by QBRs: read-only, copy it to change it">
                            In use
                          </Badge>
                        ) : (
                          <Badge variant="light" color="green">
                            Editable
                          </Badge>
                        )}
                      </Group>
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      <Text size="sm">{formatDateTime(t.updatedAt)}</Text>
                    </Table.Td>
                    {canEdit && (
                      <Table.Td ta="right">
                        <CopyButton template={t} variant="subtle" label="Copy" />
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {page.isSuccess && items.length === 0 && <EmptyState title="No templates yet">Create one to ask customers your own questions.</EmptyState>}
        <ListFooter query={page} paging={paging} itemCount={items.length} label={['template', 'templates']} />
      </Card>
    </>
  );
}
