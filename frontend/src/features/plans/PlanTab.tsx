import {
  ActionIcon,
  Anchor,
  Badge,
  Button,
  Card,
  Checkbox,
  Group,
  Modal,
  Progress,
  Select,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { Link } from 'react-router';
import { rules } from '../../api/rules';
import { ConfirmModal } from '../../components/ConfirmModal';
import { FormActions, SaveFailureAlert } from '../../components/FormFooter';
import { formatDate, formatDateTime, formatNumber, humanize, isoDate } from '../../components/format';
import { Markdown } from '../../components/Markdown';
import { NumberField } from '../../components/NumberField';
import { readNumber } from '../../components/number-check';
import { EmptyState, ErrorState } from '../../components/QueryState';
import { applyServerError } from '../../components/server-errors';
import { tooLong } from '../../components/text-check';
import { useFormSubmit } from '../../components/use-form-submit';
import { useMe } from '../auth/api';
import { canWorkOnAccount } from '../auth/permissions';
import { useAccountTeam } from '../accounts/team-api';
import { isCurrentMember } from '../accounts/team-model';
import {
  useAccountPlans,
  useAddMilestone,
  useAddObjective,
  useCreatePlan,
  useDeleteMilestone,
  useDeleteObjective,
  useMeasure,
  usePlan,
  useReviewPlan,
  useToggleMilestone,
  useUpdateObjective,
  useUpdatePlan,
  type Milestone,
  type Objective,
  type Plan,
} from './api';
import {
  currentPlanId,
  emptyObjectiveValues,
  emptyPlanValues,
  MEASUREMENT_FIELDS,
  OBJECTIVE_FIELDS,
  objectiveValues,
  objectivesFull,
  PLAN_FIELDS,
  planValues,
  progressBar,
  STATUS_COLOR,
  STATUS_LABEL,
  toObjectiveInput,
  toObjectivePatch,
  toPlanInput,
  toPlanPatch,
  validateMeasurement,
  validateMilestone,
  validateObjective,
  validatePlan,
  type MeasurementFormValues,
  type MilestoneFormValues,
  type ObjectiveFormValues,
  type PlanFormValues,
} from './model';

interface AccountRef {
  id: string;
  name: string;
  ownerId?: string | null;
  archived?: boolean;
}

const figure = (value: number, unit: string | null | undefined) => `${formatNumber(value)}${unit ? ` ${unit}` : ''}`;

/** The account page's Plan tab: the written plan, its SMART objectives with progress, milestones and reviews. */
export function PlanTab({ account }: { account: AccountRef }) {
  const me = useMe().data;
  const team = useAccountTeam(account.id);
  const canWrite = canWorkOnAccount(me, account.ownerId, 'accounts:write', isCurrentMember(team.data, me?.user.id)) && !account.archived;
  const plans = useAccountPlans(account.id);
  const [chosen, setChosen] = useState<string | null>(null);
  const items = plans.data?.items ?? [];
  const planId = chosen ?? currentPlanId(items);
  const plan = usePlan(planId);
  const [writing, setWriting] = useState<'new' | 'edit' | null>(null);

  if (plans.isError) return <ErrorState error={plans.error} onRetry={() => void plans.refetch()} title="Could not load the plans" />;
  if (plans.isPending) return <Skeleton height={120} />;
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2} size="h3">
            Account plan
          </Title>
          <Text size="sm" c="dimmed">
            Why {account.name} bought, what they want to achieve, and SMART objectives reviewed with each QBR.
          </Text>
        </div>
        <Group gap="xs" align="flex-end">
          {items.length > 1 && (
            <Select
              label="Plan"
              size="xs"
              value={planId ?? null}
              onChange={setChosen}
              allowDeselect={false}
              data={items.map((p) => ({ value: p.id, label: `${formatDate(p.periodStart)} – ${formatDate(p.periodEnd)} (${humanize(p.status)})` }))}
            />
          )}
          {canWrite && (
            <Button size="xs" variant={items.length ? 'default' : 'filled'} onClick={() => setWriting('new')}>
              Write a plan
            </Button>
          )}
        </Group>
      </Group>
      {items.length === 0 && <EmptyState title="No plan yet">Write the account plan: why they bought, their goals and a few SMART objectives.</EmptyState>}
      {plan.isError && <ErrorState error={plan.error} onRetry={() => void plan.refetch()} title="Could not load the plan" />}
      {plan.data && <PlanView plan={plan.data} canWrite={canWrite} onEdit={() => setWriting('edit')} />}
      <Modal
        opened={writing !== null}
        onClose={() => setWriting(null)}
        title={writing === 'edit' ? 'Change the plan' : `Write a plan for ${account.name}`}
        size="lg"
      >
        {writing !== null && (
          <PlanForm
            accountId={account.id}
            plan={writing === 'edit' ? plan.data : undefined}
            onClose={(id) => {
              setWriting(null);
              if (id) setChosen(id);
            }}
          />
        )}
      </Modal>
    </Stack>
  );
}

