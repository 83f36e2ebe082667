import { describe, expect, it } from 'vitest';
import {
  GRADE_POINTS,
  GRADE_TICKS,
  GRADES,
  gradeFromPoints,
  gradeTickLabel,
  isFailingGrade,
  npsGroup,
  NPS_SCORES,
  realisticTargets,
  stepsBetween,
} from './grades';
import { toTrendChart } from './GradeTrendChart';

describe('grade scale', () => {
  it('maps every grade to the product points, best first', () => {
    expect(GRADES).toEqual(['A+', 'A', 'A-', 'B+', 'B', 'B-', 'C+', 'C', 'C-', 'D+', 'D', 'D-', 'F']);
    expect(GRADES.map((g) => GRADE_POINTS[g])).toEqual([4.3, 4.0, 3.7, 3.3, 3.0, 2.7, 2.3, 2.0, 1.7, 1.3, 1.0, 0.7, 0.0]);
  });

  it('calls anything below B failing', () => {
    expect(isFailingGrade('B')).toBe(false);
    expect(isFailingGrade('B-')).toBe(true);
    expect(isFailingGrade('F')).toBe(true);
    expect(isFailingGrade(null)).toBe(false);
  });

  it('maps points back to the nearest grade, a tie going to the lower grade', () => {
    expect(gradeFromPoints(2.0)).toBe('C');
    expect(gradeFromPoints(3.08)).toBe('B');
    expect(gradeFromPoints(2.5)).toBe('C+'); // B- 2.7 and C+ 2.3 are equally near
    expect(gradeFromPoints(0.35)).toBe('F'); // F 0.0 and D- 0.7 tie
    expect(gradeFromPoints(9)).toBe('A+');
  });

  it('gives the chart a tick per grade with grade labels', () => {
    expect(GRADE_TICKS).toHaveLength(13);
    expect(GRADE_TICKS[0]).toBe(0);
    expect(GRADE_TICKS[12]).toBe(4.3);
    expect(GRADE_TICKS.map(gradeTickLabel)).toEqual([...GRADES].reverse());
  });

  it('counts steps and the realistic follow-up targets', () => {
    expect(stepsBetween('C', 'B-')).toBe(2);
    expect(stepsBetween('C', 'C+')).toBe(1);
    expect(realisticTargets('C')).toEqual(['B', 'B-', 'C+']);
    expect(realisticTargets('A')).toEqual(['A+']);
  });
});

describe('grade trend chart data', () => {
  it('puts grade points per question on one row per answered QBR, keyed so question text is never a data path', () => {
    const chart = toTrendChart([
      {
        qbrId: 'q1',
        answeredAt: '2026-03-01T10:00:00Z',
        overallGrade: 'C',
        overallPoints: 2.0,
        grades: [
          { questionId: 'a', text: 'Strategic suggestions. Really?', grade: 'C' },
          { questionId: 'b', text: 'Responsiveness', grade: 'B' },
        ],
      },
      {
        qbrId: 'q2',
        answeredAt: '2026-06-01T10:00:00Z',
        overallGrade: 'B',
        overallPoints: 3.15,
        grades: [{ questionId: 'a', text: 'Strategic suggestions. Really?', grade: 'B+' }],
      },
    ]);
    expect(chart.data).toEqual([
      { date: 'Mar 1, 2026', overall: 2.0, q0: 2.0, q1: 3.0 },
      { date: 'Jun 1, 2026', overall: 3.15, q0: 3.3, q1: null },
    ]);
    expect(chart.series.map((s) => s.name)).toEqual(['q0', 'q1', 'overall']);
    expect(chart.series[0]?.label).toBe('Q1 · Strategic suggestions. Really?');
  });
});

describe('NPS', () => {
  it('offers 0 to 10 and groups 9–10 as promoters, 0–6 as detractors', () => {
    expect(NPS_SCORES.map((s) => s.value)).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    expect([0, 6, 7, 8, 9, 10].map(npsGroup)).toEqual(['detractor', 'detractor', 'passive', 'passive', 'promoter', 'promoter']);
  });
});
