import { Alert, Button, Group, Modal, NativeSelect, Select, Stack, Text, Textarea } from '@mantine/core';
import { useCompetitors } from '../competition/api';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { formatMoney } from '../../components/format';
import { type FormFailure } from '../../components/server-errors';
import { applyOpportunityError as applyServerError } from './errors';
import { OPEN_STAGES, stageLabel, type Opportunity, type Stage } from './model';
import { rules } from '../../api/rules';

export const LOSS_REASON_MAX = rules.limits.StageRequest.lossReason.maxLength;
export const REOPEN_REASON_MIN = rules.limits.ReopenRequest.reason.minLength;
export const REOPEN_REASON_MAX = rules.limits.ReopenRequest.reason.maxLength;

export function validateLossReason(reason: string): string | null {
  const r = reason.trim();
  if (!r) return 'Say why it was lost: the reason is kept with the opportunity.';
  if (r.length > LOSS_REASON_MAX) return `Use at most ${LOSS_REASON_MAX} characters (now ${r.length}).`;
  return null;
}

export function validateReopenReason(reason: string): string | null {
  const r = reason.trim();
  if (r.length < REOPEN_REASON_MIN) return `Say why, in at least ${REOPEN_REASON_MIN} characters.`;
  if (r.length > REOPEN_REASON_MAX) return `Use at most ${REOPEN_REASON_MAX} characters (now ${r.length}).`;
  return null;
}

type Target = Pick<Opportunity, 'title' | 'accountName' | 'amount'>;

interface LostProps {
  opportunity: Target | null;
  /** Throws the API error on failure; the dialog shows it. */
  onConfirm: (lossReason: string, note: string, lossCompetitorId?: string) => Promise<unknown>;
  onCancel: () => void;
}

