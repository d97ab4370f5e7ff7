import { useQuery } from '@apollo/client/react';
import { formatDate, patientDisplayName } from '@handoff/ui-kit';
import { Combobox, Group, Loader, Pill, PillsInput, Text, useCombobox } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { graphql } from '../../../gql';

/** The same patient search as the Patients page (name, date of birth, phone or MRN), ten at a time. */
const BookingPatientSearchQuery = graphql(`
  query BookingPatientSearch($search: String, $first: Int!) {
    patients(search: $search, first: $first) {
      nodes {
        id
        mrn
        legalFirstName
        legalLastName
        preferredName
        dateOfBirth
      }
    }
  }
`);

const MIN_SEARCH = 2;

export interface PatientPickerProps {
  value: readonly string[];
  onChange: (patientIds: string[]) => void;
  /** Group appointment types take several patients; everything else exactly one. */
  multiple: boolean;
  error?: string;
  onBlur?: () => void;
}

/** Finds a patient as you type and keeps the chosen one(s) as removable pills. */
export function PatientPicker({ value, onChange, multiple, error, onBlur }: PatientPickerProps) {
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() });
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 200);
  // Names of the chosen patients, kept here because the form holds ids only.
  const [names, setNames] = useState<Record<string, string>>({});
  const { data, loading } = useQuery(BookingPatientSearchQuery, {
    variables: { search: debounced, first: 10 },
    skip: debounced.length < MIN_SEARCH,
  });
  const results = debounced.length < MIN_SEARCH ? [] : (data?.patients?.nodes ?? []);

  const pick = (id: string) => {
    const patient = results.find((p) => p.id === id);
    if (patient) setNames((known) => ({ ...known, [id]: patientDisplayName(patient) }));
    onChange(multiple ? [...value.filter((v) => v !== id), id] : [id]);
    setSearch('');
    combobox.closeDropdown();
  };

  return (
    <Combobox store={combobox} onOptionSubmit={pick} withinPortal={false}>
      <Combobox.DropdownTarget>
        <PillsInput
          label={multiple ? 'Patients' : 'Patient'}
          // A group session takes everyone attending: say so, and how many are in it so far.
          description={
            multiple
              ? `Group session: add each patient attending${value.length > 0 ? ` (${value.length} added)` : ''}`
              : undefined
          }
          required
          withAsterisk={false}
          error={error}
          leftSection={<IconSearch size={14} aria-hidden />}
          rightSection={loading ? <Loader size={12} aria-label="Searching" /> : null}
          onClick={() => combobox.openDropdown()}
        >
          <Pill.Group>
            {value.map((id) => (
              <Pill
                key={id}
                withRemoveButton
                onRemove={() => onChange(value.filter((v) => v !== id))}
                removeButtonProps={{ 'aria-label': `Remove ${names[id] ?? 'patient'}` }}
              >
                {names[id] ?? 'Patient'}
              </Pill>
            ))}
            <Combobox.EventsTarget>
              <PillsInput.Field
                value={search}
                placeholder={value.length === 0 ? 'Name, date of birth, phone or MRN' : multiple ? 'Add another' : ''}
                onChange={(event) => {
                  setSearch(event.currentTarget.value);
                  combobox.openDropdown();
                  combobox.updateSelectedOptionIndex();
                }}
                onFocus={() => combobox.openDropdown()}
                onBlur={() => {
                  combobox.closeDropdown();
                  onBlur?.();
                }}
                onKeyDown={(event) => {
                  if (event.key === 'Backspace' && search === '' && value.length > 0) {
                    event.preventDefault();
                    onChange(value.slice(0, -1));
                  }
                }}
                autoComplete="off"
                spellCheck={false}
                data-autofocus
              />
            </Combobox.EventsTarget>
          </Pill.Group>
        </PillsInput>
      </Combobox.DropdownTarget>

      <Combobox.Dropdown hidden={debounced.length < MIN_SEARCH && search.trim().length < MIN_SEARCH}>
        <Combobox.Options mah={260} style={{ overflowY: 'auto' }}>
          {results.length === 0 ? (
            <Combobox.Empty>
              {loading || search.trim() !== debounced ? 'Searching…' : 'No patient matches'}
            </Combobox.Empty>
          ) : (
            results.map((patient) => (
              <Combobox.Option value={patient.id} key={patient.id} active={value.includes(patient.id)}>
                <Group gap={6} wrap="nowrap" justify="space-between">
                  <Text size="sm" fw={500} truncate="end">
                    {patientDisplayName(patient)}
                    {patient.preferredName ? (
                      <Text span size="xs" c="dimmed" ml={4}>
                        “{patient.preferredName}”
                      </Text>
                    ) : null}
                  </Text>
                  <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                    {patient.dateOfBirth ? formatDate(patient.dateOfBirth) : '—'} · MRN {patient.mrn}
                  </Text>
                </Group>
              </Combobox.Option>
            ))
          )}
        </Combobox.Options>
      </Combobox.Dropdown>
    </Combobox>
  );
}