function PlanView({ plan, canWrite, onEdit }: { plan: Plan; canWrite: boolean; onEdit: () => void }) {
  const [reviewing, setReviewing] = useState(false);
  const [adding, setAdding] = useState(false);
  const full = objectivesFull(plan);
  const sections: [string, string | null | undefined][] = [
    ['Why they bought', plan.whyTheyBought],
    ['Customer goals', plan.customerGoals],
    ['Initiatives', plan.initiatives],
    ['Risks', plan.risks],
  ];
  return (
    <Stack gap="md">
      <Card withBorder>
        <Group justify="space-between" align="flex-start">
          <Stack gap={4}>
            <Group gap="xs">
              <Badge variant="light" color={plan.status === 'ACTIVE' ? 'teal' : 'gray'}>
                {humanize(plan.status)}
              </Badge>
              <Text fw={600}>
                {formatDate(plan.periodStart)} – {formatDate(plan.periodEnd)}
              </Text>
            </Group>
            {plan.reviewDueOn && (
              <Text size="sm" c={plan.reviewOverdue ? 'red' : 'dimmed'}>
                {plan.reviewOverdue ? 'Review overdue since' : 'Next review due'} {formatDate(plan.reviewDueOn)}
              </Text>
            )}
            <Text size="sm" aria-label="Last review">
              {plan.lastReview
                ? `Last reviewed ${formatDateTime(plan.lastReview.reviewedAt)} by ${plan.lastReview.reviewedByName}: ${plan.lastReview.note}`
                : 'Not reviewed yet.'}
            </Text>
          </Stack>
          <Group gap="xs">
            <Anchor component={Link} to={`/plans/${plan.id}/print`} target="_blank" size="sm">
              Print shared objectives
            </Anchor>
            {canWrite && (
              <>
                <Button size="xs" variant="default" onClick={onEdit}>
                  Edit plan
                </Button>
                {plan.status !== 'ARCHIVED' && (
                  <Button size="xs" onClick={() => setReviewing(true)}>
                    Review plan
                  </Button>
                )}
              </>
            )}
          </Group>
        </Group>
      </Card>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        {sections.map(([label, text]) => (
          <Card withBorder key={label}>
            <Title order={3} size="h5">
              {label}
            </Title>
            {/* Markdown, rendered as React elements (never as HTML). */}
            {text ? (
              <Markdown text={text} />
            ) : (
              <Text size="sm" c="dimmed">
                Not written yet.
              </Text>
            )}
          </Card>
        ))}
      </SimpleGrid>
      <Group justify="space-between">
        <Title order={3} size="h4">
          Objectives
        </Title>
        {canWrite && (
          <Group gap="xs">
            {full && (
              <Text size="sm" c="dimmed">
                {full}
              </Text>
            )}
            <Button size="xs" onClick={() => setAdding(true)} disabled={!!full}>
              Add objective
            </Button>
          </Group>
        )}
      </Group>
      {plan.objectives.map((o) => (
        <ObjectiveCard key={o.id} plan={plan} objective={o} canWrite={canWrite && plan.status !== 'ARCHIVED'} />
      ))}
      <Modal opened={reviewing} onClose={() => setReviewing(false)} title="Review the plan">
        {reviewing && <ReviewForm plan={plan} onClose={() => setReviewing(false)} />}
      </Modal>
      <Modal opened={adding} onClose={() => setAdding(false)} title="Add a SMART objective" size="lg">
        {adding && <ObjectiveForm plan={plan} onClose={() => setAdding(false)} />}
      </Modal>
    </Stack>
  );
}

