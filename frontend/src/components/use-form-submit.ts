import type { UseFormReturnType } from '@mantine/form';
import { useState } from 'react';
import type { FormFailure } from './server-errors';

/**
 * Submit handler for a Mantine form whose save throws the API error: tracks `submitting` and
 * keeps the failure (as `toFailure` reads it) for the form to show.
 */
export function useFormSubmit<V extends Record<string, unknown>>(
  form: UseFormReturnType<V>,
  save: (values: V) => Promise<unknown>,
  toFailure: (error: unknown) => FormFailure,
) {
  const [failure, setFailure] = useState<FormFailure | null>(null);
  const [submitting, setSubmitting] = useState(false);

  const submit = form.onSubmit(async (values) => {
    setFailure(null);
    setSubmitting(true);
    try {
      await save(values);
    } catch (err) {
      setFailure(toFailure(err));
    } finally {
      setSubmitting(false);
    }
  });

  return { submit, failure, submitting };
}
