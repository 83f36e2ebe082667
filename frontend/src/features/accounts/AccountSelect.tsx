import { Select, type ComboboxItem } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { useAccountSearch } from './api';

interface AccountSelectProps {
  label: string;
  value: string | null;
  onChange: (id: string | null) => void;
  valueLabel?: string | null;
  /** An account that cannot be chosen (the account itself, as its own parent). */
  excludeId?: string;
  error?: string | undefined;
  description?: string;
  /** Offer only this owner's accounts (an account manager picks among the accounts they hold). */
  ownerId?: string | null;
  required?: boolean;
}

export function AccountSelect({ label, value, onChange, valueLabel, excludeId, error, description, ownerId = null, required }: AccountSelectProps) {
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  const q = debounced && debounced !== valueLabel ? debounced : '';
  const [opened, setOpened] = useState(false);
  const accounts = useAccountSearch(q, opened || !!q, ownerId);
  const [picked, setPicked] = useState<Record<string, string>>({});

  const data = useMemo<ComboboxItem[]>(() => {
    const items = (accounts.data?.items ?? []).filter((a) => a.id !== excludeId).map((a) => ({ value: a.id, label: a.name }));
    if (value && !items.some((i) => i.value === value)) {
      items.unshift({ value, label: picked[value] ?? valueLabel ?? 'Selected account' });
    }
    return items;
  }, [accounts.data, value, valueLabel, excludeId, picked]);

  return (
    <Select
      label={label}
      description={description}
      placeholder="Search accounts"
      data={data}
      value={value}
      onChange={(v, option) => {
        if (v && option) setPicked((p) => ({ ...p, [v]: option.label }));
        onChange(v);
      }}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      onDropdownOpen={() => setOpened(true)}
      filter={({ options }) => options}
      nothingFoundMessage={accounts.isFetching ? 'Searching…' : ownerId ? 'No matching account of yours' : 'No matching account'}
      clearable
      required={required}
      withAsterisk={required}
      error={error}
    />
  );
}