function ObjectiveCard({ plan, objective: o, canWrite }: { plan: Plan; objective: Objective; canWrite: boolean }) {
  const [measuring, setMeasuring] = useState(false);
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [removingMilestone, setRemovingMilestone] = useState<Milestone | null>(null);
  const toggle = useToggleMilestone();
  const remove = useDeleteObjective();
  const removeMilestone = useDeleteMilestone();
  return (
    <Card withBorder component="section" aria-label={`Objective ${o.title}`}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start">
          <div>
            <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
              {o.title}
            </Text>
            <Text size="sm" c="dimmed">
              {o.metric}: {figure(o.baseline, o.unit)} → {figure(o.target, o.unit)} by {formatDate(o.dueOn)}
              {o.kind === 'GROWTH' ? ' · follows the account’s growth target' : ''}
              {o.sharedWithCustomer ? ' · shared with the customer' : ''}
            </Text>
          </div>
          <Group gap="xs" wrap="nowrap">
            <Badge color={STATUS_COLOR[o.status]} variant="light" aria-label={`Status of ${o.title}`}>
              {STATUS_LABEL[o.status]}
            </Badge>
            {canWrite && (
              <Button size="compact-sm" variant="default" onClick={() => setEditing(true)} aria-label={`Edit objective ${o.title}`}>
                Edit
              </Button>
            )}
            {canWrite && o.kind === 'CUSTOM' && (
              <Button
                size="compact-sm"
                variant="light"
                color="red"
                onClick={() => {
                  remove.reset();
                  setDeleting(true);
                }}
                aria-label={`Delete objective ${o.title}`}
              >
                Delete
              </Button>
            )}
          </Group>
        </Group>
        <Progress value={progressBar(o)} color={STATUS_COLOR[o.status]} aria-label={`Progress of ${o.title}`} />
        <Text size="sm">
          {o.kind === 'CUSTOM' && !o.currentOn ? 'Not measured yet' : `Now ${figure(o.currentValue, o.unit)}`}
          {o.currentOn ? ` (${formatDate(o.currentOn)})` : ''} · {formatNumber(o.progressPct)}% of the way · on this pace {figure(o.expectedValue, o.unit)}{' '}
          expected today
        </Text>
        {o.milestones.length > 0 && (
          <Stack gap={4}>
            {o.milestones.map((m) => (
              <Group key={m.id} gap="xs" wrap="nowrap">
                <Checkbox
                  label={`${m.title} (due ${formatDate(m.dueOn)})`}
                  checked={m.done}
                  disabled={!canWrite || toggle.isPending}
                  onChange={() => toggle.mutate(m)}
                  styles={{ label: { overflowWrap: 'anywhere' } }}
                />
                {canWrite && (
                  <ActionIcon
                    size="sm"
                    variant="subtle"
                    color="red"
                    aria-label={`Remove milestone ${m.title}`}
                    title="Remove milestone"
                    onClick={() => {
                      removeMilestone.reset();
                      setRemovingMilestone(m);
                    }}
                  >
                    ×
                  </ActionIcon>
                )}
              </Group>
            ))}
          </Stack>
        )}
        {canWrite && (
          <Group gap="xs">
            {o.kind === 'CUSTOM' && (
              <Button size="compact-sm" variant="light" onClick={() => setMeasuring(true)}>
                Record measurement
              </Button>
            )}
            <MilestoneForm plan={plan} objective={o} />
          </Group>
        )}
      </Stack>
      <Modal opened={measuring} onClose={() => setMeasuring(false)} title={`Record ${o.metric} for ${o.title}`}>
        {measuring && <MeasurementForm plan={plan} objective={o} onClose={() => setMeasuring(false)} />}
      </Modal>
      <Modal opened={editing} onClose={() => setEditing(false)} title="Change the objective" size="lg">
        {editing && <ObjectiveForm plan={plan} objective={o} onClose={() => setEditing(false)} />}
      </Modal>
      <ConfirmModal
        opened={deleting}
        title="Delete the objective?"
        confirmLabel="Delete objective"
        failedTitle="Not deleted"
        error={remove.error}
        pending={remove.isPending}
        onClose={() => setDeleting(false)}
        onConfirm={() =>
          remove.mutate(
            { id: o.id, version: o.version },
            {
              onSuccess: () => {
                setDeleting(false);
                notifications.show({ color: 'green', title: 'Objective deleted', message: o.title });
              },
            },
          )
        }
      >
        “{o.title}” is removed from the plan with its {o.measurements.length} measurement{o.measurements.length === 1 ? '' : 's'} and {o.milestones.length}{' '}
        milestone{o.milestones.length === 1 ? '' : 's'}. This cannot be undone.
      </ConfirmModal>
      <ConfirmModal
        opened={removingMilestone !== null}
        title="Remove the milestone?"
        confirmLabel="Remove milestone"
        failedTitle="Not removed"
        error={removeMilestone.error}
        pending={removeMilestone.isPending}
        onClose={() => setRemovingMilestone(null)}
        onConfirm={() => {
          if (removingMilestone) removeMilestone.mutate(removingMilestone, { onSuccess: () => setRemovingMilestone(null) });
        }}
      >
        “{removingMilestone?.title}” is removed from {o.title}.
      </ConfirmModal>
    </Card>
  );
}

