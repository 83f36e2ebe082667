import { Alert, Button, Group, Modal, Paper, Select, Skeleton, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { errorMessage, isApiError } from '../../api/problem';
import { ErrorState } from '../../components/QueryState';
import { characterCount } from '../../components/text-check';
import { useQbr, useRecordResponses, type Qbr } from './api';
import { answerServerErrors, initialAnswers, needsWhy, TEXT_MAX, toResponseInput, validateAnswers, WHY_MAX, type AnswersFormValues } from './answer-model';
import { GRADES, isFailingGrade, NPS_SCORES } from './grades';

const gradeData = GRADES.map((g) => ({ value: g, label: isFailingGrade(g) ? `${g} (below B: failing)` : g }));

/** The account manager's form for answers taken on a call: same rules as the customer's link. */
export function RecordAnswersForm({ qbr, onDone, onCancel }: { qbr: Qbr; onDone: (qbr: Qbr) => void; onCancel: () => void }) {
  const record = useRecordResponses(qbr.accountId);
  const questions = [...qbr.questions].sort((a, b) => a.position - b.position);
  const [general, setGeneral] = useState<string[]>([]);
  const form = useForm<AnswersFormValues>({
    mode: 'controlled',
    initialValues: initialAnswers(questions),
    validate: validateAnswers,
  });

  const submit = form.onSubmit(async (values) => {
    setGeneral([]);
    try {
      const saved = await record.mutateAsync({ id: qbr.id, body: toResponseInput(values) });
      onDone(saved);
    } catch (err) {
      if (isApiError(err, 422)) {
        const { fields, general: rest } = answerServerErrors(err, values);
        form.setErrors(fields);
        setGeneral(rest);
      } else {
        setGeneral([errorMessage(err)]);
      }
    }
  });

  return (
    <form onSubmit={submit} noValidate aria-label="Record answers">
      <Stack>
        <Text size="sm" c="dimmed">
          Answers {qbr.respondentName} gave on the call. A grade below B needs their reason.
        </Text>
        {questions.map((q, i) => {
          const a = form.values.answers[i];
          if (!a) return null;
          const label = `${q.position}. ${q.text}`;
          return (
            <Paper key={q.id} withBorder p="sm" component="section" aria-label={`Question ${q.position}`}>
              <Stack gap="xs">
                {q.kind === 'GRADE' && (
                  <>
                    <Select
                      label={label}
                      placeholder="Choose a grade"
                      data={gradeData}
                      required
                      withAsterisk
                      allowDeselect={false}
                      comboboxProps={{ withinPortal: true }}
                      maxDropdownHeight={320}
                      {...form.getInputProps(`answers.${i}.grade`)}
                    />
                    {needsWhy(a) && (
                      <Textarea
                        label={`Why ${a.grade}?`}
                        description={`The customer's reason, in their words. Required below B. ${characterCount(a.why, WHY_MAX)}.`}
                        required
                        withAsterisk
                        autosize
                        minRows={2}
                        {...form.getInputProps(`answers.${i}.why`)}
                      />
                    )}
                  </>
                )}
                {q.kind === 'NPS' && (
                  <Select
                    label={label}
                    description="0 = not at all likely, 10 = extremely likely"
                    placeholder="Choose a score"
                    data={NPS_SCORES}
                    required
                    withAsterisk
                    allowDeselect={false}
                    comboboxProps={{ withinPortal: true }}
                    {...form.getInputProps(`answers.${i}.score`)}
                  />
                )}
                {q.kind === 'TEXT' && (
                  <Textarea
                    label={label}
                    description={`Optional. ${characterCount(a.text, TEXT_MAX)}.`}
                    autosize
                    minRows={2}
                    {...form.getInputProps(`answers.${i}.text`)}
                  />
                )}
              </Stack>
            </Paper>
          );
        })}
        {general.length > 0 && (
          <Alert color="red" role="alert" title="Answers not saved">
            {general.map((m) => (
              <Text key={m} size="sm">
                {m}
              </Text>
            ))}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel} disabled={record.isPending}>
            Cancel
          </Button>
          <Button type="submit" loading={record.isPending}>
            Save answers
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function RecordAnswersModal({ qbrId, opened, onClose }: { qbrId: string; opened: boolean; onClose: () => void }) {
  const qbr = useQbr(opened ? qbrId : null);
  return (
    <Modal opened={opened} onClose={onClose} title="Record answers from a call" size="xl">
      {qbr.isPending && (
        <Stack aria-busy="true">
          <Skeleton height={60} />
          <Skeleton height={60} />
          <Skeleton height={60} />
        </Stack>
      )}
      {qbr.isError && <ErrorState error={qbr.error} onRetry={() => void qbr.refetch()} title="Could not load the questions" />}
      {qbr.data && (
        <RecordAnswersForm
          key={qbr.data.id}
          qbr={qbr.data}
          onCancel={onClose}
          onDone={(saved) => {
            notifications.show({
              color: saved.failing ? 'red' : 'green',
              title: 'Answers saved',
              message: `Overall ${saved.overallGrade ?? ''}${saved.failing ? ': failing, set a follow-up.' : '.'}`,
            });
            onClose();
          }}
        />
      )}
    </Modal>
  );
}
