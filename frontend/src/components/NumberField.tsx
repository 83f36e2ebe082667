import { NumberInput, type NumberInputProps } from '@mantine/core';

/**
 * A number input that keeps exactly what was typed. Mantine's NumberInput clamps to min/max on blur, can drop a
 * minus sign (allowNegative) and cuts decimals (decimalScale, allowDecimal); each of those would save something
 * other than what the person typed. Here nothing is changed: the form's validation (`checkNumber`) explains a
 * value that does not fit, and the request is not sent.
 */
export type NumberFieldProps = Omit<
  NumberInputProps,
  'min' | 'max' | 'clampBehavior' | 'allowNegative' | 'allowDecimal' | 'decimalScale' | 'fixedDecimalScale' | 'trimLeadingZeroesOnBlur'
>;

export function NumberField(props: NumberFieldProps) {
  return <NumberInput {...props} clampBehavior="none" allowNegative allowDecimal trimLeadingZeroesOnBlur={false} />;
}