function PlanForm({ accountId, plan, onClose }: { accountId: string; plan?: Plan; onClose: (id?: string) => void }) {
  const create = useCreatePlan(accountId);
  const update = useUpdatePlan();
  const form = useForm<PlanFormValues>({
    mode: 'controlled',
    initialValues: plan ? planValues(plan) : emptyPlanValues(),
    validate: validatePlan,
    validateInputOnBlur: true,
  });
  const { submit, failure, submitting } = useFormSubmit(
    form,
    async (values) => {
      const saved = plan
        ? await update.mutateAsync({ id: plan.id, version: plan.version, patch: toPlanPatch(plan, values) })
        : await create.mutateAsync(toPlanInput(values));
      notifications.show({
        color: 'green',
        title: plan ? 'Plan saved' : 'Plan written',
        message: `The plan covers ${formatDate(saved.periodStart)} to ${formatDate(saved.periodEnd)}.`,
      });
      onClose(saved.id);
    },
    (err) => applyServerError(form, err, PLAN_FIELDS),
  );
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <DateInput label="From" valueFormat="YYYY-MM-DD" placeholder="YYYY-MM-DD" required data-autofocus {...form.getInputProps('periodStart')} />
          <DateInput label="To" valueFormat="YYYY-MM-DD" placeholder="YYYY-MM-DD" required {...form.getInputProps('periodEnd')} />
          <Select
            label="Status"
            data={['DRAFT', 'ACTIVE', 'ARCHIVED'].map((s) => ({ value: s, label: humanize(s) }))}
            allowDeselect={false}
            {...form.getInputProps('status')}
          />
        </SimpleGrid>
        <Textarea label="Why they bought" description="Markdown" autosize minRows={2} {...form.getInputProps('whyTheyBought')} />
        <Textarea label="Customer goals" description="Markdown" autosize minRows={2} {...form.getInputProps('customerGoals')} />
        <Textarea label="Initiatives" description="Markdown" autosize minRows={2} {...form.getInputProps('initiatives')} />
        <Textarea label="Risks" description="Markdown" autosize minRows={2} {...form.getInputProps('risks')} />
        <SaveFailureAlert failure={failure} conflictTitle="Not saved" />
        <FormActions submitLabel={plan ? 'Save plan' : 'Write plan'} submitting={submitting} onCancel={() => onClose()} />
      </Stack>
    </form>
  );
}

function ObjectiveForm({ plan, objective, onClose }: { plan: Plan; objective?: Objective; onClose: () => void }) {
  const add = useAddObjective(plan.id);
  const update = useUpdateObjective();
  const growth = objective?.kind === 'GROWTH';
  const form = useForm<ObjectiveFormValues>({
    mode: 'controlled',
    initialValues: objective ? objectiveValues(objective) : emptyObjectiveValues(),
    validate: (v) => validateObjective(v, plan),
    validateInputOnBlur: true,
  });
  const { submit, failure, submitting } = useFormSubmit(
    form,
    async (values) => {
      const saved = objective
        ? await update.mutateAsync({ id: objective.id, version: objective.version, patch: toObjectivePatch(objective, values) })
        : await add.mutateAsync(toObjectiveInput(values));
      notifications.show({
        color: 'green',
        title: objective ? 'Objective saved' : 'Objective added',
        message: `${saved.title}: ${STATUS_LABEL[saved.status].toLowerCase()}.`,
      });
      onClose();
    },
    (err) => applyServerError(form, err, OBJECTIVE_FIELDS),
  );
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <TextInput label="Title" required data-autofocus {...form.getInputProps('title')} />
        {growth && (
          <Text size="sm" c="dimmed">
            The growth objective’s measure follows the account’s growth target, its year’s baseline and its ARR: change those on the account.
          </Text>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label="Metric" description="What is measured" required disabled={growth} {...form.getInputProps('metric')} />
          <TextInput label="Unit" description="As shown, e.g. users or %" disabled={growth} {...form.getInputProps('unit')} />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <NumberField label="Baseline" description="Its value when the plan starts" required disabled={growth} {...form.getInputProps('baseline')} />
          <NumberField label="Target" description="Other than the baseline" required disabled={growth} {...form.getInputProps('target')} />
          <DateInput
            label="Due on"
            description="Inside the plan’s period"
            valueFormat="YYYY-MM-DD"
            placeholder="YYYY-MM-DD"
            required
            disabled={growth}
            {...form.getInputProps('dueOn')}
          />
        </SimpleGrid>
        <Checkbox label="Shared with the customer (on the print)" {...form.getInputProps('sharedWithCustomer', { type: 'checkbox' })} />
        <SaveFailureAlert failure={failure} conflictTitle={objective ? 'Not saved' : 'Not added'} />
        <FormActions submitLabel={objective ? 'Save objective' : 'Add objective'} submitting={submitting} onCancel={onClose} />
      </Stack>
    </form>
  );
}

function MeasurementForm({ plan, objective, onClose }: { plan: Plan; objective: Objective; onClose: () => void }) {
  const measure = useMeasure(objective.id);
  const today = isoDate();
  const form = useForm<MeasurementFormValues>({
    mode: 'controlled',
    initialValues: { measuredOn: today, value: '', note: '' },
    validate: (v) => validateMeasurement(v, today, plan.periodStart),
    validateInputOnBlur: true,
  });
  const { submit, failure, submitting } = useFormSubmit(
    form,
    async (values) => {
      const saved = await measure.mutateAsync({
        measuredOn: values.measuredOn ?? today,
        value: readNumber(values.value) ?? 0,
        note: values.note.trim() === '' ? null : values.note,
      });
      notifications.show({ color: 'green', title: 'Measurement recorded', message: `${saved.title} is ${STATUS_LABEL[saved.status].toLowerCase()}.` });
      onClose();
    },
    (err) => applyServerError(form, err, MEASUREMENT_FIELDS),
  );
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <DateInput
            label="Measured on"
            description={`From ${formatDate(plan.periodStart)} to today`}
            valueFormat="YYYY-MM-DD"
            placeholder="YYYY-MM-DD"
            required
            {...form.getInputProps('measuredOn')}
          />
          <NumberField label={`Value${objective.unit ? ` (${objective.unit})` : ''}`} required data-autofocus {...form.getInputProps('value')} />
        </SimpleGrid>
        <TextInput label="Note" {...form.getInputProps('note')} />
        <SaveFailureAlert failure={failure} conflictTitle="Not recorded" />
        <FormActions submitLabel="Record measurement" submitting={submitting} onCancel={onClose} />
      </Stack>
    </form>
  );
}

