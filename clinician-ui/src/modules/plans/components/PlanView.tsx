import { DateText, EmptyState } from '@handoff/ui-kit';
import { Badge, Group, List, Stack, Text, Title } from '@mantine/core';
import { IconTargetArrow } from '@tabler/icons-react';
import type { TreatmentPlanVersion_FieldsFragment } from '../../../gql/graphql';
import { modalityLabel, targetMeasureText } from './planLabels';

export interface PlanViewProps {
  plan: TreatmentPlanVersion_FieldsFragment;
  /** Staff id → display name, for the responsible clinicians. */
  staffNames: ReadonlyMap<string, string>;
  /** Diagnosis id → "F33.1 Major depressive disorder, recurrent, moderate". */
  diagnosisNames: ReadonlyMap<string, string>;
}

/** A plan read-only: problems → goals → measurable objectives → interventions (domain.md §6.3). */
export function PlanView({ plan, staffNames, diagnosisNames }: PlanViewProps) {
  const problems = plan.problems ?? [];
  if (problems.length === 0) {
    return <EmptyState compact icon={<IconTargetArrow size={16} />} title="No problems in this plan yet" />;
  }
  return (
    <Stack gap="md">
      {problems.map((problem, p) => (
        <section key={problem.id ?? p} aria-label={`Problem ${p + 1}`}>
          <Group gap={6} mb={4}>
            <Title order={3} fz="h5">
              Problem {p + 1}: {problem.text}
            </Title>
            {problem.diagnosisId ? (
              <Badge variant="outline" color="gray" size="sm">
                {diagnosisNames.get(problem.diagnosisId) ?? 'Diagnosis'}
              </Badge>
            ) : null}
          </Group>
          <Stack gap="sm" pl="md" style={{ borderLeft: '2px solid var(--mantine-color-gray-3)' }}>
            {problem.goals.map((goal, g) => (
              <div key={goal.id ?? g}>
                <Text size="sm" fw={600}>
                  Goal {g + 1}: {goal.text}
                </Text>
                <Stack gap="xs" pl="md" mt={4}>
                  {goal.objectives.map((objective, o) => (
                    <div key={objective.id ?? o}>
                      <Text size="sm">
                        <strong>Objective {o + 1}:</strong> {objective.text}
                      </Text>
                      <Text size="xs" c="dimmed">
                        Target date: {objective.targetDate ? <DateText value={objective.targetDate} /> : '—'} ·
                        Baseline: {objective.baseline ?? '—'} · Target:{' '}
                        {targetMeasureText(objective.targetMeasure) ?? '—'}
                      </Text>
                      {objective.interventions.length > 0 ? (
                        <List size="sm" mt={2} spacing={0} aria-label={`Interventions for objective ${o + 1}`}>
                          {objective.interventions.map((intervention, i) => (
                            <List.Item key={i}>
                              {modalityLabel(intervention.modality)} — {intervention.frequency} —{' '}
                              {staffNames.get(intervention.responsibleClinicianId) ?? 'Clinician'}
                              {intervention.notes ? ` (${intervention.notes})` : ''}
                            </List.Item>
                          ))}
                        </List>
                      ) : (
                        <Text size="xs" c="orange.8">
                          No intervention yet
                        </Text>
                      )}
                    </div>
                  ))}
                </Stack>
              </div>
            ))}
          </Stack>
        </section>
      ))}
      {plan.dischargeCriteria ? (
        <Text size="sm">
          <strong>Discharge criteria:</strong> {plan.dischargeCriteria}
        </Text>
      ) : null}
      {plan.patientParticipation ? (
        <Text size="sm">
          <strong>Patient participation:</strong> {plan.patientParticipation}
        </Text>
      ) : null}
    </Stack>
  );
}
