/**
 * The stakeholder map's shape: who reports to whom among an account's contacts (a forest), and where each
 * card goes on the chart. Pure functions, so the map component only draws what these return.
 */

/** What the chart needs of a contact. */
export interface OrgPerson {
  id: string;
  name: string;
  reportsToId?: string | null;
}

export interface OrgNode<T extends OrgPerson> {
  person: T;
  /** Direct reports, by name. */
  reports: OrgNode<T>[];
}

const byName = <T extends OrgPerson>(a: T, b: T) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }) || a.id.localeCompare(b.id);

/**
 * The reports-to forest, roots and reports sorted by name. A contact whose manager is not among `people`
 * (not loaded, or pointing at itself) is a root. The server refuses cycles; should one arrive all the same,
 * it is cut where it is first met, so every person shows exactly once.
 */
export function buildOrgForest<T extends OrgPerson>(people: readonly T[]): OrgNode<T>[] {
  const sorted = [...people].sort(byName);
  const ids = new Set(sorted.map((p) => p.id));
  const reportsOf = new Map<string, T[]>();
  for (const p of sorted) {
    const boss = p.reportsToId;
    if (boss && boss !== p.id && ids.has(boss)) {
      const list = reportsOf.get(boss) ?? [];
      list.push(p);
      reportsOf.set(boss, list);
    }
  }
  const placed = new Set<string>();
  const grow = (person: T): OrgNode<T> => {
    placed.add(person.id);
    const reports: OrgNode<T>[] = [];
    for (const r of reportsOf.get(person.id) ?? []) {
      if (!placed.has(r.id)) reports.push(grow(r));
    }
    return { person, reports };
  };
  const isRoot = (p: T) => !p.reportsToId || p.reportsToId === p.id || !ids.has(p.reportsToId);
  const roots = sorted.filter(isRoot).map(grow);
  // Whoever is left sits on a cycle (or below one): start a tree at the first of them, by name.
  for (const p of sorted) {
    if (!placed.has(p.id)) roots.push(grow(p));
  }
  return roots;
}

/** A person's managers, nearest first, as far as `people` knows them (stops at a cycle). */
export function reportsToChain<T extends OrgPerson>(personId: string, people: readonly T[]): T[] {
  const byId = new Map(people.map((p) => [p.id, p]));
  const chain: T[] = [];
  const seen = new Set([personId]);
  let next = byId.get(personId)?.reportsToId;
  while (next && !seen.has(next) && byId.has(next)) {
    const boss = byId.get(next) as T;
    chain.push(boss);
    seen.add(next);
    next = boss.reportsToId;
  }
  return chain;
}

/** The people who report directly to `personId`, by name. */
export function directReports<T extends OrgPerson>(personId: string, people: readonly T[]): T[] {
  return people.filter((p) => p.reportsToId === personId && p.id !== personId).sort(byName);
}

/** How big the chart's slots are, in chart units (pixels at zoom 1). */
export interface OrgLayoutOptions {
  /** A card slot: every card fits in it (smaller cards are centred). */
  slotWidth: number;
  slotHeight: number;
  gapX: number;
  gapY: number;
  /** A manager with more direct reports than this, none of whom has reports, gets them as a grid in a box. */
  fanOut: number;
}

export const DEFAULT_LAYOUT: OrgLayoutOptions = { slotWidth: 200, slotHeight: 84, gapX: 24, gapY: 56, fanOut: 4 };

export interface PlacedPerson<T extends OrgPerson> {
  person: T;
  /** Top-left corner of the person's slot. */
  x: number;
  y: number;
}

