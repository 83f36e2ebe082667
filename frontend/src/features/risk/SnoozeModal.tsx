import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import dayjs from 'dayjs';
import { useState } from 'react';
import { rules } from '../../api/rules';
import { isoDate } from '../../components/format';
import { applyServerError, type FormFailure } from '../../components/server-errors';
import { tooLong } from '../../components/text-check';
import { useSnoozeFlag, type AccountRiskFlag } from './api';
import { FLAG_LABELS } from './labels';

interface SnoozeValues extends Record<string, unknown> {
  reason: string;
  endsOn: string | null;
}

const FIELDS = ['reason', 'endsOn'] as const;

/** The checks the server makes too, said before asking: a reason, and an end after today within the longest snooze. */
export function validateSnooze(v: SnoozeValues, today: string): Partial<Record<keyof SnoozeValues, string>> {
  const errors: Partial<Record<keyof SnoozeValues, string>> = {};
  const max = rules.risk.maxSnoozeDays;
  if (!v.reason.trim()) errors.reason = 'Say why the flag may wait, for the manager who reads it.';
  else {
    const long = tooLong(v.reason, rules.limits.RiskFlagSnoozeInput.reason.maxLength);
    if (long) errors.reason = long;
  }
  const last = dayjs(today).add(max, 'day').format('YYYY-MM-DD');
  if (!v.endsOn) errors.endsOn = 'Choose the day the flag counts again.';
  else if (v.endsOn <= today) errors.endsOn = `Choose an end date after today (${today}).`;
  else if (v.endsOn > last) errors.endsOn = `Choose an end date at most ${max} days ahead (by ${last}).`;
  return errors;
}

interface Props {
  accountId: string;
  accountName: string;
  flag: AccountRiskFlag;
  onClose: () => void;
}

export function SnoozeModal({ accountId, accountName, flag, onClose }: Props) {
  const today = isoDate();
  const snooze = useSnoozeFlag(accountId);
  const [failure, setFailure] = useState<FormFailure | null>(null);
  const form = useForm<SnoozeValues>({
    mode: 'controlled',
    initialValues: { reason: flag.snooze?.reason ?? '', endsOn: flag.snooze?.endsOn ?? null },
    validate: (v) => validateSnooze(v, today),
  });
  const label = FLAG_LABELS[flag.flag];
  const submit = form.onSubmit(async (v) => {
    setFailure(null);
    try {
      await snooze.mutateAsync({ flag: flag.flag, input: { reason: v.reason, endsOn: v.endsOn ?? '' } });
      notifications.show({ color: 'green', title: `${label} snoozed`, message: `It counts again on ${v.endsOn}.` });
      onClose();
    } catch (err) {
      setFailure(applyServerError(form, err, FIELDS));
    }
  });
  return (
    <Modal opened onClose={onClose} title={`Snooze “${label}” on ${accountName}`}>
      <form onSubmit={submit} noValidate aria-label="Snooze risk flag">
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            A snoozed flag stays on the account for everyone to see, with your reason, but is not counted in lists, filters and the risk report until its end
            date.
          </Text>
          <Textarea label="Reason" required withAsterisk autosize minRows={2} data-autofocus {...form.getInputProps('reason')} />
          <DateInput
            label="Counts again on"
            valueFormat="YYYY-MM-DD"
            placeholder="YYYY-MM-DD"
            required
            withAsterisk
            popoverProps={{ withinPortal: true }}
            {...form.getInputProps('endsOn')}
          />
          {failure?.message && (
            <Alert color="red" role="alert">
              {failure.message}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={snooze.isPending}>
              Snooze
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
