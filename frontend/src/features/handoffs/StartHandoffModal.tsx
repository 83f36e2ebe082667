import { Alert, Button, Group, Modal, Skeleton, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { rules } from '../../api/rules';
import { TierBadge } from '../../components/badges';
import { applyServerError } from '../../components/server-errors';
import { useFormSubmit } from '../../components/use-form-submit';
import { ErrorState } from '../../components/QueryState';
import type { Account } from '../accounts/api';
import { UserSelect } from '../users/UserSelect';
import { useChecklistPreview, useStartHandoff, type SectionNotes } from './api';
import { ChecklistView } from './ChecklistView';
import { NOTE_FIELD, toSectionNotes } from './sections';

const NOTE_MAX = rules.limits.NewHandoff.note.maxLength;
const SECTION_MAX = rules.limits.HandoffSectionNotes.goals.maxLength;

interface Values {
  [key: string]: unknown;
  toUserId: string | null;
  note: string;
  sections: Partial<Record<keyof SectionNotes, string>>;
}

export function validateHandoff(v: Values, ownerId: string | null) {
  const errors: Record<string, string> = {};
  if (!v.toUserId) errors.toUserId = 'Choose who takes the account over.';
  else if (v.toUserId === ownerId) errors.toUserId = 'They already own this account; choose someone else.';
  if (v.note.trim().length > NOTE_MAX) errors.note = `Use at most ${NOTE_MAX} characters (now ${v.note.trim().length}).`;
  (Object.keys(v.sections) as (keyof SectionNotes)[]).forEach((k) => {
    const length = v.sections[k]?.trim().length ?? 0;
    if (length > SECTION_MAX) errors[`sectionNotes.${k}`] = `Use at most ${SECTION_MAX} characters (now ${length}).`;
  });
  return errors;
}

/** Hands a KEY or STRATEGIC account over: the new owner, a note, and the checklist the server builds, for review. */
export function StartHandoffModal({ account, opened, onClose }: { account: Account; opened: boolean; onClose: () => void }) {
  const start = useStartHandoff();
  const preview = useChecklistPreview(account.id, opened);
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: { toUserId: null, note: '', sections: {} },
    validate: (v) => validateHandoff(v, account.ownerId),
  });
  const { submit, failure, submitting } = useFormSubmit(
    form,
    async (v) => {
      const sectionNotes = toSectionNotes(v.sections);
      const handoff = await start.mutateAsync({
        accountId: account.id,
        body: { toUserId: v.toUserId ?? '', ...(v.note.trim() ? { note: v.note.trim() } : {}), ...(sectionNotes ? { sectionNotes } : {}) },
      });
      notifications.show({ color: 'green', title: 'Handoff started', message: `${handoff.toUserName} can now accept ${account.name}.` });
      form.reset();
      onClose();
    },
    (err) => applyServerError(form, err, ['toUserId', 'note', ...Object.values(NOTE_FIELD).map((f) => `sectionNotes.${f}`)]),
  );

  return (
    <Modal opened={opened} onClose={onClose} title={`Hand over ${account.name}`} size="xl">
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text size="sm">
            <TierBadge tier={account.tier} size="sm" /> {account.name} stays with {account.ownerName ?? 'its owner'} until the new owner accepts. Until then the
            handoff holds a place in the new owner&apos;s {account.tier} capacity.
          </Text>
          <UserSelect
            label="New owner"
            required
            value={form.values.toUserId}
            onChange={(id) => form.setFieldValue('toUserId', id)}
            error={form.errors.toUserId as string | undefined}
            clearable={false}
          />
          <Textarea
            label="Note for the new owner"
            description={`What they should know first. Up to ${NOTE_MAX} characters.`}
            autosize
            minRows={2}
            maxRows={6}
            {...form.getInputProps('note')}
          />
          <Text fw={600} size="sm">
            Checklist
          </Text>
          <Text size="sm" c="dimmed">
            Filled from the account&apos;s data; add what the data does not say to any section.
          </Text>
          {preview.isPending && <Skeleton height={160} />}
          {preview.isError && <ErrorState error={preview.error} onRetry={() => void preview.refetch()} title="Could not build the checklist" />}
          {preview.data && (
            <ChecklistView
              sections={preview.data.checklist}
              accountId={account.id}
              extra={(s) => {
                const field = NOTE_FIELD[s.kind];
                return (
                  <Textarea
                    mt="xs"
                    size="xs"
                    label={`Add to ${s.title.toLowerCase()}`}
                    autosize
                    minRows={1}
                    maxRows={4}
                    value={form.values.sections[field] ?? ''}
                    onChange={(e) => form.setFieldValue('sections', { ...form.values.sections, [field]: e.currentTarget.value })}
                    error={form.errors[`sectionNotes.${field}`] as string | undefined}
                  />
                );
              }}
            />
          )}
          {failure?.message && (
            <Alert color={failure.conflict ? 'orange' : 'red'} title={failure.conflict ? 'Handoff refused' : 'Not started'} role="alert">
              {failure.message}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose} disabled={submitting}>
              Cancel
            </Button>
            <Button type="submit" loading={submitting}>
              Start handoff
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