/** A box drawn around a grid of people: a manager's many reports, or the people outside every reporting line. */
export interface PlacedGroup {
  id: string;
  label: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A line from a manager down to a report, or to the box that holds their reports. */
export interface OrgEdge {
  source: string;
  target: string;
}

export interface OrgLayout<T extends OrgPerson> {
  people: PlacedPerson<T>[];
  groups: PlacedGroup[];
  edges: OrgEdge[];
  width: number;
  height: number;
}

/** The padding between a group's box and the cards in it; the top one leaves room for its label. */
export const GROUP_PAD = { top: 28, side: 12, bottom: 12 } as const;

export const groupIdOf = (managerId: string) => `reports-of-${managerId}`;
export const LONERS_GROUP_ID = 'outside-reporting-lines';

interface Grid {
  columns: number;
  rows: number;
  width: number;
  height: number;
}

/** Columns for a grid of n cards: about twice as wide as high, and never fewer than fit `minWidth`. */
function gridOf(n: number, o: OrgLayoutOptions, minWidth = 0): Grid {
  const fit = Math.floor((minWidth - 2 * GROUP_PAD.side + o.gapX) / (o.slotWidth + o.gapX));
  const columns = Math.max(1, Math.min(n, Math.max(Math.ceil(Math.sqrt(2 * n)), fit)));
  const rows = Math.ceil(n / columns);
  return {
    columns,
    rows,
    width: columns * o.slotWidth + (columns - 1) * o.gapX + 2 * GROUP_PAD.side,
    height: rows * o.slotHeight + (rows - 1) * (o.gapY / 2) + GROUP_PAD.top + GROUP_PAD.bottom,
  };
}

const isFan = <T extends OrgPerson>(n: OrgNode<T>, o: OrgLayoutOptions) => n.reports.length > o.fanOut && n.reports.every((r) => r.reports.length === 0);

/**
 * Places the forest: trees side by side, each manager centred over their reports; a manager with many reports
 * who manage nobody gets them as a grid in one box (so 60 people under one executive stay readable); the people
 * outside every reporting line (no manager, no reports) go in a grid box under the trees.
 */
export function layoutOrgChart<T extends OrgPerson>(forest: readonly OrgNode<T>[], o: OrgLayoutOptions = DEFAULT_LAYOUT): OrgLayout<T> {
  const out: OrgLayout<T> = { people: [], groups: [], edges: [], width: 0, height: 0 };
  const widths = new Map<OrgNode<T>, number>();
  const heights = new Map<OrgNode<T>, number>();

  const measure = (n: OrgNode<T>): void => {
    if (n.reports.length === 0) {
      widths.set(n, o.slotWidth);
      heights.set(n, o.slotHeight);
    } else if (isFan(n, o)) {
      const g = gridOf(n.reports.length, o);
      widths.set(n, Math.max(o.slotWidth, g.width));
      heights.set(n, o.slotHeight + o.gapY + g.height);
    } else {
      n.reports.forEach(measure);
      const below = n.reports.reduce((sum, r) => sum + (widths.get(r) ?? 0), 0) + (n.reports.length - 1) * o.gapX;
      widths.set(n, Math.max(o.slotWidth, below));
      heights.set(n, o.slotHeight + o.gapY + Math.max(...n.reports.map((r) => heights.get(r) ?? 0)));
    }
  };

  const placeGrid = (people: readonly OrgNode<T>[], g: Grid, left: number, top: number) =>
    people.forEach((r, i) => {
      const col = i % g.columns;
      const row = Math.floor(i / g.columns);
      out.people.push({
        person: r.person,
        x: left + GROUP_PAD.side + col * (o.slotWidth + o.gapX),
        y: top + GROUP_PAD.top + row * (o.slotHeight + o.gapY / 2),
      });
    });

  const place = (n: OrgNode<T>, left: number, top: number): void => {
    const width = widths.get(n) ?? o.slotWidth;
    out.people.push({ person: n.person, x: left + (width - o.slotWidth) / 2, y: top });
    const childTop = top + o.slotHeight + o.gapY;
    if (n.reports.length === 0) return;
    if (isFan(n, o)) {
      const g = gridOf(n.reports.length, o);
      const gx = left + (width - g.width) / 2;
      const id = groupIdOf(n.person.id);
      out.groups.push({ id, label: `${n.reports.length} report to ${n.person.name}`, x: gx, y: childTop, width: g.width, height: g.height });
      out.edges.push({ source: n.person.id, target: id });
      placeGrid(n.reports, g, gx, childTop);
      return;
    }
    const below = n.reports.reduce((sum, r) => sum + (widths.get(r) ?? 0), 0) + (n.reports.length - 1) * o.gapX;
    let x = left + (width - below) / 2;
    for (const r of n.reports) {
      out.edges.push({ source: n.person.id, target: r.person.id });
      place(r, x, childTop);
      x += (widths.get(r) ?? 0) + o.gapX;
    }
  };

  const trees = forest.filter((n) => n.reports.length > 0);
  const loners = forest.filter((n) => n.reports.length === 0);
  trees.forEach(measure);

  let x = 0;
  let treesHeight = 0;
  trees.forEach((t, i) => {
    if (i > 0) x += 2 * o.gapX;
    place(t, x, 0);
    x += widths.get(t) ?? 0;
    treesHeight = Math.max(treesHeight, heights.get(t) ?? 0);
  });
  const treesWidth = x;

  let width = treesWidth;
  let height = treesHeight;
  if (loners.length > 0) {
    const g = gridOf(loners.length, o, treesWidth);
    const top = trees.length > 0 ? treesHeight + o.gapY : 0;
    const left = Math.max(0, (treesWidth - g.width) / 2);
    out.groups.push({
      id: LONERS_GROUP_ID,
      label: trees.length > 0 ? 'Not in a reporting line yet' : 'No reporting lines recorded yet',
      x: left,
      y: top,
      width: g.width,
      height: g.height,
    });
    placeGrid(loners, g, left, top);
    width = Math.max(width, left + g.width);
    height = top + g.height;
  }
  out.width = width;
  out.height = height;
  return out;
}
