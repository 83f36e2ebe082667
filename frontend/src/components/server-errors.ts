import type { UseFormReturnType } from '@mantine/form';
import { ApiError, errorMessage, toFieldErrors } from '../api/problem';

export interface FormFailure {
  /** Message for the alert above the buttons, or null when every problem is shown at a field. */
  message: string | null;
  /** The failure was a 412: the record changed on the server; the form should offer a reload. */
  stale: boolean;
  /** The failure was a 409 conflict. */
  conflict: boolean;
  /** For a duplicate: the id of the record that already has the value. */
  existingId?: string;
}

/**
 * Shows a failed submit on a Mantine form: 422 field errors go next to their fields (field names
 * are the API's JSON property names, which are also the form's field names); everything else is
 * a plain-words message.
 */
export function applyServerError<V extends Record<string, unknown>>(
  form: Pick<UseFormReturnType<V>, 'setErrors'>,
  error: unknown,
  knownFields: readonly string[],
): FormFailure {
  if (error instanceof ApiError && (error.status === 422 || error.status === 400) && error.problem.errors.length) {
    const { fields, unplaced } = toFieldErrors(error.problem, knownFields);
    form.setErrors(fields);
    const placed = Object.keys(fields).length;
    let message: string | null = null;
    if (unplaced.length) message = unplaced.join(' ');
    else if (placed === 0) message = errorMessage(error);
    else message = placed === 1 ? 'Fix the highlighted field and save again.' : 'Fix the highlighted fields and save again.';
    return { message, stale: false, conflict: false };
  }
  const existingId = error instanceof ApiError ? error.problem.extra.existingId : undefined;
  return {
    message: errorMessage(error),
    stale: error instanceof ApiError && error.status === 412,
    conflict: error instanceof ApiError && error.status === 409,
    ...(typeof existingId === 'string' ? { existingId } : {}),
  };
}
