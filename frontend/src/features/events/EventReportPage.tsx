import { Card, Group, Stack, Table } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import dayjs from 'dayjs';
import { useSearchParams } from 'react-router';
import { formatInteger, formatMoney, isoDate } from '../../components/format';
import { PageHeader } from '../../components/PageHeader';
import { ErrorState, LoadingState } from '../../components/QueryState';
import { NotAllowed } from '../auth/NotAllowed';
import { useMe } from '../auth/api';
import { canManage } from '../auth/permissions';
import { useEventReport } from './api';
import { EVENT_LABEL } from './model';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

const percent = (part: number, whole: number): string => (whole === 0 ? '—' : `${Math.round((100 * part) / whole)}%`);

/** Managers: compelling events → opportunities created from them → won, by event type, for a period. */
export function EventReportPage() {
  const me = useMe().data;
  const [params, setParams] = useSearchParams();
  const to = DATE.test(params.get('to') ?? '') ? (params.get('to') as string) : isoDate();
  const from = DATE.test(params.get('from') ?? '') ? (params.get('from') as string) : isoDate(dayjs(to).subtract(1, 'year').add(1, 'day'));
  const report = useEventReport(from, to);
  if (me && !canManage(me)) return <NotAllowed title="Compelling events report">The events report is for managers and admins.</NotAllowed>;
  const set = (key: 'from' | 'to', value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  const rows = report.data?.items ?? [];
  const totals = rows.reduce(
    (t, r) => ({
      events: t.events + r.events,
      withOpp: t.withOpp + r.eventsWithOpportunity,
      opps: t.opps + r.opportunities,
      won: t.won + r.won,
      wonAmount: t.wonAmount + r.wonAmount,
    }),
    { events: 0, withOpp: 0, opps: 0, won: 0, wonAmount: 0 },
  );
  return (
    <Stack gap="md">
      <PageHeader
        title="Compelling events report"
        description="For the events that happened in the period: how many led to an opportunity, and how many of those were won."
      />
      <Group>
        <DateInput label="From" valueFormat="YYYY-MM-DD" value={from} onChange={(v) => set('from', v)} maxDate={to} />
        <DateInput label="To" valueFormat="YYYY-MM-DD" value={to} onChange={(v) => set('to', v)} minDate={from} />
      </Group>
      <Card withBorder p={0}>
        {report.isError ? (
          <Stack p="md">
            <ErrorState error={report.error} onRetry={() => void report.refetch()} title="Could not load the report" />
          </Stack>
        ) : report.isPending ? (
          <LoadingState />
        ) : (
          <Table.ScrollContainer minWidth={760}>
            <Table aria-label="Events to opportunities to won, by type">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Event type</Table.Th>
                  <Table.Th ta="right">Events</Table.Th>
                  <Table.Th ta="right">Led to an opportunity</Table.Th>
                  <Table.Th ta="right">Opportunities</Table.Th>
                  <Table.Th ta="right">Pipeline</Table.Th>
                  <Table.Th ta="right">Won</Table.Th>
                  <Table.Th ta="right">Won amount</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((r) => (
                  <Table.Tr key={r.type}>
                    <Table.Th scope="row" fw={500}>
                      {EVENT_LABEL[r.type]}
                    </Table.Th>
                    <Table.Td ta="right">{formatInteger(r.events)}</Table.Td>
                    <Table.Td ta="right">
                      {formatInteger(r.eventsWithOpportunity)} ({percent(r.eventsWithOpportunity, r.events)})
                    </Table.Td>
                    <Table.Td ta="right">{formatInteger(r.opportunities)}</Table.Td>
                    <Table.Td ta="right">{formatMoney(r.opportunityAmount)}</Table.Td>
                    <Table.Td ta="right">
                      {formatInteger(r.won)} ({percent(r.won, r.opportunities)})
                    </Table.Td>
                    <Table.Td ta="right">{formatMoney(r.wonAmount)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
              <Table.Tfoot>
                <Table.Tr>
                  <Table.Th scope="row">All types</Table.Th>
                  <Table.Th ta="right">{formatInteger(totals.events)}</Table.Th>
                  <Table.Th ta="right">
                    {formatInteger(totals.withOpp)} ({percent(totals.withOpp, totals.events)})
                  </Table.Th>
                  <Table.Th ta="right">{formatInteger(totals.opps)}</Table.Th>
                  <Table.Th />
                  <Table.Th ta="right">
                    {formatInteger(totals.won)} ({percent(totals.won, totals.opps)})
                  </Table.Th>
                  <Table.Th ta="right">{formatMoney(totals.wonAmount)}</Table.Th>
                </Table.Tr>
              </Table.Tfoot>
            </Table>
          </Table.ScrollContainer>
        )}
      </Card>
    </Stack>
  );
}
