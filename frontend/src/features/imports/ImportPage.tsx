import { Alert, Anchor, Badge, Button, Card, Group, List, NativeSelect, SimpleGrid, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { errorMessage } from '../../api/problem';
import { CsvUploadCard, ImportFigures, JobProgress } from '../../components/CsvUpload';
import { formatDateTime, formatInteger } from '../../components/format';
import { ListFooter } from '../../components/ListFooter';
import { NO_FILTERS, useListUrlState } from '../../components/list-url-state';
import { PageHeader } from '../../components/PageHeader';
import { EmptyState, ErrorState } from '../../components/QueryState';
import { Truncated } from '../../components/Truncated';
import { useMe } from '../auth/api';
import { canImport } from '../auth/permissions';
import {
  importFileUrl,
  useUploadDataImport,
  useDataImport,
  useImportAction,
  useImports,
  useMapImport,
  useRefusedRows,
  type DataImport,
  type ImportKind,
} from './api';
import { mappingProblem, notImportedSentence, sentMapping, unmappedHeaders, validRows } from './model';

const PAGE_SIZE = 25;
const HISTORY_SIZE = 10;

const WORDS: Record<ImportKind, { title: string; noun: string; back: string; backLabel: string; hint: string }> = {
  ACCOUNTS: {
    title: 'Import accounts',
    noun: 'accounts',
    back: '/accounts',
    backLabel: 'Back to the accounts',
    hint: 'A row updates the account of its external ID when it has one, otherwise the live account of the same name (ignoring case); other rows create accounts. An empty cell leaves the value as it is.',
  },
  CONTACTS: {
    title: 'Import contacts',
    noun: 'contacts',
    back: '/contacts',
    backLabel: 'Back to the contacts',
    hint: 'Each row names its account by external ID or name. Within it, a row updates the contact of its external ID, otherwise the contact of its email; other rows create contacts. An empty cell leaves the value as it is.',
  },
};

const STATUS_TEXT: Record<DataImport['status'], string> = {
  MAPPING: 'Waiting for the column mapping',
  VALIDATING: 'Checking the rows',
  READY: 'Ready to commit',
  COMMITTING: 'Committing',
  COMMITTED: 'Committed',
  FAILED: 'Failed',
  CANCELLED: 'Cancelled',
};

/** The file's columns that are not read, each in a sentence; nothing when every column is read. */
function NotImported({ headers }: { headers: readonly string[] }) {
  if (headers.length === 0) return null;
  return (
    <Alert color="yellow" title="Columns of the file that are not imported">
      <List size="sm" aria-label="Columns not imported">
        {headers.map((header) => (
          <List.Item key={header}>{notImportedSentence(header)}</List.Item>
        ))}
      </List>
    </Alert>
  );
}

/** Which header of the file fills each column: guessed by the server, editable, sent to preview. */
function MappingForm({ imported, onMapped }: { imported: DataImport; onMapped?: () => void }) {
  const [mapping, setMapping] = useState<Record<string, string>>(imported.mapping);
  const [problem, setProblem] = useState<string | null>(null);
  const map = useMapImport();
  const required = new Set(imported.requiredColumns.flatMap((entry) => entry.split(' or ')));
  const send = () => {
    const refusal = mappingProblem(imported.requiredColumns, mapping);
    setProblem(refusal);
    if (!refusal) map.mutate({ id: imported.id, columns: sentMapping(mapping) }, { onSuccess: () => onMapped?.() });
  };
  return (
    <Stack>
      <Title order={3} size="h5">
        Column mapping
      </Title>
      <Text size="sm">Choose the column of your file that fills each field. Fields left on “Not imported” are not read.</Text>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
        {imported.columns.map((column) => (
          <NativeSelect
            key={column}
            label={column}
            withAsterisk={required.has(column)}
            value={mapping[column] ?? ''}
            onChange={(e) => setMapping({ ...mapping, [column]: e.currentTarget.value })}
            data={[{ value: '', label: 'Not imported' }, ...imported.headers.map((h) => ({ value: h, label: h }))]}
          />
        ))}
      </SimpleGrid>
      <NotImported headers={unmappedHeaders(imported.headers, mapping)} />
      {(problem || map.error) && (
        <Alert color="red" title="The mapping was not sent">
          {problem ?? errorMessage(map.error)}
        </Alert>
      )}
      <Group>
        <Button onClick={send} loading={map.isPending}>
          Preview the import
        </Button>
      </Group>
    </Stack>
  );
}

function RefusedRows({ imported }: { imported: DataImport }) {
  const { paging } = useListUrlState(NO_FILTERS, { prefix: 'refused' });
  const rows = useRefusedRows(imported.id, paging.cursor, PAGE_SIZE, imported.refusedRows > 0);
  const items = rows.data?.items ?? [];
  const columns = Object.keys(imported.mapping);
  if (imported.refusedRows === 0) {
    return <Text size="sm">Every row is valid.</Text>;
  }
  return (
    <Stack gap="xs">
      {rows.isError && !rows.data ? (
        <ErrorState error={rows.error} onRetry={() => void rows.refetch()} title="Could not load the refused rows" />
      ) : (
        <Table.ScrollContainer minWidth={720}>
          <Table verticalSpacing="xs" aria-label="Refused rows of the file">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Line</Table.Th>
                <Table.Th>Row</Table.Th>
                <Table.Th>Why it is refused</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.isPending && (
                <Table.Tr>
                  <Table.Td colSpan={3}>
                    <Skeleton height={16} />
                  </Table.Td>
                </Table.Tr>
              )}
              {items.map((r) => (
                <Table.Tr key={r.line} aria-label={`Line ${r.line}`}>
                  <Table.Td>{r.line}</Table.Td>
                  <Table.Td>
                    <Truncated
                      text={columns
                        .map((c) => r.values[c])
                        .filter((v) => v)
                        .join(', ')}
                      maw="18rem"
                    />
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{r.reason}</Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <ListFooter query={rows} paging={paging} itemCount={items.length} label={['refused row', 'refused rows']} pagerWhen="severalPages" />
    </Stack>
  );
}

function CurrentImport({ id, kind }: { id: string; kind: ImportKind }) {
  const imported = useDataImport(id);
  const commit = useImportAction('commit');
  const cancel = useImportAction('cancel');
  const [remapping, setRemapping] = useState(false);
  const current = imported.data;
  if (imported.isPending) return <Skeleton height={80} />;
  if (imported.isError) return <ErrorState error={imported.error} onRetry={() => void imported.refetch()} title="Could not load the import" />;
  if (!current) return null;
  const valid = validRows(current);
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2} size="h4" id="import-status-title">
          {current.fileName}
        </Title>
        <Text size="sm" fw={600} aria-label="Import status">
          {STATUS_TEXT[current.status]}
        </Text>
      </Group>
      {(current.status === 'MAPPING' || (current.status === 'READY' && remapping)) && <MappingForm imported={current} onMapped={() => setRemapping(false)} />}
      {current.status === 'VALIDATING' && <JobProgress text="Checking rows" done={current.validatedRows} of={current.totalRows} label="Preview progress" />}
      {current.status === 'FAILED' && <Alert color="red">{current.failure}</Alert>}
      {current.status === 'CANCELLED' && <Text size="sm">This import was cancelled; nothing of it was written.</Text>}
      {current.status === 'READY' && !remapping && (
        <>
          <ImportFigures
            facts={[
              ['Rows in the file', current.totalRows],
              ['Will be created', current.willCreate],
              ['Will be updated', current.willUpdate],
              ['Unchanged', current.willLeaveUnchanged],
              ['Refused rows', current.refusedRows],
            ]}
          />
          <NotImported headers={current.unmappedHeaders} />
          <Title order={3} size="h5">
            Refused rows
          </Title>
          <RefusedRows imported={current} />
          {(commit.error || cancel.error) && <Alert color="red">{errorMessage(commit.error ?? cancel.error)}</Alert>}
          <Group>
            <Button onClick={() => commit.mutate(current.id)} loading={commit.isPending} disabled={valid === 0}>
              Commit {formatInteger(valid)} valid {valid === 1 ? 'row' : 'rows'}
            </Button>
            <Button variant="default" onClick={() => setRemapping(true)}>
              Change the mapping
            </Button>
            <Button variant="default" onClick={() => cancel.mutate(current.id)} loading={cancel.isPending}>
              Cancel the import
            </Button>
          </Group>
        </>
      )}
      {current.status === 'COMMITTING' && (
        <JobProgress text={`Writing ${WORDS[kind].noun}`} done={current.committedRows + current.failedRows} of={valid} label="Commit progress" />
      )}
      {current.status === 'COMMITTED' && (
        <>
          <ImportFigures
            facts={[
              ['Created', current.created],
              ['Updated', current.updated],
              ['Unchanged', current.unchanged],
              ['Refused rows', current.refusedRows],
            ]}
          />
          {current.failedRows > 0 && (
            <Alert color="yellow">
              {formatInteger(current.failedRows)} {current.failedRows === 1 ? 'row was' : 'rows were'} refused while committing because the data changed after
              the preview; they are listed below.
            </Alert>
          )}
          {current.refusedRows > 0 && <RefusedRows imported={current} />}
          <Group>
            <Anchor component={Link} to={WORDS[kind].back}>
              {WORDS[kind].backLabel}
            </Anchor>
          </Group>
        </>
      )}
    </Stack>
  );
}

/** Past imports of this kind: who, when, the counts, and the file to download again. */
function History({ kind, onOpen }: { kind: ImportKind; onOpen: (id: string) => void }) {
  const { paging } = useListUrlState(NO_FILTERS, { prefix: 'history' });
  const list = useImports(kind, paging.cursor, HISTORY_SIZE);
  const items = list.data?.items ?? [];
  return (
    <Stack gap="xs">
      <Title order={2} size="h4" id="import-history-title">
        Past imports
      </Title>
      {list.isError && !list.data ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} title="Could not load the past imports" />
      ) : !list.isPending && items.length === 0 ? (
        <EmptyState title="No imports yet">Imports you start here are listed with who started them, when, and what they did.</EmptyState>
      ) : (
        <Table.ScrollContainer minWidth={760}>
          <Table verticalSpacing="xs" aria-label="Past imports">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>File</Table.Th>
                <Table.Th>Started</Table.Th>
                <Table.Th>By</Table.Th>
                <Table.Th>Status</Table.Th>
                <Table.Th ta="right">Created</Table.Th>
                <Table.Th ta="right">Updated</Table.Th>
                <Table.Th ta="right">Refused</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.isPending && (
                <Table.Tr>
                  <Table.Td colSpan={7}>
                    <Skeleton height={16} />
                  </Table.Td>
                </Table.Tr>
              )}
              {items.map((i) => (
                <Table.Tr key={i.id}>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      <Anchor component="button" type="button" onClick={() => onOpen(i.id)}>
                        <Truncated text={i.fileName} maw="14rem" />
                      </Anchor>
                      <Anchor href={importFileUrl(i.id)} download size="sm" aria-label={`Download ${i.fileName}`}>
                        Download
                      </Anchor>
                    </Group>
                  </Table.Td>
                  <Table.Td>{formatDateTime(i.createdAt)}</Table.Td>
                  <Table.Td>{i.createdByName ?? 'System'}</Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={i.status === 'FAILED' ? 'red' : i.status === 'COMMITTED' ? 'green' : 'gray'}>
                      {STATUS_TEXT[i.status]}
                    </Badge>
                  </Table.Td>
                  <Table.Td ta="right">{formatInteger(i.created)}</Table.Td>
                  <Table.Td ta="right">{formatInteger(i.updated)}</Table.Td>
                  <Table.Td ta="right">{formatInteger(i.refusedRows)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <ListFooter query={list} paging={paging} itemCount={items.length} label={['import', 'imports']} pagerWhen="severalPages" />
    </Stack>
  );
}

/** CSV import of accounts or contacts: file, column mapping, preview of refused rows, commit with progress, history. */
export function ImportPage({ kind }: { kind: ImportKind }) {
  const me = useMe().data;
  const words = WORDS[kind];
  const [searchParams, setSearchParams] = useSearchParams();
  const importId = searchParams.get('import') ?? undefined;
  const upload = useUploadDataImport(kind);
  if (me && !canImport(me, kind)) {
    return (
      <Stack>
        <PageHeader title={words.title} />
        <Alert color="yellow">Only managers and admins import {words.noun}.</Alert>
      </Stack>
    );
  }

  return (
    <Stack>
      <PageHeader
        title={words.title}
        description={words.hint}
        actions={
          <Button component={Link} to={words.back} variant="default">
            {words.backLabel}
          </Button>
        }
      />
      <CsvUploadCard
        description="UTF-8 CSV whose first line names the columns; you choose which column fills which field next. Nothing is written before you commit."
        upload={upload}
        onUploaded={(id) => setSearchParams({ import: id })}
      />
      {importId && (
        <Card withBorder component="section" aria-labelledby="import-status-title">
          <CurrentImport key={importId} id={importId} kind={kind} />
        </Card>
      )}
      <Card withBorder component="section" aria-labelledby="import-history-title">
        <History kind={kind} onOpen={(id) => setSearchParams({ import: id })} />
      </Card>
    </Stack>
  );
}

export function AccountsImportPage() {
  return <ImportPage kind="ACCOUNTS" />;
}

export function ContactsImportPage() {
  return <ImportPage kind="CONTACTS" />;
}
