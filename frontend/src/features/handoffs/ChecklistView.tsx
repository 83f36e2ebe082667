import { Anchor, Card, List, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { ChecklistSection } from './api';

/** Where a checklist item's record is shown: QBRs live on their account's QBR tab. */
function recordLink(item: ChecklistSection['items'][number], accountId: string): string | null {
  if (!item.recordId) return null;
  switch (item.recordType) {
    case 'account':
      return `/accounts/${item.recordId}`;
    case 'opportunity':
      return `/opportunities/${item.recordId}`;
    case 'qbr':
      return `/accounts/${accountId}?tab=qbrs`;
    default:
      return null;
  }
}

/**
 * A handoff's checklist, section by section: what the data said, and what the person handing over added.
 * `extra` renders below a section (the start form puts its "add to this section" field there).
 */
export function ChecklistView({ sections, accountId, extra }: { sections: ChecklistSection[]; accountId: string; extra?: (s: ChecklistSection) => ReactNode }) {
  return (
    <Stack gap="sm">
      {sections.map((s) => (
        <Card key={s.kind} withBorder padding="sm" component="section" aria-labelledby={`checklist-${s.kind}`}>
          <Title order={4} size="h5" id={`checklist-${s.kind}`}>
            {s.title}
          </Title>
          <Text size="xs" c="dimmed" mb={s.items.length ? 4 : 0}>
            {s.summary}
          </Text>
          {s.items.length > 0 && (
            <List size="sm" spacing={2}>
              {s.items.map((item, i) => {
                const to = recordLink(item, accountId);
                return (
                  <List.Item key={i} style={{ overflowWrap: 'anywhere' }}>
                    {item.text}
                    {to && item.recordType !== 'account' && (
                      <>
                        {' '}
                        <Anchor component={Link} to={to} size="sm">
                          Open
                        </Anchor>
                      </>
                    )}
                  </List.Item>
                );
              })}
            </List>
          )}
          {s.note && (
            <Text size="sm" mt={6} style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
              <Text span fw={600}>
                Added:{' '}
              </Text>
              {s.note}
            </Text>
          )}
          {extra?.(s)}
        </Card>
      ))}
    </Stack>
  );
}
