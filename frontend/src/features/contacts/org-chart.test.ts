import { describe, expect, it } from 'vitest';
import {
  buildOrgForest,
  DEFAULT_LAYOUT,
  directReports,
  groupIdOf,
  layoutOrgChart,
  LONERS_GROUP_ID,
  reportsToChain,
  type OrgNode,
  type OrgPerson,
} from './org-chart';

const p = (id: string, reportsToId: string | null = null, name = id.toUpperCase()): OrgPerson => ({ id, name, reportsToId });

const shape = (nodes: OrgNode<OrgPerson>[]): unknown => nodes.map((n) => (n.reports.length ? { [n.person.id]: shape(n.reports) } : n.person.id));

function overlaps(a: { x: number; y: number }, b: { x: number; y: number }) {
  return Math.abs(a.x - b.x) < DEFAULT_LAYOUT.slotWidth && Math.abs(a.y - b.y) < DEFAULT_LAYOUT.slotHeight;
}

describe('buildOrgForest', () => {
  it('is empty for nobody', () => {
    expect(buildOrgForest([])).toEqual([]);
  });

  it('nests reports under their manager, roots and reports by name', () => {
    const people = [p('cfo', 'ceo', 'Zoe'), p('ceo', null, 'Ann'), p('buyer', 'cfo', 'Bob'), p('cto', 'ceo', 'Carl'), p('other', null, 'Mia')];
    expect(shape(buildOrgForest(people))).toEqual([{ ceo: ['cto', { cfo: ['buyer'] }] }, 'other']);
  });

  it('makes a root of whoever reports to someone not loaded, or to themselves', () => {
    expect(shape(buildOrgForest([p('a', 'gone'), p('b', 'b')]))).toEqual(['a', 'b']);
  });

  it('shows everyone once even when the data has a cycle', () => {
    const forest = buildOrgForest([p('a', 'c'), p('b', 'a'), p('c', 'b'), p('d', 'c')]);
    expect(shape(forest)).toEqual([{ a: [{ b: [{ c: ['d'] }] }] }]);
  });
});

describe('reportsToChain and directReports', () => {
  const people = [p('ceo'), p('vp', 'ceo'), p('dir', 'vp'), p('x', 'dir'), p('y', 'dir', 'Adam')];

  it('walks up to the top, nearest manager first', () => {
    expect(reportsToChain('x', people).map((q) => q.id)).toEqual(['dir', 'vp', 'ceo']);
    expect(reportsToChain('ceo', people)).toEqual([]);
  });

  it('stops at a cycle', () => {
    expect(reportsToChain('a', [p('a', 'b'), p('b', 'a')]).map((q) => q.id)).toEqual(['b']);
  });

  it('lists direct reports by name', () => {
    expect(directReports('dir', people).map((q) => q.id)).toEqual(['y', 'x']);
    expect(directReports('x', people)).toEqual([]);
  });
});

describe('layoutOrgChart', () => {
  it('draws nothing for nobody', () => {
    const layout = layoutOrgChart([]);
    expect(layout).toEqual({ people: [], groups: [], edges: [], width: 0, height: 0 });
  });

  it('puts a single contact in the box of people outside every reporting line', () => {
    const layout = layoutOrgChart(buildOrgForest([p('only')]));
    expect(layout.people).toHaveLength(1);
    expect(layout.groups.map((g) => g.id)).toEqual([LONERS_GROUP_ID]);
    expect(layout.edges).toEqual([]);
    expect(layout.width).toBeGreaterThan(0);
  });

  it('centres a manager over their reports, one level down', () => {
    const layout = layoutOrgChart(buildOrgForest([p('boss'), p('a', 'boss'), p('b', 'boss')]));
    const at = (id: string) => {
      const q = layout.people.find((x) => x.person.id === id);
      if (!q) throw new Error(`${id} not placed`);
      return q;
    };
    expect(at('a').y).toBe(at('b').y);
    expect(at('a').y).toBeGreaterThan(at('boss').y);
    expect(at('boss').x).toBe((at('a').x + at('b').x) / 2);
    expect(layout.edges).toEqual([
      { source: 'boss', target: 'a' },
      { source: 'boss', target: 'b' },
    ]);
  });

  it('gathers many reports who manage nobody in one box under their manager', () => {
    const people = [p('ceo'), ...Array.from({ length: 59 }, (_, i) => p(`r${i}`, 'ceo'))];
    const layout = layoutOrgChart(buildOrgForest(people));
    expect(layout.people).toHaveLength(60);
    expect(layout.edges).toEqual([{ source: 'ceo', target: groupIdOf('ceo') }]);
    const [box] = layout.groups;
    if (!box) throw new Error('no box');
    expect(box.label).toBe('59 report to CEO');
    // Wider than high, but not one long row.
    expect(box.width).toBeGreaterThan(box.height);
    expect(box.width).toBeLessThan((59 * DEFAULT_LAYOUT.slotWidth) / 3);
    for (const q of layout.people.filter((q) => q.person.id !== 'ceo')) {
      expect(q.x).toBeGreaterThanOrEqual(box.x);
      expect(q.x + DEFAULT_LAYOUT.slotWidth).toBeLessThanOrEqual(box.x + box.width);
      expect(q.y + DEFAULT_LAYOUT.slotHeight).toBeLessThanOrEqual(box.y + box.height);
    }
  });

  it('never puts two cards on top of each other, with trees, fans and loners together', () => {
    const people = [
      p('ceo'),
      p('cfo', 'ceo'),
      p('cto', 'ceo'),
      ...Array.from({ length: 7 }, (_, i) => p(`eng${i}`, 'cto')),
      p('ctrl', 'cfo'),
      p('ap', 'ctrl'),
      p('vp2'),
      p('x', 'vp2'),
      ...Array.from({ length: 12 }, (_, i) => p(`lone${i}`)),
    ];
    const layout = layoutOrgChart(buildOrgForest(people));
    expect(layout.people).toHaveLength(people.length);
    layout.people.forEach((a, i) => layout.people.slice(i + 1).forEach((b) => expect(overlaps(a, b), `${a.person.id} / ${b.person.id}`).toBe(false)));
    for (const q of layout.people) {
      expect(q.x).toBeGreaterThanOrEqual(0);
      expect(q.x + DEFAULT_LAYOUT.slotWidth).toBeLessThanOrEqual(layout.width);
      expect(q.y + DEFAULT_LAYOUT.slotHeight).toBeLessThanOrEqual(layout.height);
    }
    const loners = layout.groups.find((g) => g.id === LONERS_GROUP_ID);
    expect(loners?.label).toBe('Not in a reporting line yet');
  });
});
