import { PasswordInput, type PasswordInputProps } from '@mantine/core';

/** Mantine's PasswordInput, with aria-invalid on the input when the field has an error (as TextInput does). */
export function PasswordField(props: PasswordInputProps) {
  return <PasswordInput aria-invalid={props.error ? true : undefined} {...props} />;
}
