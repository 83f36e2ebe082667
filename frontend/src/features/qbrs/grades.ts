import type { MantineColor } from '@mantine/core';
import type { Schemas } from '../../api/client';
import { rules } from '../../api/rules';
import { gradeValues } from '../../api/schema';

export type Grade = Schemas['Grade'];

/** The points of each grade, from the server's rules document. */
export const GRADE_POINTS: Readonly<Record<Grade, number>> = rules.grades.points;

/** Every grade, best first (the order of the scale and of the report's distribution). */
export const GRADES: readonly Grade[] = gradeValues;

/** The lowest passing grade: anything below it is failing. */
export const PASSING_GRADE: Grade = rules.grades.passing;

export function gradePoints(grade: Grade): number {
  return GRADE_POINTS[grade];
}

export function isGrade(value: unknown): value is Grade {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(GRADE_POINTS, value);
}

/** Below the passing grade (B- and lower) is failing. */
export function isFailingGrade(grade: Grade | null | undefined): boolean {
  return !!grade && GRADE_POINTS[grade] < GRADE_POINTS[PASSING_GRADE];
}

/**
 * The grade nearest to a number of points; a tie goes to the lower grade (the product's rule for
 * the overall grade). Used to label chart ticks and tooltips.
 */
export function gradeFromPoints(points: number): Grade {
  let best = GRADES[GRADES.length - 1] as Grade;
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

/** Whether a follow-up may target `target` from today's `overall` grade (rules.followUp: steps above it). */
export function isRealisticTarget(overall: Grade, target: Grade): boolean {
  const s = stepsBetween(overall, target);
  return s >= rules.followUp.minSteps && s <= rules.followUp.maxSteps;
}

/** Grades a follow-up may target, best first. */
export function realisticTargets(overall: Grade): Grade[] {
  return GRADES.filter((g) => isRealisticTarget(overall, g));
}

export function gradeColor(grade: Grade | null | undefined): MantineColor {
  if (!grade) return 'gray';
  const p = GRADE_POINTS[grade];
  if (p >= GRADE_POINTS['A-']) return 'teal';
  if (p >= GRADE_POINTS[PASSING_GRADE]) return 'green';
  if (p >= GRADE_POINTS['C-']) return 'orange';
  return 'red';
}

export const gradeOptions = GRADES.map((g) => ({ value: g, label: g }));

const { minimum: NPS_MIN, maximum: NPS_MAX } = rules.limits.AnswerInput.score;

/** The NPS answer choices, 0 to 10. */
export const NPS_SCORES = Array.from({ length: NPS_MAX - NPS_MIN + 1 }, (_, i) => ({ value: String(NPS_MIN + i), label: String(NPS_MIN + i) }));

/** Promoter (9–10), passive or detractor (0–6), as the NPS figure counts them. */
export function npsGroup(score: number): 'promoter' | 'passive' | 'detractor' {
  if (score >= rules.nps.promoterMin) return 'promoter';
  return score <= rules.nps.detractorMax ? 'detractor' : 'passive';
}
