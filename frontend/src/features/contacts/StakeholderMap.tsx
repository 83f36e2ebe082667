/**
 * The stakeholder map: an org chart of an account's contacts by reports-to, drawn with React Flow. This module
 * (and the library with its styles) is loaded only when the People tab shows the map.
 */
import { Box, Group, Text } from '@mantine/core';
import { Background, Controls, Handle, Position, ReactFlow, type Edge, type Node, type NodeProps, type NodeTypes } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useMemo, type KeyboardEvent } from 'react';
import { useNavigate } from 'react-router';
import { formatDate } from '../../components/format';
import { BuyingRoleBadge } from './badges';
import { buildOrgForest, DEFAULT_LAYOUT, layoutOrgChart, type OrgPerson } from './org-chart';
import { STANCE_STYLE, cardSize, personDescription, type MapContact } from './map-style';

type PersonNode = Node<{ contact: MapContact; width: number; height: number }, 'person'>;
type GroupNode = Node<{ label: string; width: number; height: number }, 'linebox'>;

const hidden = { opacity: 0, pointerEvents: 'none' as const, width: 1, height: 1, minWidth: 0, minHeight: 0, border: 0 };

function PersonCard({ data }: NodeProps<PersonNode>) {
  const c = data.contact;
  const style = STANCE_STYLE[c.stance ?? 'UNKNOWN'];
  const left = !!c.leftCompanyOn;
  return (
    <Box
      w={data.width}
      h={data.height}
      px={8}
      py={6}
      style={{
        background: left ? 'var(--mantine-color-gray-1)' : style.background,
        border: `2px ${c.stance ? 'solid' : 'dashed'} ${left ? 'var(--mantine-color-gray-5)' : style.border}`,
        borderRadius: 8,
        opacity: left ? 0.65 : 1,
        overflow: 'hidden',
        cursor: 'pointer',
      }}
    >
      <Handle type="target" position={Position.Top} isConnectable={false} style={hidden} />
      <Text size="sm" fw={700} lh={1.25} truncate="end" td={left ? 'line-through' : undefined}>
        {c.name}
      </Text>
      <Text size="xs" c="dimmed" lh={1.25} truncate="end">
        {left ? `Left ${formatDate(c.leftCompanyOn)}` : c.title || c.businessUnitName || '\u00a0'}
      </Text>
      <Group gap={4} mt={4} wrap="nowrap">
        {c.buyingRole && <BuyingRoleBadge role={c.buyingRole} size="xs" />}
        {c.influence != null && (
          <Text size="xs" c="dimmed" aria-hidden style={{ whiteSpace: 'nowrap', letterSpacing: 1 }}>
            {'●'.repeat(c.influence)}
            {'○'.repeat(Math.max(0, 5 - c.influence))}
          </Text>
        )}
      </Group>
      <Handle type="source" position={Position.Bottom} isConnectable={false} style={hidden} />
    </Box>
  );
}

function GroupBox({ data }: NodeProps<GroupNode>) {
  return (
    <Box
      w={data.width}
      h={data.height}
      style={{ border: '1px dashed var(--mantine-color-gray-5)', borderRadius: 10, background: 'var(--mantine-color-gray-0)' }}
      px={12}
      pt={6}
    >
      <Handle type="target" position={Position.Top} isConnectable={false} style={hidden} />
      <Text size="xs" c="dimmed" fw={600} truncate="end" title={data.label}>
        {data.label}
      </Text>
    </Box>
  );
}

// Not React Flow's own 'group' type: its stylesheet pads and borders that node, which pushed the label under the cards.
const nodeTypes: NodeTypes = { person: PersonCard, linebox: GroupBox };

const ARIA = {
  'node.a11yDescription.default': 'Press Enter to open this contact.',
  'node.a11yDescription.keyboardDisabled': 'Press Enter to open this contact.',
  'controls.ariaLabel': 'Map controls',
  'controls.zoomIn.ariaLabel': 'Zoom in',
  'controls.zoomOut.ariaLabel': 'Zoom out',
  'controls.fitView.ariaLabel': 'Fit the whole map in view',
};

/** Nodes and edges for React Flow from the contacts: groups first, so they sit under the cards. */
export function toFlow(contacts: readonly MapContact[], describe: (c: MapContact, boss: OrgPerson | undefined) => string = personDescription) {
  const layout = layoutOrgChart(buildOrgForest(contacts), DEFAULT_LAYOUT);
  const byId = new Map(contacts.map((c) => [c.id, c]));
  const groups: GroupNode[] = layout.groups.map((g) => ({
    id: g.id,
    type: 'linebox',
    position: { x: g.x, y: g.y },
    data: { label: g.label, width: g.width, height: g.height },
    width: g.width,
    height: g.height,
    focusable: false,
    selectable: false,
    zIndex: -1,
  }));
  const people: PersonNode[] = layout.people.map(({ person, x, y }) => {
    const size = cardSize(person.influence);
    return {
      id: person.id,
      type: 'person',
      position: { x: x + (DEFAULT_LAYOUT.slotWidth - size.width) / 2, y: y + (DEFAULT_LAYOUT.slotHeight - size.height) / 2 },
      data: { contact: person, ...size },
      width: size.width,
      height: size.height,
      ariaLabel: describe(person, person.reportsToId ? byId.get(person.reportsToId) : undefined),
    };
  });
  const edges: Edge[] = layout.edges.map((e) => ({
    id: `${e.source}->${e.target}`,
    source: e.source,
    target: e.target,
    type: 'smoothstep',
    focusable: false,
    selectable: false,
    style: { stroke: 'var(--mantine-color-gray-6)', strokeWidth: 1.5 },
  }));
  return { nodes: [...groups, ...people] as Node[], edges };
}

export function StakeholderMap({ contacts, height = 520 }: { contacts: readonly MapContact[]; height?: number }) {
  const navigate = useNavigate();
  const { nodes, edges } = useMemo(() => toFlow(contacts), [contacts]);
  const open = (id: string) => navigate(`/contacts/${id}`);
  // React Flow selects a focused node on Enter; here Enter opens the contact, as a click does.
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key !== 'Enter') return;
    const node = (e.target as HTMLElement).closest<HTMLElement>('.react-flow__node-person');
    const id = node?.dataset.id;
    if (id) {
      e.preventDefault();
      open(id);
    }
  };
  return (
    <Box h={height} onKeyDown={onKeyDown} style={{ border: '1px solid var(--mantine-color-gray-3)', borderRadius: 8 }}>
      <ReactFlow
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        fitView
        fitViewOptions={{ padding: 0.08, maxZoom: 1 }}
        minZoom={0.1}
        maxZoom={1.5}
        nodesDraggable={false}
        nodesConnectable={false}
        elementsSelectable={false}
        edgesFocusable={false}
        onNodeClick={(_, node) => node.type === 'person' && open(node.id)}
        ariaLabelConfig={ARIA}
        aria-label="Stakeholder map"
      >
        <Background gap={24} size={1} />
        <Controls showInteractive={false} />
      </ReactFlow>
    </Box>
  );
}
