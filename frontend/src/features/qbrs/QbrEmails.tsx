import { Alert, Badge, Button, Popover, Stack, Table, Text, type MantineColor } from '@mantine/core';
import { EMPTY, formatDateTime } from '../../components/format';
import { useEmailSettings, useQbrEmails, type QbrEmailView, type QbrSummary } from './api';

const EMAIL_LABEL: Record<QbrEmailView['email'], string> = {
  INVITATION: 'Invitation',
  FIRST_REMINDER: 'Reminder, day 5',
  SECOND_REMINDER: 'Reminder, day 10',
  THANK_YOU: 'Thank-you',
};

const STATUS_COLOR: Record<QbrEmailView['status'], MantineColor> = { PENDING: 'gray', SENT: 'teal', FAILED: 'red', CANCELLED: 'dark' };

function statusLabel(e: QbrEmailView): string {
  if (e.status === 'SENT') return `Sent ${formatDateTime(e.doneAt)}`;
  if (e.status === 'FAILED') return `Failed after ${e.attempts} attempts`;
  if (e.status === 'CANCELLED') return 'Not sent';
  return e.attempts > 0 ? `Retrying ${formatDateTime(e.dueAt)}` : `Due ${formatDateTime(e.dueAt)}`;
}

/** Says, above a QBR list, that survey links go out by hand when this server sends no e-mail. */
export function EmailNotConfiguredNotice() {
  const settings = useEmailSettings();
  if (settings.data?.configured !== false) return null;
  return (
    <Alert color="yellow" title="Survey links are sent by hand" role="status">
      E-mail is not set up on this server, so Stratum sends no invitations, reminders or thank-yous. Copy each survey link when you create it and send it to the
      customer yourself.
    </Alert>
  );
}

/**
 * The invitation e-mails of one QBR in a table cell: sent, pending, failed (per recipient in the popover), or "by hand"
 * when the server sends no e-mail.
 */
export function QbrEmailCell({ round }: { round: QbrSummary }) {
  const settings = useEmailSettings();
  const relevant = round.status !== 'SCHEDULED' && settings.data?.configured === true;
  const emails = useQbrEmails(round.id, relevant);
  if (settings.data?.configured === false) {
    return round.status === 'SCHEDULED' ? <span>{EMPTY}</span> : <Text size="sm">By hand</Text>;
  }
  if (!relevant) return <span aria-label="No e-mail yet">{EMPTY}</span>;
  if (emails.isPending) return <Text size="sm">…</Text>;
  if (emails.isError) return <Text size="sm">Unknown</Text>;
  const items = emails.data.items;
  const invitations = items.filter((e) => e.email === 'INVITATION');
  if (items.length === 0) return <Text size="sm">None</Text>;
  const latest = invitations.filter((e) => e.status !== 'CANCELLED');
  const shown = latest.length > 0 ? latest : invitations;
  let summary: { label: string; color: MantineColor };
  if (shown.some((e) => e.status === 'FAILED')) summary = { label: 'Failed', color: 'red' };
  else if (shown.some((e) => e.status === 'PENDING')) summary = { label: shown.some((e) => e.attempts > 0) ? 'Retrying' : 'Pending', color: 'orange' };
  else if (shown.length > 0 && shown.every((e) => e.status === 'SENT')) summary = { label: 'Sent', color: 'teal' };
  else summary = { label: 'Not sent', color: 'gray' };
  return (
    <Popover width={520} position="bottom-end" withArrow shadow="md">
      <Popover.Target>
        <Button size="compact-sm" variant="light" color={summary.color} aria-label={`Invitation e-mail: ${summary.label}. Show every e-mail of this QBR`}>
          {summary.label}
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap="xs">
          <Text size="sm" fw={600}>
            E-mails of this QBR
          </Text>
          <Table fz="sm" verticalSpacing={4} aria-label="E-mails of this QBR">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>E-mail</Table.Th>
                <Table.Th>To</Table.Th>
                <Table.Th>Status</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((e) => (
                <Table.Tr key={e.id}>
                  <Table.Td>{EMAIL_LABEL[e.email]}</Table.Td>
                  <Table.Td style={{ wordBreak: 'break-all' }}>{e.recipient}</Table.Td>
                  <Table.Td>
                    <Badge size="sm" variant="light" color={STATUS_COLOR[e.status]} style={{ overflow: 'visible' }}>
                      {statusLabel(e)}
                    </Badge>
                    {e.detail && (
                      <Text size="xs" c="dimmed">
                        {e.detail}
                      </Text>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
