import {
  DateText,
  DetailList,
  RestrictedValue,
  SectionCard,
  humanizeEnum,
  type FieldAccess,
  type ResponsePath,
} from '@handoff/ui-kit';
import { Button, Modal, Text } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import { demographicsValues, type DemographicsValues } from '../profile/demographicsSchema';
import { DemographicsForm } from '../profile/DemographicsForm';
import type { VersionedValues } from '../profile/versionedEdit';

export const PatientDemographics_patient = graphql(`
  fragment PatientDemographics_patient on Patient {
    id
    version
    status
    legalFirstName
    legalLastName
    preferredName
    pronouns
    dateOfBirth
    sexAssignedAtBirth
    genderIdentity
    preferredLanguage
    referralSource
    mobilePhone
    homePhone
    email
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
    reminderChannels
    schedulingPreferences
  }
`);

type DemographicsFragment = FragmentType<typeof PatientDemographics_patient>;

export interface PatientDemographicsProps {
  patient: DemographicsFragment;
  access: FieldAccess;
  path: ResponsePath;
  /** Fetches the record again from the server (after someone else saved first). */
  reload: () => Promise<DemographicsFragment | null | undefined>;
}

const REMINDER_LABELS = { EMAIL: 'Email', SMS: 'Text message' } as const;

function versioned(fragment: DemographicsFragment): VersionedValues<DemographicsValues> {
  const p = getFragmentData(PatientDemographics_patient, fragment);
  return { values: demographicsValues(p), version: p.version };
}

/** Who the patient is and how to reach them; the desk edits it here (optimistic locking). */
export function PatientDemographics(props: PatientDemographicsProps) {
  const p = getFragmentData(PatientDemographics_patient, props.patient);
  const [editing, setEditing] = useState<VersionedValues<DemographicsValues> | null>(null);
  const refused = (field: string) => props.access.refused([...props.path, field]);
  const v = (field: keyof typeof p, value: ReactNode) => (
    <RestrictedValue refused={refused(field)}>{value}</RestrictedValue>
  );

  return (
    <SectionCard
      title="Demographics & contact"
      actions={
        <Button
          size="compact-sm"
          variant="subtle"
          leftSection={<IconPencil size={14} aria-hidden />}
          aria-label="Edit demographics and contact"
          // The editor keeps the values and version of this moment; live updates do not move it.
          onClick={() => setEditing(versioned(props.patient))}
        >
          Edit
        </Button>
      }
    >
      <DetailList
        items={[
          {
            label: 'Legal name',
            value: v('legalLastName', [p.legalFirstName, p.legalLastName].filter(Boolean).join(' ')),
          },
          { label: 'Preferred name', value: v('preferredName', p.preferredName) },
          { label: 'Date of birth', value: <DateText value={p.dateOfBirth} refused={refused('dateOfBirth')} /> },
          { label: 'Pronouns', value: v('pronouns', p.pronouns) },
          {
            label: 'Sex assigned at birth',
            value: v('sexAssignedAtBirth', p.sexAssignedAtBirth && humanizeEnum(p.sexAssignedAtBirth)),
          },
          { label: 'Gender identity', value: v('genderIdentity', p.genderIdentity) },
          { label: 'Preferred language', value: v('preferredLanguage', p.preferredLanguage) },
          { label: 'Referral source', value: v('referralSource', p.referralSource) },
          { label: 'Mobile phone', value: v('mobilePhone', p.mobilePhone) },
          { label: 'Home phone', value: v('homePhone', p.homePhone) },
          {
            label: 'Email',
            value: v('email', p.email),
            fullWidth: true,
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
            label: 'Reminders',
            value: v(
              'reminderChannels',
              p.reminderChannels && p.reminderChannels.length > 0
                ? p.reminderChannels.map((c) => REMINDER_LABELS[c]).join(', ')
                : 'None agreed',
            ),
          },
          { label: 'Scheduling preferences', value: v('schedulingPreferences', p.schedulingPreferences) },
        ]}
      />
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title="Edit demographics & contact"
        size="xl"
        closeOnClickOutside={false}
      >
        {editing ? (
          <DemographicsForm
            patientId={p.id}
            liveVersion={p.version}
            start={editing}
            reloadLatest={async () => {
              const latest = await props.reload();
              return latest ? versioned(latest) : null;
            }}
            onCancel={() => setEditing(null)}
            onSaved={() => setEditing(null)}
          />
        ) : null}
      </Modal>
    </SectionCard>
  );
}
