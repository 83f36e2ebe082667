import { describe, expect, it } from 'vitest';
import { parentCandidates, toUnitInput, toUnitPatch, validateUnit } from './unit-form';

describe('business unit form', () => {
  it('needs a name of at most 200 characters', () => {
    expect(validateUnit({ name: ' ', parentId: null, relevance: 'MEDIUM' }).name).toBe('Enter the unit’s name, such as Logistics Operations.');
    expect(validateUnit({ name: 'x'.repeat(201), parentId: null, relevance: 'MEDIUM' }).name).toBe('Use at most 200 characters (now 201).');
    expect(validateUnit({ name: 'Logistics', parentId: null, relevance: 'HIGH' })).toEqual({});
  });

  it('sends a trimmed name and the parent only when there is one', () => {
    expect(toUnitInput({ name: ' Logistics ', parentId: null, relevance: 'HIGH' })).toEqual({ name: 'Logistics', relevance: 'HIGH' });
    expect(toUnitInput({ name: 'Fleet', parentId: 'u1', relevance: 'LOW' })).toEqual({ name: 'Fleet', parentId: 'u1', relevance: 'LOW' });
  });

  it('patches only what changed, a removed parent as null', () => {
    const before = { name: 'Fleet', parentId: 'u1', relevance: 'LOW' as const };
    expect(toUnitPatch(before, { ...before })).toEqual({});
    expect(toUnitPatch(before, { ...before, parentId: null, relevance: 'HIGH' })).toEqual({ parentId: null, relevance: 'HIGH' });
  });

  it('offers as parents neither the unit itself nor the units below it', () => {
    const units = [
      { id: 'ops', parentId: null },
      { id: 'fleet', parentId: 'ops' },
      { id: 'trucks', parentId: 'fleet' },
      { id: 'finance', parentId: null },
    ];
    expect(parentCandidates(units, 'ops').map((u) => u.id)).toEqual(['finance']);
    expect(parentCandidates(units, 'fleet').map((u) => u.id)).toEqual(['ops', 'finance']);
    expect(parentCandidates(units).map((u) => u.id)).toEqual(['ops', 'fleet', 'trucks', 'finance']);
  });
});
