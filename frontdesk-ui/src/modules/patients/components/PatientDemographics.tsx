import {
  DateText,
  DetailList,
  RestrictedValue,
  SectionCard,
  humanizeEnum,
  type FieldAccess,
  type ResponsePath,
} from '@handoff/ui-kit';
import { Badge, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';

export const PatientDemographics_patient = graphql(`
  fragment PatientDemographics_patient on Patient {
    legalFirstName
    legalLastName
    preferredName
    pronouns
    dateOfBirth
    sexAssignedAtBirth
    genderIdentity
    mobilePhone
    homePhone
    email
    portalStatus
    address {
      line1
      line2
      city
      state
      postalCode
    }
    emergencyContact {
      name
      relationship
      phone
    }
    guarantor {
      name
      relationship
      phone
    }
  }
`);

export interface PatientDemographicsProps {
  patient: FragmentType<typeof PatientDemographics_patient>;
  access: FieldAccess;
  path: ResponsePath;
}

export function PatientDemographics(props: PatientDemographicsProps) {
  const p = getFragmentData(PatientDemographics_patient, props.patient);
  const refused = (field: string) => props.access.refused([...props.path, field]);
  const v = (field: keyof typeof p, value: ReactNode) => (
    <RestrictedValue refused={refused(field)}>{value}</RestrictedValue>
  );

  return (
    <SectionCard title="Demographics">
      <DetailList
        items={[
          {
            label: 'Legal name',
            value: v('legalLastName', [p.legalFirstName, p.legalLastName].filter(Boolean).join(' ')),
          },
          { label: 'Preferred name', value: v('preferredName', p.preferredName) },
          { label: 'Pronouns', value: v('pronouns', p.pronouns) },
          { label: 'Date of birth', value: <DateText value={p.dateOfBirth} refused={refused('dateOfBirth')} /> },
          {
            label: 'Sex assigned at birth',
            value: v('sexAssignedAtBirth', p.sexAssignedAtBirth && humanizeEnum(p.sexAssignedAtBirth)),
          },
          { label: 'Gender identity', value: v('genderIdentity', p.genderIdentity) },
          { label: 'Mobile phone', value: v('mobilePhone', p.mobilePhone) },
          { label: 'Home phone', value: v('homePhone', p.homePhone) },
          { label: 'Email', value: v('email', p.email) },
          {
            label: 'Portal',
            value: v(
              'portalStatus',
              p.portalStatus && (
                <Badge color={p.portalStatus === 'ACTIVE' ? 'teal' : 'gray'}>{humanizeEnum(p.portalStatus)}</Badge>
              ),
            ),
          },
          {
            label: 'Address',
            value: v(
              'address',
              p.address && (
                <>
                  {p.address.line1}
                  {p.address.line2 ? `, ${p.address.line2}` : ''}
                  <br />
                  {p.address.city}, {p.address.state} {p.address.postalCode}
                </>
              ),
            ),
          },
          {
            label: 'Emergency contact',
            value: v(
              'emergencyContact',
              p.emergencyContact && (
                <>
                  {p.emergencyContact.name}{' '}
                  <Text span size="xs" c="dimmed">
                    ({p.emergencyContact.relationship})
                  </Text>
                  <br />
                  {p.emergencyContact.phone}
                </>
              ),
            ),
          },
          {
            label: 'Guarantor',
            value: v(
              'guarantor',
              p.guarantor && (
                <>
                  {p.guarantor.name}{' '}
                  <Text span size="xs" c="dimmed">
                    ({p.guarantor.relationship})
                  </Text>
                  {p.guarantor.phone ? (
                    <>
                      <br />
                      {p.guarantor.phone}
                    </>
                  ) : null}
                </>
              ),
            ),
          },
        ]}
      />
    </SectionCard>
  );
}
