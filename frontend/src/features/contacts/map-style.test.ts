import { describe, expect, it } from 'vitest';
import { DEFAULT_LAYOUT } from './org-chart';
import { cardSize, personDescription } from './map-style';

describe('map style', () => {
  it('grows the card with influence and keeps every card inside its slot', () => {
    const widths = [1, 2, 3, 4, 5].map((n) => cardSize(n).width);
    expect(widths).toEqual([...widths].sort((a, b) => a - b));
    expect(new Set(widths).size).toBe(5);
    expect(cardSize(null)).toEqual(cardSize(1));
    const sizes = [null, 1, 2, 3, 4, 5].map(cardSize);
    for (const s of sizes) {
      expect(s.width).toBeLessThanOrEqual(DEFAULT_LAYOUT.slotWidth);
      expect(s.height).toBeLessThanOrEqual(DEFAULT_LAYOUT.slotHeight);
    }
  });

  it('describes a person in one sentence for screen readers', () => {
    expect(
      personDescription(
        { id: 'c1', name: 'Dana Lee', title: 'CFO', buyingRole: 'DECISION_MAKER', stance: 'ALLY', influence: 4 },
        { id: 'c0', name: 'Sam Ortiz' },
      ),
    ).toBe('Dana Lee, CFO. Decision maker, ally, influence 4 of 5. Reports to Sam Ortiz.');
    expect(personDescription({ id: 'c2', name: 'Kim', leftCompanyOn: '2026-03-31' })).toMatch(
      /^Kim\. Stance not known, influence not rated\. Left the company on /,
    );
  });
});