function MilestoneForm({ plan, objective }: { plan: Plan; objective: Objective }) {
  const add = useAddMilestone(objective.id);
  const form = useForm<MilestoneFormValues>({
    mode: 'controlled',
    initialValues: { title: '', dueOn: null },
    validate: (v) => validateMilestone(v, plan, objective),
  });
  const { submit, failure, submitting } = useFormSubmit(
    form,
    async (values) => {
      await add.mutateAsync({ title: values.title, dueOn: values.dueOn ?? '' });
      form.reset();
    },
    (err) => applyServerError(form, err, ['title', 'dueOn']),
  );
  return (
    <form onSubmit={submit} noValidate aria-label="Add a milestone">
      <Group gap="xs" align="flex-start">
        <TextInput size="xs" placeholder="Milestone" aria-label="Milestone" {...form.getInputProps('title')} />
        <DateInput size="xs" placeholder="Due YYYY-MM-DD" aria-label="Milestone due on" valueFormat="YYYY-MM-DD" {...form.getInputProps('dueOn')} />
        <Button size="xs" variant="default" type="submit" loading={submitting}>
          Add milestone
        </Button>
        {failure?.message && (
          <Text size="xs" c="red">
            {failure.message}
          </Text>
        )}
      </Group>
    </form>
  );
}

function ReviewForm({ plan, onClose }: { plan: Plan; onClose: () => void }) {
  const review = useReviewPlan();
  const form = useForm<{ note: string }>({
    mode: 'controlled',
    initialValues: { note: '' },
    validate: { note: (n) => (n.trim() ? tooLong(n, rules.limits.ReviewInput.note.maxLength) : 'Write what was reviewed and agreed.') },
  });
  const { submit, failure, submitting } = useFormSubmit(
    form,
    async (values) => {
      const saved = await review.mutateAsync({ id: plan.id, note: values.note });
      notifications.show({
        color: 'green',
        title: 'Plan reviewed',
        message: saved.reviewDueOn ? `The next review is due ${formatDate(saved.reviewDueOn)}.` : 'The review is recorded.',
      });
      onClose();
    },
    (err) => applyServerError(form, err, ['note']),
  );
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Textarea
          label="Review note"
          description="What was reviewed and agreed; a review is due with each QBR."
          autosize
          minRows={3}
          required
          data-autofocus
          {...form.getInputProps('note')}
        />
        <SaveFailureAlert failure={failure} conflictTitle="Not recorded" />
        <FormActions submitLabel="Record review" submitting={submitting} onCancel={onClose} />
      </Stack>
    </form>
  );
}
