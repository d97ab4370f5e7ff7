import { useQuery } from '@apollo/client/react';
import { isEmailAddress, isPhoneNumber } from '@handoff/ui-kit';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo } from 'react';
import { useWatch, type Control } from 'react-hook-form';
import { graphql } from '../../../gql';
import type { DuplicateCandidate, IntakePossibleDuplicatesQuery } from '../../../gql/graphql';
import type { IntakeFormInput } from './intakeSchema';

const IntakePossibleDuplicatesQueryDocument = graphql(`
  query IntakePossibleDuplicates($candidate: DuplicateCandidate!) {
    possibleDuplicates(candidate: $candidate) {
      id
      mrn
      legalFirstName
      legalLastName
      preferredName
      dateOfBirth
      mobilePhone
      email
    }
  }
`);

export type PossibleDuplicate = NonNullable<IntakePossibleDuplicatesQuery['possibleDuplicates']>[number];

/** What is typed so far, once it is enough to look for a match: both names and a whole birth date. */
function candidateOf(values: Partial<IntakeFormInput>): DuplicateCandidate | null {
  const first = values.legalFirstName?.trim() ?? '';
  const last = values.legalLastName?.trim() ?? '';
  const dateOfBirth = values.dateOfBirth ?? '';
  if (!first || !last || !/^\d{4}-\d{2}-\d{2}$/.test(dateOfBirth) || dateOfBirth < '1900-01-01') return null;
  const phone = values.mobilePhone?.trim() ?? '';
  const email = values.email?.trim() ?? '';
  return {
    legalFirstName: first,
    legalLastName: last,
    dateOfBirth,
    // Only well-formed contact details: half a phone number would only add noise.
    mobilePhone: isPhoneNumber(phone) ? phone : null,
    email: isEmailAddress(email) ? email : null,
  };
}

export interface DuplicateCheck {
  /** False until name and date of birth are filled in. */
  ready: boolean;
  /** True while the check for the latest input is running (or waiting for typing to pause). */
  checking: boolean;
  matches: readonly PossibleDuplicate[];
  error: Error | undefined;
  retry: () => void;
}

/**
 * Looks for existing records as the desk types: as soon as the legal name and date of birth are
 * known, and again when a phone or email is added (the API also matches on those).
 */
export function useDuplicateCheck(control: Control<IntakeFormInput>): DuplicateCheck {
  const [legalFirstName, legalLastName, dateOfBirth, mobilePhone, email] = useWatch({
    control,
    name: ['legalFirstName', 'legalLastName', 'dateOfBirth', 'mobilePhone', 'email'],
  });
  const candidate = useMemo(
    () => candidateOf({ legalFirstName, legalLastName, dateOfBirth, mobilePhone, email }),
    [legalFirstName, legalLastName, dateOfBirth, mobilePhone, email],
  );
  const key = candidate ? JSON.stringify(candidate) : null;
  const [settledKey] = useDebouncedValue(key, 400);
  const settled = useMemo(() => (settledKey ? (JSON.parse(settledKey) as DuplicateCandidate) : null), [settledKey]);

  const { data, previousData, loading, error, refetch } = useQuery(IntakePossibleDuplicatesQueryDocument, {
    variables: { candidate: settled ?? { legalFirstName: '', legalLastName: '', dateOfBirth: '' } },
    skip: !settled,
    fetchPolicy: 'network-only',
  });

  const answer = data ?? (loading ? previousData : undefined);
  return {
    ready: key !== null,
    checking: key !== settledKey || loading,
    matches: key ? (answer?.possibleDuplicates ?? []) : [],
    error,
    retry: () => void refetch(),
  };
}
