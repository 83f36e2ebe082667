import { Group, MultiSelect, Select, Text, type ComboboxItem, type ComboboxParsedItem, type SelectProps } from '@mantine/core';
import { useMemo } from 'react';
import { COUNTRY_OPTIONS, countryByName, countryMatches, countryName, countryRank } from './countries';

/** The countries matching what was typed, best first, so that Enter picks "Germany" for "Ger", not "Algeria". */
function filterCountries({ options, search }: { options: ComboboxParsedItem[]; search: string }): ComboboxParsedItem[] {
  const matches = options.filter((o): o is ComboboxItem => 'value' in o && countryMatches(o, search));
  return matches
    .map((o, i) => ({ o, i, rank: countryRank(o, search) }))
    .sort((a, b) => a.rank - b.rank || a.i - b.i)
    .map(({ o }) => o);
}

/** The options, plus any stored code the list does not have (so that it still shows rather than vanishing). */
function withValues(values: readonly string[]): ComboboxItem[] {
  const extra = values.filter((v) => v && !COUNTRY_OPTIONS.some((o) => o.value === v)).map((v) => ({ value: v, label: countryName(v) }));
  return [...extra, ...COUNTRY_OPTIONS];
}

const renderCountry: SelectProps['renderOption'] = ({ option }) => (
  <Group justify="space-between" wrap="nowrap" w="100%">
    <span>{option.label}</span>
    <Text size="xs" c="dimmed">
      {option.value}
    </Text>
  </Group>
);

interface CountrySelectProps extends Omit<SelectProps, 'data' | 'value' | 'onChange' | 'searchable' | 'filter'> {
  /** The ISO 3166-1 alpha-2 code, or null for none. */
  value: string | null;
  onChange: (code: string | null) => void;
}

/** Picks a country by name (or code); the form stores its ISO 3166-1 alpha-2 code. */
export function CountrySelect({ value, onChange, onBlur, ...props }: CountrySelectProps) {
  const data = useMemo(() => withValues(value ? [value] : []), [value]);
  return (
    <Select
      placeholder="Search by name"
      clearable
      {...props}
      data={data}
      value={value}
      onChange={(code) => onChange(code)}
      onBlur={(event) => {
        // A country typed out in full is picked when the field is left; anything less empties it (Mantine's way).
        const typed = countryByName(event.currentTarget.value);
        if (typed && typed !== value) onChange(typed);
        onBlur?.(event);
      }}
      searchable
      selectFirstOptionOnChange
      filter={filterCountries}
      renderOption={renderCountry}
      nothingFoundMessage="No country by that name"
    />
  );
}

/** Several countries, for a filter. */
export function CountryMultiSelect({ value, onChange, label, w }: { value: string[]; onChange: (codes: string[]) => void; label: string; w?: number }) {
  const data = useMemo(() => withValues(value), [value]);
  return (
    <MultiSelect
      label={label}
      placeholder={value.length ? undefined : 'Any'}
      data={data}
      value={value}
      onChange={onChange}
      searchable
      selectFirstOptionOnChange
      filter={filterCountries}
      renderOption={renderCountry}
      nothingFoundMessage="No country by that name"
      clearable
      w={w}
    />
  );
}
