import { RestrictedValue, ageInYears, formatDate, type FieldAccess, type ResponsePath } from '@handoff/ui-kit';
import { Avatar, Badge, Group, Paper, Text, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { Link } from 'react-router';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import type { PatientBanner_PatientFragment } from '../../../gql/graphql';
import { ScoreBadge } from '../../measures/components/ScoreBadge';
import { useOpenSafetyAlerts } from '../../measures/hooks/useOpenSafetyAlerts';
import { BannerItem } from './BannerItem';

export const PatientBanner_patient = graphql(`
  fragment PatientBanner_patient on Patient {
    id
    mrn
    status
    legalFirstName
    legalLastName
    preferredName
    pronouns
    dateOfBirth
    careTeam {
      id
      role
      staffMember {
        id
        displayName
      }
    }
    diagnoses {
      id
      icd10Code
      description
      isPrimary
      status
    }
    noKnownAllergiesOn
    openSafetyAlerts
    allergies {
      id
      substance
      severity
      reaction
    }
    latestScores {
      instrument
      total
      bandLabel
      bandLevel
      trend
    }
  }
`);

export interface PatientBannerProps {
  patient: FragmentType<typeof PatientBanner_patient>;
  access: FieldAccess;
  path: ResponsePath;
}

/** The banner's scores: depression (PHQ-9, or PHQ-A for a teen) and anxiety. */
const BANNER_INSTRUMENTS = ['PHQ9', 'PHQA', 'GAD7'] as const;

function primaryDiagnosis(p: PatientBanner_PatientFragment) {
  const active = p.diagnoses?.filter((d) => d.status === 'ACTIVE') ?? [];
  return active.find((d) => d.isPrimary) ?? active[0] ?? null;
}

function initials(first: string | null | undefined, last: string | null | undefined): string {
  return `${first?.[0] ?? ''}${last?.[0] ?? ''}`.toUpperCase();
}

/**
 * Who this chart belongs to, on every clinical screen: the name the patient goes by first (with
 * pronouns), then the identifiers that prevent a wrong-patient error (DOB and MRN), then what a
 * clinician must not miss: open safety alerts, allergies, the primary diagnosis, latest scores.
 */
export function PatientBanner(props: PatientBannerProps) {
  const p = getFragmentData(PatientBanner_patient, props.patient);
  const refused = (field: string) => props.access.refused([...props.path, field]);
  const age = p.dateOfBirth ? ageInYears(p.dateOfBirth) : null;
  const primary = p.careTeam?.find((m) => m.role === 'PRIMARY_CLINICIAN')?.staffMember?.displayName;
  const name = [p.legalFirstName, p.legalLastName].filter(Boolean).join(' ');
  const dx = primaryDiagnosis(p);
  const scores = BANNER_INSTRUMENTS.flatMap((i) => p.latestScores?.filter((s) => s.instrument === i) ?? []);
  // Every open alert on the patient, whoever it was raised for; the viewer's own list is live (the
  // shell refetches it when an alert is raised), so a new one shows before the chart is reloaded.
  const { alerts } = useOpenSafetyAlerts();
  const openAlerts = Math.max(p.openSafetyAlerts ?? 0, alerts.filter((a) => a.patientId === p.id).length);

  return (
    <Paper withBorder p="md" component="header" aria-label="Patient">
      <Group gap="md" wrap="nowrap" align="center">
        <Avatar size={44} radius="xl" color="handoff" aria-hidden>
          {initials(p.preferredName ?? p.legalFirstName, p.legalLastName)}
        </Avatar>
        <div style={{ flex: 1, minWidth: 0 }}>
          <Group gap="xs" align="baseline">
            <Title order={1} fz="h2">
              <RestrictedValue refused={refused('legalLastName')}>{name}</RestrictedValue>
            </Title>
            {p.preferredName ? (
              <Text size="sm" fw={500}>
                goes by {p.preferredName}
              </Text>
            ) : null}
            {p.pronouns ? (
              <Text size="sm" c="dimmed">
                ({p.pronouns})
              </Text>
            ) : null}
            {p.status !== 'ACTIVE' ? <Badge color="gray">Inactive</Badge> : null}
            {openAlerts > 0 ? (
              <Badge
                component={Link}
                to={`/patients/${p.id}?tab=measures`}
                color="red"
                variant="filled"
                size="lg"
                leftSection={<IconAlertTriangle size={14} aria-hidden />}
                style={{ cursor: 'pointer' }}
              >
                {openAlerts} open safety {openAlerts === 1 ? 'alert' : 'alerts'}
              </Badge>
            ) : null}
          </Group>
          <Group gap="xl" mt={6} component="dl" m={0} style={{ rowGap: 4 }}>
            <BannerItem label="Age">{age !== null ? `${age} years` : '—'}</BannerItem>
            <BannerItem label="Date of birth">
              <RestrictedValue refused={refused('dateOfBirth')}>
                {p.dateOfBirth ? formatDate(p.dateOfBirth) : null}
              </RestrictedValue>
            </BannerItem>
            <BannerItem label="MRN">
              <Text span ff="monospace" size="sm">
                {p.mrn}
              </Text>
            </BannerItem>
            <BannerItem label="Primary clinician">
              <RestrictedValue refused={refused('careTeam')}>{primary}</RestrictedValue>
            </BannerItem>
          </Group>
          <Group gap="xl" mt={6} component="dl" m={0} style={{ rowGap: 4 }}>
            <BannerItem label="Primary diagnosis">
              <RestrictedValue refused={refused('diagnoses')}>
                {dx ? (
                  <>
                    <Text span ff="monospace" size="sm" fw={600}>
                      {dx.icd10Code}
                    </Text>{' '}
                    {dx.description}
                  </>
                ) : (
                  'None recorded'
                )}
              </RestrictedValue>
            </BannerItem>
            <BannerItem label="Allergies">
              <RestrictedValue refused={refused('allergies')}>
                {p.allergies && p.allergies.length > 0
                  ? p.allergies.map((a, index) => (
                      <Text
                        key={a.id}
                        span
                        size="sm"
                        fw={a.severity === 'SEVERE' ? 700 : 500}
                        c={a.severity === 'SEVERE' ? 'red.8' : 'orange.9'}
                        title={a.reaction ?? undefined}
                      >
                        {index > 0 ? ', ' : ''}
                        {a.substance}
                        {a.severity === 'SEVERE' ? ' (severe)' : ''}
                      </Text>
                    ))
                  : p.noKnownAllergiesOn
                    ? 'NKDA'
                    : 'No allergies recorded'}
              </RestrictedValue>
            </BannerItem>
            <BannerItem label="Latest scores">
              <RestrictedValue refused={refused('latestScores')}>
                {scores.length > 0 ? (
                  <Group gap="xs" component="span">
                    {scores.map((score) =>
                      score.instrument ? (
                        <ScoreBadge
                          key={score.instrument}
                          instrument={score.instrument}
                          total={score.total}
                          bandLabel={score.bandLabel}
                          bandLevel={score.bandLevel}
                          trend={score.trend}
                          withName
                        />
                      ) : null,
                    )}
                  </Group>
                ) : (
                  'None yet'
                )}
              </RestrictedValue>
            </BannerItem>
          </Group>
        </div>
      </Group>
    </Paper>
  );
}
