import { CloseButton, TextInput, type TextInputProps } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useEffect, useRef, useState } from 'react';

interface Props extends Omit<TextInputProps, 'value' | 'onChange'> {
  value: string;
  onChange: (value: string) => void;
  delay?: number;
}

/** A text filter that reports changes after the person stops typing (Enter reports at once). */
export function DebouncedTextInput({ value, onChange, delay = 300, ...rest }: Props) {
  const [local, setLocal] = useState(value);
  const emitted = useRef(value);
  const emit = useDebouncedCallback((v: string) => {
    emitted.current = v;
    onChange(v);
  }, delay);

  // Follow outside changes (e.g. "Clear filters") without fighting the person's typing.
  useEffect(() => {
    if (value !== emitted.current) {
      emitted.current = value;
      setLocal(value);
    }
  }, [value]);

  return (
    <TextInput
      {...rest}
      value={local}
      onChange={(e) => {
        setLocal(e.currentTarget.value);
        emit(e.currentTarget.value);
      }}
      onKeyDown={(e) => {
        if (e.key === 'Enter') {
          emit.cancel();
          emitted.current = local;
          onChange(local);
        }
      }}
      rightSection={
        local ? (
          <CloseButton
            size="sm"
            aria-label={`Clear ${typeof rest.label === 'string' ? rest.label.toLowerCase() : 'text'}`}
            onClick={() => {
              setLocal('');
              emitted.current = '';
              onChange('');
            }}
          />
        ) : null
      }
    />
  );
}
