import { ApiError, errorMessage } from '../../api/problem';
import { applyServerError, type FormFailure } from '../../components/server-errors';

function problemKind(error: unknown): string {
  if (!(error instanceof ApiError)) return '';
  const t = error.problem.type;
  return t.slice(t.lastIndexOf(':') + 1);
}

/** An opportunity write refused by the server, in words an account manager can act on. */
export function opportunityErrorMessage(error: unknown): string {
  if (error instanceof ApiError && error.status === 409) {
    switch (problemKind(error)) {
      case 'opportunity-closed':
        return 'This opportunity is already closed (won or lost), so it cannot be changed or moved. Open it and use “Reopen” first.';
      case 'opportunity-open':
        return 'This opportunity is still open, so there is nothing to reopen. Reload to see its current stage.';
      case 'archived':
        return 'This account is archived, so it cannot get new opportunities. Restore the account or pick another one.';
      default:
        return errorMessage(error);
    }
  }
  if (error instanceof ApiError && error.status === 422 && error.problem.errors.some((e) => e.field.endsWith('lossReason'))) {
    return 'A lost opportunity needs a loss reason. Say why it was lost and try again.';
  }
  return errorMessage(error);
}

/** applyServerError, with the opportunity's 409s in plain words. */
export function applyOpportunityError<V extends Record<string, unknown>>(
  form: Parameters<typeof applyServerError<V>>[0],
  error: unknown,
  known: readonly string[],
): FormFailure {
  const failure = applyServerError(form, error, known);
  return failure.conflict ? { ...failure, message: opportunityErrorMessage(error) } : failure;
}
