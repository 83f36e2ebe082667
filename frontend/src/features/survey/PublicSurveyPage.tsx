import { Alert, Box, Button, Container, Group, Loader, Paper, Stack, Text, Textarea, ThemeIcon, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDocumentTitle } from '@mantine/hooks';
import { useRef, useState, type ReactNode } from 'react';
import { useParams } from 'react-router';
import { errorMessage } from '../../api/problem';
import { formatDateTime } from '../../components/format';
import { characterCount } from '../../components/text-check';
import {
  answerInputId,
  answerServerErrors,
  initialAnswers,
  needsWhy,
  TEXT_MAX,
  toResponseInput,
  validateAnswers,
  WHY_MAX,
  type AnswersFormValues,
} from '../qbrs/answer-model';
import { GradeRadioGroup, ScoreRadioGroup } from '../qbrs/ChoiceGroups';
import { linkStateOf, useAnswerSurvey, usePublicSurvey, type LinkState, type PublicSurvey } from './api';

/** A page of its own: no app shell, no navigation, nothing that needs a login. */
function Frame({ children, title }: { children: ReactNode; title: string }) {
  useDocumentTitle(title);
  return (
    <Box bg="gray.0" mih="100dvh" py={{ base: 'md', sm: 'xl' }}>
      <Container size="sm" px={{ base: 'sm', sm: 'md' }}>
        <Group gap={8} mb="md" aria-hidden>
          <ThemeIcon size="md" radius="sm">
            <svg viewBox="0 0 32 32" width="18" height="18">
              <path d="M7 22h18M7 16h18M7 10h18" stroke="#fff" strokeWidth="3" strokeLinecap="round" />
            </svg>
          </ThemeIcon>
          <Text fw={600} c="dimmed">
            Quarterly business review
          </Text>
        </Group>
        <main>{children}</main>
      </Container>
    </Box>
  );
}

const LINK_STATES: Record<LinkState, { title: string; body: string; color: string }> = {
  unknown: {
    title: 'This link is not valid',
    body: 'Check that you opened the whole link from the message you received. If it still does not work, ask your account manager for a new one.',
    color: 'gray',
  },
  answered: {
    title: 'This survey has already been answered',
    body: 'Thank you! Each link takes one set of answers, and this one has been used. If you want to add something, reply to your account manager directly.',
    color: 'blue',
  },
  expired: {
    title: 'This link has expired',
    body: 'Survey links work for a limited time. Ask your account manager for a new link.',
    color: 'orange',
  },
  withdrawn: {
    title: 'This survey has been withdrawn',
    body: 'The survey behind this link was withdrawn or replaced by a newer link. Your account manager will be in touch.',
    color: 'orange',
  },
};

export function LinkStatePanel({ state }: { state: LinkState }) {
  const s = LINK_STATES[state];
  return (
    <Frame title={`${s.title} · Survey`}>
      <Paper withBorder p={{ base: 'md', sm: 'xl' }} radius="md">
        <Stack gap="sm">
          <Title order={1} size="h2">
            {s.title}
          </Title>
          <Text>{s.body}</Text>
        </Stack>
      </Paper>
    </Frame>
  );
}

function ThankYou({ accountName, answeredAt }: { accountName: string; answeredAt: string }) {
  return (
    <Frame title="Thank you · Survey">
      <Paper withBorder p={{ base: 'md', sm: 'xl' }} radius="md">
        <Stack gap="sm" role="status">
          <Title order={1} size="h2">
            Thank you!
          </Title>
          <Text>
            Your answers for {accountName} were received on {formatDateTime(answeredAt)}. Your account manager will go through them with you, starting with
            anything you graded below B.
          </Text>
          <Text size="sm" c="dimmed">
            You can close this page now.
          </Text>
        </Stack>
      </Paper>
    </Frame>
  );
}

