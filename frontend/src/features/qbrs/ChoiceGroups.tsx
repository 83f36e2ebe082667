import { Chip, Input, SimpleGrid, Text } from '@mantine/core';
import { useId } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { GRADES, isFailingGrade, npsGroup, type Grade, NPS_SCORES } from './grades';

interface ChoiceProps<V extends string> {
  /** Shared radio name: arrow keys move within one group, Tab leaves it. */
  name: string;
  label: ReactNode;
  description?: ReactNode;
  value: V | null;
  onChange: (value: V) => void;
  error?: ReactNode;
  /** Large targets for touch screens. */
  large?: boolean;
  id?: string;
}

const chipStyles = (large: boolean) => ({
  root: { width: '100%' },
  label: {
    width: '100%',
    justifyContent: 'center',
    paddingInline: 0,
    height: large ? 48 : 34,
    fontSize: large ? 'var(--mantine-font-size-lg)' : 'var(--mantine-font-size-sm)',
    fontWeight: 600,
  },
});

function ChoiceGroup<V extends string>({
  name,
  label,
  description,
  value,
  onChange,
  error,
  large = false,
  id,
  options,
  cols,
  colorOf,
}: ChoiceProps<V> & { options: readonly { value: V; label: string; ariaLabel?: string }[]; cols: Record<string, number>; colorOf: (v: V) => string }) {
  const uid = useId(id);
  const labelId = `${uid}-label`;
  const errorId = `${uid}-error`;
  const descriptionId = `${uid}-description`;
  return (
    <div>
      <Text id={labelId} fw={500} size={large ? 'md' : 'sm'} mb={description ? 2 : 6}>
        {label}
      </Text>
      {description && (
        <Text id={descriptionId} size="sm" c="dimmed" mb={6}>
          {description}
        </Text>
      )}
      <Chip.Group multiple={false} value={value ?? ''} onChange={(v) => onChange(v as V)}>
        <SimpleGrid
          cols={cols}
          spacing={large ? 8 : 6}
          verticalSpacing={large ? 8 : 6}
          role="radiogroup"
          aria-labelledby={labelId}
          aria-describedby={[description ? descriptionId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined}
          aria-invalid={error ? true : undefined}
          aria-required
          id={uid}
        >
          {options.map((o) => (
            <Chip
              key={o.value}
              value={o.value}
              name={name}
              icon={null}
              variant="outline"
              color={colorOf(o.value)}
              styles={chipStyles(large)}
              aria-label={o.ariaLabel}
              id={`${uid}-${o.value}`}
            >
              {o.label}
            </Chip>
          ))}
        </SimpleGrid>
      </Chip.Group>
      {error && (
        <Input.Error id={errorId} mt={6} role="alert">
          {error}
        </Input.Error>
      )}
    </div>
  );
}

const NPS_COLOR = { promoter: 'teal', passive: 'blue', detractor: 'orange' } as const;

const gradeChoices = GRADES.map((g) => ({ value: g, label: g }));

/** The grade scale as one radio group: a single Tab stop, arrow keys pick a grade. */
export function GradeRadioGroup(props: ChoiceProps<Grade>) {
  return <ChoiceGroup {...props} options={gradeChoices} cols={{ base: 3, sm: 13 }} colorOf={(g) => (isFailingGrade(g) ? 'red' : 'blue')} />;
}

/** 0–10 "would you recommend us" as one radio group. */
export function ScoreRadioGroup(props: ChoiceProps<string>) {
  return <ChoiceGroup {...props} options={NPS_SCORES} cols={{ base: 6, sm: 11 }} colorOf={(s) => NPS_COLOR[npsGroup(Number(s))]} />;
}
