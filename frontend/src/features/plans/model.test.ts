import { describe, expect, it } from 'vitest';
import { currentPlanId, emptyObjectiveValues, objectivesFull, progressBar, validateMeasurement, validateMilestone, validateObjective } from './model';

const PERIOD = { periodStart: '2026-01-01', periodEnd: '2026-12-31' };

describe('plan model', () => {
  it('opens on the ACTIVE plan, else the latest', () => {
    expect(
      currentPlanId([
        { id: 'a', status: 'DRAFT' },
        { id: 'b', status: 'ACTIVE' },
      ]),
    ).toBe('b');
    expect(currentPlanId([{ id: 'a', status: 'ARCHIVED' }])).toBe('a');
    expect(currentPlanId([])).toBeUndefined();
  });

  it('asks for a SMART objective with a sentence per field', () => {
    const e = validateObjective({ ...emptyObjectiveValues(), title: 'Grow' }, PERIOD);
    expect(Object.keys(e).sort()).toEqual(['baseline', 'dueOn', 'metric', 'target']);
    const flat = validateObjective({ ...emptyObjectiveValues(), title: 'Flat', metric: 'Users', baseline: 5, target: '5', dueOn: '2027-01-01' }, PERIOD);
    expect(flat.target).toMatch(/^Choose a target other than the baseline \(5\)/);
    expect(flat.dueOn).toBe("Choose a due date inside the plan's period (2026-01-01 to 2026-12-31).");
    expect(validateObjective({ ...emptyObjectiveValues(), title: 'Ok', metric: 'Users', baseline: 5, target: 9, dueOn: '2026-06-30' }, PERIOD)).toEqual({});
  });

  it('refuses an eighth objective and a measurement in the future', () => {
    expect(objectivesFull({ objectives: new Array(7).fill(null) })).toMatch(/the most it may have/);
    expect(objectivesFull({ objectives: [] })).toBeUndefined();
    expect(validateMeasurement({ measuredOn: '2026-05-02', value: 3, note: '' }, '2026-05-01', '2026-01-01').measuredOn).toMatch(/not after today/);
    expect(validateMeasurement({ measuredOn: '2025-12-31', value: 3, note: '' }, '2026-05-01', '2026-01-01').measuredOn).toBe(
      "Choose a day on or after the plan's start (2026-01-01): the baseline is the value then.",
    );
    expect(validateMeasurement({ measuredOn: '2026-01-01', value: 3, note: '' }, '2026-05-01', '2026-01-01')).toEqual({});
  });

  it('keeps milestones inside the period and before their objective', () => {
    const objective = { dueOn: '2026-06-30' };
    expect(validateMilestone({ title: '', dueOn: null }, PERIOD, objective)).toEqual({
      title: 'Enter what the milestone is.',
      dueOn: 'Enter the day it is due.',
    });
    expect(validateMilestone({ title: 'Pilot', dueOn: '2025-12-31' }, PERIOD, objective).dueOn).toMatch(/inside the plan's period/);
    expect(validateMilestone({ title: 'Pilot', dueOn: '2026-07-01' }, PERIOD, objective).dueOn).toMatch(/on or before the objective's own \(2026-06-30\)/);
    expect(validateMilestone({ title: 'Pilot', dueOn: '2026-06-30' }, PERIOD, objective)).toEqual({});
  });

  it('fills the bar from 0 to 100', () => {
    expect(progressBar({ progressPct: -20 })).toBe(0);
    expect(progressBar({ progressPct: 45.5 })).toBe(45.5);
    expect(progressBar({ progressPct: 140 })).toBe(100);
  });
});
