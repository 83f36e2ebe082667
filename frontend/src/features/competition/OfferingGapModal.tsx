import { Alert, Checkbox, Modal, NativeSelect, Stack, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { rules } from '../../api/rules';
import { FormActions, SaveFailureAlert } from '../../components/FormFooter';
import { applyServerError } from '../../components/server-errors';
import { tooLong } from '../../components/text-check';
import { useFormSubmit } from '../../components/use-form-submit';
import { useCompetitors, useCreateOfferingGap, useSetOfferingGapAccount, useUpdateOfferingGap, type OfferingGap, type OfferingGapInput } from './api';

const LIMITS = rules.limits.OfferingGapInput;
const FIELDS = ['competitorId', 'offering', 'notes', 'accountIds'] as const;

export interface GapFormValues {
  [key: string]: unknown;
  competitorId: string;
  offering: string;
  notes: string;
  /** On an account's tab: whether that account uses the gap. */
  usedHere: boolean;
}

/** What the server checks, said before it is asked. */
export function validateGap(v: GapFormValues): Partial<Record<string, string>> {
  const e: Partial<Record<string, string>> = {};
  if (!v.competitorId) e.competitorId = 'Choose the competitor that offers it.';
  if (!v.offering.trim()) e.offering = 'Name what they offer that we lack, such as “Route optimisation”.';
  else if (tooLong(v.offering.trim(), LIMITS.offering.maxLength)) e.offering = tooLong(v.offering.trim(), LIMITS.offering.maxLength);
  const notes = tooLong(v.notes.trim(), LIMITS.notes.maxLength);
  if (notes) e.notes = notes;
  return e;
}

/**
 * Records or changes an offering gap ("competitor X offers Y that we lack"). On an account's Competition tab
 * (`account` given) it also says whether that account uses it; the ranking counts the accounts that do. A gap
 * lists only its top accounts (topAccountIds), so the form never sends the accounts back: a new gap starts with
 * this account, and a change adds or removes this account alone (PUT or DELETE of the gap's account).
 */
export function OfferingGapModal({ gap, account, onClose }: { gap?: OfferingGap; account?: { id: string; name: string }; onClose: () => void }) {
  const competitors = useCompetitors();
  const create = useCreateOfferingGap();
  const update = useUpdateOfferingGap();
  const setAccount = useSetOfferingGapAccount();
  const list = competitors.data?.items ?? [];
  const form = useForm<GapFormValues>({
    mode: 'controlled',
    initialValues: {
      competitorId: gap?.competitorId ?? '',
      offering: gap?.offering ?? '',
      notes: gap?.notes ?? '',
      // On an account's tab the gaps listed are those the account uses (the list is filtered by it).
      usedHere: account !== undefined,
    },
    validate: validateGap,
    validateInputOnBlur: true,
  });
  const { submit, failure, submitting } = useFormSubmit(
    form,
    async (v) => {
      const fields = { competitorId: v.competitorId, offering: v.offering.trim(), notes: v.notes.trim() === '' ? null : v.notes.trim() };
      let saved: OfferingGap;
      if (!gap) {
        const body: OfferingGapInput = { ...fields, accountIds: account && v.usedHere ? [account.id] : [] };
        saved = await create.mutateAsync(body);
      } else {
        saved = await update.mutateAsync({ id: gap.id, version: gap.version, patch: fields });
        if (account && !v.usedHere) {
          await setAccount.mutateAsync({ id: gap.id, accountId: account.id, uses: false });
          saved = { ...saved, accountCount: Math.max(0, saved.accountCount - 1) };
        }
      }
      notifications.show({
        color: 'green',
        title: gap ? 'Offering gap saved' : 'Offering gap recorded',
        message: `${saved.competitorName} offers ${saved.offering}; ${saved.accountCount} account${saved.accountCount === 1 ? '' : 's'} use${saved.accountCount === 1 ? 's' : ''} it.`,
      });
      onClose();
    },
    (err) => applyServerError(form, err, FIELDS),
  );
  return (
    <Modal opened onClose={onClose} title={gap ? 'Change the offering gap' : 'Record an offering gap'} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          {list.length === 0 && !competitors.isPending && (
            <Alert color="yellow">No competitor is on the list yet; ask a manager to add it under Settings, Competitors.</Alert>
          )}
          <NativeSelect
            label="Competitor"
            withAsterisk
            data-autofocus
            data={[{ value: '', label: 'Choose…' }, ...list.map((c) => ({ value: c.id, label: c.name }))]}
            {...form.getInputProps('competitorId')}
          />
          <TextInput label="Offering we lack" description="What they offer that we do not sell" withAsterisk {...form.getInputProps('offering')} />
          <Textarea label="Notes" description="Markdown" autosize minRows={3} maxRows={10} {...form.getInputProps('notes')} />
          {account && <Checkbox label={`${account.name} uses it`} {...form.getInputProps('usedHere', { type: 'checkbox' })} />}
          <SaveFailureAlert failure={failure} conflictTitle="Not saved" />
          <FormActions submitLabel={gap ? 'Save gap' : 'Record gap'} submitting={submitting} onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}