function SurveyForm({ token, survey, onAnswered }: { token: string; survey: PublicSurvey; onAnswered: (answeredAt: string) => void }) {
  const submit = useAnswerSurvey(token);
  const [general, setGeneral] = useState<string[]>([]);
  const [linkState, setLinkState] = useState<LinkState | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const form = useForm<AnswersFormValues>({
    mode: 'controlled',
    initialValues: initialAnswers(survey.questions),
    validate: validateAnswers,
  });

  const focusFirstError = (errors: Record<string, unknown>) => {
    const first = form.values.answers.flatMap((_, i) => ['grade', 'score', 'why', 'text'].map((f) => `answers.${i}.${f}`)).find((path) => errors[path]);
    if (!first) return;
    requestAnimationFrame(() => {
      const root = document.getElementById(answerInputId('q', first));
      const target = root?.matches('input, textarea')
        ? root
        : (root?.querySelector<HTMLElement>('input:checked') ?? root?.querySelector<HTMLElement>('input, textarea'));
      target?.focus();
      target?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    });
  };

  const onSubmit = form.onSubmit(
    async (values) => {
      setGeneral([]);
      try {
        const receipt = await submit.mutateAsync(toResponseInput(values));
        onAnswered(receipt.answeredAt);
      } catch (err) {
        const state = linkStateOf(err);
        if (state) {
          setLinkState(state);
          return;
        }
        const { fields, general: rest } = answerServerErrors(err, values);
        form.setErrors(fields);
        setGeneral(rest);
        focusFirstError(fields);
      }
    },
    (errors) => focusFirstError(errors),
  );

  if (linkState) return <LinkStatePanel state={linkState} />;

  const errorCount = Object.keys(form.errors).length;

  return (
    <Frame title={`Survey for ${survey.accountName}`}>
      <Stack gap="lg">
        <div>
          <Title order={1} size="h2">
            How are we doing, {survey.accountName}?
          </Title>
          <Text mt="xs">Grade us from A+ (best) to F on each question. Anything below a B means we fell short: please tell us why, so we can fix it.</Text>
          <Text size="sm" c="dimmed" mt={4}>
            Takes about three minutes. This link works until {formatDateTime(survey.expiresAt)} (your local time).
          </Text>
        </div>
        <form ref={formRef} onSubmit={onSubmit} noValidate aria-label="Survey">
          <Stack gap="md">
            {survey.questions.map((q, i) => {
              const a = form.values.answers[i];
              if (!a) return null;
              const number = `${i + 1}.`;
              return (
                <Paper key={q.id} withBorder p={{ base: 'md', sm: 'lg' }} radius="md" component="section" aria-label={`Question ${i + 1}`}>
                  <Stack gap="sm">
                    {q.kind === 'GRADE' && (
                      <>
                        <GradeRadioGroup
                          id={answerInputId('q', `answers.${i}.grade`)}
                          name={`grade-${q.id}`}
                          label={`${number} ${q.text}`}
                          value={a.grade}
                          onChange={(g) => {
                            form.setFieldValue(`answers.${i}.grade`, g);
                            form.clearFieldError(`answers.${i}.grade`);
                          }}
                          error={form.errors[`answers.${i}.grade`]}
                          large
                        />
                        {needsWhy(a) && (
                          <Textarea
                            id={answerInputId('q', `answers.${i}.why`)}
                            label={`Why ${a.grade}? What should we do better?`}
                            description={`Required for a grade below B. ${characterCount(a.why, WHY_MAX)}.`}
                            required
                            withAsterisk
                            autosize
                            minRows={3}
                            maxRows={10}
                            size="md"
                            {...form.getInputProps(`answers.${i}.why`)}
                          />
                        )}
                      </>
                    )}
                    {q.kind === 'NPS' && (
                      <ScoreRadioGroup
                        id={answerInputId('q', `answers.${i}.score`)}
                        name={`score-${q.id}`}
                        label={`${number} ${q.text}`}
                        description="0 = not at all likely, 10 = extremely likely"
                        value={a.score}
                        onChange={(s) => {
                          form.setFieldValue(`answers.${i}.score`, s);
                          form.clearFieldError(`answers.${i}.score`);
                        }}
                        error={form.errors[`answers.${i}.score`]}
                        large
                      />
                    )}
                    {q.kind === 'TEXT' && (
                      <Textarea
                        id={answerInputId('q', `answers.${i}.text`)}
                        label={`${number} ${q.text}`}
                        description={`Optional. ${characterCount(a.text, TEXT_MAX)}.`}
                        autosize
                        minRows={3}
                        maxRows={12}
                        size="md"
                        {...form.getInputProps(`answers.${i}.text`)}
                      />
                    )}
                  </Stack>
                </Paper>
              );
            })}
            {(general.length > 0 || (submit.isError && errorCount === 0 && general.length === 0)) && (
              <Alert color="red" role="alert" title="Your answers were not sent">
                {general.length ? (
                  general.map((m) => (
                    <Text key={m} size="sm">
                      {m}
                    </Text>
                  ))
                ) : (
                  <Text size="sm">{errorMessage(submit.error)}</Text>
                )}
              </Alert>
            )}
            {errorCount > 0 && (
              <Text c="red" size="sm" role="status">
                {errorCount === 1 ? 'One answer needs your attention above.' : `${errorCount} answers need your attention above.`}
              </Text>
            )}
            <Button type="submit" size="lg" fullWidth loading={submit.isPending}>
              Send my answers
            </Button>
          </Stack>
        </form>
      </Stack>
    </Frame>
  );
}

export function PublicSurveyPage() {
  const { token = '' } = useParams();
  const survey = usePublicSurvey(token);
  const [answeredAt, setAnsweredAt] = useState<string | null>(null);

  if (answeredAt && survey.data) return <ThankYou accountName={survey.data.accountName} answeredAt={answeredAt} />;
  if (survey.isPending) {
    return (
      <Frame title="Survey">
        <Group justify="center" py="xl" role="status">
          <Loader size="sm" />
          <Text c="dimmed">Loading the survey…</Text>
        </Group>
      </Frame>
    );
  }
  if (survey.isError) {
    const state = linkStateOf(survey.error);
    if (state) return <LinkStatePanel state={state} />;
    return (
      <Frame title="Survey">
        <Alert color="red" role="alert" title="The survey could not be loaded">
          <Stack gap="sm">
            <Text size="sm">{errorMessage(survey.error)}</Text>
            <Group>
              <Button variant="white" color="red" onClick={() => void survey.refetch()}>
                Try again
              </Button>
            </Group>
          </Stack>
        </Alert>
      </Frame>
    );
  }
  return <SurveyForm token={token} survey={survey.data} onAnswered={setAnsweredAt} />;
}
