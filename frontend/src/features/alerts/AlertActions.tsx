import { Button, Group, Modal, NativeSelect, Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { errorMessage } from '../../api/problem';
import { FormActions, SaveFailureAlert } from '../../components/FormFooter';
import { applyServerError } from '../../components/server-errors';
import { useFormSubmit } from '../../components/use-form-submit';
import { useCompetitors } from '../competition/api';
import { useUpdateAlert, type RevenueAlert } from './api';
import {
  CAUSE_NAMING_COMPETITOR,
  COMPETITOR_MAX,
  NOTE_MAX,
  RESOLVE_FIELDS,
  RULE_LABEL,
  alertSubject,
  causeOptions,
  emptyResolveValues,
  nextStatuses,
  toResolvePatch,
  validateResolve,
  type ResolveValues,
} from './model';

/** Acknowledge and Resolve, as the alert's status allows them. */
export function AlertActions({ alert, onResolve, disabled }: { alert: RevenueAlert; onResolve: (alert: RevenueAlert) => void; disabled?: boolean }) {
  const update = useUpdateAlert();
  const next = nextStatuses(alert.status);
  if (disabled || next.length === 0) return null;
  const subject = `${RULE_LABEL[alert.rule]}, ${alertSubject(alert)}, ${alert.accountName}`;
  const acknowledge = async () => {
    try {
      await update.mutateAsync({ id: alert.id, version: alert.version, patch: { status: 'ACKNOWLEDGED' } });
      notifications.show({ color: 'green', title: 'Alert acknowledged', message: subject });
    } catch (err) {
      notifications.show({ color: 'red', title: 'Could not acknowledge the alert', message: errorMessage(err) });
    }
  };
  return (
    <Group gap="xs" wrap="nowrap">
      {next.includes('ACKNOWLEDGED') && (
        <Button size="xs" variant="light" loading={update.isPending} onClick={() => void acknowledge()} aria-label={`Acknowledge: ${subject}`}>
          Acknowledge
        </Button>
      )}
      {next.includes('RESOLVED') && (
        <Button size="xs" variant="default" onClick={() => onResolve(alert)} aria-label={`Resolve: ${subject}`}>
          Resolve
        </Button>
      )}
    </Group>
  );
}

/** Resolve an alert: the cause, the competitor when that is the cause, and a note. */
export function ResolveAlertModal({ alert, onClose }: { alert: RevenueAlert | null; onClose: () => void }) {
  return (
    <Modal opened={!!alert} onClose={onClose} title={alert ? `Resolve: ${RULE_LABEL[alert.rule]}, ${alertSubject(alert)}` : 'Resolve'} size="lg">
      {alert && <ResolveForm alert={alert} onClose={onClose} />}
    </Modal>
  );
}

function ResolveForm({ alert, onClose }: { alert: RevenueAlert; onClose: () => void }) {
  const update = useUpdateAlert();
  const competitors = useCompetitors();
  const form = useForm<ResolveValues>({ mode: 'controlled', initialValues: emptyResolveValues(), validate: validateResolve });
  const { submit, failure, submitting } = useFormSubmit(
    form,
    async (values) => {
      await update.mutateAsync({ id: alert.id, version: alert.version, patch: toResolvePatch(values) });
      notifications.show({ color: 'green', title: 'Alert resolved', message: `${RULE_LABEL[alert.rule]} · ${alert.accountName}` });
      onClose();
    },
    (err) => applyServerError(form, err, RESOLVE_FIELDS),
  );
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Text size="sm">{alert.evidence.summary}</Text>
        <Select label="Cause" placeholder="Pick one" data={causeOptions} required data-autofocus {...form.getInputProps('cause')} />
        {form.values.cause === CAUSE_NAMING_COMPETITOR && (
          <NativeSelect
            label="From the competitors list"
            value={form.values.competitorId ?? ''}
            error={form.errors.competitorId}
            data={[{ value: '', label: 'Not on the list' }, ...(competitors.data?.items ?? []).map((c) => ({ value: c.id, label: c.name }))]}
            onChange={(e) => {
              const id = e.currentTarget.value;
              form.setFieldValue('competitorId', id);
              const chosen = competitors.data?.items.find((c) => c.id === id);
              if (chosen) form.setFieldValue('competitor', chosen.name);
            }}
          />
        )}
        {form.values.cause === CAUSE_NAMING_COMPETITOR && (
          <TextInput
            label="Competitor"
            placeholder="e.g. Globex"
            required
            description={`${form.values.competitor.trim().length}/${COMPETITOR_MAX}`}
            {...form.getInputProps('competitor')}
          />
        )}
        <Textarea
          label="Note"
          placeholder="What happened, and what you will do"
          required
          autosize
          minRows={3}
          description={`${form.values.resolutionNote.trim().length}/${NOTE_MAX}`}
          {...form.getInputProps('resolutionNote')}
        />
        <SaveFailureAlert failure={failure} conflictTitle="Not possible now" />
        <FormActions submitLabel="Resolve alert" submitting={submitting} onCancel={onClose} />
      </Stack>
    </form>
  );
}
