import { Anchor, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { Qbr } from './api';

/** The account's contacts a QBR was sent to, each linked to their page. */
export function QbrRespondents({ respondents }: { respondents: Qbr['respondents'] }) {
  return (
    <Text size="sm" component="span">
      {respondents.map((r, i) => (
        <span key={r.contactId}>
          {i > 0 && ', '}
          <Anchor component={Link} to={`/contacts/${r.contactId}`} inherit>
            {r.name}
          </Anchor>
        </span>
      ))}
    </Text>
  );
}
