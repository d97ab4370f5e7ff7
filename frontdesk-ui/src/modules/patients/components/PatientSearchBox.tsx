import { CloseButton, Loader, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';

export interface PatientSearchBoxProps {
  value: string;
  onChange: (value: string) => void;
  loading?: boolean;
}

export function PatientSearchBox({ value, onChange, loading }: PatientSearchBoxProps) {
  return (
    <TextInput
      type="search"
      label="Search patients"
      placeholder="Name, date of birth (YYYY-MM-DD or M/D/YYYY), phone or MRN"
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      leftSection={<IconSearch size={16} aria-hidden />}
      rightSection={
        loading ? (
          <Loader size={14} aria-label="Searching" />
        ) : value ? (
          <CloseButton size="sm" aria-label="Clear search" onClick={() => onChange('')} />
        ) : null
      }
      maw={560}
      autoFocus
      autoComplete="off"
      spellCheck={false}
    />
  );
}
