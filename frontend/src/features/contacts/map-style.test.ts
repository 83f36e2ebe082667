import { describe, expect, it } from 'vitest';
import { DEFAULT_LAYOUT } from './org-chart';
import { cardSize, personDescription } from './map-style';

describe('map style', () => {
  it('grows the card with influence and keeps every card inside its slot', () => {
    const sizes = [null, 1, 2, 3, 4, 5].map(cardSize);
    for (let i = 2; i < sizes.length; i++) expect(sizes[i].width).toBeGreaterThan(sizes[i - 1].width);
    expect(sizes[0]).toEqual(sizes[1]);
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
