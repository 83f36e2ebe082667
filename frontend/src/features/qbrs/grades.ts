import type { MantineColor } from '@mantine/core';
import type { Schemas } from '../../api/client';

export type Grade = Schemas['Grade'];

/** The scale, best first, with its points (product rule: A+ 4.3 … F 0.0). */
export const GRADE_POINTS: Readonly<Record<Grade, number>> = {
  'A+': 4.3,
  A: 4.0,
  'A-': 3.7,
  'B+': 3.3,
  B: 3.0,
  'B-': 2.7,
  'C+': 2.3,
  C: 2.0,
  'C-': 1.7,
  'D+': 1.3,
  D: 1.0,
  'D-': 0.7,
  F: 0.0,
};

/** Every grade, best first (the order of the scale and of the report's distribution). */
export const GRADES = Object.keys(GRADE_POINTS) as Grade[];

/** The lowest passing grade: anything below it is failing. */
export const PASSING_GRADE: Grade = 'B';

export function gradePoints(grade: Grade): number {
  return GRADE_POINTS[grade];
}

export function isGrade(value: unknown): value is Grade {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(GRADE_POINTS, value);
}

/** Below B (B- and lower) is failing. */
export function isFailingGrade(grade: Grade | null | undefined): boolean {
  return !!grade && GRADE_POINTS[grade] < GRADE_POINTS[PASSING_GRADE];
}

/**
 * The grade nearest to a number of points; a tie goes to the lower grade (the product's rule for
 * the overall grade). Used to label chart ticks and tooltips.
 */
export function gradeFromPoints(points: number): Grade {
  let best: Grade = 'F';
  let bestDistance = Number.POSITIVE_INFINITY;
  // Walk from the worst grade up so that a tie keeps the lower grade.
  for (const g of [...GRADES].reverse()) {
    const d = Math.abs(GRADE_POINTS[g] - points);
    if (d < bestDistance - 1e-9) {
      best = g;
      bestDistance = d;
    }
  }
  return best;
}

/** Tick values for a chart's y axis: the points of every grade, lowest first. */
export const GRADE_TICKS: readonly number[] = GRADES.map((g) => GRADE_POINTS[g]).reverse();

/** The chart's label for a tick value: the grade at exactly those points, else the nearest one. */
export function gradeTickLabel(points: number): string {
  const exact = GRADES.find((g) => Math.abs(GRADE_POINTS[g] - points) < 1e-9);
  return exact ?? gradeFromPoints(points);
}

/** Steps between two grades on the scale (C to B- is 2); positive when `to` is better. */
export function stepsBetween(from: Grade, to: Grade): number {
  return GRADES.indexOf(from) - GRADES.indexOf(to);
}

/** Grades a follow-up may target: 1 to `maxSteps` steps above today's overall grade. */
export function realisticTargets(overall: Grade, maxSteps = 3): Grade[] {
  return GRADES.filter((g) => {
    const s = stepsBetween(overall, g);
    return s >= 1 && s <= maxSteps;
  });
}

export function gradeColor(grade: Grade | null | undefined): MantineColor {
  if (!grade) return 'gray';
  const p = GRADE_POINTS[grade];
  if (p >= GRADE_POINTS['A-']) return 'teal';
  if (p >= GRADE_POINTS.B) return 'green';
  if (p >= GRADE_POINTS['C-']) return 'orange';
  return 'red';
}

export const gradeOptions = GRADES.map((g) => ({ value: g, label: g }));

/** The NPS answer choices, 0 to 10. */
export const NPS_SCORES = Array.from({ length: 11 }, (_, i) => ({ value: String(i), label: String(i) }));
