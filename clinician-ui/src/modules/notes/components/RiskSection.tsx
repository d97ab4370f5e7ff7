import { ChoiceChips, SectionCard } from '@handoff/ui-kit';
import { Alert, Checkbox, Group, Radio, SimpleGrid, Stack, Textarea } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { IdeationLevel, RiskLevel } from '../../../gql/graphql';
import type { RiskDraft } from './noteDraft';
import { IDEATION_LABELS, RISK_LEVEL_LABELS } from './noteLabels';
import { chipOptions, type NoteSectionProps } from './noteSectionProps';

const IDEATION: readonly IdeationLevel[] = ['DENIED', 'PASSIVE', 'ACTIVE'];
const RISK_LEVELS: readonly RiskLevel[] = ['LOW', 'MODERATE', 'HIGH'];

interface IdeationChoiceProps {
  label: string;
  value: IdeationLevel | null | undefined;
  onChange: (value: IdeationLevel) => void;
}

function IdeationChoice({ label, value, onChange }: IdeationChoiceProps) {
  return (
    <Radio.Group label={label} value={value ?? ''} onChange={(v) => onChange(v as IdeationLevel)} withAsterisk>
      <Group gap="lg" mt={4}>
        {IDEATION.map((level) => (
          <Radio key={level} value={level} label={IDEATION_LABELS[level]} />
        ))}
      </Group>
    </Radio.Group>
  );
}

/**
 * Suicide and violence risk, asked every session. Ideation must be answered to sign; with
 * ideation present the plan, intent, means and an overall level are documented, and a safety plan.
 */
export function RiskSection({ draft, onChange, vocabulary }: NoteSectionProps) {
  const risk: RiskDraft = draft.risk ?? {};
  const setRisk = (patch: Partial<RiskDraft>) => onChange({ risk: { ...risk, ...patch } });
  const ideationPresent = !!risk.suicidalIdeation && risk.suicidalIdeation !== 'DENIED';
  const elevated =
    risk.suicidalIdeation === 'ACTIVE' || risk.riskLevel === 'HIGH' || risk.homicidalIdeation === 'ACTIVE';

  return (
    <SectionCard title="Risk assessment">
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <IdeationChoice
            label="Suicidal ideation"
            value={risk.suicidalIdeation}
            onChange={(suicidalIdeation) => setRisk({ suicidalIdeation })}
          />
          <IdeationChoice
            label="Homicidal ideation"
            value={risk.homicidalIdeation}
            onChange={(homicidalIdeation) => setRisk({ homicidalIdeation })}
          />
        </SimpleGrid>
        {ideationPresent ? (
          <Group gap="lg">
            <Checkbox
              label="Has a plan"
              checked={risk.suicidePlan === true}
              onChange={(event) => setRisk({ suicidePlan: event.currentTarget.checked })}
            />
            <Checkbox
              label="Has intent"
              checked={risk.suicideIntent === true}
              onChange={(event) => setRisk({ suicideIntent: event.currentTarget.checked })}
            />
          </Group>
        ) : null}
        <Checkbox
          label="Access to firearms or other lethal means"
          checked={risk.accessToMeans === true}
          onChange={(event) => setRisk({ accessToMeans: event.currentTarget.checked })}
        />
        <Radio.Group
          label="Overall risk level"
          description={ideationPresent ? 'Required when ideation is present.' : undefined}
          value={risk.riskLevel ?? ''}
          onChange={(value) => setRisk({ riskLevel: value as RiskLevel })}
          withAsterisk={ideationPresent}
        >
          <Group gap="lg" mt={4}>
            {RISK_LEVELS.map((level) => (
              <Radio key={level} value={level} label={RISK_LEVEL_LABELS[level]} />
            ))}
          </Group>
        </Radio.Group>
        {elevated ? (
          <Alert color="red" variant="light" icon={<IconAlertTriangle size={16} />} p="xs">
            Elevated risk: document the safety plan and the follow-up in the plan.
          </Alert>
        ) : null}
        <ChoiceChips
          label="Protective factors"
          options={chipOptions(vocabulary.options('protectiveFactors'))}
          value={risk.protectiveFactors ?? []}
          onChange={(protectiveFactors) => setRisk({ protectiveFactors })}
        />
        <Checkbox
          label="A safety plan was made"
          checked={draft.safetyPlan === true}
          onChange={(event) => onChange({ safetyPlan: event.currentTarget.checked })}
        />
        <Textarea
          label="Risk notes"
          autosize
          minRows={1}
          value={risk.notes ?? ''}
          onChange={(event) => setRisk({ notes: event.currentTarget.value })}
        />
      </Stack>
    </SectionCard>
  );
}
