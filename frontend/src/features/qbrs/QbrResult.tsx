import { Alert, Badge, Blockquote, Group, Stack, Table, Text, Title } from '@mantine/core';
import { EMPTY, formatDateTime } from '../../components/format';
import type { Qbr } from './api';
import { FollowUpPanel } from './FollowUpPanel';
import { GRADE_POINTS, GRADES } from './grades';
import { GradeBadge } from './QbrBadges';
import { QbrRespondents } from './QbrRespondents';

/** The best grade's points, from the rules document. */
const MAX_POINTS = Math.max(...GRADES.map((g) => GRADE_POINTS[g]));

function Stat({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <div>{children}</div>
    </div>
  );
}

/**
 * An answered QBR: overall grade, failing flag, the failing questions with their reasons, all answers,
 * follow-up (editable when `canEdit`).
 */
export function QbrResult({ qbr, canEdit = true }: { qbr: Qbr; canEdit?: boolean }) {
  const questions = [...qbr.questions].sort((a, b) => a.position - b.position);
  const answerOf = (id: string) => qbr.answers.find((a) => a.questionId === id);
  return (
    <Stack gap="md">
      <Group gap="xl" align="flex-start" wrap="wrap">
        <Stat label="Overall grade">
          <Group gap="xs">
            <GradeBadge grade={qbr.overallGrade} size="xl" />
            {qbr.failing ? (
              <Badge color="red" variant="light" size="lg">
                Failing
              </Badge>
            ) : (
              <Badge color="teal" variant="light" size="lg">
                Passing
              </Badge>
            )}
          </Group>
        </Stat>
        <Stat label="Points">
          <Text size="sm">
            {qbr.overallPoints === null ? EMPTY : qbr.overallPoints.toFixed(2)} of {MAX_POINTS.toFixed(2)}
          </Text>
        </Stat>
        <Stat label="NPS answer">
          <Text size="sm">{qbr.npsScore ?? EMPTY}</Text>
        </Stat>
        <Stat label="Answered">
          <Text size="sm">
            {formatDateTime(qbr.answeredAt)} ·{' '}
            {qbr.channel === 'CALL' ? `recorded from a call${qbr.recordedBy ? ` by ${qbr.recordedBy}` : ''}` : `by ${qbr.respondentName} via the link`}
          </Text>
        </Stat>
        {qbr.respondents.length > 0 && (
          <Stat label="Sent to">
            <QbrRespondents respondents={qbr.respondents} />
          </Stat>
        )}
      </Group>

      {qbr.failingQuestions.length > 0 && (
        <Alert color="red" variant="light" title={qbr.failing ? 'Failing: anything below a B is really an F' : 'Graded below B'} role="region">
          <Stack gap="sm">
            {qbr.failingQuestions.map((fq) => (
              <div key={fq.questionId}>
                <Group gap="xs" wrap="nowrap" align="flex-start">
                  <GradeBadge grade={fq.grade} size="sm" />
                  <Text size="sm" fw={600}>
                    {fq.text}
                  </Text>
                </Group>
                <Blockquote color="red" p="xs" mt={6} ml={44} fz="sm" cite={`— ${qbr.respondentName}`}>
                  {fq.why}
                </Blockquote>
              </div>
            ))}
          </Stack>
        </Alert>
      )}

      <div>
        <Title order={4} size="h5" mb={6}>
          All answers
        </Title>
        <Table.ScrollContainer minWidth={560}>
          <Table verticalSpacing="xs" aria-label="Answers">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Question</Table.Th>
                <Table.Th w={90}>Answer</Table.Th>
                <Table.Th>Why / comment</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {questions.map((q) => {
                const a = answerOf(q.id);
                return (
                  <Table.Tr key={q.id}>
                    <Table.Td>
                      <Text size="sm">
                        {q.position}. {q.text}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      {q.kind === 'GRADE' ? (
                        <GradeBadge grade={a?.grade} size="sm" />
                      ) : q.kind === 'NPS' ? (
                        <Text size="sm">{a?.score ?? EMPTY} / 10</Text>
                      ) : null}
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'pre-wrap' }}>
                      <Text size="sm">{(q.kind === 'TEXT' ? a?.text : a?.why) || EMPTY}</Text>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </div>

      {qbr.failing && <FollowUpPanel qbr={qbr} canEdit={canEdit} />}
    </Stack>
  );
}
