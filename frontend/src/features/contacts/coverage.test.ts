import { describe, expect, it } from 'vitest';
import { coverageLabel, unitCoverage } from './coverage';

const DECISION = ['EXECUTIVE_SPONSOR', 'DECISION_MAKER', 'ECONOMIC_BUYER'];

describe('unitCoverage', () => {
  it('lists every unit, a unit nobody is in as zero', () => {
    const { byUnit, withoutUnit } = unitCoverage([{ id: 'u1' }, { id: 'u2' }], [], DECISION);
    expect(byUnit.get('u1')).toEqual({ contacts: 0, decisionContacts: 0, left: 0 });
    expect(byUnit.get('u2')).toEqual({ contacts: 0, decisionContacts: 0, left: 0 });
    expect(withoutUnit).toEqual({ contacts: 0, decisionContacts: 0, left: 0 });
  });

  it('counts current contacts and those with a decision role per unit', () => {
    const { byUnit, withoutUnit } = unitCoverage(
      [{ id: 'u1' }, { id: 'u2' }],
      [
        { businessUnitId: 'u1', buyingRole: 'DECISION_MAKER' },
        { businessUnitId: 'u1', buyingRole: 'CHAMPION' },
        { businessUnitId: 'u1', buyingRole: null },
        { businessUnitId: 'u2', buyingRole: 'ECONOMIC_BUYER' },
        { businessUnitId: null, buyingRole: 'EXECUTIVE_SPONSOR' },
      ],
      DECISION,
    );
    expect(byUnit.get('u1')).toEqual({ contacts: 3, decisionContacts: 1, left: 0 });
    expect(byUnit.get('u2')).toEqual({ contacts: 1, decisionContacts: 1, left: 0 });
    expect(withoutUnit).toEqual({ contacts: 1, decisionContacts: 1, left: 0 });
  });

  it('does not count people who left the company', () => {
    const { byUnit } = unitCoverage([{ id: 'u1' }], [{ businessUnitId: 'u1', buyingRole: 'DECISION_MAKER', leftCompanyOn: '2026-01-31' }], DECISION);
    expect(byUnit.get('u1')).toEqual({ contacts: 0, decisionContacts: 0, left: 1 });
  });

  it('skips contacts of a unit it was not given', () => {
    const { byUnit, withoutUnit } = unitCoverage([{ id: 'u1' }], [{ businessUnitId: 'elsewhere', buyingRole: 'USER' }], DECISION);
    expect(byUnit.get('u1')?.contacts).toBe(0);
    expect(withoutUnit.contacts).toBe(0);
  });
});

describe('coverageLabel', () => {
  it('says when a unit was never spoken to', () => {
    expect(coverageLabel({ contacts: 0, decisionContacts: 0, left: 2 })).toBe('Never spoken to');
  });

  it('counts people and decision roles in words', () => {
    expect(coverageLabel({ contacts: 1, decisionContacts: 0, left: 0 })).toBe('1 contact');
    expect(coverageLabel({ contacts: 1, decisionContacts: 1, left: 0 })).toBe('1 contact · 1 decision role');
    expect(coverageLabel({ contacts: 4, decisionContacts: 2, left: 0 })).toBe('4 contacts · 2 decision roles');
  });
});
