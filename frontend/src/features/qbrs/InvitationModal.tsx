import { ActionIcon, Alert, Anchor, Button, CopyButton, Group, Modal, Stack, Text, TextInput, Tooltip } from '@mantine/core';
import { useState } from 'react';
import { errorMessage } from '../../api/problem';
import { formatDateTime } from '../../components/format';
import { useEmailSettings, useQbr, useSendInvitation, type Invitation, type QbrSummary } from './api';
import { QbrRespondents } from './QbrRespondents';

function CopyIcon({ copied }: { copied: boolean }) {
  return copied ? (
    <svg viewBox="0 0 24 24" width="16" height="16" aria-hidden fill="none" stroke="currentColor" strokeWidth="2.5">
      <path d="M5 12l5 5L20 7" />
    </svg>
  ) : (
    <svg viewBox="0 0 24 24" width="16" height="16" aria-hidden fill="none" stroke="currentColor" strokeWidth="2">
      <rect x="9" y="9" width="11" height="11" rx="2" />
      <path d="M5 15V5a2 2 0 0 1 2-2h10" />
    </svg>
  );
}

/** The link, shown once: only a hash of its secret is kept, so it cannot be shown again. */
export function InvitationLink({
  invitation,
  respondentName,
  respondentEmail,
  accountName,
}: {
  invitation: Invitation;
  respondentName: string;
  respondentEmail?: string | undefined;
  accountName: string;
}) {
  const subject = `Your quarterly business review: how are we doing?`;
  const body = `Hi ${respondentName},\n\nPlease grade us on a few questions about working with us (about three minutes):\n${invitation.url}\n\nThe link works until ${formatDateTime(invitation.expiresAt)}.\n\nThank you!`;
  return (
    <Stack gap="sm">
      <Alert color="yellow" title="Copy the link now: it is shown only once" role="status">
        <Text size="sm">
          Stratum keeps only a fingerprint of the link, so it cannot show it again. If it gets lost, send a new link: the new one replaces this one.
        </Text>
      </Alert>
      <TextInput
        label="Survey link"
        description={`For ${respondentName} at ${accountName}. Works until ${formatDateTime(invitation.expiresAt)}; no login needed.`}
        value={invitation.url}
        readOnly
        onFocus={(e) => e.currentTarget.select()}
        styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 13 } }}
        rightSectionWidth={42}
        rightSection={
          <CopyButton value={invitation.url} timeout={2000}>
            {({ copied, copy }) => (
              <Tooltip label={copied ? 'Copied' : 'Copy link'} withArrow position="left">
                <ActionIcon color={copied ? 'teal' : 'gray'} variant="subtle" onClick={copy} aria-label={copied ? 'Link copied' : 'Copy link'}>
                  <CopyIcon copied={copied} />
                </ActionIcon>
              </Tooltip>
            )}
          </CopyButton>
        }
      />
      <Group gap="md">
        <CopyButton value={invitation.url}>
          {({ copied, copy }) => (
            <Button size="xs" color={copied ? 'teal' : 'blue'} onClick={copy}>
              {copied ? 'Copied' : 'Copy link'}
            </Button>
          )}
        </CopyButton>
        {respondentEmail && (
          <Anchor size="sm" href={`mailto:${encodeURIComponent(respondentEmail)}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`}>
            Email it to {respondentEmail}
          </Anchor>
        )}
      </Group>
    </Stack>
  );
}

export function InvitationModal({ round, accountName, opened, onClose }: { round: QbrSummary; accountName: string; opened: boolean; onClose: () => void }) {
  const send = useSendInvitation(round.accountId);
  const detail = useQbr(opened ? round.id : null);
  const [invitation, setInvitation] = useState<Invitation | null>(null);
  const resend = round.status === 'SENT';
  const emailed = useEmailSettings().data?.configured === true;

  const close = () => {
    setInvitation(null);
    send.reset();
    onClose();
  };

  return (
    <Modal opened={opened} onClose={close} title={invitation ? 'Survey link' : resend ? 'Send a new link' : 'Send the survey link'} size="lg">
      {invitation ? (
        <Stack>
          <InvitationLink
            invitation={invitation}
            respondentName={round.respondentName}
            respondentEmail={detail.data?.respondentEmail}
            accountName={accountName}
          />
          <Group justify="flex-end">
            <Button onClick={close} data-autofocus>
              Done
            </Button>
          </Group>
        </Stack>
      ) : (
        <Stack>
          <Text size="sm">
            {resend
              ? `A link was sent on ${formatDateTime(round.sentAt)}. A new link replaces it: the old one stops working at once.`
              : emailed
                ? `Stratum creates a personal link for ${round.respondentName} and e-mails it, with reminders on day 5 and day 10 while unanswered; you can copy it too. It needs no login.`
                : `Stratum creates a personal link for ${round.respondentName}. You send it yourself (by email or chat); it needs no login.`}
          </Text>
          {detail.data && detail.data.respondents.length > 0 && (
            <Text size="sm">
              Sent to <QbrRespondents respondents={detail.data.respondents} />.
            </Text>
          )}
          {send.isError && (
            <Alert color="red" role="alert" title="No link created">
              {errorMessage(send.error)}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close} disabled={send.isPending}>
              Cancel
            </Button>
            <Button loading={send.isPending} onClick={() => send.mutate(round.id, { onSuccess: setInvitation })} data-autofocus>
              {resend ? 'Create new link' : 'Create link'}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
