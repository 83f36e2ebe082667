import { describe, expect, it } from 'vitest';
import { toInput, type WhitespaceCell } from './api';

const cell = (over: Partial<WhitespaceCell>): WhitespaceCell => ({
  businessUnitId: 'u1',
  productFamily: 'Analytics',
  status: 'NONE',
  derived: false,
  competitorId: null,
  competitorName: null,
  estimatedAnnualValue: null,
  contractEnd: null,
  ...over,
});

describe('toInput (the grid as the API takes it back)', () => {
  it('leaves out NONE and derived cells, and sends competitor details only with COMPETITOR', () => {
    expect(
      toInput([
        cell({ status: 'NONE' }),
        cell({ productFamily: 'Platform', status: 'OURS', derived: true }),
        cell({ productFamily: 'Services', status: 'IN_HOUSE' }),
        cell({
          productFamily: 'Support',
          status: 'COMPETITOR',
          competitorId: 'c1',
          competitorName: 'Rival',
          estimatedAnnualValue: 40000,
          contractEnd: '2027-06-30',
        }),
      ]),
    ).toEqual([
      { businessUnitId: 'u1', productFamily: 'Services', status: 'IN_HOUSE' },
      { businessUnitId: 'u1', productFamily: 'Support', status: 'COMPETITOR', competitorId: 'c1', estimatedAnnualValue: 40000, contractEnd: '2027-06-30' },
    ]);
  });
});
