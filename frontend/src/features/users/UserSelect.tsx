import { MultiSelect, Select, type ComboboxItem } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { useUser, useUsers, type Role } from './api';

interface UserSelectProps {
  label: string;
  value: string | null;
  onChange: (id: string | null) => void;
  /** Label for the current value when it is not among the loaded options (e.g. account.ownerName). */
  valueLabel?: string | null;
  error?: string | undefined;
  placeholder?: string;
  description?: string;
  clearable?: boolean;
  required?: boolean;
  onlyActive?: boolean;
  /** Offer only users of this role (the current value is shown whatever its role). */
  role?: Role;
  disabled?: boolean;
  w?: number | string;
}

/** Picks a user by name or email, searching on the server as the person types. */
export function UserSelect({
  label,
  value,
  onChange,
  valueLabel,
  error,
  placeholder = 'Search by name or email',
  description,
  clearable = true,
  required,
  onlyActive = true,
  role,
  disabled,
  w,
}: UserSelectProps) {
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  const selected = useUser(value && !valueLabel ? value : null);
  const selectedLabel = valueLabel ?? selected.data?.name;
  // After a pick, Mantine shows the picked name in the input: that is not a search.
  const q = debounced && debounced !== selectedLabel ? debounced : undefined;
  const users = useUsers({ q, ...(onlyActive ? { active: true } : {}), ...(role ? { role: [role] } : {}) }, undefined, 50);

  const data = useMemo<ComboboxItem[]>(() => {
    const items = (users.data?.items ?? []).map((u) => ({ value: u.id, label: u.name }));
    if (value && !items.some((i) => i.value === value)) {
      const name = selectedLabel ?? 'Loading…';
      items.unshift({ value, label: name });
    }
    return items;
  }, [users.data, value, selectedLabel]);

  return (
    <Select
      label={label}
      description={description}
      placeholder={placeholder}
      data={data}
      value={value}
      onChange={(v) => onChange(v)}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options }) => options}
      nothingFoundMessage={users.isFetching ? 'Searching…' : users.isError ? 'Could not load users' : 'No matching user'}
      clearable={clearable}
      required={required}
      error={error}
      disabled={disabled}
      w={w}
      comboboxProps={{ withinPortal: true }}
    />
  );
}

interface UserMultiSelectProps {
  label: string;
  value: string[];
  onChange: (ids: string[]) => void;
  w?: number | string;
}

/** Filter by several owners. Loads up to 200 users; typing narrows on the server. */
export function UserMultiSelect({ label, value, onChange, w }: UserMultiSelectProps) {
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search, 250);
  const users = useUsers({ q: q || undefined }, undefined, 200);
  const [known, setKnown] = useState<Record<string, string>>({});

  const data = useMemo<ComboboxItem[]>(() => {
    const items = (users.data?.items ?? []).map((u) => ({ value: u.id, label: u.name }));
    for (const id of value) {
      if (!items.some((i) => i.value === id)) items.push({ value: id, label: known[id] ?? 'Selected user' });
    }
    return items;
  }, [users.data, value, known]);

  return (
    <MultiSelect
      label={label}
      placeholder={value.length ? undefined : 'Any owner'}
      data={data}
      value={value}
      onChange={(ids) => {
        const names = { ...known };
        for (const u of users.data?.items ?? []) names[u.id] = u.name;
        setKnown(names);
        onChange(ids);
      }}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options }) => options}
      nothingFoundMessage={users.isFetching ? 'Searching…' : 'No matching user'}
      clearable
      w={w}
    />
  );
}
