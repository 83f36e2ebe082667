import { Alert, Button, Group, Modal, Radio, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { Link } from 'react-router';
import { Anchor } from '@mantine/core';
import { TierBadge } from '../../components/badges';
import { humanize } from '../../components/format';
import { applyServerError, type FormFailure } from '../../components/server-errors';
import { useChangeTier, type Account, type Tier } from './api';
import { rules } from '../../api/rules';
import { tierValues } from '../../api/schema';

export const REASON_MIN = rules.limits.TierChangeRequest.reason.minLength;
export const REASON_MAX = rules.limits.TierChangeRequest.reason.maxLength;

interface Values {
  [key: string]: unknown;
  tier: Tier;
  reason: string;
}

export function validateTierChange(v: { tier: Tier; reason: string }, current: Tier) {
  const errors: Partial<Record<'tier' | 'reason', string>> = {};
  if (v.tier === current) errors.tier = `The account is already ${humanize(current)}. Pick another tier.`;
  const reason = v.reason.trim();
  if (reason.length < REASON_MIN) errors.reason = `Say why, in at least ${REASON_MIN} characters.`;
  else if (reason.length > REASON_MAX) errors.reason = `Use at most ${REASON_MAX} characters (now ${reason.length}).`;
  return errors;
}

export function ChangeTierModal({ account, opened, onClose }: { account: Account; opened: boolean; onClose: () => void }) {
  const change = useChangeTier();
  const [failure, setFailure] = useState<FormFailure | null>(null);
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: { tier: account.tier === 'STANDARD' ? 'KEY' : 'STANDARD', reason: '' },
    validate: (v) => validateTierChange(v, account.tier),
  });

  const close = () => {
    form.reset();
    setFailure(null);
    onClose();
  };

  const submit = form.onSubmit(async (v) => {
    setFailure(null);
    try {
      const updated = await change.mutateAsync({ id: account.id, tier: v.tier, reason: v.reason.trim() });
      notifications.show({ color: 'green', title: 'Tier changed', message: `${updated.name} is now ${humanize(updated.tier)}.` });
      close();
    } catch (err) {
      setFailure(applyServerError(form, err, ['tier', 'reason']));
    }
  });

  const reasonLength = form.values.reason.trim().length;

  return (
    <Modal opened={opened} onClose={close} title={`Change tier of ${account.name}`} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          <Group gap="xs">
            <Text size="sm">Current tier:</Text>
            <TierBadge tier={account.tier} />
          </Group>
          <Radio.Group label="New tier" required {...form.getInputProps('tier')}>
            <Group mt="xs">
              {tierValues.map((t) => (
                <Radio key={t} value={t} label={humanize(t)} disabled={t === account.tier} />
              ))}
            </Group>
          </Radio.Group>
          <Textarea
            label="Reason"
            description={`Recorded in the tier history. ${REASON_MIN}–${REASON_MAX} characters (${reasonLength}/${REASON_MAX}).`}
            required
            withAsterisk
            autosize
            minRows={3}
            maxRows={8}
            data-autofocus
            {...form.getInputProps('reason')}
          />
          {failure?.message && (
            <Alert color={failure.conflict ? 'orange' : 'red'} title={failure.conflict ? 'Tier change refused' : 'Not saved'} role="alert">
              <Text size="sm">{failure.message}</Text>
              {failure.conflict && (
                <Anchor component={Link} to="/workload" size="sm" onClick={close}>
                  See the team's workload
                </Anchor>
              )}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close} disabled={change.isPending}>
              Cancel
            </Button>
            <Button type="submit" loading={change.isPending}>
              Change tier
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
