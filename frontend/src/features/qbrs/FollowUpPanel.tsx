import { ActionIcon, Alert, Button, Card, Group, List, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import dayjs from 'dayjs';
import { useState } from 'react';
import { applyServerError, type FormFailure } from '../../components/server-errors';
import { formatDate, isoDate } from '../../components/format';
import { tooLong } from '../../components/text-check';
import { useSetFollowUp, type Qbr } from './api';
import { isRealisticTarget, realisticTargets, type Grade } from './grades';
import { FollowUpBadge, GradeBadge } from './QbrBadges';
import { rules } from '../../api/rules';
import { FollowUpTaskList } from '../tasks/FollowUpTaskList';

const { minSteps, maxSteps, minDays, maxDays } = rules.followUp;
const ACTIONS = rules.limits.FollowUpInput.actions;

interface Values {
  [key: string]: unknown;
  targetGrade: Grade | null;
  targetDate: string | null;
  actions: string[];
}

const FIELDS = ['targetGrade', 'targetDate', 'actions'] as const;

/** The dates the next call may be on (rules.followUp: minDays to maxDays from today), as YYYY-MM-DD. */
export function followUpWindow(today = dayjs()) {
  return { earliest: isoDate(today.add(minDays, 'day')), latest: isoDate(today.add(maxDays, 'day')) };
}

/** The checks the server makes, with the same rules: a realistic target and a date inside the window. */
export function validateFollowUp(v: Values, overall: Grade | null | undefined, today = dayjs()) {
  const e: Partial<Record<string, string>> = {};
  const { earliest, latest } = followUpWindow(today);
  if (!v.targetGrade) e.targetGrade = 'Choose the grade to reach on the next call.';
  else if (overall && !isRealisticTarget(overall, v.targetGrade)) {
    const targets = realisticTargets(overall);
    e.targetGrade = `A target of ${v.targetGrade} is not ${minSteps} to ${maxSteps} steps above today's ${overall}. Choose ${targets[targets.length - 1]} to ${targets[0]}.`;
  }
  if (!v.targetDate) e.targetDate = 'Pick the date of the next call.';
  else if (v.targetDate < earliest || v.targetDate > latest)
    e.targetDate = `The next call must be ${minDays} to ${maxDays} days away. Choose a date from ${formatDate(earliest)} to ${formatDate(latest)}.`;
  v.actions.forEach((action, i) => {
    const problem = tooLong(action.trim(), ACTIONS.itemMaxLength);
    if (problem) e[`actions.${i}`] = problem;
  });
  return e;
}

/** The rule in words, for the field descriptions. */
export function followUpHints(overall: Grade, today = dayjs()) {
  const targets = realisticTargets(overall);
  const { earliest, latest } = followUpWindow(today);
  return {
    grade: targets.length
      ? `Realistic: ${minSteps} to ${maxSteps} steps above today's ${overall}, so ${targets[targets.length - 1]} to ${targets[0]}.`
      : `Above today's ${overall}.`,
    date: `${minDays} to ${maxDays} days away: ${formatDate(earliest)} to ${formatDate(latest)}.`,
  };
}

export function FollowUpForm({ qbr, onDone, onCancel }: { qbr: Qbr; onDone: () => void; onCancel?: () => void }) {
  const save = useSetFollowUp(qbr.accountId);
  const [failure, setFailure] = useState<FormFailure | null>(null);
  const existing = qbr.followUp;
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: {
      targetGrade: existing?.targetGrade ?? null,
      targetDate: existing?.targetDate ?? null,
      actions: existing?.actions.length ? [...existing.actions] : [''],
    },
    validate: (values) => validateFollowUp(values, qbr.overallGrade),
  });
  const overall = qbr.overallGrade;
  const hints = overall ? followUpHints(overall) : null;
  // Only what the server accepts is offered: the realistic targets, and the dates inside the window.
  const gradeData = overall ? realisticTargets(overall) : [];
  const { earliest, latest } = followUpWindow();

  const submit = form.onSubmit(async (v) => {
    setFailure(null);
    try {
      await save.mutateAsync({
        id: qbr.id,
        body: {
          targetGrade: v.targetGrade as Grade,
          targetDate: v.targetDate ?? '',
          actions: v.actions.map((a) => a.trim()).filter(Boolean),
        },
      });
      notifications.show({ color: 'green', title: 'Follow-up saved', message: `Target ${v.targetGrade} by ${formatDate(v.targetDate)}.` });
      onDone();
    } catch (err) {
      setFailure(applyServerError(form, err, FIELDS));
    }
  });

  return (
    <form onSubmit={submit} noValidate aria-label="Follow-up">
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label="Target grade"
            description={hints?.grade}
            placeholder="Grade for the next call"
            data={gradeData}
            required
            withAsterisk
            allowDeselect={false}
            comboboxProps={{ withinPortal: true }}
            maxDropdownHeight={320}
            {...form.getInputProps('targetGrade')}
          />
          <DateInput
            label="Next call"
            description={hints?.date}
            valueFormat="YYYY-MM-DD"
            placeholder="YYYY-MM-DD"
            required
            withAsterisk
            popoverProps={{ withinPortal: true }}
            excludeDate={(day) => day < earliest || day > latest}
            defaultDate={form.values.targetDate ?? earliest}
            {...form.getInputProps('targetDate')}
          />
        </SimpleGrid>
        <Stack gap={6}>
          <Text size="sm" fw={500} id={`actions-${qbr.id}`}>
            Actions
          </Text>
          <Text size="xs" c="dimmed" mt={-4}>
            What you will do to get there, one step per line.
          </Text>
          {form.values.actions.map((_, i) => (
            <Group key={i} gap="xs" wrap="nowrap" align="flex-start">
              <TextInput
                flex={1}
                aria-label={`Action ${i + 1}`}
                placeholder={i === 0 ? 'e.g. Monthly roadmap session with their CTO' : 'Another action'}
                {...form.getInputProps(`actions.${i}`)}
              />
              <ActionIcon
                variant="subtle"
                color="gray"
                size="lg"
                aria-label={`Remove action ${i + 1}`}
                onClick={() => (form.values.actions.length > 1 ? form.removeListItem('actions', i) : form.setFieldValue('actions.0', ''))}
              >
                ×
              </ActionIcon>
            </Group>
          ))}
          {typeof form.errors.actions === 'string' && (
            <Text size="xs" c="red">
              {form.errors.actions}
            </Text>
          )}
          <Group>
            <Button variant="subtle" size="xs" onClick={() => form.insertListItem('actions', '')} disabled={form.values.actions.length >= ACTIONS.maxItems}>
              Add action
            </Button>
          </Group>
        </Stack>
        {failure?.message && (
          <Alert color={failure.conflict ? 'orange' : 'red'} title="Follow-up not saved" role="alert">
            {failure.message}
          </Alert>
        )}
        <Group justify="flex-end">
          {onCancel && (
            <Button variant="default" onClick={onCancel} disabled={save.isPending}>
              Cancel
            </Button>
          )}
          <Button type="submit" loading={save.isPending}>
            Save follow-up
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** After a failing QBR: the realistic follow-up, its form (for those who may change it), then its status. */
export function FollowUpPanel({ qbr, canEdit = true }: { qbr: Qbr; canEdit?: boolean }) {
  const [editing, setEditing] = useState(false);
  const f = qbr.followUp;
  return (
    <Card withBorder component="section" aria-labelledby={`follow-up-${qbr.id}`} bg="var(--mantine-color-gray-0)">
      <Group justify="space-between" mb="sm">
        <Group gap="xs">
          <Title order={4} id={`follow-up-${qbr.id}`}>
            Follow-up
          </Title>
          {f && <FollowUpBadge status={f.status} />}
        </Group>
        {f && f.status === 'OPEN' && !editing && canEdit && (
          <Button size="xs" variant="default" onClick={() => setEditing(true)}>
            Edit follow-up
          </Button>
        )}
      </Group>
      {!f && (
        <Text size="sm" mb="sm">
          {canEdit
            ? 'This QBR is failing. Agree a realistic target with the customer and the date of the next call.'
            : 'This QBR is failing and has no follow-up yet. The account’s owner or a manager sets one.'}
        </Text>
      )}
      {canEdit && (!f || editing) && (
        <FollowUpForm key={qbr.version} qbr={qbr} onDone={() => setEditing(false)} {...(f ? { onCancel: () => setEditing(false) } : {})} />
      )}
      {f && !editing && (
        <Stack gap="xs" role="group" aria-label="Saved follow-up">
          <Group gap="xl">
            <div>
              <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
                Target grade
              </Text>
              <GradeBadge grade={f.targetGrade} />
            </div>
            <div>
              <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
                Next call
              </Text>
              <Text size="sm">{formatDate(f.targetDate)}</Text>
            </div>
            <div>
              <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
                Status
              </Text>
              <Text size="sm">
                {f.status === 'OPEN'
                  ? 'Open: judged when the next QBR is answered'
                  : f.status === 'MET'
                    ? `Met: the next QBR reached ${f.targetGrade} or better`
                    : f.judgedByQbrId
                      ? `Missed: the next QBR stayed below ${f.targetGrade}`
                      : `Missed: no QBR was answered by the call date and its grace period${f.judgedAt ? ` (judged ${formatDate(f.judgedAt)})` : ''}`}
              </Text>
            </div>
          </Group>
          {f.actions.length > 0 ? (
            <List size="sm" spacing={2}>
              {f.actions.map((a, i) => (
                <List.Item key={i}>{a}</List.Item>
              ))}
            </List>
          ) : (
            <Text size="sm" c="dimmed">
              No actions listed.
            </Text>
          )}
          <FollowUpTaskList qbrId={qbr.id} />
        </Stack>
      )}
    </Card>
  );
}
