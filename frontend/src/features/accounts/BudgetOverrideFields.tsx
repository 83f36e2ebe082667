import { Card, Stack, Text, Textarea } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { humanize } from '../../components/format';
import { OVERRIDE_MAX_DAYS, OVERRIDE_REASON_MAX, OVERRIDE_REASON_MIN } from './ChangeTierModal';

export interface OverrideValues {
  overrideReason: string;
  overrideExpiresOn: string | null;
}

export type OverrideErrors = Partial<Record<keyof OverrideValues, string>>;

/** An admin's tier-budget override: the reason and the expiry date, as the tier dialog asks for them. */
export function BudgetOverrideFields({
  tier,
  values,
  errors,
  onChange,
}: {
  tier: string;
  values: OverrideValues;
  errors: OverrideErrors;
  onChange: (values: OverrideValues) => void;
}) {
  return (
    <Card withBorder component="section" aria-label="Budget override">
      <Stack gap="sm">
        <Text fw={600}>Override the {humanize(tier)} budget</Text>
        <Text size="sm">
          The account may be {humanize(tier)} beyond the budget until the override ends, and does not count against the budget until then. Both fields are
          required.
        </Text>
        <Textarea
          label="Override reason"
          description={`Kept with the tier budget's overrides. ${OVERRIDE_REASON_MIN}–${OVERRIDE_REASON_MAX} characters (${values.overrideReason.trim().length}/${OVERRIDE_REASON_MAX}).`}
          required
          withAsterisk
          autosize
          minRows={2}
          value={values.overrideReason}
          error={errors.overrideReason}
          onChange={(e) => onChange({ ...values, overrideReason: e.currentTarget.value })}
        />
        <DateInput
          label="Override expires on"
          description={`A day after today, at most ${OVERRIDE_MAX_DAYS} days ahead.`}
          valueFormat="YYYY-MM-DD"
          placeholder="YYYY-MM-DD"
          required
          withAsterisk
          value={values.overrideExpiresOn}
          error={errors.overrideExpiresOn}
          onChange={(d) => onChange({ ...values, overrideExpiresOn: d })}
        />
      </Stack>
    </Card>
  );
}
