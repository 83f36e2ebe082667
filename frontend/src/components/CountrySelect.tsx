import { Group, MultiSelect, Select, Text, type ComboboxItem, type ComboboxParsedItem, type SelectProps } from '@mantine/core';
import { useMemo } from 'react';
import { COUNTRY_OPTIONS, countryMatches, countryName } from './countries';

function filterCountries({ options, search }: { options: ComboboxParsedItem[]; search: string }): ComboboxParsedItem[] {
  return options.filter((o) => 'value' in o && countryMatches(o, search));
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
export function CountrySelect({ value, onChange, ...props }: CountrySelectProps) {
  const data = useMemo(() => withValues(value ? [value] : []), [value]);
  return (
    <Select
      placeholder="Search by name"
      clearable
      {...props}
      data={data}
      value={value}
      onChange={(code) => onChange(code)}
      searchable
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
      filter={filterCountries}
      renderOption={renderCountry}
      nothingFoundMessage="No country by that name"
      clearable
      w={w}
    />
  );
}