/** Closing as LOST: the loss reason is required. */
export function LostReasonModal({ opportunity, onConfirm, onCancel }: LostProps) {
  const competitors = useCompetitors();
  const form = useForm<{ lossReason: string; note: string; lossCompetitorId: string }>({
    mode: 'controlled',
    initialValues: { lossReason: '', note: '', lossCompetitorId: '' },
    validate: { lossReason: (v) => validateLossReason(v) },
  });
  const [failure, setFailure] = useState<FormFailure | null>(null);
  const [busy, setBusy] = useState(false);
  const close = () => {
    form.reset();
    setFailure(null);
    onCancel();
  };
  const submit = form.onSubmit(async (v) => {
    setFailure(null);
    setBusy(true);
    try {
      if (v.lossCompetitorId) await onConfirm(v.lossReason.trim(), v.note.trim(), v.lossCompetitorId);
      else await onConfirm(v.lossReason.trim(), v.note.trim());
      form.reset();
    } catch (err) {
      setFailure(applyServerError(form, err, ['lossReason', 'note', 'lossCompetitorId']));
    } finally {
      setBusy(false);
    }
  });
  return (
    <Modal opened={!!opportunity} onClose={close} title="Mark as lost" size="lg">
      {opportunity && (
        <form onSubmit={submit} noValidate>
          <Stack>
            <Text size="sm">
              <b>{opportunity.title}</b> with {opportunity.accountName} ({formatMoney(opportunity.amount)}) will be closed as lost. A closed opportunity can
              only change again after it is reopened.
            </Text>
            <Textarea
              label="Loss reason"
              description="Why did we lose it? Kept with the opportunity and in reports."
              required
              withAsterisk
              autosize
              minRows={3}
              maxRows={8}
              data-autofocus
              {...form.getInputProps('lossReason')}
            />
            <NativeSelect
              label="Lost to a competitor"
              description="The competitor that won it, if one did (Settings, Competitors)."
              data={[{ value: '', label: 'None named' }, ...(competitors.data?.items ?? []).map((c) => ({ value: c.id, label: c.name }))]}
              {...form.getInputProps('lossCompetitorId')}
            />
            <Textarea label="Note for the history" autosize minRows={1} maxRows={4} {...form.getInputProps('note')} />
            {failure?.message && (
              <Alert color={failure.conflict || failure.stale ? 'orange' : 'red'} title="Not moved" role="alert">
                {failure.message}
              </Alert>
            )}
            <Group justify="flex-end">
              <Button variant="default" onClick={close} disabled={busy}>
                Cancel
              </Button>
              <Button type="submit" color="red" loading={busy}>
                Mark as lost
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}

interface WonProps {
  opportunity: Target | null;
  onConfirm: (note: string) => Promise<unknown>;
  onCancel: () => void;
}

/** Closing as WON: a confirmation, since a closed opportunity only changes after a reopen. */
export function WonConfirmModal({ opportunity, onConfirm, onCancel }: WonProps) {
  const [note, setNote] = useState('');
  const [failure, setFailure] = useState<FormFailure | null>(null);
  const [busy, setBusy] = useState(false);
  const close = () => {
    setNote('');
    setFailure(null);
    onCancel();
  };
  const confirm = async () => {
    setFailure(null);
    setBusy(true);
    try {
      await onConfirm(note.trim());
      setNote('');
    } catch (err) {
      setFailure(applyServerError({ setErrors: () => {} }, err, []));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal opened={!!opportunity} onClose={close} title="Mark as won?" size="lg">
      {opportunity && (
        <Stack>
          <Text size="sm">
            <b>{opportunity.title}</b> with {opportunity.accountName} closes as won for {formatMoney(opportunity.amount)}. It then counts toward the
            account&apos;s growth target and can only change again after it is reopened.
          </Text>
          <Textarea label="Note for the history" autosize minRows={1} maxRows={4} value={note} onChange={(e) => setNote(e.currentTarget.value)} />
          {failure?.message && (
            <Alert color={failure.conflict || failure.stale ? 'orange' : 'red'} title="Not moved" role="alert">
              {failure.message}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close} disabled={busy}>
              Cancel
            </Button>
            <Button color="teal" loading={busy} onClick={() => void confirm()} data-autofocus>
              Mark as won
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}

interface ReopenProps {
  opportunity: Pick<Opportunity, 'title' | 'stage' | 'lossReason'>;
  opened: boolean;
  onConfirm: (reason: string, stage: Stage | null) => Promise<unknown>;
  onClose: () => void;
}

/** Reopening a WON or LOST opportunity: a reason, and optionally the stage to go back to. */
export function ReopenModal({ opportunity, opened, onConfirm, onClose }: ReopenProps) {
  const form = useForm<{ reason: string; stage: Stage | null }>({
    mode: 'controlled',
    initialValues: { reason: '', stage: null },
    validate: { reason: (v) => validateReopenReason(v) },
  });
  const [failure, setFailure] = useState<FormFailure | null>(null);
  const [busy, setBusy] = useState(false);
  const close = () => {
    form.reset();
    setFailure(null);
    onClose();
  };
  const submit = form.onSubmit(async (v) => {
    setFailure(null);
    setBusy(true);
    try {
      await onConfirm(v.reason.trim(), v.stage);
      form.reset();
    } catch (err) {
      setFailure(applyServerError(form, err, ['reason', 'stage']));
    } finally {
      setBusy(false);
    }
  });
  const length = form.values.reason.trim().length;
  return (
    <Modal opened={opened} onClose={close} title={`Reopen “${opportunity.title}”`} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text size="sm">
            It is {stageLabel(opportunity.stage).toLowerCase()} now. Reopening puts it back in the open pipeline and records why.
            {opportunity.lossReason && ` Why it was lost (“${opportunity.lossReason}”) stays on its page and in its stage history.`}
          </Text>
          <Textarea
            label="Reason"
            description={`${REOPEN_REASON_MIN}–${REOPEN_REASON_MAX} characters (${length}/${REOPEN_REASON_MAX})`}
            required
            withAsterisk
            autosize
            minRows={3}
            maxRows={8}
            data-autofocus
            {...form.getInputProps('reason')}
          />
          <Select
            label="Back to stage"
            placeholder="The stage before it closed"
            data={OPEN_STAGES.map((s) => ({ value: s, label: stageLabel(s) }))}
            clearable
            {...form.getInputProps('stage')}
          />
          {failure?.message && (
            <Alert color={failure.conflict || failure.stale ? 'orange' : 'red'} title="Not reopened" role="alert">
              {failure.message}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close} disabled={busy}>
              Cancel
            </Button>
            <Button type="submit" loading={busy}>
              Reopen
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
