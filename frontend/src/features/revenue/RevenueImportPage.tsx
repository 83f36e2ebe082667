import { Alert, Button, Card, FileInput, Group, Progress, SimpleGrid, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { errorMessage } from '../../api/problem';
import { formatInteger } from '../../components/format';
import { ListFooter } from '../../components/ListFooter';
import { NO_FILTERS, useListUrlState } from '../../components/list-url-state';
import { PageHeader } from '../../components/PageHeader';
import { ErrorState } from '../../components/QueryState';
import { Truncated } from '../../components/Truncated';
import { useMe } from '../auth/api';
import { canManageRevenue } from '../auth/permissions';
import { uploadImport, useImportAction, useRefusedRows, useRevenueImport, type RevenueImport } from './api';

const PAGE_SIZE = 25;

function percent(done: number, of: number): number {
  return of <= 0 ? 0 : Math.min(100, Math.round((done / of) * 100));
}

function Counts({ imported }: { imported: RevenueImport }) {
  const facts: [string, number][] = [
    ['Rows in the file', imported.totalRows],
    ['Valid rows', imported.validRows],
    ['Refused rows', imported.refusedRows],
  ];
  if (imported.status === 'COMMITTED') {
    facts.push(['Lines created', imported.created], ['Lines updated', imported.updated], ['Lines unchanged', imported.unchanged]);
  }
  return (
    <SimpleGrid cols={{ base: 2, sm: 3 }}>
      {facts.map(([label, value]) => (
        <Stack gap={0} key={label}>
          <Text size="xs" c="dimmed">
            {label}
          </Text>
          <Text fw={600} aria-label={label}>
            {formatInteger(value)}
          </Text>
        </Stack>
      ))}
    </SimpleGrid>
  );
}

function RefusedRows({ imported }: { imported: RevenueImport }) {
  const { paging } = useListUrlState(NO_FILTERS, { prefix: 'refused' });
  const rows = useRefusedRows(imported.id, true, paging.cursor, PAGE_SIZE);
  const items = rows.data?.items ?? [];
  if (imported.refusedRows === 0) {
    return <Text size="sm">Every row is valid.</Text>;
  }
  return (
    <Stack gap="xs">
      {rows.isError && !rows.data ? (
        <ErrorState error={rows.error} onRetry={() => void rows.refetch()} title="Could not load the refused rows" />
      ) : (
        <Table.ScrollContainer minWidth={820}>
          <Table verticalSpacing="xs" aria-label="Refused rows of the file">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Line</Table.Th>
                <Table.Th>Account</Table.Th>
                <Table.Th>SKU</Table.Th>
                <Table.Th>Month</Table.Th>
                <Table.Th>Quantity</Table.Th>
                <Table.Th>Amount</Table.Th>
                <Table.Th>Why it is refused</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.isPending && (
                <Table.Tr>
                  <Table.Td colSpan={7}>
                    <Skeleton height={16} />
                  </Table.Td>
                </Table.Tr>
              )}
              {items.map((r) => (
                <Table.Tr key={r.line} aria-label={`Line ${r.line}`}>
                  <Table.Td>{r.line}</Table.Td>
                  <Table.Td>
                    <Truncated text={r.accountExternalId ?? r.accountId ?? ''} maw="12rem" />
                  </Table.Td>
                  <Table.Td>
                    <Truncated text={r.sku ?? ''} maw="10rem" />
                  </Table.Td>
                  <Table.Td>{r.period}</Table.Td>
                  <Table.Td>{r.quantity}</Table.Td>
                  <Table.Td>{r.amount}</Table.Td>
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

/** CSV import of revenue lines: upload (streamed, with progress), the preview of refused rows, commit, result. */
export function RevenueImportPage() {
  const me = useMe().data;
  const [searchParams, setSearchParams] = useSearchParams();
  const importId = searchParams.get('import') ?? undefined;
  const [file, setFile] = useState<File | null>(null);
  const [sent, setSent] = useState<{ sent: number; total: number } | null>(null);
  const [uploadError, setUploadError] = useState<string | null>(null);
  const imported = useRevenueImport(importId);
  const commit = useImportAction('commit');
  const cancel = useImportAction('cancel');
  const current = imported.data;

  const upload = async () => {
    if (!file) {
      setUploadError('Choose a CSV file to import.');
      return;
    }
    setUploadError(null);
    setSent({ sent: 0, total: file.size });
    try {
      const created = await uploadImport(file, (s, total) => setSent({ sent: s, total }));
      setSearchParams({ import: created.id });
      setFile(null);
    } catch (e) {
      setUploadError(errorMessage(e));
    } finally {
      setSent(null);
    }
  };

  if (me && !canManageRevenue(me)) {
    return (
      <Stack>
        <PageHeader title="Import revenue lines" />
        <Alert color="yellow">Only managers and admins import revenue lines.</Alert>
      </Stack>
    );
  }

  return (
    <Stack>
      <PageHeader title="Import revenue lines" />
      <Card withBorder component="section" aria-labelledby="import-upload-title">
        <Stack>
          <Title order={2} size="h4" id="import-upload-title">
            Upload a CSV file
          </Title>
          <Text size="sm">
            The first line names the columns: <code>account_id</code> or <code>account_external_id</code>, <code>sku</code>, <code>period</code> (YYYY-MM),{' '}
            <code>quantity</code>, <code>amount</code> (a dot for decimals, no thousands separators), <code>currency</code> and, optionally, <code>source</code>
            . Sending a month again replaces it. Nothing lands before you commit.
          </Text>
          <Group align="end">
            <FileInput
              label="CSV file"
              placeholder="Choose a file"
              accept=".csv,text/csv"
              value={file}
              onChange={setFile}
              clearable
              w={360}
              disabled={sent !== null}
            />
            <Button onClick={() => void upload()} loading={sent !== null} disabled={!file}>
              Upload
            </Button>
          </Group>
          {sent && (
            <Stack gap={4}>
              <Text size="sm">
                Uploading: {formatInteger(Math.round(sent.sent / 1024))} of {formatInteger(Math.round(sent.total / 1024))} KB
              </Text>
              <Progress value={percent(sent.sent, sent.total)} aria-label="Upload progress" />
            </Stack>
          )}
          {uploadError && (
            <Alert color="red" title="The file was not imported">
              {uploadError}
            </Alert>
          )}
        </Stack>
      </Card>
      {importId && (
        <Card withBorder component="section" aria-labelledby="import-status-title">
          {imported.isPending ? (
            <Skeleton height={80} />
          ) : imported.isError ? (
            <ErrorState error={imported.error} onRetry={() => void imported.refetch()} title="Could not load the import" />
          ) : (
            current && (
              <Stack>
                <Group justify="space-between">
                  <Title order={2} size="h4" id="import-status-title">
                    {current.fileName}
                  </Title>
                  <Text size="sm" fw={600} aria-label="Import status">
                    {STATUS_TEXT[current.status]}
                  </Text>
                </Group>
                {current.status === 'VALIDATING' && (
                  <Stack gap={4}>
                    <Text size="sm">
                      Checking rows: {formatInteger(current.validatedRows)} of {formatInteger(current.totalRows)}
                    </Text>
                    <Progress value={percent(current.validatedRows, current.totalRows)} aria-label="Validation progress" />
                  </Stack>
                )}
                {current.status === 'COMMITTING' && (
                  <Stack gap={4}>
                    <Text size="sm">
                      Landing lines: {formatInteger(current.committedRows)} of {formatInteger(current.validRows)}
                    </Text>
                    <Progress value={percent(current.committedRows, current.validRows)} aria-label="Commit progress" />
                  </Stack>
                )}
                {current.status === 'FAILED' && <Alert color="red">{current.failure}</Alert>}
                {current.status !== 'UPLOADING' && current.status !== 'VALIDATING' && current.status !== 'FAILED' && <Counts imported={current} />}
                {current.status === 'READY' && (
                  <>
                    <Title order={3} size="h5">
                      Refused rows
                    </Title>
                    <RefusedRows imported={current} />
                    {(commit.error || cancel.error) && <Alert color="red">{errorMessage(commit.error ?? cancel.error)}</Alert>}
                    <Group>
                      <Button onClick={() => commit.mutate(current.id)} loading={commit.isPending} disabled={current.validRows === 0}>
                        Commit {formatInteger(current.validRows)} valid {current.validRows === 1 ? 'row' : 'rows'}
                      </Button>
                      <Button variant="default" onClick={() => cancel.mutate(current.id)} loading={cancel.isPending}>
                        Cancel the import
                      </Button>
                    </Group>
                  </>
                )}
              </Stack>
            )
          )}
        </Card>
      )}
    </Stack>
  );
}

const STATUS_TEXT: Record<RevenueImport['status'], string> = {
  UPLOADING: 'Uploading',
  VALIDATING: 'Checking the rows',
  READY: 'Ready to commit',
  COMMITTING: 'Committing',
  COMMITTED: 'Committed',
  FAILED: 'Failed',
  CANCELLED: 'Cancelled',
};
