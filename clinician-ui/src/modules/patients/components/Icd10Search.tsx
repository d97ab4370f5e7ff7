import { useQuery } from '@apollo/client/react';
import { Autocomplete, Loader, type ComboboxItem } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { graphql } from '../../../gql';

const Icd10CodesQuery = graphql(`
  query ClinicianIcd10Codes($search: String!, $dateOfService: Date) {
    icd10Codes(search: $search, dateOfService: $dateOfService, first: 15) {
      code
      description
      billable
    }
  }
`);

export interface Icd10Pick {
  code: string;
  description: string;
  billable: boolean;
}

export interface Icd10SearchProps {
  /** The code set is the fiscal year of this date (October to September). */
  dateOfService: string;
  onPick: (code: Icd10Pick) => void;
  error?: string | null;
}

const SEPARATOR = ' — ';

/**
 * ICD-10-CM search by code prefix ("F41") or title words ("generalized anx"), answered by the API
 * from the code set of the date's fiscal year. Category headers are listed (they help navigate)
 * and marked as not billable.
 */
export function Icd10Search({ dateOfService, onPick, error }: Icd10SearchProps) {
  const [text, setText] = useState('');
  const [search] = useDebouncedValue(text.split(SEPARATOR)[0]?.trim() ?? '', 250);
  const { data, loading } = useQuery(Icd10CodesQuery, {
    variables: { search, dateOfService },
    skip: search.length < 2,
  });
  const codes = data?.icd10Codes;
  const byValue = useMemo(
    () => new Map((codes ?? []).map((c) => [`${c.code}${SEPARATOR}${c.description}`, c])),
    [codes],
  );
  const options = useMemo(
    () =>
      [...byValue.keys()].map((value) => ({
        value,
        label: byValue.get(value)?.billable ? value : `${value} (category, not billable)`,
      })),
    [byValue],
  );

  return (
    <Autocomplete
      label="Search ICD-10 codes"
      placeholder="Code or words, e.g. F41.1 or generalized anxiety"
      value={text}
      onChange={setText}
      data={options}
      // The API already matched; show its answer as is.
      filter={({ options: all }) => all as ComboboxItem[]}
      limit={15}
      leftSection={<IconSearch size={16} aria-hidden />}
      rightSection={loading ? <Loader size={14} /> : null}
      onOptionSubmit={(value) => {
        const code = byValue.get(value);
        if (code) onPick({ code: code.code, description: code.description, billable: code.billable });
      }}
      error={error}
      autoComplete="off"
    />
  );
}
