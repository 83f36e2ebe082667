import { ActionIcon, Alert, Badge, Box, Button, Card, Group, List, Paper, Select, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { ApiError, errorMessage, STALE_MESSAGE } from '../../api/problem';
import { questionKindValues } from '../../api/schema';
import { DetailBreadcrumbs, DetailLoadError, DetailPageSkeleton } from '../../components/DetailPage';
import { PageHeader } from '../../components/PageHeader';
import { useMe } from '../auth/api';
import { canEditTemplates } from '../auth/permissions';
import { useCopyTemplate, useCreateTemplate, useReplaceTemplate, useTemplate, type QuestionKind, type Template } from './api';
import {
  addableKinds,
  draftOf,
  emptyDraft,
  hasErrors,
  KIND_LABEL,
  KIND_SHORT,
  moveQuestion,
  NAME_MAX,
  newQuestion,
  QUESTION_TEXT_MAX,
  QUESTIONS_MAX,
  removeQuestion,
  serverErrors,
  toInput,
  updateQuestion,
  validateDraft,
  type Draft,
  type DraftErrors,
} from './editor-model';

const LIST = { to: '/templates', label: 'Survey templates' };

export const IN_USE_EXPLANATION =
  'A QBR already uses this template, so its questions can no longer change: the answers customers gave must keep ' +
  'matching the questions they answered. Copy it to make a version you can change; new QBRs can then use the copy.';

/** Copies a template and opens the copy in the editor. */
export function CopyButton({
  template,
  variant = 'filled',
  label = 'Copy to change it',
}: {
  template: Template;
  variant?: 'filled' | 'default' | 'subtle';
  label?: string;
}) {
  const copy = useCopyTemplate();
  const navigate = useNavigate();
  const run = async () => {
    try {
      const created = await copy.mutateAsync(template.id);
      notifications.show({ color: 'green', title: 'Template copied', message: `You are now editing “${created.name}”.` });
      void navigate(`/templates/${created.id}`);
    } catch (err) {
      notifications.show({ color: 'red', title: 'Not copied', message: errorMessage(err) });
    }
  };
  return (
    <Button
      variant={variant}
      onClick={() => void run()}
      loading={copy.isPending}
      size={variant === 'subtle' ? 'compact-sm' : 'sm'}
      aria-label={`${label}: ${template.name}`}
    >
      {label}
    </Button>
  );
}

/** A template shown as it is: in use (frozen), or to someone who may not change templates. */
function ReadOnlyTemplate({ template, canEdit }: { template: Template; canEdit: boolean }) {
  return (
    <Stack>
      {template.inUse ? (
        <Alert color="blue" title="In use: read-only" role="status" maw={820}>
          <Text size="sm">{IN_USE_EXPLANATION}</Text>
          {canEdit && (
            <Group mt="sm">
              <CopyButton template={template} />
            </Group>
          )}
        </Alert>
      ) : (
        <Alert color="gray" role="status" maw={820}>
          Only managers change survey templates.
        </Alert>
      )}
      <Card withBorder maw={820}>
        <List type="ordered" spacing="sm" aria-label="Questions">
          {[...template.questions]
            .sort((a, b) => a.position - b.position)
            .map((q) => (
              <List.Item key={q.id}>
                <Group gap="xs" wrap="nowrap" align="flex-start">
                  <Text size="sm" style={{ wordBreak: 'break-word' }}>
                    {q.text}
                  </Text>
                  <Badge size="xs" variant="light" style={{ flexShrink: 0 }}>
                    {KIND_SHORT[q.kind]}
                  </Badge>
                </Group>
              </List.Item>
            ))}
        </List>
      </Card>
    </Stack>
  );
}

interface Failure {
  message: string;
  inUse: boolean;
  stale: boolean;
}

/** The editor: name, questions of each kind in order, each movable and removable. */
function TemplateForm({ template }: { template?: Template }) {
  const [draft, setDraft] = useState<Draft>(() => (template ? draftOf(template) : emptyDraft()));
  const [checked, setChecked] = useState(false);
  const [fromServer, setFromServer] = useState<DraftErrors | null>(null);
  const [failure, setFailure] = useState<Failure | null>(null);
  const create = useCreateTemplate();
  const replace = useReplaceTemplate();
  const navigate = useNavigate();
  const saving = create.isPending || replace.isPending;

  const local = validateDraft(draft);
  // Local checks show once a save was tried, and then follow the typing; the server's until the next change.
  const errors: DraftErrors = fromServer ?? (checked ? local : { question: {} });
  const change = (next: Draft) => {
    setDraft(next);
    setFromServer(null);
  };
  const setQuestions = (questions: Draft['questions']) => change({ ...draft, questions });
  const kinds = addableKinds(draft.questions, questionKindValues);
  const npsTaken = (key: string) => draft.questions.some((q) => q.kind === 'NPS' && q.key !== key);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    setFailure(null);
    setFromServer(null);
    if (hasErrors(local)) return;
    try {
      if (template) {
        const saved = await replace.mutateAsync({ id: template.id, version: template.version, body: toInput(draft) });
        notifications.show({ color: 'green', title: 'Template saved', message: `“${saved.name}” has ${saved.questions.length} questions.` });
      } else {
        const created = await create.mutateAsync(toInput(draft));
        notifications.show({ color: 'green', title: 'Template created', message: `New QBRs can now use “${created.name}”.` });
        void navigate(`/templates/${created.id}`, { replace: true });
      }
    } catch (err) {
      if (err instanceof ApiError && err.status === 422 && err.problem.errors.length) {
        const placed = serverErrors(draft, err.problem.errors);
        setFromServer(placed.errors);
        if (placed.unplaced.length) setFailure({ message: placed.unplaced.join(' '), inUse: false, stale: false });
        return;
      }
      const inUse = err instanceof ApiError && err.status === 409 && err.problem.type.endsWith('template-in-use');
      const stale = err instanceof ApiError && err.status === 412;
      setFailure({ message: inUse ? IN_USE_EXPLANATION : stale ? STALE_MESSAGE : errorMessage(err), inUse, stale });
    }
  };

  const questionError = checked || fromServer ? errors.questions : undefined;

  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-label="Survey template">
      <Stack maw={820}>
        <TextInput
          label="Name"
          required
          description={`What managers pick when they schedule a QBR; at most ${NAME_MAX} characters.`}
          value={draft.name}
          onChange={(e) => change({ ...draft, name: e.currentTarget.value })}
          error={errors.name}
        />
        <Group justify="space-between" align="flex-end">
          <Title order={3} size="h5" id="questions-title">
            Questions
          </Title>
          <Text size="xs" c="dimmed">
            {draft.questions.length} of at most {QUESTIONS_MAX}; customers answer them in this order
          </Text>
        </Group>
        {questionError && (
          <Alert color="red" role="alert" p="xs" data-testid="questions-error">
            {questionError}
          </Alert>
        )}
        <Stack gap="sm" component="ol" aria-labelledby="questions-title" p={0} m={0} style={{ listStyle: 'none' }}>
          {draft.questions.map((q, i) => {
            const n = i + 1;
            return (
              <Paper key={q.key} component="li" withBorder p="sm" radius="md" data-testid="question">
                <Group align="flex-start" wrap="nowrap" gap="sm">
                  <Text fw={700} c="dimmed" w={24} ta="right" mt={6} aria-hidden>
                    {n}.
                  </Text>
                  <Stack gap="xs" style={{ flex: 1, minWidth: 0 }}>
                    <Textarea
                      label={`Question ${n}`}
                      autosize
                      minRows={1}
                      maxRows={6}
                      value={q.text}
                      onChange={(e) => setQuestions(updateQuestion(draft.questions, q.key, { text: e.currentTarget.value }))}
                      error={errors.question[q.key]}
                      description={`${q.text.length} / ${QUESTION_TEXT_MAX} characters`}
                      styles={{ input: { overflowWrap: 'anywhere' } }}
                    />
                    <Select
                      label={`Kind of question ${n}`}
                      data={questionKindValues.map((k) => ({
                        value: k,
                        label: KIND_LABEL[k],
                        disabled: k === 'NPS' && npsTaken(q.key),
                      }))}
                      value={q.kind}
                      allowDeselect={false}
                      onChange={(v) => v && setQuestions(updateQuestion(draft.questions, q.key, { kind: v as QuestionKind }))}
                      w={400}
                    />
                  </Stack>
                  <Stack gap={4} mt={24}>
                    <ActionIcon
                      variant="default"
                      aria-label={`Move question ${n} up`}
                      disabled={i === 0}
                      onClick={() => setQuestions(moveQuestion(draft.questions, i, -1))}
                    >
                      <span aria-hidden>↑</span>
                    </ActionIcon>
                    <ActionIcon
                      variant="default"
                      aria-label={`Move question ${n} down`}
                      disabled={i === draft.questions.length - 1}
                      onClick={() => setQuestions(moveQuestion(draft.questions, i, 1))}
                    >
                      <span aria-hidden>↓</span>
                    </ActionIcon>
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      aria-label={`Remove question ${n}`}
                      onClick={() => setQuestions(removeQuestion(draft.questions, q.key))}
                    >
                      <span aria-hidden>✕</span>
                    </ActionIcon>
                  </Stack>
                </Group>
              </Paper>
            );
          })}
        </Stack>
        <Group gap="xs">
          {questionKindValues.map((k) => (
            <Button key={k} variant="light" size="xs" disabled={!kinds.includes(k)} onClick={() => setQuestions([...draft.questions, newQuestion(k)])}>
              {`Add ${KIND_SHORT[k] === 'NPS' ? 'an NPS' : `a ${KIND_SHORT[k].toLowerCase()}`} question`}
            </Button>
          ))}
        </Group>
        {failure && (
          <Alert color={failure.inUse || failure.stale ? 'orange' : 'red'} title={failure.inUse ? 'In use: read-only' : 'Not saved'} role="alert">
            {failure.message}
            {failure.inUse && template && (
              <Group mt="sm">
                <CopyButton template={template} />
              </Group>
            )}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button component={Link} to="/templates" variant="default" disabled={saving}>
            Cancel
          </Button>
          <Button type="submit" loading={saving}>
            {template ? 'Save template' : 'Create template'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function NewTemplatePage() {
  const me = useMe().data;
  return (
    <>
      <DetailBreadcrumbs list={LIST} name="New template" />
      <PageHeader title="New survey template" description="The questions a customer answers in a QBR. Every template asks for at least one grade." />
      {canEditTemplates(me) ? (
        <TemplateForm />
      ) : (
        <Alert color="orange" title="Not available to you" role="alert" maw={720}>
          Only managers create survey templates.
        </Alert>
      )}
    </>
  );
}

export function TemplateEditorPage() {
  const { id } = useParams();
  const me = useMe().data;
  const template = useTemplate(id);
  const t = template.data;
  if (template.isPending) return <DetailPageSkeleton list={LIST} blockHeights={[48, 240]} />;
  if (!t)
    return <DetailLoadError list={LIST} name="Template" error={template.error} onRetry={() => void template.refetch()} title="Could not load the template" />;
  const canEdit = canEditTemplates(me);
  return (
    // A name of 200 characters without a space wraps instead of widening the page.
    <Box style={{ overflowWrap: 'anywhere' }}>
      {/* The title below shows the whole name; the trail only needs to recognise it. */}
      <DetailBreadcrumbs list={LIST} name={t.name.length > 60 ? `${t.name.slice(0, 59)}…` : t.name} />
      <PageHeader
        title={t.name}
        description={t.inUse ? 'Used by QBRs, so it stays as it is.' : canEdit ? 'Not used by any QBR yet: you can change it.' : undefined}
        badges={
          <>
            {t.isDefault && <Badge variant="light">Default</Badge>}
            {t.inUse && (
              <Badge variant="light" color="gray">
                In use
              </Badge>
            )}
          </>
        }
        actions={canEdit && !t.inUse ? <CopyButton template={t} variant="default" label="Make a copy" /> : undefined}
      />
      {canEdit && !t.inUse ? <TemplateForm key={`${t.id}:${t.version}`} template={t} /> : <ReadOnlyTemplate template={t} canEdit={canEdit} />}
    </Box>
  );
}
