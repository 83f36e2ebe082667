import { Alert, Button, Card, Group, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { useSearchParams } from 'react-router';
import { errorMessage } from '../../api/problem';
import { CsvUploadCard, ImportFigures, JobProgress } from '../../components/CsvUpload';
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

function Counts({ imported }: { imported: RevenueImport }) {
  const facts: [string, number][] = [
    ['Rows in the file', imported.totalRows],
    ['Valid rows', imported.validRows],
    ['Refused rows', imported.refusedRows],
  ];
  if (imported.status === 'COMMITTED') {
    facts.push(['Lines created', imported.created], ['Lines updated', imported.updated], ['Lines unchanged', imported.unchanged]);
  }
  return <ImportFigures facts={facts} />;
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
  const imported = useRevenueImport(importId);
  const commit = useImportAction('commit');
  const cancel = useImportAction('cancel');
  const current = imported.data;

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
      <CsvUploadCard
        description={
          <>
            The first line names the columns: <code>account_id</code> or <code>account_external_id</code>, <code>sku</code>, <code>period</code> (YYYY-MM),{' '}
            <code>quantity</code>, <code>amount</code> (a dot for decimals, no thousands separators), <code>currency</code> and, optionally, <code>source</code>
            . Sending a month again replaces it. Nothing lands before you commit.
          </>
        }
        upload={uploadImport}
        onUploaded={(id) => setSearchParams({ import: id })}
      />
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
                  <JobProgress text="Checking rows" done={current.validatedRows} of={current.totalRows} label="Validation progress" />
                )}
                {current.status === 'COMMITTING' && (
                  <JobProgress text="Landing lines" done={current.committedRows} of={current.validRows} label="Commit progress" />
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
