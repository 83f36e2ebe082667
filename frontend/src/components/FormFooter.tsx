import { Alert, Button, Group } from '@mantine/core';
import type { ReactNode } from 'react';
import type { FormFailure } from './server-errors';

interface SaveFailureAlertProps {
  failure: FormFailure | null;
  /** Title for a 409. */
  conflictTitle?: string;
  /** Offered as "Reload latest version" when the record changed on the server. */
  onReload?: () => void;
  /** Extra content under the message, e.g. a link to the existing record. */
  children?: ReactNode;
}

/** Why a save failed; nothing when every problem is shown at a field. */
export function SaveFailureAlert({ failure, conflictTitle = 'Conflict', onReload, children }: SaveFailureAlertProps) {
  if (!failure?.message) return null;
  return (
    <Alert
      color={failure.stale || failure.conflict ? 'orange' : 'red'}
      title={failure.stale ? 'Changed by someone else' : failure.conflict ? conflictTitle : 'Not saved'}
      role="alert"
    >
      {failure.message}
      {children}
      {failure.stale && onReload && (
        <Group mt="sm">
          <Button size="xs" variant="white" color="orange" onClick={onReload}>
            Reload latest version
          </Button>
        </Group>
      )}
    </Alert>
  );
}

/** Cancel (when given) and submit buttons at the end of a form. */
export function FormActions({ submitLabel, submitting, onCancel }: { submitLabel: string; submitting: boolean; onCancel?: () => void }) {
  return (
    <Group justify="flex-end">
      {onCancel && (
        <Button variant="default" onClick={onCancel} disabled={submitting}>
          Cancel
        </Button>
      )}
      {/* Pressing the button must not move focus: the blur would show the focused field's error first, the
          button would shift down under the pointer and the click (the submit that flags every field) be lost. */}
      <Button type="submit" loading={submitting} onMouseDown={(e) => e.preventDefault()}>
        {submitLabel}
      </Button>
    </Group>
  );
}
