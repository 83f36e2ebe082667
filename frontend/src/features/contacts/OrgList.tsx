import { Anchor, Group, Text } from '@mantine/core';
import { useMemo } from 'react';
import { Link } from 'react-router';
import { formatDate } from '../../components/format';
import { BuyingRoleBadge, InfluenceDots, LeftBadge, StanceBadge } from './badges';
import type { MapContact } from './map-style';
import { buildOrgForest, type OrgNode } from './org-chart';

function Branch({ node }: { node: OrgNode<MapContact> }) {
  const c = node.person;
  return (
    <li>
      <Group gap={8} wrap="wrap" py={2} style={{ opacity: c.leftCompanyOn ? 0.6 : 1 }}>
        <Anchor component={Link} to={`/contacts/${c.id}`} fw={600} size="sm" td={c.leftCompanyOn ? 'line-through' : undefined}>
          {c.name}
        </Anchor>
        {c.title && (
          <Text size="sm" c="dimmed">
            {c.title}
          </Text>
        )}
        <BuyingRoleBadge role={c.buyingRole} size="xs" />
        <StanceBadge stance={c.stance} size="xs" />
        <InfluenceDots influence={c.influence} />
        {c.leftCompanyOn && (
          <>
            <LeftBadge />
            <Text size="xs" c="dimmed">
              {formatDate(c.leftCompanyOn)}
            </Text>
          </>
        )}
      </Group>
      {node.reports.length > 0 && (
        <ul aria-label={`Reports to ${c.name}`} style={{ margin: 0, paddingLeft: 20, listStyle: 'none', borderLeft: '1px solid var(--mantine-color-gray-3)' }}>
          {node.reports.map((r) => (
            <Branch key={r.person.id} node={r} />
          ))}
        </ul>
      )}
    </li>
  );
}

/** The stakeholder map as a nested list: the same reporting lines, read in order by keyboard and screen reader. */
export function OrgList({ contacts }: { contacts: readonly MapContact[] }) {
  const forest = useMemo(() => buildOrgForest(contacts), [contacts]);
  return (
    <ul aria-label="Reporting lines" style={{ margin: 0, paddingLeft: 4, listStyle: 'none' }}>
      {forest.map((n) => (
        <Branch key={n.person.id} node={n} />
      ))}
    </ul>
  );
}
